import type { LocalName } from '../definitions/index-definition';
import type { Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import type { Province } from '../provinces/province';
import { findProvince, unitRegistry } from '../provinces/province-registry';
import { unitLabel } from './unit-label';
import { message } from '../i18n/messages';

export interface ParUnitPredecessor {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  /** the published total (PAR INDEX %, or SIPAS %) and rank, null when our data does not hold it */
  readonly total: number | null;
  readonly rank: number | null;
  readonly group: string | null;
  readonly source: string;
}

export interface ParUnitResults {
  readonly index: 'par' | 'sipas';
  readonly year: number;
  readonly unit: Province;
  readonly label: LocalName;
  readonly predecessors: readonly ParUnitPredecessor[];
  /** lowest and highest of the predecessors' published totals and ranks (of those known); never an average */
  readonly total: { readonly min: number | null; readonly max: number | null };
  readonly rank: { readonly best: number | null; readonly worst: number | null };
  readonly notes: readonly LocalName[];
}

/**
 * PAR INDEX (or SIPAS) for a 2025 unit in a former-provinces year: each predecessor's published total, rank and group,
 * with the min and max. PAR INDEX and SIPAS assess one provincial administration (self-assessment, appraisal,
 * surveys of its own services), so an average of two People's Committees' scores has no meaning and none is given.
 * A predecessor whose result is not in the data is listed with nulls (the shipped PAR files hold only results that
 * a cited source states).
 *
 * @example parUnitResults(dataset, { year: 2023, unit: 'Hải Phòng' }).total.max // => 91.87
 */
export function parUnitResults(
  dataset: Dataset,
  query: { readonly year: number; readonly unit: string; readonly index?: 'par' | 'sipas' },
): ParUnitResults {
  const index = query.index ?? 'par';
  const units = unitRegistry(dataset.provinces);
  const unit = findProvince(units, query.unit);
  // One shape for both indices: SIPAS has a percentage and a rank, no group.
  const published =
    index === 'par'
      ? dataset.par
          .get(query.year)
          ?.known.map((r) => ({ province: r.province, total: r.total, rank: r.rank, group: r.group, source: r.source }))
      : dataset.sipas
          .get(query.year)
          ?.map((r) => ({ province: r.province, total: r.sipas, rank: r.rank, group: null, source: r.source }));
  if (published === undefined) {
    const years = [...(index === 'par' ? dataset.par.keys() : dataset.sipas.keys())];
    throw new EngineError({
      code: 'UNKNOWN_YEAR',
      input: String(query.year),
      ...message('unknownResultsYear', {
        index: index === 'par' ? 'PAR INDEX' : 'SIPAS',
        year: query.year,
        known: years.join(', '),
      }),
    });
  }
  const former = units.former!;
  const predecessors = (unit.formerProvinces ?? []).map((code): ParUnitPredecessor => {
    const province = former.byCode.get(code)!;
    const row = published.find((r) => r.province === code);
    return {
      code,
      nameVi: province.nameVi,
      nameAscii: province.nameAscii,
      total: row?.total ?? null,
      rank: row?.rank ?? null,
      group: row?.group ?? null,
      source: row?.source ?? '',
    };
  });
  const totals = predecessors.map((p) => p.total).filter((v): v is number => v !== null);
  const ranks = predecessors.map((p) => p.rank).filter((v): v is number => v !== null);
  const unknown = predecessors.filter((p) => p.total === null && p.rank === null);
  const name = index === 'par' ? 'PAR INDEX' : 'SIPAS';
  const notes: LocalName[] = [message('parUnitNotAveraged', { index: name })];
  if (unknown.length > 0) {
    notes.push(
      message('parUnitResultsMissing', {
        index: name,
        year: query.year,
        namesVi: unknown.map((p) => p.nameVi).join(', '),
        namesAscii: unknown.map((p) => p.nameAscii).join(', '),
      }),
    );
  }
  return {
    index,
    year: query.year,
    unit,
    label: unitLabel(units, unit),
    predecessors,
    total: { min: totals.length ? Math.min(...totals) : null, max: totals.length ? Math.max(...totals) : null },
    rank: { best: ranks.length ? Math.min(...ranks) : null, worst: ranks.length ? Math.max(...ranks) : null },
    notes,
  };
}

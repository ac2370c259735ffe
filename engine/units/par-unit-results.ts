import type { LocalName } from '../definitions/index-definition';
import type { Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import type { Province } from '../provinces/province';
import { findProvince, unitRegistry } from '../provinces/province-registry';
import { unitLabel } from './unit-label';
import { message } from '../i18n/messages';
import { INDEX_MODULES, indexModule } from '../indices/registry';

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
  const module = indexModule(index);
  const results = module.publishedResults;
  if (!results) {
    throw new EngineError({
      code: 'UNSUPPORTED',
      input: index,
      ...message('unitResultsNotPublished', {
        index: module.name.en,
        known: INDEX_MODULES.filter((m) => m.publishedResults)
          .map((m) => m.id)
          .join(', '),
      }),
    });
  }
  const name = module.name.en;
  const units = unitRegistry(dataset.provinces);
  const unit = findProvince(units, query.unit);
  // One shape for every such index (SIPAS has a percentage and a rank, no group): the module reads its own results.
  const published = results.rows(dataset, query.year);
  if (published === undefined) {
    throw new EngineError({
      code: 'UNKNOWN_YEAR',
      input: String(query.year),
      ...message('unknownResultsYear', {
        index: name,
        year: query.year,
        known: results.years(dataset).join(', '),
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

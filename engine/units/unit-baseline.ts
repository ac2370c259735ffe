import { nodeName, topComponents } from '../definitions/catalog';
import type { LocalName } from '../definitions/index-definition';
import { definitionOfYear, papiYearOf, type Dataset } from '../dataset/dataset';
import type { Province } from '../provinces/province';
import { findProvince } from '../provinces/province-registry';
import { checkBoundary, type BoundaryConvention, type PapiGroup } from '../scoring/quartile-groups';
import { yearStandings } from '../scoring/year-standings';
import { estimateNote } from './estimate-note';
import { unitLabel } from './unit-label';
import { papiUnitsView } from './units-view';
import { message } from '../i18n/messages';

/** One measure of a unit: its value among the 34 and, for a merged unit, the spread of its predecessors. */
export interface UnitMeasure {
  readonly code: string;
  readonly name: LocalName;
  /** the unit's value: reconstructed (merged unit) or published (unchanged unit, or a year keyed by the units) */
  readonly score: number | null;
  readonly rank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
  /** the unweighted mean of the predecessors' scores (null when one is missing): shows what the weights change */
  readonly simpleMean: number | null;
  /** the lowest and highest predecessor score (of those present) */
  readonly min: number | null;
  readonly max: number | null;
}

export interface UnitPredecessor {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  readonly weight: number;
  readonly share: number;
  /** the former province's own published total, rank "of N" among the former provinces and group that year */
  readonly total: number | null;
  readonly rank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
  readonly dimensions: Readonly<Record<string, number | null>>;
}

export interface UnitBaseline {
  readonly year: number;
  readonly unit: Province;
  readonly label: LocalName;
  /** true when the unit's values are estimates reconstructed from two or three former provinces */
  readonly estimated: boolean;
  readonly method: LocalName | null;
  readonly weightsSource: LocalName | null;
  /** every predecessor has a total that year (the unit is ranked on the total) */
  readonly complete: boolean;
  readonly missing: readonly {
    readonly measure: string;
    readonly provinces: readonly { readonly code: string; readonly nameVi: string; readonly nameAscii: string }[];
  }[];
  readonly predecessors: readonly UnitPredecessor[];
  readonly total: UnitMeasure;
  readonly dimensions: readonly UnitMeasure[];
  readonly notes: readonly LocalName[];
}

/**
 * A 2025 unit's PAPI baseline in a year, with everything needed to judge the estimate: its value, rank "of N" and
 * group among the 34 units; each predecessor's own published score, rank among the former provinces and weight; the
 * simple mean and the min-max of the predecessors; which predecessor lacks which measure. Works on the dataset or on
 * a view made with other weights (papiUnitsView).
 *
 * @example unitBaseline(dataset, { year: 2024, unit: 'Phú Thọ' }).missing[0].provinces[0].nameVi // => 'Vĩnh Phúc'
 */
export function unitBaseline(
  dataset: Dataset,
  query: { readonly year: number; readonly unit: string; readonly boundary?: BoundaryConvention | string | null },
): UnitBaseline {
  const view = papiUnitsView(dataset);
  const year = papiYearOf(view, query.year);
  const boundary = checkBoundary(query.boundary);
  const unit = findProvince(view.provinces, query.unit);
  const index = year.provinces.indexOf(unit.code);
  const estimate = year.estimate?.units.get(unit.code) ?? null;
  const source = year.estimate?.sourceYear ?? null;
  const former = view.provinces.former!;
  const definition = definitionOfYear(view, year);
  const predecessors: UnitPredecessor[] =
    !estimate || !source
      ? []
      : estimate.predecessors.map((p) => {
          const province = former.byCode.get(p.code)!;
          const at = source.provinces.indexOf(p.code);
          const standings = yearStandings(source, 'total', boundary);
          const dimensions = Object.fromEntries(
            topComponents(definition).map((d) => [d.code, at < 0 ? null : (source.scores.get(d.code)?.[at] ?? null)]),
          );
          return {
            code: p.code,
            nameVi: province.nameVi,
            nameAscii: province.nameAscii,
            weight: p.weight,
            share: p.share,
            total: at < 0 ? null : (standings.scores[at] ?? null),
            rank: at < 0 ? null : (standings.ranks[at] ?? null),
            of: standings.of,
            group: at < 0 ? null : (standings.groups[at] ?? null),
            dimensions,
          };
        });
  const measure = (code: string, name: LocalName): UnitMeasure => {
    const standings = yearStandings(year, code, boundary);
    const own = predecessors.map((p) => (code === 'total' ? p.total : (p.dimensions[code] ?? null)));
    const present = own.filter((v): v is number => v !== null);
    return {
      code,
      name,
      score: index < 0 ? null : (standings.scores[index] ?? null),
      rank: index < 0 ? null : (standings.ranks[index] ?? null),
      of: standings.of,
      group: index < 0 ? null : (standings.groups[index] ?? null),
      simpleMean:
        present.length === own.length && own.length > 0 ? present.reduce((s, v) => s + v, 0) / present.length : null,
      min: present.length > 0 ? Math.min(...present) : null,
      max: present.length > 0 ? Math.max(...present) : null,
    };
  };
  const total = measure('total', definition.nodes.find((n) => n.parent === null)!.name);
  const dimensions = topComponents(definition)
    .filter((d) => year.scores.has(d.code))
    .map((d) => measure(d.code, nodeName(d, year.year)));
  const missing = [...(estimate?.missing ?? new Map<string, readonly string[]>())]
    .filter(([m]) => m === 'total' || dimensions.some((d) => d.code === m))
    .map(([m, codes]) => ({
      measure: m,
      provinces: codes.map((c) => ({
        code: c,
        nameVi: former.byCode.get(c)!.nameVi,
        nameAscii: former.byCode.get(c)!.nameAscii,
      })),
    }));
  const estimated = estimate?.merged === true;
  const notes: LocalName[] = [];
  if (estimated) notes.push(estimateNote(year.estimate!.method, year.estimate!.weightsSource));
  for (const m of missing.filter((x) => x.measure === 'total')) {
    notes.push(
      message('unitIncompleteTotal', {
        unitVi: unit.nameVi,
        unitAscii: unit.nameAscii,
        year: year.year,
        namesVi: m.provinces.map((p) => p.nameVi).join(', '),
        namesAscii: m.provinces.map((p) => p.nameAscii).join(', '),
      }),
    );
  }
  return {
    year: year.year,
    unit,
    label: unitLabel(view.provinces, unit),
    estimated,
    method: estimated ? year.estimate!.method : null,
    weightsSource: estimated ? year.estimate!.weightsSource : null,
    complete: !missing.some((m) => m.measure === 'total'),
    missing,
    predecessors,
    total,
    dimensions,
    notes,
  };
}

import { distance } from 'fastest-levenshtein';
import type { LocalName } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import { quartileCutoffs, quartileGroup } from '../scoring/quartile-groups';
import { descending, rankOfScore } from '../scoring/rank-among';
import { SCORE_EPSILON } from '../scoring/score-order';
import { foldName } from '../text/fold-name';
import {
  leavesOf,
  type CompositeData,
  type CompositeDefinition,
  type CompositeRow,
  type CompositeYear,
} from './composite-index';

/**
 * The aggregate of some leaf values under a definition (see CompositeNode): the total, or with `under` one inner
 * node's contribution. null when a leaf value is missing.
 *
 * @example compositeTotal(compositeDefinitionFor(dataset.composite.get('pci'), 2016), { entry_costs: 10, land_access: 10, transparency: 10, time_costs: 10, informal_charges: 10, policy_bias: 10, proactivity: 10, business_support: 10, labor_training: 10, legal_institutions: 10 }) // => 100
 */
export function compositeTotal(
  definition: CompositeDefinition,
  values: Readonly<Record<string, number | null>>,
  under = 'total',
): number | null {
  const leaves =
    under === 'total' ? leavesOf(definition) : leavesOf(definition).filter((l) => isUnder(definition, l.code, under));
  let sum = 0;
  for (const leaf of leaves) {
    const v = values[leaf.code];
    if (v === null || v === undefined) return null;
    sum += definition.aggregation === 'weighted-sum' ? (leaf.weight! * v) / leaf.max : v;
  }
  if (definition.aggregation === 'mean') {
    const all = leavesOf(definition);
    return leaves.length === 0 ? 0 : (sum / all.length / all[0]!.max) * definition.scale;
  }
  return sum;
}

/**
 * How much one point of a leaf moves the total: weight / max (weighted sum), 1 (sum), scale / (max x leaves) (mean).
 *
 * @example pointValue(compositeDefinitionFor(dataset.composite.get('pci'), 2016), 'transparency') // => 2
 */
export function pointValue(definition: CompositeDefinition, code: string): number {
  const leaves = leavesOf(definition);
  const leaf = leaves.find((l) => l.code === code);
  if (!leaf) throw unknownMeasure(definition, code);
  if (definition.aggregation === 'weighted-sum') return leaf.weight! / leaf.max;
  if (definition.aggregation === 'sum') return 1;
  return definition.scale / (leaf.max * leaves.length);
}

function isUnder(definition: CompositeDefinition, code: string, ancestor: string): boolean {
  for (let c: string | null = code; c !== null; c = definition.nodes.find((n) => n.code === c)?.parent ?? null)
    if (c === ancestor) return true;
  return false;
}

/**
 * UNKNOWN_MEASURE naming the leaves the definition has.
 *
 * @example unknownMeasure(compositeDefinitionFor(dataset.composite.get('pci'), 2016), 'x').code // => 'UNKNOWN_MEASURE'
 */
export function unknownMeasure(definition: CompositeDefinition, code: string): EngineError {
  return new EngineError({
    code: 'UNKNOWN_MEASURE',
    input: code,
    ...message('measureNotInDefinition', {
      code,
      definition: definition.id,
      known: leavesOf(definition)
        .map((l) => l.code)
        .join(', '),
    }),
  });
}

/**
 * The definition in force for a results year of a composite index, or UNKNOWN_YEAR naming the periods known.
 *
 * @example compositeDefinitionFor(dataset.composite.get('pci'), 2010).id // => 'pci-2009-2012'
 */
export function compositeDefinitionFor(data: CompositeData, year: number): CompositeDefinition {
  const found = data.definitions.find((d) => d.years[0] <= year && (d.years[1] === null || year <= d.years[1]));
  if (found) return found;
  throw new EngineError({
    code: 'UNKNOWN_YEAR',
    input: String(year),
    ...message('methodologyUnknownYear', {
      index: data.name.en,
      year,
      known: data.definitions.map((d) => `${d.years[0]}-${d.years[1] ?? ''}`).join(', '),
    }),
  });
}

/**
 * A results year of a composite index, or UNKNOWN_YEAR naming the years that have data.
 *
 * @example compositeYearOf(dataset.composite.get('pci'), 2016).rows.length // => 63
 */
export function compositeYearOf(data: CompositeData, year: number): CompositeYear {
  const found = data.years.get(year);
  if (found) return found;
  const years = [...data.years.keys()];
  throw new EngineError({
    code: 'UNKNOWN_YEAR',
    input: String(year),
    ...message('compositeYearUnknown', { index: data.name.en, year, known: years.join(', ') }),
  });
}

/** Where a unit stands in its year. */
export interface CompositeStanding {
  readonly unit: string;
  /** the published total when there is one (kept as published), else the aggregate of the values */
  readonly total: number | null;
  /** the aggregate of the leaf values under the year's definition */
  readonly computed: number | null;
  /** published - computed, when both are known */
  readonly difference: number | null;
  /** rank among the year's known totals (the one ranking rule); null when not known */
  readonly rank: number | null;
  readonly of: number;
  /** "r of N", or with only a published top n: "in the published top n" / "outside it" */
  readonly rankLabel: LocalName;
  readonly group: LocalName | null;
}

/**
 * Every unit of a year, best first: totals as published (or computed where not published), ranked by the one rule
 * (ties share the best rank), grouped by the definition's rule.
 *
 * @example compositeRanking(dataset.composite.get('pci'), 2016)[0].unit // => 'Đà Nẵng'
 */
export function compositeRanking(data: CompositeData, year: number): CompositeStanding[] {
  const y = compositeYearOf(data, year);
  const definition = compositeDefinitionFor(data, year);
  const r = rankedYear(definition, y);
  return r.order.map((i) => ({ ...r.standings[i]! }));
}

/** A year's standings under a definition, in row order, and the row indices best first (see rankedYear). */
interface RankedYear {
  readonly standings: readonly CompositeStanding[];
  readonly order: readonly number[];
}

const rankedYears = new WeakMap<CompositeYear, WeakMap<CompositeDefinition, RankedYear>>();

/**
 * The year's totals, ranks, labels and groups, computed once per (year, definition) and kept: a loaded year and its
 * definition are never changed (every field is readonly; a scenario builds new rows), so a ranking asked for again
 * (the pane re-rendering, a target or a simulation after the ranking) reuses them. Each call still returns new
 * standing objects in a new array.
 */
function rankedYear(definition: CompositeDefinition, y: CompositeYear): RankedYear {
  let byDefinition = rankedYears.get(y);
  if (!byDefinition) rankedYears.set(y, (byDefinition = new WeakMap()));
  const cached = byDefinition.get(definition);
  if (cached) return cached;
  const computed = y.rows.map((r) => compositeTotal(definition, r.values));
  const totals = y.rows.map((r, i) => r.total ?? computed[i]!);
  // With only a published top N, ranks are among the published totals; the others are "outside it", not ranked.
  const ranked = (i: number) => totals[i] !== null && (y.publishedTop === null || y.rows[i]!.total !== null);
  const sorted = descending(totals.filter((_, i) => ranked(i)));
  const standings = y.rows.map((row, i) =>
    standingOf(
      definition,
      y,
      row,
      totals[i]!,
      computed[i]!,
      ranked(i) ? rankOfScore(sorted, totals[i]!) : null,
      sorted,
    ),
  );
  const order = standings
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (standings[a]!.rank ?? Infinity) - (standings[b]!.rank ?? Infinity) ||
        (standings[a]!.unit < standings[b]!.unit ? -1 : 1),
    );
  const result = { standings, order };
  byDefinition.set(definition, result);
  return result;
}

/**
 * A standing from a total and its rank among the year's sorted totals (best first).
 *
 * @example standing(compositeDefinitionFor(dataset.composite.get('pci'), 2016), compositeYearOf(dataset.composite.get('pci'), 2016), compositeYearOf(dataset.composite.get('pci'), 2016).rows[0], 50, 40, Float64Array.of(50)).rankLabel.en // => 'rank 40 of 63'
 */
export function standing(
  definition: CompositeDefinition,
  year: CompositeYear,
  row: CompositeRow,
  total: number | null,
  rank: number | null,
  sorted: Float64Array,
): CompositeStanding {
  return standingOf(definition, year, row, total, compositeTotal(definition, row.values), rank, sorted);
}

function standingOf(
  definition: CompositeDefinition,
  year: CompositeYear,
  row: CompositeRow,
  total: number | null,
  computed: number | null,
  rank: number | null,
  sorted: Float64Array,
): CompositeStanding {
  return {
    unit: row.unit,
    total,
    computed,
    difference: row.total !== null && computed !== null ? row.total - computed : null,
    rank,
    of: year.of,
    rankLabel: rankLabel(rank, year),
    group: total === null ? null : groupOf(definition, total, rank, sorted),
  };
}

const rankLabels = new Map<string, LocalName>();

/** The rank label, made once per (rank, field size, published top) and shared (a LocalName is never changed). */
function rankLabel(rank: number | null, year: CompositeYear): LocalName {
  const key = `${rank}|${year.of}|${year.publishedTop}`;
  let label = rankLabels.get(key);
  if (label === undefined) rankLabels.set(key, (label = makeRankLabel(rank, year)));
  return label;
}

function makeRankLabel(rank: number | null, year: CompositeYear): LocalName {
  if (year.publishedTop === null)
    return rank === null ? message('rankUnknown', {}) : message('rankOfN', { rank, of: year.of });
  return rank !== null && rank <= year.publishedTop
    ? message('inPublishedTop', { rank, n: year.publishedTop })
    : message('outsidePublishedTop', { n: year.publishedTop });
}

const QUARTILE_NAMES: Record<string, LocalName> = {
  best: { vi: 'Nhóm cao nhất (phần tư thứ nhất)', en: 'Top quartile' },
  'high-average': { vi: 'Nhóm trung bình cao', en: 'Second quartile' },
  'low-average': { vi: 'Nhóm trung bình thấp', en: 'Third quartile' },
  poor: { vi: 'Nhóm thấp nhất (phần tư cuối)', en: 'Bottom quartile' },
};

/**
 * The group of a total under a definition's rule: quartile of the year's totals (sorted best first), the first band
 * it reaches (to SCORE_EPSILON), or the top N by rank; null when the definition has no group rule.
 *
 * @example groupOf(compositeDefinitionFor(dataset.composite.get('pci'), 2016), 60, 10, Float64Array.of(70, 60)) // => null
 */
export function groupOf(
  definition: CompositeDefinition,
  total: number,
  rank: number | null,
  sorted: Float64Array,
): LocalName | null {
  const rule = definition.groups;
  if (rule === null) return null;
  if (rule.kind === 'bands')
    return [...rule.bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min - SCORE_EPSILON)?.name ?? null;
  if (rule.kind === 'top')
    return rank !== null && rank <= rule.n ? message('inTopN', { n: rule.n }) : message('outsideTopN', { n: rule.n });
  return QUARTILE_NAMES[quartileGroup(total, quartileCutoffs([...sorted])!, rule.boundary)]!;
}

/**
 * A unit's row in a year, found by name ignoring case, diacritics and spacing (and through `aliases`, e.g. the
 * province registry's "tp hcm"), or UNKNOWN_PROVINCE with the closest names of that year.
 *
 * @example compositeRowOf(compositeYearOf(dataset.composite.get('pci'), 2016), 'da nang').unit // => 'Đà Nẵng'
 */
export function compositeRowOf(
  year: CompositeYear,
  name: string,
  aliases: (name: string) => string | null = () => null,
): CompositeRow {
  const find = (n: string) => year.rows.find((r) => foldName(r.unit) === foldName(n));
  const alias = aliases(name);
  const found = find(name) ?? (alias === null ? undefined : find(alias));
  if (found) return found;
  const key = foldName(name);
  const suggestions = [...year.rows]
    .sort((a, b) => distance(foldName(a.unit), key) - distance(foldName(b.unit), key))
    .slice(0, 3)
    .map((r) => r.unit);
  throw new EngineError({
    code: 'UNKNOWN_PROVINCE',
    input: name,
    ...message('compositeUnitUnknown', { name, year: year.year, suggestions: suggestions.join(', ') }),
    suggestions,
  });
}

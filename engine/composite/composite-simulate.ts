import type { LocalName } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import { descending, rankOfScore } from '../scoring/rank-among';
import { ARITHMETIC_EPSILON, SCORE_EPSILON } from '../scoring/score-order';
import { leavesOf, type CompositeData, type CompositeDefinition, type CompositeRow } from './composite-index';
import {
  compositeDefinitionFor,
  compositeRanking,
  compositeRowOf,
  compositeTotal,
  compositeYearOf,
  pointValue,
  standing,
  unknownMeasure,
  type CompositeStanding,
} from './composite-score';

/** One leaf's change: set to a value or add points (on the leaf's own scale). */
export interface CompositeChange {
  readonly measure: string;
  readonly set?: number;
  readonly add?: number;
}

export interface CompositeQuery {
  readonly year: number;
  readonly unit: string;
  /** other names of units, e.g. the province registry's aliases ("tp hcm") */
  readonly aliases?: (name: string) => string | null;
}

/** A leaf of the unit with its weight and what one point of it is worth on the total. */
export interface CompositeMeasure {
  readonly code: string;
  readonly name: LocalName;
  readonly weight: number | null;
  readonly max: number;
  /** total points per point of this measure */
  readonly pointValue: number;
  readonly base: number | null;
  readonly value: number | null;
  /** the total's change from this measure */
  readonly totalChange: number;
}

export interface CompositeSimulation {
  readonly definition: CompositeDefinition;
  readonly base: CompositeStanding;
  readonly scenario: CompositeStanding;
  readonly measures: readonly CompositeMeasure[];
}

/**
 * A what-if for one unit: leaf values set or raised, the total moved by each change times its point value (a point of
 * a 20 % PCI sub-index is +2.0), starting from the published total (kept as published, see CompositeStanding), and
 * the rank among the other units' unchanged totals. A value outside 0..max is refused naming the measure.
 *
 * @example simulateComposite(dataset.composite.get('pci'), { year: 2016, unit: 'An Giang', changes: [{ measure: 'transparency', add: 1 }] }).scenario.total - 57.790867 // => 2
 */
export function simulateComposite(
  data: CompositeData,
  query: CompositeQuery & { readonly changes: readonly CompositeChange[] },
): CompositeSimulation {
  const row = compositeRowOf(compositeYearOf(data, query.year), query.unit, query.aliases);
  const definition = compositeDefinitionFor(data, query.year);
  const values: Record<string, number | null> = { ...row.values };
  for (const change of query.changes) {
    const leaf = leavesOf(definition).find((l) => l.code === change.measure);
    if (!leaf) throw unknownMeasure(definition, change.measure);
    const base = values[leaf.code] ?? null;
    const value = change.set ?? (base === null ? null : base + (change.add ?? 0));
    if (value === null || !(value >= -ARITHMETIC_EPSILON && value <= leaf.max + ARITHMETIC_EPSILON))
      throw new EngineError({
        code: 'OUT_OF_RANGE',
        input: change.measure,
        ...message('compositeValueOutOfRange', {
          measure: leaf.code,
          value: value === null ? 'null' : String(Number(value.toFixed(6))),
          max: leaf.max,
          unit: row.unit,
        }),
      });
    values[leaf.code] = value;
  }
  return evaluate(data, definition, query.year, row, values);
}

function evaluate(
  data: CompositeData,
  definition: CompositeDefinition,
  year: number,
  row: CompositeRow,
  values: Readonly<Record<string, number | null>>,
  ranking: readonly CompositeStanding[] = compositeRanking(data, year),
): CompositeSimulation {
  const y = compositeYearOf(data, year);
  const base = ranking.find((s) => s.unit === row.unit)!;
  const before = compositeTotal(definition, row.values);
  const after = compositeTotal(definition, values);
  const total = base.total === null || before === null || after === null ? after : base.total + (after - before);
  // Among the ranked others: every unit, or only the published top N (a unit outside it has no published rank).
  const others = ranking.filter((s) => s.unit !== row.unit && s.rank !== null).map((s) => s.total);
  const sorted = descending([...others, total]);
  const scenarioRow = { ...row, values, total };
  const scenario = standing(
    definition,
    y,
    scenarioRow,
    total,
    total === null ? null : rankOfScore(sorted, total),
    sorted,
  );
  const measures = leavesOf(definition).map((leaf) => {
    const b = row.values[leaf.code] ?? null;
    const v = values[leaf.code] ?? null;
    const perPoint = pointValue(definition, leaf.code);
    return {
      code: leaf.code,
      name: leaf.name,
      weight: leaf.weight,
      max: leaf.max,
      pointValue: perPoint,
      base: b,
      value: v,
      totalChange: b === null || v === null ? 0 : (v - b) * perPoint,
    };
  });
  return { definition, base, scenario, measures };
}

/** A goal: a rank to reach (ties share it) or a total. */
export type CompositeGoal = { readonly rank: number } | { readonly total: number };

export interface CompositeTarget extends CompositeSimulation {
  readonly goal: CompositeGoal;
  /** the total the goal needs */
  readonly requiredTotal: number | null;
  readonly reachable: boolean;
  /** points added to each leaf (on its own scale), only those raised */
  readonly allocation: Readonly<Record<string, number>>;
  /** the sum of points added times their effort weights (1 each unless given) */
  readonly effort: number;
}

/**
 * The least weighted effort that reaches a goal: points go first to the leaves whose point moves the total most per
 * unit of effort (point value / effort weight, highest first), each up to its maximum, until the required total is
 * met; that greedy order is optimal for a total linear in the leaves. The goal of a rank is the total of the unit now
 * at that rank among the others (a tie shares the rank): in a year with only a published top 30, rank 30 is the 30th
 * published total. Unreachable goals say so with what the maximum gives.
 *
 * @example compositeTarget(dataset.composite.get('pci'), { year: 2016, unit: 'An Giang', goal: { rank: 30 } }).reachable // => true
 */
export function compositeTarget(
  data: CompositeData,
  query: CompositeQuery & { readonly goal: CompositeGoal; readonly effortWeights?: Readonly<Record<string, number>> },
): CompositeTarget {
  const row = compositeRowOf(compositeYearOf(data, query.year), query.unit, query.aliases);
  const definition = compositeDefinitionFor(data, query.year);
  const ranking = compositeRanking(data, query.year);
  const base = ranking.find((s) => s.unit === row.unit)!;
  let requiredTotal: number | null;
  if ('total' in query.goal) requiredTotal = query.goal.total;
  else {
    const others = ranking.filter((s) => s.unit !== row.unit && s.rank !== null).map((s) => s.total!);
    requiredTotal =
      query.goal.rank > others.length ? Math.min(...others, base.total ?? Infinity) : others[query.goal.rank - 1]!;
  }
  const weights = query.effortWeights ?? {};
  for (const code of Object.keys(weights))
    if (!leavesOf(definition).some((l) => l.code === code)) throw unknownMeasure(definition, code);
  const order = leavesOf(definition)
    .filter((l) => row.values[l.code] !== null && row.values[l.code] !== undefined)
    .map((l) => ({ leaf: l, perEffort: pointValue(definition, l.code) / (weights[l.code] ?? 1) }))
    .sort((a, b) => b.perEffort - a.perEffort);
  const allocation: Record<string, number> = {};
  let need = base.total === null ? Infinity : requiredTotal - base.total;
  for (const { leaf } of order) {
    if (need <= SCORE_EPSILON) break;
    const room = leaf.max - row.values[leaf.code]!;
    const perPoint = pointValue(definition, leaf.code);
    const points = Math.min(room, need / perPoint);
    if (points <= ARITHMETIC_EPSILON) continue;
    allocation[leaf.code] = points;
    need -= points * perPoint;
  }
  const values = Object.fromEntries(
    Object.entries(row.values).map(([code, v]) => [code, v === null ? null : v + (allocation[code] ?? 0)]),
  );
  const result = evaluate(data, definition, query.year, row, values, ranking);
  return {
    ...result,
    goal: query.goal,
    requiredTotal,
    reachable: need <= SCORE_EPSILON,
    allocation,
    effort: Object.entries(allocation).reduce((s, [code, x]) => s + x * (weights[code] ?? 1), 0),
  };
}

/**
 * What each leaf can do for a unit's total: its weight, what one point is worth, the room left to its maximum and the
 * most it can add, highest point value first (the weights are the sensitivity of a weighted sum).
 *
 * @example compositeSensitivity(dataset.composite.get('pci'), { year: 2016, unit: 'An Giang' })[0].pointValue // => 2
 */
export function compositeSensitivity(
  data: CompositeData,
  query: CompositeQuery,
): (CompositeMeasure & { readonly room: number | null; readonly maxGain: number | null })[] {
  const row = compositeRowOf(compositeYearOf(data, query.year), query.unit, query.aliases);
  const definition = compositeDefinitionFor(data, query.year);
  return evaluate(data, definition, query.year, row, row.values)
    .measures.map((m) => {
      const room = m.base === null ? null : m.max - m.base;
      return { ...m, room, maxGain: room === null ? null : room * m.pointValue };
    })
    .sort((a, b) => b.pointValue - a.pointValue || (b.maxGain ?? 0) - (a.maxGain ?? 0));
}

import type { LocalName } from '../definitions/index-definition';
import { papiYearOf, type Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { PAPI_GROUP_NAMES } from '../i18n/labels';
import { groupBoundary } from '../scoring/group-boundary';
import { PAPI_GROUPS, type BoundaryConvention, type PapiGroup } from '../scoring/quartile-groups';
import { evaluateScenario, type Standing } from './evaluate-scenario';
import {
  fieldMeasure,
  groupInAscending,
  papiField,
  rankedRow,
  rankInAscending,
  replacedAscending,
  subdimensionsOf,
  type PapiField,
} from './papi-field';
import { yearOnYearChanges } from './year-changes';
import { checkGroupGoal, checkRankGoal, leastMeeting } from './target-goal';
import { allocate, type Part } from './allocate-increase';
import { message as catalogueMessage } from '../i18n/messages';
import { ARITHMETIC_EPSILON, SCORE_EPSILON } from '../scoring/score-order';

export type TargetGoal = { readonly rank: number } | { readonly group: PapiGroup } | { readonly total: number };

/**
 * Caps on each part: 'bounds' = the index bounds (10 for a dimension, 10/n for a sub-dimension); 'best' = the best
 * score any province reached that year; 'gain' = the base plus the largest year-on-year gain seen in the data for that
 * part (same methodology); 'realistic' = the tighter of 'best' and 'gain'. The index bounds always apply.
 */
export type TargetCaps = 'bounds' | 'best' | 'gain' | 'realistic';

export interface TargetQuery {
  readonly year: number;
  readonly province: string;
  readonly goal: TargetGoal;
  readonly caps?: TargetCaps | string | null;
  /** effort per point of each part (default 1); the solver minimises the total effort */
  readonly weights?: Readonly<Record<string, number>> | null;
  readonly level?: 'dimension' | 'subdimension';
  readonly boundary?: BoundaryConvention | string | null;
}

export interface TargetResult {
  readonly reachable: boolean;
  /** the least total that meets the goal with the other provinces fixed, or null when no total up to the index maximum does */
  readonly requiredTotal: number | null;
  readonly base: Standing;
  /** increase per part (dimension or sub-dimension); when unreachable, the most the caps allow */
  readonly allocation: Readonly<Record<string, number>>;
  readonly totalIncrease: number;
  readonly cost: number;
  readonly scenario: Standing;
  readonly caps: Readonly<Record<string, number>>;
  /** the increase in that part alone that meets the goal, or null when its cap does not allow it */
  readonly singleDimension: Readonly<Record<string, number | null>>;
  readonly message: LocalName;
  /** e.g. the estimate label when the field is reconstructed for the 2025 units */
  readonly warnings: readonly LocalName[];
}

/**
 * The least improvement that reaches a target rank (rank <= k; a tie shares the rank, so equalling the k-th other
 * province is enough), a target group (cut-offs move with the province's own score, so the threshold is solved on the
 * field that contains it) or a target total, for one province with the others fixed. Rank and group depend only on the
 * total, so the solver first finds the least total that meets the goal, then spreads the increase at least effort:
 * cheapest parts first (a fractional knapsack, which greedy solves exactly), and among parts of equal effort in
 * proportion to their headroom under the caps. Says plainly when the caps do not allow the goal.
 *
 * @example solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 20 } }).requiredTotal // => 44.421607971191406
 */
export function solveTarget(dataset: Dataset, query: TargetQuery): TargetResult {
  const year = papiYearOf(dataset, query.year);
  const field = papiField(year, dataset.definitions);
  const { province, index, total: baseTotal } = rankedRow(dataset, field, query.province);
  const parts = partsOf(dataset, field, index, query);
  const maxTotal = baseTotal + parts.reduce((s, p) => s + (p.cap - p.base), 0);
  const meets = goalTest(field, index, query.goal, groupBoundary(field.definition, year.year, query.boundary)('total'));
  const required = requiredTotal(field, index, baseTotal, query.goal, meets);
  const need = required === null ? Infinity : Math.max(0, required - baseTotal);
  const allocation = allocate(parts, need);
  const increase = Object.values(allocation).reduce((s, x) => s + x, 0);
  const cost = parts.reduce((s, p) => s + p.cost * allocation[p.code]!, 0);
  const changes = parts
    .filter((p) => allocation[p.code]! > 0)
    .map((p) => ({ province: province.code, measure: p.code, add: allocation[p.code]! }));
  const evaluated = evaluateScenario(
    dataset,
    {
      name: 'target',
      index: 'papi',
      year: year.year,
      changes,
      ...(query.boundary ? { boundary: query.boundary as BoundaryConvention } : {}),
    },
    [province.code],
  );
  const outcome = evaluated.provinces[0]!;
  const outcomeWarnings = evaluated.warnings;
  const { scenario, base } = outcome;
  const reachable = required !== null && required <= maxTotal + SCORE_EPSILON;
  const single = Object.fromEntries(
    parts.map((p) => [p.code, need <= p.cap - p.base + ARITHMETIC_EPSILON ? need : null]),
  );
  return {
    reachable,
    requiredTotal: required,
    base,
    allocation,
    totalIncrease: increase,
    cost,
    scenario,
    caps: Object.fromEntries(parts.map((p) => [p.code, p.cap])),
    singleDimension: single,
    message: targetMessage(query.goal, reachable, need, scenario, province.nameVi, province.nameAscii),
    warnings: outcomeWarnings,
  };
}

function partsOf(dataset: Dataset, field: PapiField, index: number, query: TargetQuery): Part[] {
  const level = query.level ?? 'dimension';
  const nodes =
    level === 'dimension' ? field.dimensions : field.dimensions.flatMap((d) => subdimensionsOf(field, d.code));
  if (nodes.length === 0)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: level,
      ...catalogueMessage('subdimensionDataMissing', { year: field.year.year }),
    });
  const caps = query.caps ?? 'bounds';
  if (caps !== 'bounds' && caps !== 'best' && caps !== 'gain' && caps !== 'realistic') {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: String(caps),
      ...catalogueMessage('capsInvalid', { caps: String(caps) }),
    });
  }
  const weights = query.weights ?? {};
  for (const [key, w] of Object.entries(weights)) {
    if (!nodes.some((n) => n.code === key.toLowerCase()) || !(Number.isFinite(w) && w > 0)) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `${key}=${w}`,
        ...catalogueMessage('effortWeightInvalid', { pair: `${key}=${w}`, known: nodes.map((n) => n.code).join(', ') }),
      });
    }
  }
  const lowered = Object.fromEntries(Object.entries(weights).map(([k, w]) => [k.toLowerCase(), w]));
  const gains = caps === 'gain' || caps === 'realistic' ? yearOnYearChanges(dataset, field.year) : [];
  return nodes.map((node) => {
    const measure = fieldMeasure(field, node.code);
    const base = measure.scores[index] ?? null;
    if (base === null)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: node.code,
        ...catalogueMessage('measureScoreMissing', { measure: node.code.toUpperCase(), year: field.year.year }),
      });
    const bound = node.max ?? Infinity;
    const best = Math.max(base, measure.ascending.at(-1) ?? base);
    const gain = base + Math.max(0, ...gains.map((g) => g.changes.get(node.code) ?? 0));
    const cap = Math.min(
      bound,
      caps === 'best' ? best : caps === 'gain' ? gain : caps === 'realistic' ? Math.min(best, gain) : bound,
    );
    return { code: node.code, base, cap: Math.max(cap, base), cost: lowered[node.code] ?? 1 };
  });
}

function goalTest(
  field: PapiField,
  index: number,
  goal: TargetGoal,
  boundary: BoundaryConvention,
): (total: number) => boolean {
  const measure = fieldMeasure(field, 'total');
  if ('rank' in goal) return (t) => rankInAscending(replacedAscending(measure, new Map([[index, t]])), t) <= goal.rank;
  if ('group' in goal) {
    const wanted = PAPI_GROUPS.indexOf(goal.group);
    return (t) =>
      PAPI_GROUPS.indexOf(groupInAscending(replacedAscending(measure, new Map([[index, t]])), t, boundary)) <= wanted;
  }
  return (t) => t >= goal.total - ARITHMETIC_EPSILON;
}

function requiredTotal(
  field: PapiField,
  index: number,
  baseTotal: number,
  goal: TargetGoal,
  meets: (t: number) => boolean,
): number | null {
  const definitionMax = field.definition.nodes.find((n) => n.code === 'total')!.max ?? Infinity;
  if ('rank' in goal) {
    checkRankGoal(goal.rank);
    // Others' totals highest first: equalling the k-th of them gives rank k (a tie shares the rank).
    const others = replacedAscending(fieldMeasure(field, 'total'), new Map([[index, null]]));
    const kth = others[others.length - goal.rank];
    return kth === undefined ? baseTotal : Math.max(baseTotal, kth);
  }
  if ('group' in goal) {
    checkGroupGoal(goal.group);
    if (meets(baseTotal)) return baseTotal;
    if (!meets(definitionMax)) return null;
    // The province's own score moves the cut-offs, but score minus cut-off never decreases as the score rises
    // (interpolation weights are below 1), so the goal is monotone in the total.
    return leastMeeting(baseTotal, definitionMax, meets);
  }
  if (!Number.isFinite(goal.total) || goal.total > definitionMax)
    throw new EngineError({
      code: 'OUT_OF_RANGE',
      input: String(goal.total),
      ...catalogueMessage('targetTotalAboveMax', { total: goal.total, max: definitionMax }),
    });
  return Math.max(baseTotal, goal.total);
}

function targetMessage(
  goal: TargetGoal,
  reachable: boolean,
  need: number,
  scenario: Standing,
  nameVi: string,
  nameAscii: string,
): LocalName {
  const what =
    'rank' in goal
      ? catalogueMessage('goalRankOrBetter', { rank: goal.rank })
      : 'group' in goal
        ? catalogueMessage('goalGroupPhrase', { group: PAPI_GROUP_NAMES[goal.group] })
        : catalogueMessage('goalTotalPhrase', { total: goal.total });
  if (!reachable) {
    return catalogueMessage('targetUnreachable', {
      nameVi,
      nameAscii,
      goal: what,
      rank: scenario.rank,
      of: scenario.of,
    });
  }
  if (need === 0) return catalogueMessage('targetAlreadyMet', { nameVi, nameAscii, goal: what });
  return catalogueMessage('targetNeed', { need: need.toFixed(4), goal: what });
}

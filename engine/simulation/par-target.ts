import type { LocalName } from '../definitions/index-definition';
import type { Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { parRankEstimate } from '../scoring/par-rank-estimate';
import { parScore, type ParQuery, type ParResult } from '../scoring/par-score';
import { definitionFor } from '../definitions/catalog';
import { allocate, type Part } from './allocate-increase';
import { checkRankGoal, leastMeeting } from './target-goal';
import { message } from '../i18n/messages';
import { ARITHMETIC_EPSILON, SCORE_EPSILON } from '../scoring/score-order';

export type ParTargetGoal = { readonly total: number } | { readonly group: string } | { readonly rank: number };

export interface ParTargetResult {
  readonly reachable: boolean;
  /** the least total (points) that meets the goal, or null when not even full marks do */
  readonly requiredTotal: number | null;
  readonly base: ParResult;
  /** points to add per area; when unreachable, every area's full headroom */
  readonly allocation: Readonly<Record<string, number>>;
  readonly totalIncrease: number;
  readonly scenario: ParResult;
  /** the increase in that area alone that meets the goal, or null when its headroom does not allow it */
  readonly singleArea: Readonly<Record<string, number | null>>;
  readonly message: LocalName;
}

/**
 * The fewest PAR INDEX points that reach a target total, group (the year's band, by percentage of the applicable
 * maximum) or rank (the worst rank of the estimate against the year's known provinces, so the goal holds whatever the
 * unknown provinces scored), spread over the areas where points were lost: cheapest effort first, equal effort in
 * proportion to the points lost. Areas whose maximum is unknown cannot be planned and are left out (see warnings).
 *
 * @example solveParTarget(dataset, { year: 2019, points: { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 }, goal: { total: 87 } }).totalIncrease // => 2
 */
export function solveParTarget(
  dataset: Dataset,
  query: ParQuery & { readonly goal: ParTargetGoal; readonly weights?: Readonly<Record<string, number>> | null },
): ParTargetResult {
  const base = parScore(dataset, query);
  const applicable = (base.total / base.percent) * 100;
  const parts: Part[] = base.areas
    .filter((a) => !a.notApplicable && a.max !== null)
    .map((a) => {
      const cost = query.weights?.[a.code] ?? 1;
      if (!(Number.isFinite(cost) && cost > 0))
        throw new EngineError({
          code: 'INVALID_INPUT',
          input: `${a.code}=${cost}`,
          ...message('effortWeightNotPositive', { pair: `${a.code}=${cost}` }),
        });
      return { code: a.code, base: a.points, cap: a.max!, cost };
    });
  for (const key of Object.keys(query.weights ?? {})) {
    if (!parts.some((p) => p.code === key))
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: key,
        ...message('parAreaWithoutMax', { key, known: parts.map((p) => p.code).join(', ') }),
      });
  }
  const required = requiredTotal(dataset, query.year, base.total, applicable, query.goal);
  const need = required === null ? Infinity : Math.max(0, required - base.total);
  const allocation = allocate(parts, need);
  const points = { ...query.points };
  for (const p of parts) points[p.code] = p.base + allocation[p.code]!;
  const scenario = parScore(dataset, { ...query, points });
  const reachable = required !== null && scenario.total >= required - SCORE_EPSILON;
  const totalIncrease = scenario.total - base.total;
  return {
    reachable,
    requiredTotal: required,
    base,
    allocation,
    totalIncrease,
    scenario,
    singleArea: Object.fromEntries(
      parts.map((p) => [p.code, need <= p.cap - p.base + ARITHMETIC_EPSILON ? need : null]),
    ),
    message: !reachable
      ? message('parTargetUnreachable', { total: scenario.total.toFixed(2) })
      : need === 0
        ? message('goalAlreadyMet', {})
        : message('parTargetNeed', { need: need.toFixed(2) }),
  };
}

function requiredTotal(
  dataset: Dataset,
  year: number,
  total: number,
  applicable: number,
  goal: ParTargetGoal,
): number | null {
  if ('total' in goal) {
    if (!(Number.isFinite(goal.total) && goal.total <= applicable))
      throw new EngineError({
        code: 'OUT_OF_RANGE',
        input: String(goal.total),
        ...message('targetTotalAboveMax', { total: goal.total, max: applicable }),
      });
    return Math.max(total, goal.total);
  }
  if ('group' in goal) {
    const definition = definitionFor(dataset.definitions, 'par', year);
    const rule = definition.groupRules!.find((r) => r.years[0] <= year && year <= r.years[1])!;
    const band = rule.bands.find((b) => b.group.toLowerCase() === String(goal.group).toLowerCase());
    if (!band)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: String(goal.group),
        ...message('parGroupNotInRule', {
          group: String(goal.group),
          year,
          known: rule.bands.map((b) => b.group).join(', '),
        }),
      });
    return Math.max(total, (band.minPercent / 100) * applicable);
  }
  checkRankGoal(goal.rank);
  if (!dataset.par.has(year))
    throw new EngineError({
      code: 'UNKNOWN_YEAR',
      input: String(year),
      ...message('parNoResultsToRank', { year }),
    });
  // The worst-case rank never worsens as the percentage rises: bisect on the percentage.
  const meets = (percent: number) => parRankEstimate(dataset, { year, total: percent }).high <= goal.rank;
  const percentNow = (total / applicable) * 100;
  if (meets(percentNow)) return total;
  if (!meets(100)) return null;
  return (leastMeeting(percentNow, 100, meets) / 100) * applicable;
}

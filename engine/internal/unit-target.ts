import type { LocalName } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { descending, rankOfScore } from '../scoring/rank-among';
import { allocate, type Part } from '../simulation/allocate-increase';
import { checkRankGoal } from '../simulation/target-goal';
import { classOf, classThreshold } from './class-bands';
import { roundPoints } from './read-points';
import type { InternalResults } from './unit-results';
import { message } from '../i18n/messages';

export type InternalGoal = { readonly class: string } | { readonly rank: number };

export interface InternalTarget {
  readonly unit: string;
  readonly goal: InternalGoal;
  readonly reachable: boolean;
  readonly percent: number;
  /** the least index % that meets the goal (the class threshold, or the score that shares the rank), or null */
  readonly requiredPercent: number | null;
  /** points to add per area (within each area's lost points), the areas' order */
  readonly allocation: readonly { readonly code: string; readonly add: number; readonly lost: number }[];
  readonly totalIncrease: number;
  /** the unit's index %, rank and class after the increase */
  readonly after: { readonly percent: number; readonly rank: number | null; readonly class: string | null };
  readonly message: LocalName;
}

/**
 * The least improvement, by area, that takes a unit to a class or to a rank in its group, with the national solvers'
 * least-effort allocation (allocate: equal effort, so the increase is spread in proportion to each area's lost
 * points, never above them). The top class with an area floor first lifts the areas below the floor. A rank goal
 * needs the index of the unit now at that place (ties share the best rank). Bonus/penalty stay as they are.
 *
 * @example internalTarget(internalResults({ set: parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,60,appraised\n2,,B,40,survey' }), units: parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa' }), scores: parseScores({ file: 's.csv', text: 'unit,code,self,appraised,survey\nX1,1,60,54,\nX1,2,,,30' }, parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,60,appraised\n2,,B,40,survey' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa' })), classes: parseClassBands(DEFAULT_CLASSES) }), 'X1', { class: 'Xuất sắc' }).allocation // => [{ code: '1', add: 2.25, lost: 6 }, { code: '2', add: 3.75, lost: 10 }]
 */
export function internalTarget(results: InternalResults, unit: string, goal: InternalGoal): InternalTarget {
  const u = results.units.find((r) => r.unit === unit);
  if (!u) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: unit,
      ...message('unitNotInResults', { unit }),
      suggestions: results.units
        .map((r) => r.unit)
        .filter((c) => c.toLowerCase().includes(unit.toLowerCase()))
        .slice(0, 5),
    });
  }
  if (!u.complete || u.percent === null || u.total === null) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: unit,
      ...message('unitIncomplete', { unit, missing: u.missing.join(', ') }),
    });
  }
  let required: number | null;
  let floor: number | null = null;
  if ('rank' in goal) {
    checkRankGoal(goal.rank);
    if (!u.ranked) throw new EngineError({ code: 'INVALID_INPUT', input: unit, ...message('unitNotRanked', { unit }) });
    const others = results.units
      .filter((r) => r.group === u.group && r.ranked && r.unit !== unit && r.percent !== null)
      .map((r) => r.percent);
    const sorted = descending(others);
    // 1 + (others strictly above) <= rank: reach the score of the unit now at place `rank` among the others.
    required = goal.rank > sorted.length ? 0 : sorted[goal.rank - 1]!;
  } else {
    required = classThreshold(results.classes, goal.class);
    if (required === null) {
      const labels = results.classes.bands.map((b) => b.label);
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: goal.class,
        ...message('classNotInBands', { label: goal.class, known: labels.join(', ') }),
        suggestions: labels,
      });
    }
    if (results.classes.bands[0]!.label === goal.class) floor = results.classes.topAreaFloor;
  }
  // Lift areas below the floor first, then spread what the total still needs.
  const floorLift = u.areas.map((a) => (floor === null ? 0 : Math.max(0, (floor / 100) * a.max - a.points)));
  const parts: Part[] = u.areas.map((a, i) => ({ code: a.code, base: a.points + floorLift[i]!, cap: a.max, cost: 1 }));
  const lifted = floorLift.reduce((s, x) => s + x, 0);
  const needTotal = Math.max(0, ((required ?? 0) / 100) * u.applicableMax - u.total);
  const spread = allocate(parts, Math.max(0, needTotal - lifted));
  const allocation = u.areas.map((a, i) => ({
    code: a.code,
    add: roundPoints(floorLift[i]! + spread[a.code]!),
    lost: a.lost,
  }));
  // Rank and class after the increase come from the unrounded allocation (rounded parts can sum a hair short).
  const exactIncrease = u.areas.reduce((s, a, i) => s + floorLift[i]! + spread[a.code]!, 0);
  const totalIncrease = roundPoints(exactIncrease);
  const total = Math.min(u.applicableMax, u.total + exactIncrease);
  const percent = roundPoints((total / u.applicableMax) * 100);
  const others = results.units
    .filter((r) => r.group === u.group && r.ranked && r.unit !== unit && r.percent !== null)
    .map((r) => r.percent);
  const rank = u.ranked ? rankOfScore(descending(others), percent) : null;
  const areaPercents = u.areas.filter((a) => a.max > 0).map((a, i) => ((a.points + allocation[i]!.add) / a.max) * 100);
  const cls = classOf(results.classes, percent, areaPercents);
  const reachable =
    'rank' in goal ? rank !== null && rank <= goal.rank : classRankOf(results, cls) <= classRankOf(results, goal.class);
  const what =
    'rank' in goal ? message('goalRankPhrase', { rank: goal.rank }) : message('goalClassPhrase', { label: goal.class });
  return {
    unit,
    goal,
    reachable,
    percent: u.percent,
    requiredPercent: required,
    allocation,
    totalIncrease,
    after: { percent, rank, class: cls },
    message:
      reachable && totalIncrease === 0
        ? message('unitGoalMet', { unit, goal: what, percent: pct(u.percent) })
        : reachable
          ? message('unitGoalNeed', {
              unit,
              goal: what,
              increase: totalIncrease.toFixed(2),
              from: pct(u.percent),
              to: pct(percent),
            })
          : message('unitGoalUnreachable', { unit, goal: what }),
  };
}

/** Position of a class label in the bands (0 = top); labels not in the bands sort last. */
function classRankOf(results: InternalResults, label: string | null): number {
  const i = results.classes.bands.findIndex((b) => b.label === label);
  return i < 0 ? Infinity : i;
}

const pct = (value: number) => `${value.toFixed(2)}%`;

import type { Dataset } from '../dataset/dataset';
import { papiYearOf } from '../dataset/dataset';
import { findProvince } from '../provinces/province-registry';
import { papiProfile } from '../scoring/papi-profile';
import { papiUnitsView } from '../units/units-view';
import type { Standing } from './evaluate-scenario';
import { effortPerPoint } from './effort-per-point';
import { evaluatePlan, type PapiPlan, type PlanReport } from './plan';
import { solveTarget, type TargetGoal, type TargetResult } from './target-solver';
import { yearOnYearChanges } from './year-changes';
import { SCORE_EPSILON } from '../scoring/score-order';

/** One line of a plan, judged against the goal and against what provinces have gained in the data. */
export interface PlanLineReview {
  readonly code: string;
  readonly gap: number | null;
  /** the least-effort alternative's increase in this measure (0 when it does not use it); null without a goal */
  readonly leastEffortIncrease: number | null;
  /** the largest gain any province made in this measure from one year to the next (same methodology), or null */
  readonly largestYearlyGain: number | null;
  /** the line asks more than any province has ever gained in a year */
  readonly aboveLargestGain: boolean;
  /** the goal is still met in the latest field with this line left at its baseline: the goal does not need it */
  readonly notNeededForGoal: boolean;
}

export interface PlanReview {
  readonly report: PlanReport;
  /** the province's published standing in the baseline year */
  readonly baseline: Standing;
  /** the field the goal is judged in: the latest year of data before the target year */
  readonly fieldYear: number | null;
  /** the least improvement from the baseline that meets the same goal in the baseline field (realistic caps, effort from the data) */
  readonly leastEffort: (TargetResult & { readonly fieldYear: number }) | null;
  /** what the plan's targets add to the baseline total (implied total minus baseline total), or null */
  readonly planIncrease: number | null;
  readonly lines: readonly PlanLineReview[];
}

/**
 * A plan checked the way a planner needs before signing it: the report of evaluatePlan (implied total, rank and group
 * in each field, the achieved results when known; the chance left to the caller unless `chance` is true), the
 * least-effort alternative that meets the same goal (solveTarget on the baseline year with realistic caps and the
 * effort per point derived from the data), and for each line whether the goal needs it (the goal is still met in the
 * latest field without it) and whether it asks more than any province has ever gained in a year.
 *
 * @example reviewPlan(dataset, { name: 'x', province: 'An Giang', baselineYear: 2018, targetYear: 2020, targets: { d1: 5.4, d8: 3.5 }, goal: { rank: 20 } }).leastEffort.totalIncrease.toFixed(2) // => '0.29'
 */
export function reviewPlan(data: Dataset, plan: PapiPlan, options: { readonly chance?: boolean } = {}): PlanReview {
  const report = evaluatePlan(data, plan, { chance: options.chance ?? false });
  // a plan for a 2025 unit is judged on the 2025-units view, as evaluatePlan does
  const dataset = plan.units === 'units-2025' ? papiUnitsView(data) : data;
  const province = findProvince(dataset.provinces, plan.province);
  const published = papiProfile(dataset, { year: plan.baselineYear, province: province.code }).total;
  const baseline: Standing = { total: published.score, rank: published.rank, of: published.of, group: published.group };
  const goal: TargetGoal | null =
    plan.goal.rank !== undefined
      ? { rank: plan.goal.rank }
      : plan.goal.group !== undefined
        ? { group: plan.goal.group }
        : plan.goal.total !== undefined
          ? { total: plan.goal.total }
          : null;
  let leastEffort: PlanReview['leastEffort'] = null;
  if (goal) {
    const weights = Object.fromEntries(
      effortPerPoint(dataset, { year: plan.baselineYear }).map((p) => [p.code, p.effort]),
    );
    leastEffort = {
      ...solveTarget(dataset, { year: plan.baselineYear, province: province.code, goal, caps: 'realistic', weights }),
      fieldYear: plan.baselineYear,
    };
  }
  const latest = report.fields.at(-1) ?? null;
  const changes = yearOnYearChanges(dataset, papiYearOf(dataset, plan.baselineYear));
  const lines = report.dimensions.map((line): PlanLineReview => {
    let largest: number | null = null;
    for (const c of changes) {
      const change = c.changes.get(line.code);
      if (change !== undefined && (largest === null || change > largest)) largest = change;
    }
    let notNeeded = false;
    if (latest && goal && line.gap !== null && line.gap > 0) {
      const without = Object.fromEntries(Object.entries(plan.targets).filter(([code]) => code !== line.code));
      const field = evaluatePlan(data, { ...plan, targets: without }, { chance: false }).fields.find(
        (f) => f.year === latest.year,
      );
      notNeeded = field?.meetsGoal === true;
    }
    return {
      code: line.code,
      gap: line.gap,
      leastEffortIncrease: leastEffort ? (leastEffort.allocation[line.code] ?? 0) : null,
      largestYearlyGain: largest,
      aboveLargestGain: largest !== null && line.gap !== null && line.gap > largest + SCORE_EPSILON,
      notNeededForGoal: notNeeded,
    };
  });
  const planIncrease =
    report.impliedTotal === null || report.baselineTotal === null ? null : report.impliedTotal - report.baselineTotal;
  return { report, baseline, fieldYear: latest?.year ?? null, leastEffort, planIncrease, lines };
}

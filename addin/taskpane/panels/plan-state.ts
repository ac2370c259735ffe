import {
  reviewPlan,
  SCORE_EPSILON,
  type ChanceResult,
  type Dataset,
  type PapiPlan,
  type PlanReview,
} from '../../../engine/all';
import { readPlanForm, type PlanForm } from '../actions/plan-form';

/**
 * The plan builder's state and what it derives from its inputs, apart from the view (plan-panel.ts renders it, and
 * runs the effects: the review timer, the chance worker). Pure: the same form and data give the same state, tested in
 * Node (test/addin/taskpane/panels/plan-state.test.ts).
 */

/** The chance of the plan's goal, run in a worker. */
export type ChanceState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly result: ChanceResult; readonly fieldYear: number }
  | { readonly status: 'error'; readonly message: string };

/** What the worker (or the pane) says about the chance run. */
export type ChanceEvent =
  | { readonly type: 'start'; readonly total: number }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: ChanceResult; readonly fieldYear: number }
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'stop' };

export interface PlanState {
  /** the engine's review of the plan as typed; null while nothing can be judged */
  readonly review: PlanReview | null;
  /** why the form does not read as a plan (shown in the summary), or null */
  readonly problem: unknown;
  /** the plan the last chance run was for (without name and agencies, which do not change the chance) */
  readonly reviewedKey: string;
  readonly chance: ChanceState;
}

export const INITIAL_PLAN_STATE: PlanState = {
  review: null,
  problem: null,
  reviewedKey: '',
  chance: { status: 'idle' },
};

/** The next chance state; a progress or result of a run already stopped changes nothing. */
export function nextChance(state: ChanceState, event: ChanceEvent): ChanceState {
  switch (event.type) {
    case 'start':
      return { status: 'running', done: 0, total: event.total };
    case 'progress':
      return state.status === 'running' ? { status: 'running', done: event.done, total: event.total } : state;
    case 'result':
      return state.status === 'running' ? { status: 'done', result: event.result, fieldYear: event.fieldYear } : state;
    case 'error':
      return { status: 'error', message: event.message };
    case 'stop':
      return { status: 'idle' };
  }
}

/**
 * The form read and reviewed: the new state, and the plan whose chance must be run (null: keep the running or shown
 * chance, because the plan did not change, or there is nothing to run). A form that does not read as a plan keeps
 * its problem; a plan without any target has nothing to judge.
 */
export function reviewForm(
  state: PlanState,
  dataset: Dataset,
  form: PlanForm,
): { readonly state: PlanState; readonly runChance: PapiPlan | null } {
  let plan: PapiPlan;
  let review: PlanReview;
  try {
    plan = readPlanForm(form);
    review = reviewPlan(dataset, plan);
  } catch (problem) {
    return { state: { ...state, review: null, problem, chance: { status: 'idle' } }, runChance: null };
  }
  if (Object.keys(plan.targets).length === 0)
    return { state: { review: null, problem: null, reviewedKey: '', chance: { status: 'idle' } }, runChance: null };
  // Name and agencies left out (not blanked: a spread keeps an existing key's place, so typing the first agency
  // would have changed the key's text and re-run the chance for nothing).
  const { name: _name, agencies: _agencies, ...judged } = plan;
  const key = JSON.stringify(judged);
  const changed = key !== state.reviewedKey;
  return { state: { ...state, review, problem: null, reviewedKey: key }, runChance: changed ? plan : null };
}

/** One plan line as the view shows it. */
export interface PlanLineView {
  readonly code: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly gap: number | null;
  /** what the least-effort alternative puts on this line (shown only where it asks for more) */
  readonly leastEffortIncrease: number | null;
  /** the year's actual value against the target, once published */
  readonly achieved: { readonly year: number; readonly actual: number; readonly met: boolean | null } | null;
  /** the goal is met without this line, said on the line (not when it holds for every line: said once then) */
  readonly notNeeded: boolean;
  /** the largest yearly gain any province made, when the line asks for more */
  readonly aboveGain: number | null;
}

/**
 * The lines of a reviewed plan. "Not needed" is said on a line only when it does not hold for every line (then the
 * summary says it once), and never beside a least-effort increase on the same line: the alternative putting points
 * there while the line reads "not needed" said two opposite things (issue 21, D6: "not needed" beside "+0,83").
 */
export function planLines(review: PlanReview): PlanLineView[] {
  const everyLineUnneeded = everyLineNotNeeded(review);
  const achieved = review.report.achieved;
  return review.lines.map((line) => {
    const d = review.report.dimensions.find((x) => x.code === line.code)!;
    const met = achieved?.dimensions.find((a) => a.code === line.code);
    const least = line.leastEffortIncrease;
    const leastAsksMore = least !== null && least > SCORE_EPSILON;
    return {
      code: line.code,
      baseline: d.baseline,
      target: d.target,
      gap: d.gap,
      leastEffortIncrease: least,
      achieved:
        achieved && met && met.actual !== null ? { year: achieved.year, actual: met.actual, met: met.met } : null,
      notNeeded: line.notNeededForGoal && !everyLineUnneeded && !leastAsksMore,
      aboveGain: line.aboveLargestGain ? line.largestYearlyGain : null,
    };
  });
}

/** Whether the goal is met without any one of the lines (said once in the summary). */
export function everyLineNotNeeded(review: PlanReview): boolean {
  return review.lines.every((l) => l.notNeededForGoal);
}

/** The codes (D1, D6.1) the summary lists: lines the goal does not need, lines above the largest yearly gain. */
export function planFlags(review: PlanReview): { readonly notNeeded: string[]; readonly aboveGain: string[] } {
  const code = (c: string) => c.toUpperCase().replace('_', '.');
  return {
    notNeeded: review.lines.filter((l) => l.notNeededForGoal).map((l) => code(l.code)),
    aboveGain: review.lines.filter((l) => l.aboveLargestGain).map((l) => code(l.code)),
  };
}

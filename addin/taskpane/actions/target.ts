import {
  datasetWithScenario,
  effortPerPoint,
  EngineError,
  solveTarget,
  type Dataset,
  type PapiGroup,
  type ScenarioChange,
  type TargetResult,
} from '../../../engine/all';
import { numbersByCode, readGoal } from '../form-reader';
import { tBoth, codeLabel } from '../i18n';

/** The target form as typed: text fields are read here (conversion only), the solving is the engine's. */
export interface TargetForm {
  readonly province: string;
  readonly year: number;
  readonly goalKind: string;
  readonly rank: string;
  readonly group: string;
  readonly caps: string;
  /** dimension code -> effort per point as typed; blank = the effort derived from the data (effortPerPoint) */
  readonly weights: Readonly<Record<string, string>>;
  /** the current scenario's changes: the solver starts from them; none = from the published scores */
  readonly from?: readonly ScenarioChange[];
}

export interface TargetRun {
  readonly result: TargetResult;
  /** the goal as read from the form */
  readonly goal: { readonly rank: number } | { readonly group: PapiGroup };
  /** what the solver started from */
  readonly startsFrom: 'published' | 'scenario';
  /** the effort per point used for each dimension, and whether it was typed or derived from the data */
  readonly effort: Readonly<Record<string, { readonly value: number; readonly typed: boolean }>>;
  /** the dataset the solver ran on (the published one, or with the scenario's scores in place) */
  readonly dataset: Dataset;
  /** the balanced alternative: the same goal and caps, every point costing the same (spread by headroom) */
  readonly balanced: TargetResult | null;
}

/**
 * Runs the engine's solveTarget for the form, from the current scenario when it changes anything. A blank effort is
 * the engine's data-derived default; a badly typed field is an INVALID_INPUT naming the field.
 */
export function runTarget(dataset: Dataset, form: TargetForm): TargetRun {
  const read = readGoal({ kind: form.goalKind, rank: form.rank, group: form.group });
  if ('total' in read)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: form.goalKind,
      ...tBoth('goalRankOrGroup'),
    });
  const goal = read;
  const typed = numbersByCode(form.weights, (code) => ({
    field: tBoth('fieldEffortFor', codeLabel(code)),
    min: 0,
    above: true,
  }));
  const from = form.from ?? [];
  const start = datasetWithScenario(dataset, form.year, from);
  const effort: Record<string, { value: number; typed: boolean }> = {};
  for (const part of effortPerPoint(dataset, { year: form.year }))
    effort[part.code] =
      typed[part.code] === undefined ? { value: part.effort, typed: false } : { value: typed[part.code]!, typed: true };
  const weights = Object.fromEntries(Object.entries(effort).map(([code, e]) => [code, e.value]));
  const result = solveTarget(start, { year: form.year, province: form.province, goal, caps: form.caps, weights });
  const balanced = solveTarget(start, { year: form.year, province: form.province, goal, caps: form.caps });
  return { result, goal, startsFrom: from.length > 0 ? 'scenario' : 'published', effort, dataset: start, balanced };
}

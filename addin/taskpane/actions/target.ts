import { datasetWithScenario, effortPerPoint, solveTarget, type Dataset, type ScenarioChange, type TargetResult } from '../../../engine';
import { numbersByCode, readGoal } from '../form-reader';

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
  /** what the solver started from */
  readonly startsFrom: 'published' | 'scenario';
  /** the effort per point used for each dimension, and whether it was typed or derived from the data */
  readonly effort: Readonly<Record<string, { readonly value: number; readonly typed: boolean }>>;
  /** the dataset the solver ran on (the published one, or with the scenario's scores in place) */
  readonly dataset: Dataset;
}

/**
 * Runs the engine's solveTarget for the form, from the current scenario when it changes anything. A blank effort is
 * the engine's data-derived default; a badly typed field is an INVALID_INPUT naming the field.
 */
export function runTarget(dataset: Dataset, form: TargetForm): TargetRun {
  const goal = readGoal({ kind: form.goalKind, rank: form.rank, group: form.group });
  const typed = numbersByCode(form.weights, (code) => ({ field: { vi: `Công sức cho ${code.toUpperCase()}`, en: `Effort for ${code.toUpperCase()}` }, min: 0, above: true }));
  const from = form.from ?? [];
  const start = datasetWithScenario(dataset, form.year, from);
  const effort: Record<string, { value: number; typed: boolean }> = {};
  for (const part of effortPerPoint(dataset, { year: form.year })) effort[part.code] = typed[part.code] === undefined ? { value: part.effort, typed: false } : { value: typed[part.code]!, typed: true };
  const weights = Object.fromEntries(Object.entries(effort).map(([code, e]) => [code, e.value]));
  const result = solveTarget(start, { year: form.year, province: form.province, goal, caps: form.caps, weights });
  return { result, startsFrom: from.length > 0 ? 'scenario' : 'published', effort, dataset: start };
}

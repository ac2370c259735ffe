import { solveTarget, type Dataset, type TargetResult } from '../../../engine';
import { numbersByCode, readGoal } from '../form-reader';

/** The target form as typed: text fields are read here (conversion only), the solving is the engine's. */
export interface TargetForm {
  readonly province: string;
  readonly year: number;
  readonly goalKind: string;
  readonly rank: string;
  readonly group: string;
  readonly caps: string;
  /** dimension code -> effort per point as typed; blank = default */
  readonly weights: Readonly<Record<string, string>>;
}

/** Runs the engine's solveTarget for the form; a badly typed field is an INVALID_INPUT naming the field. */
export function runTarget(dataset: Dataset, form: TargetForm): TargetResult {
  const goal = readGoal({ kind: form.goalKind, rank: form.rank, group: form.group });
  const weights = numbersByCode(form.weights, (code) => ({ field: { vi: `Công sức cho ${code.toUpperCase()}`, en: `Effort for ${code.toUpperCase()}` }, min: 0, above: true }));
  return solveTarget(dataset, { year: form.year, province: form.province, goal, caps: form.caps, weights: Object.keys(weights).length > 0 ? weights : null });
}

import { EngineError, PAPI_GOAL, readGoal, readNumber as readTypedNumber, solveTarget, type Dataset, type PapiGroup, type TargetResult } from '../../../engine';

/** The target form as typed: text fields are read here (conversion only), the solving is the engine's. */
export interface TargetForm {
  readonly province: string;
  readonly year: number;
  readonly goalKind: 'rank' | 'group';
  readonly rank: string;
  readonly group: string;
  readonly caps: string;
  /** dimension code -> effort per point as typed; blank = default (1) */
  readonly weights: Readonly<Record<string, string>>;
}

/**
 * A number typed with a dot or a decimal comma, by the engine's one rule (readNumber), or null when the field is blank
 * or not a number (the pane then leaves the value as it was).
 */
export function readNumber(text: string): number | null {
  try {
    return readTypedNumber(text, 'input');
  } catch {
    return null;
  }
}

const invalid = (input: string, vi: string, en: string) => new EngineError({ code: 'INVALID_INPUT', input, vi, en });

/** Runs the engine's solveTarget for the form; a badly typed field is an INVALID_INPUT naming the field. */
export function runTarget(dataset: Dataset, form: TargetForm): TargetResult {
  const goal = readGoal(form.goalKind === 'rank' ? { rank: form.rank } : { group: form.group }, { ...PAPI_GOAL, total: false }, form.goalKind === 'rank' ? 'rank' : 'group') as { rank: number } | { group: PapiGroup };
  const weights: Record<string, number> = {};
  for (const [code, text] of Object.entries(form.weights)) {
    if (text.trim() === '') continue;
    const value = readTypedNumber(text, `${code}=${text}`);
    if (value === null || value <= 0) throw invalid(`${code}=${text}`, `Công sức cho ${code.toUpperCase()} "${text}" không hợp lệ: cần một số dương.`, `Effort for ${code.toUpperCase()} "${text}" is invalid: expected a positive number.`);
    weights[code] = value;
  }
  return solveTarget(dataset, { year: form.year, province: form.province, goal, caps: form.caps, weights: Object.keys(weights).length > 0 ? weights : null });
}

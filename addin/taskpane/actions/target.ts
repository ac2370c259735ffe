import { EngineError, PAPI_GROUPS, solveTarget, type Dataset, type PapiGroup, type TargetResult } from '../../../engine';

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

/** A number typed with a dot or a decimal comma, or null when the text is not one. */
export function readNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

const invalid = (input: string, vi: string, en: string) => new EngineError({ code: 'INVALID_INPUT', input, vi, en });

/** Runs the engine's solveTarget for the form; a badly typed field is an INVALID_INPUT naming the field. */
export function runTarget(dataset: Dataset, form: TargetForm): TargetResult {
  let goal: { rank: number } | { group: PapiGroup };
  if (form.goalKind === 'rank') {
    const rank = readNumber(form.rank);
    if (rank === null || !Number.isInteger(rank) || rank < 1) throw invalid(form.rank, `Hạng mục tiêu "${form.rank}" không hợp lệ: cần một số nguyên từ 1.`, `Target rank "${form.rank}" is invalid: expected a whole number from 1.`);
    goal = { rank };
  } else {
    if (!(PAPI_GROUPS as readonly string[]).includes(form.group)) throw invalid(form.group, `Nhóm "${form.group}" không hợp lệ.`, `Group "${form.group}" is invalid.`);
    goal = { group: form.group as PapiGroup };
  }
  const weights: Record<string, number> = {};
  for (const [code, text] of Object.entries(form.weights)) {
    if (text.trim() === '') continue;
    const value = readNumber(text);
    if (value === null || value <= 0) throw invalid(`${code}=${text}`, `Công sức cho ${code.toUpperCase()} "${text}" không hợp lệ: cần một số dương.`, `Effort for ${code.toUpperCase()} "${text}" is invalid: expected a positive number.`);
    weights[code] = value;
  }
  return solveTarget(dataset, { year: form.year, province: form.province, goal, caps: form.caps, weights: Object.keys(weights).length > 0 ? weights : null });
}

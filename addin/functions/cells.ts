import type { PapiGroup, ScenarioChange } from '../../engine';
import { PAPI_GOAL, readGoalValue, readNumber, readPairs } from '../../engine/all';
import type { Bilingual } from '../../engine/all';
import { cellError } from './excel-error';
import { cellMessage } from './i18n/messages';

/**
 * Reading cell values as Excel passes them: numbers, text, booleans; an omitted optional argument is null; a blank
 * cell inside a range is null or "" depending on the Excel build. Conversion only: no arithmetic on scores here.
 */
export type Cell = unknown;
export type Range = readonly (readonly Cell[])[] | null | undefined;
export type Lang = 'vi' | 'en';

export function isBlank(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A required number: a numeric cell or numeric text, read by the engine's one number rule (readNumber). */
export function numberArg(value: Cell, what: Bilingual): number {
  let parsed: number | null = null;
  try {
    parsed = readNumber(value, what.en);
  } catch {
    parsed = null;
  }
  if (parsed === null) {
    throw cellError(
      'invalidValue',
      cellMessage('numberExpected', { what, value: isBlank(value) ? '' : String(value) }),
    );
  }
  return parsed;
}

/** A results year: a whole number. Whether the year has data is the engine's answer (UNKNOWN_YEAR -> #N/A). */
export function yearArg(value: Cell): number {
  const year = numberArg(value, cellMessage('argYear'));
  if (!Number.isInteger(year)) throw cellError('invalidValue', cellMessage('yearNotWhole', { value: String(value) }));
  return year;
}

/** A required name or code (a GSO code typed as a number is read as text). */
export function textArg(value: Cell, what: Bilingual): string {
  if (isBlank(value) || (typeof value !== 'string' && typeof value !== 'number')) {
    throw cellError('invalidValue', cellMessage('argumentMissing', { what }));
  }
  return String(value).trim().normalize('NFC');
}

/** An optional text argument: null when omitted or blank. */
export function optionalText(value: Cell): string | null {
  return isBlank(value) ? null : String(value).trim().normalize('NFC');
}

/** Output language: Vietnamese unless "en" is asked for. */
export function langArg(value: Cell): Lang {
  const lang = optionalText(value)?.toLowerCase() ?? 'vi';
  if (lang === 'vi' || lang === 'en') return lang;
  throw cellError('invalidValue', cellMessage('langInvalid', { value: String(value) }));
}

/** The non-blank rows of a range (an omitted range is empty). */
export function rowsOf(range: Range): Cell[][] {
  if (isBlank(range as Cell)) return [];
  if (!Array.isArray(range)) return [[range as Cell]];
  return range.map((row) => (Array.isArray(row) ? [...row] : [row])).filter((row) => row.some((c) => !isBlank(c)));
}

/** A target: a rank (a whole number from 1) or a group ("best", "trung bình cao", 1-4 as text), by the engine's reader. */
export function goalArg(value: Cell): { rank: number } | { group: PapiGroup } {
  return readGoalValue(value, PAPI_GOAL, 'target');
}

/**
 * What-if changes for one province: rows of [measure, value]. A number sets the measure's score; a signed text
 * ("+0.4", "-0,2") adds to it. Blank rows are skipped.
 */
export function changesArg(range: Range, province: string): ScenarioChange[] {
  return rowsOf(range).map((row) => {
    const [measure, value] = row;
    if (isBlank(measure) || isBlank(value) || row.length < 2) {
      throw cellError('invalidValue', cellMessage('changeRowInvalid', { row: row.join(', ') }));
    }
    const code = String(measure).trim();
    if (typeof value === 'number') return { province, measure: code, set: value };
    const text = String(value).trim();
    let amount: number | null = null;
    try {
      amount = readNumber(text, code);
    } catch {
      amount = null;
    }
    if (amount === null) {
      throw cellError('invalidValue', cellMessage('changeValueInvalid', { text, code }));
    }
    return /^[+-]/.test(text) ? { province, measure: code, add: amount } : { province, measure: code, set: amount };
  });
}

/** Rows of [code, number] as a record (weights): `what` names the rows, `valueOf` the number of one code. */
export function codeValuesArg(
  range: Range,
  what: Bilingual,
  valueOf: (code: string) => Bilingual,
): Record<string, number> {
  const pairs: [string, number][] = [];
  for (const row of rowsOf(range)) {
    const [code, value] = row;
    if (isBlank(code) || row.length < 2) {
      throw cellError('invalidValue', cellMessage('codeRowInvalid', { what, row: row.join(', ') }));
    }
    pairs.push([String(code), numberArg(value, valueOf(String(code)))]);
  }
  return readPairs(pairs, what.en); // a code given twice is refused
}

/**
 * PAR INDEX area points: rows of [area code, points] ("a3" or 3), or the points alone in one row or column, in
 * area order a1, a2, ...
 */
export function areaPointsArg(range: Range): Record<string, number> {
  const rows = rowsOf(range);
  const pairs =
    rows.length > 0 &&
    rows.every(
      (row) =>
        row.filter((c) => !isBlank(c)).length === 2 && typeof row[0] === 'string' && /^\s*[aA]?\d+\s*$/.test(row[0]),
    );
  if (pairs) {
    return readPairs(
      rows.map(
        ([code, value]) =>
          [
            `a${String(code).trim().replace(/^[aA]/, '')}`,
            numberArg(value, cellMessage('argPoints', { area: String(code) })),
          ] as const,
      ),
      'points',
    );
  }
  const values = rows.flat().filter((c) => !isBlank(c));
  if (values.length === 0) throw cellError('invalidValue', cellMessage('areaPointsMissing'));
  return Object.fromEntries(
    values.map((value, i) => [`a${i + 1}`, numberArg(value, cellMessage('argPoints', { area: `a${i + 1}` }))]),
  );
}

/** Dimension scores from a row or column (blanks are missing scores: the total is then missing too). */
export function scoresArg(range: Range): (number | null)[] {
  if (isBlank(range as Cell)) throw cellError('invalidValue', cellMessage('dimensionScoresMissing'));
  const cells = Array.isArray(range) ? range.flatMap((row) => (Array.isArray(row) ? row : [row])) : [range as Cell];
  return cells.map((value, i) =>
    isBlank(value) ? null : numberArg(value, cellMessage('argScoreAt', { position: i + 1 })),
  );
}

/** A blank output cell: Excel shows "" as empty, where null may show as 0. */
export const BLANK = '';

/** Which provincial units a PAPI function answers for (the optional last `units` argument). */
export type UnitsChoice = 'former' | 'units-2025';

/**
 * The `units` argument: 2025 (or 34) = the 34 units of 1 July 2025, reconstructed from the former provinces for years
 * up to 2024; blank, 63 or "former" = the former provinces as published. The same values as the CLI's `--units`.
 */
export function unitsArg(value: Cell): UnitsChoice {
  const text = optionalText(value)?.toLowerCase() ?? null;
  if (text === null || text === '63' || text === 'former' || text === 'cũ') return 'former';
  if (text === '2025' || text === '34') return 'units-2025';
  throw cellError('invalidValue', cellMessage('unitsInvalid', { value: String(value) }));
}

import { message } from './i18n/messages';

/**
 * The engine's one error type. Every failure has a code from a closed set, the input that caused it,
 * what was expected, and a message in Vietnamese and English. Callers (CLI, Excel functions, task pane)
 * map codes to their own surface; they never parse messages.
 */
export type EngineErrorCode =
  | 'UNKNOWN_PROVINCE'
  | 'UNKNOWN_YEAR'
  | 'UNKNOWN_MEASURE'
  | 'OUT_OF_RANGE'
  | 'INVALID_DEFINITION'
  | 'INVALID_DATA'
  | 'INVALID_INPUT'
  | 'UNREACHABLE'
  | 'UNSUPPORTED';

/** One located problem in a file: all of them are reported at once (all-or-nothing validation). */
export interface DataProblem {
  readonly file: string;
  readonly row: number | null; // 1-based line number in the file, header = 1
  readonly column: string | null;
  /** the worksheet, for problems found in a workbook (row is then the sheet's row) */
  readonly sheet?: string;
  readonly vi: string;
  readonly en: string;
}

export interface EngineErrorDetails {
  readonly code: EngineErrorCode;
  readonly input: string;
  readonly vi: string;
  readonly en: string;
  readonly suggestions?: readonly string[];
  readonly problems?: readonly DataProblem[];
}

/** At most this many problems are kept and listed; the rest are counted ("and N more"). */
export const MAX_LISTED_PROBLEMS = 20;

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly input: string;
  readonly vi: string;
  readonly en: string;
  readonly suggestions: readonly string[];
  /** the located problems, at most MAX_LISTED_PROBLEMS, then one line "… and N more" when there were more */
  readonly problems: readonly DataProblem[];
  /** how many problems were found but not listed */
  readonly moreProblems: number;
  /** every problem found (the task pane groups them by file and offers the full list to copy or download) */
  readonly allProblems: readonly DataProblem[];

  constructor(details: EngineErrorDetails) {
    super(`${details.vi} / ${details.en}`);
    this.name = 'EngineError';
    this.code = details.code;
    this.input = details.input;
    this.vi = details.vi;
    this.en = details.en;
    this.suggestions = details.suggestions ?? [];
    const all = details.problems ?? [];
    this.allProblems = all;
    this.moreProblems = Math.max(0, all.length - MAX_LISTED_PROBLEMS);
    this.problems =
      this.moreProblems === 0
        ? all
        : [
            ...all.slice(0, MAX_LISTED_PROBLEMS),
            {
              file: '…',
              row: null,
              column: null,
              ...message('moreProblems', { count: this.moreProblems }),
            },
          ];
  }

  /** The message in one language, with every file problem listed (file:row:column). */
  describe(lang: 'vi' | 'en' = 'vi'): string {
    const head = lang === 'vi' ? this.vi : this.en;
    const lines = this.problems.map(
      (p) =>
        `  ${p.file}${p.sheet === undefined ? '' : ` › ${p.sheet}`}${p.row === null ? '' : `:${p.row}`}${p.column === null ? '' : ` [${p.column}]`}: ${lang === 'vi' ? p.vi : p.en}`,
    );
    return [head, ...lines].join('\n');
  }
}

/**
 * Whether a thrown value is the engine's error (code, input, vi/en text, suggestions, problems).
 *
 * @example isEngineError(new Error('x')) // => false
 */
export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}

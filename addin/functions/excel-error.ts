import { isEngineError, type EngineErrorCode } from '../../engine';
import type { Bilingual } from '../../engine/all';
import { cellMessage } from './i18n/messages';

/**
 * How an engine failure shows in a cell. Only #VALUE! and #N/A carry a custom message in Excel, so every error is
 * one of the two, with a short "vi / en" message (Excel shows it in the cell's error tooltip):
 * - #N/A (notAvailable): the question is fine but there is no answer in the data: a year without PAPI data
 *   (UNKNOWN_YEAR), a province without a score that year, a target the solver cannot reach (UNREACHABLE).
 * - #VALUE! (invalidValue): the input is wrong: unknown province (with "Có phải... / Did you mean..."), unknown
 *   measure, out-of-range numbers, malformed ranges.
 */
const NOT_AVAILABLE: ReadonlySet<EngineErrorCode> = new Set<EngineErrorCode>(['UNKNOWN_YEAR', 'UNREACHABLE']);

/** Our cap on a cell error message (the error tooltip is small; Microsoft documents no limit): both languages fit. */
const MAX_MESSAGE = 255;

type CellErrorKind = 'invalidValue' | 'notAvailable';

// CustomFunctions.ErrorCode arrived with CustomFunctionsRuntime 1.3; the string values are what Excel reads.
const FALLBACK_CODES: Record<CellErrorKind, string> = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

/** A CustomFunctions.Error of the given kind with a bilingual message. */
export function cellError(kind: CellErrorKind, { vi, en }: Bilingual): CustomFunctions.Error {
  const code = (CustomFunctions.ErrorCode?.[kind] ?? FALLBACK_CODES[kind]) as CustomFunctions.ErrorCode;
  if (vi === en) return new CustomFunctions.Error(code, shorten(vi, MAX_MESSAGE));
  // Both languages must survive a long message (a list of valid codes): each half gets its share.
  const half = Math.floor((MAX_MESSAGE - 3) / 2);
  const message =
    vi.length + en.length + 3 <= MAX_MESSAGE ? `${vi} / ${en}` : `${shorten(vi, half)} / ${shorten(en, half)}`;
  return new CustomFunctions.Error(code, message);
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Maps anything thrown by the engine or an adapter to the CustomFunctions.Error Excel displays. */
export function toCellError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isEngineError(error)) {
    // The located problems say which area or measure and which bound: they lead, the summary follows.
    const detail = (lang: 'vi' | 'en') => error.problems.map((p) => `${p.column ?? p.file}: ${p[lang]}`).join('; ');
    const vi = error.problems.length ? `${detail('vi')} (${error.vi})` : error.vi;
    const en = error.problems.length ? `${detail('en')} (${error.en})` : error.en;
    return cellError(NOT_AVAILABLE.has(error.code) ? 'notAvailable' : 'invalidValue', { vi, en });
  }
  const text = error instanceof Error ? error.message : String(error);
  return cellError('invalidValue', cellMessage('unexpectedError', { text }));
}

/**
 * Runs an adapter and turns every failure into a cell error: an unhandled exception would show as a bare #VALUE!
 * and a promise that never settles as #BUSY!.
 */
export async function cell<T>(compute: () => T | Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await compute();
  } catch (error) {
    throw toCellError(error);
  }
  if (!finiteCells(result)) throw cellError('invalidValue', cellMessage('resultNotFinite'));
  return result;
}

/** Whether every number in a result (a value or a matrix) is finite: NaN or Infinity never reaches a cell. */
function finiteCells(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteCells);
  return true;
}

import { EngineError } from '../errors';
import { message } from '../i18n/messages';

/**
 * How a person types a number: an optional sign, digits with at most one decimal separator ("." or ","). No
 * exponent ("1e3"), no hex ("0x1A"), no "5=9", no "Infinity". With both separators the last one is the decimal mark and the
 * other groups thousands in threes ("1.234,5" or "1,234.5").
 */
const TYPED_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const BOTH_SEPARATORS = /^[+-]?\d{1,3}([.,])\d{3}(\1\d{3})*([.,])\d+$/;
/** A whole number with thousands grouped in threes: "10.000", "10,000", "10 000" (spaces are removed first). */
const GROUPED_WHOLE = /^[+-]?\d{1,3}([.,])\d{3}(\1\d{3})*$/;
const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * Reads a typed number, the one rule for the CLI, the custom functions and the task pane: a finite number passes,
 * text is read with either decimal separator ("9,5" = 9.5), spaces removed; blank (empty text, null, undefined) is missing (null),
 * never 0. Anything else is INVALID_INPUT naming `input`.
 *
 * @example readNumber('9,5', 'a1') // => 9.5
 * @example readNumber('  ', 'a1') // => null
 * @example readNumber(' +0,4 ', 'd8') // => 0.4
 */
export function readNumber(value: unknown, input: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw notANumber(value, input);
  }
  if (typeof value !== 'string') throw notANumber(value, input);
  const text = value.normalize('NFC').replace(SPACES, '');
  if (text === '') return null;
  const both = BOTH_SEPARATORS.exec(text);
  if (both && both[1] !== both[3]) return Number(text.replaceAll(both[1]!, '').replace(both[3]!, '.'));
  if (!TYPED_NUMBER.test(text)) throw notANumber(value, input);
  const number = Number(text.replace(',', '.'));
  if (!Number.isFinite(number)) throw notANumber(value, input);
  return number;
}

/**
 * A number that must be there: like readNumber, but blank is an error too.
 *
 * @example requireNumber('+0.4', 'd8') // => 0.4
 */
export function requireNumber(value: unknown, input: string): number {
  const number = readNumber(value, input);
  if (number === null) {
    throw new EngineError({ code: 'INVALID_INPUT', input, ...message('numberMissing', { input }) });
  }
  return number;
}

/**
 * A whole number in [min, max] that must be there (ranks, iterations, seeds, years); thousands may be grouped.
 *
 * @example requireInteger('10.000', '--iterations', 1, 1e7) // => 10000
 * @example requireInteger('20', '--rank', 1, 63) // => 20
 */
export function requireInteger(value: unknown, input: string, min: number, max: number): number {
  // In a whole-number field a separator followed by groups of three digits groups thousands: "10.000" is 10000.
  const grouped = typeof value === 'string' ? GROUPED_WHOLE.exec(value.replace(SPACES, '')) : null;
  // Otherwise a separator in a whole-number field is refused ("10.00", "2.5"): it is neither a grouping nor whole.
  const separated = typeof value === 'string' && !grouped && /[.,]/.test(value);
  const number = grouped
    ? Number(value!.toString().replace(SPACES, '').replaceAll(grouped[1]!, ''))
    : separated
      ? Number.NaN
      : requireNumber(value, input);
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  throw new EngineError({
    code: 'OUT_OF_RANGE',
    input,
    ...message('wholeNumberOutOfRange', { input, value: String(value), min, max }),
  });
}

function notANumber(value: unknown, input: string): EngineError {
  const shown = String(value);
  return new EngineError({ code: 'INVALID_INPUT', input, ...message('notANumber', { input, value: shown }) });
}

/**
 * A data file's cell by the same rule: NaN when it is not a number ("0x5", "5=9", text), for the caller to report
 * with its file, row and column. Blank cells are the caller's (missing, never 0).
 *
 * @example cellNumber('4,56') // => 4.56
 * @example Number.isNaN(cellNumber('0x5')) // => true
 */
export function cellNumber(cell: string): number {
  try {
    return readNumber(cell, 'cell') ?? NaN;
  } catch {
    return NaN;
  }
}

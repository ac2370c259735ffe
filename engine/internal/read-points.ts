import { readNumber } from '../input/read-number';

/**
 * A points cell of the internal-index files: empty = null (missing, never 0), a decimal point or a decimal comma
 * ("7,5"), `na` (any case) = not applicable, anything else = NaN for the caller to refuse with the row named.
 *
 * @example readPoints('7,5') // => 7.5
 */
export function readPoints(cell: string | undefined): number | 'na' | null {
  const text = (cell ?? '').trim();
  if (text === '') return null;
  if (text.toLowerCase() === 'na') return 'na';
  try {
    return readNumber(text, 'points'); // the engine's one number rule
  } catch {
    return Number.NaN;
  }
}

/**
 * Totals are rounded to SCORE_EPSILON so that sums of decimal points tie when they are equal on paper (0.1 + 0.2 = 0.3).
 *
 * @example roundPoints(0.1 + 0.2) // => 0.3
 */
export function roundPoints(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

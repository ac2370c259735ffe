import { RELATIVE_DIGITS, SCORE_EPSILON } from '../scoring/score-order';

/**
 * How far a sum of published cells may be from another published cell because each was rounded: for every cell
 * involved, half a unit in its last decimal place, but at least one millionth of its value (several official files
 * were stored as single-precision floats, about 7 significant digits, and print as 5.054007053375244), plus
 * floating-point slack. A whole number is exact. Most published files then agree within 2e-6; Ha Noi 2022 D1.3 and D1.4 are given to
 * 2 decimals only (1.57, 1.28), which makes D1 differ from the sum of its sub-dimensions by 0.0007, within 0.01.
 *
 * @example roundingTolerance(['1.57', '1.28']) // => 0.010000001
 */
export function roundingTolerance(cells: readonly string[]): number {
  let tolerance = SCORE_EPSILON;
  for (const cell of cells) {
    const text = cell.trim();
    const decimals = /[.,](\d+)$/.exec(text)?.[1]?.length;
    // A whole number ("5") is taken as exact: rounding is read from decimals actually written.
    const halfUnit = decimals === undefined ? 0 : 0.5 * 10 ** -decimals;
    tolerance += Math.max(halfUnit, Math.abs(Number(text.replace(',', '.')) || 0) * RELATIVE_DIGITS);
  }
  return tolerance;
}

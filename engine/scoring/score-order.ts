/**
 * The one rule for ordering scores, used by every rank (published, hypothetical, simulated, PAR INDEX estimate).
 *
 * Scores closer than SCORE_EPSILON are equal. The published files carry float32 artefacts (41.53302001953125) and a
 * simulated or user-entered total is a sum of such values (PAR INDEX area points summing to 91.04 give
 * 91.03999999999999), so differences in the 15th digit are noise: without a tolerance a total typed "exactly" could
 * miss a tie by one place. Higher is better; tied scores share the best rank.
 */
export const SCORE_EPSILON = 1e-9;

/**
 * The named tolerances beside the one ranking rule (every comparison of scores, points or bounds uses one of these,
 * never a bare literal):
 * - SCORE_EPSILON (above): ties of scores, a score meeting a threshold, band or goal, a value within its maximum.
 * - ARITHMETIC_EPSILON: one subtraction or addition of two scores (room left = cap - base; a value at its minimum
 *   or maximum after a change): noise in the last bits only.
 * - POINTS_SUM_EPSILON: a sum of a checklist's decimal points matching the points stated for it.
 * - MAXIMA_SUM_EPSILON: published maxima (given to two decimals at most) adding up to the 100-point scale.
 * - RELATIVE_DIGITS: single-precision published files hold about 7 significant digits: one millionth of a value.
 */
export const ARITHMETIC_EPSILON = 1e-12;
export const POINTS_SUM_EPSILON = 1e-7;
export const MAXIMA_SUM_EPSILON = 1e-6;
export const RELATIVE_DIGITS = 1e-6;

/**
 * Compares two scores for ordering best first: negative when `a` ranks above `b`, 0 when they tie within
 * SCORE_EPSILON.
 *
 * @example compareScores(91.04, 91.03999999999999) // => 0
 * @example [5, 9, 7].sort(compareScores) // => [9, 7, 5]
 */
export function compareScores(a: number, b: number): number {
  return Math.abs(a - b) <= SCORE_EPSILON ? 0 : b - a;
}

/**
 * The one binary search: the first index in [0, length) at which `isPast` becomes true, for a predicate that is false
 * then true along the index (length when it never is). O(log N). Internal (tested through the ranks).
 */
export function partitionPoint(length: number, isPast: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The rank of a score among scores sorted ascending: 1 + the number that are higher beyond SCORE_EPSILON.
 * Internal (the simulations' field is kept ascending).
 */
export function rankInAscending(ascending: ArrayLike<number>, score: number, length = ascending.length): number {
  const bar = score + SCORE_EPSILON;
  return length - partitionPoint(length, (i) => ascending[i]! > bar) + 1;
}

/**
 * Fitted weights (PCI 2005's regression weights, re-fitted, sum to 99.99) may miss the scale by this much; exact
 * weights use MAXIMA_SUM_EPSILON.
 */
export const FITTED_WEIGHTS_EPSILON = 0.05;

import { EngineError } from '../errors';
import { message } from '../i18n/messages';

/** PAPI performance groups, best first (nhóm đạt điểm cao nhất, trung bình cao, trung bình thấp, thấp nhất). */
export const PAPI_GROUPS = ['best', 'high-average', 'low-average', 'poor'] as const;
export type PapiGroup = (typeof PAPI_GROUPS)[number];

export interface QuartileCutoffs {
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
}

/**
 * Where a score exactly on a cut-off goes. The rule is not published; 'lower' (x <= P25 is poor, x <= P50
 * low-average, x <= P75 high-average) reproduces the published statements we checked; 'upper' puts the
 * boundary province one group higher, as one published year does for the median province.
 */
export type BoundaryConvention = 'lower' | 'upper';

export function checkBoundary(boundary: string | null | undefined): BoundaryConvention {
  if (boundary === undefined || boundary === null || boundary === '' || boundary === 'lower') return 'lower';
  if (boundary === 'upper') return 'upper';
  throw new EngineError({ code: 'INVALID_INPUT', input: boundary, ...message('boundaryInvalid', { boundary }) });
}

/**
 * Quantile with linear interpolation between order statistics (R type 7, Excel PERCENTILE.INC), on scores sorted
 * ascending. This is the interpolation that reproduces the published PAPI groups.
 *
 * @example quantileLinear([1, 2, 3, 4], 0.25) // => 1.75
 */
export function quantileLinear(sortedAscending: ArrayLike<number>, p: number): number {
  const h = (sortedAscending.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sortedAscending.length - 1);
  return sortedAscending[lo]! + (h - lo) * (sortedAscending[hi]! - sortedAscending[lo]!);
}

/**
 * P25, P50 and P75 of the provinces that have a score (missing ones are left out), or null with none.
 *
 * @example quartileCutoffs([1, 2, 3, 4, 5]) // => { p25: 2, p50: 3, p75: 4 }
 */
export function quartileCutoffs(scores: readonly (number | null)[]): QuartileCutoffs | null {
  const sorted = Float64Array.from(scores.filter((s): s is number => s !== null)).sort();
  if (sorted.length === 0) return null;
  return { p25: quantileLinear(sorted, 0.25), p50: quantileLinear(sorted, 0.5), p75: quantileLinear(sorted, 0.75) };
}

/**
 * The group of a score given the year's cut-offs.
 *
 * @example quartileGroup(3, { p25: 2, p50: 3, p75: 4 }) // => 'low-average'
 * @example quartileGroup(3, { p25: 2, p50: 3, p75: 4 }, 'upper') // => 'high-average'
 */
export function quartileGroup(
  score: number,
  cutoffs: QuartileCutoffs,
  boundary: BoundaryConvention = 'lower',
): PapiGroup {
  const below = boundary === 'lower' ? (x: number, c: number) => x <= c : (x: number, c: number) => x < c;
  if (below(score, cutoffs.p25)) return 'poor';
  if (below(score, cutoffs.p50)) return 'low-average';
  if (below(score, cutoffs.p75)) return 'high-average';
  return 'best';
}

/**
 * The cut-off a score sits on within rounding (published scores are read to 2 decimals: half a unit, 0.005),
 * or null. Such a province's group depends on the boundary convention and on rounding.
 */
export function cutoffNear(score: number, cutoffs: QuartileCutoffs, tolerance = 0.005): 'p25' | 'p50' | 'p75' | null {
  for (const key of ['p25', 'p50', 'p75'] as const) if (Math.abs(score - cutoffs[key]) <= tolerance) return key;
  return null;
}

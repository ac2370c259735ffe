import { partitionPoint, SCORE_EPSILON } from './score-order';

/**
 * Ranks scores, higher = better: rank 1 is the highest score, tied scores (within SCORE_EPSILON) share the best rank ("1, 2, 2, 4"),
 * missing scores (null) are not ranked and get null. "Of N" is the number ranked, never an assumed 63.
 *
 * @example rankAmong([5, 7, null, 7]) // => [3, 1, null, 1]
 */
export function rankAmong(scores: readonly (number | null)[]): (number | null)[] {
  const sorted = descending(scores);
  return scores.map((s) => (s === null ? null : rankOfScore(sorted, s)));
}

/** The present scores, highest first. */
export function descending(scores: readonly (number | null)[]): Float64Array {
  const present = Float64Array.from(scores.filter((s): s is number => s !== null));
  return present.sort().reverse();
}

/**
 * The rank a score would get among scores sorted highest first: 1 + the number of higher scores (beyond
 * SCORE_EPSILON: the one ranking rule, see score-order.ts), so a tie shares the best rank. Binary search, O(log N).
 *
 * @example rankOfScore(Float64Array.of(9, 7, 7, 5), 7) // => 2
 * @example rankOfScore(Float64Array.of(9, 7.000000000001, 5), 7) // => 2
 */
export function rankOfScore(sortedDescending: ArrayLike<number>, score: number): number {
  const bar = score + SCORE_EPSILON;
  return partitionPoint(sortedDescending.length, (i) => !(sortedDescending[i]! > bar)) + 1;
}

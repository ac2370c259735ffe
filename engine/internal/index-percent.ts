import { EngineError } from '../errors';
import { roundPoints } from './read-points';
import { message } from '../i18n/messages';
import { SCORE_EPSILON } from '../scoring/score-order';

export interface IndexPercent {
  /** points + adjustment, kept within [0, applicable maximum]; null while a score is missing */
  readonly total: number | null;
  /** the sum of the maxima of the applicable (not `na`) scores */
  readonly applicableMax: number;
  /** total as % of the applicable maximum; null while a score is missing */
  readonly percent: number | null;
  /** positions (0-based) of the missing scores */
  readonly missing: readonly number[];
}

/**
 * A unit's index from its leaf points and their maxima (the one rule internalResults also uses): `na` leaves leave
 * the denominator, a missing score (null) leaves the index missing (never counted as 0), bonus minus penalty is added
 * and the total kept within [0, applicable maximum]. Points outside [0, max] are refused with their position.
 *
 * @example indexPercent([9, 'na', 27], [10, 5, 30], 0).percent // => 90
 */
export function indexPercent(
  points: readonly (number | 'na' | null)[],
  maxima: readonly number[],
  adjustment = 0,
): IndexPercent {
  if (points.length !== maxima.length) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `${points.length}/${maxima.length}`,
      ...message('scoreMaximaCount', { scores: points.length, maxima: maxima.length }),
    });
  }
  let sum = 0;
  let max = 0;
  const missing: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const m = maxima[i]!;
    if (!(Number.isFinite(m) && m > 0))
      throw new EngineError({
        code: 'OUT_OF_RANGE',
        input: String(m),
        ...message('maximumNotPositive', { position: i + 1, max: m }),
      });
    if (p === 'na') continue;
    max += m;
    if (p === null) {
      missing.push(i);
      continue;
    }
    if (!(p >= 0 && p <= m + SCORE_EPSILON))
      throw new EngineError({
        code: 'OUT_OF_RANGE',
        input: String(p),
        ...message('pointsOutOfRange', { position: i + 1, points: p, max: m }),
      });
    sum += p;
  }
  return { ...indexFromSum(sum + adjustment, max, missing.length === 0), missing };
}

/** Total within [0, applicable maximum] and its % (internal to the internal-index modules). */
export function indexFromSum(raw: number, applicableMax: number, complete: boolean): Omit<IndexPercent, 'missing'> {
  const max = roundPoints(applicableMax);
  const total = complete ? roundPoints(Math.min(max, Math.max(0, raw))) : null;
  return { total, applicableMax: max, percent: total === null || max <= 0 ? null : roundPoints((total / max) * 100) };
}

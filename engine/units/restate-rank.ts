import type { LocalName } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import { SCORE_EPSILON } from '../scoring/score-order';

export interface RestatedRank {
  /** the position among `among` */
  readonly rank: number;
  readonly of: number;
  /** the exact percentile position before rounding (rank / from × among) */
  readonly exact: number;
  readonly rule: LocalName;
}

/**
 * Restates a target written against one field for another by percentile: "rank K of N" becomes the position
 * ceil(K / N × M) of M (e.g. 20 of 63 → 10.79 → 11 of 34). Rounded up, so the restated target never asks more than
 * the original share of the field; the exact position and the rule are returned so every output can say how it was
 * converted.
 *
 * @example restateRank({ rank: 20, of: 63, among: 34 }).rank // => 11
 * @example restateRank({ rank: 1, of: 63, among: 34 }).rank // => 1
 */
export function restateRank(query: {
  readonly rank: number;
  readonly of: number;
  readonly among: number;
}): RestatedRank {
  const { rank, of, among } = query;
  for (const [name, value] of [
    ['rank', rank],
    ['of', of],
    ['among', among],
  ] as const) {
    if (!Number.isInteger(value) || value < 1)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `${name}=${value}`,
        ...message('rankValueInvalid', { name, value }),
      });
  }
  if (rank > of)
    throw new EngineError({
      code: 'OUT_OF_RANGE',
      input: `${rank}/${of}`,
      ...message('rankAboveField', { rank, of }),
    });
  const exact = (rank / of) * among;
  // SCORE_EPSILON keeps an exact multiple (e.g. 63 of 63 -> 34) from rounding up through floating-point noise.
  const restated = Math.min(among, Math.max(1, Math.ceil(exact - SCORE_EPSILON)));
  const shown = exact.toFixed(2);
  return {
    rank: restated,
    of: among,
    exact,
    rule: message('rankRestated', { rank, of, among, shown, restated }),
  };
}

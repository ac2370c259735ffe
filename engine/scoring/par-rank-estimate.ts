import type { Dataset } from '../dataset/dataset';
import type { LocalName } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { compareScores } from './score-order';
import { message } from '../i18n/messages';

export interface ParRankEstimate {
  /** best rank the total can have given what is known */
  readonly low: number;
  /** worst rank */
  readonly high: number;
  /** a point estimate: linear interpolation between the nearest known (total, rank) pairs */
  readonly estimate: number;
  /** the number of provinces ranked that year */
  readonly of: number;
  /** how many known (rank, total) pairs the bounds rest on */
  readonly known: number;
  readonly warnings: readonly LocalName[];
}

/**
 * Bounds the PAR INDEX rank of a total from the year's partial published results. A known province ranked r with
 * total t > x means ranks 1..r all scored above x, so x ranks at best r + 1; a known t < x means every rank from r on
 * scored below x, so x ranks at worst r; t = x shares rank r. The national top and bottom totals add (1, top) and
 * (N, bottom). Ties are not described by any source; the shared-best-rank rule is assumed, and totals within
 * SCORE_EPSILON are equal (area points summing to a published 91.04 give 91.03999999999999).
 *
 * Between Hà Nội (84.64, 2nd) and Đồng Tháp (84.43, 3rd) in 2019, 84.5 can only be 3rd:
 * @example parRankEstimate(dataset, { year: 2019, total: 84.5 }).high // => 3
 */
export function parRankEstimate(dataset: Dataset, query: { year: number; total: number }): ParRankEstimate {
  const year = dataset.par.get(Number(query.year));
  if (!year) {
    const years = [...dataset.par.keys()];
    throw new EngineError({
      code: 'UNKNOWN_YEAR',
      input: String(query.year),
      ...message('parNoResultsToCompare', { year: query.year, known: years.join(', ') }),
    });
  }
  const x = query.total;
  if (!Number.isFinite(x) || x < 0 || x > 100) {
    throw new EngineError({ code: 'OUT_OF_RANGE', input: String(x), ...message('totalOutsidePercent', { total: x }) });
  }
  const of = year.ranked;
  const pairs: { rank: number; total: number }[] = year.known
    .filter((k) => k.rank !== null && k.total !== null)
    .map((k) => ({ rank: k.rank!, total: k.total! }));
  if (year.national?.top != null) pairs.push({ rank: 1, total: year.national.top });
  if (year.national?.bottom != null) pairs.push({ rank: of, total: year.national.bottom });
  let low = 1;
  let high = of;
  for (const { rank, total } of pairs) {
    // A total below the published bottom is last, not 64th: the estimate places the province in the field of N.
    const order = compareScores(total, x); // the one ranking rule: equal within SCORE_EPSILON
    if (order < 0) low = Math.max(low, Math.min(rank + 1, of));
    else if (order > 0) high = Math.min(high, rank);
    else {
      low = Math.max(low, rank);
      high = Math.min(high, rank);
    }
  }
  const warnings: LocalName[] = [message('parRankFromPoints', { count: pairs.length, of })];
  if (low > high) {
    warnings.push(message('parResultsContradict', {}));
    [low, high] = [high, low];
  }
  return { low, high, estimate: interpolate(pairs, x, low, high), of, known: pairs.length, warnings };
}

function interpolate(pairs: readonly { rank: number; total: number }[], x: number, low: number, high: number): number {
  const above = pairs.filter((p) => compareScores(p.total, x) <= 0).sort((a, b) => -compareScores(a.total, b.total))[0];
  const below = pairs.filter((p) => compareScores(p.total, x) >= 0).sort((a, b) => compareScores(a.total, b.total))[0];
  let estimate: number;
  if (above && below && compareScores(above.total, below.total) !== 0)
    estimate = above.rank + ((above.total - x) / (above.total - below.total)) * (below.rank - above.rank);
  else
    estimate =
      above && compareScores(above.total, x) === 0
        ? above.rank
        : below && compareScores(below.total, x) === 0
          ? below.rank
          : (low + high) / 2;
  return Math.min(high, Math.max(low, Math.round(estimate)));
}

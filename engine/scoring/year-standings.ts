import type { IndexYear } from '../dataset/index-year';
import { EngineError } from '../errors';
import { descending, rankAmong } from './rank-among';
import {
  quartileCutoffs,
  quartileGroup,
  type BoundaryConvention,
  type PapiGroup,
  type QuartileCutoffs,
} from './quartile-groups';
import { message } from '../i18n/messages';

/** Ranks, groups and cut-offs of one measure in one year, computed once and cached per year object. */
export interface MeasureStandings {
  readonly scores: readonly (number | null)[];
  readonly ranks: readonly (number | null)[];
  readonly groups: readonly (PapiGroup | null)[];
  readonly cutoffs: QuartileCutoffs | null;
  /** present scores, highest first (for ranking hypothetical scores) */
  readonly sorted: Float64Array;
  /** number ranked */
  readonly of: number;
}

const cache = new WeakMap<IndexYear, Map<string, MeasureStandings>>();

/** Standings of a measure ('total', 'd3', 'd3_2') among the provinces that have a score that year. */
export function yearStandings(
  year: IndexYear,
  measure: string,
  boundary: BoundaryConvention = 'lower',
): MeasureStandings {
  let byMeasure = cache.get(year);
  if (!byMeasure) cache.set(year, (byMeasure = new Map()));
  const key = `${measure}|${boundary}`;
  const cached = byMeasure.get(key);
  if (cached) return cached;
  const scores = year.scores.get(measure);
  if (!scores) {
    throw new EngineError({
      code: 'UNKNOWN_MEASURE',
      input: measure,
      ...message('measureNotInYear', { year: year.year, origin: year.origin, measure }),
    });
  }
  const cutoffs = quartileCutoffs(scores);
  const sorted = descending(scores);
  const standings: MeasureStandings = {
    scores,
    ranks: rankAmong(scores),
    groups: scores.map((s) => (s === null || cutoffs === null ? null : quartileGroup(s, cutoffs, boundary))),
    cutoffs,
    sorted,
    of: sorted.length,
  };
  byMeasure.set(key, standings);
  return standings;
}

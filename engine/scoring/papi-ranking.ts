import { papiYearOf, type Dataset } from '../dataset/dataset';
import { definitionFor } from '../definitions/catalog';
import { findProvince } from '../provinces/province-registry';
import { groupBoundary } from './group-boundary';
import type { BoundaryConvention, PapiGroup } from './quartile-groups';
import { measureCode } from './measure-code';
import { rankOfScore } from './rank-among';
import { compareScores, SCORE_EPSILON } from './score-order';
import { EngineError } from '../errors';
import { yearStandings } from './year-standings';
import { message } from '../i18n/messages';

export interface RankingRow {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
}

/**
 * All provinces of a year on one measure (default the total), by rank; provinces without a score come last,
 * unranked. Ties share a rank and are listed by Vietnamese name.
 *
 * @example papiRanking(dataset, { year: 2018 })[0].nameVi // => 'Lạng Sơn'
 */
export function papiRanking(
  dataset: Dataset,
  query: { year: number; measure?: string | null; boundary?: BoundaryConvention | string | null },
): RankingRow[] {
  const year = papiYearOf(dataset, query.year);
  const measure = measureCode(definitionFor(dataset.definitions, 'papi', year.year), query.measure);
  const standings = yearStandings(
    year,
    measure,
    groupBoundary(definitionFor(dataset.definitions, 'papi', year.year), year.year, query.boundary)(measure),
  );
  return year.provinces
    .map((code, i) => {
      const province = dataset.provinces.byCode.get(code)!;
      return {
        code,
        nameVi: province.nameVi,
        nameAscii: province.nameAscii,
        score: standings.scores[i] ?? null,
        rank: standings.ranks[i] ?? null,
        of: standings.of,
        group: standings.groups[i] ?? null,
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.nameVi.localeCompare(b.nameVi, 'vi'));
}

/**
 * The rank a hypothetical score would get on a measure in a year: 1 + the number of provinces with a higher
 * published score (a tie, within SCORE_EPSILON, shares the rank). With `province`, that province's own score is left
 * out, so the answer is "our rank if we had scored this". A score outside the measure's scale is OUT_OF_RANGE.
 *
 * @example rankOfHypothetical(dataset, { year: 2018, score: 46.1 }).rank // => 6
 */
export function rankOfHypothetical(
  dataset: Dataset,
  query: { year: number; score: number; measure?: string | null; province?: string | null },
): { rank: number; of: number } {
  const year = papiYearOf(dataset, query.year);
  const definition = definitionFor(dataset.definitions, 'papi', year.year);
  const measure = measureCode(definition, query.measure);
  const node = definition.nodes.find((n) => n.code === measure)!;
  if (
    !Number.isFinite(query.score) ||
    query.score < node.min - SCORE_EPSILON ||
    (node.max !== null && query.score > node.max + SCORE_EPSILON)
  ) {
    throw new EngineError({
      code: 'OUT_OF_RANGE',
      input: String(query.score),
      ...message('scoreOutsideScale', {
        score: query.score,
        measure: measure.toUpperCase(),
        year: year.year,
        min: node.min,
        max: node.max,
      }),
    });
  }
  const standings = yearStandings(year, measure);
  let rank = rankOfScore(standings.sorted, query.score);
  let of = standings.of;
  if (query.province) {
    const code = findProvince(dataset.provinces, query.province).code;
    const own = standings.scores[year.provinces.indexOf(code)] ?? null;
    if (own !== null) {
      if (compareScores(own, query.score) < 0) rank -= 1; // its own higher score no longer counts
      of -= 1;
    }
    of += 1;
  }
  return { rank, of };
}

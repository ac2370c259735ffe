// The =PAPI.* custom functions. Each is a thin adapter: read the cells, call one engine function, map EngineError to
// #VALUE! / #N/A with a "vi / en" message (excel-error.ts). functions.json is generated from these JSDoc comments
// by the build (scripts/build.ts), which also associates each id with its function; functions-vi.json comes from
// translations-vi.json. Ids are part of users' workbooks: never rename one, and only ever append parameters.
import { cell } from './excel-error';
import { parGroupCell, parLostCell, parPercentCell, parRankCell, parScoreCell } from './par';
import { dimensionsCell, groupCell, rankCell, rankOfCell, scoreCell, tableCell, totalCell } from './papi';
import { chanceCell, simulateCell, targetCell } from './scenario';
import { restateCell, unitsCell } from './units';
import { internalClassCell, internalPercentCell } from './internal';
import { indexRankCell, indexScoreCell, indexSimulateCell } from './composite';

/**
 * PAPI score of a province in a year: the total, or a dimension or sub-dimension.
 * @customfunction SCORE
 * @param province Province name (any spelling, with or without accents) or GSO code.
 * @param year Results year (published data from 2011).
 * @param [dimension] Dimension or sub-dimension code, e.g. d3, 3 or 3.2; empty for the total.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns The score.
 */
export function score(province: string, year: number, dimension?: string, units?: number): Promise<number> {
  return cell(() => scoreCell(province, year, dimension, units));
}

/**
 * PAPI rank of a province in a year (1 = best; ties share a rank; provinces without a score are not ranked).
 * @customfunction RANK
 * @param province Province name or GSO code.
 * @param year Results year (published data from 2011).
 * @param [dimension] Dimension or sub-dimension code; empty for the total.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns The rank.
 */
export function rank(province: string, year: number, dimension?: string, units?: number): Promise<number> {
  return cell(() => rankCell(province, year, dimension, units));
}

/**
 * PAPI group of a province in a year (quartiles of that year's scores).
 * @customfunction GROUP
 * @param province Province name or GSO code.
 * @param year Results year (published data from 2011).
 * @param [dimension] Dimension or sub-dimension code; empty for the total.
 * @param [lang] Language of the group name: vi (default) or en.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns The group name.
 */
export function group(
  province: string,
  year: number,
  dimension?: string,
  lang?: string,
  units?: number,
): Promise<string> {
  return cell(() => groupCell(province, year, dimension, lang, units));
}

/**
 * Aggregate PAPI score from dimension scores (the published unweighted sum); a blank score gives #N/A.
 * @customfunction TOTAL
 * @param scores Dimension scores, in order d1, d2, ... (a row or a column).
 * @param [year] Year whose methodology checks the number of dimensions and their bounds.
 * @returns The total.
 */
export function total(scores: unknown[][], year?: number): Promise<number> {
  return cell(() => totalCell(scores, year));
}

/**
 * Rank a hypothetical score would have had among the published scores of a year.
 * @customfunction RANKOF
 * @param score The score.
 * @param year Results year (published data from 2011).
 * @param [dimension] Dimension or sub-dimension code; empty for the total.
 * @param [province] Your province: its own published score is left out of the comparison.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns The rank.
 */
export function rankOf(
  score: number,
  year: number,
  dimension?: string,
  province?: string,
  units?: number,
): Promise<number> {
  return cell(() => rankOfCell(score, year, dimension, province, units));
}

/**
 * What-if: total, rank, of N and group of a province after changing dimension scores (others as published).
 * @customfunction SIMULATE
 * @param province Province name or GSO code.
 * @param year Results year.
 * @param changes Rows of [measure, value]: a number sets the score, a text such as "+0.4" or "-0.2" adds to it.
 * @param [lang] Language of the group name: vi (default) or en.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns One row: total, rank, of, group.
 */
export function simulate(
  province: string,
  year: number,
  changes: unknown[][],
  lang?: string,
  units?: number,
): Promise<unknown[][]> {
  return cell(() => simulateCell(province, year, changes, lang, units));
}

/**
 * Least increase per dimension that reaches a target rank or group, with the other provinces as published.
 * @customfunction TARGET
 * @param province Province name or GSO code.
 * @param year Results year.
 * @param target Target rank (e.g. 20) or group name (e.g. best).
 * @param [caps] Limit per dimension: bounds (default, the index bounds), best (the best score that year), gain (the largest yearly gain seen) or realistic (the tighter of best and gain).
 * @param [weights] Rows of [dimension, effort per point]; cheaper dimensions are raised first (default 1 each).
 * @param [lang] Language of the last row's label: vi (default) or en.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns Rows of [dimension, increase], then the total increase.
 */
export function target(
  province: string,
  year: number,
  target: unknown,
  caps?: string,
  weights?: unknown[][],
  lang?: string,
  units?: number,
): Promise<unknown[][]> {
  return cell(() => targetCell(province, year, target, caps, weights, lang, units));
}

/**
 * Probability of reaching a target rank or group when every province's score carries survey error (20,000 seeded runs; the task pane runs larger ones). Track record: in back-tests of 2019–2023, 91% of actual ranks fell inside the predicted 90% interval.
 * @customfunction CHANCE
 * @param province Province name or GSO code.
 * @param year Results year.
 * @param target Target rank (e.g. 20) or group name.
 * @param [changes] Rows of [measure, value] applied first (a number sets, "+0.4" adds).
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns A probability between 0 and 1.
 */
export function chance(
  province: string,
  year: number,
  target: unknown,
  changes?: unknown[][],
  units?: number,
): Promise<number> {
  return cell(() => chanceCell(province, year, target, changes, units));
}

/**
 * Ranking of all provinces in a year, with a header row: rank, province, score, group.
 * @customfunction TABLE
 * @param year Results year (published data from 2011).
 * @param [dimension] Dimension or sub-dimension code; empty for the total.
 * @param [lang] Language of the header, names and groups: vi (default) or en.
 * @param [units] 2025 for the 34 provincial units of 1 July 2025 (merged units' values are estimates); blank for the 63 former provinces.
 * @returns The ranking table.
 */
export function table(year: number, dimension?: string, lang?: string, units?: number): Promise<unknown[][]> {
  return cell(() => tableCell(year, dimension, lang, units));
}

/**
 * Dimensions of the PAPI methodology in force in a year: code and name.
 * @customfunction DIMENSIONS
 * @param year Results year.
 * @param [lang] Language of the names: vi (default) or en.
 * @returns Rows of [code, name].
 */
export function dimensions(year: number, lang?: string): Promise<string[][]> {
  return cell(() => dimensionsCell(year, lang));
}

/**
 * PAR INDEX total points from the area points.
 * @customfunction PAR.SCORE
 * @param year PAR INDEX year.
 * @param areas Rows of [area, points] (e.g. a3, 13) or the points alone in order a1..a8.
 * @returns The total points.
 */
export function parScore(year: number, areas: unknown[][]): Promise<number> {
  return cell(() => parScoreCell(year, areas));
}

/**
 * PAR INDEX total as a percentage of the applicable maximum.
 * @customfunction PAR.PERCENT
 * @param year PAR INDEX year.
 * @param areas Rows of [area, points] or the points alone in order a1..a8.
 * @returns The percentage.
 */
export function parPercent(year: number, areas: unknown[][]): Promise<number> {
  return cell(() => parPercentCell(year, areas));
}

/**
 * PAR INDEX group of the year's rule (A, B, C, D).
 * @customfunction PAR.GROUP
 * @param year PAR INDEX year.
 * @param areas Rows of [area, points] or the points alone in order a1..a8.
 * @returns The group.
 */
export function parGroup(year: number, areas: unknown[][]): Promise<string> {
  return cell(() => parGroupCell(year, areas));
}

/**
 * PAR INDEX points lost per area, largest first: code, name, points lost.
 * @customfunction PAR.LOST
 * @param year PAR INDEX year.
 * @param areas Rows of [area, points] or the points alone in order a1..a8.
 * @param [lang] Language of the names: vi (default) or en.
 * @returns Rows of [area, name, points lost].
 */
export function parLost(year: number, areas: unknown[][], lang?: string): Promise<unknown[][]> {
  return cell(() => parLostCell(year, areas, lang));
}

/**
 * PAR INDEX rank estimate from the year's published results: estimate, best, worst, and how many published points it rests on.
 * @customfunction PAR.RANK
 * @param year PAR INDEX year.
 * @param areas Rows of [area, points] or the points alone in order a1..a8.
 * @returns One row: estimate, best rank, worst rank, known points.
 */
export function parRank(year: number, areas: unknown[][]): Promise<number[][]> {
  return cell(() => parRankCell(year, areas));
}

/**
 * A unit's index % in the province's own PAR index, from its scores and the maxima: "na" leaves a criterion out of the denominator; a blank score gives #N/A (incomplete, never 0).
 * @customfunction INTERNAL.PERCENT
 * @param scores The unit's points per criterion (a row or a column; "na" = not applicable).
 * @param maxima The maximum points of the same criteria, in the same order.
 * @param [adjustment] Bonus minus penalty points (0 if empty).
 * @returns The index %.
 */
export function internalPercent(scores: unknown[][], maxima: unknown[][], adjustment?: number): Promise<number> {
  return cell(() => internalPercentCell(scores, maxima, adjustment));
}

/**
 * Class of an internal PAR index %, by bands highest first (default Xuất sắc>=90,Tốt>=80,Khá>=70,Trung bình>=50,Yếu).
 * @customfunction INTERNAL.CLASS
 * @param percent The index %.
 * @param [bands] Class bands, e.g. "Xuất sắc>=90,Tốt>=80,Khá>=70,Trung bình>=50,Yếu".
 * @returns The class.
 */
export function internalClass(percent: number, bands?: string): Promise<string> {
  return cell(() => internalClassCell(percent, bands));
}

/**
 * A provincial unit of 1 July 2025 and its former provinces: each one's weight, share and own published score, rank and group, then the unit's value (an estimate for a merged unit, with method and weights), rank among the 34 units and group, then the simple mean for comparison.
 * @customfunction UNITS
 * @param unit Name of a province from 1 July 2025 (e.g. An Giang = An Giang + Kien Giang) or its GSO code.
 * @param year Results year of the former provinces (published data from 2011).
 * @param [dimension] Dimension or sub-dimension code; empty for the total.
 * @param [lang] Language of the header, names and notes: vi (default) or en.
 * @returns Rows of [province, weight, share, score, rank, of, group, note].
 */
export function units(unit: string, year: number, dimension?: string, lang?: string): Promise<unknown[][]> {
  return cell(() => unitsCell(unit, year, dimension, lang));
}

/**
 * A target rank written against the 63 former provinces, restated for the 34 provincial units of 1 July 2025 by percentile: rank / 63 × 34, rounded up (e.g. 20 of 63 → 11 of 34).
 * @customfunction RESTATE
 * @param rank Target rank among the former provinces (a whole number from 1).
 * @param [outOf] Number of provinces the rank was written against; blank for the 63 former provinces.
 * @param [among] Number of units to restate it for; blank for the 34 units of 1 July 2025.
 * @returns The restated rank.
 */
export function restate(rank: number, outOf?: number, among?: number): Promise<number> {
  return cell(() => restateCell(rank, outOf, among));
}

/**
 * Score of a province in a composite index (PCI, ...): the total as published, or one sub-index on its 10-point scale.
 * @customfunction INDEX.SCORE
 * @param index The index, e.g. pci.
 * @param province Province name or GSO code.
 * @param year Results year (PCI: 2005-2016 bundled).
 * @param [measure] Sub-index code, e.g. transparency; empty for the total.
 * @returns The score.
 */
export function indexScore(index: string, province: string, year: number, measure?: string): Promise<number> {
  return cell(() => indexScoreCell(index, province, year, measure));
}

/**
 * Rank of a province in a composite index (PCI, ...) in a year (1 = best; ties share a rank).
 * @customfunction INDEX.RANK
 * @param index The index, e.g. pci.
 * @param province Province name or GSO code.
 * @param year Results year.
 * @returns The rank.
 */
export function indexRank(index: string, province: string, year: number): Promise<number> {
  return cell(() => indexRankCell(index, province, year));
}

/**
 * What-if in a composite index (PCI, ...): a point of a sub-index moves the total by its weight (PCI transparency, 20 %: +2.0).
 * @customfunction INDEX.SIMULATE
 * @param index The index, e.g. pci.
 * @param province Province name or GSO code.
 * @param year Results year.
 * @param changes Rows of [sub-index, value]: a number sets it, a signed text ("+1") adds to it.
 * @param [lang] Language of the rank label: vi (default) or en.
 * @returns [total, rank, of, rank label] after the changes.
 */
export function indexSimulate(
  index: string,
  province: string,
  year: number,
  changes: unknown[][],
  lang?: string,
): Promise<unknown[][]> {
  return cell(() => indexSimulateCell(index, province, year, changes, lang));
}

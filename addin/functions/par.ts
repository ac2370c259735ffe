import { parScore, type ParResult } from '../../engine';
import { publishedDataset } from '../shared/load-dataset';
import { areaPointsArg, langArg, yearArg, type Cell, type Range } from './cells';
import { cellError } from './excel-error';
import { cellMessage, cellText } from './i18n/messages';

/** Every PAR.* function is parScore on the same inputs; each returns one part of the result. */
async function scored(year: Cell, areas: Range): Promise<ParResult> {
  const y = yearArg(year);
  const points = areaPointsArg(areas);
  const dataset = await publishedDataset();
  return parScore(dataset, { year: y, points });
}

/** PAPI.PAR.SCORE: the total points. */
export async function parScoreCell(year: Cell, areas: Range): Promise<number> {
  return (await scored(year, areas)).total;
}

/** PAPI.PAR.PERCENT: the total as a percentage of the applicable maximum. */
export async function parPercentCell(year: Cell, areas: Range): Promise<number> {
  return (await scored(year, areas)).percent;
}

/** PAPI.PAR.GROUP: the year's group (A-D; 2017 published only group 1). */
export async function parGroupCell(year: Cell, areas: Range): Promise<string> {
  const result = await scored(year, areas);
  if (result.group === null) {
    throw cellError(
      'notAvailable',
      cellMessage('parNoGroup', { year: result.year, percent: result.percent.toFixed(2) }),
    );
  }
  return result.group;
}

/** PAPI.PAR.LOST: [code, name, points lost] per area (and criterion), largest first. */
export async function parLostCell(year: Cell, areas: Range, lang: Cell): Promise<(string | number)[][]> {
  const language = langArg(lang);
  const result = await scored(year, areas);
  if (result.pointsLost.length === 0) return [['', cellText(language, 'noPointsLost'), 0]];
  return result.pointsLost.map((loss) => [loss.code, loss.name[language], loss.lost]);
}

/** PAPI.PAR.RANK: [estimate, best, worst, known points] of the rank estimate from the year's published results. */
export async function parRankCell(year: Cell, areas: Range): Promise<number[][]> {
  const result = await scored(year, areas);
  const estimate = result.rankEstimate;
  if (estimate === null) {
    throw cellError('notAvailable', result.warnings.at(-1) ?? cellMessage('parNoResults', { year: result.year }));
  }
  return [[estimate.estimate, estimate.low, estimate.high, estimate.known]];
}

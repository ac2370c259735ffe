import {
  definitionFor,
  measureCode,
  nodeName,
  groupName,
  papiProfile,
  papiRanking,
  papiTotal,
  papiYearOf,
  rankOfHypothetical,
  shippedDefinitions,
  topComponents,
  type Dataset,
  type MeasureResult,
  type PapiProfile,
  type RankingRow,
} from '../../engine';
import { publishedDataset } from '../shared/load-dataset';
import { papiField } from './field';
import { BLANK, langArg, numberArg, optionalText, scoresArg, textArg, yearArg, type Cell, type Range } from './cells';
import { datasetMemo } from './dataset-memo';
import { cellError } from './excel-error';
import { cellMessage, cellText } from './i18n/messages';

// Thousands of =PAPI.SCORE cells ask for a handful of provinces and years: a profile is computed once per
// (dataset, year, province as typed) and reused. The engine already caches each year's ranks and groups.
const profiles = datasetMemo<PapiProfile>(4096);

export function profileOf(dataset: Dataset, province: string, year: number): PapiProfile {
  return profiles(dataset, `${year}|${province}`, () => papiProfile(dataset, { year, province }));
}

/** The profile's entry for a measure as typed ("", "d3", "3", "3.2", "d3_2"). */
export function measureOf(dataset: Dataset, profile: PapiProfile, dimension: Cell): MeasureResult {
  const code = measureCode(definitionFor(dataset.definitions, 'papi', profile.year), optionalText(dimension));
  const found =
    code === 'total'
      ? profile.total
      : [...profile.dimensions, ...profile.dimensions.flatMap((d) => d.subdimensions)].find((m) => m.code === code);
  if (!found)
    throw cellError('notAvailable', cellMessage('measureNotInYear', { year: profile.year, code: code.toUpperCase() }));
  return found;
}

async function standing(
  province: Cell,
  year: Cell,
  dimension: Cell,
  units: Cell,
): Promise<{ dataset: Dataset; profile: PapiProfile; measure: MeasureResult }> {
  const name = textArg(province, cellMessage('argProvince'));
  const y = yearArg(year);
  const dataset = await papiField(units, y);
  const profile = profileOf(dataset, name, y);
  return { dataset, profile, measure: measureOf(dataset, profile, dimension) };
}

function noScore(dataset: Dataset, profile: PapiProfile, measure: MeasureResult): never {
  // A merged 2025 unit has no value when a former province lacks one: name it (the value is never a mean of the rest).
  const lacking =
    papiYearOf(dataset, profile.year).estimate?.units.get(profile.province.code)?.missing.get(measure.code) ?? [];
  const former = lacking.map((c) => dataset.provinces.former?.byCode.get(c)).filter((p) => p !== undefined);
  throw cellError(
    'notAvailable',
    cellMessage('noScore', {
      year: profile.year,
      code: measure.code === 'total' ? 'total' : measure.code.toUpperCase(),
      nameVi: profile.province.nameVi,
      nameAscii: profile.province.nameAscii,
      lackingVi: former.map((p) => p.nameVi).join(', '),
      lackingAscii: former.map((p) => p.nameAscii).join(', '),
    }),
  );
}

/** PAPI.SCORE: papiProfile -> the measure's score. */
export async function scoreCell(province: Cell, year: Cell, dimension: Cell, units: Cell): Promise<number> {
  const { dataset, profile, measure } = await standing(province, year, dimension, units);
  return measure.score ?? noScore(dataset, profile, measure);
}

/** PAPI.RANK: papiProfile -> the measure's rank among the provinces with a score that year. */
export async function rankCell(province: Cell, year: Cell, dimension: Cell, units: Cell): Promise<number> {
  const { dataset, profile, measure } = await standing(province, year, dimension, units);
  return measure.rank ?? noScore(dataset, profile, measure);
}

/** PAPI.GROUP: papiProfile -> the measure's quartile group, named in Vietnamese or English. */
export async function groupCell(province: Cell, year: Cell, dimension: Cell, lang: Cell, units: Cell): Promise<string> {
  const language = langArg(lang);
  const { dataset, profile, measure } = await standing(province, year, dimension, units);
  return measure.group === null ? noScore(dataset, profile, measure) : groupName(measure.group, language)!;
}

/** PAPI.TOTAL: papiTotal over the dimension scores (checked against the year's methodology when a year is given). */
export async function totalCell(scores: Range, year: Cell): Promise<number> {
  const values = scoresArg(scores);
  const definitionId = optionalText(year) === null ? null : definitionFor(shippedDefinitions, 'papi', yearArg(year)).id;
  const total = papiTotal(values, definitionId);
  if (total === null) throw cellError('notAvailable', cellMessage('noTotal'));
  return total;
}

/** PAPI.RANKOF: rankOfHypothetical -> the rank a score would have had that year. */
export async function rankOfCell(
  score: Cell,
  year: Cell,
  dimension: Cell,
  province: Cell,
  units: Cell,
): Promise<number> {
  const value = numberArg(score, cellMessage('argScore'));
  const y = yearArg(year);
  const dataset = await papiField(units, y);
  return rankOfHypothetical(dataset, {
    year: y,
    score: value,
    measure: optionalText(dimension),
    province: optionalText(province),
  }).rank;
}

/**
 * PAPI.TABLE: papiRanking -> a header row and one row per province [rank, province, score, group]; among the 2025
 * units (units = 2025) each row also says whether its value is an estimate.
 */
export async function tableCell(year: Cell, dimension: Cell, lang: Cell, units: Cell): Promise<(string | number)[][]> {
  const y = yearArg(year);
  const language = langArg(lang);
  const dataset = await papiField(units, y);
  const rows = papiRanking(dataset, { year: y, measure: optionalText(dimension) });
  const row = (r: RankingRow) => [
    r.rank ?? BLANK,
    language === 'vi' ? r.nameVi : r.nameAscii,
    r.score ?? BLANK,
    r.group === null ? BLANK : groupName(r.group, language)!,
  ];
  const estimate = papiYearOf(dataset, y).estimate;
  const header = cellText(language, 'tableHeader').split('|');
  if (dataset.provinces.set !== 'units-2025') return [header, ...rows.map(row)];
  // Among the 2025 units, a fifth column says which values are estimates (merged units) and which are published.
  const estimated = cellText(language, 'unitsTableEstimate');
  const published = cellText(language, 'unitsTablePublished');
  return [
    [
      ...header.map((c, i) => (i === 1 ? cellText(language, 'unitsTableUnit') : c)),
      cellText(language, 'unitsTableSource'),
    ],
    ...rows.map((r) => [...row(r), estimate?.units.get(r.code)?.merged ? estimated : published]),
  ];
}

/** PAPI.DIMENSIONS: the dimensions of the methodology in force that year, [code, name]. */
export async function dimensionsCell(year: Cell, lang: Cell): Promise<string[][]> {
  const y = yearArg(year);
  const language = langArg(lang);
  const dataset = await publishedDataset();
  return topComponents(definitionFor(dataset.definitions, 'papi', y)).map((d) => [d.code, nodeName(d, y)[language]]);
}

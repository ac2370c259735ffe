import {
  compositeRanking,
  compositeRowOf,
  compositeYearOf,
  EngineError,
  foldName,
  indexModule,
  simulateComposite,
  type CompositeData,
  type Dataset,
} from '../../engine/all';
import { publishedDataset } from '../shared/load-dataset';
import { BLANK, changesArg, langArg, optionalText, textArg, yearArg, type Cell, type Range } from './cells';
import { cellError } from './excel-error';
import { cellMessage } from './i18n/messages';

/** The composite index a cell names (resolved through the registry: "pci"), with the dataset it lives in. */
async function compositeArg(index: Cell): Promise<{ data: CompositeData; dataset: Dataset }> {
  const id = indexModule(textArg(index, cellMessage('argIndex'))).id;
  const dataset = await publishedDataset();
  const data = dataset.composite.get(id);
  if (!data) throw cellError('notAvailable', cellMessage('compositeNotLoaded', { index: id }));
  return { data, dataset };
}

/** A province name as the registry knows it ("tp hcm" -> "TP. Hồ Chí Minh"), for a composite index's rows. */
const aliasesOf = (dataset: Dataset) => (name: string) => {
  const code = dataset.provinces.byKey.get(foldName(name));
  return code === undefined ? null : dataset.provinces.byCode.get(code)!.nameVi;
};

/** PAPI.INDEX.SCORE: a unit's total as published (or one sub-index's value). */
export async function indexScoreCell(index: Cell, province: Cell, year: Cell, measure: Cell): Promise<number> {
  const { data, dataset } = await compositeArg(index);
  const y = yearArg(year);
  const row = compositeRowOf(
    compositeYearOf(data, y),
    textArg(province, cellMessage('argProvince')),
    aliasesOf(dataset),
  );
  const code = optionalText(measure);
  if (code === null) {
    const total = compositeRanking(data, y).find((s) => s.unit === row.unit)!.total;
    if (total === null) throw cellError('notAvailable', cellMessage('compositeNoTotal', { unit: row.unit, year: y }));
    return total;
  }
  const value = row.values[code.toLowerCase()];
  if (value === undefined)
    throw new EngineError({
      code: 'UNKNOWN_MEASURE',
      input: code,
      ...cellMessage('compositeMeasureUnknown', { code, known: Object.keys(row.values).join(', ') }),
    });
  if (value === null) throw cellError('notAvailable', cellMessage('compositeNoTotal', { unit: row.unit, year: y }));
  return value;
}

/** PAPI.INDEX.RANK: a unit's rank among the year's totals (ties share the best rank). */
export async function indexRankCell(index: Cell, province: Cell, year: Cell): Promise<number> {
  const { data, dataset } = await compositeArg(index);
  const y = yearArg(year);
  const row = compositeRowOf(
    compositeYearOf(data, y),
    textArg(province, cellMessage('argProvince')),
    aliasesOf(dataset),
  );
  const rank = compositeRanking(data, y).find((s) => s.unit === row.unit)!.rank;
  if (rank === null) throw cellError('notAvailable', cellMessage('compositeNoTotal', { unit: row.unit, year: y }));
  return rank;
}

/** PAPI.INDEX.SIMULATE: [[total, rank, of, rank label]] after rows of [sub-index, value] (a signed text adds). */
export async function indexSimulateCell(
  index: Cell,
  province: Cell,
  year: Cell,
  changes: Range,
  lang: Cell,
): Promise<(string | number)[][]> {
  const { data, dataset } = await compositeArg(index);
  const name = textArg(province, cellMessage('argProvince'));
  const list = changesArg(changes, name);
  if (list.length === 0) throw cellError('invalidValue', cellMessage('changesMissing'));
  const s = simulateComposite(data, {
    year: yearArg(year),
    unit: name,
    aliases: aliasesOf(dataset),
    changes: list.map((c) => ({ measure: c.measure.toLowerCase(), set: c.set, add: c.add })),
  }).scenario;
  return [[s.total ?? BLANK, s.rank ?? BLANK, s.of, s.rankLabel[langArg(lang)]]];
}

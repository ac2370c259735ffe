import { estimateNote, groupName, papiUnitsView, restateRank, unitBaseline, unitRegistry } from '../../engine/all';
import { publishedDataset } from '../shared/load-dataset';
import { BLANK, isBlank, langArg, numberArg, textArg, yearArg, type Cell } from './cells';
import { measureOf, profileOf } from './papi';
import { cellMessage, cellText } from './i18n/messages';

/**
 * PAPI.UNITS: unitBaseline -> a header row, one row per former province of a 2025 unit [name, weight, share, own
 * published score, rank and group among the former provinces], then the unit's row [label, , 1, value, rank "of N"
 * among the 34 units, group, note]. A merged unit's value is an estimate: its note names the method and the weights
 * (and a missing predecessor, which leaves the value blank and unranked). A last row gives the simple mean of the
 * predecessors for comparison, where the engine reports it (total and dimensions).
 */
export async function unitsCell(unit: Cell, year: Cell, dimension: Cell, lang: Cell): Promise<(string | number)[][]> {
  const name = textArg(unit, cellMessage('argUnit'));
  const y = yearArg(year);
  const language = langArg(lang);
  const dataset = await publishedDataset();
  const view = papiUnitsView(dataset);
  const baseline = unitBaseline(dataset, { year: y, unit: name });
  const unitProfile = profileOf(view, baseline.unit.code, y);
  const unitMeasure = measureOf(view, unitProfile, dimension);
  const code = unitMeasure.code;
  const blankIfNull = (v: number | null) => v ?? BLANK;
  const nameOf = (p: { nameVi: string; nameAscii: string }) => (language === 'vi' ? p.nameVi : p.nameAscii);

  const rows: (string | number)[][] = [cellText(language, 'unitsHeader').split('|')];
  const lacking: string[] = [];
  // The namesake first, as the unit's label and the resolution list them (An Giang + Kiên Giang).
  const predecessors = [...baseline.predecessors].sort(
    (a, b) => Number(b.nameVi === baseline.unit.nameVi) - Number(a.nameVi === baseline.unit.nameVi),
  );
  for (const p of predecessors) {
    const own = measureOf(dataset, profileOf(dataset, p.code, y), code);
    if (own.score === null) lacking.push(nameOf(p));
    rows.push([
      nameOf(p),
      p.weight,
      p.share,
      blankIfNull(own.score),
      blankIfNull(own.rank),
      own.of,
      groupName(own.group, language) ?? BLANK,
      cellText(language, 'formerPublished'),
    ]);
  }
  const note = !baseline.estimated
    ? cellText(language, 'notMerged')
    : [
        estimateNote(baseline.method!, baseline.weightsSource!)[language],
        ...(lacking.length > 0
          ? [cellText(language, 'unitIncomplete', { names: lacking.join(', '), code, year: y })]
          : []),
      ].join(' ');
  rows.push([
    baseline.label[language],
    BLANK,
    1,
    blankIfNull(unitMeasure.score),
    blankIfNull(unitMeasure.rank),
    unitMeasure.of,
    groupName(unitMeasure.group, language) ?? BLANK,
    note,
  ]);
  if (baseline.estimated) {
    const summary = code === 'total' ? baseline.total : baseline.dimensions.find((d) => d.code === code);
    rows.push([
      cellText(language, 'simpleMean'),
      BLANK,
      BLANK,
      blankIfNull(summary?.simpleMean ?? null),
      BLANK,
      BLANK,
      BLANK,
      cellText(language, 'simpleMeanNote'),
    ]);
  }
  return rows;
}

/**
 * PAPI.RESTATE: a target rank of the former provinces restated for the 2025 units by percentile (restateRank): by
 * default "of" the 63 former provinces and "among" the 34 units, both counted from the registry. A rank that is not a
 * whole number from 1, or above "of", is #VALUE! with the engine's message.
 */
export async function restateCell(rank: Cell, of: Cell, among: Cell): Promise<number> {
  const provinces = (await publishedDataset()).provinces;
  return restateRank({
    rank: numberArg(rank, cellMessage('argTargetRank')),
    of: isBlank(of) ? provinces.all.length : numberArg(of, cellMessage('argRankOf')),
    among: isBlank(among) ? unitRegistry(provinces).all.length : numberArg(among, cellMessage('argRankAmong')),
  }).rank;
}

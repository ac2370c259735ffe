import { estimateNote, groupName, papiUnitsView, unitBaseline } from '../../engine/all';
import { publishedDataset } from '../shared/load-dataset';
import { BLANK, langArg, textArg, yearArg, type Cell, type Lang } from './cells';
import { measureOf, profileOf } from './papi';

const UNITS_HEADER: Record<Lang, string[]> = {
  vi: ['Tỉnh, thành phố', 'Trọng số', 'Tỷ trọng', 'Điểm', 'Hạng', 'Trên số', 'Nhóm', 'Ghi chú'],
  en: ['Province', 'Weight', 'Share', 'Score', 'Rank', 'Of', 'Group', 'Note'],
};

const FORMER_PUBLISHED: Record<Lang, string> = {
  vi: 'Tỉnh cũ: điểm công bố, hạng trong các tỉnh cũ',
  en: 'Former province: published score, rank among the former provinces',
};
const NOT_MERGED: Record<Lang, string> = {
  vi: 'Không sáp nhập: điểm công bố, hạng trong 34 đơn vị',
  en: 'Not merged: published score, rank among the 34 units',
};
const INCOMPLETE: Record<Lang, (names: string, code: string, year: number) => string> = {
  vi: (names, code, year) =>
    `Chưa đủ dữ liệu: ${names} không có ${code === 'total' ? 'tổng điểm' : code.toUpperCase()} năm ${year}, nên đơn vị không có giá trị và không được xếp hạng.`,
  en: (names, code, year) =>
    `Incomplete: ${names} has no ${code === 'total' ? 'total' : code.toUpperCase()} in ${year}, so the unit has no value and is not ranked.`,
};
const SIMPLE_MEAN: Record<Lang, string> = { vi: 'Bình quân giản đơn (để so sánh)', en: 'Simple mean (for comparison)' };
const SIMPLE_MEAN_NOTE: Record<Lang, string> = {
  vi: 'Không có trọng số; không dùng để xếp hạng',
  en: 'Unweighted; not used for ranking',
};

/**
 * PAPI.UNITS: unitBaseline -> a header row, one row per former province of a 2025 unit [name, weight, share, own
 * published score, rank and group among the former provinces], then the unit's row [label, , 1, value, rank "of N"
 * among the 34 units, group, note]. A merged unit's value is an estimate: its note names the method and the weights
 * (and a missing predecessor, which leaves the value blank and unranked). A last row gives the simple mean of the
 * predecessors for comparison, where the engine reports it (total and dimensions).
 */
export async function unitsCell(unit: Cell, year: Cell, dimension: Cell, lang: Cell): Promise<(string | number)[][]> {
  const name = textArg(unit, 'tên đơn vị (tỉnh, thành phố từ 1/7/2025)', 'The unit (province from 1 July 2025)');
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

  const rows: (string | number)[][] = [UNITS_HEADER[language]];
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
      FORMER_PUBLISHED[language],
    ]);
  }
  const note = !baseline.estimated
    ? NOT_MERGED[language]
    : [
        estimateNote(baseline.method!, baseline.weightsSource!)[language],
        ...(lacking.length > 0 ? [INCOMPLETE[language](lacking.join(', '), code, y)] : []),
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
      SIMPLE_MEAN[language],
      BLANK,
      BLANK,
      blankIfNull(summary?.simpleMean ?? null),
      BLANK,
      BLANK,
      BLANK,
      SIMPLE_MEAN_NOTE[language],
    ]);
  }
  return rows;
}

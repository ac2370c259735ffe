import type { LocalName } from '../definitions/index-definition';
import { EngineError, type DataProblem } from '../errors';
import type { CriteriaNode, CriteriaSet } from './criteria-set';
import { parseScores, type ScoreEntry, type ScoreSheet } from './score-entries';
import type { InternalUnit } from './units';
import { both } from '../i18n/catalogue';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';

/** The name of the score sheet inside each unit's workbook. */
export const UNIT_SHEET_NAME = 'Phiếu chấm điểm';
/** What a unit enters or an appraiser adds per criterion, every round side by side (scores sheet and unit sheet). */
export const SCORE_ENTRY_FIELDS = [
  'self',
  'appraised',
  'survey',
  'note',
  'evidence',
  'appraised_1',
  'comment_1',
  'response',
] as const;
/** Row (1-based) of the column headings; the unit code is in B2. */
export const UNIT_SHEET_HEADER_ROW = 5;
/**
 * Columns of a unit score sheet (1-based): code, name, source, rule, max, self, appraised (final), survey, note,
 * evidence, appraised_1 (round 1), comment_1, response: every round of the year, kept side by side.
 */
export const UNIT_SHEET_COLUMNS = ['code', 'name', 'source', 'rule', 'max', ...SCORE_ENTRY_FIELDS] as const;
const HEADINGS: readonly LocalName[] = [
  message('sheetColCode', {}),
  message('sheetColCriterion', {}),
  message('sheetColSource', {}),
  message('sheetColRule', {}),
  message('sheetColMax', {}),
  message('sheetColSelf', {}),
  message('sheetColAppraised', {}),
  message('sheetColSurvey', {}),
  message('sheetColNote', {}),
  message('sheetColEvidence', {}),
  message('sheetColRound1', {}),
  message('sheetColComment1', {}),
  message('sheetColResponse', {}),
];
const SOURCE_NAMES: Readonly<Record<string, string>> = {
  appraised: 'tự chấm, thẩm định',
  survey: 'điều tra XHH',
  bonus: 'điểm thưởng',
  penalty: 'điểm trừ',
};

export type SheetCell = string | number | null;

/** A number as a Vietnamese reader writes it (decimal comma): 0.5 -> "0,5". */
const vn = (n: number) => String(n).replace('.', ',');

/**
 * A leaf's scoring rule in words with the points it allows (the unit sheet's "Cách chấm" column), in Vietnamese
 * numbers (decimal comma).
 *
 * @example ruleText({ rule: 'levels', max: 2, options: [0, 0.5, 2] }).vi // => 'Chọn một mức: 0; 0,5; 2'
 */
export function ruleText(leaf: Pick<CriteriaNode, 'rule' | 'max' | 'options'>): Bilingual {
  const max = vn(leaf.max);
  const en = (n: number) => String(n);
  const pick = (vi: Bilingual, english: Bilingual) => ({ vi: vi.vi, en: english.en });
  switch (leaf.rule) {
    case 'yes_no':
      return pick(message('ruleYesNo', { max }), message('ruleYesNo', { max: en(leaf.max) }));
    case 'levels':
      return pick(
        message('ruleLevels', { options: leaf.options.map(vn).join('; ') }),
        message('ruleLevels', { options: leaf.options.map(en).join('; ') }),
      );
    case 'checklist':
      return pick(
        message('ruleChecklist', { options: leaf.options.map(vn).join('; '), max }),
        message('ruleChecklist', { options: leaf.options.map(en).join('; '), max: en(leaf.max) }),
      );
    case 'ratio':
      return pick(message('ruleRatio', { max }), message('ruleRatio', { max: en(leaf.max) }));
    case 'survey':
      return message('ruleSurvey', {});
    default:
      return pick(message('ruleManual', { max }), message('ruleManual', { max: en(leaf.max) }));
  }
}

/** One worksheet as read from a returned file: its rows of cell values (row 1 first). */
export interface UnitSheet {
  readonly file: string;
  readonly sheet: string;
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * The rows of one unit's score sheet (the file sent to the unit): a title, the unit code in B2, the set in B3, the
 * headings on row 5, then every node of the set in order with its maximum; leaves and bonus/penalty blocks take points
 * in the self / appraised / survey columns. Existing entries (e.g. last round's) are filled in.
 *
 * @example unitSheetRows(parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised' }), { unit: 'X1', name: { vi: 'Xã A', en: 'Xã A' }, kind: 'xa', group: 'xa', ranked: true, line: 2 })[5] // => ['1', 'A', 'tự chấm, thẩm định', 'Nhập điểm từ 0 đến 100', 100, null, null, null, null, null, null, null, null]
 */
export function unitSheetRows(
  set: CriteriaSet,
  unit: InternalUnit,
  entries?: ReadonlyMap<string, ScoreEntry>,
): SheetCell[][] {
  const title = `${both(message('sheetTitle', { year: set.year }))}${set.name ? ` – ${set.name.vi}` : ''}`;
  const rows: SheetCell[][] = [
    [title],
    [both(message('sheetUnit', {})), unit.unit, unit.name.vi],
    [both(message('sheetCriteriaSet', {})), set.file, set.name?.vi ?? null],
    [both(message('sheetInstructions', {}))],
    HEADINGS.map(both),
  ];
  for (const node of set.nodes) {
    const scored = node.children.length === 0;
    const e = entries?.get(node.code);
    const cell = (value: number | null | undefined) => (value === undefined ? null : value);
    rows.push([
      node.code,
      `${'  '.repeat(node.depth - 1)}${node.name.vi}`,
      scored ? (SOURCE_NAMES[node.source ?? ''] ?? null) : null,
      scored ? ruleText(node).vi : null,
      node.max,
      cell(e?.self),
      e?.final === 'na' && node.source !== 'survey' ? 'na' : cell(e?.appraised),
      e?.final === 'na' && node.source === 'survey' ? 'na' : cell(e?.survey),
      e?.note ?? null,
      e?.evidence ?? null,
      cell(e?.appraised1 ?? undefined),
      e?.comment1 ?? null,
      e?.response ?? null,
    ]);
  }
  return rows;
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && value !== null && 'result' in value)
    return text((value as { result: unknown }).result);
  if (typeof value === 'object' && value !== null && 'richText' in value)
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(value).trim();
};
const isFormula = (value: unknown) => typeof value === 'object' && value !== null && 'formula' in value;
const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Consolidates returned unit score sheets into one set of score entries, all or nothing: each sheet must name a known
 * unit of the set's kind in B2 (once across all files) and its rows are checked exactly as a scores CSV is (parseScores:
 * maxima, rules, `na`, survey columns). Every problem of every file is reported with file, sheet, row and column; one
 * bad file loads nothing.
 *
 * @example consolidateUnitSheets(parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised' }), [{ unit: 'X1', name: { vi: 'Xã A', en: 'Xã A' }, kind: 'xa', group: 'xa', ranked: true, line: 2 }], [{ file: 'X1.xlsx', sheet: 'Phiếu chấm điểm', rows: [[], ['Đơn vị', 'X1'], [], [], [], ['1', 'A', '', '', 100, 90, 85]] }]).entries[0].final // => 85
 */
export function consolidateUnitSheets(
  set: CriteriaSet,
  units: readonly InternalUnit[],
  sheets: readonly UnitSheet[],
): ScoreSheet {
  if (sheets.length === 0) throw new EngineError({ code: 'INVALID_DATA', input: '', ...message('batchEmpty', {}) });
  const problems: DataProblem[] = [];
  const entries: ScoreEntry[] = [];
  const fileOfUnit = new Map<string, string>();
  for (const sheet of sheets) {
    const unit = text(sheet.rows[1]?.[1]);
    const at = (row: number | null, column: string | null, text: Bilingual) =>
      problems.push({ file: sheet.file, sheet: sheet.sheet, row, column, vi: text.vi, en: text.en });
    if (unit === '') {
      at(2, 'B', message('sheetUnitMissing', {}));
      continue;
    }
    if (fileOfUnit.has(unit)) {
      at(2, 'B', message('sheetUnitTwice', { unit, file: fileOfUnit.get(unit) }));
      continue;
    }
    const known = units.find((u) => u.unit === unit);
    if (!known || (set.kind !== null && known.kind !== set.kind)) {
      at(2, 'B', message('sheetUnitUnknown', { unit, kind: set.kind }));
      continue;
    }
    fileOfUnit.set(unit, sheet.file);
    // Rows of leaves and blocks with anything entered become a scores CSV, so the checks are parseScores's own.
    const lines = ['unit,code,self,appraised,survey,note,evidence,appraised_1,comment_1,response'];
    const rowOfLine: number[] = [UNIT_SHEET_HEADER_ROW, UNIT_SHEET_HEADER_ROW];
    for (let r = UNIT_SHEET_HEADER_ROW; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      const code = text(cells[0]);
      const values = [5, 6, 7, 8, 9, 10, 11, 12].map((c) => text(cells[c]));
      if (code === '' || values.every((v) => v === '')) continue;
      // a heading row's totals are formulas the sheet computes, not entries
      if (
        (set.byCode.get(code)?.children.length ?? 0) > 0 &&
        [5, 6, 7, 10].every((c) => isFormula(cells[c]) || text(cells[c]) === '')
      )
        continue;
      lines.push([unit, code, ...values].map(csvCell).join(','));
      rowOfLine.push(r + 1);
    }
    try {
      entries.push(
        ...parseScores({ file: sheet.file, text: lines.join('\n') }, set, units).entries.map((e) => ({
          ...e,
          line: rowOfLine[e.line]!,
        })),
      );
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const columnLetter: Readonly<Record<string, string>> = {
        unit: 'B',
        code: 'A',
        self: 'F',
        appraised: 'G',
        survey: 'H',
        appraised_1: 'K',
      };
      for (const p of error.problems)
        at(
          p.row === null ? null : p.column === 'unit' ? 2 : rowOfLine[p.row]!,
          p.column === null ? null : (columnLetter[p.column] ?? p.column),
          p,
        );
    }
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: sheets.map((s) => s.file).join(', '),
      ...message('consolidationInvalid', { count: problems.length, files: new Set(problems.map((p) => p.file)).size }),
      problems,
    });
  }
  const byUnit = new Map<string, Map<string, ScoreEntry>>();
  for (const e of entries) {
    if (!byUnit.has(e.unit)) byUnit.set(e.unit, new Map());
    byUnit.get(e.unit)!.set(e.code, e);
  }
  return { file: sheets.map((s) => s.file).join(', '), entries, byUnit };
}

/**
 * A batch's problems grouped by file, in the order the files first appear, with each file's count: what the pane
 * shows (one line per file, its problems folded under it) and what a caller can count.
 *
 * @example problemsByFile([{ file: 'a.xlsx', row: 2, column: 'B', vi: 'x', en: 'x' }, { file: 'b.xlsx', row: 9, column: 'G', vi: 'y', en: 'y' }, { file: 'a.xlsx', row: 7, column: 'F', vi: 'z', en: 'z' }]).map((f) => [f.file, f.count]) // => [['a.xlsx', 2], ['b.xlsx', 1]]
 */
export function problemsByFile(
  problems: readonly DataProblem[],
): { readonly file: string; readonly count: number; readonly problems: readonly DataProblem[] }[] {
  const byFile = new Map<string, DataProblem[]>();
  for (const p of problems) {
    const file = p.file ?? '';
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(p);
  }
  return [...byFile].map(([file, list]) => ({ file, count: list.length, problems: list }));
}

/**
 * Score entries back to the scores CSV (`unit,code,self,appraised,survey,note,evidence,appraised_1,comment_1,response`), e.g. to save a consolidation.
 *
 * @example scoresCsv({ file: 'x', entries: [{ unit: 'X1', code: '1', self: 90, appraised: 85, survey: null, final: 85, note: null, evidence: null, line: 2 }], byUnit: new Map() }).split('\n')[1] // => 'X1,1,90,85,,,,,,'
 */
export function scoresCsv(sheet: ScoreSheet): string {
  const value = (v: number | null) => (v === null ? '' : String(v));
  const lines = sheet.entries.map((e) =>
    [
      e.unit,
      e.code,
      value(e.self),
      e.final === 'na' ? 'na' : value(e.appraised),
      value(e.survey),
      e.note ?? '',
      e.evidence ?? '',
      value(e.appraised1 ?? null),
      e.comment1 ?? '',
      e.response ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return ['unit,code,self,appraised,survey,note,evidence,appraised_1,comment_1,response', ...lines].join('\n');
}

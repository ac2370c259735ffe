// "Tạo sổ tổng hợp" in the pane and `papi internal workbook` write the same master: the pane's sheets (written through
// the Excel writer into a fake workbook) and the CLI's .xlsx (read back with exceljs) hold the same cells, the header
// rows in Vietnamese with the field name as each header cell's note (masterHeaderRow); the pane reads its own master
// back and consolidates into it through the headings.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { masterWorkbookLayout, SHEET_NAMES } from '../../../addin/taskpane/actions/internal-sheets';
import { blockTopLeft } from '../../../addin/taskpane/actions/sheet-block';
import {
  applyScoreMerge,
  createMasterSheets,
  readMasterWorkbook,
  readScoresRows,
} from '../../../addin/taskpane/actions/internal-excel';
import { runInternal } from '../../../addin/taskpane/panels/internal-panel';
import {
  DEFAULT_CLASSES,
  masterHeaderRow,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  planScoreMerge,
} from '../../../engine/all';
import { cellKey, fakeWorkbook, gridOf, type FakeSheet } from '../../helpers/excel-workbook-mock';
import { json } from '../../helpers/run-cli';

const S = 'samples/internal';
const file = (name: string) => ({ file: name, text: readFileSync(`${S}/${name}`, 'utf8') });
const set = parseCriteriaSet(file('criteria-departments.csv'));
const units = parseUnits(file('units.csv'));
const scores = parseScores(file('scores-departments-2025.csv'), set, units);
const MASTER = [SHEET_NAMES.definition, SHEET_NAMES.units, SHEET_NAMES.scores];

/** The pane's Excel, with or without cell notes (ExcelApi 1.18). */
function paneExcel(notes: boolean) {
  const book = fakeWorkbook();
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  g.Excel = book.Excel;
  g.Office = {
    context: {
      requirements: { isSetSupported: (name: string, v?: string) => notes && name === 'ExcelApi' && v === '1.18' },
    },
  };
  return book;
}

const blank = (v: unknown) => (v === null || v === undefined ? '' : v);
const trimmed = (grid: unknown[][]) => grid.map((r) => r.map(blank));

/** A sheet of the CLI's workbook as a grid of values from A1 (empty = ''), and its notes by cellKey. */
function cliSheet(workbook: ExcelJS.Workbook, name: string): { grid: unknown[][]; notes: Map<string, string> } {
  const sheet = workbook.getWorksheet(name)!;
  const notes = new Map<string, string>();
  const grid: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = sheet.getCell(r, c);
      row.push(blank(cell.value));
      if (cell.note !== undefined) notes.set(cellKey(r, c), typeof cell.note === 'string' ? cell.note : '');
    }
    grid.push(row);
  }
  return { grid, notes };
}

describe('the master workbook: the pane writes the layout the CLI writes', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('same cells, same Vietnamese headings, same field names as the header notes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-pane-master-'));
    const out = join(dir, 'master.xlsx');
    await json(
      'internal',
      'workbook',
      '--definition',
      `${S}/criteria-departments.csv`,
      '--units',
      `${S}/units.csv`,
      '--scores',
      `${S}/scores-departments-2025.csv`,
      '--out',
      out,
    );
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.readFile(out);

    const { live } = paneExcel(true);
    await createMasterSheets(masterWorkbookLayout(set, units, scores));
    for (const name of MASTER) {
      const pane: FakeSheet = live(name)!;
      const written = cliSheet(cli, name);
      expect(trimmed(gridOf(pane)), name).toEqual(written.grid);
      expect(pane.notes, name).toEqual(written.notes);
    }
    // the headings are the officer's words; the notes name the fields the engine reads
    const scoresHeader = gridOf(live(SHEET_NAMES.scores)!)[0]!;
    expect(scoresHeader.slice(0, 6)).toEqual([
      'Mã đơn vị',
      'Mã',
      'Tên (tiếng Việt)',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Điểm thẩm định',
    ]);
    expect([...live(SHEET_NAMES.scores)!.notes.values()]).toEqual([
      'unit',
      'code',
      'name_vi',
      'max',
      'self',
      'appraised',
      'survey',
      'note',
      'evidence',
      'appraised_1',
      'comment_1',
      'response',
    ]);
    expect([...live(SHEET_NAMES.units)!.notes.values()]).toEqual(['unit', 'name_vi', 'kind', 'group', 'ranked']);
    const definitionHeader = gridOf(live(SHEET_NAMES.definition)!).find((r) => r[0] === 'Mã')!;
    expect(definitionHeader).toEqual(
      masterHeaderRow(['code', 'parent', 'name_vi', 'name_en', 'max', 'source', 'rule', 'options', 'owner']).map(
        (c) => c.heading,
      ),
    );
  });

  it('the pane reads its master back through the headings and consolidates into the right columns', async () => {
    const { live } = paneExcel(false);
    await createMasterSheets(masterWorkbookLayout(set, units));
    // an Excel without notes: the headings alone, which read as the same fields
    expect(live(SHEET_NAMES.scores)!.notes.size).toBe(0);
    const master = await readMasterWorkbook();
    const before = await readScoresRows();
    const width = before[0]!.length;
    const first = units.find((u) => u.kind === set.kind)!.unit;
    const batch = {
      file: 'b',
      entries: scores.entries.filter((e) => e.unit === first),
      byUnit: new Map([[first, scores.byUnit.get(first)!]]),
    };
    const merge = planScoreMerge(set, units, before, batch);
    // merged by field: no column appended for a field whose heading is there
    expect(merge.rows[0]!.length).toBe(width);
    await applyScoreMerge(before, merge);
    const state = runInternal(
      { set: master.definition, units: master.units, scores: null, previous: null, classes: DEFAULT_CLASSES },
      merge.scores,
    );
    const unit = state.results!.units.find((u) => u.unit === first)!;
    const fromCsv = runInternal(
      {
        set: file('criteria-departments.csv'),
        units: file('units.csv'),
        scores: file('scores-departments-2025.csv'),
        previous: null,
        classes: DEFAULT_CLASSES,
      },
      null,
    ).results!.units.find((u) => u.unit === first)!;
    expect([unit.selfTotal, unit.appraisedTotal, unit.total]).toEqual([
      fromCsv.selfTotal,
      fromCsv.appraisedTotal,
      fromCsv.total,
    ]);
    const again = await readMasterWorkbook();
    const reread = parseScores(again.scores!, set, units);
    const finals = (sheet: typeof scores) =>
      [...sheet.byUnit.get(first)!.values()].map((e) => [e.code, e.self, e.final]);
    const sent = new Set(scores.byUnit.get(first)!.keys());
    expect(finals(reread).filter(([code]) => sent.has(code as string))).toEqual(finals(scores));
  });

  it("a block's top-left cell, where notes go", () => {
    expect([blockTopLeft('A1'), blockTopLeft('AB12:AC20'), blockTopLeft('I7:I7')]).toEqual([
      { row: 1, column: 1 },
      { row: 12, column: 28 },
      { row: 7, column: 9 },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  masterWorkbookLayout,
  resultsLayout,
  SHEET_NAMES,
  type InternalSheetLayout,
} from '../../../addin/taskpane/actions/internal-sheets';
import {
  applyScoreMerge,
  changedBlocks,
  createMasterSheets,
  readMasterWorkbook,
  readScoresRows,
  undoLastConsolidation,
  writeResultSheets,
} from '../../../addin/taskpane/actions/internal-excel';
import { runInternal } from '../../../addin/taskpane/panels/internal-panel';
import {
  DEFAULT_CLASSES,
  isEngineError,
  internalResults,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
} from '../../../engine';
import { planScoreMerge, sheetText, unitRounds } from '../../../engine/all';
import { fakeWorkbook, gridOf, type FakeSheet } from '../../helpers/excel-workbook-mock';

const file = (name: string) => ({ file: name, text: readFileSync(`samples/internal/${name}`, 'utf8') });
const set = parseCriteriaSet(file('criteria-communes.csv'));
const units = parseUnits(file('units.csv'));
const scores = parseScores(file('scores-communes-2025.csv'), set, units);
const results = internalResults({ set, units, scores, classes: parseClassBands(DEFAULT_CLASSES) });

function useWorkbook(existing: Record<string, unknown[][]> = {}) {
  const book = fakeWorkbook(existing);
  (globalThis as { Excel?: unknown }).Excel = book.Excel;
  return book;
}
/** The values of a block of a sheet (A1 = [0][0] of the grid). */
function block(sheet: FakeSheet, address: string): unknown[][] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address)!;
  const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c0, r0] = [col(m[1]!), Number(m[2])];
  const [c1, r1] = m[3] ? [col(m[3]), Number(m[4])] : [c0, r0];
  return Array.from({ length: r1 - r0 + 1 }, (_, r) =>
    Array.from({ length: c1 - c0 + 1 }, (_, c) => sheet.cells.get(`${r0 + r},${c0 + c}`)?.value ?? ''),
  );
}

describe('internal index sheets (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('creates the master workbook: Definition, Units, Scores with a 0..max-or-na validation on the score cells', async () => {
    const { live } = useWorkbook({ Sheet1: [['mine']], [SHEET_NAMES.scores]: [] });
    const written = await createMasterSheets(masterWorkbookLayout(set, units));
    expect(written).toEqual([SHEET_NAMES.definition, SHEET_NAMES.units, SHEET_NAMES.scores]);
    const nodes = block(live(SHEET_NAMES.definition)!, `A8:I${7 + set.nodes.length}`);
    expect(nodes.map((r) => r[0])).toEqual(set.nodes.map((n) => n.code));
    const communes = units.filter((u) => u.kind === 'ubnd_xa');
    expect(block(live(SHEET_NAMES.units)!, `A2:A${communes.length + 1}`).map((r) => r[0])).toEqual(
      communes.map((u) => u.unit),
    );
    const scoreSheet = live(SHEET_NAMES.scores)!;
    const rows = communes.length * set.leaves.length;
    expect(block(scoreSheet, 'A2:I3')).toEqual([
      [communes[0]!.unit, set.leaves[0]!.code, set.leaves[0]!.name.vi, set.leaves[0]!.max, '', '', '', '', ''],
      [communes[0]!.unit, set.leaves[1]!.code, set.leaves[1]!.name.vi, set.leaves[1]!.max, '', '', '', '', ''],
    ]);
    expect(scoreSheet.validations).toEqual([
      { address: `E2:G${rows + 1}`, rule: { custom: { formula: '=OR(E2="na",AND(ISNUMBER(E2),E2>=0,E2<=$D2))' } } },
    ]);
  });

  it("never deletes a user's sheet: the master is refused over a sheet holding data, results go beside", async () => {
    const mine = [['my notes', 42]];
    const { sheets, live } = useWorkbook({ [SHEET_NAMES.scores]: mine, [SHEET_NAMES.results]: mine });
    await expect(createMasterSheets(masterWorkbookLayout(set, units))).rejects.toMatchObject({
      en: expect.stringContaining(`${SHEET_NAMES.scores} already hold data`),
    });
    expect(live(SHEET_NAMES.definition)).toBeUndefined(); // refused: nothing written
    const names = await writeResultSheets(resultsLayout(results, set, units));
    expect(names).toEqual([`${SHEET_NAMES.results} (2)`, SHEET_NAMES.annex]);
    expect(gridOf(live(SHEET_NAMES.scores)!)).toEqual(mine);
    expect(gridOf(live(SHEET_NAMES.results)!)).toEqual(mine);
    expect(sheets.some((s) => s.deleted)).toBe(false);
  });

  it('hostile unit and criterion names (=, +, -, @) are written as text, never as formulas', async () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1)'];
    const evilUnits = parseUnits({
      file: 'u.csv',
      text: ['unit,name_vi,kind', ...hostile.map((n, i) => `U${i},"${n.replace(/"/g, '""')}",xa`)].join('\n'),
    });
    const evilSet = parseCriteriaSet({
      file: 'c.csv',
      text: `# kind: xa\ncode,parent,name_vi,max,source\n1,,"${hostile[0]!.replace(/"/g, '""')}",100,appraised`,
    });
    const evilScores = parseScores(
      {
        file: 's.csv',
        text: ['unit,code,self,appraised', ...hostile.map((_, i) => `U${i},1,90,${80 + i}`)].join('\n'),
      },
      evilSet,
      evilUnits,
    );
    const { sheets } = useWorkbook();
    const evilResults = internalResults({
      set: evilSet,
      units: evilUnits,
      scores: evilScores,
      classes: parseClassBands(DEFAULT_CLASSES),
    });
    await createMasterSheets(masterWorkbookLayout(evilSet, evilUnits, evilScores));
    await writeResultSheets(resultsLayout(evilResults, evilSet, evilUnits));
    const texts = sheets.flatMap((sheet) => [...sheet.cells.values()].filter((c) => hostile.includes(String(c.value))));
    expect(texts.length).toBeGreaterThanOrEqual(hostile.length * 4); // units, scores, results, annex
    const formulas = sheets.flatMap((sheet) => [...sheet.cells.values()].filter((c) => c.formula !== null));
    expect(formulas).toEqual([]);
  });

  it('consolidation merges into the Scores sheet: two batches keep both, a hand edit survives, undo restores', async () => {
    const communes = units.filter((u) => u.kind === 'ubnd_xa');
    const batch = (unitCodes: string[]) => {
      const entries = scores.entries.filter((e) => unitCodes.includes(e.unit));
      return { file: 'b', entries, byUnit: new Map(unitCodes.map((u) => [u, scores.byUnit.get(u)!])) };
    };
    const { sheets, live } = useWorkbook();
    await createMasterSheets(masterWorkbookLayout(set, units));
    const merge = async (unitCodes: string[]) => {
      const before = await readScoresRows();
      const plan = planScoreMerge(set, units, before, batch(unitCodes));
      await applyScoreMerge(before, plan);
      return plan;
    };
    const first = await merge([communes[0]!.unit]);
    expect(first.changes).toEqual([]);
    // a hand edit on the first unit, in the sheet
    const scoresSheet = live(SHEET_NAMES.scores)!;
    const row = gridOf(scoresSheet).findIndex((r) => r[0] === communes[0]!.unit && r[1] === set.leaves[0]!.code) + 1;
    scoresSheet.cells.get(`${row},8`)!.value = 'sửa tay / hand edit';
    const second = await merge([communes[1]!.unit]);
    expect([second.newUnits, second.untouchedUnits, second.changes]).toEqual([
      [communes[1]!.unit],
      [communes[0]!.unit],
      [],
    ]);
    const master = parseScores(
      {
        file: 'm',
        text: sheetText(gridOf(scoresSheet)),
      },
      set,
      units,
    );
    expect(master.byUnit.get(communes[0]!.unit)!.size).toBe(scores.byUnit.get(communes[0]!.unit)!.size);
    expect(master.byUnit.get(communes[1]!.unit)!.size).toBe(scores.byUnit.get(communes[1]!.unit)!.size);
    expect(master.byUnit.get(communes[0]!.unit)!.get(set.leaves[0]!.code)!.note).toBe('sửa tay / hand edit');
    // the backup holds the state before the second batch; undo puts it back
    const afterFirst = gridOf(live(SHEET_NAMES.backup)!);
    await undoLastConsolidation();
    expect(gridOf(scoresSheet)).toEqual(afterFirst);
    await expect(undoLastConsolidation()).rejects.toMatchObject({ en: expect.stringContaining('No consolidation') });
    expect(sheets.some((s) => s.deleted)).toBe(false);
  });

  it('changed cells are written as rectangles over consecutive rows, holding the merged values', () => {
    const rows = [
      ['unit', 'code'],
      ['A', 1, 'x'],
      ['B', 2, 'y'],
      ['C', 3],
      ['D', 4, 'z'],
    ];
    const cells = [
      { row: 2, column: 3, value: 'x' },
      { row: 3, column: 2, value: 2 },
      { row: 5, column: 3, value: 'z' },
    ];
    expect(changedBlocks({ rows, cells })).toEqual([
      {
        address: 'B2:C3',
        values: [
          [1, 'x'],
          [2, 'y'],
        ],
      },
      { address: 'C5:C5', values: [['z']] },
    ]);
  });

  it('the Definition sheet reads back as the same criteria set', () => {
    const [definition] = masterWorkbookLayout(set, units);
    const cells = definition!.blocks.flatMap((b) => b.values ?? []);
    const text = cells
      .map((r) =>
        String(r[0]).startsWith('#')
          ? `${r[0]}: ${r[1]}`
          : r.map((c) => (/[",]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(','),
      )
      .join('\n');
    const again = parseCriteriaSet({ file: 'sheet', text });
    expect(again.nodes.map((n) => [n.code, n.max, n.source, n.rule, n.owner])).toEqual(
      set.nodes.map((n) => [n.code, n.max, n.source, n.rule, n.owner]),
    );
    expect([again.kind, again.year, again.scale, again.classes]).toEqual([set.kind, set.year, set.scale, null]);
  });

  it('says in both languages why a unit has no rank on the bilingual Results sheet (scores missing)', async () => {
    const { live } = useWorkbook();
    // one unit's first score entry left out: it is incomplete, so it gets no rank
    const dropped = scores.entries.find((e) => e.unit === results.units[0]!.unit)!;
    const entries = scores.entries.filter((e) => e !== dropped);
    const byUnit = new Map([...scores.byUnit].map(([u, m]) => [u, new Map([...m].filter(([, e]) => e !== dropped))]));
    const partial = internalResults({
      set,
      units,
      scores: { ...scores, entries, byUnit },
      classes: parseClassBands(DEFAULT_CLASSES),
    });
    await writeResultSheets(resultsLayout(partial, set, units));
    const table = block(live(SHEET_NAMES.results)!, `A4:O${partial.units.length + 3}`);
    const row = table.find((r) => r[2] === dropped.unit)!;
    expect(row[1]).toBe('chưa đủ điểm / incomplete');
  });

  it('writes Results (by group and rank, class, gap, missing), criteria lost, a ranking chart with class bands, and the Annex', async () => {
    const { live } = useWorkbook();
    const rounds = unitRounds(set, units, scores);
    await writeResultSheets(resultsLayout(results, set, units, rounds));
    const sheet = live(SHEET_NAMES.results)!;
    const last = results.units.length + 3;
    // every unit's status and the round its points come from (the sample has final appraisals for all)
    expect(block(sheet, 'P3:R3')[0]).toEqual([
      'Trạng thái / Status',
      'Thẩm định lần 1 / Round 1',
      'Vòng được tính / Round counted',
    ]);
    expect(new Set(block(sheet, `P4:P${last}`).map((r) => r[0]))).toEqual(
      new Set(['có kết quả cuối cùng / final result']),
    );
    const table = block(sheet, `A4:O${last}`);
    expect(table[0]!.slice(0, 4)).toEqual(['Phường', '1/26', results.units[0]!.unit, results.units[0]!.name.vi]);
    expect(table.map((r) => r[10])).toEqual(results.units.map((u) => u.percent));
    expect(table.map((r) => r[11])).toEqual(results.units.map((u) => u.class));
    const lostStart = last + 4;
    expect(block(sheet, `A${lostStart}:E${lostStart + results.criteriaLost.length - 1}`)[0]).toEqual([
      results.criteriaLost[0]!.code,
      results.criteriaLost[0]!.name.vi,
      results.criteriaLost[0]!.owner,
      results.criteriaLost[0]!.points,
      results.criteriaLost[0]!.units,
    ]);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ type: 'ColumnClustered', source: `K4:K${last}` });
    expect(chart!.series.slice(1).map((s) => s.name)).toEqual([
      'Xuất sắc ≥ 90',
      'Tốt ≥ 80',
      'Khá ≥ 70',
      'Trung bình ≥ 50',
    ]);
    const annex = live(SHEET_NAMES.annex)!;
    expect(block(annex, 'A1:A3').map((r) => r[0])).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC PHƯỜNG; XÃ, ĐẶC KHU',
      '(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh …)',
    ]);
    expect(block(annex, 'A5:A5')[0]).toEqual(['Nhóm: Phường']);
    expect(annex.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(block(annex, 'A6:J6')[0]).toEqual([
      'STT',
      'Tên cơ quan, đơn vị',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Điểm điều tra xã hội học',
      'Điểm thưởng/trừ',
      'Tổng điểm',
      'Chỉ số CCHC (%)',
      'Xếp hạng',
      'Xếp loại',
    ]);
    const wards = block(annex, 'A7:J32');
    expect(wards.map((r) => r[8])).toEqual([...wards.map((r) => r[8])].sort((a, b) => Number(a) - Number(b)));
    expect(wards[0]![1]).toBe(results.units[0]!.name.vi);
  });
});

/** A layout painted into a grid of values, as Excel would hold the written sheet (A1 = [0][0]). */
function paint(layout: InternalSheetLayout): unknown[][] {
  const grid: unknown[][] = [];
  for (const block of layout.blocks) {
    if (!block.values) continue;
    const m = /^([A-Z]+)(\d+)/.exec(block.address)!;
    const col0 = m[1]!.charCodeAt(0) - 65;
    const row0 = Number(m[2]) - 1;
    block.values.forEach((row, r) => row.forEach((v, c) => ((grid[row0 + r] ??= [])[col0 + c] = v)));
  }
  const width = Math.max(...grid.map((r) => r?.length ?? 0));
  return Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? ''));
}

function readMock(sheets: Record<string, unknown[][]>) {
  return new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject(name: string) {
            const values = sheets[name];
            return {
              isNullObject: values === undefined,
              getUsedRangeOrNullObject: () => ({ isNullObject: values === undefined, values, load() {} }),
            };
          },
        },
      },
      async sync() {},
    },
    async run<T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  });
}

describe('reading the master workbook back (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('Definition, Units and Scores written by the pane read back to the same results', async () => {
    const layouts = masterWorkbookLayout(set, units, scores);
    (globalThis as { Excel?: unknown }).Excel = readMock(Object.fromEntries(layouts.map((l) => [l.name, paint(l)])));
    const master = await readMasterWorkbook();
    const again = runInternal(
      { set: master.definition, units: master.units, scores: master.scores, previous: null, classes: DEFAULT_CLASSES },
      null,
    );
    expect(again.results!.units.map((u) => [u.unit, u.percent, u.rank, u.class])).toEqual(
      results.units.map((u) => [u.unit, u.percent, u.rank, u.class]),
    );
  });

  it('a problem in the Scores sheet names the sheet and its row', async () => {
    const layouts = masterWorkbookLayout(set, units, scores);
    const grids = Object.fromEntries(layouts.map((l) => [l.name, paint(l)]));
    grids[SHEET_NAMES.scores]![9]![5] = 99; // row 10, appraised
    (globalThis as { Excel?: unknown }).Excel = readMock(grids);
    const master = await readMasterWorkbook();
    try {
      runInternal(
        { set: master.definition, units: master.units, scores: master.scores, previous: null, classes: '' },
        null,
      );
      expect.unreachable('a score above its maximum must be refused');
    } catch (error) {
      expect(isEngineError(error) && error.problems.map((p) => [p.file, p.row, p.column])).toEqual([
        [SHEET_NAMES.scores, 10, 'appraised'],
      ]);
    }
  });

  it("without the master's sheets: says which are missing", async () => {
    (globalThis as { Excel?: unknown }).Excel = readMock({});
    await expect(readMasterWorkbook()).rejects.toMatchObject({ en: expect.stringContaining('Định nghĩa, Đơn vị') });
  });
});

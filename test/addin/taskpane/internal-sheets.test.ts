import { readFileSync } from 'node:fs';
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  masterWorkbookLayout,
  readMasterWorkbook,
  resultsLayout,
  SHEET_NAMES,
  writeInternalSheets,
  type InternalSheetLayout,
} from '../../../addin/taskpane/actions/internal-sheets';
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

const file = (name: string) => ({ file: name, text: readFileSync(`samples/internal/${name}`, 'utf8') });
const set = parseCriteriaSet(file('criteria-communes.csv'));
const units = parseUnits(file('units.csv'));
const scores = parseScores(file('scores-communes-2025.csv'), set, units);
const results = internalResults({ set, units, scores, classes: parseClassBands(DEFAULT_CLASSES) });

interface MockRange {
  address: string;
  values?: unknown[][];
  numberFormat?: string[][];
  format: { font: { bold?: boolean }; fill: { color?: string } };
  dataValidation: { rule?: unknown; errorAlert?: { message: string }; cleared?: boolean };
}
interface MockSheet {
  name: string;
  ranges: MockRange[];
  deleted: boolean;
  charts: {
    type: string;
    source: string;
    title: { text?: string };
    series: { name?: string; x?: string; values?: string; chartType?: string }[];
  }[];
}

/** Excel as office-addin-mock reproduces it: sheets by name (getItemOrNullObject, delete, add), ranges and charts record what is written. */
function excelMock(existing: string[]) {
  const sheets: MockSheet[] = existing.map((name) => ({ name, ranges: [], deleted: false, charts: [] }));
  const addSheet = (name: string) => {
    const sheet: MockSheet = { name, ranges: [], deleted: false, charts: [] };
    sheets.push(sheet);
    return {
      getRange(address: string) {
        const range = new OfficeMockObject({
          format: { font: {}, fill: {}, autofitColumns() {} },
          dataValidation: {
            clear(this: { cleared?: boolean }) {
              this.cleared = true;
            },
          },
        }) as unknown as MockRange;
        range.address = address;
        sheet.ranges.push(range);
        return range;
      },
      charts: {
        add(type: string, source: { address: string }) {
          const chart = {
            type,
            source: source.address,
            title: {} as { text?: string },
            series: [{}] as MockSheet['charts'][number]['series'],
          };
          sheet.charts.push(chart);
          return {
            title: chart.title,
            setPosition() {},
            series: {
              getItemAt: (i: number) =>
                Object.assign(chart.series[i]!, {
                  setXAxisValues: (r: { address: string }) => (chart.series[i]!.x = r.address),
                }),
              add(name: string) {
                const s: MockSheet['charts'][number]['series'][number] = { name };
                chart.series.push(s);
                return Object.assign(s, { setValues: (r: { address: string }) => (s.values = r.address) });
              },
            },
          };
        },
      },
    };
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject(name: string) {
            const found = sheets.find((s) => s.name === name && !s.deleted);
            return { isNullObject: !found, delete: () => found && (found.deleted = true) };
          },
          add: addSheet,
        },
      },
      async sync() {},
    },
    async run<T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  return { mock: new OfficeMockObject(data), sheets };
}

const live = (sheets: MockSheet[], name: string) => sheets.find((s) => s.name === name && !s.deleted)!;
const block = (sheet: MockSheet, address: string) => sheet.ranges.find((r) => r.address === address)!;

describe('internal index sheets (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('creates the master workbook: Definition, Units, Scores with a 0..max-or-na validation on the score cells', async () => {
    const { mock, sheets } = excelMock(['Sheet1', SHEET_NAMES.scores]);
    (globalThis as { Excel?: unknown }).Excel = mock;
    const written = await writeInternalSheets(masterWorkbookLayout(set, units));
    expect(written).toEqual([SHEET_NAMES.definition, SHEET_NAMES.units, SHEET_NAMES.scores]);
    expect(sheets.filter((s) => s.name === SHEET_NAMES.scores).map((s) => s.deleted)).toEqual([true, false]);
    const definition = live(sheets, SHEET_NAMES.definition);
    const nodes = block(definition, `A8:I${7 + set.nodes.length}`).values!;
    expect(nodes.map((r) => r[0])).toEqual(set.nodes.map((n) => n.code));
    const communes = units.filter((u) => u.kind === 'ubnd_xa');
    expect(block(live(sheets, SHEET_NAMES.units), `A2:E${communes.length + 1}`).values!.map((r) => r[0])).toEqual(
      communes.map((u) => u.unit),
    );
    const scoreSheet = live(sheets, SHEET_NAMES.scores);
    const rows = communes.length * set.leaves.length;
    expect(block(scoreSheet, `A2:I${rows + 1}`).values!.slice(0, 2)).toEqual([
      [communes[0]!.unit, set.leaves[0]!.code, set.leaves[0]!.name.vi, set.leaves[0]!.max, '', '', '', '', ''],
      [communes[0]!.unit, set.leaves[1]!.code, set.leaves[1]!.name.vi, set.leaves[1]!.max, '', '', '', '', ''],
    ]);
    const validation = block(scoreSheet, `E2:G${rows + 1}`).dataValidation;
    expect(validation.rule).toEqual({ custom: { formula: '=OR(E2="na",AND(ISNUMBER(E2),E2>=0,E2<=$D2))' } });
    expect(validation.errorAlert!.message).toContain('na');
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
    const { mock, sheets } = excelMock([]);
    (globalThis as { Excel?: unknown }).Excel = mock;
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
    await writeInternalSheets(resultsLayout(partial, set));
    const table = block(live(sheets, SHEET_NAMES.results), `A4:O${partial.units.length + 3}`).values!;
    const row = table.find((r) => r[2] === dropped.unit)!;
    expect(row[1]).toBe('chưa đủ điểm / incomplete');
  });

  it('writes Results (by group and rank, class, gap, missing), criteria lost, a ranking chart with class bands, and the Annex', async () => {
    const { mock, sheets } = excelMock([]);
    (globalThis as { Excel?: unknown }).Excel = mock;
    await writeInternalSheets(resultsLayout(results, set));
    const sheet = live(sheets, SHEET_NAMES.results);
    const last = results.units.length + 3;
    const table = block(sheet, `A4:O${last}`).values!;
    expect(table[0]!.slice(0, 4)).toEqual(['phuong', '1/26', results.units[0]!.unit, results.units[0]!.name.vi]);
    expect(table.map((r) => r[10])).toEqual(results.units.map((u) => u.percent));
    expect(table.map((r) => r[11])).toEqual(results.units.map((u) => u.class));
    const lostStart = last + 4;
    expect(block(sheet, `A${lostStart}:E${lostStart + results.criteriaLost.length - 1}`).values![0]).toEqual([
      results.criteriaLost[0]!.code,
      results.criteriaLost[0]!.name.vi,
      results.criteriaLost[0]!.owner,
      results.criteriaLost[0]!.points,
      results.criteriaLost[0]!.units,
    ]);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ type: 'ColumnClustered', source: `K4:K${last}` });
    expect(chart!.series[0]!.x).toBe(`C4:C${last}`);
    expect(chart!.series.slice(1).map((s) => [s.name, s.chartType])).toEqual([
      ['Xuất sắc ≥ 90', 'Line'],
      ['Tốt ≥ 80', 'Line'],
      ['Khá ≥ 70', 'Line'],
      ['Trung bình ≥ 50', 'Line'],
    ]);
    const annex = live(sheets, SHEET_NAMES.annex);
    expect(block(annex, 'A4:J4').values![0]).toEqual([
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
    const wards = block(annex, 'A5:J30').values!;
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

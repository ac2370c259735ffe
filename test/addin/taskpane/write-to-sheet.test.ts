import { afterEach, describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../engine';
import {
  numberedSheetName,
  scenarioSheetLayout,
  sheetName,
  VALUES_NOTE,
  writeScenarioToSheet,
} from '../../../addin/taskpane/actions/write-to-sheet';
import { excelMock, type MockRange } from '../../helpers/excel-sheet-mock';
import { dataset } from '../../helpers/published';
import { AGREED_IDS, calledFunctions, declaredFunctionIds } from './function-ids';

const scenario: Scenario = {
  name: 'An Giang D3 +1',
  index: 'papi',
  year: 2019,
  changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
};
const outcome = evaluateScenario(dataset, scenario).provinces[0]!;

const cell = (ranges: MockRange[], address: string) => ranges.filter((r) => r.address === address);

describe('write to sheet (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('adds a worksheet named after the scenario with its values, PAPI.* formulas, formats and autofit', async () => {
    const { mock, added } = excelMock(['Sheet1']);
    (globalThis as { Excel?: unknown }).Excel = mock;
    const name = await writeScenarioToSheet({ scenario, outcome, lang: 'vi' });
    expect(name).toBe('Kịch bản An Giang D3 +1');
    expect(added.map((s) => s.name)).toEqual(['Kịch bản An Giang D3 +1']);
    const sheet = added[0]!;
    expect(sheet.active).toBe(true);

    expect(cell(sheet.ranges, 'A3:B4')[0]!.values).toEqual([
      ['Tỉnh, thành phố / Province', 'An Giang'],
      ['Năm / Year', 2019],
    ]);
    const table = cell(sheet.ranges, 'A7:B14')[0]!;
    expect(table.values!.map((row) => row[0])).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    // D3 is the published 4.633823 plus 1; the others are as published.
    expect(table.values![2]![1]).toBeCloseTo(5.633823, 6);
    expect(table.values![0]![1]).toBeCloseTo(outcome.dimensions[0]!.base!, 10);
    expect(table.numberFormat![2]).toEqual(['@', '0.00']);

    const base = cell(sheet.ranges, 'C7:D14')[0]!;
    expect(base.formulas![0]).toEqual(['=PAPI.SCORE($B$3,$B$4,A7)', '=IF(OR(B7="",C7=""),"",B7-C7)']);
    const published = cell(sheet.ranges, 'B17:E17')[0]!;
    expect(published.formulas).toEqual([
      ['=PAPI.SCORE($B$3,$B$4)', '=PAPI.RANK($B$3,$B$4)', '63', '=PAPI.GROUP($B$3,$B$4,,"vi")'],
    ]);
    expect(cell(sheet.ranges, 'B18')[0]!.formulas).toEqual([['=PAPI.SIMULATE($B$3,$B$4,$A$7:$B$14,"vi")']]);
    const written = cell(sheet.ranges, 'B19:E19')[0]!;
    expect(written.values![0]![1]).toBe(10);
    expect(written.values![0]![3]).toBe('Nhóm đạt điểm cao nhất');

    const header = cell(sheet.ranges, 'A6:E6')[0]!;
    expect(header.format.font.bold).toBe(true);
    expect(header.format.fill.color).toBe('#DDEBF7');
    expect(cell(sheet.ranges, 'A:E')[0]!.format.autofitted).toBe(true);
    const changes = sheet.ranges.find((r) => r.values?.[0]?.[0] === 'd3' && r.values[0]![1] === 'An Giang');
    expect(changes?.values).toEqual([['d3', 'An Giang', '', 1]]);
  });

  it('where Excel cannot run custom functions, writes the same cells as values (no formula anywhere) and says so', async () => {
    const { mock, added } = excelMock([]);
    (globalThis as { Excel?: unknown }).Excel = mock;
    await writeScenarioToSheet({ scenario, outcome, lang: 'en', formulas: false });
    const sheet = added[0]!;
    expect(sheet.ranges.some((r) => r.formulas !== undefined)).toBe(false);
    expect(
      sheet.ranges
        .flatMap((r) => r.values ?? [])
        .flat()
        .some((v) => typeof v === 'string' && v.startsWith('=')),
    ).toBe(false);
    expect(cell(sheet.ranges, 'A2')[0]!.values![0]![0]).toBe(VALUES_NOTE.en);
    const base = cell(sheet.ranges, 'C7:D14')[0]!;
    // published D3 and the change the scenario made to it
    expect(base.values![2]![0]).toBeCloseTo(outcome.dimensions[2]!.base!, 10);
    expect(base.values![2]![1]).toBeCloseTo(1, 10);
    expect(cell(sheet.ranges, 'B17:E17')[0]!.values).toEqual([[outcome.base.total, 21, 63, 'High average']]);
    expect(cell(sheet.ranges, 'B18:E18')[0]!.values).toEqual([[outcome.scenario.total, 10, 63, 'Best performers']]);
  });

  it('finds a unique name when the sheet exists, and keeps names within 31 characters', async () => {
    const { mock, added } = excelMock(['Kịch bản An Giang D3 +1', 'Kịch bản An Giang D3 +1 (2)']);
    (globalThis as { Excel?: unknown }).Excel = mock;
    expect(await writeScenarioToSheet({ scenario, outcome, lang: 'vi' })).toBe('Kịch bản An Giang D3 +1 (3)');
    expect(added).toHaveLength(1);
    expect(sheetName('Kịch bản [D3]: a/b?*\\ rất dài dài dài dài dài')).toBe('Kịch bản D3 ab rất dài dài dài');
    expect(numberedSheetName('x'.repeat(31), 12)).toBe(`${'x'.repeat(26)} (12)`);
    expect(numberedSheetName('Kịch bản', 1)).toBe('Kịch bản');
  });

  it('passes on other Excel errors instead of retrying', async () => {
    const { mock } = excelMock([]);
    (
      mock as unknown as { context: { workbook: { worksheets: { add: () => never } } } }
    ).context.workbook.worksheets.add = () => {
      throw Object.assign(new Error('Access denied'), { code: 'AccessDenied' });
    };
    (globalThis as { Excel?: unknown }).Excel = mock;
    await expect(writeScenarioToSheet({ scenario, outcome, lang: 'en' })).rejects.toThrow('Access denied');
  });

  it('writes English labels first in English and only calls declared PAPI functions', () => {
    const layout = scenarioSheetLayout({ scenario, outcome, lang: 'en' });
    expect(layout.name).toBe('Scenario An Giang D3 +1');
    expect(layout.blocks.find((b) => b.address === 'A6:E6')!.values![0]![0]).toBe('Code / Mã');
    const formulas = layout.blocks
      .flatMap((b) => b.formulas ?? [])
      .flat()
      .filter((f) => f.startsWith('='));
    const called = formulas.flatMap(calledFunctions);
    expect(new Set(called)).toEqual(new Set(['SCORE', 'RANK', 'GROUP', 'SIMULATE']));
    const declared = declaredFunctionIds();
    for (const id of called) {
      expect(declared.has(id), id).toBe(true);
      expect(AGREED_IDS as readonly string[]).toContain(id);
    }
  });

  it('leaves a dimension without a score out of the changes range (a code without a value would be an error there)', () => {
    const missing = {
      ...outcome,
      dimensions: outcome.dimensions.map((d) => (d.code === 'd5' ? { ...d, base: null, score: null } : d)),
    };
    const layout = scenarioSheetLayout({ scenario, outcome: missing, lang: 'en' });
    expect(layout.blocks.find((b) => b.address === 'A7:B14')!.values![4]).toEqual(['', '']);
    expect(layout.blocks.find((b) => b.address === 'C7:D14')!.formulas![4]).toEqual(['', '']);
  });
});

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import {
  readReturnedFiles,
  readUnitWorkbook,
  unitWorkbook,
  unitWorkbooksZip,
} from '../../../addin/taskpane/actions/internal-workbook';
import {
  consolidateUnitSheets,
  isEngineError,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  UNIT_SHEET_NAME,
} from '../../../engine/all';

const file = (name: string) => ({ file: name, text: readFileSync(`samples/internal/${name}`, 'utf8') });
const set = parseCriteriaSet(file('criteria-departments.csv'));
const units = parseUnits(file('units.csv'));
const scores = parseScores(file('scores-departments-2025.csv'), set, units);
const departments = units.filter((u) => u.kind === 'so_ban_nganh');

async function edit(bytes: Uint8Array, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook.getWorksheet(UNIT_SHEET_NAME)!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('unit score workbooks: generate, return, consolidate', () => {
  it('round trip: every unit file filled from the sample consolidates to the same entries', async () => {
    const files = await Promise.all(
      departments.map(async (u) => ({
        name: `${u.unit}.xlsx`,
        bytes: await unitWorkbook(set, u, scores.byUnit.get(u.unit)),
      })),
    );
    const sheets = await Promise.all(files.map((f) => readUnitWorkbook(f.name, f.bytes)));
    const merged = consolidateUnitSheets(set, units, sheets);
    expect(merged.entries).toHaveLength(scores.entries.length);
    for (const e of scores.entries) {
      const m = merged.byUnit.get(e.unit)!.get(e.code)!;
      expect([m.self, m.final, m.survey]).toEqual([e.self, e.final, e.survey]);
    }
  });

  it('score cells carry a validation: 0..max (column E) or "na"', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await unitWorkbook(set, departments[0]!)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(UNIT_SHEET_NAME)!;
    const row = sheet.getColumn(1).values.findIndex((v) => v === '1.1.1');
    // one rule over F6:H<last>, written relative to F6 (Excel shifts it to each cell)
    expect(sheet.getCell(`G${row}`).dataValidation).toEqual(
      expect.objectContaining({ type: 'custom', formulae: ['OR(F6="na",AND(ISNUMBER(F6),F6>=0,F6<=$E6))'] }),
    );
    expect(sheet.getCell(`H${sheet.rowCount}`).dataValidation).toEqual(sheet.getCell('F6').dataValidation);
    expect(sheet.getCell('F5').dataValidation).toBeUndefined();
    expect(sheet.getCell('B2').value).toBe(departments[0]!.unit);
  });

  it('all or nothing: bad files load nothing, and every problem names file, sheet, row and column', async () => {
    const good = await unitWorkbook(set, departments[0]!, scores.byUnit.get(departments[0]!.unit));
    const overMax = await edit(
      await unitWorkbook(set, departments[1]!, scores.byUnit.get(departments[1]!.unit)),
      (sheet) => {
        const row = sheet.getColumn(1).values.findIndex((v) => v === '3.3');
        sheet.getCell(`G${row}`).value = 99;
      },
    );
    const unknownUnit = await edit(good, (sheet) => (sheet.getCell('B2').value = 'NOPE'));
    const sheets = await Promise.all([
      readUnitWorkbook('a.xlsx', good),
      readUnitWorkbook('b.xlsx', overMax),
      readUnitWorkbook('c.xlsx', unknownUnit),
      readUnitWorkbook('d.xlsx', new TextEncoder().encode('not a workbook')),
    ]);
    let problems: readonly { file: string; sheet?: string; row: number | null; column: string | null }[] = [];
    try {
      consolidateUnitSheets(set, units, sheets);
      expect.unreachable('a bad file must refuse the batch');
    } catch (error) {
      expect(isEngineError(error)).toBe(true);
      if (isEngineError(error)) problems = error.problems;
    }
    const row33 = 5 + set.nodes.findIndex((n) => n.code === '3.3') + 1;
    expect(problems.map((p) => [p.file, p.sheet, p.row, p.column])).toEqual([
      ['b.xlsx', UNIT_SHEET_NAME, row33, 'G'],
      ['c.xlsx', UNIT_SHEET_NAME, 2, 'B'],
      ['d.xlsx', UNIT_SHEET_NAME, 2, 'B'],
    ]);
  });

  it("one .zip holds every unit of the set's kind; returned as that .zip (or .xlsx files) it consolidates the same", async () => {
    const zip = await unitWorkbooksZip(set, units, scores.byUnit);
    const inside = Object.keys(unzipSync(zip)).sort();
    expect(inside).toEqual(departments.map((u) => `${u.unit}.xlsx`).sort());
    const fromZip = consolidateUnitSheets(set, units, await readReturnedFiles([{ name: 'back.zip', data: zip }]));
    expect(fromZip.entries).toHaveLength(scores.entries.length);
    // a zip of some units plus the other units' .xlsx files: the same batch
    const entries = unzipSync(zip);
    const [first, ...rest] = Object.keys(entries).sort();
    const mixed = await readReturnedFiles([
      { name: 'part.zip', data: zipSync(Object.fromEntries(rest.map((n) => [n, entries[n]!]))) },
      { name: first!, data: entries[first!]! },
    ]);
    expect(consolidateUnitSheets(set, units, mixed).entries).toHaveLength(scores.entries.length);
  });

  it('a .zip that is not one is named in the refusal, with the .xlsx problems inside a zip named by both', async () => {
    const overMax = await edit(
      await unitWorkbook(set, departments[0]!, scores.byUnit.get(departments[0]!.unit)),
      (s) => {
        s.getCell(`G${5 + set.nodes.findIndex((n) => n.code === '3.3') + 1}`).value = 42;
      },
    );
    const sheets = await readReturnedFiles([
      { name: 'broken.zip', data: new TextEncoder().encode('not a zip') },
      { name: 'batch.zip', data: zipSync({ [`${departments[0]!.unit}.xlsx`]: overMax }) },
    ]);
    try {
      consolidateUnitSheets(set, units, sheets);
      expect.unreachable('a bad file must refuse the batch');
    } catch (error) {
      expect(isEngineError(error) && error.problems.map((p) => p.file)).toEqual([
        'broken.zip',
        `batch.zip › ${departments[0]!.unit}.xlsx`,
      ]);
    }
  });
});

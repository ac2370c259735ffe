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
  allowedPoints,
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

  it('unit sheets prevent mistakes: lists, decimal limits, rules in words, totals, protection (read back)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await unitWorkbook(set, departments[0]!)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(UNIT_SHEET_NAME)!;
    const rowOf = (code: string) => sheet.getColumn(1).values.findIndex((v) => v === code);
    expect(String(sheet.getCell('A1').value)).toContain(set.name!.vi);
    // yes/no and levels: a drop-down list of the allowed points (and "na"); the rule in words
    const yesNo = set.leaves.find((l) => l.rule === 'yes_no')!;
    expect(sheet.getCell(`F${rowOf(yesNo.code)}`).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"0,${yesNo.max},na"`],
    });
    expect(sheet.getCell(`D${rowOf(yesNo.code)}`).value).toBe(
      `Có/Không: 0 hoặc ${String(yesNo.max).replace('.', ',')}`,
    );
    const levels = set.leaves.find((l) => l.rule === 'levels')!;
    expect(sheet.getCell(`G${rowOf(levels.code)}`).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${[...levels.options, 'na'].join(',')}"`],
    });
    // a manual or ratio score: a decimal from 0 to the maximum
    const ratio = set.leaves.find((l) => l.rule === 'ratio')!;
    expect(sheet.getCell(`F${rowOf(ratio.code)}`).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, ratio.max],
    });
    // what a list allows, the consolidation allows
    for (const leaf of set.leaves) {
      const v = sheet.getCell(`F${rowOf(leaf.code)}`).dataValidation;
      if (v?.type === 'list')
        for (const option of String(v.formulae[0])
          .replace(/"/g, '')
          .split(',')
          .filter((o) => o !== 'na'))
          expect(allowedPoints(leaf, Number(option))).toBe(true);
    }
    // totals by formula: an area sums its children, the last row sums the areas
    const area = set.nodes.find((n) => n.parent === null && n.children.length > 0)!;
    expect(sheet.getCell(`G${rowOf(area.code)}`).value).toEqual({
      formula: `SUM(${area.children.map((c) => `G${rowOf(c)}`).join(',')})`,
    });
    const totalRow = 5 + set.nodes.length + 1;
    expect(sheet.getCell(`B${totalRow}`).value).toBe('Tổng cộng / Total');
    expect(String((sheet.getCell(`F${totalRow}`).value as { formula: string }).formula)).toMatch(/^SUM\(F6,/);
    // protected without a password; only the unit's own cells are open
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(sheet.getCell(`F${rowOf(yesNo.code)}`).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(`J${rowOf(yesNo.code)}`).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(`G${rowOf(yesNo.code)}`).protection?.locked).not.toBe(false);
    expect(sheet.getCell(`F${rowOf(area.code)}`).protection?.locked).not.toBe(false);
    expect(sheet.getRow(5).alignment).toMatchObject({ wrapText: true });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
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

  it('a batch that yields no score sheet, or holds any file it cannot read, is refused naming each', async () => {
    const sheet = await unitWorkbook(set, departments[0]!, scores.byUnit.get(departments[0]!.unit));
    const pdf = new TextEncoder().encode('%PDF-1.4 not a sheet');
    const refusal = async (files: { name: string; data: Uint8Array }[]) => {
      const error: unknown = await readReturnedFiles(files).then(
        () => expect.unreachable('the batch must be refused'),
        (e: unknown) => e,
      );
      if (!isEngineError(error)) throw error;
      return { en: error.en, problems: error.problems.map((p) => [p.file, p.en]) };
    };
    expect((await refusal([])).en).toContain('hold no score sheet');
    expect((await refusal([{ name: 'pdfs.zip', data: zipSync({ 'a.pdf': pdf, 'b.pdf': pdf }) }])).problems).toEqual([
      ['pdfs.zip › a.pdf', 'a.pdf is not an .xlsx score sheet'],
      ['pdfs.zip › b.pdf', 'b.pdf is not an .xlsx score sheet'],
    ]);
    const nested = zipSync({ 'inner.zip': zipSync({ 'X.xlsx': sheet }), 'SNV.xlsx': sheet });
    expect((await refusal([{ name: 'nested.zip', data: nested }])).problems).toEqual([
      ['nested.zip', 'inner.zip in nested.zip is an archive inside the archive: send the .xlsx files themselves'],
    ]);
    const traversal = zipSync({ '../../x.xlsx': sheet });
    expect((await refusal([{ name: 'up.zip', data: traversal }])).problems).toEqual([
      ['up.zip', '../../x.xlsx in up.zip has an absolute or ".." path: not expanded'],
    ]);
    // one unreadable file among good ones refuses the whole batch
    const mixed = await refusal([
      { name: 'good.xlsx', data: sheet },
      { name: 'broken.zip', data: new TextEncoder().encode('not a zip') },
      { name: 'd.xlsx', data: new TextEncoder().encode('not a workbook') },
      { name: 'notes.pdf', data: pdf },
    ]);
    expect(mixed.problems.map((p) => p[0])).toEqual(['broken.zip', 'd.xlsx', 'notes.pdf']);
    expect(mixed.en).toBe('Nothing consolidated: 3 problems in 3 files; nothing was written.');
  });

  it('a problem in an .xlsx inside a zip is named by both', async () => {
    const overMax = await edit(
      await unitWorkbook(set, departments[0]!, scores.byUnit.get(departments[0]!.unit)),
      (s) => {
        s.getCell(`G${5 + set.nodes.findIndex((n) => n.code === '3.3') + 1}`).value = 42;
      },
    );
    const sheets = await readReturnedFiles([
      { name: 'batch.zip', data: zipSync({ [`${departments[0]!.unit}.xlsx`]: overMax }) },
    ]);
    try {
      consolidateUnitSheets(set, units, sheets);
      expect.unreachable('a bad file must refuse the batch');
    } catch (error) {
      expect(isEngineError(error) && error.problems.map((p) => p.file)).toEqual([
        `batch.zip › ${departments[0]!.unit}.xlsx`,
      ]);
    }
  });
});

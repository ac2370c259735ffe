import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDemo, DEMO_PATH, formulaText, makeDemoWorkbook } from '../../scripts/make-demo-workbook';
import { AGREED_IDS, calledFunctions, declaredFunctionIds } from '../addin/taskpane/function-ids';

/** Every formula of the shipped samples/papi-demo.xlsx, read back with exceljs. */
async function formulasInFile(): Promise<{ sheet: string; address: string; formula: string; result: unknown }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(DEMO_PATH) as unknown as ArrayBuffer);
  const out: { sheet: string; address: string; formula: string; result: unknown }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (value && typeof value === 'object' && typeof value.formula === 'string')
          out.push({ sheet: sheet.name, address: cell.address, formula: value.formula, result: value.result });
      }),
    ),
  );
  return out;
}

describe('samples/papi-demo.xlsx (npm run samples)', () => {
  it('is rebuilt byte for byte: npm run samples leaves no tracked file changed', async () => {
    expect((await makeDemoWorkbook()).equals(readFileSync(DEMO_PATH))).toBe(true);
  });

  it('calls only PAPI functions the add-in declares, and shows the ones the planners need', async () => {
    const formulas = await formulasInFile();
    expect(formulas.length).toBeGreaterThanOrEqual(25);
    const declared = declaredFunctionIds();
    const called = new Set(formulas.flatMap((f) => calledFunctions(f.formula)));
    for (const id of called) {
      expect(declared.has(id), `PAPI.${id} is not declared in addin/functions/functions.ts`).toBe(true);
      expect(AGREED_IDS as readonly string[]).toContain(id);
    }
    // every formula is a PAPI call, nothing else slipped in
    for (const f of formulas) expect(calledFunctions(f.formula).length, f.formula).toBeGreaterThan(0);
    expect([...called].sort()).toEqual([...AGREED_IDS].sort());
  });

  it('stores formulas in the file syntax: English names, commas, no leading "=", no semicolons', async () => {
    for (const f of await formulasInFile()) {
      expect(f.formula).toMatch(/^PAPI\.[A-Z.]+\(/);
      expect(f.formula).not.toContain(';');
    }
    expect(formulaText('SCORE', ['An Giang', 2019])).toBe('PAPI.SCORE("An Giang",2019)');
    expect(formulaText('GROUP', [{ cell: 'B4' }, { cell: 'B5' }, null, 'vi'])).toBe('PAPI.GROUP(B4,B5,,"vi")');
    expect(formulaText('TABLE', [{ cell: 'B5' }, null, null])).toBe('PAPI.TABLE(B5)');
    expect(formulaText('SCORE', ['say "hi"', 2019])).toBe('PAPI.SCORE("say ""hi""",2019)');
  });

  it('holds the values the add-in computes (the file opens showing numbers) and is up to date', async () => {
    const file = await formulasInFile();
    const computed = await computeDemo();
    const key = (f: { sheet: string; address: string; formula: string }) => `${f.sheet}!${f.address} ${f.formula}`;
    expect(file.map(key).sort()).toEqual(computed.map(key).sort());
    for (const c of computed) expect(file.find((f) => key(f) === key(c))!.result, key(c)).toEqual(c.result[0]![0]);
    const at = (address: string) => file.find((f) => f.sheet === 'PAPI' && f.address === address)!;
    // 2024, the latest PAPI year: An Giang (former province) 42.89, 40th of 61, low-average
    expect(at('B8').formula).toBe('PAPI.SCORE("An Giang",2024)');
    expect(at('B8').result).toBeCloseTo(42.8917, 4);
    expect(at('B10').result).toBe(40);
    expect(at('B11').result).toBe('Nhóm đạt điểm trung bình thấp');
    expect(at('B23').formula).toBe('PAPI.SIMULATE(B4,B5,A19:B20,"vi")');
    expect(file.find((f) => f.sheet === 'PAR INDEX' && f.address === 'B16')!.result).toBe(85);
  });

  it('marks every spilling formula as a dynamic array over the range its result fills', async () => {
    const zip = await JSZip.loadAsync(readFileSync(DEMO_PATH));
    expect(await zip.file('xl/metadata.xml')?.async('string')).toContain('dynamicArrayProperties fDynamic="1"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/metadata.xml');
    const sheets = {
      PAPI: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
      'PAR INDEX': await zip.file('xl/worksheets/sheet2.xml')!.async('string'),
      'An Giang 2025': await zip.file('xl/worksheets/sheet3.xml')!.async('string'),
    };
    const spills = (await computeDemo()).filter((c) => c.ref !== null);
    expect(spills.map((s) => `${s.sheet}!${s.ref}`)).toEqual([
      'PAPI!B23:E23',
      'PAPI!C28:D35',
      'PAPI!B41:C49',
      'PAPI!G3:J66',
      'PAR INDEX!B18:E18',
      'PAR INDEX!B20:D27',
      'An Giang 2025!A9:H13',
      'An Giang 2025!B22:C30',
      'An Giang 2025!J3:N37',
    ]);
    for (const s of spills) {
      const xml = sheets[s.sheet as keyof typeof sheets];
      expect(xml).toMatch(new RegExp(`<c r="${s.address}" cm="1"[^>]*><f t="array" ref="${s.ref}">`));
    }
  });

  it('has a sheet for the new An Giang (An Giang + Kiên Giang): former provinces, the labelled 2024 estimate, rank among 34', async () => {
    const computed = (await computeDemo()).filter((c) => c.sheet === 'An Giang 2025');
    const at = (address: string) => computed.find((c) => c.address === address)!;
    const units = at('A9');
    expect(units.formula).toBe('PAPI.UNITS(B4,B5,,"vi")');
    const [, ag, kg, unit] = units.result as (string | number)[][];
    expect([ag![0], kg![0]]).toEqual(['An Giang', 'Kiên Giang']);
    // the estimate: the population-weighted mean of the two published totals (up to their rounding), from the sheet's own rows
    const [wa, wk, sa, sk] = [ag![1], kg![1], ag![3], kg![3]] as number[];
    expect(sa).toBeCloseTo(42.8917, 4);
    expect(sk).toBeCloseTo(39.9122, 4);
    expect(unit![3]).toBeCloseTo((wa! * sa! + wk! * sk!) / (wa! + wk!), 3);
    expect(unit![7]).toMatch(/^Ước tính \(không phải số công bố\)/);
    expect(at('B16').formula).toBe('PAPI.SCORE(B4,B5,,B6)');
    expect(at('B16').result[0]![0]).toBe(unit![3]);
    // rank among the units with a complete 2024 value, counted from the sheet's own 34-unit table
    const table = at('J3').result;
    expect(table).toHaveLength(35);
    const values = table
      .slice(1)
      .map((r) => r[2])
      .filter((v): v is number => typeof v === 'number');
    expect(at('B17').result[0]![0]).toBe(1 + values.filter((v) => v > (unit![3] as number)).length);
    expect(unit![5]).toBe(values.length);
    expect(at('B19').result[0]![0]).toBe(40);
    expect(at('B22').result.at(-1)![0]).toBe('Tổng mức tăng');
    const file = (await formulasInFile()).filter((f) => f.sheet === 'An Giang 2025');
    expect(file.find((f) => f.address === 'B17')!.result).toBe(at('B17').result[0]![0]);
  });
});

// The one-pass reader gives the consolidation the values exceljs gives for the same cells (text, isFormula), on unit
// sheets as the add-in writes them (hostile names, XML-special characters, `na`, notes, formulas) and on parts other
// writers produce (inline strings, rich text, namespace prefixes, no cell references, a sheet that is not the first).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readUnitWorkbook, unitWorkbook } from '../../../addin/taskpane/actions/internal-workbook';
import { NotASheet, readXlsxCells } from '../../../addin/taskpane/actions/xlsx-cells';
import { ZipRefused } from '../../../addin/taskpane/actions/zip-bounds';
import { parseCriteriaSet, parseScores, parseUnits, UNIT_SHEET_NAME } from '../../../engine/all';
import { zipBomb } from '../../../bench/zip-bomb-file';

const S = 'samples/internal';
const file = (name: string) => ({ file: name, text: readFileSync(`${S}/${name}`, 'utf8') });

/** What consolidateUnitSheets reads of a cell: its text and whether it is a formula. */
const read = (value: unknown): [string, boolean] => {
  const isFormula = typeof value === 'object' && value !== null && 'formula' in value;
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'object' && 'result' in v) return text((v as { result: unknown }).result);
    if (typeof v === 'object' && 'richText' in v)
      return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    return String(v).trim();
  };
  return [text(value), isFormula];
};

async function exceljsRows(bytes: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(UNIT_SHEET_NAME) ?? workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

function sameReading(a: readonly (readonly unknown[] | undefined)[], b: readonly (readonly unknown[] | undefined)[]) {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
    for (let c = 0; c < width; c++) expect(read(a[r]?.[c]), `row ${r + 1} column ${c + 1}`).toEqual(read(b[r]?.[c]));
  }
}

describe('readXlsxCells: one pass over a returned .xlsx', () => {
  it('reads every unit sheet of the rounds sample as exceljs does', async () => {
    const set = parseCriteriaSet(file('criteria-departments.csv'));
    const units = parseUnits(file('units.csv'));
    const scores = parseScores(file('scores-departments-2025-rounds.csv'), set, units);
    for (const unit of units.filter((u) => u.kind === set.kind)) {
      const bytes = await unitWorkbook(set, unit, scores.byUnit.get(unit.unit));
      const mine = await readUnitWorkbook(`${unit.unit}.xlsx`, bytes);
      expect(mine.sheet).toBe(UNIT_SHEET_NAME);
      sameReading(mine.rows, await exceljsRows(bytes));
    }
  });

  it('hostile and XML-special text, numbers and formulas read back exactly', async () => {
    const set = parseCriteriaSet({
      file: 'c.csv',
      text: 'code,parent,name_vi,max,source\n1,,"=HYPERLINK(""x"") & <b> ""a"" \'b\'",60,appraised\n2,,B,40,appraised',
    });
    const units = parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,"+Xã <A> & ""B""",xa' });
    const scores = parseScores(
      {
        file: 's.csv',
        text: 'unit,code,self,appraised,survey,note,evidence\nX1,1,50.5,,,"ghi chú <1> & 2","https://x.vn/a?b=1&c=2"\nX1,2,na,,,,',
      },
      set,
      units,
    );
    const bytes = await unitWorkbook(set, units[0]!, scores.byUnit.get('X1'));
    const mine = await readUnitWorkbook('X1.xlsx', bytes);
    sameReading(mine.rows, await exceljsRows(bytes));
    const texts = mine.rows.flat().map((v) => read(v)[0]);
    expect(texts).toContain('=HYPERLINK("x") & <b> "a" \'b\'');
    expect(texts).toContain('ghi chú <1> & 2');
    expect(texts).toContain('https://x.vn/a?b=1&c=2');
    expect(
      mine.rows.flat().filter((v) => typeof v === 'object' && v !== null && 'formula' in v).length,
    ).toBeGreaterThan(0);
  });

  it('reads inline and rich strings, prefixed elements, cells without references, and the named sheet', () => {
    const workbook = `<?xml version="1.0"?><x:workbook xmlns:x="main" xmlns:r="rel"><x:sheets><x:sheet name="Khác" sheetId="1" r:id="rId1"/><x:sheet name="${UNIT_SHEET_NAME}" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>`;
    const shared = `<sst><si><t>Mã</t></si><si><r><t>Sở </t></r><r><t xml:space="preserve">Nội vụ</t></r><rPh><t>ignored</t></rPh></si></sst>`;
    const sheet2 = `<x:worksheet><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>SNV &amp; co</x:t></x:is></x:c></x:row><x:row><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>7.25</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c><x:f>SUM(B3:B3)</x:f><x:v>7.25</x:v></x:c><x:c r="G3" t="str"><x:f t="shared" si="0"/><x:v>na</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(workbook),
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      'xl/sharedStrings.xml': strToU8(shared),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
      ),
      'xl/worksheets/sheet2.xml': strToU8(sheet2),
    });
    const cells = readXlsxCells('t.xlsx', bytes, UNIT_SHEET_NAME);
    expect(cells.sheet).toBe(UNIT_SHEET_NAME);
    expect(cells.rows[0]).toEqual([]);
    expect(cells.rows[1]).toEqual(['Mã', 'SNV & co']);
    expect(cells.rows[2]).toEqual([
      'Sở Nội vụ',
      7.25,
      true,
      { formula: 'SUM(B3:B3)', result: 7.25 },
      undefined,
      undefined,
      { formula: '', result: 'na' },
    ]);
    // no sheet of that name: the first
    expect(readXlsxCells('t.xlsx', bytes, 'Không có').sheet).toBe('Khác');
  });

  it('a zip that is not a workbook, or a bomb, is refused before anything is read', () => {
    expect(() => readXlsxCells('a.xlsx', zipSync({ 'a.txt': strToU8('x') }), UNIT_SHEET_NAME)).toThrow(NotASheet);
    expect(() => readXlsxCells('b.xlsx', zipBomb(1024), UNIT_SHEET_NAME)).toThrow(ZipRefused);
    // a part that lies about its size is stopped once it passes what it declared
    expect(() =>
      readXlsxCells('d.xlsx', zipBomb(64, { lie: true, member: 'xl/workbook.xml' }), UNIT_SHEET_NAME),
    ).toThrow(/declared|khai/);
    expect(() => readXlsxCells('c.xlsx', strToU8('not a zip'), UNIT_SHEET_NAME)).toThrow(ZipRefused);
  });
});

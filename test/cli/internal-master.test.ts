import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unitWorkbook } from '../../addin/taskpane/actions/internal-workbook';
import { SHEET_NAMES } from '../../addin/taskpane/actions/internal-sheets';
import { runInternal } from '../../addin/taskpane/panels/internal-panel';
import { parseCriteriaSet, parseScores, parseUnits, UNIT_SHEET_NAME } from '../../engine/all';
import { zipBomb } from '../../bench/zip-bomb-file';
import { json, run } from '../helpers/run-cli';

const S = 'samples/internal';
const sample = (name: string) => ({ file: name, text: readFileSync(`${S}/${name}`, 'utf8') });
const set = parseCriteriaSet(sample('criteria-departments.csv'));
const units = parseUnits(sample('units.csv'));
const scores = parseScores(sample('scores-departments-2025.csv'), set, units);
const departments = units.filter((u) => u.kind === 'so_ban_nganh');
const definition = ['--definition', `${S}/criteria-departments.csv`, '--units', `${S}/units.csv`];

async function newMaster(dir: string): Promise<string> {
  const master = join(dir, 'master.xlsx');
  await json('internal', 'workbook', ...definition, '--out', master);
  return master;
}

async function returned(dir: string, unitCodes: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const code of unitCodes) {
    const path = join(dir, `${code}.xlsx`);
    writeFileSync(
      path,
      await unitWorkbook(
        set,
        units.find((u) => u.unit === code)!,
        scores.byUnit.get(code),
      ),
    );
    paths.push(path);
  }
  return paths;
}

async function scoresSheet(master: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(master);
  return workbook.getWorksheet(SHEET_NAMES.scores)!;
}

describe('papi internal workbook | sheets | consolidate | results --master', () => {
  it('two batches keep both, a hand edit survives, a changed value needs --yes, --undo restores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-master-'));
    const master = await newMaster(dir);
    const codes = departments.map((u) => u.unit);
    const first = await json(
      'internal',
      'consolidate',
      '--master',
      master,
      ...(await returned(dir, codes.slice(0, 7))),
    );
    expect([first.written, first.new_units.length, first.changes]).toEqual([true, 7, []]);
    // a hand edit in the master: a note on a unit of the first batch
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    const sheet = workbook.getWorksheet(SHEET_NAMES.scores)!;
    const row = sheet.getColumn(1).values.findIndex((v, i) => v === codes[0] && sheet.getCell(i, 2).value === '1.1.1');
    sheet.getCell(row, 8).value = 'sửa tay';
    await workbook.xlsx.writeFile(master);
    const second = await json('internal', 'consolidate', '--master', master, ...(await returned(dir, codes.slice(7))));
    expect([second.new_units.length, second.untouched_units.length, second.changes]).toEqual([codes.length - 7, 7, []]);
    expect((await scoresSheet(master)).getCell(row, 8).value).toBe('sửa tay');
    // results read from the master's own sheets equal the results of the CSV files
    const fromMaster = await json('internal', 'results', '--master', master);
    const fromCsv = await json('internal', 'results', ...definition, '--scores', `${S}/scores-departments-2025.csv`);
    expect(fromMaster.units.map((u: { unit: string; percent: number }) => [u.unit, u.percent])).toEqual(
      fromCsv.units.map((u: { unit: string; percent: number }) => [u.unit, u.percent]),
    );
    // a returned sheet that changes a value already there: listed, nothing written without --yes
    const changedFile = join(dir, 'changed', `${codes[0]}.xlsx`);
    const unitBook = new ExcelJS.Workbook();
    await unitBook.xlsx.load((await unitWorkbook(set, departments[0]!, scores.byUnit.get(codes[0]!))) as never);
    const unitSheet = unitBook.getWorksheet(UNIT_SHEET_NAME)!;
    const r = unitSheet.getColumn(1).values.findIndex((v) => v === '1.1.1');
    unitSheet.getCell(r, 9).value = 'giải trình mới';
    await import('node:fs').then((fs) => fs.mkdirSync(join(dir, 'changed')));
    await unitBook.xlsx.writeFile(changedFile);
    const before = readFileSync(master);
    const asked = await run('internal', 'consolidate', '--master', master, changedFile, '--lang', 'en');
    expect(asked.code).toBe(1);
    expect(asked.out).toContain(`${codes[0]} · 1.1.1 · Note / explanation: sửa tay → giải trình mới`);
    expect(readFileSync(master).equals(before)).toBe(true);
    const applied = await json('internal', 'consolidate', '--master', master, changedFile, '--yes');
    expect(applied.changes).toHaveLength(1);
    expect((await scoresSheet(master)).getCell(row, 8).value).toBe('giải trình mới');
    await json('internal', 'consolidate', '--master', master, '--undo');
    expect((await scoresSheet(master)).getCell(row, 8).value).toBe('sửa tay');
  }, 60_000);

  it('a refused batch leaves the master byte for byte: PDFs, a nested zip, a `..` name, no file, a bomb, a bad score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-master-'));
    const master = await newMaster(dir);
    const [good] = await returned(dir, [departments[0]!.unit]);
    const sheet = readFileSync(good!);
    const write = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const pdf = new TextEncoder().encode('%PDF-1.4');
    const overMax = new ExcelJS.Workbook();
    await overMax.xlsx.load(sheet as never);
    const ws = overMax.getWorksheet(UNIT_SHEET_NAME)!;
    ws.getCell(
      ws.getColumn(1).values.findIndex((v) => v === '1.1.1'),
      7,
    ).value = 99;
    const batches: [string[], RegExp][] = [
      [[write('pdfs.zip', zipSync({ 'a.pdf': pdf }))], /a\.pdf is not an \.xlsx score sheet/],
      [[write('nested.zip', zipSync({ 'in.zip': zipSync({ 'x.xlsx': sheet }) }))], /archive inside the archive/],
      [[write('up.zip', zipSync({ '../../x.xlsx': sheet }))], /absolute or "\.\." path/],
      [[], /hold no score sheet/],
      [[write('bomb.zip', zipBomb(1024))], /expands to more than 100 MB/],
      [[good!, write('notes.pdf', pdf)], /notes\.pdf cannot be read as an \.xlsx score sheet/],
      [[write('over.xlsx', new Uint8Array(await overMax.xlsx.writeBuffer()))], /above|vượt/],
    ];
    const before = readFileSync(master);
    for (const [files, expected] of batches) {
      const result = await run('internal', 'consolidate', '--master', master, ...files, '--lang', 'en');
      expect(result.code).toBe(1);
      expect(result.err.replace(/\n/g, ' ')).toMatch(expected);
      expect(readFileSync(master).equals(before)).toBe(true);
    }
  }, 60_000);

  it('master headers are Vietnamese with the field name as the cell note, also after consolidate and --undo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-master-'));
    const master = await newMaster(dir);
    const headers = async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(master);
      const row = (name: string, n: number) =>
        (book.getWorksheet(name)!.getRow(n).values as unknown[]).slice(1).map((v, i) => {
          const note = book.getWorksheet(name)!.getCell(n, i + 1).note;
          return [v, typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('')];
        });
      const definition = book.getWorksheet(SHEET_NAMES.definition)!;
      const headerRow = definition.getColumn(1).values.findIndex((v) => v === 'Mã');
      return {
        definition: row(SHEET_NAMES.definition, headerRow),
        units: row(SHEET_NAMES.units, 1),
        scores: row(SHEET_NAMES.scores, 1),
      };
    };
    const expected = {
      definition: [
        ['Mã', 'code'],
        ['Mã mục cha', 'parent'],
        ['Tên (tiếng Việt)', 'name_vi'],
        ['Tên (tiếng Anh)', 'name_en'],
        ['Điểm tối đa', 'max'],
        ['Nguồn điểm', 'source'],
        ['Cách chấm', 'rule'],
        ['Các mức / nội dung chấm', 'options'],
        ['Cơ quan chủ trì', 'owner'],
      ],
      units: [
        ['Mã đơn vị', 'unit'],
        ['Tên (tiếng Việt)', 'name_vi'],
        ['Loại đơn vị', 'kind'],
        ['Nhóm', 'group'],
        ['Xếp hạng (yes/no)', 'ranked'],
      ],
      scores: [
        ['Mã đơn vị', 'unit'],
        ['Mã', 'code'],
        ['Tên (tiếng Việt)', 'name_vi'],
        ['Điểm tối đa', 'max'],
        ['Điểm tự chấm', 'self'],
        ['Điểm thẩm định', 'appraised'],
        ['Điểm điều tra XHH', 'survey'],
        ['Ghi chú / giải trình', 'note'],
        ['Tài liệu kiểm chứng', 'evidence'],
        ['Thẩm định lần 1', 'appraised_1'],
        ['Ý kiến thẩm định lần 1', 'comment_1'],
        ['Đơn vị phản hồi', 'response'],
      ],
    };
    expect(await headers()).toEqual(expected);
    const codes = departments.map((u) => u.unit);
    await json('internal', 'consolidate', '--master', master, ...(await returned(dir, codes)));
    expect(await headers()).toEqual(expected);
    const fromMaster = await json('internal', 'results', '--master', master);
    const fromCsv = await json('internal', 'results', ...definition, '--scores', `${S}/scores-departments-2025.csv`);
    expect(fromMaster.units.map((u: { percent: number }) => u.percent)).toEqual(
      fromCsv.units.map((u: { percent: number }) => u.percent),
    );
    await json('internal', 'consolidate', '--master', master, '--undo');
    expect(await headers()).toEqual(expected);
    // a note deleted by hand: the heading alone still names the field
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(master);
    const units = book.getWorksheet(SHEET_NAMES.units)!;
    units.getCell('A1').note = '';
    await book.xlsx.writeFile(master);
    expect((await json('internal', 'results', '--master', master)).units).toHaveLength(fromCsv.units.length);
  }, 60_000);

  it('workbook and sheets never overwrite a file; sheets holds one .xlsx per unit with its code in B2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-master-'));
    const master = await newMaster(dir);
    const before = readFileSync(master);
    const again = await run('internal', 'workbook', ...definition, '--out', master, '--lang', 'en');
    expect([again.code, again.err]).toEqual([1, expect.stringContaining('already exists: not overwritten')]);
    expect(readFileSync(master).equals(before)).toBe(true);
    const zip = join(dir, 'sheets.zip');
    const out = await json('internal', 'sheets', ...definition, '--out', zip);
    expect(out.units).toEqual(departments.map((u) => u.unit));
    const inside = unzipSync(readFileSync(zip));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(inside[`${departments[2]!.unit}.xlsx`] as never);
    expect(book.getWorksheet(UNIT_SHEET_NAME)!.getCell('B2').value).toBe(departments[2]!.unit);
  });

  it('hostile names (=, +, -, @) are stored as text by the .xlsx writer (read back with exceljs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-master-'));
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1)'];
    const unitsFile = join(dir, 'units.csv');
    writeFileSync(
      unitsFile,
      ['unit,name_vi,kind', ...hostile.map((n, i) => `U${i},"${n.replace(/"/g, '""')}",xa`)].join('\n'),
    );
    const setFile = join(dir, 'set.csv');
    writeFileSync(
      setFile,
      `# kind: xa\ncode,parent,name_vi,max,source\n1,,"${hostile[0]!.replace(/"/g, '""')}",100,appraised`,
    );
    const master = join(dir, 'm.xlsx');
    await json('internal', 'workbook', '--definition', setFile, '--units', unitsFile, '--out', master);
    const zip = join(dir, 's.zip');
    await json('internal', 'sheets', '--definition', setFile, '--units', unitsFile, '--out', zip);
    const books = [readFileSync(master), ...Object.values(unzipSync(readFileSync(zip)))];
    let seen = 0;
    for (const bytes of books) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as never);
      book.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            // formulas only where the add-in means one: the unit sheets' totals
            if (cell.type === ExcelJS.ValueType.Formula)
              expect(cell.formula).toMatch(/^SUM\([A-Z]+\d+(,[A-Z]+\d+)*\)$/);
            if (hostile.some((h) => String(cell.value).includes(h))) {
              expect(cell.type).toBe(ExcelJS.ValueType.String);
              seen++;
            }
          }),
        ),
      );
    }
    expect(seen).toBeGreaterThanOrEqual(hostile.length + 1 + hostile.length * 2); // units, set, each unit sheet
  });

  it("the CLI and the pane give the same classes with the set's # top_floor (one pipeline)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-master-'));
    const setText = sample('criteria-departments.csv').text.replace('# scale: 100', '# scale: 100\n# top_floor: 95');
    const setFile = join(dir, 'criteria.csv');
    writeFileSync(setFile, setText);
    const cli = await json(
      'internal',
      'results',
      '--definition',
      setFile,
      '--units',
      `${S}/units.csv`,
      '--scores',
      `${S}/scores-departments-2025.csv`,
    );
    const pane = runInternal(
      {
        set: { file: 'criteria.csv', text: setText },
        units: sample('units.csv'),
        scores: sample('scores-departments-2025.csv'),
        previous: null,
        classes: '',
      },
      null,
    );
    const classes = (list: { unit: string; class: string | null }[]) => list.map((u) => [u.unit, u.class]);
    expect(classes(pane.results!.units as never)).toEqual(classes(cli.units));
    // the floor matters here: some unit at 90 % or more is not in the top class
    const demoted = cli.units.filter(
      (u: { percent: number; class: string }) => u.percent >= 90 && u.class !== 'Xuất sắc',
    );
    expect(demoted.length).toBeGreaterThan(0);
  });
});

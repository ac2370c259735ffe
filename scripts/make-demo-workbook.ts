// npm run samples: writes samples/papi-demo.xlsx, a workbook that shows every =PAPI.* function on real data, with
// Vietnamese and English labels. Formulas are stored in Excel's file syntax (English names, comma separators); Excel
// shows them in the user's locale (e.g. semicolons in a Vietnamese Excel). Each formula is also computed here, with
// the add-in's own cell adapters, so the file opens showing values and every spill range is sized to its result.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readDataFiles } from '../cli/data-files';
import { parGroupCell, parLostCell, parPercentCell, parRankCell, parScoreCell } from '../addin/functions/par';
import {
  dimensionsCell,
  groupCell,
  rankCell,
  rankOfCell,
  scoreCell,
  tableCell,
  totalCell,
} from '../addin/functions/papi';
import { chanceCell, simulateCell, targetCell } from '../addin/functions/scenario';
import { unitsCell } from '../addin/functions/units';
import { setDataSource } from '../addin/shared/load-dataset';
import { columnNumber } from '../addin/taskpane/actions/sheet-block';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_PATH = join(ROOT, 'samples/papi-demo.xlsx');

type Value = string | number | null;
/** A formula argument: a literal, an omitted optional argument (null), a cell or a range of the same sheet. */
type Arg = Value | { readonly cell: string } | { readonly range: string };
type Adapter = (...args: unknown[]) => Promise<unknown>;

/** The function ids the workbook calls and the adapters that compute them (the same code as the add-in). */
const FUNCTIONS: Readonly<Record<string, Adapter>> = {
  SCORE: scoreCell as Adapter,
  RANK: rankCell as Adapter,
  GROUP: groupCell as Adapter,
  TOTAL: totalCell as Adapter,
  RANKOF: rankOfCell as Adapter,
  SIMULATE: simulateCell as Adapter,
  TARGET: targetCell as Adapter,
  CHANCE: chanceCell as Adapter,
  TABLE: tableCell as Adapter,
  DIMENSIONS: dimensionsCell as Adapter,
  'PAR.SCORE': parScoreCell as Adapter,
  'PAR.PERCENT': parPercentCell as Adapter,
  'PAR.GROUP': parGroupCell as Adapter,
  'PAR.LOST': parLostCell as Adapter,
  'PAR.RANK': parRankCell as Adapter,
  UNITS: unitsCell as Adapter,
};

interface Entry {
  readonly address: string;
  readonly value?: Value;
  readonly call?: { readonly fn: string; readonly args: readonly Arg[] };
  readonly bold?: boolean;
  /** a number format, or one per column of a spilled result */
  readonly format?: string | readonly string[];
}

interface SheetSpec {
  readonly name: string;
  readonly widths: readonly number[];
  readonly entries: readonly Entry[];
}

const label = (address: string, vi: string, en: string, bold = false): Entry => ({
  address,
  value: `${vi} / ${en}`,
  bold,
});
const put = (address: string, value: Value, format?: string): Entry => ({
  address,
  value,
  ...(format ? { format } : {}),
});
const call = (address: string, fn: string, args: readonly Arg[], format?: string | readonly string[]): Entry => ({
  address,
  call: { fn, args },
  ...(format ? { format } : {}),
});
const SCORE = '0.00';

const papiSheet: SheetSpec = {
  name: 'PAPI',
  widths: [44, 14, 14, 36, 14, 4, 8, 22, 10, 30],
  entries: [
    { address: 'A1', value: 'Sổ mẫu PAPI · PAR INDEX / PAPI · PAR INDEX demo workbook', bold: true },
    label(
      'A2',
      'Cần bổ trợ PAPI (tab Trang đầu > Bổ trợ). Nếu ô báo #NAME? sau khi bổ trợ đã tải, chọn ô, nhấn F2 rồi Enter',
      'Needs the PAPI add-in (Home > Add-ins). If a cell shows #NAME? after the add-in loads, select it, press F2 then Enter',
    ),
    label('A4', 'Tỉnh, thành phố', 'Province', true),
    put('B4', 'An Giang'),
    label('A5', 'Năm', 'Year', true),
    put('B5', 2024),

    label('A7', 'Điểm, hạng, nhóm', 'Score, rank, group', true),
    label('A8', 'Tổng điểm (nhập trực tiếp)', 'Total (typed in)'),
    call('B8', 'SCORE', ['An Giang', 2024], SCORE),
    label('A9', 'Tổng điểm', 'Total'),
    call('B9', 'SCORE', [{ cell: 'B4' }, { cell: 'B5' }], SCORE),
    label('A10', 'Hạng', 'Rank'),
    call('B10', 'RANK', [{ cell: 'B4' }, { cell: 'B5' }]),
    label('A11', 'Nhóm', 'Group'),
    call('B11', 'GROUP', [{ cell: 'B4' }, { cell: 'B5' }, null, 'vi']),
    label('A12', 'Nhóm (tiếng Anh)', 'Group (English)'),
    call('B12', 'GROUP', [{ cell: 'B4' }, { cell: 'B5' }, null, 'en']),
    label('A13', 'Điểm D3', 'D3 score'),
    call('B13', 'SCORE', [{ cell: 'B4' }, { cell: 'B5' }, 'd3'], SCORE),
    label('A14', 'Hạng D3', 'D3 rank'),
    call('B14', 'RANK', [{ cell: 'B4' }, { cell: 'B5' }, 'd3']),
    label('A15', 'Hạng nếu tổng điểm là 45', 'Rank with a total of 45'),
    call('B15', 'RANKOF', [45, { cell: 'B5' }, null, { cell: 'B4' }]),

    label('A17', 'Nếu... thì: các thay đổi', 'What-if: the changes', true),
    label('A18', 'Chỉ số', 'Measure', true),
    label('B18', 'Giá trị', 'Value', true),
    put('A19', 'd3'),
    put('B19', '+0.5'),
    label('C19', 'chữ "+0.5": cộng thêm 0,5', 'text "+0.5": add 0.5'),
    put('A20', 'd5'),
    put('B20', 8, SCORE),
    label('C20', 'số 8: đặt bằng 8', 'number 8: set to 8'),
    label('B22', 'Tổng điểm', 'Total', true),
    label('C22', 'Hạng', 'Rank', true),
    label('D22', 'Số tỉnh xếp hạng', 'Of', true),
    label('E22', 'Nhóm', 'Group', true),
    label('A23', 'Kết quả kịch bản (PAPI.SIMULATE)', 'Scenario outcome (PAPI.SIMULATE)'),
    call('B23', 'SIMULATE', [{ cell: 'B4' }, { cell: 'B5' }, { range: 'A19:B20' }, 'vi'], [SCORE, '0', '0', '@']),
    label('A24', 'Khả năng đạt hạng 20 trở lên (PAPI.CHANCE)', 'Chance of rank 20 or better (PAPI.CHANCE)'),
    call('B24', 'CHANCE', [{ cell: 'B4' }, { cell: 'B5' }, 20, { range: 'A19:B20' }], '0.0%'),

    label('A26', 'Chỉ số nội dung', 'Dimensions', true),
    label('A27', 'Mã', 'Code', true),
    label('B27', 'Điểm', 'Score', true),
    label('C27', 'Mã (PAPI.DIMENSIONS)', 'Code (PAPI.DIMENSIONS)', true),
    label('D27', 'Tên', 'Name', true),
    ...['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'].flatMap((code, i) => [
      put(`A${28 + i}`, code),
      call(`B${28 + i}`, 'SCORE', [{ cell: '$B$4' }, { cell: '$B$5' }, { cell: `A${28 + i}` }], SCORE),
    ]),
    call('C28', 'DIMENSIONS', [{ cell: 'B5' }, 'vi']),
    label('A36', 'Tổng của 8 điểm (PAPI.TOTAL)', 'Sum of the 8 scores (PAPI.TOTAL)'),
    call('B36', 'TOTAL', [{ range: 'B28:B35' }, { cell: 'B5' }], SCORE),

    label('A38', 'Mục tiêu', 'Target', true),
    label('A39', 'Hạng mục tiêu', 'Target rank'),
    put('B39', 10),
    label('A40', 'Giới hạn (bounds, best, gain)', 'Caps (bounds, best, gain)'),
    put('B40', 'bounds'),
    label('A41', 'Mức tăng ít nhất cần có (PAPI.TARGET)', 'Least increases needed (PAPI.TARGET)'),
    call(
      'B41',
      'TARGET',
      [{ cell: 'B4' }, { cell: 'B5' }, { cell: 'B39' }, { cell: 'B40' }, null, 'vi'],
      ['@', '0.000'],
    ),

    label('G2', 'Bảng xếp hạng (PAPI.TABLE)', 'Ranking (PAPI.TABLE)', true),
    call('G3', 'TABLE', [{ cell: 'B5' }, null, 'vi'], ['0', '@', SCORE, '@']),
  ],
};

const PAR_POINTS: readonly [string, number, string, string][] = [
  ['a1', 9, 'Công tác chỉ đạo, điều hành CCHC', 'PAR direction and management'],
  ['a2', 9, 'Xây dựng và tổ chức thực hiện VBQPPL', 'Legal documents'],
  ['a3', 13, 'Cải cách thủ tục hành chính', 'Administrative procedures'],
  ['a4', 10, 'Cải cách tổ chức bộ máy', 'Organisational apparatus'],
  ['a5', 14, 'Cải cách chế độ công vụ', 'Civil service'],
  ['a6', 6, 'Cải cách tài chính công', 'Public finance'],
  ['a7', 13, 'Xây dựng chính quyền điện tử, chính quyền số', 'E-government, digital government'],
  ['a8', 11, 'Tác động đến người dân, tổ chức và phát triển KT-XH', 'Impact on people, organisations and development'],
];

const parSheet: SheetSpec = {
  name: 'PAR INDEX',
  widths: [40, 14, 14, 40, 12],
  entries: [
    { address: 'A1', value: 'PAR INDEX: điểm theo lĩnh vực / PAR INDEX: points by area', bold: true },
    label('A3', 'Năm', 'Year', true),
    put('B3', 2019),
    label('A5', 'Lĩnh vực', 'Area', true),
    label('B5', 'Điểm', 'Points', true),
    label('C5', 'Tên', 'Name', true),
    ...PAR_POINTS.flatMap(([code, points, vi, en], i) => [
      put(`A${6 + i}`, code),
      put(`B${6 + i}`, points),
      put(`C${6 + i}`, `${vi} / ${en}`),
    ]),
    label('A15', 'Tổng điểm (PAPI.PAR.SCORE)', 'Total (PAPI.PAR.SCORE)'),
    call('B15', 'PAR.SCORE', [{ cell: 'B3' }, { range: 'A6:B13' }], SCORE),
    label('A16', 'Tỷ lệ % (PAPI.PAR.PERCENT)', 'Percent (PAPI.PAR.PERCENT)'),
    call('B16', 'PAR.PERCENT', [{ cell: 'B3' }, { range: 'A6:B13' }], SCORE),
    label('A17', 'Nhóm (PAPI.PAR.GROUP)', 'Group (PAPI.PAR.GROUP)'),
    call('B17', 'PAR.GROUP', [{ cell: 'B3' }, { range: 'A6:B13' }]),
    label(
      'A18',
      'Hạng ước tính, tốt nhất, kém nhất, số kết quả (PAPI.PAR.RANK)',
      'Rank estimate, best, worst, known results (PAPI.PAR.RANK)',
    ),
    call('B18', 'PAR.RANK', [{ cell: 'B3' }, { range: 'A6:B13' }], ['0.0', '0', '0', '0']),
    label('A20', 'Điểm bị mất, nhiều nhất trước (PAPI.PAR.LOST)', 'Points lost, largest first (PAPI.PAR.LOST)'),
    call('B20', 'PAR.LOST', [{ cell: 'B3' }, { range: 'A6:B13' }, 'vi'], ['@', '@', SCORE]),
  ],
};

/**
 * A merged unit of 1 July 2025: the new An Giang (An Giang + Kiên Giang). Its PAPI baseline is an estimate (the
 * population-weighted mean of the former provinces), ranked among the 34 units; the sheet shows the former provinces'
 * own scores beside it, so the spread is visible, and a target stated among the 34 units.
 */
const unitSheet: SheetSpec = {
  name: 'An Giang 2025',
  widths: [48, 12, 10, 10, 8, 8, 26, 60, 4, 8, 28, 10, 26, 36],
  entries: [
    {
      address: 'A1',
      value:
        'Đơn vị sáp nhập từ 1/7/2025: An Giang (An Giang + Kiên Giang) / Merged unit from 1 July 2025: An Giang (An Giang + Kien Giang)',
      bold: true,
    },
    label(
      'A2',
      'Điểm PAPI của đơn vị sáp nhập là ƯỚC TÍNH (bình quân gia quyền theo dân số của các tỉnh cũ), không phải số công bố',
      "A merged unit's PAPI score is an ESTIMATE (population-weighted mean of the former provinces), not a published figure",
    ),
    label('A4', 'Đơn vị (tỉnh, thành phố từ 1/7/2025)', 'Unit (province from 1 July 2025)', true),
    put('B4', 'An Giang'),
    label('A5', 'Năm kết quả của các tỉnh cũ', 'Results year of the former provinces', true),
    put('B5', 2024),
    label(
      'A6',
      'Tập đơn vị (2025 = 34 đơn vị; để trống = 63 tỉnh cũ)',
      'Units (2025 = the 34 units; blank = the 63 former provinces)',
      true,
    ),
    put('B6', 2025),

    label('A8', 'Các tỉnh cũ và giá trị ước tính (PAPI.UNITS)', 'Former provinces and the estimate (PAPI.UNITS)', true),
    call(
      'A9',
      'UNITS',
      [{ cell: 'B4' }, { cell: 'B5' }, null, 'vi'],
      ['@', '#,##0', '0.0%', SCORE, '0', '0', '@', '@'],
    ),

    label('A15', 'Trong 34 đơn vị', 'Among the 34 units', true),
    label('A16', 'Tổng điểm (ước tính)', 'Total (estimate)'),
    call('B16', 'SCORE', [{ cell: 'B4' }, { cell: 'B5' }, null, { cell: 'B6' }], SCORE),
    label('A17', 'Hạng trong 34 đơn vị (đơn vị có đủ dữ liệu)', 'Rank among the 34 units (those with complete data)'),
    call('B17', 'RANK', [{ cell: 'B4' }, { cell: 'B5' }, null, { cell: 'B6' }]),
    label('A18', 'Nhóm', 'Group'),
    call('B18', 'GROUP', [{ cell: 'B4' }, { cell: 'B5' }, null, 'vi', { cell: 'B6' }]),
    label(
      'A19',
      'Hạng của tỉnh An Giang cũ trong 63 tỉnh (để so sánh)',
      'Rank of the former An Giang among 63 provinces (for comparison)',
    ),
    call('B19', 'RANK', [{ cell: 'B4' }, { cell: 'B5' }]),

    label('A21', 'Mục tiêu: hạng trong 34 đơn vị', 'Target: rank among the 34 units', true),
    put('B21', 10),
    label(
      'A22',
      'Mức tăng ít nhất cần có (PAPI.TARGET, giới hạn realistic)',
      'Least increases needed (PAPI.TARGET, realistic caps)',
    ),
    call(
      'B22',
      'TARGET',
      [{ cell: 'B4' }, { cell: 'B5' }, { cell: 'B21' }, 'realistic', null, 'vi', { cell: 'B6' }],
      ['@', '0.000'],
    ),
    label(
      'A32',
      'Khả năng đạt hạng 25 trở lên trong 34 đơn vị với điểm ước tính hiện tại (PAPI.CHANCE)',
      'Chance of rank 25 or better among the 34 units at the current estimate (PAPI.CHANCE)',
    ),
    call('B32', 'CHANCE', [{ cell: 'B4' }, { cell: 'B5' }, 25, null, { cell: 'B6' }], '0.0%'),

    label('J2', 'Bảng xếp hạng 34 đơn vị (PAPI.TABLE)', 'Ranking of the 34 units (PAPI.TABLE)', true),
    call('J3', 'TABLE', [{ cell: 'B5' }, null, 'vi', { cell: 'B6' }], ['0', '@', SCORE, '@', '@']),
  ],
};

export const DEMO_SHEETS: readonly SheetSpec[] = [papiSheet, parSheet, unitSheet];

/** The formula text as stored in the file: English names, comma separators, "" inside strings, no leading "=". */
export function formulaText(fn: string, args: readonly Arg[]): string {
  const parts = args.map((a) =>
    a === null
      ? ''
      : typeof a === 'number'
        ? String(a)
        : typeof a === 'string'
          ? `"${a.replace(/"/g, '""')}"`
          : 'cell' in a
            ? a.cell
            : a.range,
  );
  while (parts.length > 0 && parts.at(-1) === '') parts.pop();
  return `PAPI.${fn}(${parts.join(',')})`;
}

function decode(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Bad address ${address}`);
  return { row: Number(match[2]), col: columnNumber(match[1]!) };
}

function encode(row: number, col: number): string {
  let letters = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** A computed formula: the anchor's value, and the spilled block when the result is an array. */
export interface ComputedFormula {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly result: Value[][];
  /** the spill range (A1:D64), null for a single value */
  readonly ref: string | null;
}

/** Computes every formula of the demo with the add-in's adapters over the published data. */
export async function computeDemo(): Promise<ComputedFormula[]> {
  setDataSource(readDataFiles());
  const out: ComputedFormula[] = [];
  for (const sheet of DEMO_SHEETS) {
    const values = new Map<string, Value>();
    for (const e of sheet.entries) if (e.value !== undefined) values.set(e.address, e.value);
    const valueAt = (address: string) => values.get(address.replace(/\$/g, '')) ?? null;
    const resolveArg = (a: Arg): unknown => {
      if (a === null || typeof a !== 'object') return a;
      if ('cell' in a) return valueAt(a.cell);
      const [from, to] = a.range.split(':').map(decode) as [{ row: number; col: number }, { row: number; col: number }];
      return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
        Array.from({ length: to.col - from.col + 1 }, (_, c) => valueAt(encode(from.row + r, from.col + c))),
      );
    };
    for (const e of sheet.entries) {
      if (!e.call) continue;
      const adapter = FUNCTIONS[e.call.fn];
      if (!adapter) throw new Error(`${sheet.name}!${e.address}: no function PAPI.${e.call.fn}`);
      const raw = await adapter(...e.call.args.map(resolveArg), null);
      const result = (Array.isArray(raw) ? raw : [[raw]]) as Value[][];
      const { row, col } = decode(e.address);
      const rows = result.length;
      const cols = Math.max(...result.map((r) => r.length));
      const ref = rows * cols > 1 ? `${e.address}:${encode(row + rows - 1, col + cols - 1)}` : null;
      result.forEach((line, r) => line.forEach((v, c) => values.set(encode(row + r, col + c), v)));
      out.push({ sheet: sheet.name, address: e.address, formula: formulaText(e.call.fn, e.call.args), result, ref });
    }
  }
  return out;
}

/**
 * Marks spilling formulas as dynamic arrays (what Excel writes itself: cm="1" on the anchor cell and a metadata part
 * with the XLDAPR type). Without it Excel 365 would open =PAPI.TABLE(...) as =@PAPI.TABLE(...) and show one value;
 * Excel without dynamic arrays reads the same cells as an array formula over the stored range.
 */
async function markDynamicArrays(xlsx: Buffer, anchors: ReadonlyMap<string, readonly string[]>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetIds = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({
    name: m[1]!,
    rid: m[2]!,
  }));
  for (const [sheetName, cells] of anchors) {
    const rid = sheetIds.find((s) => s.name === sheetName)?.rid;
    const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
    const path = target ? `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}` : null;
    if (!path || !zip.file(path)) throw new Error(`Cannot find the part of sheet ${sheetName}`);
    let xml = await zip.file(path)!.async('string');
    for (const address of cells) {
      const before = xml;
      xml = xml.replace(new RegExp(`<c r="${address}"(?![^>]*cm=)`), `<c r="${address}" cm="1"`);
      if (xml === before) throw new Error(`${sheetName}!${address}: no cell to mark as a dynamic array`);
    }
    zip.file(path, xml);
  }
  zip.file(
    'xl/metadata.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
      '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
      '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
      '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
    ),
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdPapiMetadata" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
    ),
  );
  // Every entry dated like the workbook (not the time of the run), so `npm run samples` rewrites the committed file
  // byte for byte and leaves git clean.
  for (const entry of Object.values(zip.files)) entry.date = WORKBOOK_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const WORKBOOK_DATE = new Date('2024-01-01T00:00:00Z');

/** Builds the workbook: labels, inputs, formulas with their computed values, spill ranges, formats. */
export async function makeDemoWorkbook(): Promise<Buffer> {
  const computed = await computeDemo();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'papi-par-engine';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = workbook.created;
  const anchors = new Map<string, string[]>();
  for (const spec of DEMO_SHEETS) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    for (const e of spec.entries) {
      const cell = sheet.getCell(e.address);
      if (e.value !== undefined) cell.value = e.value;
      if (e.bold) cell.font = { bold: true };
      const formatOf = (column: number) => (typeof e.format === 'string' ? e.format : e.format?.[column]);
      if (formatOf(0)) cell.numFmt = formatOf(0)!;
      if (!e.call) continue;
      const f = computed.find((c) => c.sheet === spec.name && c.address === e.address)!;
      const first = f.result[0]?.[0] ?? null;
      if (f.ref === null) {
        cell.value = { formula: f.formula, result: first ?? '' } as ExcelJS.CellFormulaValue;
        continue;
      }
      // exceljs writes shareType 'array' + ref as <f t="array" ref="...">; its typings do not declare the pair.
      cell.value = {
        formula: f.formula,
        result: first ?? '',
        shareType: 'array',
        ref: f.ref,
      } as unknown as ExcelJS.CellFormulaValue;
      const { row, col } = decode(e.address);
      f.result.forEach((line, r) =>
        line.forEach((v, c) => {
          if (r === 0 && c === 0) return;
          const spilled = sheet.getCell(encode(row + r, col + c));
          spilled.value = v === null ? '' : v;
          if (formatOf(c)) spilled.numFmt = formatOf(c)!;
        }),
      );
      anchors.set(spec.name, [...(anchors.get(spec.name) ?? []), e.address]);
    }
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return markDynamicArrays(buffer, anchors);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  const buffer = await makeDemoWorkbook();
  mkdirSync(dirname(DEMO_PATH), { recursive: true });
  writeFileSync(DEMO_PATH, buffer);
  console.log(`Wrote ${DEMO_PATH} (${buffer.length} bytes) in ${Math.round(performance.now() - started)} ms.`);
}

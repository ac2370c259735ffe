// Unit score workbooks (.xlsx) for the province's own PAR index: one file per unit to send out, and the returned
// files read back for consolidation. The layout and every check are the engine's (unitSheetRows,
// consolidateUnitSheets); this module only moves cells in and out of .xlsx with exceljs, which is loaded on first use
// (it is large, and most sessions never need it).
import type ExcelJSType from 'exceljs';
import { zipSync } from 'fflate';
import {
  EngineError,
  message,
  UNIT_SHEET_HEADER_ROW,
  UNIT_SHEET_NAME,
  unitSheetRows,
  type Bilingual,
  type CriteriaSet,
  type DataProblem,
  type InternalUnit,
  type ScoreEntry,
  type UnitSheet,
} from '../../../engine/all';
import { checkedXlsx, zipMemberBytes, zipMembers, ZipRefused, type ZipMember } from './zip-bounds';

type ExcelJSModule = typeof ExcelJSType;
let loaded: Promise<ExcelJSModule> | null = null;

/** The script the build ships next to the task pane (exceljs's browser bundle, about 0.9 MB, 0.26 MB gzipped). */
export const EXCELJS_SCRIPT = 'exceljs.min.js';

/**
 * exceljs, loaded once on first use: in the task pane from the shipped script (a global ExcelJS), in Node (tests,
 * bench, CLI) from the package. The module name is not a literal so that esbuild leaves it out of taskpane.js. No DOM
 * types here: the CLI compiles this module too.
 */
export function loadExcelJs(): Promise<ExcelJSModule> {
  const page = (globalThis as { document?: Page }).document;
  loaded ??=
    page !== undefined
      ? loadScript(page)
      : import(/* @vite-ignore */ ['excel', 'js'].join('')).then(
          (m) => (m as { default?: ExcelJSModule }).default ?? (m as ExcelJSModule),
        );
  return loaded;
}

interface Page {
  createElement(tag: 'script'): { src: string; onload: (() => void) | null; onerror: (() => void) | null };
  head: { append(node: unknown): void };
}

function loadScript(page: Page): Promise<ExcelJSModule> {
  const global = globalThis as { ExcelJS?: ExcelJSModule };
  if (global.ExcelJS) return Promise.resolve(global.ExcelJS);
  return new Promise((resolve, reject) => {
    const script = page.createElement('script');
    script.src = EXCELJS_SCRIPT;
    script.onload = () =>
      global.ExcelJS ? resolve(global.ExcelJS) : reject(new Error(`${EXCELJS_SCRIPT} did not define ExcelJS`));
    script.onerror = () => {
      loaded = null;
      reject(new Error(`Không tải được ${EXCELJS_SCRIPT} / Cannot load ${EXCELJS_SCRIPT}`));
    };
    page.head.append(script);
  });
}

/**
 * One unit's score workbook: the engine's sheet rows, headings in bold, and a validation on the self / appraised /
 * survey cells: a number from 0 to the row's maximum, or "na".
 */
export async function unitWorkbook(
  set: CriteriaSet,
  unit: InternalUnit,
  entries?: ReadonlyMap<string, ScoreEntry>,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(UNIT_SHEET_NAME);
  const rows = unitSheetRows(set, unit, entries);
  rows.forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(UNIT_SHEET_HEADER_ROW).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = [10, 60, 18, 12, 11, 13, 13, 13, 30, 30][i] ?? 12));
  for (let r = UNIT_SHEET_HEADER_ROW + 1; r <= rows.length; r++) {
    const node = set.byCode.get(String(rows[r - 1]![0]));
    if (node && node.children.length > 0) sheet.getRow(r).font = { bold: node.depth === 1 };
  }
  // One validation over the whole score block, its formula relative to the top-left cell (Excel shifts it per cell):
  // a number from 0 to the row's maximum (column E), or "na". One rule instead of one per cell keeps the file small
  // and quick to read back (a per-cell rule doubled the load time of a 141-leaf sheet).
  const first = UNIT_SHEET_HEADER_ROW + 1;
  if (rows.length >= first) {
    (
      sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJSType.DataValidation): void } }
    ).dataValidations.add(`F${first}:H${rows.length}`, {
      type: 'custom',
      allowBlank: true,
      formulae: [`OR(F${first}="na",AND(ISNUMBER(F${first}),F${first}>=0,F${first}<=$E${first}))`],
      showErrorMessage: true,
      errorTitle: 'Điểm không hợp lệ / Invalid score',
      error:
        'Nhập số từ 0 đến điểm tối đa (cột E) hoặc "na". / Enter a number from 0 to the maximum (column E) or "na".',
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: UNIT_SHEET_HEADER_ROW }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The score sheet of one returned .xlsx, as rows of cell values for consolidateUnitSheets: checked against the zip
 * limits before exceljs reads it (checkedXlsx). A file that is not an .xlsx, or breaks the limits, throws ZipRefused
 * naming it.
 */
export async function readUnitWorkbook(file: string, data: Uint8Array): Promise<UnitSheet> {
  const safe = checkedXlsx(file, data);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(safe as unknown as ArrayBuffer);
  } catch {
    throw refused(file, message('batchFileNotSheet', { file }));
  }
  const sheet = workbook.getWorksheet(UNIT_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw refused(file, message('batchFileNotSheet', { file }));
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as unknown[]; // exceljs rows are 1-based: values[0] is empty
    rows[number - 1] = values.slice(1);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { file, sheet: sheet.name, rows };
}

const refused = (file: string, text: Bilingual) =>
  new ZipRefused([{ file, row: null, column: null, vi: text.vi, en: text.en }]);

/**
 * Every unit's score workbook in one .zip (`<unit code>.xlsx` each), for the units of the set's kind: one download
 * instead of one per unit (a province sends out 100-200 of them).
 */
export async function unitWorkbooksZip(
  set: CriteriaSet,
  units: readonly InternalUnit[],
  scores: ReadonlyMap<string, ReadonlyMap<string, ScoreEntry>> | undefined,
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const unit of units.filter((u) => set.kind === null || u.kind === set.kind))
    files[`${unit.unit}.xlsx`] = await unitWorkbook(set, unit, scores?.get(unit.unit));
  // .xlsx is already compressed: stored as it is
  return zipSync(files, { level: 0 });
}

/**
 * The returned files as score sheets, all or nothing: an .xlsx is one sheet; a .zip gives the .xlsx files inside it
 * (named "archive.zip › X01.xlsx" in any problem; folders, __MACOSX and hidden files are skipped). Every archive is
 * checked before it is expanded (zip-bounds.ts). Refused with every problem (EngineError INVALID_DATA, nothing read
 * further): a file or member that is not an .xlsx score sheet, a nested archive, an absolute or `..` path, an archive
 * past the limits, and a batch that yields no sheet at all.
 */
export async function readReturnedFiles(
  files: readonly { readonly name: string; readonly data: Uint8Array }[],
): Promise<UnitSheet[]> {
  const problems: DataProblem[] = [];
  const sheets: UnitSheet[] = [];
  const read = async (name: string, data: () => Uint8Array) => {
    try {
      sheets.push(await readUnitWorkbook(name, data()));
    } catch (error) {
      if (!(error instanceof ZipRefused)) throw error;
      problems.push(...error.problems);
    }
  };
  for (const { name, data } of files) {
    if (/\.xlsx$/i.test(name)) {
      await read(name, () => data);
      continue;
    }
    if (!/\.zip$/i.test(name)) {
      problems.push(refused(name, message('batchFileNotSheet', { file: name })).problems[0]!);
      continue;
    }
    let members: ZipMember[];
    try {
      members = zipMembers(name, data);
    } catch (error) {
      if (!(error instanceof ZipRefused)) throw error;
      problems.push(...error.problems);
      continue;
    }
    for (const member of members) {
      if (member.name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(member.name)) continue;
      const inside = `${name} › ${member.name}`;
      if (!/\.xlsx$/i.test(member.name))
        problems.push(refused(inside, message('batchMemberNotSheet', { member: member.name })).problems[0]!);
      else await read(inside, () => zipMemberBytes(name, data, member));
    }
  }
  if (problems.length === 0 && sheets.length === 0)
    throw new EngineError({
      code: 'INVALID_DATA',
      input: files.map((f) => f.name).join(', '),
      ...message('batchEmpty', {}),
    });
  if (problems.length > 0)
    throw new EngineError({
      code: 'INVALID_DATA',
      input: files.map((f) => f.name).join(', '),
      ...message('batchRefused', { count: problems.length, files: new Set(problems.map((p) => p.file)).size }),
      problems,
    });
  return sheets;
}

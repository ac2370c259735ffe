// Unit score workbooks (.xlsx) for the province's own PAR index: one file per unit to send out, and the returned
// files read back for consolidation. The layout and every check are the engine's (unitSheetRows,
// consolidateUnitSheets); this module only moves cells in and out of .xlsx: written with exceljs, which is loaded on
// first use (it is large, and most sessions never need it), read back in one pass without it (xlsx-cells.ts).
import type ExcelJSType from 'exceljs';
import { zipSync } from 'fflate';
import {
  EngineError,
  message,
  UNIT_SHEET_HEADER_ROW,
  UNIT_SHEET_NAME,
  unitSheetRows,
  roundPoints,
  ruleText,
  type Bilingual,
  type CriteriaNode,
  type CriteriaSet,
  type DataProblem,
  type InternalUnit,
  type ScoreEntry,
  type UnitSheet,
} from '../../../engine/all';
import { NotASheet, readXlsxCells, type XlsxSheetCells } from './xlsx-cells';
import { zipMemberBytes, zipMembers, ZipRefused, type ZipMember } from './zip-bounds';

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

/** The points a yes/no, levels or checklist leaf allows, or null when any number in [0, max] goes (or too many). */
function allowedList(node: CriteriaNode): number[] | null {
  if (node.rule === 'yes_no') return [0, node.max];
  if (node.rule === 'levels') return [...node.options];
  if (node.rule !== 'checklist' || node.options.length > 8) return null;
  const sums = new Set<number>();
  for (let mask = 0; mask < 1 << node.options.length; mask++)
    sums.add(roundPoints(node.options.reduce((s, o, i) => (mask & (1 << i) ? s + o : s), 0)));
  return [...sums].sort((a, b) => a - b);
}

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;

/**
 * One unit's score workbook, made so that what Excel accepts the consolidation accepts: the engine's sheet rows (the
 * set's Vietnamese name in the title, each rule in words with its points); a drop-down list on yes/no, levels and
 * short checklists (the allowed points and "na"); a decimal from 0 to the maximum elsewhere (Excel reads the decimal
 * comma of a Vietnamese Excel as a number); headings, area and survey rows locked and shaded; totals per heading and
 * overall by formula; the sheet protected without a password with only the unit's input cells open (self-assessment,
 * note, evidence, response on the rows it scores); wrapped headings; printed A4 landscape, one page wide.
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
  const header = sheet.getRow(UNIT_SHEET_HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.columns.forEach((column, i) => (column.width = [10, 60, 18, 28, 11, 13, 13, 13, 30, 30, 13, 30, 30][i] ?? 12));
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  const first = UNIT_SHEET_HEADER_ROW + 1;
  const rowOf = new Map(set.nodes.map((n, i) => [n.code, first + i]));
  const validations = (
    sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJSType.DataValidation): void } }
  ).dataValidations;
  for (const node of set.nodes) {
    const r = rowOf.get(node.code)!;
    const row = sheet.getRow(r);
    if (node.children.length > 0) {
      // a heading: shaded, locked, its totals summed from its children by formula
      row.font = { bold: node.depth === 1 };
      row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = GREY));
      for (const col of ['F', 'G', 'H', 'K']) {
        const refs = node.children.map((c) => `${col}${rowOf.get(c)!}`).join(',');
        sheet.getCell(`${col}${r}`).value = { formula: `SUM(${refs})` } as ExcelJSType.CellFormulaValue;
      }
      continue;
    }
    const list = allowedList(node);
    for (const col of ['F', 'G', 'H', 'K']) {
      const address = `${col}${r}`;
      if (list !== null)
        validations.add(address, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${[...list.map(String), 'na'].join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'Điểm không hợp lệ / Invalid score',
          error: `${ruleText(node).vi} / ${ruleText(node).en}`,
        });
      else
        validations.add(address, {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [0, node.max],
          showErrorMessage: true,
          errorTitle: 'Điểm không hợp lệ / Invalid score',
          error: `${ruleText(node).vi} / ${ruleText(node).en}`,
        });
    }
    if (node.source === 'survey') {
      row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = GREY));
      continue;
    }
    // the unit's own input cells: its self-assessment, note, evidence and its response to round 1
    for (const col of ['F', 'I', 'J', 'M']) sheet.getCell(`${col}${r}`).protection = { locked: false };
  }
  const total = first + set.nodes.length;
  const totalRow = sheet.getRow(total);
  totalRow.getCell(2).value = 'Tổng cộng / Total';
  for (const col of ['F', 'G', 'H', 'K']) {
    const refs = set.nodes.filter((n) => n.parent === null).map((n) => `${col}${rowOf.get(n.code)!}`);
    if (refs.length > 0)
      sheet.getCell(`${col}${total}`).value = { formula: `SUM(${refs.join(',')})` } as ExcelJSType.CellFormulaValue;
  }
  totalRow.font = { bold: true };
  totalRow.eachCell({ includeEmpty: true }, (cell) => (cell.fill = GREY));
  sheet.views = [{ state: 'frozen', ySplit: UNIT_SHEET_HEADER_ROW }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${UNIT_SHEET_HEADER_ROW}:${UNIT_SHEET_HEADER_ROW}`,
  };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The score sheet of one returned .xlsx, as rows of cell values for consolidateUnitSheets, read in one pass
 * (readXlsxCells: the archive checked against the zip limits, only the workbook, shared strings and the sheet
 * inflated, no workbook model built). A file that is not an .xlsx, or breaks the limits, throws ZipRefused naming it.
 */
export async function readUnitWorkbook(file: string, data: Uint8Array): Promise<UnitSheet> {
  let read: XlsxSheetCells;
  try {
    read = readXlsxCells(file, data, UNIT_SHEET_NAME);
  } catch (error) {
    if (error instanceof NotASheet) throw refused(file, message('batchFileNotSheet', { file }));
    throw error;
  }
  return { file, sheet: read.sheet, rows: read.rows };
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

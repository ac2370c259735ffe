// The internal index's sheet layouts written into an .xlsx with exceljs (the CLI's master workbook; no Excel needed),
// and the master read back and updated in place. exceljs writes a string as a string (never a formula) and a formula
// only from { formula }, so text stays text here as in writeBlock. DOM-free and Office-free: the CLI compiles it.
import type ExcelJSType from 'exceljs';
import { sheetText, type ScoreMerge, type SheetCell } from '../../../engine/all';
import { SHEET_NAMES, type InternalSheetLayout } from './internal-sheets';
import { loadExcelJs } from './internal-workbook';
import { blockTopLeft } from './sheet-block';
import { checkedXlsx } from './zip-bounds';

const BACKUP_SHEET = SHEET_NAMES.backup;

const ARGB = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Writes one layout's blocks into a worksheet: values (text as text), formats, bold, fill, notes, validations, page. */
export function writeLayoutCells(sheet: ExcelJSType.Worksheet, layout: InternalSheetLayout): void {
  for (const block of layout.blocks) {
    const { row, column } = blockTopLeft(block.address);
    const grid = block.values ?? block.formulas ?? [];
    grid.forEach((cells, i) =>
      cells.forEach((value, j) => {
        const cell = sheet.getCell(row + i, column + j);
        if (block.formulas) cell.value = { formula: String(value).replace(/^=/, '') };
        else cell.value = value === '' ? null : value;
        const format = block.numberFormat?.[i]?.[j];
        if (typeof value === 'string' && value !== '') cell.numFmt = '@';
        else if (format && format !== 'General') cell.numFmt = format;
        if (block.bold) cell.font = { bold: true };
        if (block.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ARGB(block.fill) } };
        const note = block.notes?.[i]?.[j];
        if (note) cell.note = note;
      }),
    );
    if (block.validation) {
      (
        sheet as unknown as { dataValidations: { add(a: string, v: ExcelJSType.DataValidation): void } }
      ).dataValidations.add(block.address, {
        type: 'custom',
        allowBlank: true,
        formulae: [block.validation.formula.replace(/^=/, '')],
        showErrorMessage: true,
        errorTitle: 'Điểm không hợp lệ / Invalid score',
        error: `${block.validation.vi} / ${block.validation.en}`,
      });
    }
  }
  if (layout.landscape)
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
}

/** A new workbook holding the layouts, one sheet each, as .xlsx bytes. */
export async function layoutsXlsx(layouts: readonly InternalSheetLayout[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const layout of layouts) writeLayoutCells(workbook.addWorksheet(layout.name), layout);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A master workbook opened from its bytes (checked against the archive limits first). */
export async function openMaster(file: string, bytes: Uint8Array): Promise<ExcelJSType.Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(checkedXlsx(file, bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A worksheet's values from A1 as rows (exceljs rows are 1-based), formula cells as their results. */
export function sheetRows(sheet: ExcelJSType.Worksheet | undefined): unknown[][] {
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[])
      .slice(1)
      .map((v) =>
        v !== null && typeof v === 'object' && 'richText' in v
          ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
          : v,
      );
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** The master's Definition, Units and Scores sheets as the texts the engine reads (null: the sheet is missing). */
export function masterTexts(workbook: ExcelJSType.Workbook): {
  definition: { file: string; text: string } | null;
  units: { file: string; text: string } | null;
  scores: { file: string; text: string } | null;
} {
  const text = (name: string) => {
    const rows = sheetRows(workbook.getWorksheet(name));
    return rows.length === 0 ? null : { file: name, text: sheetText(rows) };
  };
  return { definition: text(SHEET_NAMES.definition), units: text(SHEET_NAMES.units), scores: text(SHEET_NAMES.scores) };
}

/** Replaces a sheet's values with rows from A1 (the sheet kept, created when missing; cells past the rows emptied). */
function replaceValues(workbook: ExcelJSType.Workbook, name: string, rows: readonly (readonly unknown[])[]): void {
  const sheet = workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.value = null)));
  rows.forEach((r, i) =>
    r.forEach((value, j) => {
      const cell = sheet.getCell(i + 1, j + 1);
      cell.value = value === '' || value === undefined ? null : (value as ExcelJSType.CellValue);
      if (typeof value === 'string' && value !== '') cell.numFmt = '@';
    }),
  );
}

/**
 * Applies a merge to an opened master: the Scores sheet's values before it into the backup sheet, then only the
 * changed cells into the Scores sheet (created when missing). No sheet is removed.
 */
export function applyMergeToMaster(
  workbook: ExcelJSType.Workbook,
  before: readonly (readonly unknown[])[],
  merge: ScoreMerge,
): void {
  replaceValues(workbook, BACKUP_SHEET, before);
  const scores = workbook.getWorksheet(SHEET_NAMES.scores) ?? workbook.addWorksheet(SHEET_NAMES.scores);
  for (const { row, column, value } of merge.cells) {
    const cell = scores.getCell(row, column);
    cell.value = value as SheetCell;
    if (typeof value === 'string') cell.numFmt = '@';
  }
}

/** Puts the backup back into the Scores sheet and empties the backup; false when there is nothing to restore. */
export function undoMasterMerge(workbook: ExcelJSType.Workbook): boolean {
  const backup = sheetRows(workbook.getWorksheet(BACKUP_SHEET));
  if (backup.every((r) => r.every((v) => v === null || v === undefined || v === ''))) return false;
  replaceValues(workbook, SHEET_NAMES.scores, backup);
  replaceValues(workbook, BACKUP_SHEET, []);
  return true;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJSType.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

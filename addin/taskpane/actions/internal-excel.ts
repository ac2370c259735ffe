// The internal index's sheets in the open Excel workbook (Excel host only). Nothing here deletes a sheet or
// overwrites one the add-in did not create: the master's sheets are created only where no sheet of that name holds
// data, Results and the Annex are written beside a sheet of the same name, and a consolidation writes only the cells
// it changes in the Scores sheet after keeping the sheet's previous values in a backup sheet (undo).
import { sheetText, type ScoreMerge, type SheetCell } from '../../../engine/all';
import { tBoth } from '../i18n';
import { SHEET_NAMES, type InternalSheetLayout } from './internal-sheets';
import { notesSupported } from './office-support';
import { blockTopLeft } from './sheet-block';
import { numberedSheetName, writeBlock } from './write-to-sheet';

/** The workbook's cell notes (ExcelApi 1.18; not in the office-js typings this project builds with). */
interface NoteCollection {
  add(cellAddress: Excel.Range, content: string): unknown;
}

/** The notes of the running Excel, or null where it cannot write them (the headings alone are written there). */
function workbookNotes(context: Excel.RequestContext): NoteCollection | null {
  const office = (globalThis as { Office?: { context?: { requirements?: Parameters<typeof notesSupported>[0] } } })
    .Office;
  if (!notesSupported(office?.context?.requirements)) return null;
  return (context.workbook as unknown as { notes: NoteCollection }).notes;
}

const BACKUP_SHEET = SHEET_NAMES.backup;
const MAX_ATTEMPTS = 50;

/** A column number (1-based) as its letters: 1 -> A, 27 -> AA. */
export function columnLetters(n: number): string {
  let text = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) text = String.fromCharCode(65 + ((k - 1) % 26)) + text;
  return text;
}

function writeInternalLayout(
  sheet: Excel.Worksheet,
  layout: InternalSheetLayout,
  notes: NoteCollection | null = null,
): void {
  for (const block of layout.blocks) {
    const range = sheet.getRange(block.address);
    writeBlock(range, block);
    if (notes && block.notes) {
      const { row, column } = blockTopLeft(block.address);
      block.notes.forEach((cells, i) =>
        cells.forEach((note, j) => {
          if (note) notes.add(sheet.getRange(`${columnLetters(column + j)}${row + i}`), note);
        }),
      );
    }
    if (block.validation) {
      range.dataValidation.clear();
      range.dataValidation.rule = { custom: { formula: block.validation.formula } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: 'Điểm không hợp lệ / Invalid score',
        message: `${block.validation.vi} / ${block.validation.en}`,
      };
    }
  }
  if (layout.chart) {
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange(layout.chart.values), 'Columns');
    chart.title.text = layout.chart.title;
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(sheet.getRange(layout.chart.categories));
    series.name = 'Chỉ số % / Index %';
    for (const band of layout.chart.bands) {
      const line = chart.series.add(band.label);
      line.setValues(sheet.getRange(band.address));
      line.chartType = 'Line';
    }
    chart.setPosition('Q3');
  }
  if (layout.landscape) {
    sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
    sheet.pageLayout.paperSize = Excel.PaperType.a4;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  sheet.getRange(layout.columns).format.autofitColumns();
}

/**
 * Creates the master's Definition, Units and Scores sheets, the layout `papi internal workbook` writes (headings in
 * Vietnamese, each field name as the header cell's note where this Excel writes notes). Refused, writing nothing, when a sheet of one of those
 * names already holds data (the user's, or a master already made: read it instead, or rename it). Returns the names.
 */
export async function createMasterSheets(layouts: readonly InternalSheetLayout[]): Promise<string[]> {
  return Excel.run(async (context) => {
    const found = layouts.map((layout) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(layout.name);
      const used = sheet.getUsedRangeOrNullObject(true);
      return { layout, sheet, used };
    });
    await context.sync();
    const taken = found.filter((f) => !f.sheet.isNullObject && !f.used.isNullObject).map((f) => f.layout.name);
    if (taken.length > 0) throw tBoth('internalSheetsHoldData', taken.join(', '));
    const notes = workbookNotes(context);
    for (const { layout, sheet } of found)
      writeInternalLayout(sheet.isNullObject ? context.workbook.worksheets.add(layout.name) : sheet, layout, notes);
    await context.sync();
    return layouts.map((l) => l.name);
  });
}

/**
 * Writes Results and the Annex on new sheets: "Kết quả", or "Kết quả (2)"... beside a sheet of that name (never
 * replacing it). Returns the names written.
 */
export async function writeResultSheets(layouts: readonly InternalSheetLayout[]): Promise<string[]> {
  return Excel.run(async (context) => {
    const names: string[] = [];
    for (const layout of layouts) {
      let sheet: Excel.Worksheet | null = null;
      let name = layout.name;
      for (let attempt = 1; sheet === null && attempt <= MAX_ATTEMPTS; attempt++) {
        name = numberedSheetName(layout.name, attempt);
        const existing = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (existing.isNullObject) sheet = context.workbook.worksheets.add(name);
      }
      if (sheet === null) throw tBoth('internalSheetsHoldData', layout.name);
      writeInternalLayout(sheet, layout);
      names.push(name);
    }
    await context.sync();
    return names;
  });
}

async function usedValues(context: Excel.RequestContext, name: string): Promise<unknown[][] | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  if (sheet.isNullObject) return null;
  return used.isNullObject ? [] : (used.values as unknown[][]);
}

/** The Scores sheet's values from A1 (its used range), [] when empty or missing. */
export async function readScoresRows(): Promise<unknown[][]> {
  return Excel.run(async (context) => (await usedValues(context, SHEET_NAMES.scores)) ?? []);
}

/**
 * The changed cells of a merge as rectangles to write: consecutive rows with changes, over the columns they change,
 * filled from the merged rows (a cell inside the rectangle that the merge does not change gets its own value back).
 */
export function changedBlocks(merge: Pick<ScoreMerge, 'cells' | 'rows'>): { address: string; values: SheetCell[][] }[] {
  const rows = [...new Set(merge.cells.map((c) => c.row))].sort((a, b) => a - b);
  const blocks: { address: string; values: SheetCell[][] }[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    const inRun = merge.cells.filter((c) => c.row >= rows[i]! && c.row <= rows[j]!);
    const from = Math.min(...inRun.map((c) => c.column));
    const to = Math.max(...inRun.map((c) => c.column));
    const values = rows
      .slice(i, j + 1)
      .map((r) => Array.from({ length: to - from + 1 }, (_, k) => merge.rows[r - 1]![from - 1 + k] ?? null));
    blocks.push({ address: `${columnLetters(from)}${rows[i]}:${columnLetters(to)}${rows[j]}`, values });
    i = j + 1;
  }
  return blocks;
}

async function writeRows(
  context: Excel.RequestContext,
  name: string,
  rows: readonly (readonly SheetCell[])[],
): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) sheet = context.workbook.worksheets.add(name);
  sheet.getRange().clear('Contents');
  const width = Math.max(1, ...rows.map((r) => r.length));
  if (rows.length > 0)
    writeBlock(sheet.getRange(`A1:${columnLetters(width)}${rows.length}`), {
      address: '',
      values: rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? '')),
    });
}

/**
 * Applies a merge the user accepted: the Scores sheet's values before it go to the backup sheet (replacing the
 * previous backup), then only the changed cells are written into the Scores sheet (created when missing). Nothing is
 * deleted.
 */
export async function applyScoreMerge(before: readonly (readonly unknown[])[], merge: ScoreMerge): Promise<void> {
  await Excel.run(async (context) => {
    await writeRows(
      context,
      BACKUP_SHEET,
      before.map((r) => r.map((v) => (v === undefined ? null : (v as SheetCell)))),
    );
    let scores = context.workbook.worksheets.getItemOrNullObject(SHEET_NAMES.scores);
    await context.sync();
    if (scores.isNullObject) scores = context.workbook.worksheets.add(SHEET_NAMES.scores);
    for (const block of changedBlocks(merge))
      writeBlock(scores.getRange(block.address), {
        address: block.address,
        values: block.values.map((r) => r.map((v) => v ?? '')),
      });
    await context.sync();
  });
}

/**
 * Undoes the last consolidation: the backup sheet's values go back into the Scores sheet (its contents replaced, the
 * sheet kept), and the backup is emptied so that a second undo has nothing to restore.
 */
export async function undoLastConsolidation(): Promise<void> {
  await Excel.run(async (context) => {
    const backup = await usedValues(context, BACKUP_SHEET);
    if (backup === null || backup.length === 0) throw tBoth('internalNothingToUndo', BACKUP_SHEET);
    await writeRows(
      context,
      SHEET_NAMES.scores,
      backup.map((r) => r.map((v) => v as SheetCell)),
    );
    context.workbook.worksheets.getItem(BACKUP_SHEET).getRange().clear('Contents');
    await context.sync();
  });
}

/** The master workbook's Definition, Units and Scores sheets as the texts the engine reads (file = the sheet's name). */
export interface MasterTexts {
  readonly definition: { readonly file: string; readonly text: string };
  readonly units: { readonly file: string; readonly text: string };
  readonly scores: { readonly file: string; readonly text: string } | null;
}

/**
 * Reads the master workbook back (the values of each sheet's used range, one text line per row, so problems name the
 * sheet's rows). The Definition and Units sheets are required; an empty Scores sheet gives null.
 */
export async function readMasterWorkbook(): Promise<MasterTexts> {
  return Excel.run(async (context) => {
    const definition = await usedValues(context, SHEET_NAMES.definition);
    const units = await usedValues(context, SHEET_NAMES.units);
    const scores = await usedValues(context, SHEET_NAMES.scores);
    const text = (name: string, rows: unknown[][] | null) =>
      rows && rows.length > 0 ? { file: name, text: sheetText(rows) } : null;
    const missing = [
      text(SHEET_NAMES.definition, definition) ? null : SHEET_NAMES.definition,
      text(SHEET_NAMES.units, units) ? null : SHEET_NAMES.units,
    ].filter((n) => n !== null);
    if (missing.length > 0) throw tBoth('masterSheetsMissing', missing.join(', '));
    return {
      definition: text(SHEET_NAMES.definition, definition)!,
      units: text(SHEET_NAMES.units, units)!,
      scores: text(SHEET_NAMES.scores, scores),
    };
  });
}

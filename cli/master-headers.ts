// The master workbook's header rows as the officer sees them: Vietnamese headings, each with the field name the
// engine reads as the cell's note. The CLI turns them back into field names right after opening a master and into
// headings right before writing one, so the sheet readers and the merge see field names only.
import type ExcelJSType from 'exceljs';
import { masterFieldOf, masterHeaderRow } from '../engine/all';
import { SHEET_NAMES } from '../addin/taskpane/actions/internal-sheets';

/** The header row of each master sheet: the Definition sheet's is the row whose first cell is `code`. */
function headerRows(workbook: ExcelJSType.Workbook): ExcelJSType.Row[] {
  const rows: ExcelJSType.Row[] = [];
  for (const name of [SHEET_NAMES.units, SHEET_NAMES.scores, SHEET_NAMES.backup]) {
    const sheet = workbook.getWorksheet(name);
    if (sheet && sheet.rowCount > 0) rows.push(sheet.getRow(1));
  }
  const definition = workbook.getWorksheet(SHEET_NAMES.definition);
  definition?.eachRow((row) => {
    const first = row.getCell(1);
    if (masterFieldOf(first.value, noteText(first.note)) === 'code' && rows.every((r) => r !== row)) rows.push(row);
  });
  return rows;
}

function noteText(note: ExcelJSType.Comment | string | undefined): string | null {
  if (note === undefined) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => (typeof t === 'string' ? t : t.text)).join('');
}

/** Header cells from headings back to the field names (their notes); cells that name no field are left. */
export function headersToFields(workbook: ExcelJSType.Workbook): void {
  for (const row of headerRows(workbook))
    row.eachCell((cell) => {
      const field = masterFieldOf(cell.value, noteText(cell.note));
      if (field !== null) cell.value = field;
    });
}

/**
 * Header cells from field names to their Vietnamese headings, the field name kept as the cell's note: the header row
 * the pane and `papi internal workbook` write (masterHeaderRow), put back after a merge or an undo.
 */
export function fieldsToHeadings(workbook: ExcelJSType.Workbook): void {
  for (const row of headerRows(workbook))
    row.eachCell((cell) => {
      const field = masterFieldOf(cell.value, noteText(cell.note));
      if (field === null) return;
      const [header] = masterHeaderRow([field]);
      cell.value = header!.heading;
      cell.note = header!.note ?? field;
    });
}

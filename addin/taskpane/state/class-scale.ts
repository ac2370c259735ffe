/**
 * The class scale of the internal index as rows a planner edits one by one (name and lowest percentage), and the
 * text the engine reads (`parseClassBands`: "Xuất sắc>=90,Tốt>=80,...,Yếu", highest first, the last row without a
 * threshold = everything below). Pure: the editor (internal-panel) renders the rows; the engine checks them.
 */
export interface ClassRow {
  readonly label: string;
  /** the lowest index % of the class, as typed ('' on the last row: everything below) */
  readonly min: string;
}

/**
 * Rows from a scale text; a text the rows cannot show (no "label>=min" form) gives one row per part as typed.
 *
 * @example classRowsOf('Tốt>=80,Yếu') // => [{ label: 'Tốt', min: '80' }, { label: 'Yếu', min: '' }]
 */
export function classRowsOf(text: string): ClassRow[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.+?)\s*>=\s*([\d.,]+)\s*%?$/.exec(part);
      return match ? { label: match[1]!.trim(), min: match[2]!.replace(',', '.') } : { label: part, min: '' };
    });
}

/**
 * The engine's text for the rows: blank rows dropped, a decimal comma read as a point ("82,5" -> 82.5), a row without
 * a threshold written as its label alone (parseClassBands then says if it is not the last).
 *
 * @example classTextOf([{ label: 'Tốt', min: '80' }, { label: 'Yếu', min: '' }]) // => 'Tốt>=80,Yếu'
 */
export function classTextOf(rows: readonly ClassRow[]): string {
  return rows
    .map((r) => ({ label: r.label.trim().replace(/[,;]/g, ' '), min: r.min.trim().replace(',', '.') }))
    .filter((r) => r.label !== '' || r.min !== '')
    .map((r) => (r.min === '' ? r.label : `${r.label}>=${r.min}`))
    .join(',');
}

/**
 * A worksheet's values as the CSV text the internal-index readers take, one line per sheet row (so a problem's line is
 * the sheet's row): a row whose first cell starts with "#" is a declaration ("# kind" | "ubnd_xa" -> "# kind: ubnd_xa");
 * other cells are quoted where needed; empty trailing cells are dropped; numbers keep full precision.
 *
 * @example sheetText([['# year', 2025], ['code', 'parent', 'name_vi', 'max', 'source'], ['1', '', 'A, B', 100, 'appraised']]) // => '# year: 2025\ncode,parent,name_vi,max,source\n1,,"A, B",100,appraised'
 */
export function sheetText(rows: readonly (readonly unknown[])[]): string {
  const cellText = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object' && 'result' in value) return cellText((value as { result: unknown }).result);
    return String(value);
  };
  return rows
    .map((row) => {
      const cells = row.map(cellText);
      while (cells.length > 0 && cells.at(-1)!.trim() === '') cells.pop();
      if ((cells[0] ?? '').trim().startsWith('#')) return `${cells[0]!.trim()}: ${cells.slice(1).join(' ').trim()}`;
      return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
    })
    .join('\n');
}

import Papa from 'papaparse';

/** A parsed CSV table: the header and the rows as header-keyed strings, with their 1-based line numbers. */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: Readonly<Record<string, string>> }[];
}

/**
 * Parses CSV text (RFC 4180, UTF-8, optional BOM) with papaparse. Empty lines are skipped; cells are trimmed.
 * Line numbers count the header as line 1, so they match what a user sees in a spreadsheet.
 *
 * @example readCsv('a,b\n1,2\n', 'x.csv').rows[0] // => { line: 2, cells: { a: '1', b: '2' } }
 */
export function readCsv(text: string, file: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...body] = parsed.data;
  const names = header.map((h) => h.trim());
  return {
    file,
    header: names,
    rows: body.map((cells, i) => ({
      line: i + 2,
      cells: Object.fromEntries(names.map((name, j) => [name, (cells[j] ?? '').trim()])),
    })),
  };
}

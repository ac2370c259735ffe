import Papa from 'papaparse';
import { EngineError, type DataProblem } from '../errors';
import { message } from '../i18n/messages';

/** The largest user file read (bytes, checked before parsing) and the longest cell: data files are far smaller. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_CELL_CHARS = 1000;

/**
 * Refuses a text over MAX_FILE_BYTES (UTF-16 length times 3 bounds its UTF-8 size; the exact size is measured only
 * when that bound is over the limit).
 *
 * @example checkTextSize('province,d1\n', 'a.csv') // => 12
 */
export function checkTextSize(text: string, file: string): number {
  const bytes = text.length * 3 <= MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: file,
      ...message('fileTooLarge', { file, size: (bytes / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 }),
    });
  }
  return bytes;
}

/** A parsed CSV table: the header and the rows as header-keyed strings, with their 1-based line numbers. */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: Readonly<Record<string, string>> }[];
}

/**
 * Parses CSV text (RFC 4180, UTF-8, optional BOM) with papaparse; the separator is a comma, or a semicolon or tab as
 * spreadsheets in Vietnamese (decimal comma) save it. Empty lines are skipped; cells are trimmed. A text over
 * MAX_FILE_BYTES or a cell over MAX_CELL_CHARS is refused.
 * Line numbers count the header as line 1, so they match what a user sees in a spreadsheet. `rename` maps a header
 * cell to the column name the reader uses (the internal index's Vietnamese sheet headings, masterColumn).
 *
 * @example readCsv('a,b\n1,2\n', 'x.csv').rows[0] // => { line: 2, cells: { a: '1', b: '2' } }
 */
export function readCsv(text: string, file: string, rename: (column: string) => string = (c) => c): CsvTable {
  checkTextSize(text, file);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header = [], ...body] = parsed.data;
  const long: DataProblem[] = [];
  parsed.data.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (cell.length > MAX_CELL_CHARS)
        long.push({
          file,
          row: i + 1,
          column: (header[j] ?? `#${j + 1}`).trim().slice(0, 40),
          ...message('cellTooLong', { length: cell.length, max: MAX_CELL_CHARS }),
        });
    }),
  );
  if (long.length > 0)
    throw new EngineError({
      code: 'INVALID_DATA',
      input: file,
      ...message('cellsTooLong', { file }),
      problems: long,
    });
  const names = header.map((h) => rename(h.trim()));
  return {
    file,
    header: names,
    rows: body.map((cells, i) => ({
      line: i + 2,
      cells: Object.fromEntries(names.map((name, j) => [name, (cells[j] ?? '').trim()])),
    })),
  };
}

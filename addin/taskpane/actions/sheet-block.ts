// A block of cells as the add-in's layouts describe it, and the number formats it is written with (text as Text):
// shared by the Excel writer (write-to-sheet.ts) and the .xlsx writer (xlsx-layout.ts). No Office, no DOM.

/** One block of cells: values or formulas (English syntax, commas: Range.formulas is locale-independent). */
export interface SheetBlock {
  readonly address: string;
  /** values: a string is always written as text (writeBlock), never read by Excel as a formula or a number */
  readonly values?: (string | number)[][];
  /** formulas, only where the add-in means one */
  readonly formulas?: string[][];
  readonly numberFormat?: string[][];
  /** a note per cell (null: none): the master sheets' headers keep their field names here */
  readonly notes?: (string | null)[][];
  readonly bold?: boolean;
  readonly fill?: string;
}

/**
 * The number formats a block is written with, set before its values: every non-empty text cell is Text ("@"), so a
 * name starting with =, +, - or @ (or a code like "01") stays the text it is; other cells keep the block's format.
 *
 * @example safeNumberFormat({ address: 'A1:C1', values: [['=HYPERLINK("x")', 5, '']], numberFormat: [['General', '0.00', '0.00']] }) // => [['@', '0.00', '0.00']]
 */
export function safeNumberFormat(block: SheetBlock): string[][] | undefined {
  if (!block.values) return block.numberFormat;
  return block.values.map((row, i) =>
    row.map((value, j) =>
      typeof value === 'string' && value !== '' ? '@' : (block.numberFormat?.[i]?.[j] ?? 'General'),
    ),
  );
}

/**
 * The row and column (1-based) of a block's top-left cell.
 *
 * @example blockTopLeft('AB12:AC20') // => { row: 12, column: 28 }
 */
export function blockTopLeft(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)/.exec(address)!;
  return { row: Number(m[2]), column: columnNumber(m[1]!) };
}

/**
 * The 1-based number of a column from its letters.
 *
 * @example columnNumber('AB') // => 28
 */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

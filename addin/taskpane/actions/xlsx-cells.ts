// One worksheet's cell values read straight from an .xlsx, in one pass over the archive: its directory checked against
// the limits (zipMembers), then only the parts that hold the values inflated within their declared sizes
// (zipMemberBytes): the workbook and its relationships to find the sheet, the shared strings, the sheet. Nothing else
// is expanded, nothing is re-packed, no workbook model is built (exceljs reads styles, validations, protection and
// every sheet: most of the time of consolidating a batch). The values are those exceljs gives for the same cells
// (numbers, text, booleans, `{ formula, result }` for a formula), which is all the consolidation reads. DOM-free and
// Node-free: the pane and the CLI use it alike.
import { columnNumber } from './sheet-block';
import { zipMemberBytes, zipMembers, type ZipMember } from './zip-bounds';

/** A cell as the consolidation reads it (exceljs's value shapes for the same cell). */
export type XlsxCell = string | number | boolean | null | { formula: string; result?: string | number | boolean };

/** The sheet read: its name and its rows from A1 (row r and column c at rows[r - 1][c - 1]; missing = undefined). */
export interface XlsxSheetCells {
  readonly sheet: string;
  readonly rows: XlsxCell[][];
}

/** Why an .xlsx gave no sheet (the caller names the file in its own words). */
export class NotASheet extends Error {}

// An optional namespace prefix on every element ("x:c" from some writers).
const P = '(?:[A-Za-z_][\\w.-]*:)?';
const SHEET_TAG = new RegExp(`<${P}sheet\\b([^>]*?)/?>`, 'g');
const RELATIONSHIP = new RegExp(`<${P}Relationship\\b([^>]*?)/?>`, 'g');
const SHARED_ITEM = new RegExp(`<${P}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}si>)`, 'g');
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');
const TEXT_RUN = new RegExp(`<${P}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}t>)`, 'g');
const ROW = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g');
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const VALUE = new RegExp(`<${P}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}v>)`);
const FORMULA = new RegExp(`<${P}f\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}f>)`);
const INLINE = new RegExp(`<${P}is\\b[^>]*?>([\\s\\S]*?)</${P}is>`);

const ENTITY: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities and character references replaced. */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITY[name] ?? whole;
  });
}

const ATTRIBUTE = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | null {
  let pattern = ATTRIBUTE.get(name);
  if (pattern === undefined)
    ATTRIBUTE.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attributes);
  if (!m) return null;
  return unescapeXml(m[1] ?? m[2] ?? '');
}

/** The text of a shared-string item or an inline string: its runs, without phonetic guides. */
function runsText(xml: string): string {
  let text = '';
  for (const m of xml.replace(PHONETIC, '').matchAll(TEXT_RUN)) text += unescapeXml(m[1] ?? '');
  return text;
}

/** A sheet part's path in the archive from a relationship's target (relative to xl/, or absolute). */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const path: string[] = [];
  for (const part of parts) {
    if (part === '..') path.pop();
    else if (part !== '.' && part !== '') path.push(part);
  }
  return path.join('/');
}

/**
 * The cells of the sheet named `preferred` (else the workbook's first sheet) of an .xlsx. Throws ZipRefused (from the
 * archive checks) for an archive past the limits, NotASheet for a zip that is not a workbook.
 */
export function readXlsxCells(file: string, bytes: Uint8Array, preferred: string): XlsxSheetCells {
  const members = new Map<string, ZipMember>();
  for (const member of zipMembers(file, bytes, { nested: true })) members.set(member.name, member);
  const decoder = new TextDecoder();
  const part = (path: string): string | null => {
    const member = members.get(path);
    return member === undefined ? null : decoder.decode(zipMemberBytes(file, bytes, member));
  };
  const workbook = part('xl/workbook.xml');
  const relations = part('xl/_rels/workbook.xml.rels');
  if (workbook === null || relations === null) throw new NotASheet(file);
  const sheets = [...workbook.matchAll(SHEET_TAG)].map((m) => ({
    name: attribute(m[1]!, 'name') ?? '',
    id: attribute(m[1]!, 'r:id') ?? attribute(m[1]!, '[\\w.-]+:id'),
  }));
  const chosen = sheets.find((s) => s.name === preferred) ?? sheets[0];
  if (!chosen) throw new NotASheet(file);
  const target = [...relations.matchAll(RELATIONSHIP)]
    .map((m) => ({ id: attribute(m[1]!, 'Id'), target: attribute(m[1]!, 'Target') }))
    .find((r) => r.id === chosen.id)?.target;
  const sheetXml = target ? part(partPath(target)) : null;
  if (sheetXml === null) throw new NotASheet(file);
  const sharedXml = part('xl/sharedStrings.xml');
  const shared = sharedXml === null ? [] : [...sharedXml.matchAll(SHARED_ITEM)].map((m) => runsText(m[1] ?? ''));

  const rows: XlsxCell[][] = [];
  let rowNumber = 0;
  for (const rowMatch of sheetXml.matchAll(ROW)) {
    const r = attribute(rowMatch[1]!, 'r');
    rowNumber = r === null ? rowNumber + 1 : Number(r);
    const cells: XlsxCell[] = [];
    let column = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(CELL)) {
      const attributes = cellMatch[1]!;
      const reference = attribute(attributes, 'r');
      column = reference === null ? column + 1 : columnNumber(/^[A-Z]+/.exec(reference)?.[0] ?? '');
      const inner = cellMatch[2] ?? '';
      const type = attribute(attributes, 't') ?? 'n';
      const raw = VALUE.exec(inner)?.[1];
      const text = raw === undefined ? undefined : unescapeXml(raw);
      let value: XlsxCell | undefined;
      if (type === 'inlineStr') value = runsText(INLINE.exec(inner)?.[1] ?? '');
      else if (text === undefined) value = undefined;
      else if (type === 's') value = shared[Number(text)] ?? '';
      else if (type === 'b') value = text === '1' || text === 'true';
      else if (type === 'str' || type === 'e' || type === 'd') value = text;
      else value = text.trim() === '' ? undefined : Number(text);
      const formula = FORMULA.exec(inner);
      if (formula) {
        const cell: { formula: string; result?: string | number | boolean } = {
          formula: unescapeXml(formula[1] ?? ''),
        };
        if (value !== undefined && value !== null && typeof value !== 'object') cell.result = value;
        cells[column - 1] = cell;
      } else if (value !== undefined) cells[column - 1] = value;
    }
    rows[rowNumber - 1] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheet: chosen.name, rows };
}

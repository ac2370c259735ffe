import type { LocalName } from '../definitions/index-definition';
import { EngineError, type DataProblem } from '../errors';
import type { Bilingual } from '../i18n/catalogue';
import { message } from '../i18n/messages';
import { readNumber } from '../input/read-number';
import { readDeclarations } from '../text/declarations';
import { readCsv } from '../text/read-csv';
import type {
  CompositeData,
  CompositeDefinition,
  CompositeGroupRule,
  CompositeNode,
  CompositeRow,
  CompositeYear,
} from './composite-index';
import { leavesOf } from './composite-index';
import { validateCompositeDefinition } from './validate-composite';

interface TextFile {
  readonly file: string;
  readonly text: string;
}

/** A number in a cell or declaration ("9,5" = 9.5), or null when blank or not a number (reported by the caller). */
function num(text: string): number | null {
  try {
    return readNumber(text, '');
  } catch {
    return null;
  }
}

const DECLARATIONS = ['id', 'name_vi', 'name_en', 'scale', 'groups', 'max'];
/** A leaf's scale when the file does not declare `# max:` (PCI-style sub-indices on 10 points). */
const DEFAULT_LEAF_MAX = 10;

/**
 * An index the product does not know, defined by a user: the definition CSV (`# id:`, `# name_vi:`, optional
 * `# name_en:`, `# scale: 100`, optional `# max: 10` (the leaves' scale), `# groups: bands Name>=70,...` or
 * `# groups: quartiles [upper]` or `# groups: top 10`; then rows `code,parent,name_vi,weight` with one root `total`),
 * the total a weighted sum (weight x value / max, the weights adding up to the scale); and the data CSV
 * (`unit,year,<one column per leaf code>`). Both are validated all or nothing; problems name the file, row and field.
 *
 * @example readUserIndex({ file: 'd.csv', text: '# id: demo\n# name_vi: Chỉ số thử\n# scale: 100\ncode,parent,name_vi,weight\ntotal,,Tổng,\na,total,A,60\nb,total,B,40\n' }, { file: 'v.csv', text: 'unit,year,a,b\nSở X,2024,8,6\nSở Y,2024,5,9\n' }).years.get(2024).rows.length // => 2
 */
export function readUserIndex(definitionFile: TextFile, dataFile: TextFile): CompositeData {
  const definition = readUserDefinition(definitionFile);
  return {
    index: definition.index,
    name: definition.name,
    definitions: [definition],
    years: readUserData(dataFile, definition),
  };
}

function fail(code: 'INVALID_DEFINITION' | 'INVALID_DATA', file: string, problems: DataProblem[]): EngineError {
  return new EngineError({
    code,
    input: file,
    ...message(code === 'INVALID_DATA' ? 'dataFileInvalid' : 'definitionFileInvalid', {
      file,
      count: problems.length,
    }),
    problems,
  });
}

/**
 * The definition CSV of a user's index (see readUserIndex).
 *
 * @example readUserDefinition({ file: 'd.csv', text: '# id: demo\n# name_vi: Chỉ số thử\ncode,parent,name_vi,weight\ntotal,,Tổng,\na,total,A,100\n' }).groups // => null
 */
export function readUserDefinition(file: TextFile): CompositeDefinition {
  const { declared, lineOf, headerLines, csv, problems } = readDeclarations(file.text, file.file, DECLARATIONS);
  const all: DataProblem[] = [...problems];
  const problem = (row: number | null, column: string, text: Bilingual) =>
    all.push({ file: file.file, row, column, ...text });
  for (const key of ['id', 'name_vi'])
    if (declared[key] === undefined) problem(1, key, message('declarationMissing', { name: key }));
  const scale = declared.scale === undefined ? 100 : num(declared.scale);
  if (!(scale !== null && scale > 0))
    problem(lineOf.scale ?? 1, 'scale', message('scaleNotPositive', { value: declared.scale }));
  const max = declared.max === undefined ? DEFAULT_LEAF_MAX : num(declared.max);
  if (!(max !== null && max > 0)) problem(lineOf.max ?? 1, 'max', message('scaleNotPositive', { value: declared.max }));
  const groups = readGroups(declared.groups);
  if (groups === undefined) problem(lineOf.groups ?? 1, 'groups', message('compositeBandsInvalid', {}));
  const table = readCsv(csv, file.file);
  for (const column of ['code', 'parent', 'name_vi', 'weight'])
    if (!table.header.includes(column)) problem(headerLines + 1, column, message('columnMissing', { column }));
  if (all.length > 0) throw fail('INVALID_DEFINITION', file.file, all);
  const nodes: CompositeNode[] = table.rows.map(({ line, cells }) => {
    const code = (cells.code ?? '').trim();
    const row = line + headerLines;
    if (code === '') problem(row, 'code', message('criterionCodeEmpty', {}));
    const weightText = (cells.weight ?? '').trim();
    const weight = weightText === '' ? null : num(weightText);
    if (weightText !== '' && weight === null) problem(row, 'weight', message('cellNotANumber', { cell: weightText }));
    return {
      code,
      parent: (cells.parent ?? '').trim() === '' ? null : cells.parent!.trim(),
      name: { vi: (cells.name_vi ?? '').trim(), en: (cells.name_en ?? cells.name_vi ?? '').trim() },
      weight,
      max: max!,
    };
  });
  if (all.length > 0) throw fail('INVALID_DEFINITION', file.file, all);
  const name: LocalName = { vi: declared.name_vi!, en: declared.name_en ?? declared.name_vi! };
  const definition: CompositeDefinition = {
    id: declared.id!,
    index: declared.id!,
    name,
    years: [0, null],
    scale: scale!,
    aggregation: 'weighted-sum',
    nodes,
    groups: groups ?? null,
    weights: 'exact',
    note: { vi: `Chỉ số do người dùng định nghĩa (${file.file}).`, en: `A user-defined index (${file.file}).` },
  };
  return validateCompositeDefinition(definition, file.file, (_code, field, at) => ({
    row: at === null ? (field === 'weight' ? headerLines + 1 : null) : table.rows[at]!.line + headerLines,
    column: field,
  }));
}

/** `# groups:` — undefined when the text is not a rule, null when not declared. */
function readGroups(text: string | undefined): CompositeGroupRule | null | undefined {
  if (text === undefined) return null;
  const quartiles = /^quartiles(?:\s+(lower|upper))?$/i.exec(text.trim());
  if (quartiles) return { kind: 'quartiles', boundary: (quartiles[1]?.toLowerCase() as 'lower' | 'upper') ?? 'lower' };
  const top = /^top\s+(\d+)$/i.exec(text.trim());
  if (top) return { kind: 'top', n: Number(top[1]) };
  const bands = /^bands\s+(.+)$/i.exec(text.trim());
  if (!bands) return undefined;
  const parsed = bands[1]!.split(',').map((part) => /^\s*(.+?)\s*>=\s*(-?[\d.,]+)\s*$/.exec(part));
  if (parsed.some((m) => m === null)) return undefined;
  return {
    kind: 'bands',
    bands: parsed.map((m) => ({ name: { vi: m![1]!.normalize('NFC'), en: m![1]! }, min: num(m![2]!) ?? NaN })),
  };
}

/**
 * The data CSV of a user's index: `unit,year,<leaf codes>`, one row per unit and year.
 *
 * @example readUserData({ file: 'v.csv', text: 'unit,year,a\nX,2024,5\n' }, readUserDefinition({ file: 'd.csv', text: '# id: demo\n# name_vi: Chỉ số thử\ncode,parent,name_vi,weight\ntotal,,Tổng,\na,total,A,100\n' })).get(2024).rows[0].values // => { a: 5 }
 */
export function readUserData(file: TextFile, definition: CompositeDefinition): Map<number, CompositeYear> {
  const table = readCsv(file.text, file.file);
  const leaves = leavesOf(definition);
  const problems: DataProblem[] = [];
  const problem = (row: number | null, column: string, text: Bilingual) =>
    problems.push({ file: file.file, row, column, ...text });
  for (const column of ['unit', 'year', ...leaves.map((l) => l.code)])
    if (!table.header.includes(column)) problem(1, column, message('columnMissing', { column }));
  if (problems.length > 0) throw fail('INVALID_DATA', file.file, problems);
  const byYear = new Map<number, CompositeRow[]>();
  const seen = new Set<string>();
  for (const { line, cells } of table.rows) {
    const unit = (cells.unit ?? '').normalize('NFC').trim();
    const year = Number(cells.year);
    if (unit === '') problem(line, 'unit', message('expectProvinceName', {}));
    if (!Number.isInteger(year)) problem(line, 'year', message('expectYear', { example: 2024 }));
    if (seen.has(`${unit}|${year}`)) problem(line, 'unit', message('provinceDuplicate', {}));
    seen.add(`${unit}|${year}`);
    const values: Record<string, number | null> = {};
    for (const leaf of leaves) {
      const cell = (cells[leaf.code] ?? '').trim();
      const value = cell === '' ? null : num(cell);
      if (cell !== '' && (value === null || value < 0 || value > leaf.max))
        problem(line, leaf.code, message('cellOutsideBounds', { cell, min: '0', max: String(leaf.max) }));
      values[leaf.code] = value;
    }
    byYear.set(year, [...(byYear.get(year) ?? []), { unit, values, total: null, rank: null, line }]);
  }
  if (problems.length > 0) throw fail('INVALID_DATA', file.file, problems);
  return new Map(
    [...byYear]
      .sort(([a], [b]) => a - b)
      .map(([year, rows]) => [
        year,
        {
          index: definition.index,
          year,
          definitionId: definition.id,
          file: file.file,
          rows,
          publishedTop: null,
          of: rows.length,
          warnings: [],
        },
      ]),
  );
}

import { readNumber } from '../input/read-number';
import { topComponents } from '../definitions/catalog';
import { checkMeasureTree } from '../definitions/measure-tree';
import type { IndexDefinition, LocalName } from '../definitions/index-definition';
import { EngineError, type DataProblem } from '../errors';
import type { TextFile } from '../dataset/index-year';
import { readCsv } from '../text/read-csv';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import { SCORE_EPSILON } from './score-order';

export interface ParCriterion {
  readonly code: string;
  /** an area code (a1..a8) or another criterion's code */
  readonly parent: string;
  readonly name: LocalName;
  readonly max: number;
  readonly source: 'appraisal' | 'survey' | null;
  /** points scored, for leaves; null when not entered */
  readonly points: number | null;
}

export interface ParCriteriaTree {
  readonly file: string;
  readonly criteria: readonly ParCriterion[];
  /** area code -> sum of its criteria's maxima */
  readonly areaMaxima: Readonly<Record<string, number>>;
}

/**
 * Reads a PAR INDEX criteria tree below area level from the user's CSV (columns: code, parent, name_vi, [name_en],
 * max, [source: appraisal|survey], [points]). Provinces have the ministry's guidance with the criteria and their
 * maximum points; we do not, so the tree is the user's data, validated against the definition by the tree rules of
 * every index (checkMeasureTree, with the definition's areas as roots): codes unique and not an area's, every parent
 * known, no cycle, children's maxima adding up to their parent's and each area's criteria to the area's published
 * maximum (where it is known); and points within [0, max]. All problems are reported with row and column.
 *
 * @example parScore(dataset, { year: 2019, points: { a2: 9, a3: 14, a4: 10, a5: 15, a6: 6, a7: 15, a8: 15 }, criteria: parseParCriteria({ file: 'c.csv', text: 'code,parent,name_vi,max,points\na1.1,a1,Chỉ đạo,4,3\na1.2,a1,Kế hoạch,6,5.5' }, definitionFor(dataset.definitions, 'par', 2019)) }).total // => 92.5
 */
export function parseParCriteria(file: TextFile, definition: IndexDefinition): ParCriteriaTree {
  const table = readCsv(file.text, file.file);
  const problems: DataProblem[] = [];
  const problem = (row: number | null, column: string | null, text: Bilingual) =>
    problems.push({ file: file.file, row, column, vi: text.vi, en: text.en });
  for (const column of ['code', 'parent', 'name_vi', 'max']) {
    if (!table.header.includes(column)) problem(1, column, message('columnMissing', { column }));
  }
  const areas = topComponents(definition);
  const criteria: ParCriterion[] = [];
  const lines: number[] = [];
  for (const { line, cells } of table.rows) {
    const code = (cells.code ?? '').trim();
    if (code === '') {
      problem(line, 'code', message('criterionCodeEmpty', {}));
      continue;
    }
    const max = numberOrNaN(cells.max);
    const maxValid = max > 0;
    if (!maxValid) problem(line, 'max', message('criterionMaxNotPositive', { value: cells.max! }));
    const points = (cells.points ?? '') === '' ? null : numberOrNaN(cells.points);
    // Points are checked against a valid maximum only: a refused maximum is the row's one problem until it is fixed.
    if (maxValid && points !== null && !(points >= 0 && points <= max))
      problem(line, 'points', message('pointsOutsideMax', { points: cells.points, max: cells.max }));
    const source = cells.source === 'appraisal' || cells.source === 'survey' ? cells.source : null;
    if ((cells.source ?? '') !== '' && source === null)
      problem(line, 'source', message('parSourceInvalid', { source: cells.source }));
    criteria.push({
      code,
      parent: (cells.parent ?? '').trim(),
      name: { vi: cells.name_vi ?? '', en: cells.name_en || cells.name_vi || '' },
      max,
      source,
      points,
    });
    lines.push(line);
  }
  // The tree rules every index shares (measure-tree.ts), over the definition's areas (the roots, each with its
  // published maximum where known) and the user's criteria below them: codes unique and not an area's, every parent
  // known, no cycle, and children's maxima adding up to their parent's (an area's: its published maximum).
  const roots = areas.map((area) => ({ ...area, parent: null }));
  const rowOf = (at: number) => (at < roots.length ? null : lines[at - roots.length]!);
  const tree = checkMeasureTree(
    [...roots, ...criteria],
    { root: 'many', names: [], maxima: 'add-up', tolerance: SCORE_EPSILON },
    rowOf,
  );
  // A criterion's problem is at its row; an area's (its criteria's sum) at the area's code.
  for (const p of tree.problems)
    if (p.at !== null && p.at < roots.length) problem(null, roots[p.at]!.code, p.text);
    else problem(p.at === null ? null : rowOf(p.at), p.field, p.text);
  const areaMaxima: Record<string, number> = {};
  for (const area of areas) {
    const below = criteria.filter((c) => c.parent === area.code);
    if (below.length > 0) areaMaxima[area.code] = below.reduce((s, c) => s + c.max, 0);
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: file.file,
      ...message('criteriaTreeInvalid', { file: file.file, count: problems.length }),
      problems,
    });
  }
  return { file: file.file, criteria, areaMaxima };
}

/** A cell by the engine's one number rule; NaN (refused by the caller, with the row) when it is not a number. */
function numberOrNaN(cell: string | undefined): number {
  try {
    return readNumber(cell, 'cell') ?? Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Leaves of the tree (criteria without sub-criteria) under an area or criterion, depth first. */
export function criteriaLeaves(tree: ParCriteriaTree, parent: string): ParCriterion[] {
  return tree.criteria
    .filter((c) => c.parent === parent)
    .flatMap((c) => (tree.criteria.some((k) => k.parent === c.code) ? criteriaLeaves(tree, c.code) : [c]));
}

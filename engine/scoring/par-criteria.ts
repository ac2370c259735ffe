import { readNumber } from '../input/read-number';
import { childrenOf, topComponents } from '../definitions/catalog';
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
 * maximum points; we do not, so the tree is the user's data, validated against the definition: every parent known,
 * codes unique, points within [0, max], children's maxima adding up to their parent's, and each area's criteria
 * adding up to the area's published maximum (where it is known). All problems are reported with row and column.
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
  const areas = new Set(topComponents(definition).map((a) => a.code));
  const criteria: ParCriterion[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const code = (cells.code ?? '').trim();
    if (code === '' || lineOf.has(code) || areas.has(code)) {
      problem(line, 'code', message('criteriaCodeInvalid', { code }));
      continue;
    }
    lineOf.set(code, line);
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
  }
  const parentOf = new Map(criteria.map((c) => [c.code, c.parent]));
  for (const c of criteria) {
    if (!areas.has(c.parent) && !lineOf.has(c.parent))
      problem(lineOf.get(c.code)!, 'parent', message('parentMissing', { parent: c.parent }));
    // Every criterion must lead up to an area: a chain of parents that comes back on itself is a cycle.
    const path = [c.code];
    for (let up = c.parent; parentOf.has(up); up = parentOf.get(up)!) {
      if (path.includes(up)) {
        problem(lineOf.get(c.code)!, 'parent', message('parentCycle', { path: [...path, up].join(' → ') }));
        break;
      }
      path.push(up);
    }
  }
  const areaMaxima: Record<string, number> = {};
  const sumOfChildren = (parent: string) => criteria.filter((c) => c.parent === parent).reduce((s, c) => s + c.max, 0);
  for (const c of criteria) {
    const children = criteria.filter((k) => k.parent === c.code);
    if (children.length > 0 && Math.abs(sumOfChildren(c.code) - c.max) > SCORE_EPSILON) {
      problem(lineOf.get(c.code)!, 'max', message('childrenMaximaNot', { sum: sumOfChildren(c.code), max: c.max }));
    }
  }
  for (const area of childrenOf(definition, 'total')) {
    if (!criteria.some((c) => c.parent === area.code)) continue;
    const sum = sumOfChildren(area.code);
    areaMaxima[area.code] = sum;
    if (area.max !== null && Math.abs(sum - area.max) > SCORE_EPSILON) {
      problem(null, area.code, message('areaCriteriaMaximaNot', { area: area.code, sum, max: area.max }));
    }
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

import { checkMeasureTree, type LocalName, type MeasureNode } from '../definitions/measure-tree';
import type { TextFile } from '../dataset/index-year';
import { EngineError, type DataProblem } from '../errors';
import { readCsv } from '../text/read-csv';
import { masterColumn } from './master-headers';
import { readDeclarations } from '../text/declarations';
import { readPoints, roundPoints } from './read-points';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import { POINTS_SUM_EPSILON, SCORE_EPSILON } from '../scoring/score-order';

/** Where a leaf's points come from: the appraised self-assessment, or a survey result entered by Sở Nội vụ. */
export type LeafSource = 'appraised' | 'survey';
/** Bonus and penalty blocks sit outside the scale; their maximum is their cap. */
export type NodeSource = LeafSource | 'bonus' | 'penalty';
/**
 * How a leaf is scored: `manual` 0..max; `yes_no` 0 or max; `checklist` a sum of some of the items in `options`
 * (the items add up to max); `levels` one of the values in `options` (the highest is max); `ratio` 0..max from a
 * ratio, any value; `survey` from a survey result. Any leaf may be marked `na` for a unit (its maximum leaves that
 * unit's denominator).
 */
export type ScoringRule = 'manual' | 'yes_no' | 'checklist' | 'levels' | 'ratio' | 'survey';
const RULES: readonly ScoringRule[] = ['manual', 'yes_no', 'checklist', 'levels', 'ratio', 'survey'];

/** A criterion: the common tree node (measure-tree.ts) with its source, scoring rule, owner and place. */
export interface CriteriaNode extends MeasureNode {
  /** null for an area (lĩnh vực) or a bonus/penalty block */
  readonly parent: string | null;
  readonly max: number;
  /** the node's own source, else the nearest ancestor's (leaves always have one) */
  readonly source: NodeSource | null;
  /** leaves only */
  readonly rule: ScoringRule | null;
  readonly options: readonly number[];
  /** the department that scores this node for every unit (nearest ancestor's when blank) */
  readonly owner: string | null;
  /** 1 = area */
  readonly depth: number;
  /** the code of the area (or bonus/penalty block) the node belongs to */
  readonly area: string;
  readonly children: readonly string[];
  /** 1-based line in the file */
  readonly line: number;
}

export interface CriteriaSet {
  readonly file: string;
  readonly name: LocalName | null;
  /** the unit kind scored with this set (e.g. so_ban_nganh, ubnd_xa); null = every unit */
  readonly kind: string | null;
  readonly year: number | null;
  readonly scale: number;
  /** default class bands declared by the set (`# classes: ...`), or null */
  readonly classes: string | null;
  readonly topAreaFloor: number | null;
  /** every row, in file order */
  readonly nodes: readonly CriteriaNode[];
  readonly byCode: ReadonlyMap<string, CriteriaNode>;
  /** area codes (top-level nodes inside the scale), in file order */
  readonly areas: readonly string[];
  /** scored leaves (appraised and survey), in file order */
  readonly leaves: readonly CriteriaNode[];
  /** bonus and penalty blocks */
  readonly adjustments: readonly CriteriaNode[];
  readonly warnings: readonly LocalName[];
}

const SOURCES: Readonly<Record<string, NodeSource>> = {
  appraised: 'appraised',
  appraisal: 'appraised',
  survey: 'survey',
  bonus: 'bonus',
  penalty: 'penalty',
};
const DECLARATIONS = ['kind', 'year', 'scale', 'name_vi', 'name_en', 'classes', 'top_floor'];
const EPS = SCORE_EPSILON;

/**
 * Reads a province's own criteria set (bộ tiêu chí) from CSV: columns `code,parent,name_vi,max,source`, optional
 * `name_en,rule,options,owner`; leading `# key: value` lines declare the set (`kind`, `year`, `scale` (default 100),
 * `name_vi`, `name_en`, `classes`, `top_floor`). Rows with an empty parent are areas, or bonus/penalty blocks (source
 * `bonus`/`penalty`, max = cap, outside the scale). Validated all or nothing, every problem with its row: unique
 * codes, known parents, no cycles, children's maxima within the parent's, areas adding up to the scale, rules and
 * options consistent. A node whose children add up to less than its maximum is a warning (the leaves count).
 *
 * @example parseCriteriaSet({ file: 's.csv', text: '# kind: ubnd_xa\ncode,parent,name_vi,max,source\n1,,Chỉ đạo,60,appraised\n1.1,1,Kế hoạch,60,\n2,,Hài lòng,40,survey' }).leaves.map((l) => l.code) // => ['1.1', '2']
 */
export function parseCriteriaSet(file: TextFile): CriteriaSet {
  const problems: DataProblem[] = [];
  const problem = (row: number | null, column: string | null, text: Bilingual) =>
    problems.push({ file: file.file, row, column, vi: text.vi, en: text.en });
  const {
    declared,
    headerLines,
    csv,
    problems: declarationProblems,
  } = readDeclarations(file.text, file.file, DECLARATIONS);
  problems.push(...declarationProblems);
  const table = readCsv(csv, file.file, masterColumn);
  const missingColumns = ['code', 'parent', 'name_vi', 'max', 'source'].filter((c) => !table.header.includes(c));
  if (missingColumns.length > 0) {
    throw new EngineError({
      code: 'INVALID_DEFINITION',
      input: file.file,
      ...message('criteriaColumnsMissing', { file: file.file, columns: missingColumns.join(', ') }),
      problems: missingColumns.map((c) => ({
        file: file.file,
        row: headerLines + 1,
        column: c,
        ...message('columnMissing', { column: c }),
      })),
    });
  }
  const scale = declared.scale === undefined ? 100 : readPoints(declared.scale);
  if (typeof scale !== 'number' || !(scale > 0))
    problem(null, 'scale', message('scaleNotPositive', { value: declared.scale }));
  const year = declared.year === undefined ? null : Number(declared.year);
  if (year !== null && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
    problem(null, 'year', message('criteriaYearInvalid', { value: declared.year }));
  const floor = declared.top_floor === undefined ? null : readPoints(declared.top_floor);
  if (floor !== null && !(typeof floor === 'number' && floor > 0 && floor <= 100))
    problem(null, 'top_floor', message('areaFloorInvalid', { value: declared.top_floor }));

  interface Row {
    code: string;
    parent: string | null;
    name: LocalName;
    max: number;
    source: NodeSource | null;
    rule: ScoringRule | null;
    options: number[];
    owner: string | null;
    line: number;
  }
  const rows: Row[] = [];
  for (const { line: csvLine, cells } of table.rows) {
    const line = csvLine + headerLines;
    const code = cells.code ?? '';
    if (code === '') {
      problem(line, 'code', message('criterionCodeEmpty', {}));
      continue;
    }
    const max = readPoints(cells.max);
    if (typeof max !== 'number' || !(max > 0))
      problem(line, 'max', message('criterionMaxNotPositive', { value: cells.max ?? '' }));
    const sourceText = (cells.source ?? '').toLowerCase();
    const source = sourceText === '' ? null : (SOURCES[sourceText] ?? null);
    if (sourceText !== '' && source === null)
      problem(line, 'source', message('criterionSourceInvalid', { source: cells.source }));
    const ruleText = (cells.rule ?? '').toLowerCase();
    const rule = ruleText === '' ? null : (RULES.find((r) => r === ruleText) ?? null);
    if (ruleText !== '' && rule === null)
      problem(line, 'rule', message('criterionRuleInvalid', { rule: cells.rule, rules: RULES.join(', ') }));
    const optionCells = (cells.options ?? '')
      .split(/[;|]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const options = optionCells.map((s) => readPoints(s));
    if (options.some((o) => typeof o !== 'number' || !(o >= 0)))
      problem(line, 'options', message('criterionOptionsInvalid', { options: cells.options }));
    const row: Row = {
      code,
      parent: (cells.parent ?? '') === '' ? null : cells.parent!,
      name: { vi: cells.name_vi ?? '', en: (cells.name_en ?? '') === '' ? (cells.name_vi ?? '') : cells.name_en! },
      max: typeof max === 'number' ? max : Number.NaN,
      source,
      rule,
      options: options.filter((o): o is number => typeof o === 'number'),
      owner: (cells.owner ?? '') === '' ? null : cells.owner!,
      line,
    };
    if (row.name.vi === '') problem(line, 'name_vi', message('criterionNameEmpty', {}));
    rows.push(row);
  }

  // The tree rules every index shares (measure-tree.ts): unique codes, known parents, no cycles, children within
  // their parent's maximum (less is a warning: the leaves count).
  const tree = checkMeasureTree(
    rows,
    { root: 'many', names: [], maxima: 'within', tolerance: EPS },
    (at) => rows[at]!.line,
  );
  for (const p of tree.problems) problem(p.at === null ? null : rows[p.at]!.line, p.field, p.text);
  const byCode = new Map<string, Row>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const warnings: LocalName[] = tree.warnings.map((w) => w.text);
  const nodes: CriteriaNode[] = [];
  if (tree.cyclic.size === 0) {
    const resolved = new Map<string, CriteriaNode>();
    const resolve = (r: Row): CriteriaNode => {
      const done = resolved.get(r.code);
      if (done) return done;
      const up = r.parent !== null && byCode.has(r.parent) ? resolve(byCode.get(r.parent)!) : null;
      const kids = tree.children.get(r.code)!;
      const source = r.source ?? up?.source ?? null;
      const node: CriteriaNode = {
        code: r.code,
        parent: r.parent,
        name: r.name,
        max: r.max,
        source,
        rule: kids.length > 0 ? r.rule : (r.rule ?? (source === 'survey' ? 'survey' : 'manual')),
        options: r.options,
        owner: r.owner ?? up?.owner ?? null,
        depth: up === null ? 1 : up.depth + 1,
        area: up === null ? r.code : up.area,
        children: kids,
        line: r.line,
      };
      resolved.set(r.code, node);
      return node;
    };
    for (const r of byCode.values()) nodes.push(resolve(r));
    for (const n of nodes) checkNode(n, resolved, problem);
  }
  const areas = nodes.filter(
    (n) => n.parent === null && (n.source === null || n.source === 'appraised' || n.source === 'survey'),
  );
  const areaTotal = roundPoints(areas.reduce((s, a) => s + a.max, 0));
  if (typeof scale === 'number' && nodes.length > 0 && Math.abs(areaTotal - scale) > EPS) {
    problem(null, 'max', message('areaMaximaNotScale', { total: areaTotal, scale }));
  }
  const leaves = nodes.filter((n) => n.children.length === 0 && (n.source === 'appraised' || n.source === 'survey'));
  if (rows.length > 0 && leaves.length === 0 && tree.cyclic.size === 0)
    problem(null, 'code', message('criteriaNoLeaf', {}));
  if (rows.length === 0) problem(null, 'code', message('criteriaNoRows', {}));
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DEFINITION',
      input: file.file,
      ...message('criteriaSetInvalid', { file: file.file, count: problems.length }),
      problems,
    });
  }
  return {
    file: file.file,
    name: declared.name_vi === undefined ? null : { vi: declared.name_vi, en: declared.name_en ?? declared.name_vi },
    kind: declared.kind === undefined || declared.kind === '' ? null : declared.kind,
    year,
    scale: scale as number,
    classes: declared.classes ?? null,
    topAreaFloor: floor as number | null,
    nodes,
    byCode: new Map(nodes.map((n) => [n.code, n])),
    areas: areas.map((a) => a.code),
    leaves,
    adjustments: nodes.filter((n) => n.source === 'bonus' || n.source === 'penalty'),
    warnings,
  };
}

/** One node's own checks (the tree's are checkMeasureTree's): sources, rule and options. */
function checkNode(
  n: CriteriaNode,
  byCode: ReadonlyMap<string, CriteriaNode>,
  problem: (row: number | null, column: string | null, text: Bilingual) => void,
): void {
  const isLeaf = n.children.length === 0;
  const isAdjustment = n.source === 'bonus' || n.source === 'penalty';
  if (isAdjustment && n.parent !== null) problem(n.line, 'source', message('bonusBlockNotTop', { code: n.code }));
  if (isAdjustment && !isLeaf) problem(n.line, 'source', message('bonusBlockWithChildren', { code: n.code }));
  const parent = n.parent === null ? null : byCode.get(n.parent)!;
  if (parent && parent.source !== null && n.source !== parent.source)
    problem(
      n.line,
      'source',
      message('sourceDiffersFromParent', { source: n.source, parent: parent.code, parentSource: parent.source }),
    );
  if (isLeaf && n.source === null) problem(n.line, 'source', message('leafNeedsSource', { code: n.code }));
  if (!isLeaf) {
    if (n.rule !== null || n.options.length > 0)
      problem(n.line, 'rule', message('rulesOnlyOnLeaves', { code: n.code }));
    return;
  }
  const rule = n.rule!;
  const options = n.options;
  const listed = (cond: boolean, text: Bilingual) => {
    if (!cond) problem(n.line, 'options', text);
  };
  if (rule === 'survey' && n.source !== 'survey') problem(n.line, 'rule', message('surveyRuleNeedsSurveySource', {}));
  if (n.source === 'survey' && rule !== 'survey' && rule !== 'ratio' && rule !== 'manual')
    problem(n.line, 'rule', message('surveyLeafRule', {}));
  if (rule === 'levels') {
    listed(options.length >= 2, message('levelsNeedTwo', {}));
    listed(
      options.every((o) => o <= n.max + EPS) && Math.abs(Math.max(...options) - n.max) <= EPS,
      message('levelsTopEqualsMax', { max: n.max }),
    );
  } else if (rule === 'checklist') {
    listed(options.length >= 2 && options.every((o) => o > 0), message('checklistNeedsTwo', {}));
    const sum = roundPoints(options.reduce((s, o) => s + o, 0));
    listed(Math.abs(sum - n.max) <= EPS, message('checklistSum', { sum, max: n.max }));
    listed(options.length <= 16, message('checklistAtMost16', {}));
  } else if (options.length > 0) {
    problem(n.line, 'options', message('ruleTakesNoOptions', { rule }));
  }
  if (isAdjustment && rule !== 'manual') problem(n.line, 'rule', message('bonusBlockManual', {}));
}

/**
 * Whether `points` is a score the leaf's rule allows (within 0..max; yes/no: 0 or max; levels: one of the levels;
 * checklist: a sum of some items). Points are compared to SCORE_EPSILON.
 *
 * @example allowedPoints({ max: 0.3, rule: 'checklist', options: [0.1, 0.1, 0.1] }, 0.2) // => true
 */
export function allowedPoints(leaf: Pick<CriteriaNode, 'max' | 'rule' | 'options'>, points: number): boolean {
  if (!(points >= -EPS && points <= leaf.max + EPS)) return false;
  switch (leaf.rule) {
    case 'yes_no':
      return Math.abs(points) <= EPS || Math.abs(points - leaf.max) <= EPS;
    case 'levels':
      return leaf.options.some((o) => Math.abs(o - points) <= EPS);
    case 'checklist': {
      const n = leaf.options.length;
      for (let mask = 0; mask < 1 << n; mask++) {
        let sum = 0;
        for (let i = 0; i < n; i++) if (mask & (1 << i)) sum += leaf.options[i]!;
        if (Math.abs(sum - points) <= POINTS_SUM_EPSILON) return true;
      }
      return false;
    }
    default:
      return true;
  }
}

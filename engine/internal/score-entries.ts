import type { TextFile } from '../dataset/index-year';
import { EngineError, type DataProblem } from '../errors';
import { readCsv } from '../text/read-csv';
import { masterColumn } from './master-headers';
import { allowedPoints, type CriteriaNode, type CriteriaSet } from './criteria-set';
import { readPoints } from './read-points';
import type { InternalUnit } from './units';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import { SCORE_EPSILON } from '../scoring/score-order';

export interface ScoreEntry {
  readonly unit: string;
  readonly code: string;
  /** the unit's self-assessment; null when not given */
  readonly self: number | null;
  /** the points that count: appraised where present, else self (survey leaves: the survey points); 'na' = not applicable */
  readonly final: number | 'na' | null;
  readonly appraised: number | null;
  readonly survey: number | null;
  readonly note: string | null;
  readonly evidence: string | null;
  /** appraisal round 1 (`appraised_1`), its comment (`comment_1`) and the unit's response (`response`); absent = none */
  readonly appraised1?: number | null;
  readonly comment1?: string | null;
  readonly response?: string | null;
  readonly line: number;
}

export interface ScoreSheet {
  readonly file: string;
  readonly entries: readonly ScoreEntry[];
  /** unit -> code -> entry */
  readonly byUnit: ReadonlyMap<string, ReadonlyMap<string, ScoreEntry>>;
}

/**
 * Reads score entries `unit,code,self,appraised[,survey][,note][,evidence][,appraised_1][,comment_1][,response]` for a
 * criteria set and a unit list: the rounds of a year, self-assessment (with its evidence), appraisal round 1 (with a
 * comment), the unit's response, the final appraisal (`appraised`). The points that count are the final appraisal's
 * where present, else round 1's, else the self-assessed ones; a survey leaf has its
 * points in `survey` (not self-scored); `na` marks a leaf not applicable to the unit. Refused, naming file, row and
 * field: an unknown unit (or one of another kind than the set's), an unknown code or one with sub-criteria, a
 * duplicate entry, a negative score, a score above the maximum or not allowed by the leaf's rule. A leaf with no entry
 * is missing (never zero); a bonus or penalty block with no entry is 0.
 *
 * @example parseScores({ file: 's.csv', text: 'unit,code,self,appraised\nX1,1.1,50,45' }, parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised\n1.1,1,B,100,' }), [{ unit: 'X1', name: { vi: 'Xã', en: 'Xã' }, kind: 'ubnd_xa', group: 'xa', ranked: true, line: 2 }]).entries[0].final // => 45
 */
export function parseScores(file: TextFile, set: CriteriaSet, units: readonly InternalUnit[]): ScoreSheet {
  const table = readCsv(file.text, file.file, masterColumn);
  const problems: DataProblem[] = [];
  const problem = (row: number | null, column: string | null, text: Bilingual) =>
    problems.push({ file: file.file, row, column, vi: text.vi, en: text.en });
  for (const column of ['unit', 'code', 'self', 'appraised'])
    if (!table.header.includes(column)) problem(1, column, message('columnMissing', { column }));
  const unitsByCode = new Map(units.map((u) => [u.unit, u]));
  const entries: ScoreEntry[] = [];
  const byUnit = new Map<string, Map<string, ScoreEntry>>();
  for (const { line, cells } of problems.length > 0 ? [] : table.rows) {
    const before = problems.length;
    const unitCode = cells.unit ?? '';
    const unit = unitsByCode.get(unitCode);
    if (!unit) problem(line, 'unit', message('unitNotInList', { unit: unitCode }));
    else if (set.kind !== null && unit.kind !== set.kind)
      problem(line, 'unit', message('unitKindMismatch', { unit: unitCode, kind: unit.kind, setKind: set.kind }));
    const code = cells.code ?? '';
    const node = set.byCode.get(code);
    if (!node) problem(line, 'code', message('criterionNotInSet', { code }));
    else if (node.children.length > 0)
      problem(line, 'code', message('scoreOnParent', { code, children: node.children.join(', ') }));
    const previous = byUnit.get(unitCode)?.get(code);
    if (previous) problem(line, 'code', message('scoreEnteredTwice', { unit: unitCode, code, line: previous.line }));
    if (!node || node.children.length > 0 || problems.length > before) continue;
    const self = checkedPoints(cells.self, 'self', node, line, problem);
    const appraised = checkedPoints(cells.appraised, 'appraised', node, line, problem);
    const survey = checkedPoints(cells.survey, 'survey', node, line, problem);
    const round1 = checkedPoints(cells.appraised_1, 'appraised_1', node, line, problem);
    let final: number | 'na' | null;
    if (node.source === 'survey') {
      if (self !== null || (appraised !== null && appraised !== 'na'))
        problem(line, self !== null ? 'self' : 'appraised', message('scoredBySurvey', { code }));
      final = survey ?? appraised;
    } else {
      if (survey !== null) problem(line, 'survey', message('notSurveyCriterion', { code }));
      final = appraised ?? round1 ?? self;
    }
    if (final === 'na' && (node.source === 'bonus' || node.source === 'penalty'))
      problem(line, 'appraised', message('bonusNotNa', {}));
    const entry: ScoreEntry = {
      unit: unitCode,
      code,
      line,
      final,
      self: typeof self === 'number' ? self : null,
      appraised: typeof appraised === 'number' ? appraised : null,
      survey: typeof survey === 'number' ? survey : null,
      note: (cells.note ?? '') === '' ? null : cells.note!,
      evidence: (cells.evidence ?? '') === '' ? null : cells.evidence!,
      appraised1: typeof round1 === 'number' ? round1 : null,
      comment1: (cells.comment_1 ?? '') === '' ? null : cells.comment_1!,
      response: (cells.response ?? '') === '' ? null : cells.response!,
    };
    entries.push(entry);
    if (!byUnit.has(unitCode)) byUnit.set(unitCode, new Map());
    byUnit.get(unitCode)!.set(code, entry);
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: file.file,
      ...message('scoreFileInvalid', { file: file.file, count: problems.length }),
      problems,
    });
  }
  return { file: file.file, entries, byUnit };
}

function checkedPoints(
  cell: string | undefined,
  column: string,
  node: CriteriaNode,
  line: number,
  problem: (row: number, column: string, text: Bilingual) => void,
): number | 'na' | null {
  const value = readPoints(cell);
  if (value === null || value === 'na') return value;
  if (Number.isNaN(value)) problem(line, column, message('pointsNotNumber', { cell }));
  else if (value < 0) problem(line, column, message('pointsNegative', { cell }));
  else if (value > node.max + SCORE_EPSILON)
    problem(line, column, message('pointsAboveMax', { cell, max: node.max, code: node.code }));
  else if (!allowedPoints(node, value)) {
    problem(
      line,
      column,
      message('pointsNotInRule', {
        cell,
        rule: node.rule,
        code: node.code,
        max: node.max,
        options: node.options.join('; '),
      }),
    );
  } else return value;
  return null;
}

import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import type { CriteriaSet } from './criteria-set';
import { readPoints } from './read-points';
import { SCORE_EPSILON } from '../scoring/score-order';
import { parseScores, type ScoreSheet } from './score-entries';
import { masterColumn, masterHeaderRow } from './master-headers';
import { sheetText } from './sheet-text';
import type { InternalUnit } from './units';
import { SCORE_ENTRY_FIELDS, type SheetCell } from './unit-sheet';

/** The columns of the master's scores sheet, in order (the header row holds these names). */
export const SCORE_COLUMNS = ['unit', 'code', 'name_vi', 'max', ...SCORE_ENTRY_FIELDS];
type Field = (typeof SCORE_ENTRY_FIELDS)[number];

const FIELD_MESSAGE = {
  self: 'sheetColSelf',
  appraised: 'sheetColAppraised',
  survey: 'sheetColSurvey',
  note: 'sheetColNote',
  evidence: 'sheetColEvidence',
  appraised_1: 'sheetColRound1',
  comment_1: 'sheetColComment1',
  response: 'sheetColResponse',
} as const;

/**
 * The heading of a scores-sheet field in both languages (as on the unit sheet).
 *
 * @example scoreFieldName('appraised_1').vi // => 'Thẩm định lần 1'
 */
export function scoreFieldName(field: ScoreChange['field']): Bilingual {
  return message(FIELD_MESSAGE[field], {});
}

/** One cell of the scores sheet that a merge changes from a value to another (an empty cell filled is not listed). */
export interface ScoreChange {
  readonly unit: string;
  readonly code: string;
  readonly field: Field;
  /** 1-based row of the scores sheet */
  readonly row: number;
  readonly before: string;
  readonly after: string;
}

/** What merging a batch into the scores sheet does, before anything is written. */
export interface ScoreMerge {
  /** the whole sheet after the merge: the same rows in the same order, changed cells, new rows at the end */
  readonly rows: readonly (readonly SheetCell[])[];
  /** the cells to write (1-based row and column), in the sheet's order */
  readonly cells: readonly { readonly row: number; readonly column: number; readonly value: SheetCell }[];
  /** units of the batch that had no entry in the sheet */
  readonly newUnits: readonly string[];
  /** units of the batch with at least one value changed */
  readonly updatedUnits: readonly string[];
  /** units with entries in the sheet that the batch does not hold: left as they are */
  readonly untouchedUnits: readonly string[];
  /** values replaced by a different one (old -> new): what the user is asked about */
  readonly changes: readonly ScoreChange[];
  /** empty cells the batch fills */
  readonly filled: number;
  /** the sheet after the merge, read back with every check of a scores file */
  readonly scores: ScoreSheet;
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return cellText((value as { result: unknown }).result);
  return String(value).trim();
};

/** The same value: equal text, or equal points read the engine's way ("7,5" = 7.5). */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = readPoints(a);
  const y = readPoints(b);
  return typeof x === 'number' && typeof y === 'number' && !Number.isNaN(x) && Math.abs(x - y) < SCORE_EPSILON;
}

/**
 * Merges a consolidated batch into the master's scores sheet by (unit, criterion), cell by cell: a value the batch
 * holds fills an empty cell or replaces a different one (listed in `changes`, old and new); an empty batch cell never
 * clears the sheet's; rows and units the batch does not hold stay as they are (hand edits survive). New (unit,
 * criterion) pairs are added at the end. The merged sheet is read back as a scores file (every check): if it would
 * not read, nothing is to be written and the problems are thrown. Nothing is written here: the caller shows
 * `changes`, asks, keeps `rows` before as the backup and writes `cells`.
 *
 * @example planScoreMerge(parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' }), [['unit', 'code', 'name_vi', 'max', 'self', 'appraised'], ['X1', '1', 'A', 100, 80, 70]], parseScores({ file: 'b', text: 'unit,code,self,appraised\nX2,1,90,' }, parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' }))).scores.entries.map((e) => [e.unit, e.final]) // => [['X1', 70], ['X2', 90]]
 */
export function planScoreMerge(
  set: CriteriaSet,
  units: readonly InternalUnit[],
  sheetRows: readonly (readonly unknown[])[],
  batch: ScoreSheet,
  sheetName = 'Điểm',
): ScoreMerge {
  const rows: SheetCell[][] = sheetRows.map((r) => r.map((v) => (v === undefined ? null : (v as SheetCell))));
  const empty = rows.length === 0 || rows[0]!.every((c) => cellText(c) === '');
  if (empty) rows.splice(0, rows.length, [...SCORE_COLUMNS]);
  // a header cell is read as the field it stands for: a field name, or its heading (the master's Vietnamese headings)
  const header = rows[0]!.map((c) => cellText(c));
  const fields = header.map((name) => masterColumn(name));
  const width = header.length;
  for (const column of SCORE_COLUMNS)
    if (!fields.includes(column)) {
      header.push(column);
      fields.push(column);
    }
  const cells: { row: number; column: number; value: SheetCell }[] = [];
  // header cells the sheet lacks (all of them in an empty sheet) get the master's Vietnamese headings, as
  // `papi internal workbook` writes them; the cells already there are left as they are
  const from = empty ? 0 : width;
  masterHeaderRow(fields.slice(from)).forEach(({ heading }, i) => {
    header[from + i] = heading;
    cells.push({ row: 1, column: from + i + 1, value: heading });
  });
  rows[0] = header;
  const at = Object.fromEntries(fields.map((name, i) => [name, i])) as Record<string, number>;
  const rowOf = new Map<string, number>();
  const unitsBefore = new Set<string>();
  rows.forEach((r, i) => {
    if (i === 0) return;
    const unit = cellText(r[at.unit!]);
    rowOf.set(`${unit}\u0000${cellText(r[at.code!])}`, i);
    if (SCORE_ENTRY_FIELDS.some((f) => cellText(r[at[f]!]) !== '')) unitsBefore.add(unit);
  });
  const changes: ScoreChange[] = [];
  const batchUnits = new Set<string>();
  let filled = 0;
  for (const e of batch.entries) {
    batchUnits.add(e.unit);
    const node = set.byCode.get(e.code)!;
    const na = e.final === 'na';
    const values: Record<Field, SheetCell> = {
      self: e.self,
      appraised: na && node.source !== 'survey' ? 'na' : e.appraised,
      survey: na && node.source === 'survey' ? 'na' : e.survey,
      note: e.note,
      evidence: e.evidence,
      appraised_1: e.appraised1 ?? null,
      comment_1: e.comment1 ?? null,
      response: e.response ?? null,
    };
    let index = rowOf.get(`${e.unit}\u0000${e.code}`);
    if (index === undefined) {
      index = rows.length;
      const row: SheetCell[] = header.map(() => null);
      row[at.unit!] = e.unit;
      row[at.code!] = e.code;
      row[at.name_vi!] = node.name.vi;
      row[at.max!] = node.max;
      rows.push(row);
      rowOf.set(`${e.unit}\u0000${e.code}`, index);
      for (const column of ['unit', 'code', 'name_vi', 'max'])
        cells.push({ row: index + 1, column: at[column]! + 1, value: row[at[column]!]! });
    }
    const row = rows[index]!;
    for (const field of SCORE_ENTRY_FIELDS) {
      const after = values[field];
      if (after === null) continue;
      const before = cellText(row[at[field]!]);
      if (sameValue(before, String(after))) continue;
      if (before === '') filled++;
      else changes.push({ unit: e.unit, code: e.code, field, row: index + 1, before, after: String(after) });
      row[at[field]!] = after;
      cells.push({ row: index + 1, column: at[field]! + 1, value: after });
    }
  }
  let scores: ScoreSheet;
  try {
    scores = parseScores({ file: sheetName, text: sheetText(rows) }, set, units);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    throw new EngineError({
      code: 'INVALID_DATA',
      input: sheetName,
      ...message('mergeRowsInvalid', { sheet: sheetName }),
      problems: error.problems,
    });
  }
  const changed = new Set(changes.map((c) => c.unit));
  return {
    rows,
    cells: cells.sort((a, b) => a.row - b.row || a.column - b.column),
    newUnits: [...batchUnits].filter((u) => !unitsBefore.has(u)),
    updatedUnits: [...batchUnits].filter((u) => unitsBefore.has(u) && changed.has(u)),
    untouchedUnits: [...unitsBefore].filter((u) => !batchUnits.has(u)),
    changes,
    filled,
    scores,
  };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  masterColumn,
  masterFieldHeading,
  masterFieldOf,
  masterHeaderRow,
  parseCriteriaSet,
  planScoreMerge,
  SCORE_COLUMNS,
  parseScores,
  parseUnits,
} from '../../../engine/all';

const S = 'samples/internal';
const text = (name: string) => readFileSync(`${S}/${name}`, 'utf8');

/** The file with its header line's field names replaced by their Vietnamese headings (as in the master workbook). */
function withHeadings(csv: string): { text: string; replaced: number } {
  const lines = csv.split('\n');
  const at = lines.findIndex((l) => !l.startsWith('#'));
  let replaced = 0;
  lines[at] = lines[at]!.split(',')
    .map((f) => {
      const heading = masterFieldHeading(f.trim());
      if (heading === null) return f;
      replaced++;
      return heading.vi;
    })
    .join(',');
  return { text: lines.join('\n'), replaced };
}

describe('master-sheet headings: Vietnamese headings read like the field names (CLI and task pane)', () => {
  it('each heading names its field, a note wins, other cells are left', () => {
    expect(masterFieldOf('Mã mục cha', null)).toBe('parent');
    expect(masterFieldOf('Parent code', null)).toBe('parent');
    expect(masterFieldOf('Mã', 'self')).toBe('self');
    expect(masterFieldOf('Ghi chú riêng', null)).toBeNull();
    expect([masterColumn('Điểm tự chấm'), masterColumn('group_vi'), masterColumn('Cột khác')]).toEqual([
      'self',
      'group_vi',
      'Cột khác',
    ]);
  });

  it('criteria, units and scores files with Vietnamese headings parse to the same data', () => {
    const set = parseCriteriaSet({ file: 'c.csv', text: text('criteria-departments.csv') });
    const units = parseUnits({ file: 'u.csv', text: text('units.csv') });
    const scores = parseScores({ file: 's.csv', text: text('scores-departments-2025.csv') }, set, units);
    const c = withHeadings(text('criteria-departments.csv'));
    const u = withHeadings(text('units.csv'));
    const s = withHeadings(text('scores-departments-2025.csv'));
    expect([c.replaced, u.replaced, s.replaced].every((n) => n >= 3)).toBe(true);
    const set2 = parseCriteriaSet({ file: 'c.csv', text: c.text });
    const units2 = parseUnits({ file: 'u.csv', text: u.text });
    const scores2 = parseScores({ file: 's.csv', text: s.text }, set2, units2);
    expect(set2.nodes).toEqual(set.nodes);
    expect(units2).toEqual(units);
    expect(scores2.entries).toEqual(scores.entries);
  });

  it('the header row written: Vietnamese heading, field name as the note; other columns as they are', () => {
    expect(masterHeaderRow(['self', 'appraised_1', 'group_vi'])).toEqual([
      { heading: 'Điểm tự chấm', note: 'self' },
      { heading: 'Thẩm định lần 1', note: 'appraised_1' },
      { heading: 'group_vi', note: null },
    ]);
    // every heading reads back as its field, with or without the note
    const row = masterHeaderRow(SCORE_COLUMNS);
    expect(row.map((c) => masterFieldOf(c.heading, null))).toEqual(SCORE_COLUMNS);
    expect(row.map((c) => masterFieldOf(c.heading, c.note))).toEqual(SCORE_COLUMNS);
  });

  it('a merge into a Scores sheet with Vietnamese headings writes into the columns they name, none appended', () => {
    const set = parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised' });
    const units = parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' });
    const headings = masterHeaderRow(SCORE_COLUMNS).map((c) => c.heading);
    const sheet = [headings, ['X1', '1', 'A', 100, 80, 70]];
    const batch = parseScores({ file: 'b', text: 'unit,code,self,appraised\nX2,1,90,85' }, set, units);
    const merge = planScoreMerge(set, units, sheet, batch);
    expect(merge.rows[0]).toEqual(headings);
    expect(merge.rows[2]!.slice(0, 6)).toEqual(['X2', '1', 'A', 100, 90, 85]);
    expect(merge.cells.every((c) => c.row > 1)).toBe(true);
    expect(merge.scores.entries.map((e) => [e.unit, e.final])).toEqual([
      ['X1', 70],
      ['X2', 85],
    ]);
  });

  it('a merge into an empty Scores sheet writes the Vietnamese headings; a missing column gets its heading, the others stay', () => {
    const set = parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised' });
    const units = parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' });
    const batch = parseScores({ file: 'b', text: 'unit,code,self,appraised\nX2,1,90,85' }, set, units);
    const headings = masterHeaderRow(SCORE_COLUMNS).map((c) => c.heading);
    for (const sheet of [[], [[null, '']]]) {
      const merge = planScoreMerge(set, units, sheet, batch);
      expect(merge.rows[0]).toEqual(headings);
      expect(merge.cells.filter((c) => c.row === 1).map((c) => c.value)).toEqual(headings);
      expect(merge.scores.entries.map((e) => [e.unit, e.final])).toEqual([['X2', 85]]);
    }
    // a sheet written with field names and without the last column keeps its cells; the new one gets its heading
    const short = [SCORE_COLUMNS.slice(0, -1), ['X1', '1', 'A', 100, 80, 70]];
    const merge = planScoreMerge(set, units, short, batch);
    expect(merge.cells.filter((c) => c.row === 1)).toEqual([
      { row: 1, column: SCORE_COLUMNS.length, value: headings.at(-1) },
    ]);
    expect(merge.rows[0]).toEqual([...SCORE_COLUMNS.slice(0, -1), headings.at(-1)]);
    expect(merge.scores.entries.map((e) => [e.unit, e.final])).toEqual([
      ['X1', 70],
      ['X2', 85],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { EngineError, MAX_LISTED_PROBLEMS } from '../../../engine/all';
import { fullText, problemsByFile } from '../../../addin/taskpane/messages';
import { uniqueName, uniqueNames } from '../../../addin/taskpane/actions/scenario-store';

const problem = (file: string, row: number | null, column: string | null) => ({
  file,
  row,
  column,
  vi: 'vượt điểm tối đa',
  en: 'above the maximum',
});

describe('message area: problems grouped by file', () => {
  it('70 problems of 7 files: 7 groups of 10, in the order the files come, each line naming row and column', () => {
    const problems = Array.from({ length: 70 }, (_, i) => problem(`u${Math.floor(i / 10)}.xlsx`, 6 + (i % 10), 'G'));
    const groups = problemsByFile(problems, 'vi');
    expect(groups.map((g) => [g.file, g.count])).toEqual(Array.from({ length: 7 }, (_, i) => [`u${i}.xlsx`, 10]));
    expect(groups[0]!.lines[0]).toBe('dòng 6, cột G: vượt điểm tối đa');
    expect(problemsByFile([problem('a.csv', null, null)], 'en')[0]!.lines).toEqual(['above the maximum']);
  });

  it('the full list keeps every problem, also those past the listed maximum', () => {
    const all = Array.from({ length: 70 }, (_, i) => problem('u.xlsx', i + 2, null));
    const error = new EngineError({
      code: 'INVALID_DATA',
      input: 'x',
      vi: 'Không gộp được',
      en: 'Not merged',
      problems: all,
    });
    expect(error.problems.length).toBe(MAX_LISTED_PROBLEMS + 1);
    const lines = fullText(error, 'en').split('\n');
    expect(lines).toHaveLength(71);
    expect(lines[0]).toBe('Not merged');
    expect(lines[70]).toBe('u.xlsx: row 71: above the maximum');
  });
});

describe('import names: linear, same names as one by one', () => {
  it('gives what uniqueName gives item by item', () => {
    const taken = ['A', 'A (2)', 'B'];
    const wanted = ['A', 'A', 'B', 'C', 'C', 'A (2)', 'A'];
    const oneByOne: string[] = [];
    for (const name of wanted) oneByOne.push(uniqueName(name, [...taken, ...oneByOne]));
    expect(uniqueNames(wanted, taken)).toEqual(oneByOne);
    expect(oneByOne).toEqual(['A (3)', 'A (4)', 'B (2)', 'C', 'C (2)', 'A (2) (2)', 'A (5)']);
  });
});

// An index the product does not know, defined by a user in two CSV files (test/fixtures/user-index: SYNTHETIC data,
// invented departments and scores): it loads, ranks, groups, simulates and gets a target from the files alone, and a
// bad file is refused with problems naming the row and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compositeRanking, compositeTarget, EngineError, readUserIndex, simulateComposite } from '../../../engine/all';

const DIR = 'test/fixtures/user-index';
const file = (name: string) => ({ file: name, text: readFileSync(`${DIR}/${name}`, 'utf8') });
const definitionText = file('ddci-synthetic.csv').text;
const index = readUserIndex(file('ddci-synthetic.csv'), file('ddci-synthetic-data.csv'));

/** The problems of a refused definition (with this data), as "row column". */
function problemsOf(definition: string, data = file('ddci-synthetic-data.csv').text): string[] {
  try {
    readUserIndex({ file: 'd.csv', text: definition }, { file: 'v.csv', text: data });
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return (error as EngineError).problems!.map((p) => `${p.file}:${p.row} ${p.column}`);
  }
  throw new Error('accepted');
}

describe('a user-defined index from files only (synthetic fixture)', () => {
  it('loads its definition: id, names, four weighted measures', () => {
    expect(index.index).toBe('ddci-synthetic');
    expect(index.name.vi).toBe('Chỉ số năng lực cạnh tranh cấp sở (dữ liệu tổng hợp minh hoạ)');
    expect([...index.years.keys()]).toEqual([2024]);
  });

  it('ranks and groups by the weighted sum (weight / 10 x value) and the declared bands', () => {
    // by hand: A 0.3*80+0.2*70+0.25*75+0.25*60 = 71.75; D 68.25; B 61; C 48; E 39.5
    expect(
      compositeRanking(index, 2024).map((s) => [s.unit, Number(s.total!.toFixed(2)), s.rank, s.group!.vi]),
    ).toEqual([
      ['Sở Synthetic A', 71.75, 1, 'Rất tốt'],
      ['Sở Synthetic D', 68.25, 2, 'Tốt'],
      ['Sở Synthetic B', 61, 3, 'Tốt'],
      ['Sở Synthetic C', 48, 4, 'Trung bình'],
      ['Sở Synthetic E', 39.5, 5, 'Trung bình'],
    ]);
  });

  it('quartiles and top-N are group rules too', () => {
    const quartiles = readUserIndex(
      { file: 'd.csv', text: definitionText.replace(/# groups: .*/, '# groups: quartiles') },
      file('ddci-synthetic-data.csv'),
    );
    expect(compositeRanking(quartiles, 2024).map((s) => s.group!.en)).toEqual([
      'Top quartile',
      'Second quartile',
      'Third quartile',
      'Bottom quartile',
      'Bottom quartile',
    ]);
    const top = readUserIndex(
      { file: 'd.csv', text: definitionText.replace(/# groups: .*/, '# groups: top 2') },
      file('ddci-synthetic-data.csv'),
    );
    expect(compositeRanking(top, 2024).map((s) => s.group!.en)).toEqual([
      'Top 2',
      'Top 2',
      'Outside the top 2',
      'Outside the top 2',
      'Outside the top 2',
    ]);
  });

  it('simulates: one point of a 30 % measure is +3 on the total, and the group and rank follow', () => {
    const s = simulateComposite(index, {
      year: 2024,
      unit: 'sở synthetic c',
      changes: [{ measure: 'access', add: 1 }],
    });
    expect(s.scenario.total).toBeCloseTo(51, 10);
    expect(s.scenario.group!.vi).toBe('Khá');
    expect(s.scenario.rank).toBe(4);
  });

  it('target: the least weighted effort to rank 3 goes to the 30 % measure', () => {
    const t = compositeTarget(index, { year: 2024, unit: 'Sở Synthetic C', goal: { rank: 3 } });
    expect(t.requiredTotal).toBe(61);
    expect(t.allocation).toEqual({ access: expect.closeTo(13 / 3, 9) });
    expect(t.scenario.rank).toBe(3);
  });

  it('refuses a bad definition, naming each problem by row and field', () => {
    expect(
      problemsOf(definitionText.replace('time,total,Chi phí thời gian,20', 'time,totl,Chi phí thời gian,20')),
    ).toEqual(['d.csv:10 parent']);
    expect(problemsOf(definitionText.replace(',25\nsupport', ',abc\nsupport'))).toEqual(['d.csv:11 weight']);
    expect(problemsOf(definitionText.replace('# id: ddci-synthetic\n', ''))).toEqual(['d.csv:1 id']);
    expect(problemsOf(definitionText.replace(/# groups: .*/, '# groups: best three'))).toEqual(['d.csv:6 groups']);
  });

  it('refuses bad data, naming the row and the measure', () => {
    const data = file('ddci-synthetic-data.csv').text.replace('Sở Synthetic B,2024,6.0', 'Sở Synthetic B,2024,16.0');
    expect(problemsOf(definitionText, data)).toEqual(['v.csv:3 access']);
    expect(problemsOf(definitionText, 'unit,year,access\nX,2024,5\n')).toEqual([
      'v.csv:1 time',
      'v.csv:1 fairness',
      'v.csv:1 support',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEngineError, parseCriteriaSet, parseScores, parseUnits, type DataProblem } from '../../../engine';

const read = (name: string) => ({ file: name, text: readFileSync(`samples/internal/${name}`, 'utf8') });

/** The problems of a refused parse (fails the test when nothing is refused). */
function problemsOf(fn: () => unknown): readonly DataProblem[] {
  try {
    fn();
  } catch (error) {
    if (isEngineError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected a refusal');
}

const HEAD = 'code,parent,name_vi,max,source,rule,options,owner';
const set = (...rows: string[]) => ({ file: 'set.csv', text: [HEAD, ...rows].join('\n') });

describe('sample criteria sets', () => {
  it('departments: 7 areas on a scale of 100, with a bonus and a penalty block', () => {
    const s = parseCriteriaSet(read('criteria-departments.csv'));
    expect(s.kind).toBe('so_ban_nganh');
    expect(s.year).toBe(2025);
    expect(s.areas).toHaveLength(7);
    expect(s.adjustments.map((a) => [a.code, a.source, a.max])).toEqual([
      ['T', 'bonus', 2],
      ['P', 'penalty', 3],
    ]);
    expect(s.leaves.reduce((sum, l) => sum + l.max, 0)).toBeCloseTo(100, 9);
    expect(s.name?.vi).toContain('MẪU');
    expect(s.warnings).toEqual([]);
  });

  it('communes: 8 areas, 65 appraised + 35 survey points, owners inherited from the area', () => {
    const s = parseCriteriaSet(read('criteria-communes.csv'));
    expect(s.areas).toHaveLength(8);
    const sum = (source: string) => s.leaves.filter((l) => l.source === source).reduce((a, l) => a + l.max, 0);
    expect(sum('appraised')).toBeCloseTo(65, 9);
    expect(sum('survey')).toBeCloseTo(35, 9);
    expect(s.byCode.get('2.1')!.owner).toBe('Sở Tư pháp');
    expect(s.byCode.get('8.1.3')!.source).toBe('survey');
    expect(s.byCode.get('8.1.3')!.depth).toBe(3);
    expect(s.byCode.get('8.1.3')!.area).toBe('8');
  });
});

describe('criteria set refusals name the row', () => {
  it('a duplicate code', () => {
    const p = problemsOf(() => parseCriteriaSet(set('1,,A,100,appraised', '1,,B,10,appraised')));
    expect(p).toContainEqual(expect.objectContaining({ file: 'set.csv', row: 3, column: 'code' }));
  });
  it('an unknown parent', () => {
    expect(problemsOf(() => parseCriteriaSet(set('1,,A,100,appraised', '1.1,9,B,100,')))).toContainEqual(
      expect.objectContaining({ row: 3, column: 'parent' }),
    );
  });
  it('a cycle of parents', () => {
    const p = problemsOf(() => parseCriteriaSet(set('1,,A,100,appraised', '1.1,1.2,B,50,', '1.2,1.1,C,50,')));
    expect(
      p
        .filter((x) => x.column === 'parent')
        .map((x) => x.row)
        .sort(),
    ).toEqual([3, 4]);
  });
  it("children above their parent's maximum", () => {
    expect(problemsOf(() => parseCriteriaSet(set('1,,A,100,appraised', '1.1,1,B,60,', '1.2,1,C,50,')))).toContainEqual(
      expect.objectContaining({ row: 2, column: 'max' }),
    );
  });
  it('areas not adding up to the scale, declared or 100', () => {
    expect(problemsOf(() => parseCriteriaSet(set('1,,A,90,appraised')))).toContainEqual(
      expect.objectContaining({ row: null, column: 'max' }),
    );
    expect(parseCriteriaSet({ file: 's.csv', text: `# scale: 90\n${HEAD}\n1,,A,90,appraised` }).scale).toBe(90);
  });
  it('a leaf without a source', () => {
    expect(problemsOf(() => parseCriteriaSet(set('1,,A,100,', '1.1,1,B,100,')))).toContainEqual(
      expect.objectContaining({ row: 3, column: 'source' }),
    );
  });
  it('rules and options that disagree', () => {
    const p = problemsOf(() =>
      parseCriteriaSet(
        set(
          '1,,A,100,appraised',
          '1.1,1,levels max not an option,20,,levels,0;5;10',
          '1.2,1,checklist sum,20,,checklist,5;5',
          '1.3,1,options on manual,20,,manual,1;2',
          '1.4,1,survey rule on appraised,20,,survey,',
          '1.5,1,unknown rule,20,,guess,',
        ),
      ),
    );
    expect(p.map((x) => [x.row, x.column])).toEqual([
      [7, 'rule'],
      [3, 'options'],
      [4, 'options'],
      [5, 'options'],
      [6, 'rule'],
    ]);
  });
  it('line numbers count the declaration lines', () => {
    expect(
      problemsOf(() =>
        parseCriteriaSet({
          file: 's.csv',
          text: `# kind: x\n# year: 2025\n${HEAD}\n1,,A,100,appraised\n1,,B,1,appraised`,
        }),
      ),
    ).toContainEqual(expect.objectContaining({ row: 5, column: 'code' }));
  });
  it('children below the maximum are a warning, not a refusal', () => {
    expect(parseCriteriaSet(set('1,,A,100,appraised', '1.1,1,B,90,')).warnings).toHaveLength(1);
  });
});

describe('units and scores refusals name file, row and field', () => {
  const s = parseCriteriaSet(set('1,,A,60,appraised', '1.1,1,B,40,', '1.2,1,C,20,,yes_no,', '2,,S,40,survey'));
  const units = parseUnits({
    file: 'units.csv',
    text: 'unit,name_vi,kind,group,ranked\nX1,Xã A,xa,,\nX2,Xã B,xa,,không',
  });
  const scores = (...rows: string[]) => ({
    file: 'scores.csv',
    text: ['unit,code,self,appraised,survey', ...rows].join('\n'),
  });

  it('duplicate units and bad ranked flags', () => {
    const p = problemsOf(() =>
      parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind,ranked\nA,a,xa,\nA,b,xa,\nB,c,xa,maybe' }),
    );
    expect(p.map((x) => [x.file, x.row, x.column])).toEqual([
      ['u.csv', 3, 'unit'],
      ['u.csv', 4, 'ranked'],
    ]);
  });
  it.each([
    ['above the maximum', 'X1,1.1,41,40,', 'self'],
    ['negative', 'X1,1.1,-1,,', 'self'],
    ['not a number', 'X1,1.1,,abc,', 'appraised'],
    ['unknown unit', 'Q9,1.1,1,1,', 'unit'],
    ['unknown code', 'X1,9.9,1,1,', 'code'],
    ['a code with sub-criteria', 'X1,1,1,1,', 'code'],
    ['not allowed by the rule', 'X2,1.2,10,20,', 'self'],
    ['self-scored survey leaf', 'X1,2,30,,', 'self'],
    ['survey points on an appraised leaf', 'X1,1.1,1,1,3', 'survey'],
  ])('%s', (_, row, column) => {
    expect(problemsOf(() => parseScores(scores('X1,1.2,20,20,', row), s, units))).toEqual([
      expect.objectContaining({ file: 'scores.csv', row: 3, column }),
    ]);
  });
  it('a duplicate entry names both lines', () => {
    const p = problemsOf(() => parseScores(scores('X1,1.1,1,1,', 'X1,1.1,2,2,'), s, units));
    expect(p).toEqual([expect.objectContaining({ row: 3, column: 'code', en: expect.stringContaining('line 2') })]);
  });
  it('a unit of another kind than the set', () => {
    const kinded = parseCriteriaSet({ file: 'k.csv', text: `# kind: so_ban_nganh\n${HEAD}\n1,,A,100,appraised` });
    expect(problemsOf(() => parseScores(scores('X1,1,1,1,'), kinded, units))).toEqual([
      expect.objectContaining({ row: 2, column: 'unit' }),
    ]);
  });
  it('every problem at once, nothing loaded', () => {
    expect(
      problemsOf(() => parseScores(scores('X1,1.1,99,,', 'Q1,1.1,1,1,', 'X2,7,1,1,'), s, units)).map((p) => p.row),
    ).toEqual([2, 3, 4]);
  });
  it('na, decimal commas, appraised over self, survey points', () => {
    const sheet = parseScores(scores('X1,1.1,"35,5",30,', 'X1,1.2,na,na,', 'X1,2,,,"31,25"', 'X2,1.1,12,,'), s, units);
    expect(sheet.entries.map((e) => [e.code, e.self, e.final])).toEqual([
      ['1.1', 35.5, 30],
      ['1.2', null, 'na'],
      ['2', null, 31.25],
      ['1.1', 12, 12],
    ]);
  });
});

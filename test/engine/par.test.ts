import { describe, expect, it } from 'vitest';
import { definitionFor, EngineError, parRankEstimate, parScore, parseParCriteria } from '../../engine';
import { dataset } from '../helpers/published';

const full2019 = { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 };

function problemColumns(run: () => unknown): (string | null)[] {
  try {
    run();
  } catch (error) {
    return (error as EngineError).problems.map((p) => p.column);
  }
  throw new Error('expected an error');
}

describe('parScore', () => {
  it('total, percentage, group and points lost per area, largest first', () => {
    const result = parScore(dataset, { year: 2019, points: full2019 });
    expect(result.total).toBe(85);
    expect(result.percent).toBe(85);
    expect(result.group).toBe('B');
    expect(result.pointsLost.map((l) => [l.code, l.lost])).toEqual([
      ['a8', 4.5],
      ['a7', 3],
      ['a5', 2],
      ['a3', 1.5],
      ['a1', 1],
      ['a2', 1],
      ['a4', 1],
      ['a6', 1],
    ]);
  });

  it.each([
    [2018, 85, 'A'],
    [2018, 78, 'B'],
    [2018, 72, 'C'],
    [2018, 65, 'D'],
    [2019, 90, 'A'],
    [2019, 89.99, 'B'],
    [2019, 70, 'C'],
    [2019, 69.5, 'D'],
  ])("%i: %f%% is group %s (the year's rule)", (year, percent, group) => {
    const scale = percent / 100;
    const points = Object.fromEntries(
      Object.entries({ a1: 10, a2: 10, a3: 14.5, a4: 11, a5: 16, a6: 7, a7: 16, a8: 15.5 }).map(([k, v]) => [
        k,
        v * scale,
      ]),
    );
    expect(parScore(dataset, { year, points }).group).toBe(group);
  });

  it('2017 publishes only group 1 (>= 80%): below it no group, with a warning', () => {
    const low = parScore(dataset, {
      year: 2017,
      points: { a1: 7, a2: 7, a3: 10, a4: 8, a5: 12, a6: 5, a7: 12, a8: 11 },
    });
    expect(low.group).toBeNull();
    expect(low.warnings.map((w) => w.en).join(' ')).toMatch(/only partly published/);
  });

  it('unknown maxima (2022-2024 areas 1, 2, 6, 7) are flagged, not invented; they can be supplied', () => {
    const points = { a1: 9, a2: 9, a3: 12, a4: 10, a5: 14, a6: 6, a7: 13, a8: 15 };
    const result = parScore(dataset, { year: 2023, points });
    expect(result.areas.filter((a) => a.max === null).map((a) => a.code)).toEqual(['a1', 'a2', 'a6', 'a7']);
    expect(result.pointsLost.map((l) => [l.code, l.lost])).toEqual([
      ['a8', 1.5],
      ['a3', 1],
      ['a5', 1],
      ['a4', 0.5],
    ]);
    expect(result.warnings[0]!.en).toMatch(/a1, a2, a6, a7 are unknown/);
    const supplied = parScore(dataset, { year: 2023, points, maxima: { a1: 10, a2: 10, a6: 10, a7: 15 } });
    expect(supplied.pointsLost.map((l) => [l.code, l.lost])).toEqual([
      ['a6', 4],
      ['a7', 2],
      ['a8', 1.5],
      ['a1', 1],
      ['a2', 1],
      ['a3', 1],
      ['a5', 1],
      ['a4', 0.5],
    ]);
    expect(supplied.areas.every((a) => a.verified)).toBe(true);
  });

  it('rejects overriding a published maximum, maxima that do not add to 100, points above maxima, unknown and missing areas', () => {
    expect(problemColumns(() => parScore(dataset, { year: 2019, points: full2019, maxima: { a3: 20 } }))).toContain(
      'a3',
    );
    expect(
      problemColumns(() =>
        parScore(dataset, {
          year: 2023,
          points: { a1: 9, a2: 9, a3: 12, a4: 10, a5: 14, a6: 6, a7: 13, a8: 15 },
          maxima: { a1: 10, a2: 10, a6: 10, a7: 10 },
        }),
      ),
    ).toContain('maxima');
    expect(problemColumns(() => parScore(dataset, { year: 2019, points: { ...full2019, a3: 15 } }))).toEqual(['a3']);
    expect(problemColumns(() => parScore(dataset, { year: 2019, points: { ...full2019, a9: 1 } }))).toEqual(['a9']);
    const { a8: _, ...missing } = full2019;
    expect(problemColumns(() => parScore(dataset, { year: 2019, points: missing }))).toEqual(['a8']);
  });

  it('not-applicable areas are removed from the maximum and the percentage rescaled (explicit option)', () => {
    const { a6: _, ...rest } = full2019;
    const result = parScore(dataset, { year: 2019, points: rest, notApplicable: ['a6'] });
    expect(result.total).toBe(79);
    expect(result.percent).toBeCloseTo((79 / 93) * 100, 10);
    expect(result.warnings.map((w) => w.en).join(' ')).toMatch(/rescaled/);
  });
});

describe('PAR criteria tree supplied by the user', () => {
  const definition = definitionFor(dataset.definitions, 'par', 2019);
  const tree = [
    'code,parent,name_vi,name_en,max,source,points',
    '1.1,a1,Kế hoạch CCHC năm,Annual PAR plan,2,appraisal,2',
    '1.2,a1,Báo cáo CCHC,PAR reporting,3,appraisal,',
    '1.2.1,1.2,Báo cáo đúng hạn,Reports on time,1.5,appraisal,1',
    '1.2.2,1.2,Báo cáo đủ nội dung,Complete reports,1.5,appraisal,0.5',
    '1.3,a1,Kiểm tra CCHC,PAR inspection,5,survey,4',
  ].join('\n');

  it('sums criteria into area points and lists lost points per criterion', () => {
    const criteria = parseParCriteria({ file: 'tree.csv', text: tree }, definition);
    const result = parScore(dataset, { year: 2019, points: { ...full2019, a1: 0 }, criteria });
    expect(result.areas[0]!.points).toBe(7.5);
    expect(result.pointsLost.filter((l) => l.level === 'criterion').map((l) => [l.code, l.lost])).toEqual([
      ['1.2.2', 1],
      ['1.3', 1],
      ['1.2.1', 0.5],
    ]);
  });

  it('validates against the area maxima, with row and column for every problem', () => {
    const bad =
      tree
        .replace('1.3,a1,Kiểm tra CCHC,PAR inspection,5,survey,4', '1.3,a1,Kiểm tra CCHC,PAR inspection,4,survey,4.5')
        .replace('1.2.2,1.2,', '1.2.2,1.9,') + '\n9.1,a9,X,X,1,other,';
    try {
      parseParCriteria({ file: 'tree.csv', text: bad }, definition);
      expect.unreachable();
    } catch (error) {
      const where = (error as EngineError).problems.map((p) => `${p.row}:${p.column}`);
      expect(where).toEqual(
        expect.arrayContaining(['6:points', '7:source', '5:parent', '7:parent', '3:max', 'null:a1']),
      );
    }
  });

  it('reports a maximum that is not a number once, without a second problem about the points against it', () => {
    const bad = tree.replace('1.1,a1,Kế hoạch CCHC năm,Annual PAR plan,2,appraisal,2', '1.1,a1,Kế hoạch,Plan,x,,1');
    try {
      parseParCriteria({ file: 'tree.csv', text: bad }, definition);
      expect.unreachable();
    } catch (error) {
      const problems = (error as EngineError).problems;
      expect(problems.map((p) => [p.row, p.column, p.vi, p.en])).toEqual([
        [2, 'max', 'Điểm tối đa "x" phải là số dương', 'Maximum "x" must be a positive number'],
      ]);
    }
  });
});

describe('PAR rank estimate from partial published results', () => {
  it("every known province's own total gives bounds that contain its published rank", () => {
    let checked = 0;
    for (const year of dataset.par.values()) {
      for (const known of year.known) {
        if (known.total === null || known.rank === null || /CONFLICT/.test(known.note)) continue;
        const estimate = parRankEstimate(dataset, { year: year.year, total: known.total });
        expect(estimate.low).toBeLessThanOrEqual(known.rank);
        expect(estimate.high).toBeGreaterThanOrEqual(known.rank);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('says how many points it rests on and bounds from both sides', () => {
    const estimate = parRankEstimate(dataset, { year: 2019, total: 81 });
    expect(estimate.low).toBeGreaterThan(1);
    expect(estimate.high).toBeLessThan(63);
    expect(estimate.known).toBeGreaterThanOrEqual(10);
    expect(estimate.warnings[0]!.vi).toMatch(/ước tính từ \d+ mốc/);
    expect(parRankEstimate(dataset, { year: 2019, total: 95 })).toMatchObject({ low: 1, high: 1 });
    expect(parRankEstimate(dataset, { year: 2019, total: 60 })).toMatchObject({ low: 63, high: 63 });
  });

  it('rejects an impossible total and a year without results', () => {
    expect(() => parRankEstimate(dataset, { year: 2019, total: 120 })).toThrowError(/\[0, 100\]/);
    expect(() => parRankEstimate(dataset, { year: 2010, total: 80 })).toThrowError(/2010/);
  });
});

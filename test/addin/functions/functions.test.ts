// Every =PAPI.* function called through the built bundle (dist/functions.js in a simulated Excel runtime), with good
// arguments checked against the engine and the published figures, and bad arguments checked for the cell error
// Excel would show. Error policy: wrong input (unknown province or measure, out-of-range numbers, malformed ranges)
// is #VALUE!; a question the data cannot answer (a year without data, a missing score, an unreachable target) is #N/A.
import { describe, expect, it } from 'vitest';
import {
  evaluateScenario,
  papiProfile,
  papiRanking,
  parScore,
  rankChance,
  rankOfHypothetical,
  solveTarget,
} from '../../../engine';
import { builtFunctions } from '../../helpers/built-functions';
import { ErrorCode } from '../../../scripts/functions-harness';
import { dataset } from '../../helpers/published';

const { h, cellError } = builtFunctions();

const AN_GIANG_2019_POINTS = [[9, 9, 13, 10, 14, 6, 13, 11]];

describe('registration', () => {
  it('associates every metadata id with a function, once', () => {
    expect(h.associated).toEqual(h.ids);
    expect(h.ids).toHaveLength(22);
  });

  it('loads the published data once for any number of calls', async () => {
    for (let i = 0; i < 200; i++) await h.call('SCORE', 'An Giang', 2018 - (i % 3));
    expect(h.fetches()).toBe(1);
  });
});

describe('PAPI.SCORE, PAPI.RANK, PAPI.GROUP', () => {
  it('give the published An Giang 2018 figures: 44.43, rank 25 of 61, high-average', async () => {
    expect(await h.call('SCORE', 'An Giang', 2018)).toBeCloseTo(44.43, 2);
    expect(await h.call('RANK', 'An Giang', 2018)).toBe(25);
    expect(await h.call('GROUP', 'An Giang', 2018)).toBe('Nhóm đạt điểm trung bình cao');
    expect(await h.call('GROUP', 'An Giang', 2018, null, 'en')).toBe('High average');
  });

  it('give An Giang 2019 (44.37, rank 21) and Quảng Trị 2018 (46.08, rank 6, best) whatever the spelling', async () => {
    expect(await h.call('SCORE', 'an giang', 2019)).toBeCloseTo(44.37, 2);
    expect(await h.call('RANK', 'AN GIANG', 2019)).toBe(21);
    expect(await h.call('SCORE', 'Quang Tri', 2018)).toBeCloseTo(46.08, 2);
    expect(await h.call('RANK', 'Quảng Trị', 2018)).toBe(6);
    expect(await h.call('GROUP', 'quảng trị', 2018, '', 'EN')).toBe('Best performers');
    expect(await h.call('SCORE', '89', 2018)).toBeCloseTo(44.43, 2);
  });

  it('read dimensions and sub-dimensions as users type them, matching papiProfile', async () => {
    const profile = papiProfile(dataset, { year: 2018, province: 'An Giang' });
    const d1 = profile.dimensions[0]!;
    const d3_2 = profile.dimensions[2]!.subdimensions[1]!;
    expect(await h.call('SCORE', 'An Giang', 2018, 'd1')).toBe(d1.score);
    expect(await h.call('RANK', 'An Giang', 2018, 'D1')).toBe(59);
    expect(await h.call('GROUP', 'An Giang', 2018, 1, 'en')).toBe('Poor performers');
    expect(await h.call('SCORE', 'An Giang', 2018, '3.2')).toBe(d3_2.score);
    expect(await h.call('RANK', 'An Giang', 2018, 'd3_2')).toBe(d3_2.rank);
    expect(await h.call('SCORE', 'An Giang', 2018, 'total')).toBe(profile.total.score);
  });

  it('unknown province: #VALUE! with "Có phải... / Did you mean..."', async () => {
    const error = await cellError('SCORE', 'An Giag', 2018);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(/Có phải bạn muốn nói An Giang\?.* \/ .*Did you mean An Giang\?/);
    expect((await cellError('RANK', 'Quang Tr', 2018)).message).toContain('Quảng Trị');
    expect((await cellError('GROUP', '', 2018)).code).toBe(ErrorCode.invalidValue);
  });

  it('year without data: #N/A naming the years that have data; a year that is not a whole number: #VALUE!', async () => {
    const error = await cellError('SCORE', 'An Giang', 2030);
    expect(error.code).toBe(ErrorCode.notAvailable);
    expect(error.message).toContain('2011-2024');
    expect((await cellError('RANK', 'An Giang', 2018.5)).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('RANK', 'An Giang', 'năm ngoái')).code).toBe(ErrorCode.invalidValue);
  });

  it('unknown measure, a measure of another methodology, a province without a total, an unknown language', async () => {
    const unknown = await cellError('SCORE', 'An Giang', 2018, 'd9');
    expect(unknown.code).toBe(ErrorCode.invalidValue);
    expect(unknown.message).toMatch(/d9.* \/ .*d9/);
    expect(unknown.message.length).toBeLessThanOrEqual(255);
    expect((await cellError('SCORE', 'An Giang', 2015, 'd8')).code).toBe(ErrorCode.invalidValue);
    const unranked = papiRanking(dataset, { year: 2018 }).find((r) => r.score === null)!;
    const missing = await cellError('RANK', unranked.nameVi, 2018);
    expect(missing.code).toBe(ErrorCode.notAvailable);
    expect(missing.message).toContain(unranked.nameVi);
    expect((await cellError('GROUP', 'An Giang', 2018, null, 'fr')).code).toBe(ErrorCode.invalidValue);
  });
});

describe('PAPI.TOTAL', () => {
  const profile = papiProfile(dataset, { year: 2018, province: 'An Giang' });
  const scores = profile.dimensions.map((d) => d.score);

  it('adds the dimension scores from a row or a column, as the published total', async () => {
    expect(await h.call('TOTAL', [scores])).toBeCloseTo(profile.total.score!, 3);
    expect(
      await h.call(
        'TOTAL',
        scores.map((s) => [s]),
        2018,
      ),
    ).toBeCloseTo(44.43, 2);
  });

  it('a blank score gives #N/A; out-of-bounds or the wrong count for the year gives #VALUE!', async () => {
    expect((await cellError('TOTAL', [[...scores.slice(0, 7), '']])).code).toBe(ErrorCode.notAvailable);
    const high = await cellError('TOTAL', [[11, ...scores.slice(1)]], 2018);
    expect(high.code).toBe(ErrorCode.invalidValue);
    expect(high.message).toContain('[1, 10]');
    expect((await cellError('TOTAL', [scores.slice(0, 6)], 2018)).message).toMatch(/8/);
    expect((await cellError('TOTAL', [[5, 'năm']])).code).toBe(ErrorCode.invalidValue);
  });
});

describe('PAPI.RANKOF', () => {
  it('ranks a hypothetical score like rankOfHypothetical (46.1 in 2018 is 6th)', async () => {
    expect(await h.call('RANKOF', 46.1, 2018)).toBe(6);
    expect(await h.call('RANKOF', 45, 2019, null, 'An Giang')).toBe(
      rankOfHypothetical(dataset, { year: 2019, score: 45, province: 'An Giang' }).rank,
    );
    expect(await h.call('RANKOF', 7, 2019, 'd3')).toBe(
      rankOfHypothetical(dataset, { year: 2019, score: 7, measure: 'd3' }).rank,
    );
  });

  it('bad score or year', async () => {
    expect((await cellError('RANKOF', 'cao', 2018)).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('RANKOF', 45, 1999)).code).toBe(ErrorCode.notAvailable);
  });
});

describe('PAPI.SIMULATE', () => {
  it('spills [total, rank, of, group] as evaluateScenario: An Giang 2019 with D3 +1 ranks 10th', async () => {
    const result = (await h.call('SIMULATE', 'An Giang', 2019, [['d3', '+1']])) as unknown[][];
    const engine = evaluateScenario(dataset, {
      name: 'x',
      index: 'papi',
      year: 2019,
      changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
    }).provinces[0]!.scenario;
    expect(result).toEqual([[engine.total, 10, engine.of, 'Nhóm đạt điểm cao nhất']]);
    expect(result[0]![0]).toBeCloseTo(44.37 + 1, 2);
  });

  it('a number sets, signed text adds (with a decimal comma too), blank rows are skipped', async () => {
    const profile = papiProfile(dataset, { year: 2019, province: 'An Giang' });
    const d2 = profile.dimensions[1]!.score!;
    const set = (await h.call(
      'SIMULATE',
      'An Giang',
      2019,
      [
        ['d2', d2 + 0.5],
        ['', ''],
      ],
      'en',
    )) as unknown[][];
    const added = (await h.call('SIMULATE', 'An Giang', 2019, [['2', '+0,5']])) as unknown[][];
    expect(set[0]![0]).toBeCloseTo(added[0]![0] as number, 9);
    expect(set[0]![1]).toBe(added[0]![1]);
    expect(typeof set[0]![3]).toBe('string');
  });

  it('bad changes: unknown measure, out of range, a value that is not a number, no change at all', async () => {
    expect((await cellError('SIMULATE', 'An Giang', 2019, [['d9', 1]])).code).toBe(ErrorCode.invalidValue);
    const range = await cellError('SIMULATE', 'An Giang', 2019, [['d3', 11]]);
    expect(range.code).toBe(ErrorCode.invalidValue);
    expect(range.message).toMatch(/D3/);
    expect((await cellError('SIMULATE', 'An Giang', 2019, [['d3', 'nhiều']])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('SIMULATE', 'An Giang', 2019, [['', '']])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('SIMULATE', 'Angiang x', 2019, [['d3', 1]])).message).toContain('Did you mean');
  });
});

describe('PAPI.TARGET', () => {
  it('spills the solver allocation per dimension, then the labelled total increase', async () => {
    const rows = (await h.call('TARGET', 'An Giang', 2019, 20)) as unknown[][];
    const engine = solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 20 } });
    expect(rows.slice(0, -1)).toEqual(Object.entries(engine.allocation));
    expect(rows.at(-1)).toEqual(['Tổng mức tăng', engine.totalIncrease]);
    expect(rows.slice(0, -1).map((r) => r[0])).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
  });

  it('passes caps, effort weights and a group target through', async () => {
    const rows = (await h.call(
      'TARGET',
      'An Giang',
      2019,
      'cao nhất',
      'best',
      [
        ['d5', 0.5],
        ['d6', 2],
      ],
      'en',
    )) as unknown[][];
    const engine = solveTarget(dataset, {
      year: 2019,
      province: 'An Giang',
      goal: { group: 'best' },
      caps: 'best',
      weights: { d5: 0.5, d6: 2 },
    });
    expect(rows.at(-1)).toEqual(['Total increase', engine.totalIncrease]);
    expect(Object.fromEntries(rows.slice(0, -1) as [string, number][])).toEqual(engine.allocation);
  });

  it('an unreachable target is #N/A with the solver explanation; bad caps or target is #VALUE!', async () => {
    const unreachable = await cellError('TARGET', 'Điện Biên', 2021, 1, 'gain');
    expect(unreachable.code).toBe(ErrorCode.notAvailable);
    expect(unreachable.message).toMatch(/không thể đạt hạng 1.* \/ .*cannot reach rank 1/);
    expect((await cellError('TARGET', 'An Giang', 2019, 20, 'sky')).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('TARGET', 'An Giang', 2019, 'giỏi nhất')).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('TARGET', 'An Giang', 2019, 0)).code).toBe(ErrorCode.invalidValue);
  });
});

describe('PAPI.CHANCE', () => {
  it('is rankChance with a fixed seed and 20,000 runs: the same number every time', async () => {
    const p = await h.call('CHANCE', 'An Giang', 2019, 20);
    const engine = rankChance(dataset, {
      year: 2019,
      province: 'An Giang',
      goal: { rank: 20 },
      iterations: 20_000,
      seed: 20240101,
    });
    expect(p).toBe(engine.probability);
    expect(await h.call('CHANCE', 'An Giang', 2019, 20)).toBe(p);
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.8);
  });

  it('changes applied first raise the chance; a group target works; bad targets do not', async () => {
    const base = (await h.call('CHANCE', 'An Giang', 2019, 15)) as number;
    const improved = (await h.call('CHANCE', 'An Giang', 2019, 15, [['d3', '+1']])) as number;
    expect(improved).toBeGreaterThan(base);
    const group = (await h.call('CHANCE', 'An Giang', 2019, 'best')) as number;
    expect(group).toBeGreaterThanOrEqual(0);
    expect(group).toBeLessThanOrEqual(1);
    expect((await cellError('CHANCE', 'An Giang', 2019, 'xuất sắc')).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('CHANCE', 'An Giang', 2030, 20)).code).toBe(ErrorCode.notAvailable);
  });

  it('a sheet of identical or differently spelled questions gets one answer; different questions are not confused', async () => {
    // cells recalculated together, as Excel does: the same province spelled three ways, plus different questions
    const [a, b, c, other, changed, setInstead, group] = (await Promise.all([
      h.call('CHANCE', 'Hà Giang', 2019, 30),
      h.call('CHANCE', 'ha giang', 2019, 30),
      h.call('CHANCE', '02', 2019, 30),
      h.call('CHANCE', 'Hà Giang', 2019, 31),
      h.call('CHANCE', 'Hà Giang', 2019, 30, [['d3', '+0.5']]),
      h.call('CHANCE', 'Hà Giang', 2019, 30, [['d3', 7]]),
      h.call('CHANCE', 'Hà Giang', 2019, 'high-average'),
    ])) as number[];
    expect([b, c]).toEqual([a, a]);
    expect(a).toBe(
      rankChance(dataset, { year: 2019, province: 'Hà Giang', goal: { rank: 30 }, iterations: 20_000, seed: 20240101 })
        .probability,
    );
    expect(other).toBe(
      rankChance(dataset, { year: 2019, province: 'Hà Giang', goal: { rank: 31 }, iterations: 20_000, seed: 20240101 })
        .probability,
    );
    expect(other).toBeGreaterThan(a!);
    expect(changed).toBeGreaterThan(a!);
    expect(setInstead).not.toBe(changed);
    expect(group).toBe(
      rankChance(dataset, {
        year: 2019,
        province: 'Hà Giang',
        goal: { group: 'high-average' },
        iterations: 20_000,
        seed: 20240101,
      }).probability,
    );
  });
});

describe('PAPI.TABLE and PAPI.DIMENSIONS', () => {
  it('TABLE spills a header and every province by rank, unranked last with blank rank and score', async () => {
    const rows = (await h.call('TABLE', 2018)) as unknown[][];
    const engine = papiRanking(dataset, { year: 2018 });
    expect(rows[0]).toEqual(['Hạng', 'Tỉnh, thành phố', 'Điểm', 'Nhóm']);
    expect(rows).toHaveLength(engine.length + 1);
    expect(rows[1]).toEqual([1, 'Lạng Sơn', engine[0]!.score, 'Nhóm đạt điểm cao nhất']);
    expect(rows.find((r) => r[1] === 'An Giang')).toEqual([
      25,
      'An Giang',
      engine.find((r) => r.nameVi === 'An Giang')!.score,
      'Nhóm đạt điểm trung bình cao',
    ]);
    expect(
      rows
        .at(-1)!
        .slice(0, 3)
        .filter((c) => c === ''),
    ).toHaveLength(2);
    const en = (await h.call('TABLE', 2019, 'd3', 'en')) as unknown[][];
    expect(en[0]).toEqual(['Rank', 'Province', 'Score', 'Group']);
    expect(en[1]![1]).toBe(papiRanking(dataset, { year: 2019, measure: 'd3' })[0]!.nameAscii);
  });

  it('DIMENSIONS spills [code, name] of the methodology in force: 8 from 2018, 6 before', async () => {
    const dims = (await h.call('DIMENSIONS', 2018)) as string[][];
    expect(dims).toHaveLength(8);
    expect(dims[0]).toEqual(['d1', 'Tham gia của người dân ở cấp cơ sở']);
    expect(((await h.call('DIMENSIONS', 2018, 'en')) as string[][])[7]).toEqual(['d8', 'E-Governance']);
    expect((await h.call('DIMENSIONS', 2015)) as string[][]).toHaveLength(6);
    expect((await cellError('DIMENSIONS', 1999)).code).toBe(ErrorCode.notAvailable);
    expect((await cellError('TABLE', 2018, 'd12')).code).toBe(ErrorCode.invalidValue);
  });
});

describe('PAPI.PAR.*', () => {
  const engine = parScore(dataset, {
    year: 2019,
    points: { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 },
  });

  it('SCORE, PERCENT and GROUP from a row of points in order a1..a8 or from [area, points] rows', async () => {
    expect(await h.call('PAR.SCORE', 2019, AN_GIANG_2019_POINTS)).toBe(85);
    expect(await h.call('PAR.PERCENT', 2019, AN_GIANG_2019_POINTS)).toBe(85);
    expect(await h.call('PAR.GROUP', 2019, AN_GIANG_2019_POINTS)).toBe('B');
    const pairs = AN_GIANG_2019_POINTS[0]!.map((p, i) => [`a${i + 1}`, p]).reverse();
    expect(await h.call('PAR.SCORE', 2019, pairs)).toBe(engine.total);
    expect(
      await h.call(
        'PAR.PERCENT',
        2019,
        AN_GIANG_2019_POINTS[0]!.map((p) => [p]),
      ),
    ).toBe(engine.percent);
  });

  it('LOST spills the points lost, largest first; RANK spills [estimate, best, worst, known]', async () => {
    const lost = (await h.call('PAR.LOST', 2019, AN_GIANG_2019_POINTS)) as unknown[][];
    expect(lost).toEqual(engine.pointsLost.map((l) => [l.code, l.name.vi, l.lost]));
    expect(lost[0]).toEqual(['a8', engine.pointsLost[0]!.name.vi, 4.5]);
    expect(((await h.call('PAR.LOST', 2019, AN_GIANG_2019_POINTS, 'en')) as unknown[][])[0]![1]).toBe(
      engine.pointsLost[0]!.name.en,
    );
    const estimate = engine.rankEstimate!;
    expect(await h.call('PAR.RANK', 2019, AN_GIANG_2019_POINTS)).toEqual([
      [estimate.estimate, estimate.low, estimate.high, estimate.known],
    ]);
  });

  it('points above an area maximum, an unknown area, missing points: #VALUE!; a year without a methodology: #N/A', async () => {
    expect((await cellError('PAR.SCORE', 2019, [[11, 9, 13, 10, 14, 6, 13, 11]])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('PAR.SCORE', 2019, [['a9', 5]])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('PAR.PERCENT', 2019, [[9, 9, 13]])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('PAR.GROUP', 2019, [])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('PAR.RANK', 2030, AN_GIANG_2019_POINTS)).code).toBe(ErrorCode.notAvailable);
  });
});

describe('speed', () => {
  it('answers 2,000 PAPI.SCORE cells well under a second once loaded', async () => {
    const started = performance.now();
    for (let i = 0; i < 2000; i++) await h.call('SCORE', i % 2 ? 'An Giang' : 'Quảng Trị', 2018, i % 3 ? null : 'd2');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("PAPI.INTERNAL.PERCENT and PAPI.INTERNAL.CLASS (the province's own index, on ranges)", () => {
  it('index % of the applicable maximum: "na" leaves the denominator, the adjustment is added within [0, max]', async () => {
    expect(await h.call('INTERNAL.PERCENT', [[9], ['na'], [27]], [[10], [5], [30]])).toBeCloseTo(90, 9);
    expect(await h.call('INTERNAL.PERCENT', [[9, 'NA', '27,5']], [[10, 5, 30]], 1)).toBeCloseTo(93.75, 9);
    expect(await h.call('INTERNAL.PERCENT', [[10, 30]], [[10, 30]], 3)).toBe(100);
  });

  it('a blank score is #N/A (incomplete, never 0); a score above its maximum or unequal ranges are #VALUE!', async () => {
    const missing = await cellError('INTERNAL.PERCENT', [[9], [''], [27]], [[10], [5], [30]]);
    expect([missing.code, missing.message]).toEqual([ErrorCode.notAvailable, expect.stringContaining('thứ 2')]);
    expect((await cellError('INTERNAL.PERCENT', [[11]], [[10]])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('INTERNAL.PERCENT', [[1, 2]], [[10]])).code).toBe(ErrorCode.invalidValue);
  });

  it('class by the default sample bands or given bands', async () => {
    expect(await h.call('INTERNAL.CLASS', 90)).toBe('Xuất sắc');
    expect(await h.call('INTERNAL.CLASS', 89.99)).toBe('Tốt');
    expect(await h.call('INTERNAL.CLASS', 49.99)).toBe('Yếu');
    expect(await h.call('INTERNAL.CLASS', 72, 'A>=80;B>=70;C')).toBe('B');
    expect((await cellError('INTERNAL.CLASS', 40, 'A>=80,B>=70')).code).toBe(ErrorCode.notAvailable);
    expect((await cellError('INTERNAL.CLASS', 72, 'A>=70,B>=80')).code).toBe(ErrorCode.invalidValue);
  });
});

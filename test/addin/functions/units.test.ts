// The =PAPI.* functions on the 34 provincial units of 1 July 2025 (the optional last `units` argument, and
// PAPI.UNITS), called through the built bundle. Checked against the engine on papiUnitsView, against the former
// provinces' published scores, and against sums computed here from those published scores.
import { describe, expect, it } from 'vitest';
import {
  evaluateScenario,
  papiProfile,
  papiRanking,
  papiUnitsView,
  rankChance,
  rankOfHypothetical,
  restateRank,
  solveTarget,
} from '../../../engine';
import { builtFunctions } from '../../helpers/built-functions';
import { ErrorCode } from '../../../scripts/functions-harness';
import { dataset } from '../../helpers/published';

const { h, cellError } = builtFunctions();
const view = papiUnitsView(dataset);

/** A former province's published total in a year (from the former-provinces data, not the units view). */
const published = (province: string, year: number) => papiProfile(dataset, { year, province }).total;

describe('the `units` argument (last, optional) on SCORE, RANK, GROUP', () => {
  it('blank or 63 keeps the former provinces: An Giang 2024 is the published 42.89, rank 40 of 61', async () => {
    const former = published('An Giang', 2024);
    expect(former.of).toBe(61);
    expect(await h.call('SCORE', 'An Giang', 2024)).toBe(former.score);
    expect(await h.call('RANK', 'An Giang', 2024, null, 63)).toBe(former.rank);
    expect(await h.call('RANK', 'An Giang', 2024, null, '')).toBe(former.rank);
  });

  it('2025 answers for the new An Giang (An Giang + Kiên Giang): a value between its predecessors, ranked among the units', async () => {
    const ag = published('An Giang', 2024).score!;
    const kg = published('Kiên Giang', 2024).score!;
    const score = (await h.call('SCORE', 'An Giang', 2024, null, 2025)) as number;
    expect(score).toBeGreaterThan(Math.min(ag, kg));
    expect(score).toBeLessThan(Math.max(ag, kg));
    expect(score).not.toBeCloseTo(ag, 3);
    // The rank among the units, counted here from TABLE's scores: 1 + units with a higher value.
    const table = (await h.call('TABLE', 2024, null, 'vi', 2025)) as unknown[][];
    const values = table
      .slice(1)
      .map((r) => r[2])
      .filter((v): v is number => typeof v === 'number');
    expect(await h.call('RANK', 'An Giang', 2024, null, 2025)).toBe(1 + values.filter((v) => v > score).length);
    expect(await h.call('RANK', 'An Giang', 2024, null, '2025')).toBe(await h.call('RANK', 'An Giang', 2024, null, 34));
    const profile = papiProfile(view, { year: 2024, province: 'An Giang' });
    expect(score).toBe(profile.total.score);
    expect(await h.call('GROUP', 'An Giang', 2024, null, 'en', 2025)).toBe(
      {
        best: 'Best performers',
        'high-average': 'High average',
        'low-average': 'Low average',
        poor: 'Poor performers',
      }[profile.total.group!],
    );
    expect(await h.call('SCORE', 'An Giang', 2024, 'd3_2', 2025)).toBe(profile.dimensions[2]!.subdimensions[1]!.score);
  });

  it('an unchanged unit keeps its published score; Quảng Ninh is 1st among the units in 2024 as among the provinces', async () => {
    expect(await h.call('SCORE', 'Quảng Ninh', 2024, null, 2025)).toBe(published('Quảng Ninh', 2024).score);
    expect(await h.call('SCORE', 'Quảng Ninh', 2024, null, 2025)).toBeCloseTo(47.8212, 4);
    expect(await h.call('RANK', 'Quảng Ninh', 2024, null, 2025)).toBe(1);
  });

  it('a unit whose former province has no total is #N/A naming it (Phú Thọ 2024: Vĩnh Phúc)', async () => {
    const error = await cellError('SCORE', 'Phú Thọ', 2024, null, 2025);
    expect(error.code).toBe(ErrorCode.notAvailable);
    expect(error.message).toMatch(/Vĩnh Phúc.* \/ .*Vinh Phuc/);
    expect((await cellError('RANK', 'Đồng Tháp', 2024, null, 2025)).message).toContain('Tiền Giang');
  });

  it('a former name among the units says which unit it is now part of; a bad `units` value is #VALUE!', async () => {
    const former = await cellError('SCORE', 'Kiên Giang', 2024, null, 2025);
    expect(former.code).toBe(ErrorCode.invalidValue);
    expect(former.message).toMatch(/An Giang/);
    const bad = await cellError('SCORE', 'An Giang', 2024, null, 2030);
    expect(bad.code).toBe(ErrorCode.invalidValue);
    expect(bad.message).toMatch(/2025.* \/ .*2025/);
  });
});

describe('RANKOF, SIMULATE, TARGET, CHANCE, TABLE on the 34-unit field', () => {
  it('RANKOF ranks a hypothetical score among the units', async () => {
    expect(await h.call('RANKOF', 45, 2024, null, 'An Giang', 2025)).toBe(
      rankOfHypothetical(view, { year: 2024, score: 45, province: 'An Giang' }).rank,
    );
    expect(await h.call('RANKOF', 45, 2024, null, 'An Giang', 2025)).not.toBe(
      await h.call('RANKOF', 45, 2024, null, 'An Giang'),
    );
  });

  it('SIMULATE spills [total, rank, of, group] among the units', async () => {
    const result = (await h.call('SIMULATE', 'An Giang', 2024, [['d1', '+0.5']], 'en', 2025)) as unknown[][];
    const engine = evaluateScenario(view, {
      name: 'x',
      index: 'papi',
      year: 2024,
      changes: [{ province: 'An Giang', measure: 'd1', add: 0.5 }],
    }).provinces[0]!.scenario;
    expect(result[0]!.slice(0, 3)).toEqual([engine.total, engine.rank, engine.of]);
    expect(engine.of).toBeLessThanOrEqual(34);
    expect(result[0]![0]).toBeCloseTo(((await h.call('SCORE', 'An Giang', 2024, null, 2025)) as number) + 0.5, 9);
  });

  it('TARGET solves for rank 10 of the units', async () => {
    const rows = (await h.call('TARGET', 'An Giang', 2024, 10, null, null, 'en', 2025)) as unknown[][];
    const engine = solveTarget(view, { year: 2024, province: 'An Giang', goal: { rank: 10 } });
    expect(rows.at(-1)).toEqual(['Total increase', engine.totalIncrease]);
    expect(Object.fromEntries(rows.slice(0, -1) as [string, number][])).toEqual(engine.allocation);
    // Reaching rank 10 of the units with the increase: SIMULATE with the allocation gives rank <= 10.
    const after = (await h.call(
      'SIMULATE',
      'An Giang',
      2024,
      rows.slice(0, -1).map(([code, inc]) => [code, `+${inc}`]),
      'en',
      2025,
    )) as unknown[][];
    expect(after[0]![1]).toBeLessThanOrEqual(10);
  });

  it('CHANCE is rankChance on the units view with the cell seed', async () => {
    const p = await h.call('CHANCE', 'Quảng Ninh', 2024, 3, null, 2025);
    expect(p).toBe(
      rankChance(view, { year: 2024, province: 'Quảng Ninh', goal: { rank: 3 }, iterations: 20_000, seed: 20240101 })
        .probability,
    );
    expect(p).toBeGreaterThan(0);
  });

  it('TABLE lists the 34 units with a Source column: 23 estimates, 11 published; 2 unranked in 2024', async () => {
    const rows = (await h.call('TABLE', 2024, null, 'vi', 2025)) as unknown[][];
    expect(rows[0]).toEqual(['Hạng', 'Tỉnh, thành phố (từ 1/7/2025)', 'Điểm', 'Nhóm', 'Nguồn']);
    expect(rows).toHaveLength(35);
    const body = rows.slice(1);
    expect(body.filter((r) => String(r[4]).startsWith('ước tính'))).toHaveLength(23);
    expect(body.filter((r) => r[4] === 'công bố')).toHaveLength(11);
    expect(
      body
        .filter((r) => r[0] === '')
        .map((r) => r[1])
        .sort(),
    ).toEqual(['Phú Thọ', 'Đồng Tháp'].sort());
    expect(body.map((r) => r[1])).toEqual(papiRanking(view, { year: 2024 }).map((r) => r.nameVi));
    expect(((await h.call('TABLE', 2024, null, 'en')) as unknown[][])[0]).toEqual([
      'Rank',
      'Province',
      'Score',
      'Group',
    ]);
  });
});

describe('PAPI.UNITS', () => {
  it('spills the new An Giang 2024: each former province (weight, share, own published score, rank of 61), then the estimate', async () => {
    const rows = (await h.call('UNITS', 'An Giang', 2024)) as unknown[][];
    expect(rows[0]).toEqual(['Tỉnh, thành phố', 'Trọng số', 'Tỷ trọng', 'Điểm', 'Hạng', 'Trên số', 'Nhóm', 'Ghi chú']);
    expect(rows).toHaveLength(5);
    const [ag, kg, unit, mean] = rows.slice(1) as (string | number)[][];
    const agPublished = published('An Giang', 2024);
    const kgPublished = published('Kiên Giang', 2024);
    expect(ag!.slice(0, 1).concat(ag!.slice(3, 6))).toEqual(['An Giang', agPublished.score, agPublished.rank, 61]);
    expect(kg!.slice(0, 1).concat(kg!.slice(3, 6))).toEqual(['Kiên Giang', kgPublished.score, kgPublished.rank, 61]);
    // weights are the 2019 populations; shares add up to 1 and are weight / sum of weights
    const [wa, wk] = [ag![1] as number, kg![1] as number];
    expect(ag![2]).toBeCloseTo(wa / (wa + wk), 12);
    expect((ag![2] as number) + (kg![2] as number)).toBeCloseTo(1, 12);
    // the unit's value: the weighted mean of the predecessors (sums of weighted sub-dimension means; by linearity
    // equal to the weighted mean of the totals up to the published rounding of the totals)
    expect(unit![0]).toBe('An Giang (đơn vị từ 1/7/2025: An Giang + Kiên Giang)');
    expect(unit![3]).toBeCloseTo((wa * agPublished.score! + wk * kgPublished.score!) / (wa + wk), 3);
    expect(unit![3]).toBe(await h.call('SCORE', 'An Giang', 2024, null, 2025));
    expect(unit!.slice(4, 6)).toEqual([await h.call('RANK', 'An Giang', 2024, null, 2025), 32]);
    expect(unit![7]).toMatch(/^Ước tính \(không phải số công bố\): bình quân gia quyền .*; trọng số: dân số/);
    expect(mean![0]).toBe('Bình quân giản đơn (để so sánh)');
    expect(mean![3]).toBeCloseTo((agPublished.score! + kgPublished.score!) / 2, 9);
  });

  it('English, a dimension, a three-province unit with its namesake first and a predecessor without a score', async () => {
    const rows = (await h.call('UNITS', 'Phú Thọ', 2024, 'd3', 'en')) as unknown[][];
    expect(rows[0]).toEqual(['Province', 'Weight', 'Share', 'Score', 'Rank', 'Of', 'Group', 'Note']);
    expect(rows.slice(1, 4).map((r) => r[0])).toEqual(['Phu Tho', 'Hoa Binh', 'Vinh Phuc']);
    expect(rows[2]![3]).toBe(papiProfile(dataset, { year: 2024, province: 'Hòa Bình' }).dimensions[2]!.score);
    expect(rows[3]![3]).toBe('');
    const unit = rows[4]!;
    expect(unit[0]).toBe('Phu Tho (unit from 1 July 2025: Phu Tho + Hoa Binh + Vinh Phuc)');
    expect(unit[3]).toBe('');
    expect(unit[4]).toBe('');
    expect(unit[7]).toMatch(/^Estimate \(not published\).*Incomplete: Vinh Phuc has no D3 in 2024/);
  });

  it('an unchanged unit: its one province, the same score, ranked among the former provinces and among the units', async () => {
    const rows = (await h.call('UNITS', 'Hà Nội', 2024, null, 'en')) as unknown[][];
    expect(rows).toHaveLength(3);
    expect(rows[1]![3]).toBe(rows[2]![3]);
    expect(rows[1]![5]).toBe(61);
    expect(rows[2]![5]).toBe(32);
    expect(rows[2]![7]).toMatch(/Not merged/);
  });

  it('answers for every unit in every year of the data (a merged unit has an estimate row and a simple-mean row)', async () => {
    const years = [...dataset.papi.keys()];
    for (const year of years) {
      for (const unit of view.provinces.all) {
        const rows = (await h.call('UNITS', unit.code, year)) as unknown[][];
        const members = unit.formerProvinces!.length;
        expect(rows, `${unit.nameVi} ${year}`).toHaveLength(1 + members + 1 + (members > 1 ? 1 : 0));
        expect(rows.every((r) => r.length === 8)).toBe(true);
      }
    }
  });

  it('bad input: a former name, an unknown name, a year without data', async () => {
    expect((await cellError('UNITS', 'Kiên Giang', 2024)).message).toMatch(/An Giang/);
    expect((await cellError('UNITS', 'An Giag', 2024)).message).toMatch(/Did you mean An Giang/);
    expect((await cellError('UNITS', 'An Giang', 2030)).code).toBe(ErrorCode.notAvailable);
  });
});

describe('PAPI.RESTATE (vi PAPI.QUY.ĐỔI.HẠNG): a rank target of the 63 former provinces for the 34 units', () => {
  it('restates by percentile, rounded up, as restateRank does (63 and 34 by default, counted from the registry)', async () => {
    for (const rank of [1, 10, 20, 32, 63])
      expect(await h.call('RESTATE', rank)).toBe(restateRank({ rank, of: 63, among: 34 }).rank);
    expect(await h.call('RESTATE', 20)).toBe(11);
    expect(await h.call('RESTATE', '20', 63, 34)).toBe(11);
    expect(await h.call('RESTATE', 5, 10, 34)).toBe(17);
  });

  it('a rank that is not a whole number from 1, or above the field, is #VALUE! saying why', async () => {
    expect((await cellError('RESTATE', 64)).message).toMatch(/64/);
    expect((await cellError('RESTATE', 2.5)).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('RESTATE', 'hai')).message).toMatch(/Target rank|Hạng chỉ tiêu/);
    expect((await cellError('RESTATE', null)).code).toBe(ErrorCode.invalidValue);
  });
});

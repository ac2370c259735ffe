import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

const AN_GIANG = ['--index', 'papi', '--year', '2019', '--province', 'An Giang'];

describe('papi simulate', () => {
  it('prints { base, scenario: { total, rank, of, group, dimensions } }', async () => {
    const r = await json('simulate', ...AN_GIANG, '--set', 'd2=5.5', '--add', 'd8=0.4');
    expect(r.base).toMatchObject({ rank: 21, of: 63, group: 'high-average' });
    expect(r.scenario.total).toBeCloseTo(r.base.total + (5.5 - 5.06) + 0.4, 1);
    expect(r.scenario.rank).toBeLessThan(21);
    expect(r.scenario.dimensions).toHaveLength(8);
    expect(r.scenario.dimensions[1]).toMatchObject({ code: 'd2', score: 5.5 });
    expect(Object.keys(r.scenario)).toEqual(expect.arrayContaining(['total', 'rank', 'of', 'group', 'dimensions']));
  });

  it("re-weights and reports every province's rank change", async () => {
    const r = await json('simulate', ...AN_GIANG, '--weights', 'd8=2');
    expect(r.scenario).toMatchObject({ of: 63 });
    expect(r.reweighted).toHaveLength(63);
  });

  it('shows the published standing without changes, even for a province missing D1 (Bắc Giang 2022)', async () => {
    const r = await json('simulate', '--year', '2022', '--province', 'Bắc Giang');
    expect(r.scenario).toEqual(expect.objectContaining({ total: r.base.total, rank: r.base.rank }));
    expect(r.scenario.dimensions[0]).toMatchObject({ code: 'd1', score: null });
  });

  it('runs and compares scenario files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(
      a,
      JSON.stringify({
        name: 'A',
        index: 'papi',
        year: 2019,
        changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }],
      }),
    );
    writeFileSync(
      b,
      JSON.stringify({
        name: 'B',
        index: 'papi',
        year: 2019,
        changes: [{ province: 'An Giang', measure: 'd8', add: 1 }],
      }),
    );
    const r = await json('simulate', '--scenario', a, '--compare', b);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].base.rank).toBe(21);
    writeFileSync(b, '{ "name": ');
    const bad = await run('simulate', '--scenario', b);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/không phải JSON hợp lệ.*is not valid JSON/s);
  });

  it('fails with a bilingual message on an out-of-range change', async () => {
    const r = await run('simulate', ...AN_GIANG, '--set', 'd1_1=3');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Lỗi: D1_1 của An Giang sẽ là 3.*Error: D1_1 of An Giang would be 3/s);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('papi target', () => {
  it('prints { reachable, allocation, total_increase, scenario, single_dimension }', async () => {
    const r = await json('target', ...AN_GIANG, '--rank', '10', '--cap', 'realistic', '--weights', 'd1=2');
    expect(r.reachable).toBe(true);
    expect(Object.keys(r.allocation)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    expect(r.total_increase).toBeCloseTo(0.8724, 4);
    expect(r.scenario).toMatchObject({ rank: 10, of: 63 });
    expect(r.single_dimension.d6).toBeNull();
    expect(r.allocation.d1).toBe(0);
  });

  it('accepts a group in Vietnamese and a total', async () => {
    expect((await json('target', ...AN_GIANG, '--group', 'cao nhất')).scenario.group).toBe('best');
    expect((await json('target', ...AN_GIANG, '--total', '46')).scenario.total).toBeCloseTo(46, 9);
  });

  it('needs exactly one goal', async () => {
    const r = await run('target', ...AN_GIANG, '--rank', '3', '--total', '46');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cần đúng một mục tiêu.*Give exactly one goal/s);
  });
});

describe('papi chance', () => {
  it('prints { probability, rank: { nominal, median, p5, p95 }, iterations, seed } and repeats for a seed', async () => {
    const args = ['chance', ...AN_GIANG, '--rank', '20', '--iterations', '3000', '--seed', '5'];
    const r = await json(...args);
    expect(r).toMatchObject({ iterations: 3000, seed: 5, rank: { nominal: 21 } });
    expect(r.probability).toBeGreaterThan(0);
    expect(r.probability).toBeLessThan(1);
    expect(await json(...args)).toEqual(r);
  });
});

describe('papi sensitivity', () => {
  it('prints the rank gained by +0.1, +0.25, +0.5 and +1 per dimension', async () => {
    const r = await json('sensitivity', ...AN_GIANG);
    expect(r.steps).toEqual([0.1, 0.25, 0.5, 1]);
    expect(r.dimensions.find((d: { code: string }) => d.code === 'd3').rank_gain).toEqual([1, 3, 6, 11]);
  });

  it('says why every dimension moves the total rank alike (the total is an unweighted sum)', async () => {
    expect((await run('sensitivity', ...AN_GIANG, '--lang', 'en')).out).toContain(
      'The total is the unweighted sum of the 8 dimensions',
    );
    expect((await run('sensitivity', ...AN_GIANG)).out).toContain('Tổng điểm là tổng không trọng số của 8 chỉ số');
  });
});

describe('papi plan', () => {
  it('runs the An Giang 2020 sample', async () => {
    const r = await json('plan', 'samples/an-giang-2020-plan.json');
    expect(r.province).toBe('An Giang');
    expect(r.implied_total).toBeCloseTo(47.2, 6);
    expect(r.fields.map((f: { year: number; rank: number }) => [f.year, f.rank])).toEqual([
      [2018, 1],
      [2019, 1],
    ]);
    expect(r.achieved).toMatchObject({ year: 2020, rank: 14, of: 63, group: 'best', goal_met: true });
    expect(r.chance).toMatchObject({ field_year: 2019, iterations: 100000, seed: 2020 });
    const text = await run('plan', 'samples/an-giang-2020-plan.json', '--lang', 'en');
    expect(text.out).toMatch(
      /Actual 2020: 43\.85 points, rank 14 of 63, Best performers – goal met; 2 of 8 dimension targets met\./,
    );
  });
});

describe('papi target --index par', () => {
  it('prints the allocation of area points for a group', async () => {
    const r = await json(
      'target',
      '--index',
      'par',
      '--year',
      '2019',
      '--points',
      'a1=9,a2=9,a3=13,a4=10,a5=14,a6=6,a7=13,a8=11',
      '--group',
      'A',
    );
    expect(r).toMatchObject({ reachable: true, scenario: { group: 'A' } });
    expect(r.total_increase).toBeCloseTo(5, 9);
    expect(Object.keys(r.allocation)).toHaveLength(8);
  });
});

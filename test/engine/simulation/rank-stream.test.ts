import { errorFunction } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
  addRankCounts,
  BLOCK_ITERATIONS,
  blockState,
  createRankRun,
  nextInt32,
  planChance,
  planDistributions,
  rankRunShares,
  standardNormal,
  type RankCounts,
} from '../../../engine/all';
import { dataset } from '../../helpers/published';

const phi = (x: number) => 0.5 * (1 + errorFunction(x / Math.SQRT2));

describe('rank stream: one generator per block of iterations', () => {
  it('seeds a block from (seed, block) alone: the same pair gives the same state, neighbours differ', () => {
    expect(blockState(5, 3)).toEqual(blockState(5, 3));
    expect(blockState(5, 3)).not.toEqual(blockState(5, 4));
    expect(blockState(5, 3)).not.toEqual(blockState(6, 3));
    // SplitMix64: block b takes outputs 2b and 2b + 1, so block 0's second word pair is not block 1's first
    expect(Array.from(blockState(5, 0)).slice(2)).not.toEqual(Array.from(blockState(5, 1)).slice(0, 2));
    expect(() => blockState(1.5, 0)).toThrow(/1\.5/);
  });

  it('xoshiro128** matches the reference implementation output for a known state', () => {
    // Reference: Blackman and Vigna's xoshiro128starstar.c with s = {1, 2, 3, 4}: first outputs 11520, 0, 5927040
    const state = Int32Array.of(1, 2, 3, 4);
    expect([nextInt32(state) >>> 0, nextInt32(state) >>> 0, nextInt32(state) >>> 0]).toEqual([11520, 0, 5927040]);
  });

  it('ziggurat normals: mean 0, variance 1, tails and the whole distribution as the normal (Kolmogorov-Smirnov)', () => {
    const n = 200_000;
    const state = blockState(2024, 0);
    const draws = new Float64Array(n);
    for (let i = 0; i < n; i++) draws[i] = standardNormal(state);
    const mean = draws.reduce((s, x) => s + x, 0) / n;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    // beyond the ziggurat's base (|x| > 3.4426: the tail algorithm) as often as the normal says
    const tail = draws.filter((x) => Math.abs(x) > 3.442619855899).length;
    const expected = 2 * (1 - phi(3.442619855899)) * n;
    expect(Math.abs(tail - expected)).toBeLessThan(5 * Math.sqrt(expected));
    draws.sort();
    let d = 0;
    for (let i = 0; i < n; i++)
      d = Math.max(d, Math.abs(phi(draws[i]!) - i / n), Math.abs(phi(draws[i]!) - (i + 1) / n));
    expect(d).toBeLessThan(1.95 / Math.sqrt(n)); // 0.1% critical value
  });

  it('splits a run into whole-block shares that cover it once', () => {
    expect(rankRunShares(10_500, 4)).toEqual([
      [0, 2000],
      [2000, 5000],
      [5000, 8000],
      [8000, 10_500],
    ]);
    expect(rankRunShares(999, 8)).toEqual([[0, 999]]);
    expect(rankRunShares(5000, 2).flat()).toEqual([0, 2000, 2000, 5000]);
  });
});

describe('rank kernel: the same counts however the run is chunked or shared', () => {
  const shared = (plan: ReturnType<typeof planChance>, parts: number, step: number): RankCounts => {
    let total: RankCounts | null = null;
    // shares run in reverse order: the order in which parts arrive must not matter either
    for (const [start, end] of rankRunShares(plan.options.iterations, parts).reverse()) {
      const run = createRankRun(plan.model, { ...plan.options, start, iterations: end });
      while (run.done < run.iterations) run.step(step);
      const counts = { histogram: run.histogram, hits: run.hits, iterations: run.done - run.start };
      total = total === null ? counts : addRankCounts(total, counts);
    }
    return total!;
  };

  it.each([
    ['a rank goal', { year: 2019, province: 'An Giang', goal: { rank: 20 }, iterations: 7300, seed: 8 }],
    [
      'a group goal (quartiles of each draw)',
      { year: 2019, province: 'An Giang', goal: { group: 'high-average' }, iterations: 5100, seed: 3 },
    ],
    [
      'three years of movement',
      { year: 2019, province: 'Hà Giang', goal: { rank: 40 }, iterations: 4200, seed: -77, years: 3 },
    ],
  ] as const)('%s: whole, in odd steps, and in 2, 3 or 7 shares', (_, query) => {
    const plan = planChance(dataset, query);
    const whole = createRankRun(plan.model, plan.options);
    whole.step(plan.options.iterations);
    const reference = { histogram: whole.histogram, hits: whole.hits, iterations: plan.options.iterations };
    expect(reference.hits).toBeGreaterThan(0);
    expect(reference.hits).toBeLessThan(plan.options.iterations);
    for (const [parts, step] of [
      [1, 333],
      [2, 1000],
      [3, 77],
      [7, 4999],
    ])
      expect(shared(plan, parts!, step!)).toEqual(reference);
  });

  it("every province's ranks (rankDistributions' run) in shares equal the whole run", () => {
    const plan = planDistributions(dataset, { year: 2019, iterations: 3500, seed: 12 });
    const whole = createRankRun(plan.model, plan.options);
    whole.step(1e9);
    expect(shared(plan, 3, 250).histogram).toEqual(whole.histogram);
    // each iteration ranks every province once: every row and column of the histogram sums right
    const n = plan.model.totals.length;
    for (let p = 0; p < n; p++)
      expect(whole.histogram.subarray(p * n, p * n + n).reduce((s, c) => s + c, 0)).toBe(3500);
  });

  it('ties in a draw share the best rank (no noise, no movement: the published ranks every time)', () => {
    const model = {
      totals: Float64Array.of(3, 5, 5, 1),
      noise: new Float64Array(4),
      moves: new Uint8Array(4),
      changes: new Float64Array(0),
      steps: 1,
    };
    const run = createRankRun(model, { iterations: 10, seed: 1, target: 0, all: true });
    run.step(10);
    expect(Array.from(run.histogram)).toEqual([0, 0, 10, 0, 10, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 10]);
  });

  it('ties within SCORE_EPSILON share the best rank, by the one rule (1 + how many are higher beyond it)', () => {
    // c = a + 1.6e-9, b = a + 0.8e-9: b ties c, a ties b but not c, so ranks c 1, b 1, a 2 (not a chain to rank 1)
    const model = {
      totals: Float64Array.of(3, 3 + 0.8e-9, 3 + 1.6e-9, 1),
      noise: new Float64Array(4),
      moves: new Uint8Array(4),
      changes: new Float64Array(0),
      steps: 1,
    };
    const all = createRankRun(model, { iterations: 5, seed: 1, target: 0, all: true });
    all.step(5);
    expect(Array.from(all.histogram)).toEqual([0, 5, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 5]);
    for (const [target, rank] of [
      [0, 2],
      [1, 1],
      [2, 1],
      [3, 4],
    ] as const) {
      const one = createRankRun(model, { iterations: 5, seed: 1, target });
      one.step(5);
      expect(one.histogram.indexOf(5) + 1).toBe(rank);
    }
  });

  it("one province's ranks by counting equal its row of the all-ranks ordering, draw for draw", () => {
    const plan = planDistributions(dataset, { year: 2019, iterations: 4000, seed: 21 });
    const n = plan.model.totals.length;
    const all = createRankRun(plan.model, plan.options);
    all.step(4000);
    for (const target of [0, 17, n - 1]) {
      const one = createRankRun(plan.model, { iterations: 4000, seed: 21, target });
      one.step(4000);
      expect(one.histogram).toEqual(all.histogram.slice(target * n, target * n + n));
    }
  });

  it('a share must start on a block boundary', () => {
    const plan = planChance(dataset, { year: 2019, province: 'An Giang', goal: { rank: 20 }, iterations: 3000 });
    expect(() => createRankRun(plan.model, { ...plan.options, start: BLOCK_ITERATIONS / 2 })).toThrow(
      /multiple of 1000/,
    );
  });
});

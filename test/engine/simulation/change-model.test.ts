// The rank chance's model of how provinces move (change-pool.ts, the kernel's draw): no look-ahead, checked on a cut
// dataset; the pool and the simulated field against an independent implementation (bench/naive-rank-monte-carlo.ts).
import { describe, expect, it } from 'vitest';
import {
  changePool,
  createRankRun,
  shiftPosterior,
  planChance,
  planDistributions,
  rankChance,
  rankDistributions,
  type Dataset,
  type IndexYear,
} from '../../../engine/all';
import { createRankKernel } from '../../../engine/simulation/rank-kernel-instance';
import { blockState } from '../../../engine/simulation/rank-stream';
import { naivePool, naiveRankDistribution } from '../../../bench/naive-rank-monte-carlo';
import { dataset } from '../../helpers/published';

/** A copy of the dataset without the years after `last`. */
const cutAfter = (data: Dataset, last: number): Dataset => ({
  ...data,
  papi: new Map(
    [...data.papi.keys()].filter((y) => y <= last).map((y) => [y, data.papi.get(y)!] as [number, IndexYear]),
  ),
});

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: ArrayLike<number>) => {
  const m = mean(xs);
  return Array.from(xs).reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
};
const sd = (xs: ArrayLike<number>) => Math.sqrt(variance(xs));
/** least-squares slope of y on x */
const slope = (x: readonly number[], y: readonly number[]) => {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
  });
  return sxy / sxx;
};

describe('no look-ahead', () => {
  it('the 2019 field gives the same chance and distributions with every year after 2019 removed', () => {
    const cut = cutAfter(dataset, 2019);
    expect([...cut.papi.keys()].every((y) => y <= 2019)).toBe(true);
    const query = { year: 2019, province: 'An Giang', goal: { rank: 20 }, iterations: 3000, seed: 5 } as const;
    const full = rankChance(dataset, query);
    expect(rankChance(cut, query)).toEqual(full);
    expect(rankDistributions(cut, { year: 2019, iterations: 2000, seed: 9 })).toEqual(
      rankDistributions(dataset, { year: 2019, iterations: 2000, seed: 9 }),
    );
    // and the pool it states has no year after the field year
    expect(full.pool.years.every((y) => y <= 2019)).toBe(true);
    expect(full.pool.years).toContain(2019);
  });

  it('each field year pools only changes up to itself; a later field year pools more', () => {
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
      const pool = changePool(dataset, dataset.papi.get(year)!);
      expect(Math.max(...pool.years)).toBeLessThanOrEqual(year);
      expect(pool.residuals.length).toBe(pool.changes);
    }
    expect(changePool(dataset, dataset.papi.get(2023)!).changes).toBeGreaterThan(
      changePool(dataset, dataset.papi.get(2020)!).changes,
    );
    const plan = planChance(dataset, { year: 2021, province: 'An Giang', goal: { rank: 20 } });
    expect(plan.pool.years.at(-1)).toBe(2021);
  });
});

describe('the model against an independent implementation', () => {
  it('the pool (year shifts, reversion slope, residuals) equals the one rebuilt from the published years', () => {
    for (const year of [2018, 2019, 2021, 2024]) {
      const pool = changePool(dataset, dataset.papi.get(year)!);
      const naive = naivePool(dataset, year);
      expect(pool.years).toEqual(naive.years);
      expect(pool.reversion).toBeCloseTo(naive.reversion, 10);
      expect(pool.reversion).toBeLessThan(-0.2); // mean reversion is there (about -0.4)
      Array.from(pool.shifts).forEach((s, k) => expect(s).toBeCloseTo(naive.shifts[k]!, 10));
      expect(mean(pool.residuals)).toBeCloseTo(mean(naive.residuals), 10);
      expect(variance(pool.residuals)).toBeCloseTo(variance(naive.residuals), 10);
    }
  });

  it("the simulated field's moments: spread per draw, year-shift variance and reversion slope", () => {
    const year = 2022;
    const plan = planDistributions(dataset, { year, iterations: 1 });
    const kernel = createRankKernel(plan.model, false);
    blockState(11, 0, kernel.state);
    const start = Array.from(plan.model.totals);
    const centre = mean(start);
    const engine = { spread: [] as number[], shift: [] as number[], x: [] as number[], y: [] as number[] };
    const naive = { spread: [] as number[], shift: [] as number[], x: [] as number[], y: [] as number[] };
    const record = (into: typeof engine, values: readonly number[]) => {
      into.spread.push(sd(values));
      const changes = values.map((v, i) => v - start[i]!);
      into.shift.push(mean(changes));
      const m = mean(changes);
      start.forEach((s, i) => {
        into.x.push(s - centre);
        into.y.push(changes[i]! - m);
      });
    };
    const draws = 6000;
    for (let d = 0; d < draws; d++) {
      kernel.rankOne(1, 0, 0);
      record(engine, Array.from(kernel.values));
    }
    // the naive implementation's province order, mapped to the engine's
    const order = naiveRankDistribution(dataset, { year, iterations: 0, seed: 3 }).codes;
    const at = plan.codes.map((c) => order.indexOf(c));
    expect([...at].sort((a, b) => a - b)).toEqual(plan.codes.map((_, i) => i));
    naiveRankDistribution(dataset, {
      year,
      iterations: draws,
      seed: 3,
      onDraw: (totals) =>
        record(
          naive,
          at.map((i) => totals[i]!),
        ),
    });
    const pool = naivePool(dataset, year);
    // spread of the simulated field per draw: the same in both, and near the real field's (no noise added twice)
    expect(mean(engine.spread)).toBeCloseTo(mean(naive.spread), 1);
    expect(Math.abs(mean(engine.spread) - sd(start))).toBeLessThan(0.3 * sd(start));
    // year-wide shift: its variance is the pool shifts' (plus the residual mean's small share)
    const shiftVariance = variance(pool.shifts) + variance(pool.residuals) / start.length;
    expect(variance(engine.shift)).toBeGreaterThan(0.85 * shiftVariance);
    expect(variance(engine.shift)).toBeLessThan(1.15 * shiftVariance);
    expect(variance(naive.shift)).toBeGreaterThan(0.85 * shiftVariance);
    expect(variance(naive.shift)).toBeLessThan(1.15 * shiftVariance);
    // reversion: slope of a simulated change (less the draw's mean) on the distance from the field's mean
    expect(slope(engine.x, engine.y)).toBeCloseTo(pool.reversion, 1);
    expect(slope(naive.x, naive.y)).toBeCloseTo(pool.reversion, 1);
  });
});

describe("one year ahead, the province's own change weights the year-wide shift", () => {
  /**
   * The exact rank distribution of the asked province under the model, computed independently of the kernel: the
   * pool rebuilt by naivePool, the shift weights by Bayes' rule here, and for each shift the number of others above
   * the province as a sum of independent Bernoulli draws (each other's residual exceeding its gap), mixed over shifts.
   */
  const exactRanks = (totals: readonly number[], target: number, published: readonly number[], weighted: boolean) => {
    const pool = naivePool(dataset, 2023);
    const centre = mean(totals);
    const before = published[target]!;
    const distance = before - mean(published);
    const change = totals[target]! - before;
    const likelihood = pool.shifts.map((s) =>
      weighted ? Math.exp(-0.5 * ((change - s - pool.reversion * distance) / pool.spread) ** 2) : 1,
    );
    const total = likelihood.reduce((s, l) => s + l, 0);
    const residuals = [...pool.residuals].sort((a, b) => a - b);
    const above = (gap: number) => residuals.filter((r) => r > gap).length / residuals.length;
    const ranks = new Array<number>(totals.length).fill(0);
    pool.shifts.forEach((shift, k) => {
      let counts = [1];
      totals.forEach((t, i) => {
        if (i === target) return;
        const p = above(totals[target]! - (t + pool.reversion * (t - centre)) - shift);
        counts = [...counts, 0].map((c, j) => c * (1 - p) + (j > 0 ? counts[j - 1]! * p : 0));
      });
      counts.forEach((c, j) => (ranks[j]! += (c * likelihood[k]!) / total));
    });
    return ranks; // ranks[r - 1] = P(rank r)
  };

  it('P(rank <= 10, 20, 32) with the actual 2024 scores in the 2023 field equals the exact mixture', () => {
    const next = dataset.papi.get(2024)!;
    const components = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];
    let powered = 0;
    for (const code of next.provinces.filter((_, i) => i % 12 === 0)) {
      const j = next.provinces.indexOf(code);
      const changes = components.map((measure) => ({ province: code, measure, set: next.scores.get(measure)![j]! }));
      const iterations = 20_000;
      const plan = planChance(dataset, {
        year: 2023,
        province: code,
        goal: { rank: 10 },
        changes,
        iterations,
        seed: 4,
      });
      const published = planDistributions(dataset, { year: 2023, iterations: 1 }).model.totals;
      expect(plan.codes).toEqual(planDistributions(dataset, { year: 2023, iterations: 1 }).codes);
      const run = createRankRun(plan.model, plan.options);
      run.step(iterations);
      const exact = exactRanks(Array.from(plan.model.totals), plan.target, Array.from(published), true);
      const unweighted = exactRanks(Array.from(plan.model.totals), plan.target, Array.from(published), false);
      for (const k of [10, 20, 32]) {
        const engine = run.histogram.slice(0, k).reduce((s, c) => s + c, 0) / iterations;
        const p = exact.slice(0, k).reduce((s, c) => s + c, 0);
        const q = unweighted.slice(0, k).reduce((s, c) => s + c, 0);
        const bound = 4 * Math.sqrt(Math.max(0, p * (1 - p)) / iterations) + 1e-9;
        expect(Math.abs(engine - p)).toBeLessThanOrEqual(bound);
        if (Math.abs(p - q) > 3 * bound) powered++;
      }
    }
    // the weighting matters in some of these cases, so the comparison can tell weighted from unweighted draws
    expect(powered).toBeGreaterThan(0);
  });

  it("two years ahead: one draw of the two shifts' sum, weighted, as the straightforward rejection sampler draws it", () => {
    const query = { year: 2019, province: 'An Giang', goal: { rank: 20 }, years: 2 } as const;
    const plan = planChance(dataset, { ...query, iterations: 40_000, seed: 3 });
    const shifts = changePool(dataset, dataset.papi.get(2019)!).shifts;
    const m = shifts.length;
    expect(plan.model.shiftOnce).toBe(true);
    expect(plan.model.shifts!.length).toBe((m * (m + 1)) / 2); // every multiset of two pool shifts
    expect(plan.model.shiftWeights!.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    const engine = createRankRun(plan.model, plan.options);
    engine.step(40_000);
    const p1 = engine.hits / 40_000;
    const n2 = 8_000;
    const naive = naiveRankDistribution(dataset, {
      year: 2019,
      iterations: n2,
      seed: 21,
      target: '89',
      targetRank: 20,
      years: 2,
    });
    const p2 = naive.hits / n2;
    const pooled = (p1 * 40_000 + naive.hits) / (40_000 + n2);
    const bound = 4 * Math.sqrt(pooled * (1 - pooled) * (1 / 40_000 + 1 / n2));
    expect(Math.abs(p1 - p2)).toBeLessThan(bound);
    // unweighted (each sum at its share of equally likely draws) the answer differs: the comparison has power
    const prior = shiftPosterior({ shifts, reversion: 0, spread: 1e9 }, 0, 0, 2);
    const flat = createRankRun({ ...plan.model, shiftWeights: prior.weights }, plan.options);
    flat.step(40_000);
    expect(Math.abs(flat.hits / 40_000 - p2)).toBeGreaterThan(bound);
  });

  it('says so in the assumptions, one year ahead and more', () => {
    const one = rankChance(dataset, { year: 2023, province: 'An Giang', goal: { rank: 20 }, iterations: 500 });
    expect(one.assumptions.some((a) => a.en.startsWith('Your own change (0.00 points over one year)'))).toBe(true);
    expect(
      planChance(dataset, { year: 2023, province: 'An Giang', goal: { rank: 20 } }).model.shiftWeights,
    ).toBeDefined();
    const two = planChance(dataset, { year: 2023, province: 'An Giang', goal: { rank: 20 }, years: 2 });
    expect(two.assumptions.some((a) => a.vi.startsWith('Mức thay đổi của chính tỉnh (0,00 điểm trong 2 năm)'))).toBe(
      true,
    );
    expect(planDistributions(dataset, { year: 2023 }).model.shiftWeights).toBeUndefined();
    expect(
      planChance(dataset, { year: 2023, province: 'An Giang', goal: { rank: 20 }, othersMove: false }).model
        .shiftWeights,
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { createChanceRun, EngineError, rankChance, rankDistributions, surveyStandardError } from '../../../engine/all';
import { naiveRankDistribution } from '../../../bench/naive-rank-monte-carlo';
import { dataset } from '../../helpers/published';

const query = { year: 2019, province: 'An Giang', goal: { rank: 20 } } as const;

describe('rankChance (seeded Monte Carlo)', () => {
  it('gives identical results for the same seed, and echoes it; another seed differs', () => {
    const a = rankChance(dataset, { ...query, iterations: 5000, seed: 42 });
    const b = rankChance(dataset, { ...query, iterations: 5000, seed: 42 });
    expect(a).toEqual(b);
    expect(a.seed).toBe(42);
    expect(rankChance(dataset, { ...query, iterations: 5000, seed: 43 }).probability).not.toBe(a.probability);
  });

  it('gives the same counts however the run is split into steps (progress bar and cancel)', () => {
    const whole = rankChance(dataset, { ...query, iterations: 3000, seed: 9 });
    const run = createChanceRun(dataset, { ...query, iterations: 3000, seed: 9 });
    while (run.done < run.iterations) run.step(250);
    expect(run.result()).toEqual(whole);
    const partial = createChanceRun(dataset, { ...query, iterations: 3000, seed: 9 });
    partial.step(10);
    expect(() => partial.result()).toThrow(EngineError);
  });

  it('the nominal rank is the published rank (An Giang 2019: 21) and without noise or movement nothing changes', () => {
    const still = rankChance(dataset, { ...query, iterations: 200, standardError: 0, othersMove: false });
    expect(still.rank).toEqual({ nominal: 21, median: 21, p5: 21, p95: 21 });
    expect(still.probability).toBe(0);
    expect(
      rankChance(dataset, { ...query, goal: { rank: 21 }, iterations: 200, standardError: 0, othersMove: false })
        .probability,
    ).toBe(1);
  });

  it('agrees with the straightforward implementation within a binomial confidence bound', () => {
    const n1 = 20000;
    const n2 = 4000;
    const engine = rankChance(dataset, { ...query, iterations: n1, seed: 1 });
    const naive = naiveRankDistribution(dataset, {
      year: 2019,
      iterations: n2,
      seed: 777,
      target: '89',
      targetRank: 20,
    });
    const p2 = naive.hits / n2;
    const pooled = (engine.probability * n1 + naive.hits) / (n1 + n2);
    const bound = 4 * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    expect(Math.abs(engine.probability - p2)).toBeLessThan(bound);
    // the probability is not trivially 0 or 1 here, so the comparison has power
    expect(engine.probability).toBeGreaterThan(0.2);
    expect(engine.probability).toBeLessThan(0.8);
  });

  it('a scenario raises the chance; a user standard error or interval replaces the survey design', () => {
    const base = rankChance(dataset, { ...query, iterations: 4000 });
    const better = rankChance(dataset, {
      ...query,
      iterations: 4000,
      changes: [{ province: 'An Giang', measure: 'd8', add: 1 }],
    });
    expect(better.probability).toBeGreaterThan(base.probability);
    expect(better.rank.nominal).toBeLessThan(base.rank.nominal);
    const ci = rankChance(dataset, { ...query, iterations: 500, confidenceInterval: 0.98 });
    expect(ci.assumptions[0]!.en).toMatch(/0\.500 for every province/);
    expect(base.assumptions[0]!.en).toMatch(/Assumed \(not published\)/);
  });

  it('survey standard errors follow the sample sizes: larger samples, smaller errors', () => {
    expect(surveyStandardError('01', 8)).toBeLessThan(surveyStandardError('89', 8));
    expect(surveyStandardError('89', 8)).toBeLessThan(surveyStandardError('45', 8));
  });

  it('rank distributions of all provinces: P5 <= median <= P95 and the nominal order is the published one', () => {
    const all = rankDistributions(dataset, { year: 2018, iterations: 2000, seed: 3 });
    expect(all).toHaveLength(61);
    expect(all[0]).toMatchObject({ nameVi: 'Lạng Sơn', nominal: 1 });
    for (const r of all) {
      expect(r.p5).toBeLessThanOrEqual(r.median);
      expect(r.median).toBeLessThanOrEqual(r.p95);
    }
  });

  it('rank distributions agree with the straightforward implementation for every province (all of them move)', () => {
    const engine = rankDistributions(dataset, { year: 2019, iterations: 4000, seed: 11 });
    const naive = naiveRankDistribution(dataset, { year: 2019, iterations: 4000, seed: 12 });
    for (const row of engine) {
      const histogram = naive.histograms[naive.codes.indexOf(row.code)]!;
      const percentile = (p: number) => {
        let cumulative = 0;
        for (let r = 0; r < histogram.length; r++)
          if ((cumulative += histogram[r]!) >= Math.ceil(p * 4000)) return r + 1;
        return histogram.length;
      };
      expect([
        row.code,
        Math.abs(row.median - percentile(0.5)) <= 2,
        Math.abs(row.p5 - percentile(0.05)) <= 3,
        Math.abs(row.p95 - percentile(0.95)) <= 3,
      ]).toEqual([row.code, true, true, true]);
    }
  });

  it('rejects bad iteration counts and goals', () => {
    expect(() => rankChance(dataset, { ...query, iterations: 0 })).toThrow(/1 đến 10\.000\.000/);
    expect(() => rankChance(dataset, { ...query, goal: { rank: 0 } })).toThrow(EngineError);
  });
});

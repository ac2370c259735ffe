import { afterAll, describe, expect, it } from 'vitest';
import {
  chanceFromCounts,
  createRankRun,
  distributionsFromCounts,
  planChance,
  planDistributions,
  rankChance,
  rankDistributions,
} from '../../engine';
import { createRankPool, type RankPool } from '../../cli/parallel/rank-pool';
import { dataset } from '../helpers/published';

// Worker threads start in a few hundred ms each (more under load): one pool per size for the whole file.
const pools = new Map<number, RankPool>();
const pool = (size: number) => pools.get(size) ?? pools.set(size, createRankPool(size)).get(size)!;
afterAll(async () => Promise.all([...pools.values()].map((p) => p.close())));

describe('rank pool (worker threads): the result does not depend on the number of workers', () => {
  it('1, 2 and 3 workers give the histograms of the single-threaded run, for every province', async () => {
    const plan = planDistributions(dataset, { year: 2019, iterations: 12_345, seed: 31 });
    const single = createRankRun(plan.model, plan.options);
    single.step(plan.options.iterations);
    for (const size of [1, 2, 3]) {
      const counts = await pool(size).run(plan.model, plan.options, { chunk: 700 });
      expect([size, counts.stopped, counts.iterations]).toEqual([size, false, 12_345]);
      expect(counts.histogram).toEqual(single.histogram);
    }
    const viaPool = await pool(2).run(plan.model, plan.options);
    expect(distributionsFromCounts(dataset, plan, viaPool)).toEqual(
      rankDistributions(dataset, { year: 2019, iterations: 12_345, seed: 31 }),
    );
  }, 60_000);

  it('a chance in parallel is rankChance exactly, and progress reaches the total', async () => {
    const query = {
      year: 2019,
      province: 'An Giang',
      goal: { group: 'high-average' },
      iterations: 9000,
      seed: 4,
    } as const;
    const plan = planChance(dataset, query);
    const progress: number[] = [];
    const counts = await pool(3).run(plan.model, plan.options, { onProgress: (done) => progress.push(done) });
    expect(chanceFromCounts(plan, counts)).toEqual(rankChance(dataset, query));
    expect(progress.at(-1)).toBe(9000);
    expect(progress.every((d, i) => i === 0 || d >= progress[i - 1]!)).toBe(true);
  }, 60_000);

  it('stop() ends a run early with the counts of the iterations completed, marked partial', async () => {
    const plan = planChance(dataset, {
      year: 2019,
      province: 'An Giang',
      goal: { rank: 20 },
      iterations: 5_000_000,
      seed: 4,
    });
    const p = pool(2);
    const running = p.run(plan.model, plan.options, { chunk: 500, onProgress: (done) => done >= 20_000 && p.stop() });
    const counts = await running;
    expect(counts.stopped).toBe(true);
    expect(counts.iterations).toBeGreaterThanOrEqual(20_000);
    expect(counts.iterations).toBeLessThan(5_000_000);
    expect(counts.histogram.reduce((s, c) => s + c, 0)).toBe(counts.iterations);
    const result = chanceFromCounts(plan, counts);
    expect(result).toMatchObject({ partial: true, iterations: counts.iterations });
    // the pool is usable again after a stop
    const again = await p.run(plan.model, { ...plan.options, iterations: 3000 });
    expect([again.stopped, again.iterations]).toEqual([false, 3000]);
  }, 60_000);
});

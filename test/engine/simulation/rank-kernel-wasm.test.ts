import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRankRun, isEngineError, planChance, planDistributions } from '../../../engine/all';
import { shiftStarts } from '../../../engine/simulation/rank-kernel-instance';
import { compileKernel, kernelModuleSource, MODULE_PATH } from '../../../scripts/build-wasm';
import { dataset } from '../../helpers/published';

describe('the WebAssembly rank kernel', () => {
  it('is the compiled rank-kernel.wat (run `npm run build:wasm` after editing the .wat)', async () => {
    expect(readFileSync(MODULE_PATH, 'utf8')).toBe(kernelModuleSource(await compileKernel()));
  });

  it('gives the counts of its stream draw for draw (golden values of the year-shift model, issue 20)', () => {
    // Golden values of this kernel since the model of issue 20 (year shift + reversion + residual, noise counted once;
    // before it, the values of the TypeScript kernel of 813e390): a change here means the random stream, the model or
    // the ranking changed, which every published example and saved result would notice.
    const all = planDistributions(dataset, { year: 2019, iterations: 20_000, seed: 1 });
    const run = createRankRun(all.model, all.options);
    run.step(20_000);
    const sha = createHash('sha1').update(new Uint8Array(run.histogram.buffer)).digest('hex');
    expect(sha).toBe('4e1572df8ee85cb475eff22fc994a74bafb3af98');
    const hits = (goal: { rank: number } | { group: 'high-average' }) => {
      const plan = planChance(dataset, { year: 2019, province: 'An Giang', goal, iterations: 20_000, seed: 7 });
      const chance = createRankRun(plan.model, plan.options);
      chance.step(20_000);
      return chance.hits;
    };
    // since the shifts are centred and weighted by the province's own change (issue 20); the distributions above,
    // where everyone moves, kept their counts: a shift common to all moves no rank, and equal shares of the draws
    // pick the same shift as before
    expect(hits({ rank: 20 })).toBe(7771);
    expect(hits({ group: 'high-average' })).toBe(17984);
  });

  it('draws equally likely shifts exactly as floor(u32 × years / 2^32), and weighted ones in proportion', () => {
    // the kernel picks shift k for a 32-bit draw r when starts[k] <= r < starts[k + 1]
    const pick = (starts: BigUint64Array, r: bigint) => starts.filter((s, k) => k > 0 && r >= s).length;
    for (let years = 1; years <= 23; years++) {
      const starts = shiftStarts(years);
      const edges = [0n, 2n ** 32n - 1n, ...Array.from(starts).flatMap((s) => [s, s - 1n, s + 1n])];
      for (const r of edges.filter((r) => r >= 0n && r < 2n ** 32n))
        expect(pick(starts, r)).toBe(Number((r * BigInt(years)) / 2n ** 32n));
    }
    expect(Array.from(shiftStarts(4, Float64Array.of(0.5, 0, 0.25, 0.25)))).toEqual([
      0n,
      2n ** 31n,
      2n ** 31n,
      3n * 2n ** 30n,
    ]);
    // two provinces: the asked one stays at 0, the other moves by a shift of -1 (weight 0.8) or +1 (0.2)
    const model = {
      totals: Float64Array.of(0, 0),
      noise: new Float64Array(2),
      moves: Uint8Array.of(0, 1),
      changes: Float64Array.of(0),
      steps: 1,
      shifts: Float64Array.of(-1, 1),
      shiftWeights: Float64Array.of(0.8, 0.2),
    };
    const iterations = 100_000;
    const run = createRankRun(model, { iterations, seed: 5, target: 0, goal: { rank: 1 } });
    run.step(iterations);
    const share = run.hits / iterations;
    expect(Math.abs(share - 0.8)).toBeLessThan(4 * Math.sqrt((0.8 * 0.2) / iterations));
  });

  it('hands out a copy of its counts (a worker can transfer it; the run keeps counting)', () => {
    const plan = planDistributions(dataset, { year: 2019, iterations: 2_000, seed: 3 });
    const run = createRankRun(plan.model, plan.options);
    run.step(1_000);
    const first = run.histogram;
    run.step(1_000);
    expect(first.reduce((s, c) => s + c, 0)).toBe(1_000 * 63);
    expect(run.histogram.reduce((s, c) => s + c, 0)).toBe(2_000 * 63);
    structuredClone(first, { transfer: [first.buffer] }); // detaches the copy only
    expect(run.histogram.length).toBe(63 * 63);
  });

  it('says in both languages when the runtime has no WebAssembly', () => {
    const plan = planDistributions(dataset, { year: 2019, iterations: 10, seed: 1 });
    const saved = globalThis.WebAssembly;
    Reflect.deleteProperty(globalThis, 'WebAssembly');
    try {
      createRankRun(plan.model, plan.options);
      expect.unreachable('createRankRun ran without WebAssembly');
    } catch (error) {
      expect(isEngineError(error) && error.code).toBe('UNSUPPORTED');
      expect(isEngineError(error) && error.vi).toMatch(/không có WebAssembly/);
      expect(isEngineError(error) && error.en).toMatch(/no WebAssembly/);
    } finally {
      globalThis.WebAssembly = saved;
    }
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRankRun, isEngineError, planChance, planDistributions } from '../../../engine/all';
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
    expect(hits({ rank: 20 })).toBe(8739);
    expect(hits({ group: 'high-average' })).toBe(18065);
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

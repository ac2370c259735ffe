import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addRankCounts, createRankRun, rankRunShares, type RankCounts, type RankModel } from '../../../engine/all';
import { mulberry32 } from '../../../scripts/mulberry32';

// Counts of the rank kernel pinned on synthetic models, computed with the kernel of 7885afa (bucket pass plus
// insertion sort) before it was made faster (issue 20): the stream and the counts must not drift when the kernel's
// loops change. Each model stresses one path: ties within SCORE_EPSILON and exact ties (a discrete pool), provinces
// that do not move (normal noise, ziggurat wedge and tail included), several simulated years with shifts and
// reversion, a field where every value is equal, a single province and a wide field of 400 units.

interface Shape {
  readonly n: number;
  readonly pool: number;
  readonly steps: number;
  readonly years: number;
  /** share of provinces that move (the others get normal noise) */
  readonly moving: number;
  /** pool values rounded to this step (0: not rounded): many exact ties */
  readonly grain: number;
  readonly reversion: number;
  readonly seed: number;
  /** totals rounded to this step (0: not rounded) */
  readonly totalsGrain?: number;
}

function model(shape: Shape): RankModel {
  const next = mulberry32(shape.seed); // a fixed sequence for building the models, not the kernel's generator
  const round = (x: number, grain: number) => (grain > 0 ? Math.round(x / grain) * grain : x);
  const totals = Float64Array.from({ length: shape.n }, () => round(30 + 15 * next(), shape.totalsGrain ?? 0));
  const moves = Uint8Array.from({ length: shape.n }, () => (next() < shape.moving ? 1 : 0));
  const noise = Float64Array.from(moves, (m) => (m ? 0 : 0.2 + next()));
  const changes = Float64Array.from({ length: shape.pool }, () => round(4 * (next() - 0.5), shape.grain));
  const shifts = Float64Array.from({ length: shape.years }, () => round(2 * (next() - 0.5), shape.grain));
  const centre = totals.reduce((s, x) => s + x, 0) / shape.n;
  return { totals, noise, moves, changes, steps: shape.steps, shifts, reversion: shape.reversion, centre };
}

const sha = (histogram: Int32Array) => createHash('sha1').update(new Uint8Array(histogram.buffer)).digest('hex');

const SHAPES: Record<string, Shape> = {
  'a 63-province field like PAPI 2019': {
    n: 63,
    pool: 435,
    steps: 1,
    years: 7,
    moving: 1,
    grain: 0,
    reversion: -0.4,
    seed: 1,
  },
  'a 34-unit field, two simulated years': {
    n: 34,
    pool: 200,
    steps: 2,
    years: 5,
    moving: 1,
    grain: 0,
    reversion: -0.3,
    seed: 2,
  },
  'ties: a discrete pool and rounded totals': {
    n: 63,
    pool: 9,
    steps: 1,
    years: 3,
    moving: 1,
    grain: 0.5,
    reversion: 0,
    seed: 3,
    totalsGrain: 0.5,
  },
  'ties within epsilon: reversion on rounded values': {
    n: 50,
    pool: 5,
    steps: 1,
    years: 2,
    moving: 1,
    grain: 0.25,
    reversion: -0.1,
    seed: 4,
    totalsGrain: 0.25,
  },
  'half the provinces fixed with normal noise': {
    n: 63,
    pool: 300,
    steps: 1,
    years: 0,
    moving: 0.5,
    grain: 0,
    reversion: 0,
    seed: 5,
  },
  'no province moves (noise only)': { n: 40, pool: 0, steps: 1, years: 0, moving: 0, grain: 0, reversion: 0, seed: 6 },
  'a wide field of 400 units': {
    n: 400,
    pool: 1000,
    steps: 1,
    years: 9,
    moving: 0.9,
    grain: 0,
    reversion: -0.2,
    seed: 7,
  },
};

// sha1 of the rank histogram after 3,000 iterations (seed 11); hits of the goals of the province with the median total, rank <= n / 2
// (rounded up) and the high-average group or better (3,000 iterations, seed 12)
const PINNED: Record<string, { all: string; rank: number; group: number }> = {
  'a 63-province field like PAPI 2019': { all: '05d4bcbb854661327cdb4a0e7214f5712e6ae611', rank: 1499, group: 1384 },
  'a 34-unit field, two simulated years': { all: 'e9c742c66efe20c8ccc09444c1a33c8c96023bcb', rank: 1542, group: 1542 },
  'ties: a discrete pool and rounded totals': {
    all: '466cccd8c5442de34b85e51414eba29c8a47258d',
    rank: 1614,
    group: 967,
  },
  'ties within epsilon: reversion on rounded values': {
    all: '8f98835671d6450c9393eb29955f229c8b063597',
    rank: 1901,
    group: 1681,
  },
  'half the provinces fixed with normal noise': {
    all: 'd7d51fdef36f10f77f4c4da18b1d37f83fd963e2',
    rank: 1316,
    group: 912,
  },
  'no province moves (noise only)': { all: 'ca366ababba416a90e59b20f58728fe63926d99e', rank: 1660, group: 1660 },
  'a wide field of 400 units': { all: 'f1015e984a0171ef7dc9411a021a3113bd7c5472', rank: 1535, group: 1535 },
};

describe('the rank kernel on synthetic models (counts pinned before the kernel was made faster, issue 20)', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(name, () => {
      const m = model(shape);
      const all = createRankRun(m, { iterations: 3_000, seed: 11, target: 0, all: true });
      all.step(3_000);
      // the province with the median total: its goals are met in some draws and not in others
      const middle = Array.from(m.totals.keys()).sort((a, b) => m.totals[a]! - m.totals[b]!)[shape.n >> 1]!;
      const hits = (goal: { rank: number } | { group: 'high-average' }) => {
        const one = createRankRun(m, { iterations: 3_000, seed: 12, target: middle, goal });
        one.step(3_000);
        return one.hits;
      };
      const result = {
        all: sha(all.histogram),
        rank: hits({ rank: Math.ceil(shape.n / 2) }),
        group: hits({ group: 'high-average' }),
      };
      expect(result).toEqual(PINNED[name]);
      // every draw without a tie uses each rank once; a tie (within SCORE_EPSILON) gives two provinces the same rank
      const n = shape.n;
      const histogram = all.histogram; // a copy per read
      const tied = Array.from({ length: n }, (_, r) => {
        let uses = 0;
        for (let p = 0; p < n; p++) uses += histogram[p * n + r]!;
        return uses;
      }).some((uses) => uses !== 3_000);
      expect(tied).toBe(name.startsWith('ties'));
    });
  }

  it('a field where every value is equal: every province rank 1', () => {
    const n = 20;
    const m: RankModel = {
      totals: new Float64Array(n).fill(40),
      noise: new Float64Array(n),
      moves: new Uint8Array(n).fill(1),
      changes: Float64Array.of(0.5),
      steps: 1,
    };
    const run = createRankRun(m, { iterations: 1_500, seed: 1, target: 0, all: true });
    run.step(1_500);
    for (let p = 0; p < n; p++) expect(run.histogram[p * n]).toBe(1_500);
  });

  it('a single province', () => {
    const m: RankModel = {
      totals: Float64Array.of(40),
      noise: Float64Array.of(1),
      moves: new Uint8Array(1),
      changes: new Float64Array(0),
      steps: 1,
    };
    const run = createRankRun(m, { iterations: 1_000, seed: 1, target: 0, all: true });
    run.step(1_000);
    expect(Array.from(run.histogram)).toEqual([1_000]);
  });

  it('the same counts however the run is chunked or shared (the 63-province field)', () => {
    const m = model(SHAPES['a 63-province field like PAPI 2019']!);
    const whole = createRankRun(m, { iterations: 3_000, seed: 11, target: 0, all: true });
    for (const chunk of [7, 993, 1000, 1000]) whole.step(chunk);
    whole.step(3_000);
    let total: RankCounts = { histogram: new Int32Array(63 * 63), hits: 0, iterations: 0 };
    for (const [start, end] of rankRunShares(3_000, 3)) {
      const share = createRankRun(m, { iterations: end, start, seed: 11, target: 0, all: true });
      share.step(end - start);
      total = addRankCounts(total, { histogram: share.histogram, hits: share.hits, iterations: end - start });
    }
    expect(sha(whole.histogram)).toBe(PINNED['a 63-province field like PAPI 2019']!.all);
    expect(sha(total.histogram)).toBe(PINNED['a 63-province field like PAPI 2019']!.all);
  });
});

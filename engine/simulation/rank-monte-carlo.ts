import { EngineError } from '../errors';
import {
  quantileLinear,
  quartileGroup,
  PAPI_GROUPS,
  type BoundaryConvention,
  type PapiGroup,
} from '../scoring/quartile-groups';
import { normalSlowPath, ZIGGURAT_K, ZIGGURAT_W } from './normal-ziggurat';
import { BLOCK_ITERATIONS, blockState } from './rank-stream';
import { SCORE_EPSILON } from '../scoring/score-order';
import { message } from '../i18n/messages';

/**
 * What one Monte Carlo draw perturbs. Each ranked province's total = its (scenario) total, plus `steps` draws from the
 * pool of year-on-year total changes when it moves, plus normal sampling noise with its standard error. Ranking and
 * groups use only totals, and a sum of independent normal dimension errors is normal with the summed variance, so the
 * draw is made on the total: the same distribution as drawing each dimension, at an eighth of the cost.
 */
export interface RankModel {
  readonly totals: Float64Array;
  readonly noise: Float64Array;
  readonly moves: Uint8Array;
  readonly changes: Float64Array;
  readonly steps: number;
}

export interface RankRun {
  /** the iteration this run stops before (iterations [start, iterations) are its share) */
  readonly iterations: number;
  /** the first iteration of this run's share (0 unless a worker runs a part) */
  readonly start: number;
  /** the next iteration to run: start <= done <= iterations */
  readonly done: number;
  /** runs up to n more iterations; returns `done` afterwards */
  step(n: number): number;
  /** rank counts: histogram[p * N + r - 1] = how often province p had rank r (p = tracked position) */
  readonly histogram: Int32Array;
  /** how often the goal was met (tracked province `target` only) */
  readonly hits: number;
}

export interface RankRunOptions {
  /** with `start`, the iteration to stop before; alone, the number of iterations */
  readonly iterations: number;
  readonly seed: number;
  /** first iteration of this share, a multiple of BLOCK_ITERATIONS (a worker's part of a longer run; default 0) */
  readonly start?: number;
  /** position of the province whose goal is counted; with `all`, every province's ranks are counted */
  readonly target: number;
  readonly all?: boolean;
  readonly goal?: { readonly rank: number } | { readonly group: PapiGroup } | null;
  readonly boundary?: BoundaryConvention;
}

/** Rank counts of a share of a run, as plain data a worker can post (typed array + numbers). */
export interface RankCounts {
  readonly histogram: Int32Array;
  readonly hits: number;
  /** iterations counted */
  readonly iterations: number;
}

const TWO_POW_32 = 4294967296;

/**
 * A seeded, resumable rank simulation: typed arrays, the xoshiro128** generator inlined in 32-bit integer arithmetic,
 * ziggurat normals, one province's rank by counting, all ranks by a bucket pass plus an insertion sort. The random
 * stream is defined per block of iterations (rank-stream.ts), so the same model, seed and iterations give the same
 * counts however the run is split into steps or shared between workers (runs over disjoint block ranges, added with
 * addRankCounts). Ties in a draw (within SCORE_EPSILON) share the best rank.
 *
 * @example createRankRun({ totals: Float64Array.of(3, 2, 1), noise: new Float64Array(3), moves: new Uint8Array(3), changes: new Float64Array(0), steps: 1 }, { iterations: 10, seed: 1, target: 1 }).step(10) // => 10
 */
export function createRankRun(model: RankModel, options: RankRunOptions): RankRun {
  const n = model.totals.length;
  const { totals, noise, changes } = model;
  const steps = model.steps;
  const poolSize = changes.length;
  const poolScale = poolSize / TWO_POW_32;
  // A province without a pool to draw from cannot move.
  const moves = poolSize > 0 ? model.moves : new Uint8Array(n);
  const seed = options.seed;
  const start = options.start ?? 0;
  if (!(Number.isInteger(start) && start >= 0 && start % BLOCK_ITERATIONS === 0 && start <= options.iterations)) {
    throw new EngineError({
      code: 'OUT_OF_RANGE',
      input: String(start),
      ...message('startIterationInvalid', { start, block: BLOCK_ITERATIONS }),
    });
  }
  const all = options.all === true;
  const goal = options.goal ?? null;
  const wantedGroup = goal && 'group' in goal ? PAPI_GROUPS.indexOf(goal.group) : -1;
  const wantedRank = goal && 'rank' in goal ? goal.rank : 0;
  if (all && (wantedRank > 0 || wantedGroup >= 0))
    throw new Error('createRankRun: a goal is counted for one province, not with `all`');
  const kernel: Kernel = {
    totals,
    noise,
    moves,
    changes,
    steps,
    poolScale,
    seed,
    start,
    all,
    target: options.target,
    wantedRank,
    wantedGroup,
    boundary: options.boundary ?? 'lower',
    values: new Float64Array(n),
    ascending: new Float64Array(n),
    order: new Int32Array(n),
    bucketStart: new Int32Array(n + 1),
    histogram: new Int32Array((all ? n : 1) * n),
    state: blockState(seed, start / BLOCK_ITERATIONS),
  };
  const run = {
    iterations: options.iterations,
    start,
    done: start,
    hits: 0,
    histogram: kernel.histogram,
    step(count: number): number {
      const end = Math.min(run.iterations, run.done + Math.max(0, count));
      if (end > run.done) run.hits += simulate(kernel, run.done, end);
      run.done = Math.max(run.done, end);
      return run.done;
    },
  };
  return run;
}

/** What the inner loop reads and writes, gathered once per run (the loop copies each into a local). */
interface Kernel {
  readonly totals: Float64Array;
  readonly noise: Float64Array;
  readonly moves: Uint8Array;
  readonly changes: Float64Array;
  readonly steps: number;
  readonly poolScale: number;
  readonly seed: number;
  readonly start: number;
  readonly all: boolean;
  readonly target: number;
  readonly wantedRank: number;
  readonly wantedGroup: number;
  readonly boundary: BoundaryConvention;
  readonly values: Float64Array;
  readonly ascending: Float64Array;
  readonly order: Int32Array;
  readonly bucketStart: Int32Array;
  readonly histogram: Int32Array;
  /** the generator state between calls */
  readonly state: Int32Array;
}

// Globals copied to module constants: in a sandboxed global (an Excel runtime, node:vm) each lookup of `Math` or
// `Infinity` in the loop would go through the global object's interceptor on every draw, many times slower.
const imul = Math.imul;
const INFINITY = Number.POSITIVE_INFINITY;
const BLOCK = BLOCK_ITERATIONS;
const EPSILON = SCORE_EPSILON;
const K = ZIGGURAT_K;
const W = ZIGGURAT_W;
const slowNormal = normalSlowPath;
const reseed = blockState;

/** Runs iterations [from, end) of a run, adding to its histogram; returns the goal hits among them. */
function simulate(kernel: Kernel, from: number, end: number): number {
  const {
    totals,
    noise,
    moves,
    changes,
    steps,
    poolScale,
    seed,
    start,
    all,
    target,
    wantedRank,
    wantedGroup,
    values,
    order,
    bucketStart,
    histogram,
    state,
  } = kernel;
  const n = totals.length;
  let hits = 0;
  // draws whose ziggurat fast path rejected, finished in province order after the iteration's other draws
  const pendingProvince = new Int32Array(n);
  const pendingPosition = new Int32Array(n);
  const pendingLayer = new Int32Array(n);
  let pending = 0;
  const last = end - 1;
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  for (let iteration = from; iteration < end; iteration++) {
    if (iteration % BLOCK === 0 && iteration !== start) {
      reseed(seed, iteration / BLOCK, state);
      s0 = state[0]!;
      s1 = state[1]!;
      s2 = state[2]!;
      s3 = state[3]!;
    }
    for (let j = 0; j < n; j++) {
      let x = totals[j]!;
      if (moves[j] === 1) {
        for (let s = 0; s < steps; s++) {
          // xoshiro128** (see nextInt32 in rank-stream.ts), inlined
          const m = imul(s1, 5);
          const r = imul((m << 7) | (m >>> 25), 9);
          const t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          x += changes[((r >>> 0) * poolScale) | 0]!;
        }
      }
      const m = imul(s1, 5);
      const r = imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      // ziggurat fast path (normal-ziggurat.ts); a rejected draw is finished after the loop (no call in the hot loop)
      const layer = r & 127;
      const position = r >> 7;
      if ((position < 0 ? -position : position) < K[layer]!) values[j] = x + noise[j]! * (position * W[layer]!);
      else {
        values[j] = x;
        pendingProvince[pending] = j;
        pendingPosition[pending] = position;
        pendingLayer[pending] = layer;
        pending++;
      }
    }
    // The generator state goes back to `state` here on the last iteration too (pending or not), not after the loop:
    // code after the loop would run once per call with no type feedback, and the optimised kernel would deoptimise
    // there at the end of every call and start the next one unoptimised (seen with --trace-deopt; such runs took
    // ~310 ms instead of ~240 ms CPU for 100,000 iterations of 63 provinces on a loaded machine).
    if (pending > 0 || iteration === last) {
      state[0] = s0;
      state[1] = s1;
      state[2] = s2;
      state[3] = s3;
      for (let q = 0; q < pending; q++) {
        const j = pendingProvince[q]!;
        values[j]! += noise[j]! * slowNormal(state, pendingPosition[q]!, pendingLayer[q]!);
      }
      s0 = state[0]!;
      s1 = state[1]!;
      s2 = state[2]!;
      s3 = state[3]!;
      pending = 0;
    }
    if (all) {
      orderDescending(values, order, bucketStart);
      // the one ranking rule (scoring/score-order.ts): rank - 1 = how many values are higher beyond SCORE_EPSILON.
      // Walking down the order: clear of the previous value, that is every value before; within it (a tie), the
      // previous value's count, moved forward past any value still above the bar.
      let above = 0;
      let previous = INFINITY;
      for (let k = 0; k < n; k++) {
        const p = order[k]!;
        const value = values[p]!;
        const bar = value + EPSILON;
        if (previous > bar) above = k;
        else while (values[order[above]!]! > bar) above++;
        histogram[p * n + above]! += 1;
        previous = value;
      }
      continue;
    }
    const own = values[target]!;
    let rank = 1;
    for (let j = 0; j < n; j++) if (values[j]! > own + EPSILON) rank++; // the one ranking rule
    histogram[rank - 1]! += 1;
    if (wantedGroup >= 0) {
      if (groupReached(kernel, own)) hits++;
    } else if (wantedRank > 0 && rank <= wantedRank) hits++;
  }
  return hits;
}

/** Whether `own` is in the wanted group or better among this draw's values (quartile cut-offs as published). */
function groupReached(kernel: Kernel, own: number): boolean {
  const { values, order, bucketStart, ascending } = kernel;
  const n = values.length;
  orderDescending(values, order, bucketStart);
  for (let k = 0; k < n; k++) ascending[n - 1 - k] = values[order[k]!]!;
  const cutoffs = {
    p25: quantileLinear(ascending, 0.25),
    p50: quantileLinear(ascending, 0.5),
    p75: quantileLinear(ascending, 0.75),
  };
  return PAPI_GROUPS.indexOf(quartileGroup(own, cutoffs, kernel.boundary)) <= kernel.wantedGroup;
}

/**
 * Orders province positions by value, highest first, without a general sort: a counting pass puts each value in one
 * of n equal-width buckets between the draw's lowest and highest value (about one value per bucket), then an
 * insertion sort fixes the few values that share a bucket. Linear on average for values spread like these totals.
 */
function orderDescending(values: Float64Array, order: Int32Array, bucketStart: Int32Array): void {
  const n = values.length;
  let low = INFINITY;
  let high = -INFINITY;
  for (let j = 0; j < n; j++) {
    const v = values[j]!;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const scale = high > low ? (n - 1) / (high - low) : 0;
  bucketStart.fill(0);
  // bucket 0 holds the highest values
  for (let j = 0; j < n; j++) bucketStart[((high - values[j]!) * scale) | 0]! += 1;
  let sum = 0;
  for (let b = 0; b <= n; b++) {
    const count = bucketStart[b]!;
    bucketStart[b] = sum;
    sum += count;
  }
  for (let j = 0; j < n; j++) order[bucketStart[((high - values[j]!) * scale) | 0]!++] = j;
  for (let k = 1; k < n; k++) {
    const p = order[k]!;
    const value = values[p]!;
    let i = k - 1;
    while (i >= 0 && values[order[i]!]! < value) {
      order[i + 1] = order[i]!;
      i--;
    }
    order[i + 1] = p;
  }
}

/**
 * Adds one share's counts into another's (a worker's result into the total). Integer sums: the total does not depend
 * on the order in which shares arrive.
 *
 * @example addRankCounts({ histogram: Int32Array.of(1, 0), hits: 1, iterations: 1 }, { histogram: Int32Array.of(0, 2), hits: 0, iterations: 2 }).iterations // => 3
 */
export function addRankCounts(total: RankCounts, share: RankCounts): RankCounts {
  if (total.histogram.length !== share.histogram.length)
    throw new Error('addRankCounts: histograms of different models');
  const histogram = Int32Array.from(total.histogram);
  for (let i = 0; i < histogram.length; i++) histogram[i]! += share.histogram[i]!;
  return { histogram, hits: total.hits + share.hits, iterations: total.iterations + share.iterations };
}

/**
 * Whole-block shares of `iterations` for `parts` workers, in order, as [start, end) pairs: what each worker runs with
 * createRankRun({ ...options, start, iterations: end }). Empty shares are left out.
 *
 * @example rankRunShares(2500, 2) // => [[0, 1000], [1000, 2500]]
 */
export function rankRunShares(iterations: number, parts: number): [number, number][] {
  const blocks = Math.ceil(iterations / BLOCK_ITERATIONS);
  const count = Math.max(1, Math.min(blocks, Math.floor(parts)));
  const shares: [number, number][] = [];
  for (let k = 0; k < count; k++) {
    const from = Math.floor((blocks * k) / count) * BLOCK_ITERATIONS;
    const to = Math.min(iterations, Math.floor((blocks * (k + 1)) / count) * BLOCK_ITERATIONS);
    if (to > from) shares.push([from, to]);
  }
  return shares;
}

/** Nominal-rank-free summary of a rank histogram: median, P5, P95 by the nearest-rank method. */
export function rankPercentiles(
  counts: ArrayLike<number>,
  offset = 0,
  length = counts.length,
): { median: number; p5: number; p95: number } {
  let total = 0;
  for (let r = 0; r < length; r++) total += counts[offset + r]!;
  const at = (p: number) => {
    const needed = Math.max(1, Math.ceil(p * total));
    let cumulative = 0;
    for (let r = 0; r < length; r++) {
      cumulative += counts[offset + r]!;
      if (cumulative >= needed) return r + 1;
    }
    return length;
  };
  return { median: at(0.5), p5: at(0.05), p95: at(0.95) };
}

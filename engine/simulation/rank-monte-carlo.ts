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
    sorted: new Float64Array(n),
    ascending: new Float64Array(n),
    order: new Int32Array(n),
    bucketOf: new Int32Array(n),
    bucketStart: new Int32Array(n + 1),
    pendingProvince: new Int32Array(n),
    pendingPosition: new Int32Array(n),
    pendingLayer: new Int32Array(n),
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

/** What the loops read and write, gathered once per run (each function copies what it uses into locals). */
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
  /** this draw's totals by province position */
  readonly values: Float64Array;
  /** this draw's totals, highest first, and the province position of each */
  readonly sorted: Float64Array;
  readonly order: Int32Array;
  /** the same lowest first (group goals) */
  readonly ascending: Float64Array;
  /** scratch of sortDescending (bucket of each position; bucket starts, all zero between calls) */
  readonly bucketOf: Int32Array;
  readonly bucketStart: Int32Array;
  /** draws whose ziggurat fast path rejected, finished after the draw's other outputs (see rank-stream.ts) */
  readonly pendingProvince: Int32Array;
  readonly pendingPosition: Int32Array;
  readonly pendingLayer: Int32Array;
  readonly histogram: Int32Array;
  /** the generator state between draws */
  readonly state: Int32Array;
}

// Globals copied to module constants: in a sandboxed global (an Excel runtime, node:vm) each lookup of `Math` in the
// loop would go through the global object's interceptor on every draw, many times slower.
const imul = Math.imul;
const BLOCK = BLOCK_ITERATIONS;
const EPSILON = SCORE_EPSILON;
const K = ZIGGURAT_K;
const W = ZIGGURAT_W;
const slowNormal = normalSlowPath;
const reseed = blockState;

/**
 * Runs iterations [from, end) of a run, adding to its histogram; returns the goal hits among them. One call of
 * rankAll or rankOne per stream block: each is a small function that V8 optimises once as a whole (not only its loop,
 * mid-call) and that never sees the other mode's types, so a run does not deoptimise when the next one counts
 * differently. (Found with --trace-opt/--trace-deopt and --trace-gc: one function for both modes deoptimised at each
 * switch, and a loop variable started at a module constant (Infinity) boxed every total of every draw, ~1 KB of
 * garbage per iteration.)
 */
function simulate(kernel: Kernel, from: number, end: number): number {
  let hits = 0;
  let iteration = from;
  while (iteration < end) {
    if (iteration % BLOCK === 0 && iteration !== kernel.start) reseed(kernel.seed, iteration / BLOCK, kernel.state);
    const stop = Math.min(end, iteration - (iteration % BLOCK) + BLOCK);
    if (kernel.all) rankAll(kernel, stop - iteration);
    else hits += rankOne(kernel, stop - iteration);
    iteration = stop;
  }
  return hits;
}

/** `count` draws, each province's rank counted: histogram[p * n + rank - 1]. */
function rankAll(kernel: Kernel, count: number): void {
  const { sorted, order, histogram } = kernel;
  const n = sorted.length;
  for (let iteration = 0; iteration < count; iteration++) {
    draw(kernel);
    sortDescending(kernel);
    // the one ranking rule (scoring/score-order.ts): rank - 1 = how many values are higher beyond SCORE_EPSILON.
    // Walking down the order: clear of the previous value, that is every value before; within it (a tie), the
    // previous value's count, moved forward past any value still above the bar.
    histogram[order[0]! * n]! += 1;
    let above = 0;
    for (let k = 1; k < n; k++) {
      const bar = sorted[k]! + EPSILON;
      if (sorted[k - 1]! > bar) above = k;
      else while (sorted[above]! > bar) above++;
      histogram[order[k]! * n + above]! += 1;
    }
  }
}

/** `count` draws, the tracked province's rank counted (histogram[rank - 1]); returns how often its goal was met. */
function rankOne(kernel: Kernel, count: number): number {
  const { values, target, histogram, wantedRank, wantedGroup } = kernel;
  const n = values.length;
  let hits = 0;
  for (let iteration = 0; iteration < count; iteration++) {
    draw(kernel);
    const bar = values[target]! + EPSILON;
    let rank = 1;
    for (let j = 0; j < n; j++) if (values[j]! > bar) rank++; // the one ranking rule
    histogram[rank - 1]! += 1;
    if (wantedGroup >= 0) {
      if (groupReached(kernel)) hits++;
    } else if (wantedRank > 0 && rank <= wantedRank) hits++;
  }
  return hits;
}

/**
 * One draw of every province's total into `values`, from the generator state (rank-stream.ts): `steps` pool draws for
 * a moving province, then its normal noise by the ziggurat's fast path, inlined; the ~1.2% of normals that path
 * rejects are finished after the other draws, in province order (no call in the hot loop).
 */
function draw(kernel: Kernel): void {
  const { totals, noise, moves, changes, steps, poolScale, values, state } = kernel;
  const { pendingProvince, pendingPosition, pendingLayer } = kernel;
  const n = totals.length;
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  let pending = 0;
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
    // ziggurat fast path (normal-ziggurat.ts)
    const layer = r & 127;
    const position = r >> 7;
    if ((position < 0 ? -position : position) < K[layer]!) x += noise[j]! * (position * W[layer]!);
    else {
      pendingProvince[pending] = j;
      pendingPosition[pending] = position;
      pendingLayer[pending] = layer;
      pending++;
    }
    values[j] = x;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
  for (let q = 0; q < pending; q++) {
    const j = pendingProvince[q]!;
    values[j]! += noise[j]! * slowNormal(state, pendingPosition[q]!, pendingLayer[q]!);
  }
}

/** Whether the tracked province is in the wanted group or better in this draw (quartile cut-offs as published). */
function groupReached(kernel: Kernel): boolean {
  const { sorted, ascending } = kernel;
  const n = sorted.length;
  sortDescending(kernel);
  for (let k = 0; k < n; k++) ascending[n - 1 - k] = sorted[k]!;
  const cutoffs = {
    p25: quantileLinear(ascending, 0.25),
    p50: quantileLinear(ascending, 0.5),
    p75: quantileLinear(ascending, 0.75),
  };
  return (
    PAPI_GROUPS.indexOf(quartileGroup(kernel.values[kernel.target]!, cutoffs, kernel.boundary)) <= kernel.wantedGroup
  );
}

/**
 * Sorts this draw's values into `sorted` (highest first) and `order` (their positions) without a general sort: a
 * counting pass puts each value in one of n equal-width buckets between the draw's lowest and highest value (about
 * one value per bucket), then an insertion sort fixes the few values that share a bucket. Linear on average for
 * values spread like these totals.
 */
function sortDescending(kernel: Kernel): void {
  const { values, sorted, order, bucketOf, bucketStart } = kernel;
  const n = values.length;
  let low = values[0]!;
  let high = low;
  for (let j = 1; j < n; j++) {
    const v = values[j]!;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const scale = high > low ? (n - 1) / (high - low) : 0;
  // bucket 0 holds the highest values
  for (let j = 0; j < n; j++) {
    const b = ((high - values[j]!) * scale) | 0;
    bucketOf[j] = b;
    bucketStart[b]! += 1;
  }
  let sum = 0;
  for (let b = 0; b <= n; b++) {
    const count = bucketStart[b]!;
    bucketStart[b] = sum;
    sum += count;
  }
  for (let j = 0; j < n; j++) {
    const k = bucketStart[bucketOf[j]!]!++;
    order[k] = j;
    sorted[k] = values[j]!;
  }
  for (let k = 1; k < n; k++) {
    const value = sorted[k]!;
    if (sorted[k - 1]! >= value) continue;
    const p = order[k]!;
    let i = k - 1;
    do {
      sorted[i + 1] = sorted[i]!;
      order[i + 1] = order[i]!;
      i--;
    } while (i >= 0 && sorted[i]! < value);
    sorted[i + 1] = value;
    order[i + 1] = p;
  }
  bucketStart.fill(0);
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

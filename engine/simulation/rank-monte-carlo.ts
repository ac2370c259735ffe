import { EngineError } from '../errors';
import {
  quantileLinear,
  quartileGroup,
  PAPI_GROUPS,
  type BoundaryConvention,
  type PapiGroup,
} from '../scoring/quartile-groups';
import { createRankKernel, type RankModel } from './rank-kernel-instance';
import { BLOCK_ITERATIONS, blockState } from './rank-stream';
import { message } from '../i18n/messages';

export type { RankModel } from './rank-kernel-instance';

export interface RankRun {
  /** the iteration this run stops before (iterations [start, iterations) are its share) */
  readonly iterations: number;
  /** the first iteration of this run's share (0 unless a worker runs a part) */
  readonly start: number;
  /** the next iteration to run: start <= done <= iterations */
  readonly done: number;
  /** runs up to n more iterations; returns `done` afterwards */
  step(n: number): number;
  /** a copy of the rank counts so far: histogram[p * N + r - 1] = how often province p had rank r (p = tracked position) */
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

/**
 * A seeded, resumable rank simulation. The draws, sorts and counts run in WebAssembly (rank-kernel.wat: the
 * xoshiro128** generator, ziggurat normals, one province's rank by counting, all ranks by a bucket pass plus an
 * insertion sort); this host reseeds each stream block and counts group goals (quartile cut-offs, in TypeScript: one
 * rule for groups). The random stream is defined per block of iterations (rank-stream.ts), so the same model, seed and
 * iterations give the same counts however the run is split into steps or shared between workers (runs over disjoint
 * block ranges, added with addRankCounts). Ties in a draw (within SCORE_EPSILON) share the best rank.
 *
 * @example createRankRun({ totals: Float64Array.of(3, 2, 1), noise: new Float64Array(3), moves: new Uint8Array(3), changes: new Float64Array(0), steps: 1 }, { iterations: 10, seed: 1, target: 1 }).step(10) // => 10
 */
export function createRankRun(model: RankModel, options: RankRunOptions): RankRun {
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
  const kernel = createRankKernel(model, all);
  blockState(seed, start / BLOCK_ITERATIONS, kernel.state);
  const target = options.target;
  const boundary = options.boundary ?? 'lower';
  const ascending = new Float64Array(model.totals.length);
  /** group goals: each draw's rank counted and the group judged here, on the kernel's draw and sort */
  const rankGroup = (count: number) => {
    let hits = 0;
    for (let i = 0; i < count; i++) {
      kernel.rankOne(1, target, 0); // one draw, its rank counted
      kernel.sort();
      const n = ascending.length;
      for (let k = 0; k < n; k++) ascending[n - 1 - k] = kernel.sorted[k]!;
      const cutoffs = {
        p25: quantileLinear(ascending, 0.25),
        p50: quantileLinear(ascending, 0.5),
        p75: quantileLinear(ascending, 0.75),
      };
      if (PAPI_GROUPS.indexOf(quartileGroup(kernel.values[target]!, cutoffs, boundary)) <= wantedGroup) hits++;
    }
    return hits;
  };
  /** runs `count` iterations within one stream block; returns the goal hits among them */
  const runBlock = (count: number) => {
    if (all) {
      kernel.rankAll(count);
      return 0;
    }
    return wantedGroup >= 0 ? rankGroup(count) : kernel.rankOne(count, target, wantedRank);
  };
  const run = {
    iterations: options.iterations,
    start,
    done: start,
    hits: 0,
    /** a copy of the counts so far (the kernel's memory stays private to the run) */
    get histogram() {
      return kernel.histogram.slice();
    },
    step(count: number): number {
      const end = Math.min(run.iterations, run.done + Math.max(0, count));
      while (run.done < end) {
        if (run.done % BLOCK_ITERATIONS === 0 && run.done !== start)
          blockState(seed, run.done / BLOCK_ITERATIONS, kernel.state);
        const stop = Math.min(end, run.done - (run.done % BLOCK_ITERATIONS) + BLOCK_ITERATIONS);
        run.hits += runBlock(stop - run.done);
        run.done = stop;
      }
      return run.done;
    },
  };
  return run;
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

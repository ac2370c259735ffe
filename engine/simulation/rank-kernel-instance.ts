import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import { SCORE_EPSILON } from '../scoring/score-order';
import { normalSlowPath, ZIGGURAT_K, ZIGGURAT_W } from './normal-ziggurat';
import { RANK_KERNEL_HEX } from './rank-kernel-wasm';

/**
 * What one Monte Carlo draw perturbs. Each ranked province's total = its (scenario) total; a moving province then, for
 * each of `steps` simulated years s, adds the year's shift (one draw from `shifts` shared by every province, 0 when
 * there are none) + `reversion` × (its total - the field's mean that year) + a residual drawn from `changes`; the
 * field's mean starts at `centre` and moves by each year's shift. A province with a non-zero `noise` adds normal
 * sampling noise with that standard error (a moving province has 0: its drawn changes of published totals already
 * contain the noise). Ranking and groups use only totals, so the draw is made on the total.
 */
export interface RankModel {
  readonly totals: Float64Array;
  readonly noise: Float64Array;
  readonly moves: Uint8Array;
  /** province residuals (see change-pool.ts) */
  readonly changes: Float64Array;
  readonly steps: number;
  /** year-wide shifts, one per pool year (empty: none) */
  readonly shifts?: Float64Array;
  /** each shift's probability (summing to 1; absent: equally likely) */
  readonly shiftWeights?: Float64Array;
  /** true: each shift is the sum over all `steps` years, drawn once (in the first year); default: one draw a year */
  readonly shiftOnce?: boolean;
  /** slope on the distance from the field's mean (0: none) */
  readonly reversion?: number;
  /** the field's mean at the start */
  readonly centre?: number;
}

/**
 * One run's instance of the WebAssembly rank kernel (rank-kernel.wat) and views into its memory. The kernel draws,
 * sorts and counts; the run's host (rank-monte-carlo.ts) reseeds `state` at each stream block and reads the counts.
 */
export interface RankKernel {
  /** the xoshiro128** state words of the stream (rank-stream.ts) */
  readonly state: Int32Array;
  /** this draw's totals by province position */
  readonly values: Float64Array;
  /** this draw's totals highest first (after sort) */
  readonly sorted: Float64Array;
  /** the counts: histogram[p * n + rank - 1] (rankAll) or histogram[rank - 1] (rankOne) */
  readonly histogram: Int32Array;
  /** `values` into `sorted` */
  sort(): void;
  /** `count` draws, every province's rank counted */
  rankAll(count: number): void;
  /** `count` draws, province `target`'s rank counted; returns how often it was `wantedRank` or better (0: none) */
  rankOne(count: number, target: number, wantedRank: number): number;
}

/** The part of the WebAssembly JavaScript API the kernel uses (typed here: the engine compiles without DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
}

const PAGE = 65536;
let compiled: object | null = null;

/**
 * A kernel instance for `model`, counting every province's ranks (`all`) or one province's. The module is compiled
 * once per JavaScript realm (2.5 KB: small enough for a synchronous compile on a browser's main thread) and
 * instantiated per run, each with its own memory, so runs and workers share nothing.
 *
 * @example createRankKernel({ totals: Float64Array.of(2, 1), noise: new Float64Array(2), moves: new Uint8Array(2), changes: new Float64Array(0), steps: 1 }, true).histogram.length // => 4
 */
export function createRankKernel(model: RankModel, all: boolean): RankKernel {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new EngineError({ code: 'UNSUPPORTED', input: 'WebAssembly', ...message('webAssemblyMissing', {}) });
  try {
    compiled ??= new wasm.Module(hexBytes(RANK_KERNEL_HEX));
  } catch (error) {
    // e.g. a page whose Content-Security-Policy lacks 'wasm-unsafe-eval' (older Safari knows only 'unsafe-eval')
    const reason = error instanceof Error ? error.message : String(error);
    throw new EngineError({ code: 'UNSUPPORTED', input: 'WebAssembly', ...message('webAssemblyBlocked', { reason }) });
  }
  const n = model.totals.length;
  const pool = model.changes.length;
  const shifts = model.shifts ?? new Float64Array(0);
  let end = 0;
  const take = (bytes: number) => {
    const at = (end + 7) & ~7; // every array 8-byte aligned
    end = at + bytes;
    return at;
  };
  // byte offsets, in the order `setup` takes them
  const at = {
    state: take(16),
    totals: take(8 * n),
    noise: take(8 * n),
    moves: take(4 * n),
    changes: take(8 * pool),
    shifts: take(16 * shifts.length), // the shifts, then where each one's share of the draws starts
    now: take(16 * model.steps),
    values: take(8 * n),
    sorted: take(8 * n),
    order: take(4 * n),
    bucketOf: take(4 * n),
    bucketStart: take(4 * (2 * n + 1)),
    pending: take(12 * n),
    k: take(4 * ZIGGURAT_K.length),
    w: take(8 * ZIGGURAT_W.length),
    histogram: take(4 * n * (all ? n : 1)),
    reverted: take(8 * n),
  };
  const pages = Math.ceil(end / PAGE);
  const memory = new wasm.Memory({ initial: pages, maximum: pages });
  const f64 = (offset: number, length: number) => new Float64Array(memory.buffer, offset, length);
  const i32 = (offset: number, length: number) => new Int32Array(memory.buffer, offset, length);
  f64(at.totals, n).set(model.totals);
  const noise = f64(at.noise, n);
  noise.set(model.noise);
  // A province without a pool to draw from cannot move.
  if (pool > 0) i32(at.moves, n).set(model.moves);
  f64(at.changes, pool).set(model.changes);
  f64(at.shifts, shifts.length).set(shifts);
  new BigUint64Array(memory.buffer, at.shifts + 8 * shifts.length, shifts.length).set(
    shiftStarts(shifts.length, model.shiftWeights),
  );
  i32(at.k, ZIGGURAT_K.length).set(ZIGGURAT_K);
  f64(at.w, ZIGGURAT_W.length).set(ZIGGURAT_W);
  const state = i32(at.state, 4);
  const values = f64(at.values, n);
  const slowNormal = (p: number, position: number, layer: number) => {
    values[p]! += noise[p]! * normalSlowPath(state, position, layer);
  };
  const kernel = new wasm.Instance(compiled, { host: { memory, slowNormal } }).exports as unknown as KernelExports;
  const { state: s, totals: t, noise: e, moves: m, changes: c, shifts: h, now: w, ...rest } = at;
  kernel.setup(
    n,
    model.steps,
    pool,
    SCORE_EPSILON,
    pool > 0 ? shifts.length : 0,
    pool > 0 ? (model.reversion ?? 0) : 0,
    model.centre ?? 0,
    model.shiftOnce ? 1 : model.steps,
    s,
    t,
    e,
    m,
    c,
    h,
    w,
    ...Object.values(rest),
  );
  return {
    state,
    values,
    sorted: f64(at.sorted, n),
    histogram: i32(at.histogram, n * (all ? n : 1)),
    sort: kernel.sort,
    rankAll: kernel.rankAll,
    rankOne: kernel.rankOne,
  };
}

interface KernelExports {
  setup(
    n: number,
    steps: number,
    pool: number,
    epsilon: number,
    years: number,
    reversion: number,
    centre: number,
    shiftSteps: number,
    ...offsets: number[]
  ): void;
  sort(): void;
  rankAll(count: number): void;
  rankOne(count: number, target: number, wantedRank: number): number;
}

/**
 * Where each shift's share of the 32-bit draws starts: equal shares give exactly floor(u32 × years / 2^32) (the index
 * the kernel drew before shifts could be weighted, so seeded runs keep their counts); weights give shares in
 * proportion, rounded to 2^-32. Tested in test/engine/simulation/rank-kernel-wasm.test.ts.
 */
export function shiftStarts(years: number, weights?: Float64Array): BigUint64Array {
  const starts = new BigUint64Array(years);
  let cumulative = 0;
  for (let k = 1; k < years; k++) {
    cumulative += weights ? weights[k - 1]! : 0;
    starts[k] = BigInt(
      weights ? Math.min(2 ** 32, Math.round(cumulative * 2 ** 32)) : Math.ceil((k * 2 ** 32) / years),
    );
  }
  return starts;
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

// The rank Monte Carlo kernel as it was before issue #12 (pure-rand xoroshiro128+ called once per number, polar-method
// normals, a tagged Float64Array sort for all ranks), kept verbatim as the live baseline of `npm run bench`: the
// engine's kernel must beat it in the same run. Not used by the product.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import {
  quantileLinear,
  quartileGroup,
  PAPI_GROUPS,
  type BoundaryConvention,
  type PapiGroup,
  type RankModel,
} from '../engine/all';

interface RankRun {
  readonly iterations: number;
  /** iterations run so far */
  readonly done: number;
  /** runs up to n more iterations; returns how many are done */
  step(n: number): number;
  /** rank counts: histogram[p * N + r - 1] = how often province p had rank r (p = tracked position) */
  readonly histogram: Int32Array;
  /** how often the goal was met (tracked province `target` only) */
  readonly hits: number;
}

interface RankRunOptions {
  readonly iterations: number;
  readonly seed: number;
  /** position of the province whose goal is counted; with `all`, every province's ranks are counted */
  readonly target: number;
  readonly all?: boolean;
  readonly goal?: { readonly rank: number } | { readonly group: PapiGroup } | null;
  readonly boundary?: BoundaryConvention;
}

const TWO_POW_32 = 4294967296;

/**
 * A seeded, resumable rank simulation (xoroshiro128+ from pure-rand; normal draws by the polar method). Same model, seed and
 * iterations give the same counts however the run is split into steps. Ties in a draw share the best rank.
 */
export function previousCreateRankRun(model: RankModel, options: RankRunOptions): RankRun {
  const n = model.totals.length;
  const rng = xoroshiro128plus(options.seed);
  const { totals, noise, moves, changes, steps } = model;
  const poolSize = changes.length;
  const values = new Float64Array(n);
  const sorted = new Float64Array(n);
  // For every province's rank at once: each value carries its province's position in its lowest mantissa bits, so
  // one native sort of a Float64Array orders the provinces (the tag moves a value by a few units in the last place,
  // far below any difference between scores); equal untagged values then share the best rank.
  const tagBits = Math.max(1, 32 - Math.clz32(n - 1));
  const tagMask = (1 << tagBits) - 1;
  const tagged = new Float64Array(n);
  const taggedWords = new Uint32Array(tagged.buffer);
  const low = new Uint8Array(new Float64Array([1]).buffer)[0] === 0 ? 0 : 1; // index of the low word (endianness)
  const all = options.all === true;
  const histogram = new Int32Array((all ? n : 1) * n);
  const goal = options.goal ?? null;
  const wantedGroup = goal && 'group' in goal ? PAPI_GROUPS.indexOf(goal.group) : -1;
  const wantedRank = goal && 'rank' in goal ? goal.rank : 0;
  const target = options.target;
  // Normal draws by Marsaglia's polar method, the second value of each pair kept for the next draw.
  let spare = 0;
  let hasSpare = false;
  const run = {
    iterations: options.iterations,
    done: 0,
    hits: 0,
    histogram,
    step(count: number): number {
      const end = Math.min(run.iterations, run.done + count);
      let hits = run.hits;
      for (let iteration = run.done; iteration < end; iteration++) {
        for (let j = 0; j < n; j++) {
          let x = totals[j]!;
          if (moves[j] === 1 && poolSize > 0)
            for (let s = 0; s < steps; s++) x += changes[Math.floor(((rng.next() >>> 0) / TWO_POW_32) * poolSize)]!;
          let z: number;
          if (hasSpare) {
            z = spare;
            hasSpare = false;
          } else {
            let u: number;
            let v: number;
            let q: number;
            do {
              u = ((rng.next() >>> 0) + 0.5) / (TWO_POW_32 / 2) - 1;
              v = ((rng.next() >>> 0) + 0.5) / (TWO_POW_32 / 2) - 1;
              q = u * u + v * v;
            } while (q >= 1);
            const f = Math.sqrt((-2 * Math.log(q)) / q);
            z = u * f;
            spare = v * f;
            hasSpare = true;
          }
          values[j] = x + noise[j]! * z;
        }
        const own = values[target]!;
        let rank = 1;
        for (let j = 0; j < n; j++) if (values[j]! > own) rank++;
        if (wantedGroup >= 0) {
          sorted.set(values);
          sorted.sort();
        }
        if (all) {
          tagged.set(values);
          for (let p = 0; p < n; p++) taggedWords[2 * p + low] = (taggedWords[2 * p + low]! & ~tagMask) | p;
          tagged.sort();
          let previous = NaN;
          let previousRank = 0;
          for (let k = n - 1; k >= 0; k--) {
            const p = taggedWords[2 * k + low]! & tagMask;
            const value = values[p]!;
            const r = value === previous ? previousRank : n - k;
            histogram[p * n + r - 1]! += 1;
            previous = value;
            previousRank = r;
          }
        } else {
          histogram[rank - 1]! += 1;
        }
        if (wantedGroup >= 0) {
          const group = quartileGroup(
            own,
            { p25: quantileLinear(sorted, 0.25), p50: quantileLinear(sorted, 0.5), p75: quantileLinear(sorted, 0.75) },
            options.boundary,
          );
          if (PAPI_GROUPS.indexOf(group) <= wantedGroup) hits++;
        } else if (wantedRank > 0 && rank <= wantedRank) hits++;
      }
      run.hits = hits;
      run.done = end;
      return end;
    },
  };
  return run;
}

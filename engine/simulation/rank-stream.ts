import { EngineError } from '../errors';
import { message } from '../i18n/messages';

/**
 * The random stream of the rank Monte Carlo, defined so that a result depends only on (seed, iterations), never on
 * how the run is chunked (progress steps) or on how many workers share it.
 *
 * - Iterations are numbered 0, 1, 2, ... and grouped in fixed blocks of BLOCK_ITERATIONS: block b holds iterations
 *   b * BLOCK_ITERATIONS up to (b + 1) * BLOCK_ITERATIONS - 1.
 * - Each block has its own generator, xoshiro128** (Blackman and Vigna 2018; four 32-bit words of state, 32-bit
 *   output, all in 32-bit integer arithmetic), whose state is outputs 2b and 2b + 1 of SplitMix64 started at the
 *   seed (the seed as a 64-bit two's-complement integer): words 0, 1 = low, high half of output 2b; words 2, 3 = low,
 *   high half of output 2b + 1. SplitMix64 outputs are distinct for distinct positions, so no two blocks of a run
 *   share a state, and SplitMix64 is the seeding its authors recommend for xoshiro.
 * - Within a block, an iteration draws province by province in the model's order: `steps` pool indices for a moving
 *   province (floor(u32 * poolSize / 2^32)), then one output for its standard normal (normal-ziggurat.ts). The ~1.2%
 *   of normals whose ziggurat fast path rejects that output are finished after the iteration's other draws, in
 *   province order, from the outputs that follow (each output still serves one purpose, so the draws stay
 *   independent; keeping the rare path out of the loop keeps the generator in registers).
 *
 * A worker can therefore run any set of whole blocks on its own, and adding the blocks' counts (integers: the sum
 * does not depend on order) gives the single-threaded result exactly.
 *
 * @example blockState(1, 0).length // => 4
 */
export function blockState(seed: number, block: number, out: Int32Array = new Int32Array(4)): Int32Array {
  checkSeed(seed);
  const base = BigInt.asUintN(64, BigInt(seed));
  const first = splitMix64(base, 2 * block + 1);
  const second = splitMix64(base, 2 * block + 2);
  out[0] = Number(first & LOW_32);
  out[1] = Number(first >> 32n);
  out[2] = Number(second & LOW_32);
  out[3] = Number(second >> 32n);
  // xoshiro's one forbidden state (all zero); SplitMix64 reaches it for no practical seed, but the rule is stated.
  if ((out[0]! | out[1]! | out[2]! | out[3]!) === 0) out[0] = 1;
  return out;
}

/** Iterations per stream block: small enough to share 20,000 iterations between workers, large enough to seed rarely. */
export const BLOCK_ITERATIONS = 1000;

/**
 * The next 32-bit output (signed) of a xoshiro128** state, advancing it. The kernel inlines the same arithmetic in
 * its loop; this copy serves its rare paths and the tests.
 *
 * @example nextInt32(blockState(1, 0)) === nextInt32(blockState(1, 0)) // => true
 */
export function nextInt32(state: Int32Array): number {
  const s0 = state[0]!;
  const s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  const scrambled = imul(s1, 5);
  const result = imul((scrambled << 7) | (scrambled >>> 25), 9);
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  state[1] = s1 ^ s2;
  state[0] = s0 ^ s3;
  state[2] = s2 ^ t;
  state[3] = (s3 << 11) | (s3 >>> 21);
  return result;
}

const imul = Math.imul; // a module constant: no global lookup per call in a sandboxed global
const LOW_32 = 0xffffffffn;
const MASK_64 = 0xffffffffffffffffn;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** Output number `position` (1 = first) of SplitMix64 started at `seed` (Steele, Lea and Flood 2014). */
function splitMix64(seed: bigint, position: number): bigint {
  let z = (seed + BigInt(position) * GOLDEN_GAMMA) & MASK_64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return z ^ (z >> 31n);
}

function checkSeed(seed: number): void {
  if (Number.isSafeInteger(seed)) return;
  throw new EngineError({
    code: 'OUT_OF_RANGE',
    input: String(seed),
    ...message('seedInvalid', { seed }),
  });
}

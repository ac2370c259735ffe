import { nextInt32 as next } from './rank-stream';

/**
 * Standard normal draws by the ziggurat method (Marsaglia and Tsang 2000, "The Ziggurat Method for Generating Random
 * Variables", 128 layers), from one 32-bit output per draw in about 98.8% of draws. The output's low 7 bits choose the
 * layer and its high 25 bits (signed) the position, so that no bit serves both (Doornik 2005's remark on the
 * original, which reused the layer bits in the value). The fast path is `|j| < ZIGGURAT_K[layer]` then
 * `j * ZIGGURAT_W[layer]`; the kernel inlines it and calls normalSlowPath otherwise.
 *
 * @example Math.abs(standardNormal(blockState(7, 0))) < 10 // => true
 */
export function standardNormal(state: Int32Array): number {
  const r = next(state);
  const layer = r & 127;
  const j = r >> 7;
  if (abs(j) < ZIGGURAT_K[layer]!) return j * ZIGGURAT_W[layer]!;
  return normalSlowPath(state, j, layer);
}

// module constants: no global lookup per draw in a sandboxed global (see rank-monte-carlo.ts)
const abs = Math.abs;
const log = Math.log;
const exp = Math.exp;
const R = 3.442619855899; // start of the tail
const AREA = 9.91256303526217e-3; // area of each layer
const SCALE = 16777216; // 2^24: |j| < 2^24

/** Acceptance bounds per layer (compared with |j|). */
export const ZIGGURAT_K = new Int32Array(128);
/** Width per unit of j per layer. */
export const ZIGGURAT_W = new Float64Array(128);
/** Density at each layer's edge. */
const F = new Float64Array(128);

{
  let dn = R;
  let tn = dn;
  const q = AREA / Math.exp(-0.5 * dn * dn);
  ZIGGURAT_K[0] = Math.floor((dn / q) * SCALE);
  ZIGGURAT_K[1] = 0;
  ZIGGURAT_W[0] = q / SCALE;
  ZIGGURAT_W[127] = dn / SCALE;
  F[0] = 1;
  F[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(AREA / dn + Math.exp(-0.5 * dn * dn)));
    ZIGGURAT_K[i + 1] = Math.floor((dn / tn) * SCALE);
    tn = dn;
    F[i] = Math.exp(-0.5 * dn * dn);
    ZIGGURAT_W[i] = dn / SCALE;
  }
}

/**
 * The rejection part of the ziggurat: the wedge test against the density and the tail beyond R (Marsaglia's
 * exponential method); draws further outputs from `state` as needed.
 *
 * @example Number.isFinite(normalSlowPath(blockState(3, 0), 1 << 23, 0)) // => true
 */
export function normalSlowPath(state: Int32Array, j: number, layer: number): number {
  for (;;) {
    const x = j * ZIGGURAT_W[layer]!;
    if (layer === 0) {
      let tail: number;
      let y: number;
      do {
        tail = -log(uniformOpen(state)) / R;
        y = -log(uniformOpen(state));
      } while (y + y < tail * tail);
      return j > 0 ? R + tail : -R - tail;
    }
    if (F[layer]! + uniformOpen(state) * (F[layer - 1]! - F[layer]!) < exp(-0.5 * x * x)) return x;
    const r = next(state);
    layer = r & 127;
    j = r >> 7;
    if (abs(j) < ZIGGURAT_K[layer]!) return j * ZIGGURAT_W[layer]!;
  }
}

/** A uniform number in (0, 1): never 0, so its logarithm is finite. */
function uniformOpen(state: Int32Array): number {
  return ((next(state) >>> 0) + 0.5) / 4294967296;
}

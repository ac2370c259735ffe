/**
 * Mulberry32: a tiny seeded generator of numbers in [0, 1), enough for reproducible sample data and test models (the
 * engine never uses it: its stream is rank-stream.ts). Used by scripts/make-internal-samples.ts (the samples are
 * compared byte for byte) and test/engine/simulation/rank-kernel-pinned.test.ts (the models whose counts are pinned).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

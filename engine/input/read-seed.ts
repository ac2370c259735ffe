import { requireInteger } from './read-number';

/**
 * The seeds users may give: integers in [-2^31, 2^31 - 1] (a stated range, the same in the CLI, cells, files and the
 * pane). Each gives its own random stream (simulation/rank-stream.ts seeds SplitMix64 with the whole integer); any
 * other value is refused rather than silently changed.
 */
export const MIN_SEED = -(2 ** 31);
export const MAX_SEED = 2 ** 31 - 1;

/**
 * A seed as typed (a number or text); the returned integer is the seed the run uses and echoes.
 *
 * @example readSeed('42', '--seed') // => 42
 */
export function readSeed(value: unknown, input = 'seed'): number {
  return requireInteger(value, input, MIN_SEED, MAX_SEED);
}

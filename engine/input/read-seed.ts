import { requireInteger } from './read-number';

/**
 * The seeds that give distinct random streams: the generator (xoroshiro128+ from pure-rand) keeps a seed's low 32 bits
 * as a signed integer, so only integers in [-2^31, 2^31 - 1] are told apart; any other value is refused rather than
 * silently folded onto another seed.
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

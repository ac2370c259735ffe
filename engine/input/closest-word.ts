import { distance } from 'fastest-levenshtein';

/**
 * The known word nearest to a misspelt one (Levenshtein distance), or null when none is close: within a third of the
 * longer word's length, at least one edit. Used for "did you mean" on option names, file keys and choices.
 *
 * @example closestWord('yera', ['year', 'province', 'json']) // => 'year'
 * @example closestWord('zzz', ['year', 'province']) // => null
 */
export function closestWord(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === null) return null;
  const allowed = Math.max(1, Math.ceil(Math.max(word.length, best.length) / 3));
  // A prefix of a known word ("--se" for "--set") is also a near miss.
  return bestDistance <= allowed || best.startsWith(word.toLowerCase()) ? best : null;
}

import { EngineError } from '../errors';
import { closestWord } from './closest-word';
import { message } from '../i18n/messages';

/**
 * Refuses keys a file format does not define (a misspelt "weigths" would otherwise be ignored without a word): the
 * error names the file and the key, and suggests the closest known key. Returns the keys checked.
 *
 * @example checkKeys({ name: 'A', year: 2019 }, ['name', 'year', 'changes'], 'a.json') // => ['name', 'year']
 */
export function checkKeys(
  object: Readonly<Record<string, unknown>>,
  known: readonly string[],
  source: string,
  path = '',
): string[] {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const near = closestWord(key, known);
    const where = path === '' ? key : `${path}.${key}`;
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `${source}: ${where}`,
      suggestions: near === null ? [] : [near],
      ...message('keyUnknown', { source, key: where, known: known.join(', '), near }),
    });
  }
  return Object.keys(object);
}

import { EngineError } from '../errors';
import { closestWord } from './closest-word';
import { message } from '../i18n/messages';

/**
 * Reads one of a closed set of words (a boundary convention, a cap, a level, a language), case-insensitively; blank is
 * missing (null). Anything else is INVALID_INPUT listing the choices, with the closest as a suggestion.
 *
 * @example readChoice('Upper', ['lower', 'upper'], '--boundary') // => 'upper'
 * @example readChoice('', ['lower', 'upper'], '--boundary') // => null
 */
export function readChoice<C extends string>(value: unknown, choices: readonly C[], input: string): C | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim().normalize('NFC');
  if (text === '') return null;
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  if (found !== undefined) return found;
  const near = closestWord(text, choices);
  throw new EngineError({
    code: 'INVALID_INPUT',
    input,
    suggestions: near === null ? [] : [near],
    ...message('choiceInvalid', { input, text, choices: choices.join(' | '), near }),
  });
}

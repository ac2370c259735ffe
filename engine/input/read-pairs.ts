import { EngineError } from '../errors';
import { requireNumber } from './read-number';
import { message } from '../i18n/messages';

/**
 * Splits `a1=9.5,a2=8` (or `a1=9,5;a2=8`: with ";" between pairs a comma is a decimal separator) into [code, value]
 * text pairs. Each pair has exactly one "=" and a code; the value is read later by readPairs. With "," between pairs,
 * a piece of digits alone continues the whole number before it as its decimal comma (`d1=0,5` is d1 = 0.5): a piece
 * without "=" cannot be a pair, so this reading is the only one.
 *
 * @example splitPairs('a1=9,5;a2=8', '--points') // => [['a1', '9,5'], ['a2', '8']]
 * @example splitPairs('d1=0,5,d2=1', '--add') // => [['d1', '0,5'], ['d2', '1']]
 */
export function splitPairs(text: string, input: string): [string, string][] {
  const separator = text.includes(';') ? ';' : ',';
  const parts: string[] = [];
  for (const part of text.split(separator).filter((piece) => piece.trim() !== '')) {
    const previous = parts.length - 1;
    if (separator === ',' && /^\s*\d+\s*$/.test(part) && previous >= 0 && /=\s*[-+]?\d+\s*$/.test(parts[previous]!))
      parts[previous] = `${parts[previous]},${part.trim()}`;
    else parts.push(part);
  }
  return parts.map((part) => {
    const pieces = part.split('=');
    const code = (pieces[0] ?? '').trim();
    if (pieces.length !== 2 || code === '') {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `${input} ${text}`,
        ...message('pairInvalid', { input, part }),
      });
    }
    return [code, pieces[1]!];
  });
}

/**
 * Reads [code, value] pairs (from the command line, a range of cells or a file) into a record of numbers keyed by
 * lower-case code. A value must be a number (blank is refused: a pair with no value says nothing); a code given twice
 * is refused, naming both values.
 *
 * @example readPairs([['A1', '9,5'], ['a2', 8]], '--points') // => { a1: 9.5, a2: 8 }
 */
export function readPairs(pairs: readonly (readonly [unknown, unknown])[], input: string): Record<string, number> {
  // No prototype: a code such as "__proto__" or "constructor" is a key like any other (then refused as unknown by the
  // caller), never an inherited property mistaken for "given twice".
  const record: Record<string, number> = Object.create(null);
  const raw: Record<string, unknown> = Object.create(null);
  for (const [rawCode, value] of pairs) {
    const code = String(rawCode ?? '')
      .trim()
      .normalize('NFC')
      .toLowerCase();
    if (code === '') throw new EngineError({ code: 'INVALID_INPUT', input, ...message('pairWithoutCode', { input }) });
    if (code in record) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `${input} ${code}`,
        ...message('pairGivenTwice', { input, code, first: String(raw[code]), second: String(value) }),
      });
    }
    record[code] = requireNumber(value, `${input} ${code}`);
    raw[code] = value;
  }
  return record;
}

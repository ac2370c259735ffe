import { parseArgs as parseTokens } from 'node:util';
import { closestWord, EngineError, readChoice, readPairs, requireInteger, splitPairs } from '../engine/all';
import type { CliArgs } from './command';
import type { OptionSpec, OptionTable } from './options';
import { cliMessage, type Bilingual, type CliPlainMessageId } from './i18n/messages';

/** What a command accepts besides its options: how many positional arguments, and what they are. */
export interface PositionalSpec {
  readonly max: number;
  readonly name?: { readonly vi: string; readonly en: string };
}

const optionError = (input: string, message: Bilingual, suggestions: readonly string[] = []) =>
  new EngineError({ code: 'INVALID_INPUT', input, ...message, suggestions });

/**
 * Reads a command's arguments against its declared options, strictly (node:util parseArgs tokens, checked here):
 * an unknown option is an error with the closest known one; a single-value option given twice, a value on a flag
 * (`--json=true`), an option without its value (`--year` then nothing or another option), a value outside the
 * option's choices (`--lang fr`) and more positional arguments than the command takes are errors naming the input.
 * A negative number is a value (`--total -5`), not an option.
 */
export function parseCommandArgs(
  argv: readonly string[],
  table: OptionTable,
  positionals: PositionalSpec = { max: 0 },
): CliArgs {
  const config = Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) },
    ]),
  );
  const { tokens } = parseTokens({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | true | string[]> = {};
  const rest: string[] = [];
  const taken = new Set<number>();
  for (const token of tokens) {
    if (taken.has(token.index)) continue;
    if (token.kind === 'positional') {
      rest.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec: OptionSpec | undefined = table[token.name];
    if (spec === undefined) throw unknownOption(token.rawName, Object.keys(table));
    const shown = `--${token.name}`;
    let value: string | undefined = token.value;
    if (spec.type === 'boolean') {
      if (value !== undefined)
        throw optionError(`${token.rawName}=${value}`, cliMessage('flagWithValue', { option: shown, value }));
      if (values[token.name] !== undefined) throw optionError(shown, cliMessage('flagTwice', { option: shown }));
      values[token.name] = true;
      continue;
    }
    const next = argv[token.index + 1];
    if (value === undefined && next !== undefined && /^-[\d.,]/.test(next)) {
      value = next; // a negative number
      taken.add(token.index + 1);
    }
    if (value === undefined || (!token.inlineValue && /^--?[a-z]/i.test(value))) {
      throw optionError(
        shown,
        cliMessage('optionNoValue', { option: shown, next: value ?? null, expected: spec.value ?? null }),
      );
    }
    if (spec.choices) value = readChoice(value, spec.choices, shown) ?? value;
    const previous = values[token.name];
    if (spec.multiple) values[token.name] = [...((previous as string[] | undefined) ?? []), value];
    else if (previous !== undefined)
      throw optionError(shown, cliMessage('optionTwice', { option: shown, first: String(previous), second: value }));
    else values[token.name] = value;
  }
  if (rest.length > positionals.max) {
    const stray = rest.slice(positionals.max);
    throw optionError(
      stray.join(' '),
      cliMessage('argumentsExtra', { args: stray.join(' '), optionsOnly: positionals.max === 0 }),
    );
  }
  return { positionals: rest, options: values };
}

function unknownOption(raw: string, known: readonly string[]): EngineError {
  const name = raw.replace(/^-+/, '');
  const near = closestWord(name, known);
  return optionError(raw, cliMessage('optionUnknown', { option: raw, near }), near === null ? [] : [`--${near}`]);
}

/**
 * Options that must not be given together (`--se` and `--ci`; `--scenario` and `--province`): an error naming both.
 */
export function refuseTogether(args: CliArgs, pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) {
    if (args.options[a] !== undefined && args.options[b] !== undefined) {
      throw optionError(`--${a} --${b}`, cliMessage('optionsTogether', { a, b }));
    }
  }
}

/** The value of a single-value option, or undefined. */
export function option(args: CliArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === undefined || value === true) return undefined;
  return typeof value === 'string' ? value : value.at(-1);
}

/** Every value of a repeatable option. */
export function options(args: CliArgs, name: string): string[] {
  const value = args.options[name];
  if (value === undefined || value === true) return [];
  return typeof value === 'string' ? [value] : [...value];
}

export function requireOption(args: CliArgs, name: string, expected: CliPlainMessageId): string {
  const value = option(args, name);
  if (value === undefined || value.trim() === '') {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `--${name}`,
      ...cliMessage('optionMissing', { option: `--${name}`, expected: cliMessage(expected) }),
    });
  }
  return value;
}

/** A whole year, e.g. --year 2019. */
export function yearOption(args: CliArgs): number {
  const raw = requireOption(args, 'year', 'expectYear');
  if (!/^\d{4}$/.test(raw.trim()))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: raw,
      ...cliMessage('yearInvalid', { raw }),
    });
  return requireInteger(raw, '--year', 1000, 9999);
}

/**
 * Reads `a1=9.5,a2=8` (also repeated options, or `a1=9,5;a2=8`) into { a1: 9.5, a2: 8 } with the engine's one
 * number rule; a code given twice, across repeats too, is an error.
 */
export function numberPairs(args: CliArgs, name: string): Record<string, number> {
  return readPairs(
    options(args, name).flatMap((value) => splitPairs(value, `--${name}`)),
    `--${name}`,
  );
}

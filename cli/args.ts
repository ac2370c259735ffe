import { parseArgs as parseTokens } from 'node:util';
import { closestWord, EngineError, readChoice, readPairs, requireInteger, splitPairs } from '../engine/all';
import type { CliArgs } from './command';
import type { OptionSpec, OptionTable } from './options';

/** What a command accepts besides its options: how many positional arguments, and what they are. */
export interface PositionalSpec {
  readonly max: number;
  readonly name?: { readonly vi: string; readonly en: string };
}

const optionError = (input: string, vi: string, en: string, suggestions: readonly string[] = []) =>
  new EngineError({ code: 'INVALID_INPUT', input, vi, en, suggestions });

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
        throw optionError(
          `${token.rawName}=${value}`,
          `${shown} là cờ, không nhận giá trị (viết ${shown}, không viết ${shown}=${value}).`,
          `${shown} is a flag and takes no value (write ${shown}, not ${shown}=${value}).`,
        );
      if (values[token.name] !== undefined)
        throw optionError(shown, `${shown} được ghi hai lần.`, `${shown} is given twice.`);
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
        `${shown} thiếu giá trị${value === undefined ? '' : ` (sau nó là ${value})`}: cần ${spec.value?.vi ?? 'một giá trị'}.`,
        `${shown} has no value${value === undefined ? '' : ` (it is followed by ${value})`}: expected ${spec.value?.en ?? 'a value'}.`,
      );
    }
    if (spec.choices) value = readChoice(value, spec.choices, shown) ?? value;
    const previous = values[token.name];
    if (spec.multiple) values[token.name] = [...((previous as string[] | undefined) ?? []), value];
    else if (previous !== undefined)
      throw optionError(
        shown,
        `${shown} được ghi hai lần ("${String(previous)}" và "${value}"): chỉ ghi một lần.`,
        `${shown} is given twice ("${String(previous)}" and "${value}"): give it once.`,
      );
    else values[token.name] = value;
  }
  if (rest.length > positionals.max) {
    const stray = rest.slice(positionals.max);
    throw optionError(
      stray.join(' '),
      `Thừa đối số "${stray.join(' ')}"${positionals.max === 0 ? ': lệnh này chỉ nhận tùy chọn --tên giá-trị' : ''} (giá trị có dấu cách cần đặt trong ngoặc kép).`,
      `Unexpected argument "${stray.join(' ')}"${positionals.max === 0 ? ': this command takes --name value options only' : ''} (quote a value that has spaces).`,
    );
  }
  return { positionals: rest, options: values };
}

function unknownOption(raw: string, known: readonly string[]): EngineError {
  const name = raw.replace(/^-+/, '');
  const near = closestWord(name, known);
  const hint = near === null ? { vi: '', en: '' } : { vi: ` Có phải --${near}?`, en: ` Did you mean --${near}?` };
  return optionError(
    raw,
    `Tùy chọn "${raw}" không có trong lệnh này.${hint.vi}`,
    `Unknown option "${raw}".${hint.en}`,
    near === null ? [] : [`--${near}`],
  );
}

/**
 * Options that must not be given together (`--se` and `--ci`; `--scenario` and `--province`): an error naming both.
 */
export function refuseTogether(args: CliArgs, pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) {
    if (args.options[a] !== undefined && args.options[b] !== undefined) {
      throw optionError(
        `--${a} --${b}`,
        `Không dùng --${a} cùng với --${b}: chọn một.`,
        `--${a} and --${b} cannot be used together: choose one.`,
      );
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

export function requireOption(args: CliArgs, name: string, expected: { vi: string; en: string }): string {
  const value = option(args, name);
  if (value === undefined || value.trim() === '') {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `--${name}`,
      vi: `Thiếu --${name}: cần ${expected.vi}.`,
      en: `Missing --${name}: expected ${expected.en}.`,
    });
  }
  return value;
}

/** A whole year, e.g. --year 2019. */
export function yearOption(args: CliArgs): number {
  const raw = requireOption(args, 'year', { vi: 'năm, ví dụ 2019', en: 'a year, e.g. 2019' });
  if (!/^\d{4}$/.test(raw.trim()))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: raw,
      vi: `Năm "${raw}" không hợp lệ: cần 4 chữ số, ví dụ 2019.`,
      en: `Year "${raw}" is invalid: expected four digits, e.g. 2019.`,
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

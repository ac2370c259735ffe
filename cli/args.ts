import { EngineError } from '../engine';
import type { CliArgs } from './command';

/** Parses `--name value`, `--name=value`, bare `--flag`, and positionals; a repeated option collects into an array. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true | string[]> = {};
  const put = (name: string, value: string | true) => {
    const previous = options[name];
    if (previous === undefined || previous === true || value === true) options[name] = value;
    else options[name] = [...(Array.isArray(previous) ? previous : [previous]), value];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) put(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) put(arg.slice(2), argv[++i]!);
    else put(arg.slice(2), true);
  }
  return { positionals, options };
}

/** The last value of a string option, or undefined. */
export function option(args: CliArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === undefined || value === true) return undefined;
  return typeof value === 'string' ? value : value.at(-1);
}

/** Every value of a repeated option. */
export function options(args: CliArgs, name: string): string[] {
  const value = args.options[name];
  if (value === undefined || value === true) return [];
  return typeof value === 'string' ? [value] : [...value];
}

export function requireOption(args: CliArgs, name: string, expected: { vi: string; en: string }): string {
  const value = option(args, name);
  if (value === undefined || value.trim() === '') {
    throw new EngineError({ code: 'INVALID_INPUT', input: `--${name}`, vi: `Thiếu --${name}: cần ${expected.vi}.`, en: `Missing --${name}: expected ${expected.en}.` });
  }
  return value;
}

/** A whole year, e.g. --year 2019. */
export function yearOption(args: CliArgs): number {
  const raw = requireOption(args, 'year', { vi: 'năm, ví dụ 2019', en: 'a year, e.g. 2019' });
  if (!/^\d{4}$/.test(raw)) throw new EngineError({ code: 'INVALID_INPUT', input: raw, vi: `Năm "${raw}" không hợp lệ: cần 4 chữ số, ví dụ 2019.`, en: `Year "${raw}" is invalid: expected four digits, e.g. 2019.` });
  return Number(raw);
}

/**
 * Reads `a1=9.5,a2=8` (also repeated options) into { a1: 9.5, a2: 8 }; a decimal comma is accepted ("9,5" only with
 * '=' pairs separated by ';' or repeated options).
 */
export function numberPairs(args: CliArgs, name: string): Record<string, number> {
  const pairs: Record<string, number> = {};
  for (const value of options(args, name)) {
    for (const part of value.split(value.includes(';') ? ';' : ',')) {
      if (part.trim() === '') continue;
      const [key, raw] = part.split('=');
      const number = Number((raw ?? '').trim().replace(',', '.'));
      if (!key || raw === undefined || !Number.isFinite(number)) {
        throw new EngineError({ code: 'INVALID_INPUT', input: `--${name} ${value}`, vi: `"${part}" trong --${name} không hợp lệ: cần dạng mã=số, ví dụ a1=9.5.`, en: `"${part}" in --${name} is invalid: expected code=number, e.g. a1=9.5.` });
      }
      pairs[key.trim().toLowerCase()] = number;
    }
  }
  return pairs;
}

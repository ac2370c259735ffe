import { definitionFor, EngineError, parseParCriteria, parsePapiGroup, type Dataset, type PapiGroup, type ParQuery, type ScenarioChange } from '../engine';
import { numberPairs, option, options } from './args';
import { readTextFile } from './user-data';
import type { CliArgs } from './command';

/** `--set d2=5.5` and `--add d8=0.4` (repeatable, or comma-separated) as scenario changes for one province. */
export function changesFromArgs(args: CliArgs, province: string): ScenarioChange[] {
  return [
    ...Object.entries(numberPairs(args, 'set')).map(([measure, set]) => ({ province, measure, set })),
    ...Object.entries(numberPairs(args, 'add')).map(([measure, add]) => ({ province, measure, add })),
  ];
}

/** `--group best` (or a Vietnamese name such as "cao nhất"), or undefined. */
export function groupOption(args: CliArgs): PapiGroup | undefined {
  const raw = option(args, 'group');
  if (raw === undefined) return undefined;
  const group = parsePapiGroup(raw);
  if (group === null) throw new EngineError({ code: 'INVALID_INPUT', input: raw, vi: `Nhóm "${raw}" không hợp lệ: cần best, high-average, low-average hoặc poor (hoặc "cao nhất", "trung bình cao"...).`, en: `Group "${raw}" is invalid: expected best, high-average, low-average or poor.` });
  return group;
}

/** A whole number option such as --rank 20, or undefined. */
export function integerOption(args: CliArgs, name: string): number | undefined {
  const raw = option(args, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new EngineError({ code: 'INVALID_INPUT', input: `--${name} ${raw}`, vi: `--${name} "${raw}" không hợp lệ: cần một số nguyên dương.`, en: `--${name} "${raw}" is invalid: expected a positive whole number.` });
  return Number(raw);
}

/** A decimal number option such as --total 45.5, or undefined. */
export function decimalOption(args: CliArgs, name: string): number | undefined {
  const raw = option(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw.trim().replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(value)) throw new EngineError({ code: 'INVALID_INPUT', input: `--${name} ${raw}`, vi: `--${name} "${raw}" không hợp lệ: cần một số.`, en: `--${name} "${raw}" is invalid: expected a number.` });
  return value;
}

export const standingJson = (s: { total: number | null; rank: number | null; of: number; group: PapiGroup | null }) => ({ total: s.total, rank: s.rank, of: s.of, group: s.group });

/** The PAR INDEX query of `--points a1=9,... [--maxima a1=..] [--na a6] [--criteria file.csv]`. */
export function parQueryFromArgs(args: CliArgs, dataset: Dataset, year: number): ParQuery {
  const criteriaFile = option(args, 'criteria');
  const criteria = criteriaFile === undefined ? undefined : parseParCriteria(readTextFile(criteriaFile), definitionFor(dataset.definitions, 'par', year));
  return { year, points: numberPairs(args, 'points'), maxima: numberPairs(args, 'maxima'), notApplicable: options(args, 'na').flatMap((v) => v.split(',')), criteria };
}

/**
 * The one goal given: --rank K, --group G or (where `withTotal`) --total T. None or several is an error. `group` is the
 * already-read group (a PAPI group, or a PAR INDEX band letter).
 */
export function goalOption<G extends string>(args: CliArgs, group: G | undefined, withTotal: boolean): { rank: number } | { group: G } | { total: number } {
  const rank = integerOption(args, 'rank');
  const total = withTotal ? decimalOption(args, 'total') : undefined;
  const goals = [...(rank !== undefined ? [{ rank }] : []), ...(group !== undefined ? [{ group }] : []), ...(total !== undefined ? [{ total }] : [])];
  if (goals.length === 1) return goals[0]!;
  throw new EngineError(
    withTotal
      ? { code: 'INVALID_INPUT', input: 'target', vi: 'Cần đúng một mục tiêu: --rank K, --group G hoặc --total T.', en: 'Give exactly one goal: --rank K, --group G or --total T.' }
      : { code: 'INVALID_INPUT', input: 'chance', vi: 'Cần đúng một mục tiêu: --rank K hoặc --group G.', en: 'Give exactly one goal: --rank K or --group G.' },
  );
}

import {
  definitionFor,
  parseParCriteria,
  readGoal,
  requireInteger,
  requireNumber,
  type Dataset,
  type Goal,
  type GoalKind,
  type PapiGroup,
  type ParQuery,
  type ScenarioChange,
} from '../engine/all';
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

/** A whole number option such as --iterations 5000 in [min, max], or undefined. */
export function integerOption(args: CliArgs, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = option(args, name);
  return raw === undefined ? undefined : requireInteger(raw, `--${name}`, min, max);
}

/** A decimal number option such as --se 0.5 (either decimal separator), or undefined. */
export function decimalOption(args: CliArgs, name: string): number | undefined {
  const raw = option(args, name);
  return raw === undefined ? undefined : requireNumber(raw, `--${name}`);
}

export const standingJson = (s: {
  total: number | null;
  rank: number | null;
  of: number;
  group: PapiGroup | null;
}) => ({ total: s.total, rank: s.rank, of: s.of, group: s.group });

/** The PAR INDEX query of `--points a1=9,... [--maxima a1=..] [--na a6] [--criteria file.csv]`. */
export function parQueryFromArgs(args: CliArgs, dataset: Dataset, year: number): ParQuery {
  const criteriaFile = option(args, 'criteria');
  const criteria =
    criteriaFile === undefined
      ? undefined
      : parseParCriteria(readTextFile(criteriaFile), definitionFor(dataset.definitions, 'par', year));
  return {
    year,
    points: numberPairs(args, 'points'),
    maxima: numberPairs(args, 'maxima'),
    notApplicable: options(args, 'na')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== ''),
    criteria,
  };
}

/** The one goal given: --rank K, --group G or (where the index allows) --total T; none or several is an error. */
export function goalOption<G extends string>(args: CliArgs, kind: GoalKind<G>): Goal<G> {
  return readGoal(
    { rank: option(args, 'rank'), group: option(args, 'group'), total: option(args, 'total') },
    kind,
    '--rank/--group/--total',
  );
}

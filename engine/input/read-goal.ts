import { EngineError } from '../errors';
import { parsePapiGroup } from '../i18n/labels';
import type { PapiGroup } from '../scoring/quartile-groups';
import { readNumber, requireInteger, requireNumber } from './read-number';
import { message } from '../i18n/messages';

/** A goal is exactly one of: a rank to reach (or beat), a group to reach, a total to reach. */
export type Goal<G extends string = PapiGroup> =
  { readonly rank: number } | { readonly group: G } | { readonly total: number };

/** Which goals an index accepts: how its group names are read, and whether a total is a goal. */
export interface GoalKind<G extends string> {
  readonly group: (text: string) => G | null;
  readonly groupsHint: string;
  readonly total: boolean;
}

/** PAPI goals: rank, one of the four groups (any of their names), or a total. */
export const PAPI_GOAL: GoalKind<PapiGroup> = {
  group: parsePapiGroup,
  groupsHint: 'best, high-average, low-average, poor',
  total: true,
};

/** PAR INDEX goals: rank, a band letter (A, B, ...; the year's rule checks it), or a total. */
export const PAR_GOAL: GoalKind<string> = {
  group: (text) => (/^[a-z]$/i.test(text.trim()) ? text.trim().toUpperCase() : null),
  groupsHint: 'A, B, C, D',
  total: true,
};

/** The largest rank a goal may name (no index has more units). */
export const MAX_GOAL_RANK = 1000;

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Reads the goal from its separate inputs (`--rank`, `--group`, `--total`; a plan's goal object). Exactly one must be
 * given; none or two is an error naming what was given. A rank is a whole number from 1, a group one the index knows,
 * a total a number.
 *
 * @example readGoal({ rank: '20' }, PAPI_GOAL) // => { rank: 20 }
 * @example readGoal({ group: 'trung bình cao' }, PAPI_GOAL) // => { group: 'high-average' }
 */
export function readGoal<G extends string>(
  given: { readonly rank?: unknown; readonly group?: unknown; readonly total?: unknown },
  kind: GoalKind<G>,
  input = 'goal',
): Goal<G> {
  const names = (['rank', 'group', 'total'] as const).filter((key) => !blank(given[key]));
  if (!kind.total && names.includes('total')) {
    throw new EngineError({ code: 'INVALID_INPUT', input: `${input}.total`, ...message('totalGoalNotAllowed', {}) });
  }
  if (names.length !== 1) {
    const choices = kind.total ? 'rank | group | total' : 'rank | group';
    const got = names.join(' + ');
    throw new EngineError({ code: 'INVALID_INPUT', input, ...message('goalCount', { choices, got }) });
  }
  const name = names[0]!;
  if (name === 'rank') return { rank: requireInteger(given.rank, `${input}.rank`, 1, MAX_GOAL_RANK) };
  if (name === 'total') return { total: requireNumber(given.total, `${input}.total`) };
  return { group: readGroup(given.group, kind, `${input}.group`) };
}

/**
 * Reads a goal from one value (a cell, a pane field): a number is a rank, text is a number (rank) or a group name.
 *
 * @example readGoalValue(12, PAPI_GOAL) // => { rank: 12 }
 * @example readGoalValue('best', PAPI_GOAL) // => { group: 'best' }
 */
export function readGoalValue<G extends string>(
  value: unknown,
  kind: GoalKind<G>,
  input = 'goal',
): { rank: number } | { group: G } {
  let rank: number | null = null;
  try {
    rank = readNumber(value, input);
  } catch {
    rank = null;
  }
  if (rank !== null) return { rank: requireInteger(rank, input, 1, MAX_GOAL_RANK) };
  return { group: readGroup(value, kind, input) };
}

function readGroup<G extends string>(value: unknown, kind: GoalKind<G>, input: string): G {
  const text = typeof value === 'string' ? value : String(value ?? '');
  const group = text.trim() === '' ? null : kind.group(text);
  if (group !== null) return group;
  throw new EngineError({ code: 'INVALID_INPUT', input, ...message('goalInvalid', { text, groups: kind.groupsHint }) });
}

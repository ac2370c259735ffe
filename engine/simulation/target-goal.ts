import { EngineError } from '../errors';
import { PAPI_GROUPS, type PapiGroup } from '../scoring/quartile-groups';
import { message } from '../i18n/messages';
import { SCORE_EPSILON } from '../scoring/score-order';

/** A target rank: a whole number from 1. */
export function checkRankGoal(rank: number): void {
  if (Number.isInteger(rank) && rank >= 1) return;
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: String(rank),
    ...message('targetRankInvalid', { rank: String(rank) }),
  });
}

/** A target PAPI group: one of the four. */
export function checkGroupGoal(group: PapiGroup): void {
  if (PAPI_GROUPS.includes(group)) return;
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: String(group),
    ...message('groupInvalid', { group: String(group), known: PAPI_GROUPS.join(', ') }),
  });
}

/**
 * The least x in [lo, hi] that meets a goal which, once met, stays met as x rises (`meets(lo)` false, `meets(hi)`
 * true): bisection to SCORE_EPSILON, then rounded up to a millionth when the rounded value still meets it. Internal to the solvers
 * (tested through them).
 */
export function leastMeeting(lo: number, hi: number, meets: (x: number) => boolean): number {
  for (let i = 0; i < 60 && hi - lo > SCORE_EPSILON; i++) {
    const mid = (lo + hi) / 2;
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  const rounded = Math.ceil(hi * 1e6) / 1e6;
  return meets(rounded) ? rounded : hi;
}

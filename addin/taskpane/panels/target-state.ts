import { SCORE_EPSILON, type TargetResult } from '../../../engine/all';
import type { TargetRun } from '../actions/target';

/**
 * What the target panel says beside the solver's answer, derived from the run apart from the view (target-panel.ts
 * renders it; tested in Node): why the increase goes where it goes, in one sentence's worth of facts, and the parts of
 * the balanced alternative (the same goal with every point costing the same, spread by headroom under the same caps).
 */
export interface TargetReason {
  /** the parts that take an increase, the cheapest first */
  readonly parts: readonly string[];
  /** the effort per point of the cheapest part taking an increase */
  readonly cheapest: number;
  /** the average effort per point over all parts (what "cheaper" is measured against) */
  readonly average: number;
  /** whether the cheapest part is filled to its cap (so the rest went to the next cheapest) */
  readonly capped: boolean;
}

/** Why the solver put the increase where it did: the least-effort rule, in facts; null when nothing is needed. */
export function targetReason(run: TargetRun): TargetReason | null {
  const { allocation, caps } = run.result;
  const effortOf = (code: string) => run.effort[code]?.value ?? 1;
  const parts = Object.keys(allocation)
    .filter((code) => allocation[code]! > SCORE_EPSILON)
    .sort((a, b) => effortOf(a) - effortOf(b));
  if (parts.length === 0) return null;
  const efforts = Object.keys(allocation).map(effortOf);
  const first = parts[0]!;
  return {
    parts,
    cheapest: effortOf(first),
    average: efforts.reduce((sum, e) => sum + e, 0) / efforts.length,
    capped: caps[first] !== undefined && allocation[first]! >= caps[first]! - SCORE_EPSILON,
  };
}

/** The balanced alternative's increases that are not zero, in the parts' order. */
export function balancedParts(balanced: TargetResult | null): { readonly code: string; readonly increase: number }[] {
  if (!balanced || !balanced.reachable) return [];
  return Object.entries(balanced.allocation)
    .filter(([, increase]) => increase > SCORE_EPSILON)
    .map(([code, increase]) => ({ code, increase }));
}

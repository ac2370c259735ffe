import type { Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { parScore, type ParQuery, type ParResult } from '../scoring/par-score';
import type { Scenario } from './scenario';
import { message } from '../i18n/messages';
import { definitionRulesOf } from '../indices/registry';

export interface ParScenarioResult {
  readonly base: ParResult;
  readonly scenario: ParResult;
  readonly changes: readonly { readonly code: string; readonly base: number; readonly points: number }[];
}

/**
 * A PAR INDEX what-if: the scenario's base area points (`points`) with its changes applied (set or add points to an
 * area), both scored by parScore: total, percentage, group, points lost and rank estimate, before and after.
 *
 * @example evaluateParScenario(dataset, { name: 'x', index: 'par', year: 2019, points: { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 }, changes: [{ province: '', measure: 'a6', add: 1 }] }).scenario.total // => 86
 */
export function evaluateParScenario(
  dataset: Dataset,
  scenario: Scenario,
  options: Omit<ParQuery, 'year' | 'points'> = {},
): ParScenarioResult {
  if (definitionRulesOf(scenario.index)?.scenario !== 'points' || !scenario.points) {
    throw new EngineError({ code: 'INVALID_INPUT', input: scenario.name, ...message('parScenarioNeedsPoints', {}) });
  }
  const base = parScore(dataset, { ...options, year: scenario.year, points: scenario.points });
  const points: Record<string, number> = { ...scenario.points };
  for (const change of scenario.changes) {
    const code = change.measure.toLowerCase();
    if (points[code] === undefined)
      throw new EngineError({
        code: 'UNKNOWN_MEASURE',
        input: change.measure,
        ...message('parScenarioAreaMissing', { area: change.measure }),
      });
    points[code] = change.set ?? points[code]! + change.add!;
  }
  const result = parScore(dataset, { ...options, year: scenario.year, points });
  return {
    base,
    scenario: result,
    changes: Object.keys(points)
      .filter((c) => points[c] !== scenario.points![c])
      .map((c) => ({ code: c, base: scenario.points![c]!, points: points[c]! })),
  };
}

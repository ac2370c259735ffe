import type { Dataset } from '../dataset/dataset';
import { evaluateScenario, type ScenarioResult, type Standing } from './evaluate-scenario';
import type { Scenario } from './scenario';

export interface ScenarioComparison {
  readonly a: ScenarioResult;
  readonly b: ScenarioResult;
  /** every province changed in either scenario, with its standing under each (the published one where unchanged) */
  readonly rows: readonly { readonly code: string; readonly nameVi: string; readonly base: Standing; readonly a: Standing; readonly b: Standing }[];
}

/**
 * Two scenarios side by side: each province either changes, with its base, A and B standings.
 *
 * @example compareScenarios(dataset, { name: 'A', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }] }, { name: 'B', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd8', add: 1 }] }).rows[0].b.rank // => 10
 */
export function compareScenarios(dataset: Dataset, a: Scenario, b: Scenario): ScenarioComparison {
  const resultA = evaluateScenario(dataset, a);
  const resultB = evaluateScenario(dataset, b);
  const codes = [...new Set([...resultA.provinces, ...resultB.provinces].map((p) => p.code))];
  const standing = (result: ScenarioResult, code: string): Standing => {
    const changed = result.provinces.find((p) => p.code === code);
    if (changed) return changed.scenario;
    const row = result.field.find((r) => r.code === code)!;
    return { total: row.total, rank: row.rank, of: result.field.filter((r) => r.rank !== null).length, group: null };
  };
  const rows = codes.map((code) => {
    const outcome = resultA.provinces.find((p) => p.code === code) ?? resultB.provinces.find((p) => p.code === code)!;
    return { code, nameVi: outcome.nameVi, base: outcome.base, a: standing(resultA, code), b: standing(resultB, code) };
  });
  return { a: resultA, b: resultB, rows };
}

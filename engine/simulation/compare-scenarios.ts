import { EngineError } from '../errors';
import type { Dataset } from '../dataset/dataset';
import { evaluateScenario, type ScenarioResult, type Standing } from './evaluate-scenario';
import type { Scenario } from './scenario';
import { message } from '../i18n/messages';

export interface ScenarioComparison {
  readonly a: ScenarioResult;
  readonly b: ScenarioResult;
  /** every province changed in either scenario, with its standing under each (the published one where unchanged) */
  readonly rows: readonly {
    readonly code: string;
    readonly nameVi: string;
    readonly base: Standing;
    readonly a: Standing;
    readonly b: Standing;
  }[];
}

/**
 * Two scenarios of the same year and index side by side: each province either changes, with its base, A and B
 * standings. Scenarios of different years are refused (their fields differ, so their ranks do not compare).
 *
 * @example compareScenarios(dataset, { name: 'A', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }] }, { name: 'B', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd8', add: 1 }] }).rows[0].b.rank // => 10
 */
export function compareScenarios(dataset: Dataset, a: Scenario, b: Scenario): ScenarioComparison {
  if (a.year !== b.year || a.index !== b.index) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `${a.name} / ${b.name}`,
      ...message('scenariosNotComparable', {
        a: a.name,
        aIndex: a.index,
        aYear: a.year,
        b: b.name,
        bIndex: b.index,
        bYear: b.year,
      }),
    });
  }
  if ((a.units ?? 'former') !== (b.units ?? 'former'))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `${a.name} / ${b.name}`,
      ...message('scenariosUnitsDiffer', { a: a.name, b: b.name }),
    });
  // Each side also reports the provinces only the other one changes (at their published standing).
  const named = [...a.changes, ...b.changes].map((c) => c.province);
  const resultA = evaluateScenario(dataset, a, named);
  const resultB = evaluateScenario(dataset, b, named);
  const rows = resultA.provinces.map((outcome) => ({
    code: outcome.code,
    nameVi: outcome.nameVi,
    base: outcome.base,
    a: outcome.scenario,
    b: resultB.provinces.find((p) => p.code === outcome.code)!.scenario,
  }));
  return { a: resultA, b: resultB, rows };
}

import { papiYearOf, type Dataset } from '../dataset/dataset';
import type { IndexYear } from '../dataset/index-year';
import { papiField } from './papi-field';
import { applyChanges, type ScenarioChange } from './scenario';

/**
 * The dataset as if a scenario's scores had been published for its year: every changed measure (sub-dimension,
 * dimension and the recomputed total) replaced for the provinces it touches, every other year and province as it was.
 * What-if questions asked "from the current scenario" (the target solver, sensitivity) run on this dataset, so they
 * start from what the sliders show rather than from the published scores. The changes are checked exactly as
 * evaluateScenario checks them; no changes give the dataset itself.
 *
 * @example papiProfile(datasetWithScenario(dataset, 2019, [{ province: 'An Giang', measure: 'd3', add: 1 }]), { year: 2019, province: 'An Giang' }).total.score - papiProfile(dataset, { year: 2019, province: 'An Giang' }).total.score // => 1
 */
export function datasetWithScenario(dataset: Dataset, year: number, changes: readonly ScenarioChange[]): Dataset {
  if (changes.length === 0) return dataset;
  const published = papiYearOf(dataset, year);
  const changed = applyChanges(dataset, papiField(published, dataset.definitions), changes);
  const scores = new Map<string, readonly (number | null)[]>();
  for (const [code, column] of published.scores) {
    let copy: (number | null)[] | null = null;
    for (const entry of changed.values()) {
      if (!entry.values.has(code)) continue;
      copy ??= [...column];
      copy[entry.index] = entry.values.get(code)!;
    }
    scores.set(code, copy ?? column);
  }
  const scenarioYear: IndexYear = { ...published, origin: `${published.origin} + scenario`, scores };
  const papi = new Map(dataset.papi);
  papi.set(year, scenarioYear);
  return { ...dataset, papi };
}

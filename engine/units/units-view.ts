import type { Dataset } from '../dataset/dataset';
import { LazyYears } from '../dataset/lazy-years';
import type { IndexYear } from '../dataset/index-year';
import { unitRegistry } from '../provinces/province-registry';
import { reconstructUnitsYear } from './reconstruct-units-year';
import { populationWeights, type UnitWeights } from './unit-weights';

const defaultViews = new WeakMap<Dataset, Dataset>();

/**
 * The dataset seen through the 34 units of 1 July 2025: names resolve among the units (a former name says which unit
 * it is now part of), every former-provinces PAPI year is replaced by its reconstruction (reconstructUnitsYear, with
 * population weights unless `weights` is given) and years already keyed by the units are kept. Every tool (papiProfile,
 * papiRanking, evaluateScenario, solveTarget, papiSensitivity, rankChance, rankDistributions, evaluatePlan) then works on
 * the 34-unit field unchanged: ranks "of N" among the units with a complete value, quartile groups by the same rule,
 * year-on-year changes of the reconstructed series. PAR INDEX and SIPAS stay keyed by the former provinces (see
 * parUnitResults). A view of a view is the view itself.
 *
 * @example papiRanking(papiUnitsView(dataset), { year: 2024 }).length // => 34
 */
export function papiUnitsView(dataset: Dataset, options: { readonly weights?: UnitWeights | null } = {}): Dataset {
  if (dataset.provinces.set === 'units-2025') return dataset;
  const weights = options.weights ?? null;
  const cached = weights === null ? defaultViews.get(dataset) : undefined;
  if (cached) return cached;
  const chosen = weights ?? populationWeights(dataset.provinces);
  // Each year is reconstructed when first used, like the published years are parsed (LazyYears).
  const papi = new LazyYears<IndexYear>(
    [...dataset.papi.keys()].map(
      (year) =>
        [
          year,
          () => {
            const data = dataset.papi.get(year)!;
            return (data.unitSet ?? 'former') === 'former' ? reconstructUnitsYear(dataset, data, chosen) : data;
          },
        ] as const,
    ),
  );
  const view: Dataset = { ...dataset, provinces: unitRegistry(dataset.provinces), papi };
  if (weights === null) defaultViews.set(dataset, view);
  return view;
}

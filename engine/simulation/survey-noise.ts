import type { LocalName } from '../definitions/index-definition';
import type { IndexYear } from '../dataset/index-year';
import type { ProvinceRegistry } from '../provinces/province-registry';
import design from './papi-survey-design.json';

/** The design's sample size of a former province (small, medium or large class). */
function sampleSize(gsoCode: string): number {
  return design.large.includes(gsoCode)
    ? design.sampleSize.large
    : design.medium.includes(gsoCode)
      ? design.sampleSize.medium
      : design.sampleSize.small;
}

/** Standard error of a total over `dimensions` dimensions measured on `n` respondents, under the design's assumptions. */
function standardErrorOfSample(n: number, dimensions: number): number {
  const perDimension = design.respondentSd * Math.sqrt(design.designEffect / n);
  return perDimension * Math.sqrt(dimensions + dimensions * (dimensions - 1) * design.dimensionCorrelation);
}

/**
 * Standard error of a province's PAPI total from the survey design when no published one is given: the sample size of
 * the province's class (small, medium, large) and the assumptions in papi-survey-design.json (stated, not published).
 *
 * @example surveyStandardError('89', 8).toFixed(3) // => '0.474'
 */
export function surveyStandardError(gsoCode: string, dimensions: number): number {
  return standardErrorOfSample(sampleSize(gsoCode), dimensions);
}

/**
 * Standard error of a 2025 unit's total from its predecessors' samples combined: a weighted mean of independent
 * provincial estimates has variance Σ share² × SE²; with shares in proportion to sample sizes (the default, and the
 * rule for a year keyed by the units) this is the standard error of one sample of Σ n respondents.
 *
 * @example unitStandardError([{ code: '89' }, { code: '91' }], 8).toFixed(3) // => '0.387'
 */
export function unitStandardError(
  predecessors: readonly { readonly code: string; readonly share?: number }[],
  dimensions: number,
): number {
  const sizes = predecessors.map((p) => sampleSize(p.code));
  const combined = sizes.reduce((s, n) => s + n, 0);
  let variance = 0;
  predecessors.forEach((p, i) => {
    const share = p.share ?? sizes[i]! / combined;
    variance += share * share * standardErrorOfSample(sizes[i]!, dimensions) ** 2;
  });
  return Math.sqrt(variance);
}

/**
 * The standard error of one row of a PAPI year: a former province by its class; a reconstructed unit from its
 * predecessors with the reconstruction's shares; a unit of a year keyed by the units from its predecessors' samples
 * combined.
 *
 * @example standardErrorOfRow(registry, dataset.papi.get(2024), '89', 8).toFixed(3) // => '0.474'
 */
export function standardErrorOfRow(
  registry: ProvinceRegistry,
  year: IndexYear,
  code: string,
  dimensions: number,
): number {
  const estimate = year.estimate?.units.get(code);
  if (estimate) return unitStandardError(estimate.predecessors, dimensions);
  const members = (year.unitSet ?? 'former') === 'units-2025' ? registry.byCode.get(code)?.formerProvinces : undefined;
  return members
    ? unitStandardError(
        members.map((c) => ({ code: c })),
        dimensions,
      )
    : surveyStandardError(code, dimensions);
}

export const SURVEY_ASSUMPTION: LocalName = design.assumption;

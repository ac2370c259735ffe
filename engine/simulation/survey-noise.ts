import type { LocalName } from '../definitions/index-definition';
import design from './papi-survey-design.json';

/**
 * Standard error of a province's PAPI total from the survey design when no published one is given: the sample size of
 * the province's class (small, medium, large) and the assumptions in papi-survey-design.json (stated, not published).
 *
 * @example surveyStandardError('89', 8).toFixed(3) // => '0.474'
 */
export function surveyStandardError(gsoCode: string, dimensions: number): number {
  const n = design.large.includes(gsoCode) ? design.sampleSize.large : design.medium.includes(gsoCode) ? design.sampleSize.medium : design.sampleSize.small;
  const perDimension = design.respondentSd * Math.sqrt(design.designEffect / n);
  return perDimension * Math.sqrt(dimensions + dimensions * (dimensions - 1) * design.dimensionCorrelation);
}

export const SURVEY_ASSUMPTION: LocalName = design.assumption;

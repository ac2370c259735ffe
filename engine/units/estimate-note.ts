import type { LocalName } from '../definitions/index-definition';
import type { PapiYear } from '../dataset/papi-year';

/**
 * The label every reconstructed value carries: an estimate, its method and its weights.
 *
 * @example estimateNote({ vi: 'bình quân', en: 'mean' }, { vi: 'dân số', en: 'population' }).en // => 'Estimate (not published): mean; weights: population.'
 */
export function estimateNote(method: LocalName, weightsSource: LocalName): LocalName {
  return {
    vi: `Ước tính (không phải số công bố): ${method.vi}; trọng số: ${weightsSource.vi}.`,
    en: `Estimate (not published): ${method.en}; weights: ${weightsSource.en}.`,
  };
}

/**
 * The estimate label of a reconstructed year, or null for published data.
 *
 * @example estimateNoteOf(dataset.papi.get(2024)) // => null
 */
export function estimateNoteOf(year: PapiYear): LocalName | null {
  return year.estimate ? estimateNote(year.estimate.method, year.estimate.weightsSource) : null;
}

import type { LocalName } from '../definitions/index-definition';
import type { IndexYear } from '../dataset/index-year';
import { message } from '../i18n/messages';

/**
 * The label every reconstructed value carries: an estimate, its method and its weights.
 *
 * @example estimateNote({ vi: 'bình quân', en: 'mean' }, { vi: 'dân số', en: 'population' }).en // => 'Estimate (not published): mean; weights: population.'
 */
export function estimateNote(method: LocalName, weightsSource: LocalName): LocalName {
  return message('estimateNote', { method, weights: weightsSource });
}

/**
 * The estimate label of a reconstructed year, or null for published data.
 *
 * @example estimateNoteOf(dataset.papi.get(2024)) // => null
 */
export function estimateNoteOf(year: IndexYear): LocalName | null {
  return year.estimate ? estimateNote(year.estimate.method, year.estimate.weightsSource) : null;
}

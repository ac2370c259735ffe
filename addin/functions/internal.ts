import { classOf, DEFAULT_CLASSES, indexPercent, parseClassBands } from '../../engine/all';
import { isBlank, numberArg, optionalText, type Cell, type Range } from './cells';
import { cellError } from './excel-error';
import { cellMessage } from './i18n/messages';

/** A range's cells, row by row (a single cell is a 1x1 range). */
const cellsOf = (range: Range): Cell[] =>
  Array.isArray(range) ? range.flatMap((row) => (Array.isArray(row) ? row : [row])) : [range as Cell];

/** Leaf points from a range: numbers, "na" (not applicable) or blank (missing). */
function pointsArg(range: Range): (number | 'na' | null)[] {
  return cellsOf(range).map((value, i) => {
    if (isBlank(value)) return null;
    if (typeof value === 'string' && value.trim().toLowerCase() === 'na') return 'na';
    return numberArg(value, cellMessage('argScoreAt', { position: i + 1 }));
  });
}

/** PAPI.INTERNAL.PERCENT: a unit's index % from its score range and the maximum range (na leaves out, blank = #N/A). */
export function internalPercentCell(scores: Range, maxima: Range, adjustment: Cell): number {
  const maxValues = cellsOf(maxima).map((value, i) =>
    numberArg(value, cellMessage('argMaximumAt', { position: i + 1 })),
  );
  const result = indexPercent(
    pointsArg(scores),
    maxValues,
    isBlank(adjustment) ? 0 : numberArg(adjustment, cellMessage('argAdjustment')),
  );
  if (result.percent === null) {
    const n = result.missing.length;
    const positions = result.missing
      .slice(0, 5)
      .map((i) => i + 1)
      .join(', ');
    throw cellError('notAvailable', cellMessage('internalIncomplete', { count: n, positions, more: n > 5 }));
  }
  return result.percent;
}

/** PAPI.INTERNAL.CLASS: the class of an index % by bands "label>=min,...,label" (default: the sample bands). */
export function internalClassCell(percent: Cell, bands: Cell): string {
  const value = numberArg(percent, cellMessage('argIndexPercent'));
  if (!(value >= 0 && value <= 100)) throw cellError('invalidValue', cellMessage('percentOutOfRange', { value }));
  const label = classOf(parseClassBands(optionalText(bands) ?? DEFAULT_CLASSES), value);
  if (label === null) throw cellError('notAvailable', cellMessage('noClass', { value }));
  return label;
}

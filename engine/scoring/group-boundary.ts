import type { IndexDefinition } from '../definitions/index-definition';
import { readChoice } from '../input/read-choice';
import type { BoundaryConvention } from './quartile-groups';

/** The convention that applies to one measure of the year ('total', 'd7', 'd3_2'). */
export type BoundaryRule = (measure: string) => BoundaryConvention;

/** Where a score on a cut-off goes when the definition says nothing: below it ('lower'). */
export const DEFAULT_BOUNDARY: BoundaryConvention = 'lower';

/**
 * Where a score exactly on a quartile cut-off goes, for each measure of a year. The PAPI reports do not state the
 * rule, and no single convention reproduces every published group statement, so the definition file records it per
 * year (and per measure where needed) with its source: its group rule's `boundary` applies unless an `exceptions`
 * entry covers the year and measure. An explicit `override` ('lower' | 'upper', e.g. `--boundary`) wins.
 *
 * @example groupBoundary({ groupRule: { kind: 'quartile', boundary: 'lower', exceptions: [{ years: [2020, 2020], measures: ['total'], boundary: 'upper', source: 'x' }] } }, 2020)('total') // => 'upper'
 * @example groupBoundary({ groupRule: { kind: 'quartile', boundary: 'lower' } }, 2020, 'upper')('d1') // => 'upper'
 */
export function groupBoundary(
  definition: Pick<IndexDefinition, 'groupRule'>,
  year: number,
  override?: string | null,
): BoundaryRule {
  const chosen = readChoice(override, ['lower', 'upper'] as const, 'boundary');
  if (chosen !== null) return () => chosen;
  const rule = definition.groupRule;
  const fallback = rule?.boundary ?? DEFAULT_BOUNDARY;
  const exceptions = (rule?.exceptions ?? []).filter((e) => e.years[0] <= year && year <= e.years[1]);
  if (exceptions.length === 0) return () => fallback;
  return (measure) =>
    exceptions.find((e) => e.measures === undefined || e.measures.includes(measure))?.boundary ?? fallback;
}

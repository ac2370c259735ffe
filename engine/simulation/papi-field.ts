import { childrenOf, topComponents } from '../definitions/catalog';
import type { DefinitionNode, IndexDefinition } from '../definitions/index-definition';
import { definitionOfYear, type Dataset } from '../dataset/dataset';
import type { IndexYear } from '../dataset/index-year';
import type { Province } from '../provinces/province';
import { findProvince } from '../provinces/province-registry';
import { EngineError } from '../errors';
import { partitionPoint, rankInAscending } from '../scoring/score-order';
import { quantileLinear, quartileGroup, type BoundaryConvention, type PapiGroup } from '../scoring/quartile-groups';
import { message } from '../i18n/messages';

/** One measure of a year prepared for what-if questions: scores by province and the present ones sorted ascending. */
export interface FieldMeasure {
  readonly code: string;
  readonly node: DefinitionNode;
  readonly scores: readonly (number | null)[];
  readonly ascending: Float64Array;
}

/** A PAPI year compiled once (cached per year object) so that a scenario costs microseconds. */
export interface PapiField {
  readonly year: IndexYear;
  readonly definition: IndexDefinition;
  readonly dimensions: readonly DefinitionNode[];
  readonly measures: ReadonlyMap<string, FieldMeasure>;
  readonly position: ReadonlyMap<string, number>;
}

const cache = new WeakMap<IndexYear, PapiField>();

export function papiField(year: IndexYear, definitions: readonly IndexDefinition[]): PapiField {
  const cached = cache.get(year);
  if (cached) return cached;
  const definition = definitionOfYear({ definitions }, year);
  const measures = new Map<string, FieldMeasure>();
  for (const node of definition.nodes) {
    const scores = year.scores.get(node.code);
    if (!scores) continue;
    measures.set(node.code, {
      code: node.code,
      node,
      scores,
      ascending: Float64Array.from(scores.filter((s): s is number => s !== null)).sort(),
    });
  }
  const field: PapiField = {
    year,
    definition,
    dimensions: topComponents(definition),
    measures,
    position: new Map(year.provinces.map((c, i) => [c, i])),
  };
  cache.set(year, field);
  return field;
}

export function fieldMeasure(field: PapiField, code: string): FieldMeasure {
  const measure = field.measures.get(code);
  if (measure) return measure;
  throw new EngineError({
    code: 'UNKNOWN_MEASURE',
    input: code,
    ...message('fieldMeasureMissing', { year: field.year.year, code }),
  });
}

/** A province as users type it and its row in the year, or UNKNOWN_PROVINCE (with suggestions for a typo). */
export function provinceRow(dataset: Dataset, field: PapiField, name: string): { province: Province; index: number } {
  const province = findProvince(dataset.provinces, name);
  const index = field.position.get(province.code);
  if (index !== undefined) return { province, index };
  throw new EngineError({
    code: 'UNKNOWN_PROVINCE',
    input: name,
    ...message('provinceNotInPapiYear', {
      year: field.year.year,
      nameVi: province.nameVi,
      nameAscii: province.nameAscii,
    }),
  });
}

/** A province that has a published total in the year (what solving or ranking it needs), with that total. */
export function rankedRow(
  dataset: Dataset,
  field: PapiField,
  name: string,
): { province: Province; index: number; total: number } {
  const province = findProvince(dataset.provinces, name);
  const index = field.position.get(province.code);
  const total = index === undefined ? null : (fieldMeasure(field, 'total').scores[index] ?? null);
  if (index !== undefined && total !== null) return { province, index, total };
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: name,
    ...message('provinceWithoutPapiTotal', {
      year: field.year.year,
      nameVi: province.nameVi,
      nameAscii: province.nameAscii,
    }),
  });
}

export function subdimensionsOf(field: PapiField, dimension: string): DefinitionNode[] {
  return childrenOf(field.definition, dimension).filter((n) => field.measures.has(n.code));
}

/**
 * The ascending present scores of a measure with some provinces' scores replaced (index -> new score or null):
 * each replacement removes the old value and inserts the new one, O(N) per replacement and no sort.
 */
export function replacedAscending(
  measure: FieldMeasure,
  replacements: ReadonlyMap<number, number | null>,
): Float64Array {
  if (replacements.size === 0) return measure.ascending;
  const out = new Float64Array(measure.ascending.length + replacements.size);
  out.set(measure.ascending);
  let length = measure.ascending.length;
  for (const [index, value] of replacements) {
    const old = measure.scores[index] ?? null;
    if (old !== null) {
      const at = lowerBound(out, length, old);
      out.copyWithin(at, at + 1, length);
      length -= 1;
    }
    if (value !== null) {
      const at = lowerBound(out, length, value);
      out.copyWithin(at + 1, at, length);
      out[at] = value;
      length += 1;
    }
  }
  return out.subarray(0, length);
}

/** The first position in sorted[0, length) whose value is not below `value` (exact: it locates a stored value). */
const lowerBound = (sorted: Float64Array, length: number, value: number) =>
  partitionPoint(length, (i) => sorted[i]! >= value);

export { rankInAscending };

/** The quartile group of a score within a field that contains it (cut-offs as in the published groups). */
export function groupInAscending(ascending: Float64Array, score: number, boundary: BoundaryConvention): PapiGroup {
  const cutoffs = {
    p25: quantileLinear(ascending, 0.25),
    p50: quantileLinear(ascending, 0.5),
    p75: quantileLinear(ascending, 0.75),
  };
  return quartileGroup(score, cutoffs, boundary);
}

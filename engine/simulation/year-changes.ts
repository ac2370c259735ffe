import { definitionOfYear, type Dataset } from '../dataset/dataset';
import type { IndexYear } from '../dataset/index-year';

/** One province's change from one year to the next, per dimension (present in both years). */
export interface YearChange {
  readonly province: string;
  readonly from: number;
  readonly to: number;
  /** measure code -> change in score */
  readonly changes: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Dataset, Map<string, YearChange[]>>();

/**
 * Every province's year-on-year change between consecutive years of the same methodology as `year` (same series for
 * dimensions: 2018 -> 2019 -> ... for the 8-dimension PAPI; same definition for sub-dimensions, whose content changed
 * between definitions). Across a methodology break scores are not comparable, so those pairs are left out.
 *
 * @example yearOnYearChanges(dataset, dataset.papi.get(2019)).filter((c) => c.from === 2018).length // => 63
 */
export function yearOnYearChanges(dataset: Dataset, year: IndexYear): readonly YearChange[] {
  let bySeries = cache.get(dataset);
  if (!bySeries) cache.set(dataset, (bySeries = new Map()));
  const definition = definitionOfYear(dataset, year);
  const cached = bySeries.get(definition.id);
  if (cached) return cached;
  const out: YearChange[] = [];
  for (const later of dataset.papi.values()) {
    const earlier = dataset.papi.get(later.year - 1);
    // Codes mean different units in the two sets (91: Kiên Giang, then An Giang): no pairs across the 2025 change.
    if (!earlier || (earlier.unitSet ?? 'former') !== (later.unitSet ?? 'former')) continue;
    const earlierDefinition = definitionOfYear(dataset, earlier);
    const laterDefinition = definitionOfYear(dataset, later);
    if (earlierDefinition.series !== definition.series || laterDefinition.series !== definition.series) continue;
    const sameDefinition = earlier.definitionId === later.definitionId && later.definitionId === definition.id;
    for (const [i, code] of later.provinces.entries()) {
      const j = earlier.provinces.indexOf(code);
      if (j < 0) continue;
      const changes = new Map<string, number>();
      for (const node of laterDefinition.nodes) {
        if (node.level === 'subdimension' && !sameDefinition) continue;
        if (node.level !== 'dimension' && node.level !== 'subdimension') continue;
        const now = later.scores.get(node.code)?.[i] ?? null;
        const before = earlier.scores.get(node.code)?.[j] ?? null;
        if (now !== null && before !== null) changes.set(node.code, now - before);
      }
      if (changes.size > 0) out.push({ province: code, from: earlier.year, to: later.year, changes });
    }
  }
  bySeries.set(definition.id, out);
  return out;
}

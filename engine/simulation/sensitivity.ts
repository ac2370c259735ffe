import { nodeName } from '../definitions/catalog';
import type { LocalName } from '../definitions/index-definition';
import { papiYearOf, type Dataset } from '../dataset/dataset';
import { fieldMeasure, papiField, rankedRow, rankInAscending, replacedAscending } from './papi-field';

export const SENSITIVITY_STEPS = [0.1, 0.25, 0.5, 1] as const;

export interface SensitivityRow {
  readonly code: string;
  readonly name: LocalName;
  readonly base: number | null;
  /** places gained by each step in this dimension alone (capped at the dimension's maximum), null without a score */
  readonly rankGain: readonly (number | null)[];
  /** places gained in that dimension's own ranking by the same steps */
  readonly dimensionRankGain: readonly (number | null)[];
}

/**
 * For one province, the rank gained by raising each dimension alone by 0.1, 0.25, 0.5 and 1.0 point, the other
 * provinces fixed. The total is an unweighted sum, so every dimension moves the total rank alike until it hits its
 * maximum; the dimension's own rank shows where the same effort stands out most.
 *
 * @example papiSensitivity(dataset, { year: 2019, province: 'An Giang' }).rows.find((r) => r.code === 'd3').rankGain // => [1, 3, 6, 11]
 */
export function papiSensitivity(
  dataset: Dataset,
  query: { year: number; province: string },
): { steps: readonly number[]; baseRank: number; of: number; rows: SensitivityRow[] } {
  const year = papiYearOf(dataset, query.year);
  const field = papiField(year, dataset.definitions);
  const { index, total: baseTotal } = rankedRow(dataset, field, query.province);
  const total = fieldMeasure(field, 'total');
  const others = replacedAscending(total, new Map([[index, null]]));
  const baseRank = rankInAscending(others, baseTotal);
  const rows = field.dimensions.map((d) => {
    const measure = fieldMeasure(field, d.code);
    const base = measure.scores[index] ?? null;
    const steps = SENSITIVITY_STEPS.map((step) =>
      base === null ? null : Math.min(step, Math.max(0, (d.max ?? Infinity) - base)),
    );
    const rankGain = steps.map((step) => (step === null ? null : baseRank - rankInAscending(others, baseTotal + step)));
    const dimensionOthers = replacedAscending(measure, new Map([[index, null]]));
    const dimensionRankGain = steps.map((step) =>
      step === null || base === null
        ? null
        : rankInAscending(dimensionOthers, base) - rankInAscending(dimensionOthers, base + step),
    );
    return { code: d.code, name: nodeName(d, year.year), base, rankGain, dimensionRankGain };
  });
  return { steps: SENSITIVITY_STEPS, baseRank, of: total.ascending.length, rows };
}

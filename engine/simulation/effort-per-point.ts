import { papiYearOf, type Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { papiField, subdimensionsOf } from './papi-field';
import { yearOnYearChanges } from './year-changes';
import { message } from '../i18n/messages';

/** How the effort of one part was derived: its typical yearly movement and the resulting effort per point. */
export interface PartEffort {
  readonly code: string;
  /** mean absolute year-on-year change of the part's score, over every province and pair of consecutive years */
  readonly meanYearlyChange: number;
  /** how many year-on-year changes the mean is taken over */
  readonly changes: number;
  /** effort per point: the mean movement of all parts divided by this part's (1 = an average part) */
  readonly effort: number;
}

/**
 * A default effort per point for each dimension (or sub-dimension) of a PAPI year, derived from the data: a point is
 * cheaper in a part whose scores have moved more from one year to the next. For each part, the mean absolute
 * year-on-year change over every province and every pair of consecutive years of the same methodology
 * (`yearOnYearChanges`: pairs across a methodology break are left out); the effort is the average of those means over
 * all parts divided by the part's own mean, so an average part costs 1, a part that moves twice as much costs about
 * 0.5. Missing scores are skipped (they give no change). A part with no year-on-year change in the data (a single year
 * of its methodology) gets the effort 1 and `changes` 0. The target solver minimises the total effort, so these
 * weights steer an increase towards the dimensions where provinces have actually gained points.
 *
 * @example effortPerPoint(dataset, { year: 2019 }).find((p) => p.code === 'd8').effort < effortPerPoint(dataset, { year: 2019 }).find((p) => p.code === 'd4').effort // => true
 */
export function effortPerPoint(
  dataset: Dataset,
  query: { readonly year: number; readonly level?: 'dimension' | 'subdimension' },
): PartEffort[] {
  const year = papiYearOf(dataset, query.year);
  const field = papiField(year, dataset.definitions);
  const level = query.level ?? 'dimension';
  const nodes =
    level === 'dimension' ? field.dimensions : field.dimensions.flatMap((d) => subdimensionsOf(field, d.code));
  if (nodes.length === 0)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: level,
      ...message('subdimensionDataMissing', { year: year.year }),
    });
  const changes = yearOnYearChanges(dataset, year);
  const moved = nodes.map((node) => {
    let sum = 0;
    let count = 0;
    for (const c of changes) {
      const change = c.changes.get(node.code);
      if (change === undefined) continue;
      sum += Math.abs(change);
      count += 1;
    }
    return { code: node.code, meanYearlyChange: count === 0 ? 0 : sum / count, changes: count };
  });
  const measured = moved.filter((m) => m.changes > 0 && m.meanYearlyChange > 0);
  const average = measured.reduce((s, m) => s + m.meanYearlyChange, 0) / Math.max(1, measured.length);
  return moved.map((m) => ({
    ...m,
    effort: m.changes > 0 && m.meanYearlyChange > 0 ? average / m.meanYearlyChange : 1,
  }));
}

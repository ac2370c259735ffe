import { definitionOfYear, type Dataset } from '../dataset/dataset';
import type { IndexYear } from '../dataset/index-year';
import { topComponents } from '../definitions/catalog';
import { yearOnYearChanges } from './year-changes';

/**
 * What the rank Monte Carlo draws the other provinces' movement from, for one field year, with no look-ahead: only
 * changes between consecutive years (t, t + 1) with t + 1 <= the field year.
 *
 * Each simulated year is one year-wide shift (a past year's mean change minus the mean of those, drawn from `shifts`)
 * plus a province part: `reversion` × (the province's distance from the field's mean) + a residual drawn from
 * `residuals` (a past change minus its year's mean and its own reversion term). Changes of published totals already
 * contain the sampling noise of both years, so a moving province gets no further noise: it is counted once. When the
 * question is about one province's scores one year ahead, that province's own change is one more draw of the same
 * year and says something about its shift: `shiftWeights` (chosen by back-test, docs/forecast-quality.md).
 */
export interface ChangePool {
  /** the years t + 1 whose changes (t -> t + 1) are in the pool, ascending */
  readonly years: readonly number[];
  /** how many province changes the pool holds */
  readonly changes: number;
  /** one mean change per pool year (rescaled when borrowed), minus the mean of those: no drift of the whole field is
   * assumed (the past years' average drift is a few years' noise; chosen by back-test) */
  readonly shifts: Float64Array;
  /** change - its year's mean - reversion × distance, one per province change */
  readonly residuals: Float64Array;
  /** slope of a change on the distance from its year's mean (least squares within years; about -0.4) */
  readonly reversion: number;
  /** standard deviation of `residuals` (the province part's spread, for shiftWeights) */
  readonly spread: number;
  /** the years of the earlier methodology in the pool, and the scale their changes were multiplied by */
  readonly borrowed: { readonly years: readonly number[]; readonly scale: number } | null;
}

interface PairYear {
  readonly to: number;
  readonly changes: number[];
  readonly distances: number[];
}

const cache = new WeakMap<Dataset, Map<number, ChangePool>>();

/**
 * The change pool of a field year (see ChangePool): every year pair of its methodology up to the field year, and every
 * year pair of the methodology before it (which all lie before the field year) with changes and distances rescaled by
 * the ratio of the two periods' spreads of totals (the field year's standard deviation over the earlier period's last
 * year's), so that a change means the same share of the field. A methodology has few years of its own (the
 * 8-dimension PAPI: one pair up to 2019), and year-wide shifts need many years to show their spread: chosen by
 * back-test (docs/forecast-quality.md), against the own period alone, whose few shifts all had one sign up to 2022.
 *
 * @example changePool(dataset, dataset.papi.get(2019)).years // => [2012, 2013, 2014, 2015, 2016, 2017, 2019]
 */
export function changePool(dataset: Dataset, year: IndexYear): ChangePool {
  let byYear = cache.get(dataset);
  if (!byYear) cache.set(dataset, (byYear = new Map()));
  const cached = byYear.get(year.year);
  if (cached) return cached;
  const own = pairYears(dataset, year, year.year);
  let pairs = own;
  let borrowed: ChangePool['borrowed'] = null;
  {
    const series = definitionOfYear(dataset, year).series;
    const first = Math.min(year.year, ...own.map((p) => p.to - 1));
    const earlier = [...dataset.papi.keys()]
      .filter((y) => y < first && definitionOfYear(dataset, dataset.papi.get(y)!).series !== series)
      .sort((a, b) => b - a)[0];
    if (earlier !== undefined) {
      const last = dataset.papi.get(earlier)!;
      const before = pairYears(dataset, last, earlier);
      const scale = spread(dataset, year) / spread(dataset, last);
      if (before.length > 0 && Number.isFinite(scale) && scale > 0) {
        const scaled = before.map((p) => ({
          to: p.to,
          changes: p.changes.map((c) => c * scale),
          distances: p.distances.map((d) => d * scale),
        }));
        pairs = [...scaled, ...own];
        borrowed = { years: scaled.map((p) => p.to), scale };
      }
    }
  }
  const pool = fitPool(pairs, borrowed);
  byYear.set(year.year, pool);
  return pool;
}

/** Mean change per year (centred), the within-year reversion slope and the residuals. */
function fitPool(pairs: readonly PairYear[], borrowed: ChangePool['borrowed']): ChangePool {
  const shifts = pairs.map((p) => mean(p.changes));
  const drift = shifts.length > 0 ? mean(shifts) : 0;
  let sxy = 0;
  let sxx = 0;
  pairs.forEach((p, k) =>
    p.changes.forEach((c, i) => {
      sxy += (c - shifts[k]!) * p.distances[i]!;
      sxx += p.distances[i]! ** 2;
    }),
  );
  const reversion = sxx > 0 ? sxy / sxx : 0;
  const residuals = pairs.flatMap((p, k) => p.changes.map((c, i) => c - shifts[k]! - reversion * p.distances[i]!));
  return {
    years: pairs.map((p) => p.to),
    changes: residuals.length,
    shifts: Float64Array.from(shifts, (s) => s - drift),
    residuals: Float64Array.from(residuals),
    reversion,
    spread: residuals.length > 0 ? Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length) : 0,
    borrowed,
  };
}

/**
 * How likely each of the pool's year-wide shifts is once one province's own change over the year is known: the
 * shifts are equally likely beforehand, and a province's change is its year's shift + `reversion` × its distance
 * from the field's mean + a residual, taken as normal with the residuals' spread (Bayes' rule). A province that
 * rose says its year was more likely a year when everyone rose. Chosen by back-test on field years 2014-2018
 * (docs/forecast-quality.md); used one year ahead only (the back-test's horizon).
 *
 * @example Array.from(shiftWeights({ shifts: Float64Array.of(-1, 1), reversion: 0, spread: 1 }, 0, 0)) // => [0.5, 0.5]
 */
export function shiftWeights(
  pool: Pick<ChangePool, 'shifts' | 'reversion' | 'spread'>,
  change: number,
  distance: number,
): Float64Array {
  const misses = Array.from(pool.shifts, (s) => (change - s - pool.reversion * distance) / pool.spread);
  const best = Math.min(...misses.map((z) => z * z));
  const likelihoods = misses.map((z) => Math.exp(-0.5 * (z * z - best)));
  const sum = likelihoods.reduce((s, l) => s + l, 0);
  return Float64Array.from(likelihoods, (l) => l / sum);
}

/**
 * The year pairs (t, t + 1) of `year`'s methodology with t + 1 <= `upTo`: each province's change of the total (sum of
 * the top components, present in both years) and its distance from the mean of those provinces' totals in year t.
 */
function pairYears(dataset: Dataset, year: IndexYear, upTo: number): PairYear[] {
  const components = topComponents(definitionOfYear(dataset, year)).map((d) => d.code);
  const byTo = new Map<number, { changes: number[]; totals: number[] }>();
  for (const change of yearOnYearChanges(dataset, year)) {
    if (change.to > upTo || !components.every((d) => change.changes.has(d))) continue;
    const earlier = dataset.papi.get(change.from)!;
    const row = earlier.provinces.indexOf(change.province);
    const scores = components.map((d) => earlier.scores.get(d)?.[row] ?? null);
    if (scores.some((s) => s === null)) continue;
    let entry = byTo.get(change.to);
    if (!entry) byTo.set(change.to, (entry = { changes: [], totals: [] }));
    entry.changes.push(components.reduce((s, d) => s + change.changes.get(d)!, 0));
    entry.totals.push(scores.reduce((s: number, x) => s + x!, 0));
  }
  return [...byTo.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, e]) => e.changes.length >= 2)
    .map(([to, e]) => {
      const centre = mean(e.totals);
      return { to, changes: e.changes, distances: e.totals.map((t) => t - centre) };
    });
}

/** Standard deviation of a year's totals (sum of its top components). */
function spread(dataset: Dataset, year: IndexYear): number {
  const components = topComponents(definitionOfYear(dataset, year)).map((d) => d.code);
  const totals: number[] = [];
  year.provinces.forEach((_, i) => {
    const scores = components.map((d) => year.scores.get(d)?.[i] ?? null);
    if (scores.every((s) => s !== null)) totals.push(scores.reduce((s: number, x) => s + x!, 0));
  });
  const m = mean(totals);
  return Math.sqrt(totals.reduce((s, t) => s + (t - m) ** 2, 0) / Math.max(1, totals.length - 1));
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

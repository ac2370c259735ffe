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
 * question is about one province's scores, that province's own change is one more draw of the same years and says
 * something about their shifts: `shiftPosterior` (chosen by back-test, docs/forecast-quality.md).
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
  /** standard deviation of `residuals` (the province part's spread, for shiftPosterior) */
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
 * The year-wide shift once one province's own change over `years` years is known. Each year's shift is one of the
 * pool's, all equally likely beforehand; only their sum over the years moves the ranking (a province's distance from
 * the field's mean does not depend on the shifts), so the answer is every possible sum (one per multiset of pool
 * shifts, in a fixed order) with its probability. Bayes' rule: the prior is each sum's share of the equally likely
 * draws (a multinomial count), the likelihood of the province's change is normal around sum + ((1 + reversion)^years
 * − 1) × its distance from the field's mean, with the residuals' spread grown over the years (spread ×
 * √Σ_{j<years} (1 + reversion)^2j). A province that rose says its years were more likely years when everyone rose.
 * Chosen by back-test on field years 2014-2018 (docs/forecast-quality.md, one year ahead).
 *
 * @example Array.from(shiftPosterior({ shifts: Float64Array.of(-1, 1), reversion: 0, spread: 1 }, 0, 0).weights) // => [0.5, 0.5]
 * @example Array.from(shiftPosterior({ shifts: Float64Array.of(-1, 1), reversion: 0, spread: 1 }, 0, 0, 2).sums) // => [-2, 0, 2]
 */
export function shiftPosterior(
  pool: Pick<ChangePool, 'shifts' | 'reversion' | 'spread'>,
  change: number,
  distance: number,
  years = 1,
): { sums: Float64Array; weights: Float64Array } {
  const sums: number[] = [];
  const counts: number[] = [];
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  // every multiset of `years` pool shifts: n_i draws of shift i, in the order n_0 = years, years - 1, ..., 0
  const choose = (i: number, left: number, sum: number, count: number) => {
    const last = i === pool.shifts.length - 1;
    for (let n = left; n >= (last ? left : 0); n--) {
      const next = n === 0 ? sum : sum + n * pool.shifts[i]!;
      if (last || n === left) {
        sums.push(next);
        counts.push(count / factorial(n));
      } else choose(i + 1, left - n, next, count / factorial(n));
    }
  };
  if (pool.shifts.length > 0) choose(0, years, 0, factorial(years));
  // over the years the distance grows by (1 + reversion) a year: its change is Σ reversion × (1 + reversion)^j × distance
  let drift = 0;
  let variance = 0;
  for (let j = 0, growth = 1; j < years; j++, growth *= 1 + pool.reversion) {
    drift += pool.reversion * growth * distance;
    variance += growth * growth;
  }
  const spread = pool.spread * Math.sqrt(variance);
  const misses = sums.map((t) => {
    const z = (change - t - drift) / spread;
    return z * z;
  });
  const best = misses.reduce((a, z) => Math.min(a, z), Infinity);
  const weights = misses.map((z, k) => Math.round(counts[k]!) * Math.exp(-0.5 * (z - best)));
  const total = weights.reduce((s, w) => s + w, 0);
  return { sums: Float64Array.from(sums), weights: Float64Array.from(weights, (w) => w / total) };
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

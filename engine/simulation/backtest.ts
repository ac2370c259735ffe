import { definitionOfYear, papiYearOf, type Dataset } from '../dataset/dataset';
import { topComponents } from '../definitions/catalog';
import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import { groupBoundary } from '../scoring/group-boundary';
import { PAPI_GROUPS, type BoundaryConvention, type PapiGroup } from '../scoring/quartile-groups';
import { rankInAscending, SCORE_EPSILON } from '../scoring/score-order';
import { groupInAscending, papiField } from './papi-field';
import { DEFAULT_SEED, planChance } from './rank-chance';
import { createRankRun, rankPercentiles } from './rank-monte-carlo';

/** The rank thresholds whose chances a back-test scores (top 10, 20 and 32). */
export const BACKTEST_RANKS = [10, 20, 32] as const;
export const BACKTEST_ITERATIONS = 20000;

export interface BacktestQuery {
  /** first and last field year Y (each case predicts Y + 1 from the field of Y); default: the latest methodology's */
  readonly from?: number;
  readonly to?: number;
  readonly iterations?: number;
  readonly seed?: number;
}

/** One case: province P's actual Y + 1 scores put into the field of Y, the engine's prediction and what happened. */
export interface BacktestRow {
  readonly year: number;
  readonly code: string;
  readonly province: string;
  readonly nominal: number;
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
  /** P(rank <= K) for K = 10, 20, 32 */
  readonly prob: Readonly<Record<string, number>>;
  /** P(group) for the four quartile groups of the field */
  readonly groups: Readonly<Record<PapiGroup, number>>;
  readonly actualRank: number;
  readonly actualGroup: PapiGroup;
  readonly of: number;
}

/** How well one set of predictions did. */
export interface BacktestScore {
  readonly cases: number;
  /** share of actual ranks inside [P5, P95] */
  readonly coverage: number;
  /** share with an actual rank better than P5 (a smaller number) and worse than P95 */
  readonly below: number;
  readonly above: number;
  readonly meanWidth: number;
  /** Brier score of P(rank <= K) per K, and their mean */
  readonly brier: Readonly<Record<string, number>> & { readonly mean: number };
}

export interface ReliabilityBin {
  readonly from: number;
  readonly to: number;
  readonly cases: number;
  readonly predicted: number | null;
  readonly observed: number | null;
}

export interface BacktestSummary extends BacktestScore {
  /** P(rank <= K) of every K in probability bins of 0.1: mean prediction and share that came true */
  readonly reliability: readonly ReliabilityBin[];
  /** naive baselines on the same cases: no movement (the rank the scores have in the field of Y) and that rank ± the
   * rank errors of earlier field years (no look-ahead) */
  readonly baselines: { readonly noMovement: BacktestScore; readonly pastErrors: BacktestScore };
}

export interface BacktestResult {
  readonly from: number;
  readonly to: number;
  readonly iterations: number;
  readonly seed: number;
  readonly rows: readonly BacktestRow[];
  readonly years: readonly ({ readonly year: number } & BacktestSummary)[];
  readonly pooled: BacktestSummary;
}

/** A prediction in the common form scored by scoreCases. */
interface Prediction {
  readonly p5: number;
  readonly p95: number;
  readonly prob: Readonly<Record<string, number>>;
  readonly actualRank: number;
}

/**
 * The back-test of the rank chance: for each field year Y in [from, to] and each province P with a total in Y and in
 * Y + 1 (same methodology), P's scenario is its actual Y + 1 top-component scores, the field is year Y, and the
 * engine's prediction (P5, median, P95, P(rank <= K), P(group)) is compared with P's actual rank and group in Y + 1.
 * The engine's pool uses no change after Y (change-pool.ts), so no case sees its own outcome. Seeded: each case runs
 * with `seed`.
 *
 * @example backtest(dataset, { from: 2022, to: 2022, iterations: 200 }).rows.length // => 59
 */
export function backtest(dataset: Dataset, query: BacktestQuery = {}): BacktestResult {
  const fieldYears = backtestYears(dataset);
  // By default the field years of the latest methodology (earlier ones are back-tested on request).
  const latest = fieldYears.at(-1);
  const series = (y: number) => definitionOfYear(dataset, dataset.papi.get(y)!).series;
  const from = query.from ?? fieldYears.find((y) => latest !== undefined && series(y) === series(latest)) ?? 0;
  const to = query.to ?? fieldYears.at(-1) ?? 0;
  const chosen = fieldYears.filter((y) => y >= from && y <= to);
  if (chosen.length === 0)
    throw new EngineError({
      code: 'OUT_OF_RANGE',
      input: `${from}-${to}`,
      ...message('backtestYearsInvalid', { from, to, years: fieldYears.join(', ') }),
    });
  const iterations = query.iterations ?? BACKTEST_ITERATIONS;
  const seed = query.seed ?? DEFAULT_SEED;
  const rows: BacktestRow[] = [];
  for (const year of chosen) rows.push(...yearCases(dataset, year, iterations, seed));
  const errorsBefore = (year: number) => pastRankErrors(dataset, year);
  const years = chosen.map((year) => ({
    year,
    ...summarise(
      rows.filter((r) => r.year === year),
      errorsBefore,
      dataset,
    ),
  }));
  return {
    from: chosen[0]!,
    to: chosen.at(-1)!,
    iterations,
    seed,
    rows,
    years,
    pooled: summarise(rows, errorsBefore, dataset),
  };
}

/**
 * Field years Y with a year Y + 1 of the same methodology and unit set in the dataset (what `backtest` can check).
 *
 * @example backtestYears(dataset).length // => 12
 */
export function backtestYears(dataset: Dataset): number[] {
  return [...dataset.papi.keys()].filter((y) => comparablePair(dataset, y)).sort((a, b) => a - b);
}

function comparablePair(dataset: Dataset, y: number): boolean {
  const now = dataset.papi.get(y);
  const next = dataset.papi.get(y + 1);
  if (!now || !next) return false;
  const set = dataset.provinces.set;
  if ((now.unitSet ?? 'former') !== set || (next.unitSet ?? 'former') !== set) return false;
  return definitionOfYear(dataset, now).series === definitionOfYear(dataset, next).series;
}

function yearCases(dataset: Dataset, fieldYear: number, iterations: number, seed: number): BacktestRow[] {
  const year = papiYearOf(dataset, fieldYear);
  const next = papiYearOf(dataset, fieldYear + 1);
  const field = papiField(year, dataset.definitions);
  const nextField = papiField(next, dataset.definitions);
  const components = topComponents(field.definition).map((d) => d.code);
  const nextTotals = nextField.measures.get('total')!;
  const boundary = groupBoundary(nextField.definition, next.year, null)('total');
  const rows: BacktestRow[] = [];
  for (const [i, code] of year.provinces.entries()) {
    if ((field.measures.get('total')?.scores[i] ?? null) === null) continue;
    const j = nextField.position.get(code) ?? null;
    const actualTotal = j === null ? null : (nextTotals.scores[j] ?? null);
    const scores = components.map((d) => (j === null ? null : (next.scores.get(d)?.[j] ?? null)));
    if (actualTotal === null || scores.some((s) => s === null)) continue;
    const plan = planChance(dataset, {
      year: fieldYear,
      province: code,
      goal: { rank: BACKTEST_RANKS[0] },
      changes: components.map((measure, k) => ({ province: code, measure, set: scores[k]! })),
      iterations,
      seed,
    });
    const run = createRankRun(plan.model, plan.options);
    run.step(iterations);
    const histogram = run.histogram;
    const n = plan.model.totals.length;
    const prob: Record<string, number> = {};
    for (const k of BACKTEST_RANKS) {
      let hits = 0;
      for (let r = 0; r < Math.min(k, n); r++) hits += histogram[r]!;
      prob[String(k)] = hits / iterations;
    }
    const groups = Object.fromEntries(PAPI_GROUPS.map((g) => [g, 0])) as Record<PapiGroup, number>;
    for (let r = 1; r <= n; r++) groups[groupOfRank(r, n, plan.boundary)] += histogram[r - 1]! / iterations;
    rows.push({
      year: fieldYear,
      code,
      province: dataset.provinces.byCode.get(code)?.nameVi ?? code,
      nominal: plan.nominal,
      ...rankPercentiles(histogram, 0, n),
      prob,
      groups,
      actualRank: rankInAscending(nextTotals.ascending, actualTotal),
      actualGroup: groupInAscending(nextTotals.ascending, actualTotal, boundary),
      of: n,
    });
  }
  return rows;
}

/**
 * The quartile group of the province ranked `rank` of `n` (no ties): the group cut-offs interpolate between order
 * statistics, so for distinct scores the group depends on the rank alone; any increasing scores give it.
 */
export function groupOfRank(rank: number, n: number, boundary: BoundaryConvention): PapiGroup {
  const ascending = Float64Array.from({ length: n }, (_, i) => i);
  return groupInAscending(ascending, n - rank, boundary);
}

/** Rank errors (actual rank in Y' + 1 - the rank the Y' + 1 total has in the field of Y') of field years Y' < Y. */
function pastRankErrors(dataset: Dataset, year: number): number[] {
  const errors: number[] = [];
  for (const y of [...dataset.papi.keys()].filter((y) => y + 1 <= year && comparablePair(dataset, y))) {
    const now = papiYearOf(dataset, y);
    const next = papiYearOf(dataset, y + 1);
    const totals = papiField(now, dataset.definitions).measures.get('total')!;
    const nextField = papiField(next, dataset.definitions);
    const nextTotals = nextField.measures.get('total')!;
    for (const [i, code] of now.provinces.entries()) {
      const own = totals.scores[i] ?? null;
      const j = nextField.position.get(code) ?? null;
      const actual = j === null ? null : (nextTotals.scores[j] ?? null);
      if (own === null || actual === null) continue;
      errors.push(rankInAscending(nextTotals.ascending, actual) - staticRank(totals.ascending, own, actual));
    }
  }
  return errors;
}

/** The rank a province's new total has in a field whose other totals stay (its old total taken out). */
function staticRank(ascending: Float64Array, old: number, total: number): number {
  return rankInAscending(ascending, total) - (old > total + SCORE_EPSILON ? 1 : 0);
}

const cache = new WeakMap<Dataset, Map<number, number[]>>();

function summarise(
  rows: readonly BacktestRow[],
  errorsBefore: (year: number) => number[],
  dataset: Dataset,
): BacktestSummary {
  let errors = cache.get(dataset);
  if (!errors) cache.set(dataset, (errors = new Map()));
  const noMovement: Prediction[] = [];
  const pastErrors: Prediction[] = [];
  for (const row of rows) {
    const now = papiField(papiYearOf(dataset, row.year), dataset.definitions);
    const field = now.measures.get('total')!;
    const next = papiField(papiYearOf(dataset, row.year + 1), dataset.definitions);
    const nextTotals = next.measures.get('total')!;
    const own = field.scores[now.position.get(row.code)!]!;
    const actualTotal = nextTotals.scores[next.position.get(row.code)!]!;
    const rank = staticRank(field.ascending, own, actualTotal);
    noMovement.push({
      p5: rank,
      p95: rank,
      prob: Object.fromEntries(BACKTEST_RANKS.map((k) => [String(k), rank <= k ? 1 : 0])),
      actualRank: row.actualRank,
    });
    let past = errors.get(row.year);
    if (!past) errors.set(row.year, (past = errorsBefore(row.year).sort((a, b) => a - b)));
    const clamp = (r: number) => Math.min(row.of, Math.max(1, r));
    const at = (p: number) => past[Math.max(0, Math.ceil(p * past.length) - 1)] ?? 0;
    pastErrors.push({
      p5: clamp(rank + at(0.05)),
      p95: clamp(rank + at(0.95)),
      prob: Object.fromEntries(
        BACKTEST_RANKS.map((k) => [
          String(k),
          past.length === 0 ? (rank <= k ? 1 : 0) : past.filter((e) => clamp(rank + e) <= k).length / past.length,
        ]),
      ),
      actualRank: row.actualRank,
    });
  }
  return {
    ...scoreCases(rows),
    reliability: reliabilityBins(rows),
    baselines: { noMovement: scoreCases(noMovement), pastErrors: scoreCases(pastErrors) },
  };
}

function scoreCases(cases: readonly Prediction[]): BacktestScore {
  const n = cases.length;
  const share = (f: (c: Prediction) => boolean) => (n === 0 ? 0 : cases.filter(f).length / n);
  const brier: Record<string, number> = {};
  for (const k of BACKTEST_RANKS)
    brier[String(k)] =
      n === 0 ? 0 : cases.reduce((s, c) => s + (c.prob[String(k)]! - (c.actualRank <= k ? 1 : 0)) ** 2, 0) / n;
  return {
    cases: n,
    coverage: share((c) => c.actualRank >= c.p5 && c.actualRank <= c.p95),
    below: share((c) => c.actualRank < c.p5),
    above: share((c) => c.actualRank > c.p95),
    meanWidth: n === 0 ? 0 : cases.reduce((s, c) => s + c.p95 - c.p5, 0) / n,
    brier: { ...brier, mean: BACKTEST_RANKS.reduce((s, k) => s + brier[String(k)]!, 0) / BACKTEST_RANKS.length },
  };
}

function reliabilityBins(rows: readonly BacktestRow[]): ReliabilityBin[] {
  const bins = Array.from({ length: 10 }, (_, b) => ({ from: b / 10, to: (b + 1) / 10, n: 0, p: 0, hit: 0 }));
  for (const row of rows)
    for (const k of BACKTEST_RANKS) {
      const p = row.prob[String(k)]!;
      const bin = bins[Math.min(9, Math.floor(p * 10))]!;
      bin.n += 1;
      bin.p += p;
      bin.hit += row.actualRank <= k ? 1 : 0;
    }
  return bins.map((b) => ({
    from: b.from,
    to: b.to,
    cases: b.n,
    predicted: b.n === 0 ? null : b.p / b.n,
    observed: b.n === 0 ? null : b.hit / b.n,
  }));
}

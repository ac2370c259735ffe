import type { LocalName } from '../definitions/index-definition';
import { papiYearOf, type Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { findProvince } from '../provinces/province-registry';
import { groupBoundary } from '../scoring/group-boundary';
import { type BoundaryConvention, type PapiGroup } from '../scoring/quartile-groups';
import { evaluateScenario } from './evaluate-scenario';
import { papiField, rankInAscending, type PapiField } from './papi-field';
import {
  createRankRun,
  rankPercentiles,
  type RankCounts,
  type RankModel,
  type RankRunOptions,
} from './rank-monte-carlo';
import type { ScenarioChange } from './scenario';
import { SURVEY_ASSUMPTION, standardErrorOfRow } from './survey-noise';
import { changePool, shiftPosterior, type ChangePool } from './change-pool';
import { estimateNoteOf } from '../units/estimate-note';
import { checkGroupGoal, checkRankGoal } from './target-goal';
import { readSeed } from '../input/read-seed';
import { message } from '../i18n/messages';

export interface ChanceQuery {
  readonly year: number;
  readonly province: string;
  readonly goal: { readonly rank: number } | { readonly group: PapiGroup };
  /** a scenario's changes (any province); the province's own scores then are the scenario's */
  readonly changes?: readonly ScenarioChange[];
  readonly iterations?: number;
  readonly seed?: number;
  /** standard error of every province's total; else the 95% interval's half-width / 1.96; else the survey design */
  readonly standardError?: number | null;
  readonly confidenceInterval?: number | null;
  /** whether the other provinces move as provinces have moved year on year (default true) */
  readonly othersMove?: boolean;
  /** how many years ahead the target year is (others draw one change per year; default 1) */
  readonly years?: number;
  readonly boundary?: BoundaryConvention | string | null;
}

export interface ChanceResult {
  readonly probability: number;
  readonly rank: { readonly nominal: number; readonly median: number; readonly p5: number; readonly p95: number };
  readonly of: number;
  readonly iterations: number;
  readonly seed: number;
  readonly assumptions: readonly LocalName[];
  /** present (true) only when the run was stopped early: `iterations` then counts the iterations completed */
  readonly partial?: boolean;
  /** the pool the others' movement is drawn from: the years t + 1 of its changes t -> t + 1 (none after the field year) */
  readonly pool: ChancePool;
}

/** The years (t + 1 of each change t -> t + 1) and the number of province changes the others' movement is drawn from. */
export interface ChancePool {
  readonly years: readonly number[];
  readonly changes: number;
}

export const DEFAULT_ITERATIONS = 10000;
export const DEFAULT_SEED = 20240101;

/**
 * A resumable chance run (for a progress bar and a cancel button): call step(n) until done === iterations, then
 * result(). See rankChance for the model.
 *
 * @example createChanceRun(dataset, { year: 2019, province: 'An Giang', goal: { rank: 20 }, iterations: 100 }).step(100) // => 100
 */
export function createChanceRun(
  dataset: Dataset,
  query: ChanceQuery,
): { readonly iterations: number; readonly done: number; step(n: number): number; result(): ChanceResult } {
  const plan = planChance(dataset, query);
  const run = createRankRun(plan.model, plan.options);
  const iterations = plan.options.iterations;
  return {
    iterations,
    get done() {
      return run.done;
    },
    step: (n: number) => run.step(n),
    result(): ChanceResult {
      if (run.done < iterations)
        throw new EngineError({
          code: 'INVALID_INPUT',
          input: String(run.done),
          ...message('simulationIncomplete', { done: run.done, iterations }),
        });
      return chanceFromCounts(plan, { histogram: run.histogram, hits: run.hits, iterations });
    },
  };
}

/**
 * A chance query compiled for any host that runs the Monte Carlo itself (in workers, in parts): the model and run
 * options to give createRankRun (each worker adds `start` and its share's end, see rankRunShares), and what
 * chanceFromCounts needs to turn the added counts into a result. Plain data: it can be posted to a worker.
 *
 * @example planChance(dataset, { year: 2019, province: 'An Giang', goal: { rank: 20 } }).options.iterations // => 10000
 */
export function planChance(dataset: Dataset, query: ChanceQuery): ChancePlan {
  const setup = chanceModel(dataset, query);
  const iterations = checkIterations(query.iterations ?? DEFAULT_ITERATIONS);
  const seed = readSeed(query.seed ?? DEFAULT_SEED); // a seed outside the accepted range is refused, not folded
  return { ...setup, options: { iterations, seed, target: setup.target, goal: query.goal, boundary: setup.boundary } };
}

/**
 * The chance result from a plan's counts: all iterations, or fewer when a run was stopped early (the result then says
 * how many it counted, in `iterations`, and `partial` is true).
 *
 * @example chanceFromCounts(planChance(dataset, { year: 2019, province: 'An Giang', goal: { rank: 63 }, iterations: 5 }), { histogram: new Int32Array(63).fill(0).fill(5, 20, 21), hits: 5, iterations: 5 }).probability // => 1
 */
export function chanceFromCounts(plan: ChancePlan, counts: RankCounts): ChanceResult {
  if (!(counts.iterations >= 1))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: String(counts.iterations),
      ...message('simulationNotStarted', {}),
    });
  const result: ChanceResult = {
    probability: counts.hits / counts.iterations,
    rank: { nominal: plan.nominal, ...rankPercentiles(counts.histogram, 0, plan.model.totals.length) },
    of: plan.model.totals.length,
    iterations: counts.iterations,
    seed: plan.options.seed,
    assumptions: plan.assumptions,
    pool: plan.pool,
  };
  return counts.iterations < plan.options.iterations ? { ...result, partial: true } : result;
}

/**
 * How likely a province is to reach a target rank or group, given (a) sampling noise in every province's score and
 * (b) the other provinces moving to the target year as provinces have moved year on year (empirical changes of the
 * same methodology, drawn whole per province). The province itself stays at its scenario (or published) scores plus
 * noise: the question is "if we reach these scores, how likely is the goal". Seeded: the same query gives the same
 * result, and the seed is echoed.
 *
 * @example rankChance(dataset, { year: 2019, province: 'An Giang', goal: { rank: 63 }, iterations: 1000 }).probability // => 1
 */
export function rankChance(dataset: Dataset, query: ChanceQuery): ChanceResult {
  const run = createChanceRun(dataset, query);
  run.step(run.iterations);
  return run.result();
}

/**
 * Rank distribution (nominal, median, P5, P95) of every ranked province under the same model, e.g. to show how solid
 * a whole year's ranking is.
 *
 * @example rankDistributions(dataset, { year: 2018, iterations: 2000, othersMove: false })[0].nominal // => 1
 */
export function rankDistributions(dataset: Dataset, query: DistributionsQuery): RankDistribution[] {
  const plan = planDistributions(dataset, query);
  const run = createRankRun(plan.model, plan.options);
  run.step(plan.options.iterations);
  return distributionsFromCounts(dataset, plan, { histogram: run.histogram, hits: 0, iterations: run.done });
}

export type DistributionsQuery = Omit<ChanceQuery, 'province' | 'goal'>;

export interface RankDistribution {
  readonly code: string;
  readonly nameVi: string;
  readonly nominal: number;
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
}

/**
 * rankDistributions compiled for a host that runs the Monte Carlo in parts (see planChance): every province's ranks
 * are counted.
 *
 * @example planDistributions(dataset, { year: 2019, iterations: 500 }).options.all // => true
 */
export function planDistributions(dataset: Dataset, query: DistributionsQuery): ChancePlan {
  const setup = chanceModel(dataset, { ...query, province: '', goal: { rank: 1 } });
  const options: RankRunOptions = {
    iterations: checkIterations(query.iterations ?? DEFAULT_ITERATIONS),
    seed: readSeed(query.seed ?? DEFAULT_SEED),
    target: 0,
    all: true,
  };
  return { ...setup, options };
}

/**
 * rankDistributions' rows from a distributions plan's added counts (best nominal rank first).
 *
 * @example distributionsFromCounts(dataset, planDistributions(dataset, { year: 2019, iterations: 1 }), { histogram: new Int32Array(63 * 63), hits: 0, iterations: 0 }).length // => 63
 */
export function distributionsFromCounts(dataset: Dataset, plan: ChancePlan, counts: RankCounts): RankDistribution[] {
  const n = plan.model.totals.length;
  return plan.codes
    .map((code, p) => ({
      code,
      nameVi: dataset.provinces.byCode.get(code)!.nameVi,
      nominal: rankInAscending(plan.ascending, plan.model.totals[p]!),
      ...rankPercentiles(counts.histogram, p * n, n),
    }))
    .sort((a, b) => a.nominal - b.nominal || a.median - b.median);
}

/** A compiled chance or distributions query (planChance, planDistributions). */
export interface ChancePlan {
  readonly model: RankModel;
  readonly options: RankRunOptions & { readonly iterations: number; readonly seed: number };
  /** GSO codes in model order */
  readonly codes: readonly string[];
  readonly target: number;
  readonly nominal: number;
  readonly ascending: Float64Array;
  readonly boundary: BoundaryConvention;
  readonly assumptions: readonly LocalName[];
  readonly pool: ChancePool;
}

/**
 * The year-wide shift given the province's own change over the `steps` years (its scenario total minus its published
 * total; shiftPosterior): null when there is no province, nobody moves, or the province has no published total to
 * change from.
 */
function ownChangeShift(
  field: PapiField,
  pool: ChangePool,
  code: string | null,
  scenarioTotal: number,
  steps: number,
): { sums: Float64Array; weights: Float64Array; change: number } | null {
  const published = field.measures.get('total');
  const row = code === null ? undefined : field.position.get(code);
  const before = row === undefined ? null : (published?.scores[row] ?? null);
  if (!published || before === null || pool.shifts.length === 0) return null;
  const centre = published.ascending.reduce((s, x) => s + x, 0) / published.ascending.length;
  const change = scenarioTotal - before;
  return { ...shiftPosterior(pool, change, before - centre, steps), change };
}

/** The most iterations one chance run may ask for. */
export const MAX_ITERATIONS = 10_000_000;

function checkIterations(iterations: number): number {
  if (Number.isInteger(iterations) && iterations >= 1 && iterations <= MAX_ITERATIONS) return iterations;
  throw new EngineError({
    code: 'OUT_OF_RANGE',
    input: String(iterations),
    ...message('iterationsInvalid', { iterations }),
  });
}

function chanceModel(dataset: Dataset, query: ChanceQuery & { province: string }) {
  const year = papiYearOf(dataset, query.year);
  const field = papiField(year, dataset.definitions);
  const boundary = groupBoundary(field.definition, year.year, query.boundary)('total');
  const goal = query.goal;
  if ('rank' in goal) checkRankGoal(goal.rank);
  else checkGroupGoal(goal.group);
  const steps = query.years ?? 1;
  if (!(Number.isInteger(steps) && steps >= 0 && steps <= 10))
    throw new EngineError({
      code: 'OUT_OF_RANGE',
      input: String(steps),
      ...message('yearsAheadInvalid', { steps }),
    });
  const scenario = evaluateScenario(dataset, {
    name: 'chance',
    index: 'papi',
    year: year.year,
    changes: query.changes ?? [],
    ...(query.boundary ? { boundary: query.boundary as BoundaryConvention } : {}),
  });
  // In the year's province order, so that a seed draws the same numbers for the same provinces.
  const byCode = new Map(scenario.field.map((r) => [r.code, r]));
  const ranked = year.provinces.map((code) => byCode.get(code)!).filter((r) => r.total !== null);
  const codes = ranked.map((r) => r.code);
  const own = query.province === '' ? null : findProvince(dataset.provinces, query.province);
  const target = own === null ? 0 : codes.indexOf(own.code);
  if (target < 0)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: query.province,
      ...message('provinceWithoutPapiTotal', { year: year.year, nameVi: own!.nameVi, nameAscii: own!.nameAscii }),
    });

  const userSe = query.standardError ?? (query.confidenceInterval == null ? null : query.confidenceInterval / 1.96);
  if (userSe !== null && !(Number.isFinite(userSe) && userSe >= 0))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: String(query.standardError ?? query.confidenceInterval),
      ...message('standardErrorInvalid', {}),
    });
  const dimensions = field.dimensions.map((d) => d.code);
  // No look-ahead: only changes up to the field year (change-pool.ts).
  const pool = changePool(dataset, year);
  const othersMove = query.othersMove ?? true;
  // Every province moves in rankDistributions (no own province); in rankChance all but the province and the changed ones.
  const moves = Uint8Array.from(ranked, (r, p) =>
    othersMove && pool.changes > 0 && steps > 0 && (own === null || p !== target) && !r.changed ? 1 : 0,
  );
  const totals = Float64Array.from(ranked, (r) => r.total!);
  const weighted = ownChangeShift(
    field,
    pool,
    own === null || !moves.some((m) => m) ? null : own.code,
    totals[target]!,
    steps,
  );
  const model: RankModel = {
    totals,
    // Sampling noise counted once: a moving province's drawn changes of published totals already contain it, and the
    // province asked about is compared at its scenario's (published) scores; without movement, everyone gets noise.
    noise: Float64Array.from(ranked, (r, p) =>
      moves[p] || (othersMove && p === target && own !== null)
        ? 0
        : (userSe ?? standardErrorOfRow(dataset.provinces, year, r.code, dimensions.length)),
    ),
    moves,
    changes: Float64Array.from(pool.residuals),
    steps,
    // one province asked about: one draw of the shifts' sum over the years, weighted by its own change
    ...(weighted
      ? { shifts: weighted.sums, shiftWeights: weighted.weights, shiftOnce: true }
      : { shifts: Float64Array.from(pool.shifts) }),
    reversion: pool.reversion,
    centre: totals.reduce((s, x) => s + x, 0) / totals.length,
  };
  const ascending = Float64Array.from(model.totals).sort();
  const assumptions: LocalName[] = [
    userSe !== null ? message('userStandardError', { se: userSe.toFixed(3) }) : SURVEY_ASSUMPTION,
    othersMove
      ? pool.changes > 0
        ? message('othersDrift', {
            steps,
            pool: pool.changes,
            first: pool.years[0]! - 1,
            last: pool.years.at(-1)!,
            reversion: pool.reversion.toFixed(2),
          })
        : message('othersNoDriftData', {})
      : message('othersKeepScores', {}),
  ];
  if (othersMove && pool.borrowed)
    assumptions.push(
      message('poolBorrowed', {
        first: pool.borrowed.years[0]! - 1,
        last: pool.borrowed.years.at(-1)!,
        scale: pool.borrowed.scale.toFixed(2),
      }),
    );
  if (weighted)
    assumptions.push(
      message('shiftFromOwnChange', {
        steps,
        change: weighted.change.toFixed(2),
        shift: weighted.weights.reduce((s, w, k) => s + w * weighted.sums[k]!, 0).toFixed(2),
      }),
    );
  const estimate = estimateNoteOf(year);
  if (estimate) {
    assumptions.push(estimate, message('mergedUnitNoise', {}));
  }
  return {
    model,
    codes,
    target,
    boundary,
    ascending,
    nominal: rankInAscending(ascending, model.totals[target]!),
    assumptions,
    pool: { years: othersMove ? pool.years : [], changes: othersMove ? pool.changes : 0 },
  };
}

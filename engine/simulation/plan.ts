import { topComponents } from '../definitions/catalog';
import type { LocalName } from '../definitions/index-definition';
import { definitionOfYear, papiYearOf, type Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import type { Province } from '../provinces/province';
import { findProvince } from '../provinces/province-registry';
import { papiProfile } from '../scoring/papi-profile';
import { rankOfHypothetical } from '../scoring/papi-ranking';
import { PAPI_GROUPS, type PapiGroup } from '../scoring/quartile-groups';
import { evaluateScenario } from './evaluate-scenario';
import { rankChance, type ChanceQuery, type ChanceResult } from './rank-chance';
import { fieldError, unitsOf } from './scenario';
import type { UnitSet } from '../provinces/province-registry';
import { papiUnitsView } from '../units/units-view';
import { estimateNoteOf } from '../units/estimate-note';
import { checkKeys } from '../input/check-keys';
import { MAX_GOAL_RANK } from '../input/read-goal';
import { MAX_SEED, MIN_SEED } from '../input/read-seed';
import { MAX_ITERATIONS } from './rank-chance';
import { message } from '../i18n/messages';
import { SCORE_EPSILON } from '../scoring/score-order';

/**
 * A provincial plan as plans write it ("Kế hoạch nâng cao chỉ số PAPI"): a target score per dimension (or
 * sub-dimension) for a target year, set on a baseline year, a goal (a rank, a group and/or a total) and the agency
 * responsible for each line. This is the file `papi plan` reads and the task pane's plan builder writes.
 */
export interface PapiPlan {
  readonly name: string;
  readonly province: string;
  readonly baselineYear: number;
  readonly targetYear: number;
  /** measure code (dimension 'd3' or sub-dimension 'd3_1') -> target score */
  readonly targets: Readonly<Record<string, number>>;
  readonly goal: { readonly rank?: number; readonly group?: PapiGroup; readonly total?: number };
  /** measure code -> the agency responsible for that line (free text, e.g. "Sở Nội vụ") */
  readonly agencies?: Readonly<Record<string, string>>;
  readonly source?: string;
  readonly iterations?: number;
  readonly seed?: number;
  /** 'units-2025' (JSON "units": 2025): a plan for one of the 34 units, checked on the 2025-units view */
  readonly units?: UnitSet;
}

export interface PlanFieldResult {
  readonly year: number;
  readonly total: number | null;
  readonly rank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
  readonly dimensions: readonly {
    readonly code: string;
    readonly rank: number | null;
    readonly of: number;
    readonly group: PapiGroup | null;
  }[];
  readonly meetsGoal: boolean;
}

export interface PlanReport {
  readonly plan: PapiPlan;
  readonly province: Province;
  /** one line per target, in the definition's order (dimensions and sub-dimensions) */
  readonly dimensions: readonly {
    readonly code: string;
    readonly name: LocalName;
    readonly level: 'dimension' | 'subdimension';
    readonly baseline: number | null;
    readonly target: number;
    readonly gap: number | null;
  }[];
  readonly baselineTotal: number | null;
  readonly impliedTotal: number | null;
  /**
   * the plan's scores placed in the baseline year's field and every later field before the target year (ranks of the
   * total, of every dimension and of each sub-dimension target)
   */
  readonly fields: readonly PlanFieldResult[];
  /** probability of the rank (or group) goal in the target year, from the latest field before it */
  readonly chance:
    (ChanceResult & { readonly fieldYear: number; readonly goal: { rank: number } | { group: PapiGroup } }) | null;
  /** what the province reached in the target year, when its data exists */
  readonly achieved: {
    readonly year: number;
    readonly dimensions: readonly {
      readonly code: string;
      readonly target: number;
      readonly actual: number | null;
      readonly met: boolean | null;
    }[];
    readonly total: number | null;
    readonly rank: number | null;
    readonly of: number;
    readonly group: PapiGroup | null;
    readonly goalMet: boolean | null;
  } | null;
  readonly notes: readonly LocalName[];
}

/** The keys of a plan file; any other key is refused with a suggestion. */
const PLAN_KEYS = [
  'name',
  'source',
  'province',
  'units',
  'baselineYear',
  'targetYear',
  'targets',
  'goal',
  'agencies',
  'iterations',
  'seed',
];
const GOAL_KEYS = ['rank', 'group', 'total'];

/**
 * Reads a plan from parsed JSON, checking each field: unknown keys are refused (with the closest known one), a wrong
 * type names the field, and nothing is silently defaulted: the goal (rank and/or group) is required, and iterations
 * and seed, when given, must be a whole number in range (left out, the chance run uses and echoes its defaults).
 * A plan may have no dimension targets: it then tests the baseline scores against the goal.
 *
 * @example parsePlan({ name: 'x', province: 'An Giang', baselineYear: 2018, targetYear: 2020, targets: { d1: 5.4 }, goal: { rank: 20 } }).targets.d1 // => 5.4
 */
export function parsePlan(json: unknown, source = 'plan'): PapiPlan {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw fieldError(source, '(root)', 'expectJsonObject', {});
  const o = json as Record<string, unknown>;
  checkKeys(o, PLAN_KEYS, source);
  for (const key of ['province', 'name'] as const)
    if (typeof o[key] !== 'string') throw fieldError(source, key, 'expectString', {});
  if (o.source !== undefined && typeof o.source !== 'string') throw fieldError(source, 'source', 'expectString', {});
  for (const key of ['baselineYear', 'targetYear'] as const)
    if (typeof o[key] !== 'number' || !Number.isInteger(o[key]))
      throw fieldError(source, key, 'expectYear', { example: 2020 });
  if ((o.targetYear as number) <= (o.baselineYear as number))
    throw fieldError(source, 'targetYear', 'expectAfterBaseline', {});
  if (typeof o.targets !== 'object' || o.targets === null || Array.isArray(o.targets))
    throw fieldError(source, 'targets', 'expectShape', { shape: '{"d1": 5.4, ...}' });
  const targets: Record<string, number> = {};
  for (const [k, v] of Object.entries(o.targets)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw fieldError(source, `targets.${k}`, 'expectNumber', {});
    if (k.toLowerCase() in targets) throw fieldError(source, `targets.${k}`, 'expectCodeOnce', {});
    targets[k.toLowerCase()] = v;
  }
  if (typeof o.goal !== 'object' || o.goal === null || Array.isArray(o.goal))
    throw fieldError(source, 'goal', 'expectGoal', {});
  const goal = o.goal as Record<string, unknown>;
  checkKeys(goal, GOAL_KEYS, source, 'goal');
  if (goal.rank === undefined && goal.group === undefined && goal.total === undefined)
    throw fieldError(source, 'goal', 'expectGoalKey', {});
  if (
    goal.rank !== undefined &&
    !(typeof goal.rank === 'number' && Number.isInteger(goal.rank) && goal.rank >= 1 && goal.rank <= MAX_GOAL_RANK)
  )
    throw fieldError(source, 'goal.rank', 'expectRankFrom1', {});
  if (goal.group !== undefined && !PAPI_GROUPS.includes(goal.group as PapiGroup))
    throw fieldError(source, 'goal.group', 'expectOneOf', { choices: PAPI_GROUPS.join(', ') });
  if (goal.total !== undefined && !(typeof goal.total === 'number' && Number.isFinite(goal.total) && goal.total > 0))
    throw fieldError(source, 'goal.total', 'expectPositive', {});
  let agencies: Record<string, string> | null = null;
  if (o.agencies !== undefined && o.agencies !== null) {
    if (typeof o.agencies !== 'object' || Array.isArray(o.agencies))
      throw fieldError(source, 'agencies', 'expectShape', { shape: '{"d1": "Sở Nội vụ", ...}' });
    agencies = {};
    for (const [k, v] of Object.entries(o.agencies)) {
      if (typeof v !== 'string') throw fieldError(source, `agencies.${k}`, 'expectString', {});
      if (v.trim() !== '') agencies[k.toLowerCase()] = v.trim();
    }
  }
  const whole = (key: 'iterations' | 'seed', min: number, max: number) => {
    const value = o[key];
    if (value === undefined) return {};
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw fieldError(source, key, 'expectWholeInRange', { min, max });
    return { [key]: value };
  };
  return {
    name: o.name as string,
    province: o.province as string,
    baselineYear: o.baselineYear as number,
    targetYear: o.targetYear as number,
    targets,
    goal: {
      ...(goal.rank !== undefined ? { rank: goal.rank as number } : {}),
      ...(goal.group !== undefined ? { group: goal.group as PapiGroup } : {}),
      ...(goal.total !== undefined ? { total: goal.total as number } : {}),
    },
    ...(agencies && Object.keys(agencies).length > 0 ? { agencies } : {}),
    ...(typeof o.source === 'string' ? { source: o.source } : {}),
    ...whole('iterations', 1, MAX_ITERATIONS),
    ...whole('seed', MIN_SEED, MAX_SEED),
    ...(unitsOf(o.units, source) === 'units-2025' ? { units: 'units-2025' as const } : {}),
  };
}

/**
 * The Monte Carlo question a plan asks: the probability of its rank or group goal in the target year, from the field
 * of `fieldYear` (the latest year of data before the target year) with the plan's scores, the other provinces moving
 * one year-on-year change per year in between. Null when the goal is only a total (no rank uncertainty to ask about).
 * The task pane sends this query to its worker; evaluatePlan runs it in place.
 *
 * @example planChanceQuery({ name: 'x', province: 'An Giang', baselineYear: 2018, targetYear: 2020, targets: { d8: 3.5 }, goal: { rank: 20 }, seed: 2020 }, '89', 2019).years // => 1
 */
export function planChanceQuery(
  plan: PapiPlan,
  province: string,
  fieldYear: number,
): (ChanceQuery & { readonly goal: { rank: number } | { group: PapiGroup } }) | null {
  const goal =
    plan.goal.rank !== undefined
      ? { rank: plan.goal.rank }
      : plan.goal.group !== undefined
        ? { group: plan.goal.group }
        : null;
  if (!goal) return null;
  const changes = Object.entries(plan.targets).map(([measure, set]) => ({ province, measure, set }));
  return {
    year: fieldYear,
    province,
    goal,
    changes,
    years: plan.targetYear - fieldYear,
    ...(plan.iterations ? { iterations: plan.iterations } : {}),
    ...(plan.seed !== undefined ? { seed: plan.seed } : {}),
  };
}

/** What evaluatePlan computes besides the deterministic parts: the Monte Carlo chance can be left to a worker. */
export interface PlanOptions {
  /** run the Monte Carlo chance of the goal (default true); false leaves `chance` null (e.g. run it elsewhere) */
  readonly chance?: boolean;
}

/**
 * Checks a plan: the gap per dimension (or sub-dimension) from the baseline, the implied total, the rank and group the plan's scores
 * would give in the baseline field and each later field before the target year, the probability of the goal, and,
 * when the target year's data exists, what was achieved. Dimensions without a target keep their baseline score. A plan
 * with `units: 'units-2025'` names one of the 34 units and is checked on the 2025-units view (reconstructed baselines,
 * ranks among the units); its notes then carry the estimate label.
 *
 * @example evaluatePlan(dataset, { name: 'x', province: 'An Giang', baselineYear: 2018, targetYear: 2020, targets: { d3: 5 }, goal: { rank: 20 }, iterations: 200 }).fields[0].rank // => 21
 */
export function evaluatePlan(data: Dataset, plan: PapiPlan, options: PlanOptions = {}): PlanReport {
  // A plan for a 2025 unit is checked against the reconstructed baselines and the 34-unit fields.
  const dataset = plan.units === 'units-2025' ? papiUnitsView(data) : data;
  const baseline = papiProfile(dataset, { year: plan.baselineYear, province: plan.province });
  const province = findProvince(dataset.provinces, plan.province);
  const baseYear = papiYearOf(dataset, plan.baselineYear);
  const definition = definitionOfYear(dataset, baseYear);
  const dimensionCodes = topComponents(definition).map((d) => d.code);
  // Every dimension and sub-dimension the baseline has a score column for, in the definition's order.
  const measures = baseline.dimensions.flatMap((d) => [
    { measure: d, level: 'dimension' as const },
    ...d.subdimensions.map((sd) => ({ measure: sd, level: 'subdimension' as const })),
  ]);
  for (const code of Object.keys(plan.targets)) {
    if (!measures.some((m) => m.measure.code === code))
      throw new EngineError({
        code: 'UNKNOWN_MEASURE',
        input: code,
        ...message('planMeasureUnknown', { code, definition: definition.id, known: dimensionCodes.join(', ') }),
      });
  }
  const changes = Object.entries(plan.targets).map(([measure, set]) => ({ province: province.code, measure, set }));
  const dimensions = measures
    .filter((m) => plan.targets[m.measure.code] !== undefined)
    .map(({ measure: d, level }) => ({
      code: d.code,
      name: d.name,
      level,
      baseline: d.score,
      target: plan.targets[d.code]!,
      gap: d.score === null ? null : plan.targets[d.code]! - d.score,
    }));
  const goalMet = (rank: number | null, group: PapiGroup | null, total: number | null) =>
    (plan.goal.rank === undefined || (rank !== null && rank <= plan.goal.rank)) &&
    (plan.goal.group === undefined ||
      (group !== null && PAPI_GROUPS.indexOf(group) <= PAPI_GROUPS.indexOf(plan.goal.group))) &&
    (plan.goal.total === undefined || (total !== null && total >= plan.goal.total - SCORE_EPSILON));

  const notes: LocalName[] = [];
  const estimate = estimateNoteOf(baseYear);
  if (estimate && baseYear.estimate?.units.get(province.code)?.merged) notes.push(estimate);
  const fieldYears = [...dataset.papi.values()]
    .filter(
      (y) =>
        y.year >= plan.baselineYear &&
        y.year < plan.targetYear &&
        definitionOfYear(dataset, y).series === definition.series,
    )
    .map((y) => y.year);
  const fields = fieldYears.map((year): PlanFieldResult => {
    // The province is named, so that a plan without targets is reported at its baseline scores.
    const outcome = evaluateScenario(dataset, { name: plan.name, index: 'papi', year, changes }, [province.code])
      .provinces[0]!;
    return {
      year,
      total: outcome.scenario.total,
      rank: outcome.scenario.rank,
      of: outcome.scenario.of,
      group: outcome.scenario.group,
      dimensions: [
        ...outcome.dimensions.map((d) => ({ code: d.code, rank: d.rank, of: d.of, group: d.group })),
        // a sub-dimension target's rank among that year's published scores of it, own score left out (as
        // =PAPI.RANKOF gives it), where the year has sub-dimension data; no quartile group is published for them
        ...dimensions
          .filter((l) => l.level === 'subdimension' && papiYearOf(dataset, year).scores.has(l.code))
          .map((l) => ({
            code: l.code,
            ...rankOfHypothetical(dataset, { year, score: l.target, measure: l.code, province: province.code }),
            group: null,
          })),
      ],
      meetsGoal: goalMet(outcome.scenario.rank, outcome.scenario.group, outcome.scenario.total),
    };
  });
  const impliedTotal = fields[0]?.total ?? null;

  const fieldYear = fieldYears.at(-1);
  const chanceQuery =
    fieldYear === undefined || options.chance === false ? null : planChanceQuery(plan, province.code, fieldYear);
  const chance = chanceQuery
    ? { ...rankChance(dataset, chanceQuery), fieldYear: chanceQuery.year, goal: chanceQuery.goal }
    : null;

  let achieved: PlanReport['achieved'] = null;
  if (dataset.papi.has(plan.targetYear)) {
    const actual = papiProfile(dataset, { year: plan.targetYear, province: province.code });
    const targetDefinition = definitionOfYear(dataset, actual);
    if (targetDefinition.series !== definition.series)
      notes.push(message('planTargetYearOtherMethod', { year: plan.targetYear }));
    // A sub-dimension's content changes with the definition: its actual score is only comparable under the same one.
    const sameDefinition = targetDefinition.id === definition.id;
    const actualMeasures = actual.dimensions.flatMap((d) => [d, ...(sameDefinition ? d.subdimensions : [])]);
    achieved = {
      year: plan.targetYear,
      dimensions: dimensions.map((d) => {
        const score = actualMeasures.find((a) => a.code === d.code)?.score ?? null;
        return { code: d.code, target: d.target, actual: score, met: score === null ? null : score >= d.target };
      }),
      total: actual.total.score,
      rank: actual.total.rank,
      of: actual.total.of,
      group: actual.total.group,
      goalMet: actual.total.rank === null ? null : goalMet(actual.total.rank, actual.total.group, actual.total.score),
    };
  } else {
    notes.push(message('planNoDataYet', { year: plan.targetYear }));
  }
  if (dimensionCodes.some((code) => !dimensions.some((d) => d.code === code || d.code.startsWith(`${code}_`))))
    notes.push(message('planDimensionsKeepBaseline', {}));
  return {
    plan,
    province,
    dimensions,
    baselineTotal: baseline.total.score,
    impliedTotal,
    fields,
    chance,
    achieved,
    notes,
  };
}

/**
 * The plan as the JSON file `papi plan` reads (and parsePlan reads back to the same plan): the one format of plan
 * files, written by the task pane's export and read by the CLI and the pane's import.
 *
 * @example parsePlan(planToJson({ name: 'x', province: 'An Giang', baselineYear: 2018, targetYear: 2020, targets: { d1: 5.4 }, goal: { rank: 20 }, agencies: { d1: 'Sở Nội vụ' } })).agencies.d1 // => 'Sở Nội vụ'
 */
export function planToJson(plan: PapiPlan): Record<string, unknown> {
  return {
    name: plan.name,
    ...(plan.source !== undefined ? { source: plan.source } : {}),
    province: plan.province,
    ...(plan.units === 'units-2025' ? { units: 2025 } : {}),
    baselineYear: plan.baselineYear,
    targetYear: plan.targetYear,
    targets: { ...plan.targets },
    goal: { ...plan.goal },
    ...(plan.agencies && Object.keys(plan.agencies).length > 0 ? { agencies: { ...plan.agencies } } : {}),
    ...(plan.iterations !== undefined ? { iterations: plan.iterations } : {}),
    ...(plan.seed !== undefined ? { seed: plan.seed } : {}),
  };
}

// Public API of the engine: what the package exports (`papi-par-engine`, `papi-par-engine/engine`), grouped by topic.
// Nothing here imports Office, the DOM or Node. Each name is here on purpose (docs/engine-api.md says why, per group;
// test/engine/public-api.test.ts holds the list): add one only deliberately. Helpers the project's own layers need
// (CLI, add-in, bench, scripts, tests) are exported by engine/all.ts, which the package does not expose.

// Errors
export { EngineError, isEngineError, type EngineErrorCode, type DataProblem } from './errors';

// Data: the dataset, your own years and definitions
export type { IndexYear, TextFile, YearEstimate, UnitEstimate } from './dataset/index-year';
export type { PapiYear, PapiEstimate } from './dataset/index-year'; // deprecated names of IndexYear, YearEstimate
export type { ParYear, ParKnownResult, ParNationalSummary, SipasResult } from './dataset/par-year';
export {
  loadDataset,
  withPapiYear,
  withParResults,
  withSipasResults,
  withDefinition,
  papiYearOf,
  type Dataset,
} from './dataset/dataset';
export type { PapiYearFiles } from './dataset/parse-papi-year';
export { parseDefinition } from './definitions/parse-definition';

// Provinces
export type { Province, MergedUnit } from './provinces/province';
export { findProvince, closestProvinces, type ProvinceRegistry, type UnitSet } from './provinces/province-registry';

// Index definitions (data files)
export type {
  IndexDefinition,
  DefinitionNode,
  IndexId,
  LocalName,
  GroupBand,
  ParGroupRule,
  NodeLevel,
} from './definitions/index-definition';
export { shippedDefinitions, definitionFor, childrenOf, topComponents, nodeOf, nodeName } from './definitions/catalog';

// PAPI: scores, profiles, rankings, groups
export {
  papiProfile,
  type PapiProfile,
  type PapiQuery,
  type MeasureResult,
  type MeasureChange,
} from './scoring/papi-profile';
export { papiRanking, rankOfHypothetical, type RankingRow } from './scoring/papi-ranking';
export { papiTotal } from './scoring/papi-total';
export { PAPI_GROUPS, type PapiGroup, type QuartileCutoffs, type BoundaryConvention } from './scoring/quartile-groups';
export { groupName } from './i18n/labels';

// PAR INDEX: results, rank estimate, published history, SIPAS
export { parScore, type ParQuery, type ParResult, type ParAreaResult, type ParLoss } from './scoring/par-score';
export { parRankEstimate, type ParRankEstimate } from './scoring/par-rank-estimate';
export { publishedParHistory, type ParHistoryRow } from './scoring/par-history';
export { parseParCriteria, type ParCriteriaTree, type ParCriterion } from './scoring/par-criteria';
export { sipasResults, type SipasRow } from './scoring/sipas-results';

// The 34 units of 1 July 2025: the 2025-units view, reconstructed PAPI baselines, PAR INDEX/SIPAS per unit
export { papiUnitsView } from './units/units-view';
export { unitBaseline, type UnitBaseline, type UnitMeasure, type UnitPredecessor } from './units/unit-baseline';
export { unitRegistry } from './provinces/province-registry';
export { populationWeights, parseUnitWeights, type UnitWeights } from './units/unit-weights';
export { restateRank, type RestatedRank } from './units/restate-rank';
export { parUnitResults, type ParUnitResults, type ParUnitPredecessor } from './units/par-unit-results';

// Scenarios
export { parseScenario, type Scenario, type ScenarioChange, type ChangedProvince } from './simulation/scenario';
export {
  evaluateScenario,
  type ScenarioResult,
  type ProvinceOutcome,
  type ScenarioDimension,
  type Standing,
  type FieldRow,
  type RankShift,
} from './simulation/evaluate-scenario';
export { compareScenarios, type ScenarioComparison } from './simulation/compare-scenarios';
export { evaluateParScenario, type ParScenarioResult } from './simulation/par-scenario';

// Targets and sensitivity
export {
  solveTarget,
  type TargetQuery,
  type TargetResult,
  type TargetGoal,
  type TargetCaps,
} from './simulation/target-solver';
export { solveParTarget, type ParTargetResult, type ParTargetGoal } from './simulation/par-target';
export { papiSensitivity, type SensitivityRow } from './simulation/sensitivity';

// Chance of a goal and rank distributions, whole or in shares for your own workers
export {
  rankChance,
  createChanceRun,
  rankDistributions,
  planChance,
  planDistributions,
  chanceFromCounts,
  distributionsFromCounts,
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  type ChanceQuery,
  type ChanceResult,
  type ChancePlan,
  type DistributionsQuery,
  type RankDistribution,
  type ChancePool,
} from './simulation/rank-chance';
// The track record: back-test of the chances against what happened
export {
  backtest,
  backtestYears,
  BACKTEST_RANKS,
  type BacktestQuery,
  type BacktestResult,
  type BacktestRow,
  type BacktestScore,
  type BacktestSummary,
  type ReliabilityBin,
} from './simulation/backtest';
export { trackRecordNote, TRACK_RECORD } from './simulation/track-record';
export {
  createRankRun,
  addRankCounts,
  rankRunShares,
  type RankModel,
  type RankRun,
  type RankRunOptions,
  type RankCounts,
} from './simulation/rank-monte-carlo';

// Plans
export {
  parsePlan,
  evaluatePlan,
  planToJson,
  type PapiPlan,
  type PlanReport,
  type PlanFieldResult,
  type PlanOptions,
} from './simulation/plan';
export { reviewPlan, type PlanReview, type PlanLineReview } from './simulation/plan-review';

// Reading typed values as users type them: numbers, pairs, goals, seeds, measure codes, groups
export { readNumber } from './input/read-number';
export { readPairs } from './input/read-pairs';
export { readGoal, PAPI_GOAL, PAR_GOAL, type Goal, type GoalKind } from './input/read-goal';
export { readSeed } from './input/read-seed';
export { measureCode } from './scoring/measure-code';
export { parsePapiGroup } from './i18n/labels';

// A province's own PAR index (Chỉ số CCHC nội bộ): criteria sets, units, score entries, classes, results, targets
export {
  parseCriteriaSet,
  type CriteriaSet,
  type CriteriaNode,
  type LeafSource,
  type NodeSource,
  type ScoringRule,
} from './internal/criteria-set';
export { parseUnits, type InternalUnit } from './internal/units';
export { parseScores, type ScoreEntry, type ScoreSheet } from './internal/score-entries';
export { parseClassBands, DEFAULT_CLASSES, type ClassBand, type ClassRule } from './internal/class-bands';
export {
  internalResults,
  type InternalResults,
  type InternalQuery,
  type UnitResult,
  type AreaResult,
  type CriterionLoss,
  type NodePoints,
} from './internal/unit-results';
export { internalTarget, type InternalTarget, type InternalGoal } from './internal/unit-target';

// Public API of the engine, grouped by topic. Nothing here imports Office, the DOM or Node.

// Errors
export { EngineError, isEngineError, type EngineErrorCode, type DataProblem } from './errors';

// Provinces and the 2025 reorganisation
export type { Province, MergedUnit } from './provinces/province';
export { buildProvinceRegistry, findProvince, closestProvinces, normaliseGsoCode, type ProvinceRegistry } from './provinces/province-registry';
export { foldName } from './text/fold-name';

// Index definitions (data files)
export type { IndexDefinition, DefinitionNode, IndexId, LocalName, GroupBand, ParGroupRule, NodeLevel } from './definitions/index-definition';
export { shippedDefinitions, definitionFor, childrenOf, topComponents, nodeOf, nodeName } from './definitions/catalog';
export { validateDefinition } from './definitions/validate-definition';

// Data
export type { PapiYear, TextFile } from './dataset/papi-year';
export type { ParYear, ParKnownResult, ParNationalSummary, SipasResult } from './dataset/par-year';
export { loadDataset, withPapiYear, withParResults, papiYearOf, definitionOfYear, type Dataset } from './dataset/dataset';
export { parsePapiYear, type PapiYearFiles } from './dataset/parse-papi-year';
export { roundingTolerance } from './dataset/rounding-tolerance';
export { readCsv, type CsvTable } from './text/read-csv';

// PAPI scoring: ranks, groups, profiles
export { rankAmong, rankOfScore, descending } from './scoring/rank-among';
export { PAPI_GROUPS, quantileLinear, quartileCutoffs, quartileGroup, cutoffNear, checkBoundary, type PapiGroup, type QuartileCutoffs, type BoundaryConvention } from './scoring/quartile-groups';
export { measureCode } from './scoring/measure-code';
export { yearStandings, type MeasureStandings } from './scoring/year-standings';
export { papiProfile, type PapiProfile, type PapiQuery, type MeasureResult, type MeasureChange } from './scoring/papi-profile';
export { papiRanking, rankOfHypothetical, type RankingRow } from './scoring/papi-ranking';
export { papiTotal } from './scoring/papi-total';

// PAR INDEX scoring
export { parScore, type ParQuery, type ParResult, type ParAreaResult, type ParLoss } from './scoring/par-score';
export { parRankEstimate, type ParRankEstimate } from './scoring/par-rank-estimate';
export { publishedParHistory, type ParHistoryRow } from './scoring/par-history';
export { parseParCriteria, criteriaLeaves, type ParCriteriaTree, type ParCriterion } from './scoring/par-criteria';

// Labels
export { PAPI_GROUP_NAMES, parsePapiGroup } from './i18n/labels';

// What-if simulation: scenarios, target solver, sensitivity, rank uncertainty, plans
export { parseScenario, applyChanges, type Scenario, type ScenarioChange, type ChangedProvince } from './simulation/scenario';
export { evaluateScenario, type ScenarioResult, type ProvinceOutcome, type ScenarioDimension, type Standing, type FieldRow, type RankShift } from './simulation/evaluate-scenario';
export { compareScenarios, type ScenarioComparison } from './simulation/compare-scenarios';
export { evaluateParScenario, type ParScenarioResult } from './simulation/par-scenario';
export { allocate, type Part } from './simulation/allocate-increase';
export { solveParTarget, type ParTargetResult, type ParTargetGoal } from './simulation/par-target';
export { solveTarget, type TargetQuery, type TargetResult, type TargetGoal, type TargetCaps } from './simulation/target-solver';
export { papiSensitivity, SENSITIVITY_STEPS, type SensitivityRow } from './simulation/sensitivity';
export { yearOnYearChanges, type YearChange } from './simulation/year-changes';
export { effortPerPoint, type PartEffort } from './simulation/effort-per-point';
export { datasetWithScenario } from './simulation/scenario-dataset';
export { surveyStandardError, SURVEY_ASSUMPTION } from './simulation/survey-noise';
export { createRankRun, rankPercentiles, type RankModel, type RankRun, type RankRunOptions } from './simulation/rank-monte-carlo';
export { rankChance, createChanceRun, rankDistributions, DEFAULT_ITERATIONS, DEFAULT_SEED, type ChanceQuery, type ChanceResult } from './simulation/rank-chance';
export { parsePlan, evaluatePlan, planToJson, planChanceQuery, type PapiPlan, type PlanReport, type PlanFieldResult, type PlanOptions } from './simulation/plan';
export { reviewPlan, type PlanReview, type PlanLineReview } from './simulation/plan-review';
export { SCORE_EPSILON } from './simulation/papi-field';

// Public API of the engine, grouped by topic. Nothing here imports Office, the DOM or Node.

// Errors
export { EngineError, isEngineError, MAX_LISTED_PROBLEMS, type EngineErrorCode, type DataProblem } from './errors';

// Provinces and the 2025 reorganisation
export type { Province, MergedUnit } from './provinces/province';
export {
  buildProvinceRegistry,
  buildUnitRegistry,
  unitRegistry,
  findProvince,
  closestProvinces,
  normaliseGsoCode,
  FIRST_UNITS_YEAR,
  type ProvinceRegistry,
  type UnitSet,
} from './provinces/province-registry';
export { foldName } from './text/fold-name';

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
export { validateDefinition } from './definitions/validate-definition';
export { parseDefinition } from './definitions/parse-definition';

// Data
export type { PapiYear, TextFile, PapiEstimate, UnitEstimate } from './dataset/papi-year';
export type { ParYear, ParKnownResult, ParNationalSummary, SipasResult } from './dataset/par-year';
export {
  loadDataset,
  withPapiYear,
  withParResults,
  withSipasResults,
  withDefinition,
  papiYearOf,
  definitionOfYear,
  type Dataset,
} from './dataset/dataset';
export { parsePapiYear, type PapiYearFiles } from './dataset/parse-papi-year';
export { roundingTolerance } from './dataset/rounding-tolerance';
export { readCsv, checkTextSize, MAX_FILE_BYTES, MAX_CELL_CHARS, type CsvTable } from './text/read-csv';

// PAPI scoring: ranks, groups, profiles
export { rankAmong, rankOfScore, descending } from './scoring/rank-among';
export {
  PAPI_GROUPS,
  quantileLinear,
  quartileCutoffs,
  quartileGroup,
  cutoffNear,
  checkBoundary,
  type PapiGroup,
  type QuartileCutoffs,
  type BoundaryConvention,
} from './scoring/quartile-groups';
export { groupBoundary, DEFAULT_BOUNDARY, type BoundaryRule } from './scoring/group-boundary';
export { measureCode } from './scoring/measure-code';
export { yearStandings, type MeasureStandings } from './scoring/year-standings';
export {
  papiProfile,
  type PapiProfile,
  type PapiQuery,
  type MeasureResult,
  type MeasureChange,
} from './scoring/papi-profile';
export { papiRanking, rankOfHypothetical, type RankingRow } from './scoring/papi-ranking';
export { papiTotal } from './scoring/papi-total';

// PAR INDEX scoring
export { parScore, type ParQuery, type ParResult, type ParAreaResult, type ParLoss } from './scoring/par-score';
export { parRankEstimate, type ParRankEstimate } from './scoring/par-rank-estimate';
export { publishedParHistory, type ParHistoryRow } from './scoring/par-history';
export { parseParCriteria, criteriaLeaves, type ParCriteriaTree, type ParCriterion } from './scoring/par-criteria';
export { sipasResults, type SipasRow } from './scoring/sipas-results';

// The 34 units of 1 July 2025: reconstructed PAPI baselines, the 2025-units view, PAR INDEX/SIPAS per unit
export { populationWeights, parseUnitWeights, type UnitWeights } from './units/unit-weights';
export { reconstructPapiYear, RECONSTRUCTION_METHOD } from './units/reconstruct-papi-year';
export { papiUnitsView } from './units/units-view';
export { unitBaseline, type UnitBaseline, type UnitMeasure, type UnitPredecessor } from './units/unit-baseline';
export { estimateNote, estimateNoteOf } from './units/estimate-note';
export { unitLabel } from './units/unit-label';
export { restateRank, type RestatedRank } from './units/restate-rank';
export { parUnitResults, type ParUnitResults, type ParUnitPredecessor } from './units/par-unit-results';

// Labels
export { PAPI_GROUP_NAMES, parsePapiGroup, groupName } from './i18n/labels';
export { MESSAGES, message } from './i18n/messages';
export type { MessageCatalogue, MessageId, MessageParams } from './i18n/messages';

// What-if simulation: scenarios, target solver, sensitivity, rank uncertainty, plans
export {
  parseScenario,
  applyChanges,
  type Scenario,
  type ScenarioChange,
  type ChangedProvince,
} from './simulation/scenario';
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
export { allocate, type Part } from './simulation/allocate-increase';
export { solveParTarget, type ParTargetResult, type ParTargetGoal } from './simulation/par-target';
export {
  solveTarget,
  type TargetQuery,
  type TargetResult,
  type TargetGoal,
  type TargetCaps,
} from './simulation/target-solver';
export { papiSensitivity, SENSITIVITY_STEPS, type SensitivityRow } from './simulation/sensitivity';
export { yearOnYearChanges, type YearChange } from './simulation/year-changes';
export { effortPerPoint, type PartEffort } from './simulation/effort-per-point';
export { datasetWithScenario } from './simulation/scenario-dataset';
export {
  surveyStandardError,
  unitStandardError,
  standardErrorOfRow,
  SURVEY_ASSUMPTION,
} from './simulation/survey-noise';
export {
  createRankRun,
  addRankCounts,
  rankRunShares,
  rankPercentiles,
  type RankModel,
  type RankRun,
  type RankRunOptions,
  type RankCounts,
} from './simulation/rank-monte-carlo';
export { blockState, nextInt32, BLOCK_ITERATIONS } from './simulation/rank-stream';
export { standardNormal, normalSlowPath } from './simulation/normal-ziggurat';
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
} from './simulation/rank-chance';
export {
  parsePlan,
  evaluatePlan,
  planToJson,
  planChanceQuery,
  type PapiPlan,
  type PlanReport,
  type PlanFieldResult,
  type PlanOptions,
} from './simulation/plan';
export { reviewPlan, type PlanReview, type PlanLineReview } from './simulation/plan-review';
export { SCORE_EPSILON, compareScores } from './scoring/score-order';

// Reading typed values: the one rule for numbers, pairs, goals, choices and seeds (CLI, custom functions, task pane)
export { readNumber, requireNumber, requireInteger } from './input/read-number';
export { readPairs, splitPairs } from './input/read-pairs';
export {
  readGoal,
  readGoalValue,
  PAPI_GOAL,
  PAR_GOAL,
  MAX_GOAL_RANK,
  type Goal,
  type GoalKind,
} from './input/read-goal';
export { readChoice } from './input/read-choice';
export { readSeed, MIN_SEED, MAX_SEED } from './input/read-seed';
export { closestWord } from './input/closest-word';
export { checkKeys } from './input/check-keys';
export { parseJsonText } from './input/parse-json-text';

// A province's own PAR index (Chỉ số CCHC nội bộ): criteria sets as data, units, score entries, results, what-if
export {
  parseCriteriaSet,
  allowedPoints,
  type CriteriaSet,
  type CriteriaNode,
  type LeafSource,
  type NodeSource,
  type ScoringRule,
} from './internal/criteria-set';
export { parseUnits, type InternalUnit } from './internal/units';
export { parseScores, type ScoreEntry, type ScoreSheet } from './internal/score-entries';
export {
  parseClassBands,
  classOf,
  classThreshold,
  DEFAULT_CLASSES,
  type ClassBand,
  type ClassRule,
} from './internal/class-bands';
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
export { readPoints, roundPoints } from './internal/read-points';
export {
  unitSheetRows,
  consolidateUnitSheets,
  scoresCsv,
  UNIT_SHEET_NAME,
  UNIT_SHEET_HEADER_ROW,
  UNIT_SHEET_COLUMNS,
  type UnitSheet,
  type SheetCell,
} from './internal/unit-sheet';
export { indexPercent, type IndexPercent } from './internal/index-percent';
export { sheetText } from './internal/sheet-text';

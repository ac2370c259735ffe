// The package's public surface, written out so that adding or removing an export is a deliberate act: the engine's
// public barrel (engine/index.ts, entry `papi-par-engine/engine`) and the Node entry (node/index.ts, `papi-par-engine`).
// Checked against the sources by test/engine/public-api.test.ts and against the installed tarball by
// test/package/install.test.ts; docs/engine-api.md lists the same names with the reason for each group.

/** Run-time exports of the engine, by topic. */
export const PUBLIC_VALUES = [
  // errors
  'EngineError',
  'isEngineError',
  // data
  'loadDataset',
  'withPapiYear',
  'withParResults',
  'withSipasResults',
  'withDefinition',
  'papiYearOf',
  'parseDefinition',
  // provinces
  'findProvince',
  'closestProvinces',
  // definitions
  'shippedDefinitions',
  'definitionFor',
  'childrenOf',
  'topComponents',
  'nodeOf',
  'nodeName',
  // PAPI
  'papiProfile',
  'papiRanking',
  'rankOfHypothetical',
  'papiTotal',
  'PAPI_GROUPS',
  'groupName',
  // PAR INDEX
  'parScore',
  'parRankEstimate',
  'publishedParHistory',
  'parseParCriteria',
  'sipasResults',
  // the 34 units
  'papiUnitsView',
  'unitBaseline',
  'unitRegistry',
  'populationWeights',
  'parseUnitWeights',
  'restateRank',
  'parUnitResults',
  // scenarios
  'parseScenario',
  'evaluateScenario',
  'compareScenarios',
  'evaluateParScenario',
  // targets and sensitivity
  'solveTarget',
  'solveParTarget',
  'papiSensitivity',
  // chance and rank distributions
  'rankChance',
  'createChanceRun',
  'rankDistributions',
  'planChance',
  'planDistributions',
  'chanceFromCounts',
  'distributionsFromCounts',
  'DEFAULT_ITERATIONS',
  'DEFAULT_SEED',
  'createRankRun',
  'addRankCounts',
  'rankRunShares',
  // the track record: back-test of the chances
  'backtest',
  'backtestYears',
  'BACKTEST_RANKS',
  'trackRecordNote',
  'TRACK_RECORD',
  // plans
  'parsePlan',
  'evaluatePlan',
  'planToJson',
  'reviewPlan',
  // typed value readers
  'readNumber',
  'readPairs',
  'readGoal',
  'PAPI_GOAL',
  'PAR_GOAL',
  'readSeed',
  'measureCode',
  'parsePapiGroup',
  // a province's own PAR index
  'parseCriteriaSet',
  'parseUnits',
  'parseScores',
  'parseClassBands',
  'DEFAULT_CLASSES',
  'internalResults',
  'internalTarget',
] as const;

/** Type-only exports of the engine (interfaces and type aliases of the public functions' arguments and results). */
export const PUBLIC_TYPES = [
  ...['EngineErrorCode', 'DataProblem'],
  ...['Dataset', 'IndexYear', 'PapiYearFiles', 'TextFile', 'YearEstimate', 'UnitEstimate'],
  ...['PapiYear', 'PapiEstimate'], // deprecated names of IndexYear and YearEstimate
  ...['ParYear', 'ParKnownResult', 'ParNationalSummary', 'SipasResult'],
  ...['Province', 'MergedUnit', 'ProvinceRegistry', 'UnitSet'],
  ...['IndexDefinition', 'DefinitionNode', 'IndexId', 'LocalName', 'GroupBand', 'ParGroupRule', 'NodeLevel'],
  ...['PapiProfile', 'PapiQuery', 'MeasureResult', 'MeasureChange', 'RankingRow'],
  ...['PapiGroup', 'QuartileCutoffs', 'BoundaryConvention'],
  ...['ParQuery', 'ParResult', 'ParAreaResult', 'ParLoss', 'ParRankEstimate', 'ParHistoryRow'],
  ...['ParCriteriaTree', 'ParCriterion', 'SipasRow'],
  ...['UnitBaseline', 'UnitMeasure', 'UnitPredecessor', 'UnitWeights', 'RestatedRank'],
  ...['ParUnitResults', 'ParUnitPredecessor'],
  ...['Scenario', 'ScenarioChange', 'ChangedProvince', 'ScenarioResult', 'ProvinceOutcome', 'ScenarioDimension'],
  ...['Standing', 'FieldRow', 'RankShift', 'ScenarioComparison', 'ParScenarioResult'],
  ...['TargetQuery', 'TargetResult', 'TargetGoal', 'TargetCaps', 'ParTargetResult', 'ParTargetGoal', 'SensitivityRow'],
  ...['ChanceQuery', 'ChanceResult', 'ChancePlan', 'DistributionsQuery', 'RankDistribution'],
  ...[
    'ChancePool',
    'BacktestQuery',
    'BacktestResult',
    'BacktestRow',
    'BacktestScore',
    'BacktestSummary',
    'ReliabilityBin',
  ],
  ...['RankModel', 'RankRun', 'RankRunOptions', 'RankCounts'],
  ...['PapiPlan', 'PlanReport', 'PlanFieldResult', 'PlanOptions', 'PlanReview', 'PlanLineReview'],
  ...['Goal', 'GoalKind'],
  ...['CriteriaSet', 'CriteriaNode', 'LeafSource', 'NodeSource', 'ScoringRule', 'InternalUnit', 'ScoreEntry'],
  ...['ScoreSheet', 'ClassBand', 'ClassRule', 'InternalResults', 'InternalQuery', 'UnitResult', 'AreaResult'],
  ...['CriterionLoss', 'NodePoints', 'InternalTarget', 'InternalGoal'],
] as const;

/** What the Node entry adds: the loader of the data shipped in the package, or of a data folder. */
export const NODE_VALUES = ['loadPublishedDataset', 'readDataFiles', 'DATA_DIR'] as const;

export const sorted = (names: Iterable<string>): string[] => [...names].sort();

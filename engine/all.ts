// Everything the engine exports to this project's own layers (CLI, add-in, bench, scripts, tests): the public API
// (./index) plus the helpers behind it. Not part of the package: its `exports` map has no path to this module, and
// the compiled entries are built from ./index. Import from here only what ./index does not export.
export * from './index';

// Errors and messages
export { MAX_LISTED_PROBLEMS } from './errors';
export { MESSAGES, message } from './i18n/messages';
export type { MessageCatalogue, MessageId, MessageParams } from './i18n/messages';
export { both, catalogueReader } from './i18n/catalogue';
export type { Bilingual, Catalogue, ParamsOf } from './i18n/catalogue';
export { PAPI_GROUP_NAMES } from './i18n/labels';

// Provinces, definitions, data files
export {
  buildProvinceRegistry,
  buildUnitRegistry,
  normaliseGsoCode,
  FIRST_UNITS_YEAR,
} from './provinces/province-registry';
export { foldName } from './text/fold-name';
export { validateDefinition } from './definitions/validate-definition';
export {
  checkMeasureTree,
  type MeasureNode,
  type TreeRules,
  type TreeProblem,
  type CheckedTree,
} from './definitions/measure-tree';
export { definitionOfYear } from './dataset/dataset';
export { dataPathOf, withYearFiles, yearsOfFileNames, type YearFiles } from './dataset/year-files';
export { parsePapiYear } from './dataset/parse-papi-year';
export { roundingTolerance } from './dataset/rounding-tolerance';
export { readCsv, checkTextSize, MAX_FILE_BYTES, MAX_CELL_CHARS, type CsvTable } from './text/read-csv';

// Ranks, groups and their tolerances
export { rankAmong, rankOfScore, descending } from './scoring/rank-among';
export {
  SCORE_EPSILON,
  ARITHMETIC_EPSILON,
  POINTS_SUM_EPSILON,
  MAXIMA_SUM_EPSILON,
  RELATIVE_DIGITS,
  compareScores,
} from './scoring/score-order';
export { quantileLinear, quartileCutoffs, quartileGroup, cutoffNear, checkBoundary } from './scoring/quartile-groups';
export { groupBoundary, DEFAULT_BOUNDARY, type BoundaryRule } from './scoring/group-boundary';
export { yearStandings, type MeasureStandings } from './scoring/year-standings';
export { criteriaLeaves } from './scoring/par-criteria';

// The 34 units: reconstruction and labels
export { reconstructUnitsYear, RECONSTRUCTION_METHOD } from './units/reconstruct-units-year';
export { estimateNote, estimateNoteOf } from './units/estimate-note';
export { unitLabel } from './units/unit-label';

// Simulation internals: changes, allocation, survey noise, the Monte Carlo kernel, the pane's plan query
export { applyChanges } from './simulation/scenario';
export { allocate, type Part } from './simulation/allocate-increase';
export { SENSITIVITY_STEPS } from './simulation/sensitivity';
export { yearOnYearChanges, type YearChange } from './simulation/year-changes';
export { changePool, shiftPosterior, type ChangePool } from './simulation/change-pool';
export { groupOfRank } from './simulation/backtest';
export { effortPerPoint, type PartEffort } from './simulation/effort-per-point';
export { datasetWithScenario } from './simulation/scenario-dataset';
export {
  surveyStandardError,
  unitStandardError,
  standardErrorOfRow,
  SURVEY_ASSUMPTION,
} from './simulation/survey-noise';
export { rankPercentiles } from './simulation/rank-monte-carlo';
export { blockState, nextInt32, BLOCK_ITERATIONS } from './simulation/rank-stream';
export { createRankKernel } from './simulation/rank-kernel-instance';
export { standardNormal, normalSlowPath } from './simulation/normal-ziggurat';
export { planChanceQuery } from './simulation/plan';

// Reading typed values: the lower-level readers the CLI, custom functions and task pane share
export { requireNumber, requireInteger, cellNumber } from './input/read-number';
export { splitPairs } from './input/read-pairs';
export { readGoalValue, MAX_GOAL_RANK } from './input/read-goal';
export { readChoice } from './input/read-choice';
export { MIN_SEED, MAX_SEED } from './input/read-seed';
export { closestWord } from './input/closest-word';
export { checkKeys } from './input/check-keys';
export { parseJsonText } from './input/parse-json-text';

// A province's own PAR index: point cells, classes, unit sheets (workbook layout)
export { allowedPoints } from './internal/criteria-set';
export { classOf, classThreshold } from './internal/class-bands';
export { readPoints, roundPoints } from './internal/read-points';
export {
  unitSheetRows,
  consolidateUnitSheets,
  scoresCsv,
  UNIT_SHEET_NAME,
  UNIT_SHEET_HEADER_ROW,
  UNIT_SHEET_COLUMNS,
  problemsByFile,
  ruleText,
  type UnitSheet,
  type SheetCell,
} from './internal/unit-sheet';
export { indexPercent, type IndexPercent } from './internal/index-percent';
export { sheetText } from './internal/sheet-text';
export {
  masterColumn,
  masterFieldHeading,
  masterFieldOf,
  masterHeaderRow,
  type MasterHeaderCell,
} from './internal/master-headers';
export {
  planScoreMerge,
  scoreFieldName,
  SCORE_COLUMNS,
  type ScoreMerge,
  type ScoreChange,
} from './internal/merge-scores';
export { internalClassRule, internalGroupName, runInternalIndex, type InternalRun } from './internal/internal-run';
export { INDEX_MODULES, indexModule, definitionRulesOf, definitionIndexIds } from './indices/registry';
export type { IndexModule } from './indices/index-module';
export { definitionsOf } from './definitions/catalog';
export { unitRounds, UNIT_STATUS_NAMES, type UnitRounds, type UnitStatus } from './internal/rounds';
export * from './composite/composite-index';
export * from './composite/composite-score';
export * from './composite/composite-simulate';
export { validateCompositeDefinition, type Locate } from './composite/validate-composite';
export { PCI_DEFINITIONS, PCI_FILE, readPciTable } from './indices/pci/pci-module';
export { readDeclarations, type Declared } from './text/declarations';
export { readUserIndex, readUserDefinition, readUserData } from './composite/read-user-index';

import { both, catalogueReader, type Bilingual, type Catalogue } from '../../engine/all';
import type { Lang } from '../command';
import { CLI_MESSAGES_EN } from './messages-en';
import { CLI_MESSAGES_VI } from './messages-vi';

type Value = string | number;
/** a cell of a JSON record: absent and null both read as missing */
type Cell = Value | null | undefined;

/**
 * The command line's own texts (its errors, table headers, labels and result lines): one catalogue per language
 * (messages-vi.ts, messages-en.ts), keyed by message id; the engine's errors come from the engine's catalogue. This
 * interface names every id and its parameters; both catalogues must have exactly these ids (the type system checks it,
 * and test/cli/messages.test.ts checks the texts). A parameter is a plain value or a text already in the language
 * asked for (a group name, a province name chosen by language).
 */
export interface CliMessageParams {
  // errors: options and arguments
  commandUnknown: { name: string; near: string | null };
  optionUnknown: { option: string; near: string | null };
  flagWithValue: { option: string; value: string };
  flagTwice: { option: string };
  optionNoValue: { option: string; next: string | null; expected: Bilingual | null };
  optionTwice: { option: string; first: string; second: string };
  argumentsExtra: { args: string; optionsOnly: boolean };
  optionsTogether: { a: string; b: string };
  optionMissing: { option: string; expected: Bilingual };
  yearInvalid: { raw: string };
  indexInvalid: { index: string; allowed: readonly string[] };
  compositeUnitsNotApplicable: { index: string };
  unitWeightsNeedUnits2025: Record<string, never>;
  unitsOptionInvalid: { raw: string };
  scenarioUnitsConflict: { file: string };
  papiYearInUnits: { year: Value };
  // errors: files and folders
  fileUnreadable: { path: string };
  fileNotFound: { path: string; cwd: string };
  fileIsFolder: { path: string };
  fileTooLarge: { path: string; mb: number };
  dataDirAndData: Record<string, never>;
  folderUnreadable: { dir: string };
  folderFileNotRegular: { path: string };
  definitionYearsUnused: { file: string; year: number; years: string };
  classesKindUnknown: { kind: string; known: string };
  internalTargetOnly: { option: string; sub: string };
  folderHasNoYear: { dir: string; year: number };
  // papi data add
  dataSubcommand: { got: string };
  deployedCopyMissing: { dir: string };
  deployedIndexInvalid: { file: string };
  dataDirNoYear: { dir: string };
  dataDirManyYears: { dir: string; years: string };
  yearAlreadyDeployed: { year: number; dir: string };
  dataAdded: { year: number; dir: string; file: string; units: string; files: string };
  unitsOf2025: Record<string, never>;
  formerProvinces: Record<string, never>;
  summaryData: Record<string, never>;
  dataDeployedPlaceholder: Record<string, never>;
  // errors: commands
  compareParOnly: Record<string, never>;
  ofNeedsRank: Record<string, never>;
  planFileMissing: Record<string, never>;
  parRankingUnavailable: Record<string, never>;
  topFloorInvalid: { value: string | undefined };
  scoresNeedUnits: Record<string, never>;
  internalSubcommand: { got: string };
  outExists: { path: string };
  expectOutFile: Record<string, never>;
  expectMasterFile: Record<string, never>;
  expectReturnedFiles: Record<string, never>;
  masterNeedsSheets: { path: string; sheets: string };
  mergeNeedsYes: { count: number };
  mergeSummary: {
    sheets: number;
    newUnits: number;
    updated: number;
    untouched: number;
    filled: number;
    changed: number;
  };
  mergeChangeLine: { unit: string; code: string; field: string; before: string; after: string };
  mergeWritten: { path: string };
  mergeUndone: { path: string };
  mergeNothingToUndo: { path: string };
  masterWritten: { path: string; sheets: string };
  sheetsWritten: { path: string; count: number };
  internalWarning: { text: string };
  internalOptionOutHelp: Record<string, never>;
  internalOptionMasterHelp: Record<string, never>;
  internalOptionYesHelp: Record<string, never>;
  internalOptionUndoHelp: Record<string, never>;
  internalGoalCount: Record<string, never>;
  unexpectedError: { message: string };
  // labels of lines printed in both languages at once ("Lỗi: ... Error: ...", "Mô phỏng / Simulating: ...")
  errorLabel: Record<string, never>;
  unexpectedErrorLabel: Record<string, never>;
  simulatingLabel: Record<string, never>;
  stoppingOnRequest: Record<string, never>;
  // what a required option expects (the second half of optionMissing)
  expectYear: Record<string, never>;
  expectProvince: Record<string, never>;
  expectProvinceOrCity: Record<string, never>;
  expectCriteriaFile: Record<string, never>;
  expectUnitsFile: Record<string, never>;
  expectIndexDataFile: Record<string, never>;
  expectScoresFile: Record<string, never>;
  expectUnitCode: Record<string, never>;
  // words and table headers (a header is one text, columns separated by "|")
  rankWord: Record<string, never>;
  codeWord: Record<string, never>;
  scoreWord: Record<string, never>;
  resultWord: Record<string, never>;
  publishedWord: Record<string, never>;
  scenarioWord: Record<string, never>;
  notEnough: Record<string, never>;
  unverifiedMax: Record<string, never>;
  cityKind: Record<string, never>;
  provinceKind: Record<string, never>;
  unchanged: Record<string, never>;
  incompleteShort: Record<string, never>;
  notRankedShort: Record<string, never>;
  formerProvincesHeader: Record<string, never>;
  sipasHeader: Record<string, never>;
  compositeTitle: { name: string; year: number };
  compositeRankingHeader: Record<string, never>;
  compositeMeasureHeader: Record<string, never>;
  compositeSensitivityHeader: Record<string, never>;
  compositeBase: { total: string; rank: string; group: string | null };
  compositeScenario: { total: string; rank: string; group: string | null };
  compositeTargetMet: { required: string; effort: string };
  compositeTargetUnreachable: { required: string; effort: string };
  simulateHeader: Record<string, never>;
  compareHeader: { a: string; b: string };
  targetHeader: Record<string, never>;
  parTargetHeader: Record<string, never>;
  papiScoreHeader: Record<string, never>;
  parScoreHeader: Record<string, never>;
  unitsHeader: Record<string, never>;
  provincesHeader: Record<string, never>;
  planHeader: { baselineYear: number; targetYear: number };
  rankingHeader: { units: boolean };
  internalHeader: Record<string, never>;
  criteriaLostHeader: Record<string, never>;
  areasLostHeader: Record<string, never>;
  // result lines
  formerRange: { min: Value | null; max: Value | null; best: Value | null; worst: Value | null };
  sipasTitle: { year: number };
  chancePartial: { done: number; requested: number | undefined };
  chanceProbability: { percent: string; iterations: number; seed: number };
  chanceRank: { nominal: Value; median: Value; p5: Value; p95: Value; of: Value };
  parScenarioLine: { year: number; base: string; scenario: string; percent: string; group: string | null };
  sensitivityIntro: { rank: Value; of: Value };
  sensitivityUnweighted: { count: number };
  papiScoreLine: {
    year: number;
    name: string;
    score: string | null;
    rank: number | null;
    of: number;
    group: string | null;
  };
  changeAgainst: { year: number; score: string | null; rank: string | null };
  strengthsWeaknesses: { strengths: string; weaknesses: string };
  planUnitsMissing: { file: string; nameVi: string; nameAscii: string; year: number; unit: Bilingual };
  formerProvinceHere: { nameVi: string; nameAscii: string; unit: Bilingual };
  formerProvincesTitle: Record<string, never>;
  simpleMeanLine: { mean: string | null; min: string | null; max: string | null };
  parScoreLine: { year: number; total: string; percent: string; group: string | null };
  parRankEstimate: { low: number; high: number; of: number; known: number };
  mostPointsLost: { lost: string };
  goalRank: { rank: number };
  goalTotal: { total: number };
  planGoalLine: {
    targetYear: number;
    goal: string;
    baselineYear: number;
    baselineTotal: string | null;
    impliedTotal: string | null;
  };
  planPlaced: { year: number; rank: Value | null; of: Value; group: string | null; meetsGoal: boolean };
  planChance: {
    targetYear: number;
    fieldYear: number;
    iterations: number;
    seed: number;
    percent: string;
    median: Value;
    p5: Value;
    p95: Value;
  };
  planAchieved: {
    year: number;
    total: string | null;
    rank: Value | null;
    of: Value;
    group: string | null;
    goalMet: boolean | null;
    met: number;
    count: number;
  };
  rankingTitle: { year: number; measure: string | null; units: boolean };
  estimatedFromFormer: Record<string, never>;
  notRanked: { namesVi: string; namesAscii: string };
  internalTitle: { title: string };
  internalGroup: { group: string; of: number };
  unitIncompleteLine: { unit: string; missing: string };
  criteriaLostTitle: Record<string, never>;
  criteriaSetValid: {
    areas: Cell;
    criteria: Cell;
    leaves: Cell;
    appraised: Cell;
    survey: Cell;
    scale: Cell;
    kind: Cell;
    year: Cell;
  };
  unitsOfSet: { units: Value };
  scoresValid: { entries: Value; complete: Value; incomplete: number };
  unitMissingLine: { unit: string; missing: string };
  // help: the frame of `papi --help` and `papi <command> --help`
  repeatable: Record<string, never>;
  optionsWord: Record<string, never>;
  optionsHeading: Record<string, never>;
  notTogether: Record<string, never>;
  exampleWord: Record<string, never>;
  usage: Record<string, never>;
  commonOptions: Record<string, never>;
  // help: option placeholders and descriptions, command summaries
  optionOfOptionHelp: Record<string, never>;
  optionSipasDataHelp: Record<string, never>;
  optionSipasDataValue: Record<string, never>;
  optionDefinitionHelp: Record<string, never>;
  optionDefinitionValue: Record<string, never>;
  optionDataDirHelp: Record<string, never>;
  optionDataDirValue: Record<string, never>;
  optionUnitWeightsHelp: Record<string, never>;
  optionUnitWeightsValue: Record<string, never>;
  optionUnitsHelp: Record<string, never>;
  optionIndexWithSipasHelp: { others: string };
  optionIndexDefinitionHelp: Record<string, never>;
  optionUnitHelp: Record<string, never>;
  optionFindHelp: Record<string, never>;
  optionFindValue: Record<string, never>;
  optionStaticHelp: Record<string, never>;
  optionYearsHelp: Record<string, never>;
  optionCiHelp: Record<string, never>;
  optionSeHelp: Record<string, never>;
  optionSeedHelp: Record<string, never>;
  optionIterationsHelp: Record<string, never>;
  optionLevelHelp: Record<string, never>;
  optionCapHelp: Record<string, never>;
  optionCompareHelp: Record<string, never>;
  optionCompareValue: Record<string, never>;
  optionScenarioHelp: Record<string, never>;
  optionScenarioValue: Record<string, never>;
  optionDimensionHelp: Record<string, never>;
  optionTotalHelp: Record<string, never>;
  optionGroupHelp: Record<string, never>;
  optionGroupValue: Record<string, never>;
  optionRankHelp: Record<string, never>;
  optionCriteriaHelp: Record<string, never>;
  optionCriteriaValue: Record<string, never>;
  optionNaHelp: Record<string, never>;
  optionMaximaHelp: Record<string, never>;
  optionPointsHelp: Record<string, never>;
  optionParDataHelp: Record<string, never>;
  optionParDataValue: Record<string, never>;
  optionAllowPartialHelp: Record<string, never>;
  optionDataHelp: Record<string, never>;
  optionDataValue: Record<string, never>;
  optionBoundaryHelp: Record<string, never>;
  optionWeightsHelp: Record<string, never>;
  optionAddHelp: Record<string, never>;
  optionSetHelp: Record<string, never>;
  optionProvinceHelp: Record<string, never>;
  optionProvinceValue: Record<string, never>;
  optionYearHelp: Record<string, never>;
  optionYearValue: Record<string, never>;
  optionIndexHelp: { others: string };
  optionHelpHelp: Record<string, never>;
  optionLangHelp: Record<string, never>;
  optionJsonHelp: Record<string, never>;
  internalOptionClassHelp: Record<string, never>;
  internalOptionClassValue: Record<string, never>;
  internalOptionUnitHelp: Record<string, never>;
  internalOptionUnitValue: Record<string, never>;
  internalOptionTopFloorHelp: Record<string, never>;
  internalOptionClassesHelp: Record<string, never>;
  internalOptionPreviousHelp: Record<string, never>;
  internalOptionPreviousValue: Record<string, never>;
  internalOptionScoresHelp: Record<string, never>;
  internalOptionScoresValue: Record<string, never>;
  internalOptionUnitsHelp: Record<string, never>;
  internalOptionUnitsValue: Record<string, never>;
  internalOptionDefinitionHelp: Record<string, never>;
  internalOptionDefinitionValue: Record<string, never>;
  summaryBacktest: Record<string, never>;
  optionBacktestFromHelp: Record<string, never>;
  optionBacktestToHelp: Record<string, never>;
  backtestTitle: { from: number; to: number; units: number; iterations: number; seed: number };
  backtestHeader: Record<string, never>;
  backtestPooled: Record<string, never>;
  backtestBaselinesTitle: Record<string, never>;
  backtestNoMovement: Record<string, never>;
  backtestPastErrors: Record<string, never>;
  backtestReliabilityTitle: Record<string, never>;
  backtestReliabilityHeader: Record<string, never>;
  summaryChance: Record<string, never>;
  summaryInternal: Record<string, never>;
  summaryPlan: Record<string, never>;
  summaryProvinces: Record<string, never>;
  summaryRanking: Record<string, never>;
  summaryScore: Record<string, never>;
  summarySensitivity: Record<string, never>;
  summarySimulate: Record<string, never>;
  summaryTarget: Record<string, never>;
  planFilePlaceholder: Record<string, never>;
}

export type CliMessageId = keyof CliMessageParams;

export type { Bilingual };

/** The ids whose message takes no parameter (e.g. what a required option expects). */
export type CliPlainMessageId = {
  [K in CliMessageId]: CliMessageParams[K] extends Record<string, never> ? K : never;
}[CliMessageId];

/** One language's texts: a template for every message id. */
export type CliMessageCatalogue = Catalogue<CliMessageParams>;

/** The catalogues by language. */
export const CLI_MESSAGES: Readonly<Record<Lang, CliMessageCatalogue>> = { vi: CLI_MESSAGES_VI, en: CLI_MESSAGES_EN };

const reader = catalogueReader<CliMessageParams>(CLI_MESSAGES_VI, CLI_MESSAGES_EN);

/** A message in both languages (spread it into an EngineError's details). */
export const cliMessage = reader.both;

/** A message in the language asked for (a table header, a label, a result line). */
export const say = reader.say;

export { both };

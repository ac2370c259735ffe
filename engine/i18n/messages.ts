import type { Bilingual, Catalogue } from './catalogue';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_VI } from './messages-vi';

/**
 * The engine's error messages: one catalogue per language (messages-vi.ts, messages-en.ts), keyed by message id.
 * This interface names every id and its parameters; both catalogues must have exactly these ids (the type system
 * checks it, and test/engine/messages.test.ts checks the texts). Parameters are plain values put into the text.
 */
export interface MessageParams {
  // typed values (engine/input)
  numberMissing: { input: string };
  notANumber: { input: string; value: string };
  wholeNumberOutOfRange: { input: string; value: string; min: number; max: number };
  pairInvalid: { input: string; part: string };
  pairWithoutCode: { input: string };
  pairGivenTwice: { input: string; code: string; first: string; second: string };
  // goals
  targetRankInvalid: { rank: string };
  groupInvalid: { group: string; known: string };
  // definitions and years
  methodologyUnknownYear: { index: string; year: number; known: string };
  measureNotInDefinition: { code: string; definition: string; known: string };
  measureInvalid: { code: string; definition: string; known: string };
  papiMethodologyUnknown: { id: string; known: string };
  definitionExists: { id: string };
  papiUnknownYear: { year: number; first: number; last: number };
  papiYearIn2025Units: { year: number };
  // data files
  provinceListMissing: Record<string, never>;
  provinceListInvalid: Record<string, never>;
  mergerListMissing: Record<string, never>;
  papiTooFewProvinces: { file: string; count: number; min: number };
  papiFileYearUnknown: { file: string };
  papiDataInvalid: { year: number; count: number };
  // provinces in a year
  provinceNotInPapiYear: { year: number; nameVi: string; nameAscii: string };
  provinceWithoutPapiTotal: { year: number; nameVi: string; nameAscii: string };
  // scores
  papiScoreCount: { expected: number | null; definition: string; got: number };
  scoreNotNumber: { position: number; score: string };
  scoreOutOfRange: { measure: string; score: number; min: number; max: number | null };
  // simulation
  simulationIncomplete: { done: number; iterations: number };
  simulationNotStarted: Record<string, never>;
  iterationsInvalid: { iterations: number };
  yearsAheadInvalid: { steps: number };
  standardErrorInvalid: Record<string, never>;
  // batch 2: targets, goals, PAR INDEX, scenarios, files
  subdimensionDataMissing: { year: number };
  capsInvalid: { caps: string };
  effortWeightInvalid: { pair: string; known: string };
  measureScoreMissing: { measure: string; year: number };
  targetTotalAboveMax: { total: number; max: number };
  effortWeightNotPositive: { pair: string };
  parAreaWithoutMax: { key: string; known: string };
  parGroupNotInRule: { group: string; year: number; known: string };
  parNoResultsToRank: { year: number };
  totalGoalNotAllowed: Record<string, never>;
  goalCount: { choices: string; got: string };
  goalInvalid: { text: string; groups: string };
  parNoResultsToCompare: { year: number; known: string };
  totalOutsidePercent: { total: number };
  rankValueInvalid: { name: string; value: number };
  rankAboveField: { rank: number; of: number };
  fileTooLarge: { file: string; size: string; max: number };
  cellsTooLong: { file: string };
  parScenarioNotPapi: Record<string, never>;
  parScenarioNeedsPoints: Record<string, never>;
  parScenarioAreaMissing: { area: string };
  changeNotADimension: { measure: string };
  changeTwoLevels: { dimension: string; nameVi: string; nameAscii: string };
  changeAddWithoutScore: { measure: string; year: number; nameVi: string; nameAscii: string };
  changeDimensionMissing: { dimension: string; year: number; nameVi: string; nameAscii: string };
  // batch 3: units, internal index, SIPAS, definitions, files
  unitNotInResults: { unit: string };
  unitIncomplete: { unit: string; missing: string };
  unitNotRanked: { unit: string };
  classNotInBands: { label: string; known: string };
  scoreMaximaCount: { scores: number; maxima: number };
  maximumNotPositive: { position: number; max: number };
  pointsOutOfRange: { position: number; points: number; max: number };
  populationMissing: { provinces: string };
  weightsFileInvalid: { file: string; count: number };
  papiAlreadyIn2025Units: { year: number };
  formerProvinceWeightsMissing: { nameVi: string; nameAscii: string };
  unknownResultsYear: { index: string; year: number; known: string };
  provinceNotInSipasYear: { year: number; nameVi: string; nameAscii: string };
  criteriaSetInvalid: { file: string; count: number };
  criteriaTreeInvalid: { file: string; count: number };
  planMeasureUnknown: { code: string; definition: string; known: string };
  scenariosNotComparable: { a: string; aIndex: string; aYear: number; b: string; bIndex: string; bYear: number };
  boundaryInvalid: { boundary: string };
  parPointsInvalid: { year: number };
  jsonInvalid: { file: string; detail: string };
  definitionInvalid: { id: string };
  definitionFileInvalid: { file: string; count: number };
  dataFileInvalid: { file: string; count: number };
  // batch 4: keys and choices, provinces, scenario and plan fields, seeds, internal index files
  moreProblems: { count: number };
  keyUnknown: { source: string; key: string; known: string; near: string | null };
  choiceInvalid: { input: string; text: string; choices: string; near: string | null };
  measureNotInYear: { year: number; origin: string; measure: string };
  fieldMeasureMissing: { year: number; code: string };
  scoreOutsideScale: { score: number; measure: string; year: number; min: number; max: number | null };
  provinceUnknown: { name: string; suggestions: string };
  unitUnknown: { name: string; suggestions: string };
  formerProvinceName: {
    nameVi: string;
    nameAscii: string;
    unitVi: string;
    unitAscii: string;
    membersVi: string;
    membersAscii: string;
  };
  seedInvalid: { seed: number };
  startIterationInvalid: { start: number; block: number };
  webAssemblyMissing: Record<string, never>;
  weightInvalid: { pair: string; dimensions: string };
  scenarioValueOutOfRange: {
    measure: string;
    nameVi: string;
    nameAscii: string;
    value: number;
    min: number;
    max: number | null;
    input: string;
  };
  fieldInvalid: { source: string; path: string; reason: Bilingual };
  unitListInvalid: { file: string; count: number };
  consolidationInvalid: { count: number; files: number };
  criteriaColumnsMissing: { file: string; columns: string };
  columnMissing: { column: string };
  classBandsInvalid: { text: string; example: string; reason: Bilingual };
  scoreFileInvalid: { file: string; count: number };
  // reasons: the second half of fieldInvalid and classBandsInvalid
  expectScenarioObject: Record<string, never>;
  expectJsonObject: Record<string, never>;
  expectString: Record<string, never>;
  expectIndex: { value: string };
  expectYear: { example: number };
  expectChangeList: Record<string, never>;
  expectChange: Record<string, never>;
  expectMeasureCode: Record<string, never>;
  expectProvinceName: Record<string, never>;
  expectSetOrAdd: Record<string, never>;
  expectNumber: Record<string, never>;
  expectNonNegative: Record<string, never>;
  expectPositive: Record<string, never>;
  expectBoundary: Record<string, never>;
  expectShape: { shape: string };
  expectAfterBaseline: Record<string, never>;
  expectCodeOnce: Record<string, never>;
  expectGoal: Record<string, never>;
  expectGoalKey: Record<string, never>;
  expectRankFrom1: Record<string, never>;
  expectOneOf: { choices: string };
  expectWholeInRange: { min: number; max: number };
  expectUnits: Record<string, never>;
  classBandsEmpty: Record<string, never>;
  classBandForm: { part: string };
  classThresholdRange: { threshold: string };
  classThresholdsOrder: Record<string, never>;
  classLabelRepeated: Record<string, never>;
  classAreaFloorRange: { floor: number };
  provinceDuplicateAt: { row: number | undefined };
  provinceDuplicate: Record<string, never>;
  totalWithoutDimension: Record<string, never>;
  totalNotSumOfDimensions: { given: string; sum: string };
  provinceColumnMissing: Record<string, never>;
  columnUnexpected: { column: string; allowed: string };
  yearDiffersFromFile: { given: string | undefined; year: number };
  cellNotANumber: { cell: string };
  cellOutsideBounds: { cell: string; min: string; max: string };
  subdimensionFileUnknown: { definition: string };
  provinceNotInDimensionsFile: Record<string, never>;
  dimensionDiffers: { cell: string; main: string; row: number | undefined };
  subdimensionsPartial: Record<string, never>;
  subdimensionsNotSum: { sum: string; dimension: string; cell: string };
  subdimensionsWithoutDimension: Record<string, never>;
  pointsNotInRange: { cell: string; max: number };
  totalOrRankColumnMissing: Record<string, never>;
  rankNotWhole: Record<string, never>;
  totalRankOrder: { total: number; other: number; line: number | undefined; rank: number; otherRank: number };
  sipasColumnMissing: Record<string, never>;
  yearInvalidExpected: { given: string; year: number | undefined };
  weightMissing: Record<string, never>;
  weightNotPositive: { cell: string };
  formerWeightsMissing: { namesVi: string; namesAscii: string };
  cellTooLong: { length: number; max: number };
  gsoCodeInvalid: { code: string };
  provinceNameTaken: { name: string; owner: string };
  provinceCodeUnknown: { code: string };
  declarationUnsupported: { name: string; known: string };
  scaleNotPositive: { value: string | undefined };
  criteriaYearInvalid: { value: string | undefined };
  areaFloorInvalid: { value: string | undefined };
  criterionCodeEmpty: Record<string, never>;
  criterionCodeDuplicate: { code: string; line: number };
  criterionMaxNotPositive: { value: string };
  criterionSourceInvalid: { source: string | undefined };
  criterionRuleInvalid: { rule: string | undefined; rules: string };
  criterionOptionsInvalid: { options: string | undefined };
  criterionNameEmpty: Record<string, never>;
  parentMissing: { parent: string | null };
  parentLoop: { code: string };
  areaMaximaNotScale: { total: number; scale: number };
  criteriaNoLeaf: Record<string, never>;
  criteriaNoRows: Record<string, never>;
  bonusBlockNotTop: { code: string };
  bonusBlockWithChildren: { code: string };
  sourceDiffersFromParent: { source: string | null; parent: string; parentSource: string | null };
  leafNeedsSource: { code: string };
  childrenMaximaAbove: { sum: number; max: number; code: string };
  rulesOnlyOnLeaves: { code: string };
  surveyRuleNeedsSurveySource: Record<string, never>;
  surveyLeafRule: Record<string, never>;
  levelsNeedTwo: Record<string, never>;
  levelsTopEqualsMax: { max: number };
  checklistNeedsTwo: Record<string, never>;
  checklistSum: { sum: number; max: number };
  checklistAtMost16: Record<string, never>;
  ruleTakesNoOptions: { rule: string };
  bonusBlockManual: Record<string, never>;
  unitNotInList: { unit: string };
  unitKindMismatch: { unit: string; kind: string; setKind: string | null };
  criterionNotInSet: { code: string };
  scoreOnParent: { code: string; children: string };
  scoreEnteredTwice: { unit: string; code: string; line: number };
  scoredBySurvey: { code: string };
  notSurveyCriterion: { code: string };
  bonusNotNa: Record<string, never>;
  pointsNotNumber: { cell: string | undefined };
  pointsNegative: { cell: string | undefined };
  pointsAboveMax: { cell: string | undefined; max: number; code: string };
  pointsNotInRule: { cell: string | undefined; rule: string | null; code: string; max: number; options: string };
  unitCodeEmpty: Record<string, never>;
  unitCodeDuplicate: { unit: string; line: number | undefined };
  unitNameEmpty: Record<string, never>;
  unitKindEmpty: Record<string, never>;
  rankedInvalid: { value: string | undefined };
  sheetUnitMissing: Record<string, never>;
  sheetUnitTwice: { unit: string; file: string | undefined };
  sheetUnitUnknown: { unit: string; kind: string | null };
  criteriaCodeInvalid: { code: string };
  pointsOutsideMax: { points: string | undefined; max: string | undefined };
  parSourceInvalid: { source: string | undefined };
  parentCycle: { path: string };
  childrenMaximaNot: { sum: number; max: number };
  areaCriteriaMaximaNot: { area: string; sum: number; max: number | null };
  notAnArea: { code: string; definition: string; count: number };
  areaMaxPublished: { area: string; max: number | null; supplied: number };
  areaMaxOutOfRange: { supplied: number };
  criteriaPointsMissing: { criteria: string };
  areaBothNaAndPoints: { area: string; points: number | undefined };
  areaPointsMissing: { area: string; nameVi: string; nameEn: string };
  areaNaWithoutMax: { area: string };
  areaPointsOutOfRange: { value: number; area: string; max: number | null };
  unknownMaximaPointsAbove: { points: number; remaining: number };
  areaMaximaNot100: { total: number };
  rootCount: { count: number };
  codeDuplicate: Record<string, never>;
  nameMissingOrNotNfc: { lang: string };
  boundsReversed: { min: number; max: number };
  unknownMaxNotMarked: Record<string, never>;
  childrenMaxAbove: { sum: number; max: number | null };
  childrenMaxNot: { sum: number; max: number | null };
  childrenMinNot: { sum: number; min: number };
  yearRangeInvalid: Record<string, never>;
  papiNeedsQuartileRule: Record<string, never>;
  boundaryValueInvalid: { value: string };
  exceptionBoundaryInvalid: Record<string, never>;
  exceptionSourceMissing: Record<string, never>;
  exceptionYearsOutside: Record<string, never>;
  exceptionMeasureUnknown: { measure: string };
  groupRuleMissing: { year: number };
  defNeedJsonObject: Record<string, never>;
  defNeedString: Record<string, never>;
  defNeedIndex: Record<string, never>;
  defNeedYears: Record<string, never>;
  defNeedName: Record<string, never>;
  defNeedNodes: Record<string, never>;
  defNeedObject: Record<string, never>;
  defNeedCode: Record<string, never>;
  defNeedParent: Record<string, never>;
  defNeedLevel: { levels: string };
  defNeedNodeName: Record<string, never>;
  defNeedNumber: Record<string, never>;
  defNeedNumberOrNull: Record<string, never>;
  defNeedWeight: Record<string, never>;
}

export type MessageId = keyof MessageParams;

/** One language's texts: a template for every message id. */
export type MessageCatalogue = Catalogue<MessageParams>;

/** The catalogues by language. */
export const MESSAGES: Readonly<Record<'vi' | 'en', MessageCatalogue>> = { vi: MESSAGES_VI, en: MESSAGES_EN };

/**
 * A message in both languages, from its id and parameters (spread it into an EngineError's details).
 *
 * @example message('pairWithoutCode', { input: '--set' }).en // => 'A pair in --set has no code.'
 */
export function message<K extends MessageId>(id: K, params: MessageParams[K]): { vi: string; en: string } {
  return { vi: MESSAGES_VI[id](params), en: MESSAGES_EN[id](params) };
}

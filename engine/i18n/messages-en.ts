import type { MessageCatalogue } from './messages';

/** The engine's error messages in English (ids and parameters: MessageParams in messages.ts). */
export const MESSAGES_EN: MessageCatalogue = {
  numberMissing: (p) => `${p.input} has no value: expected a number, e.g. 9.5 or 9,5.`,
  notANumber: (p) => `${p.input} "${p.value}" is not a number: expected e.g. 9.5 or 9,5 (no hex, no "=").`,
  wholeNumberOutOfRange: (p) =>
    `${p.input} "${p.value}" is invalid: expected a whole number from ${p.min} to ${p.max}.`,
  pairInvalid: (p) => `"${p.part}" in ${p.input} is invalid: expected code=number, e.g. a1=9.5.`,
  pairWithoutCode: (p) => `A pair in ${p.input} has no code.`,
  pairGivenTwice: (p) => `${p.code} is given twice in ${p.input} (${p.first} and ${p.second}): give it once.`,
  targetRankInvalid: (p) => `Target rank "${p.rank}" is invalid: expected a whole number from 1.`,
  groupInvalid: (p) => `Group "${p.group}" is invalid: expected ${p.known}.`,
  methodologyUnknownYear: (p) => `No ${p.index} methodology for ${p.year}. Known periods: ${p.known}.`,
  measureNotInDefinition: (p) => `"${p.code}" is not a measure of ${p.definition}. Known codes: ${p.known}.`,
  measureInvalid: (p) => `"${p.code}" is not a measure of ${p.definition}. Valid codes: ${p.known}.`,
  papiMethodologyUnknown: (p) => `No PAPI methodology "${p.id}". Known: ${p.known}.`,
  definitionExists: (p) => `A definition "${p.id}" already exists: give it another id.`,
  papiUnknownYear: (p) => `No PAPI data for ${p.year}. Data covers ${p.first}-${p.last}.`,
  papiYearIn2025Units: (p) =>
    `PAPI ${p.year} data is keyed by the 34 units of 1 July 2025: use the 2025-units view (papiUnitsView, ` +
    `--units 2025).`,
  provinceListMissing: () => 'The province list provinces/provinces_63.csv is missing.',
  provinceListInvalid: () => 'The province list is invalid.',
  mergerListMissing: () => 'The 2025 merger list (merger_2025.csv) is missing.',
  papiTooFewProvinces: (p) =>
    `File "${p.file}" holds ${p.count} province(s): at least ${p.min} are needed to rank (use --allow-partial ` +
    `if the data is partial on purpose).`,
  papiFileYearUnknown: (p) =>
    `Cannot tell the year of "${p.file}": expected a year column or a file name like papi_<year>_dimensions.csv.`,
  papiDataInvalid: (p) => `PAPI ${p.year} data is invalid (${p.count} problems); nothing was loaded.`,
  provinceNotInPapiYear: (p) => `PAPI ${p.year} data has no row for ${p.nameAscii}.`,
  provinceWithoutPapiTotal: (p) => `${p.nameAscii} has no PAPI total in ${p.year}.`,
  papiScoreCount: (p) => {
    const expected = p.expected === null ? 'at least one' : String(p.expected);
    return `Expected ${expected} dimension score${expected === '1' ? '' : 's'}${p.definition}, got ${p.got}.`;
  },
  scoreNotNumber: (p) => `Score ${p.position} ("${p.score}") is not a number.`,
  scoreOutOfRange: (p) => `${p.measure} score ${p.score} must be within [${p.min}, ${p.max}].`,
  simulationIncomplete: (p) => `The simulation has run ${p.done} of ${p.iterations} iterations.`,
  simulationNotStarted: () => 'No simulation iteration has completed.',
  iterationsInvalid: (p) => `Iterations ${p.iterations} is invalid: expected a whole number from 1 to 10,000,000.`,
  yearsAheadInvalid: (p) => `Years ahead ${p.steps} is invalid: expected 0 to 10.`,
  standardErrorInvalid: () => 'The standard error or confidence interval must be a non-negative number.',
  subdimensionDataMissing: (p) => `No sub-dimension data for ${p.year}.`,
  capsInvalid: (p) =>
    `Caps "${p.caps}" is invalid: expected bounds (index bounds), best (best score that year), gain (largest ` +
    `gain seen) or realistic (the tighter of the two).`,
  effortWeightInvalid: (p) =>
    `Effort weight "${p.pair}" is invalid: expected a code among ${p.known} and a positive number.`,
  measureScoreMissing: (p) => `No ${p.measure} score in ${p.year}.`,
  targetTotalAboveMax: (p) => `Target total ${p.total} exceeds the maximum ${p.max}.`,
  effortWeightNotPositive: (p) => `Effort weight "${p.pair}" must be a positive number.`,
  parAreaWithoutMax: (p) => `"${p.key}" is not an area with a known maximum (${p.known}).`,
  parGroupNotInRule: (p) => `Group "${p.group}" is not in the ${p.year} rule (${p.known}).`,
  parNoResultsToRank: (p) => `No PAR INDEX results for ${p.year} to rank against.`,
  totalGoalNotAllowed: () => 'A total is not a goal here: give a rank or a group.',
  goalCount: (p) => `Give exactly one goal (${p.choices}); got: ${p.got || 'none'}.`,
  goalInvalid: (p) => `Goal "${p.text}" is invalid: expected a rank (a whole number from 1) or a group (${p.groups}).`,
  parNoResultsToCompare: (p) => `No PAR INDEX results for ${p.year} to compare with. Years: ${p.known}.`,
  totalOutsidePercent: (p) => `Total ${p.total} must be within [0, 100].`,
  rankValueInvalid: (p) => `${p.name} = ${p.value} is invalid: expected a whole number from 1.`,
  rankAboveField: (p) => `Rank ${p.rank} is larger than the field of ${p.of}.`,
  fileTooLarge: (p) => `File "${p.file}" is too large (${p.size} MB, at most ${p.max} MB).`,
  cellsTooLong: (p) => `File "${p.file}" has cells that are too long; nothing was loaded.`,
  parScenarioNotPapi: () => 'PAR INDEX scenarios are evaluated by evaluateParScenario.',
  parScenarioNeedsPoints: () => 'A PAR INDEX scenario needs index "par" and the area points (points).',
  parScenarioAreaMissing: (p) => `The scenario has no points for area "${p.area}".`,
  changeNotADimension: (p) =>
    `Only a dimension or sub-dimension can be changed, not "${p.measure}": the total is recomputed from the ` +
    `dimensions.`,
  changeTwoLevels: (p) =>
    `${p.dimension} and one of its sub-dimensions cannot both be changed for ${p.nameAscii}: choose one level.`,
  changeAddWithoutScore: (p) => `${p.nameAscii} has no ${p.measure} score in ${p.year} to add to; set a value instead.`,
  changeDimensionMissing: (p) =>
    `${p.nameAscii} has no ${p.dimension} score in ${p.year}; a sub-dimension change cannot move it.`,
  unitNotInResults: (p) => `Unit "${p.unit}" is not in the results.`,
  unitIncomplete: (p) => `Unit "${p.unit}" is incomplete (missing ${p.missing}): no target can be computed.`,
  unitNotRanked: (p) => `Unit "${p.unit}" is not ranked.`,
  classNotInBands: (p) => `Class "${p.label}" is not one of the bands (${p.known}).`,
  scoreMaximaCount: (p) => `There are ${p.scores} scores but ${p.maxima} maxima.`,
  maximumNotPositive: (p) => `Maximum ${p.position} (${p.max}) must be a positive number.`,
  pointsOutOfRange: (p) => `Score ${p.position} (${p.points}) must be within [0, ${p.max}].`,
  populationMissing: (p) => `No population for ${p.provinces} to weight by.`,
  weightsFileInvalid: (p) => `Weights file "${p.file}" is invalid (${p.count} problems).`,
  papiAlreadyIn2025Units: (p) =>
    `PAPI ${p.year} is already keyed by the 34 units of 1 July 2025; nothing to reconstruct.`,
  formerProvinceWeightsMissing: (p) => `No weights for the former provinces of ${p.nameAscii}.`,
  unknownResultsYear: (p) => `No ${p.index} data for ${p.year} (available: ${p.known}).`,
  provinceNotInSipasYear: (p) => `SIPAS ${p.year} data has no row for ${p.nameAscii}.`,
  criteriaSetInvalid: (p) => `Criteria set "${p.file}" is invalid (${p.count} problems); nothing was loaded.`,
  criteriaTreeInvalid: (p) => `Criteria tree "${p.file}" is invalid (${p.count} problems); nothing was loaded.`,
  planMeasureUnknown: (p) =>
    `"${p.code}" is not a dimension or sub-dimension of ${p.definition} (${p.known}, d1_1...).`,
  scenariosNotComparable: (p) =>
    `Only two scenarios of the same year and index can be compared: "${p.a}" is ${p.aIndex} ${p.aYear}, ` +
    `"${p.b}" is ${p.bIndex} ${p.bYear}.`,
  boundaryInvalid: (p) => `Boundary convention "${p.boundary}" is invalid: expected "lower" or "upper".`,
  parPointsInvalid: (p) => `PAR INDEX ${p.year} points are invalid.`,
  jsonInvalid: (p) => `File "${p.file}" is not valid JSON (${p.detail}).`,
  definitionInvalid: (p) => `Index definition "${p.id}" is invalid.`,
  definitionFileInvalid: (p) => `Definition file "${p.file}" is invalid (${p.count} problems).`,
  dataFileInvalid: (p) => `File "${p.file}" is invalid (${p.count} problems); nothing was loaded.`,
  moreProblems: (p) => `and ${p.count} more`,
  keyUnknown: (p) =>
    `${p.source}: unknown key "${p.key}" (known keys: ${p.known}).` +
    (p.near === null ? '' : ` Did you mean "${p.near}"?`),
  choiceInvalid: (p) =>
    `${p.input} "${p.text}" is invalid: expected ${p.choices}.${p.near === null ? '' : ` Did you mean "${p.near}"?`}`,
  measureNotInYear: (p) => `PAPI ${p.year} data (${p.origin}) has no "${p.measure}".`,
  fieldMeasureMissing: (p) => `PAPI ${p.year} data has no "${p.code}" (sub-dimension data may not be published).`,
  scoreOutsideScale: (p) =>
    `Score ${p.score} for ${p.measure} in ${p.year} is outside its scale [${p.min}, ${p.max ?? '?'}].`,
  provinceUnknown: (p) => `Unknown province "${p.name}".${p.suggestions ? ` Did you mean ${p.suggestions}?` : ''}`,
  unitUnknown: (p) =>
    `Unknown provincial unit (from 1 July 2025) "${p.name}".` +
    (p.suggestions ? ` Did you mean ${p.suggestions}?` : ''),
  formerProvinceName: (p) =>
    `${p.nameAscii} is a former province (before 1 July 2025); from 1 July 2025 it is part of ${p.unitAscii} ` +
    `(${p.membersAscii}). Did you mean ${p.unitVi}?`,
  seedInvalid: (p) =>
    `Seed ${p.seed} is invalid: expected a whole number (from -9,007,199,254,740,991 to 9,007,199,254,740,991).`,
  startIterationInvalid: (p) =>
    `Start iteration ${p.start} is invalid: expected a multiple of ${p.block}, at most the iterations.`,
  weightInvalid: (p) =>
    `Weight "${p.pair}" is invalid: expected a dimension (${p.dimensions}) and a non-negative number.`,
  scenarioValueOutOfRange: (p) =>
    `${p.measure} of ${p.nameAscii} would be ${p.value}, outside the allowed range [${p.min}, ${p.max}] (${p.input}).`,
  fieldInvalid: (p) => `${p.source}, field "${p.path}": ${p.reason.en}`,
  unitListInvalid: (p) => `Unit list "${p.file}" is invalid (${p.count} problems); nothing was loaded.`,
  consolidationInvalid: (p) => `Nothing consolidated: ${p.count} problems in ${p.files} files; nothing was loaded.`,
  criteriaColumnsMissing: (p) =>
    `Criteria set "${p.file}" lacks column(s) ${p.columns} (expected code,parent,name_vi,max,source).`,
  columnMissing: (p) => `Missing column "${p.column}"`,
  classBandsInvalid: (p) => `Class bands "${p.text}" are invalid: ${p.reason.en}. Example: "${p.example}".`,
  scoreFileInvalid: (p) => `Score file "${p.file}" is invalid (${p.count} problems); nothing was loaded.`,
  expectScenarioObject: () => 'expected a JSON object {name, index, year, changes}.',
  expectJsonObject: () => 'expected a JSON object.',
  expectString: () => 'expected a string.',
  expectIndex: (p) => `"${p.value}" is invalid: expected "papi" or "par".`,
  expectYear: (p) => `expected a year, e.g. ${p.example}.`,
  expectChangeList: () => 'expected a list of changes.',
  expectChange: () => 'expected {province, measure, set or add}.',
  expectMeasureCode: () => 'expected a measure code, e.g. "d3".',
  expectProvinceName: () => 'expected a province name.',
  expectSetOrAdd: () => 'expected exactly one of "set" or "add".',
  expectNumber: () => 'expected a number.',
  expectNonNegative: () => 'expected a non-negative number.',
  expectPositive: () => 'expected a positive number.',
  expectBoundary: () => 'expected "lower" or "upper".',
  expectShape: (p) => `expected ${p.shape}.`,
  expectAfterBaseline: () => 'must be after the baseline year.',
  expectCodeOnce: () => 'this code is given twice.',
  expectGoal: () => 'expected a goal {"rank": 20}, {"group": "best"} and/or {"total": 45}.',
  expectGoalKey: () => 'expected "rank", "group" and/or "total".',
  expectRankFrom1: () => 'expected a whole number from 1.',
  expectOneOf: (p) => `expected ${p.choices}.`,
  expectWholeInRange: (p) => `expected a whole number from ${p.min} to ${p.max}.`,
  expectUnits: () => 'expected 2025 (the 34 units of 1 July 2025) or 63 (the former provinces).',
  classBandsEmpty: () => 'no class given',
  classBandForm: (p) => `"${p.part}" needs label>=threshold (only the last class may have none)`,
  classThresholdRange: (p) => `threshold ${p.threshold} must be within [0, 100]`,
  classThresholdsOrder: () => 'thresholds must decrease',
  classLabelRepeated: () => 'a label is repeated',
  classAreaFloorRange: (p) => `area floor ${p.floor} must be within (0, 100]`,
  provinceDuplicateAt: (p) => `Duplicate province (already on row ${p.row})`,
  provinceDuplicate: () => 'Duplicate province',
  totalWithoutDimension: () => 'A total is given but a dimension is missing',
  totalNotSumOfDimensions: (p) => `Total ${p.given} differs from the sum of the dimensions (${p.sum})`,
  provinceColumnMissing: () => 'Expected a province, province_vi or gso_code column',
  columnUnexpected: (p) => `Unexpected column \"${p.column}\" (expected: ${p.allowed})`,
  yearDiffersFromFile: (p) => `Year ${p.given} differs from the file's year ${p.year}`,
  cellNotANumber: (p) => `\"${p.cell}\" is not a number`,
  cellOutsideBounds: (p) => `${p.cell} is outside [${p.min}, ${p.max}]`,
  subdimensionFileUnknown: (p) =>
    `Cannot tell which dimension this file holds (expected columns d<k>_1..d<k>_n of ${p.definition})`,
  provinceNotInDimensionsFile: () => 'Province is not in the dimensions file',
  dimensionDiffers: (p) => `${p.cell} differs from ${p.main || 'empty'} in the dimensions file (row ${p.row})`,
  subdimensionsPartial: () => 'Some sub-dimensions are missing',
  subdimensionsNotSum: (p) => `Sub-dimensions add up to ${p.sum}, not ${p.dimension} ${p.cell}`,
  subdimensionsWithoutDimension: () => 'Sub-dimensions are given but the dimension is missing',
  pointsNotInRange: (p) => `\"${p.cell}\" is not a number in [0, ${p.max}]`,
  totalOrRankColumnMissing: () => 'Expected a "total" or "rank" column',
  rankNotWhole: () => 'Rank must be a whole number from 1',
  totalRankOrder: (p) =>
    `Total ${p.total} is above ${p.other} (line ${p.line}) but rank ${p.rank} is after rank ${p.otherRank}`,
  sipasColumnMissing: () => 'Expected a "sipas" or "sipas_rank" column',
  yearInvalidExpected: (p) => `Year \"${p.given}\" is invalid${p.year === undefined ? '' : ` (expected ${p.year})`}`,
  weightMissing: () => 'The weight is missing',
  weightNotPositive: (p) => `Weight ${p.cell} must be greater than 0`,
  formerWeightsMissing: (p) => `No weight for ${p.namesAscii} (former provinces of merged units)`,
  cellTooLong: (p) => `Cell of ${p.length} characters, over the ${p.max} limit`,
  gsoCodeInvalid: (p) => `GSO code \"${p.code}\" is invalid or duplicated`,
  provinceNameTaken: (p) => `Name \"${p.name}\" also belongs to province ${p.owner}`,
  provinceCodeUnknown: (p) => `No province has code \"${p.code}\"`,
};

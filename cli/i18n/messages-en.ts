import type { CliMessageCatalogue } from './messages';

/** The command line's texts in English (ids and parameters: CliMessageParams in messages.ts). */
export const CLI_MESSAGES_EN: CliMessageCatalogue = {
  commandUnknown: (p) => `Unknown command "${p.name}".${p.near ? ` Did you mean "${p.near}"?` : ''} See papi --help.`,
  optionUnknown: (p) => `Unknown option "${p.option}".${p.near === null ? '' : ` Did you mean --${p.near}?`}`,
  flagWithValue: (p) => `${p.option} is a flag and takes no value (write ${p.option}, not ${p.option}=${p.value}).`,
  flagTwice: (p) => `${p.option} is given twice.`,
  optionNoValue: (p) =>
    `${p.option} has no value${p.next === null ? '' : ` (it is followed by ${p.next})`}: expected ` +
    `${p.expected?.en ?? 'a value'}.`,
  optionTwice: (p) => `${p.option} is given twice ("${p.first}" and "${p.second}"): give it once.`,
  argumentsExtra: (p) =>
    `Unexpected argument "${p.args}"${p.optionsOnly ? ': this command takes --name value options only' : ''} ` +
    `(quote a value that has spaces).`,
  optionsTogether: (p) => `--${p.a} and --${p.b} cannot be used together: choose one.`,
  optionMissing: (p) => `Missing ${p.option}: expected ${p.expected.en}.`,
  yearInvalid: (p) => `Year "${p.raw}" is invalid: expected four digits, e.g. 2019.`,
  compositeUnitsNotApplicable: (p) =>
    `--units 2025 does not apply to ${p.index}: the 34-unit view recomputes PAPI's population-weighted survey mean; ` +
    `${p.index} results are the units' own as published (for a merged unit, look up each former province).`,
  indexInvalid: (p) => `Index "${p.index}" is invalid: expected ${p.allowed.join(' or ')}.`,
  unitWeightsNeedUnits2025: () => "--unit-weights goes with --units 2025 (weights for merged units' baselines).",
  scenarioUnitsConflict: (p) =>
    `--units 63 contradicts the scenario file ${p.file}, which says "units": 2025 (the 34 units of 1 July 2025): ` +
    `drop one of them.`,
  unitsOptionInvalid: (p) =>
    `--units "${p.raw}" is invalid: expected 2025 (the 34 units of 1 July 2025) or 63 (the former provinces).`,
  papiYearInUnits: (p) => `PAPI ${p.year} data is keyed by the 34 units of 1 July 2025, not the former provinces.`,
  fileUnreadable: (p) => `Cannot read file "${p.path}".`,
  fileNotFound: (p) => `File "${p.path}" not found (relative paths are read from ${p.cwd}).`,
  fileIsFolder: (p) => `"${p.path}" is a directory, not a file.`,
  fileTooLarge: (p) => `File "${p.path}" is larger than ${p.mb} MB: not read.`,
  dataDirAndData: () => 'Give --data-dir or --data, not both.',
  folderUnreadable: (p) => `Cannot read the folder "${p.dir}".`,
  folderFileNotRegular: (p) =>
    `"${p.path}" is not a regular file (a pipe, a device or a folder): a data folder holds ordinary CSV files.`,
  definitionYearsUnused: (p) =>
    `--definition ${p.file} is for the years ${p.years}, so the command\'s year ${p.year} would not use it: give the year it is for, or leave the option out.`,
  classesKindUnknown: (p) =>
    `--classes "${p.kind}:...": no unit in the units file is of kind ${p.kind} (kinds there: ${p.known}).`,
  internalTargetOnly: (p) =>
    `${p.option} chooses the unit or goal of papi internal target; papi internal ${p.sub} would ignore it (leave it out, or use target).`,
  folderHasNoYear: (p) =>
    `The folder "${p.dir}" has no file for ${p.year} (expected papi_${p.year}_dimensions.csv, ` +
    `papi_${p.year}_d<k>_subdimensions.csv, parindex_${p.year}.csv or sipas_${p.year}.csv).`,
  dataSubcommand: (p) =>
    `Expected "add" after "data" (got "${p.got}"): papi data add <deployed folder> --data-dir <folder of the new year>.`,
  deployedCopyMissing: (p) =>
    `"${p.dir}" has no data/index.json: it is not a deployed copy of the add-in (the folder with taskpane.html, ` +
    `from npm run release or npm run build).`,
  deployedIndexInvalid: (p) => `${p.file} is not a valid data list: expected {"files": ["published.json", ...]}.`,
  dataDirNoYear: (p) =>
    `The folder "${p.dir}" has no year's files (expected papi_<year>_dimensions.csv, parindex_<year>.csv or ` +
    `sipas_<year>.csv).`,
  dataDirManyYears: (p) => `The folder "${p.dir}" has files of several years (${p.years}): choose one with --year.`,
  yearAlreadyDeployed: (p) =>
    `${p.year} is already in "${p.dir}": nothing was changed (a published year is not replaced here; ` +
    `build a new release to correct it).`,
  dataAdded: (p) =>
    `Added ${p.year} (${p.units}) to "${p.dir}": ${p.file} (${p.files}). Users get it when Excel reloads the add-in ` +
    `(close and reopen the workbook).`,
  unitsOf2025: () => 'the 34 units of 1 July 2025',
  formerProvinces: () => 'the 63 former provinces',
  summaryData: () => 'Add a newly published year to a deployed copy of the add-in (no rebuild): papi data add',
  dataDeployedPlaceholder: () => 'add <deployed folder>',
  compareParOnly: () => 'Comparing two scenarios is for PAPI only.',
  ofNeedsRank: () => '--of goes with --rank (e.g. --rank 20 --of 63).',
  planFileMissing: () => 'Missing the plan file: papi plan <plan.json>.',
  parRankingUnavailable: () =>
    'No full PAR INDEX ranking is published here (partial results only); use "score --index par" for a rank estimate.',
  topFloorInvalid: (p) => `--top-floor "${p.value}" must be a number (%), e.g. 85.`,
  scoresNeedUnits: () => '--scores needs --units (the unit list).',
  internalSubcommand: (p) =>
    `Expected check, results, target, workbook, sheets or consolidate after "internal" (got "${p.got}").`,
  outExists: (p) => `"${p.path}" already exists: not overwritten. Choose another name for --out.`,
  expectOutFile: () => 'the path of the file to write',
  expectMasterFile: () => 'the master workbook .xlsx',
  expectReturnedFiles: () => 'the returned unit sheets (.xlsx or .zip)',
  masterNeedsSheets: (p) =>
    `The master workbook "${p.path}" lacks the sheet(s) ${p.sheets}: create it with papi internal workbook.`,
  mergeNeedsYes: (p) =>
    `${p.count} existing values would be replaced (listed above): nothing written. Run again with --yes to merge.`,
  mergeSummary: (p) =>
    `Merging ${p.sheets} sheets: ${p.newUnits} new units, ${p.updated} units updated, ${p.untouched} units untouched; ${p.filled} empty cells filled, ${p.changed} values changed.`,
  mergeChangeLine: (p) => `  ${p.unit} · ${p.code} · ${p.field}: ${p.before} → ${p.after}`,
  mergeWritten: (p) => `Written into ${p.path} (the previous state is in the backup sheet; undo: --undo).`,
  mergeUndone: (p) => `The scores sheet of ${p.path} is back to before the last consolidation.`,
  mergeNothingToUndo: (p) => `${p.path}: no consolidation to undo.`,
  masterWritten: (p) => `Wrote the master workbook ${p.path} (sheets: ${p.sheets}).`,
  sheetsWritten: (p) => `Wrote ${p.count} unit score sheets into ${p.path}.`,
  internalWarning: (p) => `Note: ${p.text}`,
  internalOptionOutHelp: () => 'the file to write (an existing file is never overwritten)',
  internalOptionMasterHelp: () => 'the master workbook .xlsx (papi internal workbook): read, or merged into',
  internalOptionYesHelp: () => 'agree to replace existing values when merging',
  internalOptionUndoHelp: () => 'undo the last consolidation in the master workbook',
  internalGoalCount: () => 'Give exactly one goal: --class <label> or --rank <n>.',
  errorLabel: () => 'Error',
  unexpectedErrorLabel: () => 'Unexpected error',
  simulatingLabel: () => 'Simulating',
  stoppingOnRequest: () => 'Stopping on request (Ctrl-C)...',
  unexpectedError: (p) => `Unexpected error: ${p.message}`,
  expectYear: () => 'a year, e.g. 2019',
  expectProvince: () => 'a province name, e.g. "An Giang"',
  expectProvinceOrCity: () => 'a province name, e.g. "An Giang"',
  expectCriteriaFile: () => 'the criteria set CSV file',
  expectUnitsFile: () => 'the units CSV file',
  expectIndexDataFile: () => "the index's data CSV file (unit,year,<measure codes>)",
  expectScoresFile: () => 'the scores CSV file',
  expectUnitCode: () => 'a unit code, e.g. X001',
  rankWord: () => 'rank',
  codeWord: () => 'Code',
  scoreWord: () => 'Score',
  resultWord: () => 'Result',
  publishedWord: () => 'Published',
  scenarioWord: () => 'Scenario',
  notEnough: () => 'not enough',
  unverifiedMax: () => '? (unverified)',
  cityKind: () => 'centrally-run city',
  provinceKind: () => 'province',
  unchanged: () => '(unchanged)',
  incompleteShort: () => 'incomplete',
  notRankedShort: () => 'not ranked',
  formerProvincesHeader: () => 'Former province|Score (%)|Rank|Group',
  compositeTitle: (p) => `${p.name}, year ${p.year}`,
  compositeRankingHeader: () => 'Rank|Unit|Total|Group',
  compositeMeasureHeader: () => 'Code|Measure|Weight|Total per point|Baseline|Scenario|Total change',
  compositeSensitivityHeader: () => 'Code|Measure|Weight|Total per point|Score|Most it can add',
  compositeBase: (p) => `Baseline: ${p.total}, ${p.rank}${p.group ? `, ${p.group}` : ''}`,
  compositeScenario: (p) => `Scenario: ${p.total}, ${p.rank}${p.group ? `, ${p.group}` : ''}`,
  compositeTargetMet: (p) =>
    `Needs a total of ${p.required}: the least weighted effort is ${p.effort} points, highest weights first.`,
  compositeTargetUnreachable: (p) =>
    `A total of ${p.required} cannot be reached: every measure at its maximum (${p.effort} points) falls short.`,
  sipasHeader: () => 'Rank|Province|SIPAS (%)|Note',
  simulateHeader: () => 'Code|Dimension|Base|Scenario|±|Rank|Group',
  compareHeader: (p) => `Province|Published|${p.a}|${p.b}`,
  targetHeader: () => 'Code|Increase|Cap|This part alone',
  parTargetHeader: () => 'Area|Add points',
  papiScoreHeader: () => 'Code|Dimension|Score|Rank|Group|± score|± rank',
  parScoreHeader: () => 'Code|Area|Points|Max|Lost',
  unitsHeader: () => 'Code|Unit from 1 July 2025|Type|Administrative centre|Former provinces',
  provincesHeader: () => 'Code|Province (to 30 June 2025)|Type|Region|Unit from 1 July 2025 (code, type)',
  planHeader: (p) => `Code|Dimension|${p.baselineYear}|Target|Gap|Actual ${p.targetYear}|Met`,
  rankingHeader: (p) => `Rank|${p.units ? 'Unit (former provinces)' : 'Province'}|Score|Group`,
  internalHeader: () => 'Rank|Code|Unit|Self|Appraised|Survey|Bonus/pen.|Total|Index %|Class|Status|± % last year',
  criteriaLostHeader: () => 'Code|Criterion|Owner|Points lost|Units',
  areasLostHeader: () => 'Code|Area|Points lost|To add',
  formerRange: (p) =>
    `Lowest – highest: ${p.min ?? '–'} – ${p.max ?? '–'}%; ranks ${p.best ?? '–'} – ${p.worst ?? '–'}.`,
  sipasTitle: (p) =>
    `SIPAS ${p.year} (satisfaction with public administrative services; only results with a published source)`,
  chancePartial: (p) => `PARTIAL RESULT: stopped after ${p.done} of ${p.requested} iterations (Ctrl-C).`,
  chanceProbability: (p) => `Probability of the goal: ${p.percent}% (${p.iterations} iterations, seed ${p.seed})`,
  chanceRank: (p) => `Rank: nominal ${p.nominal}, median ${p.median}, P5 ${p.p5}, P95 ${p.p95} (of ${p.of})`,
  parScenarioLine: (p) =>
    `PAR INDEX ${p.year}: ${p.base} → ${p.scenario} points (${p.percent}%), group ${p.group ?? '–'}`,
  sensitivityIntro: (p) =>
    `Current rank ${p.rank} of ${p.of}. Places gained in the total (and in the dimension itself) by raising one ` +
    `dimension:`,
  sensitivityUnweighted: (p) =>
    `The total is the unweighted sum of the ${p.count} dimensions, so the same points in any of them move the total ` +
    `rank alike until that dimension reaches its maximum; what differs is the dimension's own rank (in brackets) and ` +
    `its room left.`,
  papiScoreLine: (p) =>
    `PAPI ${p.year} – ${p.name}: ${p.score} points, rank ${p.rank ?? '–'} of ${p.of}, ${p.group ?? 'no group'}`,
  changeAgainst: (p) => `Against ${p.year}: total ${p.score ?? '–'} points, ${p.rank ?? '–'} places.`,
  strengthsWeaknesses: (p) => `Strengths (best group): ${p.strengths}. Weaknesses (poor group): ${p.weaknesses}.`,
  planUnitsMissing: (p) =>
    `${p.file}: a plan for ${p.year} names "${p.nameAscii}", a former province that is now part of ${p.unit.en}; ` +
    `say which one it means: "units": 2025 for the new unit, or "units": 63 for the former province.`,
  formerProvinceHere: (p) =>
    `! ${p.nameAscii} here is the former province (before 1 July 2025); from 1 July 2025 it is part of ` +
    `${p.unit.en}: see --units 2025.`,
  formerProvincesTitle: () => 'Former provinces (published score, rank among the former provinces, weight share):',
  simpleMeanLine: (p) => `  Simple mean: ${p.mean ?? '–'}; lowest – highest: ${p.min ?? '–'} – ${p.max ?? '–'}`,
  parScoreLine: (p) => `PAR INDEX ${p.year}: ${p.total} points (${p.percent}%), group ${p.group ?? '–'}`,
  parRankEstimate: (p) =>
    `Estimated rank: ${p.low === p.high ? p.low : `${p.low}–${p.high}`} of ${p.of} (from ${p.known} published points)`,
  mostPointsLost: (p) => `Most points lost: ${p.lost || '–'}`,
  goalRank: (p) => `rank ≤ ${p.rank}`,
  goalTotal: (p) => `total ≥ ${p.total}`,
  planGoalLine: (p) =>
    `Goal for ${p.targetYear}: ${p.goal}. ${p.baselineYear} total: ${p.baselineTotal}; total implied by the targets: ` +
    `${p.impliedTotal}.`,
  planPlaced: (p) =>
    `Placed in the ${p.year} field: rank ${p.rank} of ${p.of}, ${p.group}` +
    (p.meetsGoal ? ' – meets the goal' : ' – misses the goal'),
  planChance: (p) =>
    `Probability of the ${p.targetYear} goal (from the ${p.fieldYear} field, ${p.iterations} iterations, seed ` +
    `${p.seed}): ${p.percent}%; median rank ${p.median} (P5 ${p.p5} – P95 ${p.p95}).`,
  planAchieved: (p) =>
    `Actual ${p.year}: ${p.total} points, rank ${p.rank} of ${p.of}, ${p.group} – goal ` +
    `${p.goalMet ? 'met' : 'missed'}; ${p.met} of ${p.count} dimension targets met.`,
  rankingTitle: (p) => `PAPI ${p.year} – ${p.measure ?? 'total'}${p.units ? ' – the 34 units of 1 July 2025' : ''}`,
  estimatedFromFormer: () => '* estimated from the former provinces.',
  notRanked: (p) => `Not ranked: ${p.namesAscii} (a former province has no score; see score).`,
  internalTitle: (p) => `Internal PAR index – ${p.title}`,
  internalGroup: (p) => `Group ${p.group} (${p.of} ranked units)`,
  unitIncompleteLine: (p) => `! ${p.unit} is incomplete: missing ${p.missing}`,
  criteriaLostTitle: () => 'Criteria that lost the most points (province-wide)',
  criteriaSetValid: (p) =>
    `Criteria set valid: ${p.areas} areas, ${p.criteria} rows, ${p.leaves} leaves; appraised ${p.appraised} + survey ` +
    `${p.survey} points (scale ${p.scale}); unit kind ${p.kind ?? 'any'}, year ${p.year ?? '–'}.`,
  unitsOfSet: (p) => `Units scored with this set: ${p.units}.`,
  scoresValid: (p) => `Scores valid: ${p.entries} entries; ${p.complete} units complete, ${p.incomplete} incomplete.`,
  unitMissingLine: (p) => `! ${p.unit}: missing ${p.missing}`,
  optionOfOptionHelp: () => 'the --rank K target was written against N provinces (e.g. 63): restated by percentile',
  optionSipasDataHelp: () => 'your own SIPAS results',
  optionSipasDataValue: () => '<file.csv>',
  optionDefinitionHelp: () => 'a methodology the product does not ship (JSON, see docs/data-formats.md)',
  optionDefinitionValue: () => '<file.json>',
  optionDataDirHelp: () =>
    "all of the year's files in a folder (papi_<year>_*.csv, parindex_<year>.csv, sipas_<year>.csv)",
  optionDataDirValue: () => '<folder>',
  optionUnitWeightsHelp: () =>
    "weights of the former provinces (province,weight) instead of populations, for merged units' baselines",
  optionUnitWeightsValue: () => '<file.csv>',
  optionUnitsHelp: () =>
    '2025: the 34 units of 1 July 2025 (reconstructed baselines for merged units); 63: the former provinces',
  optionIndexWithSipasHelp: (p) =>
    'the index: papi (default), par (PAR INDEX), sipas (satisfaction index, published results)' +
    (p.others ? ` or a composite index: ${p.others}` : ''),
  optionIndexDefinitionHelp: () =>
    'an index the product does not know: its definition CSV (# id:, # name_vi:, # scale:, # groups:, then code,parent,name_vi,weight); --data gives its data CSV (unit,year,<measure codes>)',
  optionUnitHelp: () => 'the unit of a composite index (a province, department or commune, as its data names it)',
  optionFindHelp: () => 'find one province by name or code',
  optionFindValue: () => '<name>',
  optionStaticHelp: () => 'the other provinces keep their scores',
  optionYearsHelp: () => 'years until the target survey',
  optionCiHelp: () => 'half-width of the 95% confidence interval of the total',
  optionSeHelp: () => 'standard error of the total',
  optionSeedHelp: () => 'random seed, an integer (the result echoes it)',
  optionIterationsHelp: () => 'Monte Carlo iterations (default 10000)',
  optionLevelHelp: () => 'allocate over dimensions or sub-dimensions',
  optionCapHelp: () => 'limit on each increase (default bounds)',
  optionCompareHelp: () => 'compare with a second scenario (same year)',
  optionCompareValue: () => '<scenario-b.json>',
  optionScenarioHelp: () => 'a scenario file (year, changes, weights)',
  optionScenarioValue: () => '<scenario.json>',
  optionDimensionHelp: () => 'rank by one measure instead of the total',
  optionTotalHelp: () => 'goal: a total',
  optionGroupHelp: () => 'goal group: best, high-average... (PAR: A, B...)',
  optionGroupValue: () => '<group>',
  optionRankHelp: () => 'goal: rank K or better',
  optionCriteriaHelp: () => 'detailed PAR INDEX criteria tree',
  optionCriteriaValue: () => '<file.csv>',
  optionNaHelp: () => 'areas that do not apply (must have no points)',
  optionMaximaHelp: () => 'maximum points of areas without a published maximum',
  optionPointsHelp: () => 'PAR INDEX points per area',
  optionParDataHelp: () => 'your own full PAR INDEX results table',
  optionParDataValue: () => '<file.csv>',
  optionAllowPartialHelp: () => 'accept a --data file with fewer than 2 provinces (partial on purpose)',
  optionDataHelp: () => 'your own PAPI data (the dimensions file, and sub-dimension files if any)',
  optionDataValue: () => '<file.csv>',
  optionBoundaryHelp: () => "override where a score exactly on a group cut-off goes (default: the year's definition)",
  optionWeightsHelp: () => 'weights (simulate) or effort per measure (target)',
  optionAddHelp: () => "add to a measure's score (repeatable)",
  optionSetHelp: () => "set a measure's score (repeatable, or d2=5.5,d3=6)",
  optionProvinceHelp: () => 'province name or GSO code, e.g. "An Giang" or 89',
  optionProvinceValue: () => '<name>',
  optionYearHelp: () => 'results year, e.g. 2019',
  optionYearValue: () => '<year>',
  optionIndexHelp: (p) =>
    `the index: papi (default) or par (PAR INDEX)${p.others ? `, or a composite index: ${p.others}` : ''}`,
  optionHelpHelp: () => "print this command's help",
  optionLangHelp: () => 'language of the printed table (default vi)',
  optionJsonHelp: () => 'print the result (and errors) as JSON',
  internalOptionClassHelp: () => 'target: the goal class',
  internalOptionClassValue: () => '<class>',
  internalOptionUnitHelp: () => 'target: the unit code',
  internalOptionUnitValue: () => '<code>',
  internalOptionTopFloorHelp: () => 'per-area floor for the top class, e.g. 85',
  internalOptionClassesHelp: () => 'class bands (kind:... for one unit kind)',
  internalOptionPreviousHelp: () => "last year's scores (for the change)",
  internalOptionPreviousValue: () => '<last-year.csv>',
  internalOptionScoresHelp: () => "the units' scores",
  internalOptionScoresValue: () => '<scores.csv>',
  internalOptionUnitsHelp: () => 'the unit list',
  internalOptionUnitsValue: () => '<units.csv>',
  internalOptionDefinitionHelp: () => 'the criteria set CSV file',
  internalOptionDefinitionValue: () => '<criteria.csv>',
  summaryBacktest: () => 'Track record of the rank chance: back-test of past years against what happened',
  optionBacktestFromHelp: () => 'first field year Y (each case predicts Y + 1 from the field of Y)',
  optionBacktestToHelp: () => 'last field year Y',
  backtestTitle: (p) =>
    `Back-test, field years ${p.from}–${p.to} (${p.units} units): each province's actual Y + 1 scores in the field of Y, predicted rank against its actual rank in Y + 1 (${p.iterations} iterations, seed ${p.seed})`,
  backtestHeader: () =>
    'Year|Cases|In [P5, P95]|Better than P5|Worse than P95|Mean width|Brier ≤10|Brier ≤20|Brier ≤32|Brier mean',
  backtestPooled: () => 'All',
  backtestBaselinesTitle: () => 'Naive baselines on the same cases (all years):',
  backtestNoMovement: () => 'No movement',
  backtestPastErrors: () => 'Rank ± past errors',
  backtestReliabilityTitle: () => 'Reliability of P(rank ≤ 10, 20, 32), all years:',
  backtestReliabilityHeader: () => 'Predicted|Cases|Mean prediction|Came true',
  summaryChance: () => 'Probability of a goal rank or group under survey error (Monte Carlo)',
  summaryInternal: () => "A province's own PAR index: check a criteria set, compute results, a unit's target",
  summaryPlan: () => 'Evaluate an improvement plan (JSON file)',
  summaryProvinces: () =>
    'The 63 former provinces and their units from 1 July 2025; with --units 2025: the 34 units, type, administrative centre, predecessors',
  summaryRanking: () => "A year's PAPI ranking (total or one measure)",
  summaryScore: () => "A province's score, rank and group (PAPI), or a PAR INDEX score from area points",
  summarySensitivity: () => 'Places gained by raising each dimension',
  summarySimulate: () => 'What-if: change scores or weights, or run a scenario file',
  summaryTarget: () => 'How much to raise, and where, to reach a goal rank, group or total',
  planFilePlaceholder: () => 'plan.json',
  repeatable: () => ' (repeatable)',
  optionsWord: () => 'options',
  optionsHeading: () => 'Options:',
  notTogether: () => 'Not together',
  exampleWord: () => 'Example',
  usage: () => 'Usage: papi <command> [options]   (papi <command> --help: one command in detail)',
  commonOptions: () => 'Common options: --json, --lang vi|en, --help',
};

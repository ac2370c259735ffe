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
  indexInvalid: (p) => `Index "${p.index}" is invalid: expected ${p.allowed.join(' or ')}.`,
  unitWeightsNeedUnits2025: () => "--unit-weights goes with --units 2025 (weights for merged units' baselines).",
  unitsOptionInvalid: (p) =>
    `--units "${p.raw}" is invalid: expected 2025 (the 34 units of 1 July 2025) or 63 (the former provinces).`,
  papiYearInUnits: (p) => `PAPI ${p.year} data is keyed by the 34 units of 1 July 2025, not the former provinces.`,
  fileUnreadable: (p) => `Cannot read file "${p.path}".`,
  fileIsFolder: (p) => `"${p.path}" is a directory, not a file.`,
  fileTooLarge: (p) => `File "${p.path}" is larger than ${p.mb} MB: not read.`,
  dataDirAndData: () => 'Give --data-dir or --data, not both.',
  dimensionsFileCount: (p) => `--data needs exactly one dimensions file (columns d1..d8), got ${p.count}.`,
  folderUnreadable: (p) => `Cannot read the folder "${p.dir}".`,
  folderHasNoYear: (p) =>
    `The folder "${p.dir}" has no file for ${p.year} (expected papi_${p.year}_dimensions.csv, ` +
    `papi_${p.year}_d<k>_subdimensions.csv, parindex_${p.year}.csv or sipas_${p.year}.csv).`,
  compareParOnly: () => 'Comparing two scenarios is for PAPI only.',
  ofNeedsRank: () => '--of goes with --rank (e.g. --rank 20 --of 63).',
  planFileMissing: () => 'Missing the plan file: papi plan <plan.json>.',
  parRankingUnavailable: () =>
    'No full PAR INDEX ranking is published here (partial results only); use "score --index par" for a rank estimate.',
  topFloorInvalid: (p) => `--top-floor "${p.value}" must be a number (%), e.g. 85.`,
  scoresNeedUnits: () => '--scores needs --units (the unit list).',
  internalSubcommand: (p) => `Expected check, results or target after "internal" (got "${p.got}").`,
  internalGoalCount: () => 'Give exactly one goal: --class <label> or --rank <n>.',
  unexpectedError: (p) => `Unexpected error: ${p.message}`,
  expectYear: () => 'a year, e.g. 2019',
  expectProvince: () => 'a province name, e.g. "An Giang"',
  expectProvinceOrCity: () => 'a province name, e.g. "An Giang"',
  expectCriteriaFile: () => 'the criteria set CSV file',
  expectUnitsFile: () => 'the units CSV file',
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
  internalHeader: () => 'Rank|Code|Unit|Self|Appraised|Survey|Bonus/pen.|Total|Index %|Class|± % last year',
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
  papiScoreLine: (p) =>
    `PAPI ${p.year} – ${p.name}: ${p.score} points, rank ${p.rank ?? '–'} of ${p.of}, ${p.group ?? 'no group'}`,
  changeAgainst: (p) => `Against ${p.year}: total ${p.score ?? '–'} points, ${p.rank ?? '–'} places.`,
  strengthsWeaknesses: (p) => `Strengths (best group): ${p.strengths}. Weaknesses (poor group): ${p.weaknesses}.`,
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
};

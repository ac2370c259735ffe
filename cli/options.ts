import { INDEX_MODULES } from '../engine/all';
import { cliMessage } from './i18n/messages';

/** The composite indices registered (PCI, ...): every command with --index takes them. */
const COMPOSITE = INDEX_MODULES.filter((m) => m.composite).map((m) => m.id);
/** Indices scored from their definition files (PAPI, PAR INDEX), then those with published results too (SIPAS). */
const DEFINED = INDEX_MODULES.filter((m) => m.definitionRules).map((m) => m.id);
const WITH_RESULTS = INDEX_MODULES.filter((m) => m.definitionRules || m.publishedResults).map((m) => m.id);

/**
 * Declarations of command-line options. A command lists the options it accepts as `name: SPEC`; the parser
 * (args.ts) refuses everything else, so adding an option to a command is one line in its `options` table.
 */
export interface OptionSpec {
  /** 'string' takes a value (`--year 2019` or `--year=2019`); 'boolean' is a bare flag (`--json`). */
  readonly type: 'string' | 'boolean';
  /** may be given more than once (values collect in order); otherwise a second occurrence is an error */
  readonly multiple?: boolean;
  /** one-letter alias, e.g. 'h' for --help */
  readonly short?: string;
  /** the values allowed, when the set is closed (checked by the parser, with a suggestion) */
  readonly choices?: readonly string[];
  /** placeholder shown in help, e.g. '<năm>' / '<year>' */
  readonly value?: { readonly vi: string; readonly en: string };
  readonly help: { readonly vi: string; readonly en: string };
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

const text = (vi: string, en: string) => ({ vi, en });

/** Accepted by every command. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', help: cliMessage('optionJsonHelp') },
  lang: {
    type: 'string',
    choices: ['vi', 'en'],
    value: text('vi|en', 'vi|en'),
    help: cliMessage('optionLangHelp'),
  },
  help: { type: 'boolean', short: 'h', help: cliMessage('optionHelpHelp') },
} as const satisfies OptionTable;

/** Shared declarations, so a command's table is a list of names. */
export const OPTION = {
  index: {
    type: 'string',
    choices: [...DEFINED, ...COMPOSITE],
    value: text([...DEFINED, ...COMPOSITE].join('|'), [...DEFINED, ...COMPOSITE].join('|')),
    help: cliMessage('optionIndexHelp', { others: COMPOSITE.join(', ') }),
  },
  year: {
    type: 'string',
    value: cliMessage('optionYearValue'),
    help: cliMessage('optionYearHelp'),
  },
  province: {
    type: 'string',
    value: cliMessage('optionProvinceValue'),
    help: cliMessage('optionProvinceHelp'),
  },
  set: {
    type: 'string',
    multiple: true,
    value: text('d2=5.5', 'd2=5.5'),
    help: cliMessage('optionSetHelp'),
  },
  add: {
    type: 'string',
    multiple: true,
    value: text('d8=0.4', 'd8=0.4'),
    help: cliMessage('optionAddHelp'),
  },
  weights: {
    type: 'string',
    multiple: true,
    value: text('d8=2,...', 'd8=2,...'),
    help: cliMessage('optionWeightsHelp'),
  },
  boundary: {
    type: 'string',
    choices: ['lower', 'upper'],
    value: text('lower|upper', 'lower|upper'),
    help: cliMessage('optionBoundaryHelp'),
  },
  data: {
    type: 'string',
    multiple: true,
    value: cliMessage('optionDataValue'),
    help: cliMessage('optionDataHelp'),
  },
  'allow-partial': {
    type: 'boolean',
    help: cliMessage('optionAllowPartialHelp'),
  },
  'par-data': {
    type: 'string',
    value: cliMessage('optionParDataValue'),
    help: cliMessage('optionParDataHelp'),
  },
  points: {
    type: 'string',
    multiple: true,
    value: text('a1=9,...', 'a1=9,...'),
    help: cliMessage('optionPointsHelp'),
  },
  maxima: {
    type: 'string',
    multiple: true,
    value: text('a1=10,...', 'a1=10,...'),
    help: cliMessage('optionMaximaHelp'),
  },
  na: {
    type: 'string',
    multiple: true,
    value: text('a6', 'a6'),
    help: cliMessage('optionNaHelp'),
  },
  criteria: {
    type: 'string',
    value: cliMessage('optionCriteriaValue'),
    help: cliMessage('optionCriteriaHelp'),
  },
  rank: {
    type: 'string',
    value: text('<K>', '<K>'),
    help: cliMessage('optionRankHelp'),
  },
  group: {
    type: 'string',
    value: cliMessage('optionGroupValue'),
    help: cliMessage('optionGroupHelp'),
  },
  total: { type: 'string', value: text('<T>', '<T>'), help: cliMessage('optionTotalHelp') },
  dimension: {
    type: 'string',
    value: text('d3', 'd3'),
    help: cliMessage('optionDimensionHelp'),
  },
  scenario: {
    type: 'string',
    value: cliMessage('optionScenarioValue'),
    help: cliMessage('optionScenarioHelp'),
  },
  compare: {
    type: 'string',
    value: cliMessage('optionCompareValue'),
    help: cliMessage('optionCompareHelp'),
  },
  cap: {
    type: 'string',
    choices: ['bounds', 'best', 'gain', 'realistic'],
    value: text('bounds|best|gain|realistic', 'bounds|best|gain|realistic'),
    help: cliMessage('optionCapHelp'),
  },
  level: {
    type: 'string',
    choices: ['dimension', 'subdimension'],
    value: text('dimension|subdimension', 'dimension|subdimension'),
    help: cliMessage('optionLevelHelp'),
  },
  iterations: {
    type: 'string',
    value: text('<N>', '<N>'),
    help: cliMessage('optionIterationsHelp'),
  },
  seed: {
    type: 'string',
    value: text('<S>', '<S>'),
    help: cliMessage('optionSeedHelp'),
  },
  se: {
    type: 'string',
    value: text('<x>', '<x>'),
    help: cliMessage('optionSeHelp'),
  },
  ci: {
    type: 'string',
    value: text('<x>', '<x>'),
    help: cliMessage('optionCiHelp'),
  },
  years: {
    type: 'string',
    value: text('<n>', '<n>'),
    help: cliMessage('optionYearsHelp'),
  },
  static: { type: 'boolean', help: cliMessage('optionStaticHelp') },
  find: {
    type: 'string',
    value: cliMessage('optionFindValue'),
    help: cliMessage('optionFindHelp'),
  },
} as const satisfies OptionTable;

/** `--index` of the commands that also show published SIPAS rows (score, ranking). */
export const INDEX_WITH_SIPAS = {
  type: 'string',
  choices: [...WITH_RESULTS, ...COMPOSITE],
  value: text([...WITH_RESULTS, ...COMPOSITE].join('|'), [...WITH_RESULTS, ...COMPOSITE].join('|')),
  help: cliMessage('optionIndexWithSipasHelp', { others: COMPOSITE.join(', ') }),
} as const satisfies OptionSpec;

/** The 34 units of 1 July 2025 and the user's data files: accepted by every PAPI command (docs/merged-units.md). */
export const UNITS_OPTIONS = {
  units: {
    type: 'string',
    choices: ['2025', '63'],
    value: text('2025|63', '2025|63'),
    help: cliMessage('optionUnitsHelp'),
  },
  'unit-weights': {
    type: 'string',
    value: cliMessage('optionUnitWeightsValue'),
    help: cliMessage('optionUnitWeightsHelp'),
  },
  'data-dir': {
    type: 'string',
    value: cliMessage('optionDataDirValue'),
    help: cliMessage('optionDataDirHelp'),
  },
  definition: {
    type: 'string',
    multiple: true,
    value: cliMessage('optionDefinitionValue'),
    help: cliMessage('optionDefinitionHelp'),
  },
  'sipas-data': {
    type: 'string',
    value: cliMessage('optionSipasDataValue'),
    help: cliMessage('optionSipasDataHelp'),
  },
} as const satisfies OptionTable;

/** The options of a composite index (PCI, a user's index) beside --index. */
export const COMPOSITE_OPTIONS = {
  'index-definition': {
    type: 'string',
    value: text('<tệp.csv>', '<file.csv>'),
    help: cliMessage('optionIndexDefinitionHelp'),
  },
  unit: {
    type: 'string',
    value: text('<tên>', '<name>'),
    help: cliMessage('optionUnitHelp'),
  },
} as const satisfies OptionTable;

/** `--of N`: the field a `--rank K` target was written against (restated by percentile). */
export const OF_OPTION = {
  type: 'string',
  value: text('<N>', '<N>'),
  help: cliMessage('optionOfOptionHelp'),
} as const satisfies OptionSpec;

import type { FunctionMessageCatalogue } from './messages';

/** The Excel functions' texts in English (ids and parameters: FunctionMessageParams in messages.ts). */
export const FUNCTION_MESSAGES_EN: FunctionMessageCatalogue = {
  numberExpected: (p) => `${p.what.en}: expected a number, got "${p.value}".`,
  yearNotWhole: (p) => `Year "${p.value}" must be a whole number.`,
  argumentMissing: (p) => `${p.what.en} is missing.`,
  langInvalid: (p) => `Language "${p.value}" is not valid (use "vi" or "en").`,
  changeRowInvalid: (p) => `Each change row needs [measure, value], got [${p.row}].`,
  changeValueInvalid: (p) => `Value "${p.text}" for ${p.code} is not a number (e.g. 6.5 or "+0.4").`,
  codeRowInvalid: (p) => `Each ${p.what.en} row needs [code, number], got [${p.row}].`,
  areaPointsMissing: () => 'The area points are missing.',
  dimensionScoresMissing: () => 'The dimension scores are missing.',
  unitsInvalid: (p) =>
    `Units "${p.value}" is not valid: use 2025 (the 34 units of 1 July 2025) or leave it blank (the 63 former ` +
    `provinces).`,
  changesMissing: () => 'At least one change [measure, value] is needed.',
  percentOutOfRange: (p) => `Index ${p.value}% must be within [0, 100].`,
  unexpectedError: (p) => `Unexpected error: ${p.text}`,
  resultNotFinite: () => 'The result is not a finite number (internal error): not written to the cell.',
  measureNotInYear: (p) => `PAPI ${p.year} data has no ${p.code}.`,
  noScore: (p) =>
    `${p.nameAscii} has no PAPI ${p.code} in ${p.year}` +
    `${p.lackingAscii ? ` (former province ${p.lackingAscii} has none)` : ''}.`,
  noTotal: () => 'A dimension score is missing: no total.',
  parNoGroup: (p) => `The PAR INDEX ${p.year} group rule names no group for ${p.percent}%.`,
  parNoResults: (p) => `No PAR INDEX results for ${p.year}.`,
  internalIncomplete: (p) => `Incomplete: ${p.count} scores missing (no. ${p.positions}${p.more ? ', …' : ''}).`,
  noClass: (p) => `No class for ${p.value}%.`,
  argYear: () => 'Year',
  argScore: () => 'Score',
  argScoreAt: (p) => `Score ${p.position}`,
  argMaximumAt: (p) => `Maximum ${p.position}`,
  argAdjustment: () => 'Bonus/penalty',
  argIndexPercent: () => 'Index %',
  argPoints: (p) => `Points ${p.area}`,
  argProvince: () => 'The province',
  argUnit: () => 'The unit (province from 1 July 2025)',
  argTargetRank: () => 'Target rank',
  argRankOf: () => 'Provinces the target rank is of',
  argRankAmong: () => 'Units to restate it for',
  argWeights: () => 'weight',
  argWeightOf: (p) => `weight ${p.code}`,
  tableHeader: () => 'Rank|Province|Score|Group',
  unitsTableUnit: () => 'Province (from 1 July 2025)',
  unitsTableSource: () => 'Source',
  unitsTableEstimate: () => 'estimate (weighted mean of the former provinces)',
  unitsTablePublished: () => 'published',
  unitsHeader: () => 'Province|Weight|Share|Score|Rank|Of|Group|Note',
  formerPublished: () => 'Former province: published score, rank among the former provinces',
  notMerged: () => 'Not merged: published score, rank among the 34 units',
  unitIncomplete: (p) =>
    `Incomplete: ${p.names} has no ${p.code === 'total' ? 'total' : p.code.toUpperCase()} in ${p.year}, so the unit ` +
    `has no value and is not ranked.`,
  simpleMean: () => 'Simple mean (for comparison)',
  simpleMeanNote: () => 'Unweighted; not used for ranking',
  totalIncrease: () => 'Total increase',
  noPointsLost: () => 'No points lost',
};

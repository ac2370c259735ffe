import { catalogueReader, type Bilingual, type Catalogue } from '../../../engine/all';
import { FUNCTION_MESSAGES_EN } from './messages-en';
import { FUNCTION_MESSAGES_VI } from './messages-vi';

/**
 * The Excel functions' own texts (cell errors, table headers, notes): one catalogue per language (messages-vi.ts,
 * messages-en.ts), keyed by message id; the engine's errors come from the engine's catalogue. This interface names
 * every id and its parameters; both catalogues must have exactly these ids (the type system checks it, and
 * test/addin/functions/messages.test.ts checks the texts).
 */
export interface FunctionMessageParams {
  // cell errors: arguments
  numberExpected: { what: Bilingual; value: string };
  yearNotWhole: { value: string };
  argumentMissing: { what: Bilingual };
  langInvalid: { value: string };
  changeRowInvalid: { row: string };
  changeValueInvalid: { text: string; code: string };
  codeRowInvalid: { what: Bilingual; row: string };
  areaPointsMissing: Record<string, never>;
  dimensionScoresMissing: Record<string, never>;
  unitsInvalid: { value: string };
  changesMissing: Record<string, never>;
  compositeNotLoaded: { index: string };
  compositeNoTotal: { unit: string; year: number };
  compositeMeasureUnknown: { code: string; known: string };
  percentOutOfRange: { value: number };
  // cell errors: answers
  unexpectedError: { text: string };
  resultNotFinite: Record<string, never>;
  measureNotInYear: { year: number; code: string };
  noScore: { year: number; code: string; nameVi: string; nameAscii: string; lackingVi: string; lackingAscii: string };
  noTotal: Record<string, never>;
  parNoGroup: { year: number; percent: string };
  parNoResults: { year: number };
  internalIncomplete: { count: number; positions: string; more: boolean };
  noClass: { value: number };
  // what an argument is (put into the errors above)
  argYear: Record<string, never>;
  argScore: Record<string, never>;
  argScoreAt: { position: number };
  argMaximumAt: { position: number };
  argAdjustment: Record<string, never>;
  argIndexPercent: Record<string, never>;
  argPoints: { area: string };
  argProvince: Record<string, never>;
  argIndex: Record<string, never>;
  argUnit: Record<string, never>;
  argTargetRank: Record<string, never>;
  argRankOf: Record<string, never>;
  argRankAmong: Record<string, never>;
  argWeights: Record<string, never>;
  argWeightOf: { code: string };
  // table headers (columns separated by "|") and cells
  tableHeader: Record<string, never>;
  unitsTableUnit: Record<string, never>;
  unitsTableSource: Record<string, never>;
  unitsTableEstimate: Record<string, never>;
  unitsTablePublished: Record<string, never>;
  unitsHeader: Record<string, never>;
  formerPublished: Record<string, never>;
  notMerged: Record<string, never>;
  unitIncomplete: { names: string; code: string; year: number };
  simpleMean: Record<string, never>;
  simpleMeanNote: Record<string, never>;
  totalIncrease: Record<string, never>;
  noPointsLost: Record<string, never>;
}

export type FunctionMessageId = keyof FunctionMessageParams;

/** One language's texts: a template for every message id. */
export type FunctionMessageCatalogue = Catalogue<FunctionMessageParams>;

/** The catalogues by language. */
export const FUNCTION_MESSAGES: Readonly<Record<'vi' | 'en', FunctionMessageCatalogue>> = {
  vi: FUNCTION_MESSAGES_VI,
  en: FUNCTION_MESSAGES_EN,
};

const reader = catalogueReader<FunctionMessageParams>(FUNCTION_MESSAGES_VI, FUNCTION_MESSAGES_EN);

/** A message in both languages (a cell error shows both). */
export const cellMessage = reader.both;

/** A message in the language asked for (a header, a note in a cell). */
export const cellText = reader.say;

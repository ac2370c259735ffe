import { groupName as engineGroupName, isEngineError, type LocalName, type PapiGroup } from '../../engine';
import type { PaneMessageCatalogue, PaneMessageId } from './i18n/messages';
import { PANE_MESSAGES_EN } from './i18n/messages-en';
import { PANE_MESSAGES_VI } from './i18n/messages-vi';

/** The two languages of every text in the pane. */
export type Lang = 'vi' | 'en';

/** A message id of the pane's catalogues (i18n/messages.ts names them all, with their arguments). */
export type MessageKey = PaneMessageId;

const CATALOGUES: Readonly<Record<Lang, PaneMessageCatalogue>> = { vi: PANE_MESSAGES_VI, en: PANE_MESSAGES_EN };

/**
 * A message in one language, its template given the arguments in order (p[0], p[1]...). The arguments are checked
 * against the id's arity where the catalogues are written (PaneMessageParams); call sites that replay stored
 * arguments (data-i18n-args) pass them as read.
 */
export function t(lang: Lang, key: MessageKey, ...args: readonly (string | number)[]): string {
  return (CATALOGUES[lang][key] as (p: readonly (string | number)[]) => string)(args);
}

/** A message in both languages (an error's vi and en), `{n}` filled with the same arguments in each. */
export function tBoth(key: MessageKey, ...args: readonly (string | number)[]): LocalName {
  return { vi: t('vi', key, ...args), en: t('en', key, ...args) };
}

/** A text in both languages built once per language (e.g. a message with a bilingual part put into it). */
export function inBoth(build: (lang: Lang) => string): LocalName {
  return { vi: build('vi'), en: build('en') };
}

/** One side of an engine {vi, en} pair. */
export function local(name: LocalName, lang: Lang): string {
  return name[lang];
}

/** The localised name of a PAPI group (as plans write it), or "—". */
export function groupName(group: PapiGroup | null, lang: Lang): string {
  return engineGroupName(group, lang) ?? t(lang, 'missing');
}

/**
 * The pane's language from a locale tag: Vietnamese for "vi", "vi-VN"...; English otherwise. In Excel the tag is
 * Office.context.displayLanguage (the Office UI language); standalone it is navigator.language.
 */
export function languageOf(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^vi\b/i.test(locale.trim()) ? 'vi' : 'en';
}

/** What a failure says to the user, in one language, and the names it suggests (UNKNOWN_PROVINCE). */
export function describeError(error: unknown, lang: Lang): { message: string; suggestions: readonly string[] } {
  if (isEngineError(error)) return { message: error.describe(lang), suggestions: error.suggestions };
  if (isLocalName(error)) return { message: error[lang], suggestions: [] };
  const text = error instanceof Error ? error.message : String(error);
  return { message: t(lang, 'unexpectedError', text), suggestions: [] };
}

function isLocalName(value: unknown): value is LocalName {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalName).vi === 'string' &&
    typeof (value as LocalName).en === 'string'
  );
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The pane's one number formatter (display only: the numbers come from the engine). Vietnamese writes a decimal comma
 * and groups thousands with a dot ("1.234,56"); English the reverse ("1,234.56"). Missing is "—", never NaN.
 */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return t(lang, 'missing');
  const key = `${lang}:${digits}`;
  let format = formatters.get(key);
  if (!format)
    formatters.set(
      key,
      (format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })),
    );
  // -0.00 reads as 0.00
  return format.format(value).replace(/^-(?=0([.,]0+)?$)/, '');
}

/** A probability (0..1) as a percentage with one decimal ("42,5%" / "42.5%"). */
export function formatPercent(probability: number | null | undefined, lang: Lang, digits = 1): string {
  if (probability === null || probability === undefined || !Number.isFinite(probability)) return t(lang, 'missing');
  return `${formatNumber(probability * 100, lang, digits)}%`;
}

/** A signed change ("+0,25", "-1,10"). */
export function formatSigned(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return t(lang, 'missing');
  const text = formatNumber(Math.abs(value), lang, digits);
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** "21/63" or "21 of 63", "unranked" without a rank. */
export function formatRank(rank: number | null | undefined, of: number, lang: Lang): string {
  return rank === null || rank === undefined ? t(lang, 'unranked') : t(lang, 'rankOf', rank, of);
}

/** A rank change (positive = moved up). */
export function formatRankChange(change: number | null | undefined, lang: Lang): string {
  if (change === null || change === undefined) return t(lang, 'missing');
  if (change === 1) return t(lang, 'rankUpOne');
  if (change === -1) return t(lang, 'rankDownOne');
  return change > 0 ? t(lang, 'rankUp', change) : change < 0 ? t(lang, 'rankDown', -change) : t(lang, 'rankSame');
}

/**
 * A measure's code as the pane writes it, one way everywhere: upper case, a dot between levels ("d6_1" -> "D6.1",
 * "a1" -> "A1"), as the published reports write them.
 */
export function codeLabel(code: string): string {
  return code.toUpperCase().replace(/_/g, '.');
}

import type { Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { findProvince } from '../provinces/province-registry';
import { message } from '../i18n/messages';

export interface SipasRow {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  /** share of satisfied respondents (%), null when only the rank is published */
  readonly sipas: number | null;
  readonly rank: number | null;
  readonly note: string;
  readonly source: string;
}

/**
 * The published SIPAS results of a year (the satisfaction index behind PAR INDEX), best rank first; rows without a rank
 * come last by score. With `province`, only that province's row (UNKNOWN_PROVINCE when the year's data has none). The
 * shipped files hold only what a cited source states, so a year usually lists a few provinces.
 *
 * @example sipasResults(dataset, { year: 2023 })[0].nameVi // => 'Quảng Ninh'
 */
export function sipasResults(
  dataset: Dataset,
  query: { readonly year: number; readonly province?: string | null },
): SipasRow[] {
  const former = dataset.provinces.former ?? dataset.provinces;
  const rows = dataset.sipas.get(query.year);
  if (rows === undefined) {
    const years = [...dataset.sipas.keys()];
    throw new EngineError({
      code: 'UNKNOWN_YEAR',
      input: String(query.year),
      ...message('unknownResultsYear', { index: 'SIPAS', year: query.year, known: years.join(', ') }),
    });
  }
  const all = rows
    .map((r) => ({
      code: r.province,
      nameVi: former.byCode.get(r.province)!.nameVi,
      nameAscii: former.byCode.get(r.province)!.nameAscii,
      sipas: r.sipas,
      rank: r.rank,
      note: r.note,
      source: r.source,
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.sipas ?? -Infinity) - (a.sipas ?? -Infinity));
  if (!query.province) return all;
  const province = findProvince(former, query.province);
  const own = all.filter((r) => r.code === province.code);
  if (own.length > 0) return own;
  throw new EngineError({
    code: 'UNKNOWN_PROVINCE',
    input: query.province,
    ...message('provinceNotInSipasYear', { year: query.year, nameVi: province.nameVi, nameAscii: province.nameAscii }),
  });
}

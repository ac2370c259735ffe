import type { Dataset } from '../dataset/dataset';
import { findProvince } from '../provinces/province-registry';

/** One year of a province's published PAR INDEX result and SIPAS (satisfaction) score; unknown parts are null. */
export interface ParHistoryRow {
  readonly year: number;
  readonly total: number | null;
  readonly rank: number | null;
  /** provinces ranked that year */
  readonly of: number;
  readonly group: string | null;
  readonly sipas: number | null;
  readonly sipasRank: number | null;
  /** the cited sources (one or two URLs), empty when nothing is known for that year */
  readonly sources: readonly string[];
}

/**
 * A province's published PAR INDEX total, rank and group and its SIPAS score and rank, for every year the data has
 * (PAR INDEX or SIPAS), oldest first. The bundled PAR INDEX tables are partial (the provinces a cited source states),
 * so a year without a stated result has nulls: never a guessed value. Unknown province names raise UNKNOWN_PROVINCE
 * with suggestions.
 *
 * @example publishedParHistory(dataset, 'an giang').find((r) => r.year === 2019) // => { year: 2019, total: 83.32, rank: 11, of: 63, group: 'B', sipas: 89.81, sipasRank: 8, sources: ['https://baoangiang.com.vn/chi-so-cai-cach-hanh-chinh-nam-2019-an-giang-xep-hang-11-63-tinh-thanh-pho-hang-3-13-tinh-thanh-p-a273012.html'] }
 */
export function publishedParHistory(dataset: Dataset, province: string): ParHistoryRow[] {
  // PAR INDEX and SIPAS are published for the 63 provinces before the 2025 reorganisation.
  const { code } = findProvince(dataset.provinces.former ?? dataset.provinces, province);
  const years = [...new Set([...dataset.par.keys(), ...dataset.sipas.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const par = dataset.par.get(year);
    const known = par?.known.find((k) => k.province === code) ?? null;
    const sipas = dataset.sipas.get(year)?.find((s) => s.province === code) ?? null;
    const sources = [
      ...new Set([known?.source, sipas?.source].filter((s): s is string => typeof s === 'string' && s !== '')),
    ];
    return {
      year,
      total: known?.total ?? null,
      rank: known?.rank ?? null,
      of: par?.ranked ?? dataset.provinces.all.length,
      group: known?.group ?? null,
      sipas: sipas?.sipas ?? null,
      sipasRank: sipas?.rank ?? null,
      sources,
    };
  });
}

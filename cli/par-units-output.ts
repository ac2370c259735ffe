import type { ParUnitResults, SipasRow } from '../engine';
import type { CommandResult, Lang } from './command';
import { t, table } from './format';

/** PAR INDEX or SIPAS of a 2025 unit: each predecessor's published result and the min-max, never an average. */
export function parUnitOutput(r: ParUnitResults): CommandResult {
  const name = r.index === 'par' ? 'PAR INDEX' : 'SIPAS';
  return {
    json: {
      index: r.index,
      year: r.year,
      unit: { name: r.unit.nameVi, name_ascii: r.unit.nameAscii, gso_code: r.unit.code, label: r.label },
      predecessors: r.predecessors.map((p) => ({
        province: p.nameVi,
        province_ascii: p.nameAscii,
        gso_code: p.code,
        total: p.total,
        rank: p.rank,
        group: p.group,
        source: p.source,
      })),
      total: r.total,
      rank: r.rank,
      notes: r.notes,
    },
    text: (lang: Lang) =>
      [
        `${name} ${r.year} – ${r.label[lang]}`,
        '',
        table(
          t(lang, 'Tỉnh cũ|Điểm (%)|Hạng|Nhóm', 'Former province|Score (%)|Rank|Group').split('|'),
          r.predecessors.map((p) => [
            lang === 'vi' ? p.nameVi : p.nameAscii,
            p.total === null ? null : p.total.toFixed(2),
            p.rank,
            p.group,
          ]),
        ),
        '',
        t(
          lang,
          `Thấp nhất – cao nhất: ${r.total.min ?? '–'} – ${r.total.max ?? '–'}%; hạng ${r.rank.best ?? '–'} – ${r.rank.worst ?? '–'}.`,
          `Lowest – highest: ${r.total.min ?? '–'} – ${r.total.max ?? '–'}%; ranks ${r.rank.best ?? '–'} – ${r.rank.worst ?? '–'}.`,
        ),
        ...r.notes.map((n) => `- ${n[lang]}`),
      ].join('\n'),
  };
}

/** Published SIPAS rows of a year (one province, or all the data holds). */
export function sipasOutput(year: number, rows: readonly SipasRow[]): CommandResult {
  return {
    json: rows.map((r) => ({
      index: 'sipas',
      year,
      province: r.nameVi,
      province_ascii: r.nameAscii,
      gso_code: r.code,
      sipas: r.sipas,
      rank: r.rank,
      note: r.note,
      source: r.source,
    })),
    text: (lang: Lang) =>
      [
        t(
          lang,
          `SIPAS ${year} (chỉ số hài lòng về sự phục vụ hành chính; chỉ các kết quả có nguồn công bố)`,
          `SIPAS ${year} (satisfaction with public administrative services; only results with a published source)`,
        ),
        '',
        table(
          t(lang, 'Hạng|Tỉnh, thành phố|SIPAS (%)|Ghi chú', 'Rank|Province|SIPAS (%)|Note').split('|'),
          rows.map((r) => [
            r.rank,
            lang === 'vi' ? r.nameVi : r.nameAscii,
            r.sipas === null ? null : r.sipas.toFixed(2),
            r.note || null,
          ]),
        ),
      ].join('\n'),
  };
}

import { indexModule, type ParUnitResults, type SipasRow } from '../engine/all';
import type { CommandResult, Lang } from './command';
import { table } from './format';
import { say } from './i18n/messages';

/** PAR INDEX or SIPAS of a 2025 unit: each predecessor's published result and the min-max, never an average. */
export function parUnitOutput(r: ParUnitResults): CommandResult {
  const name = indexModule(r.index).name.en;
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
          say(lang, 'formerProvincesHeader').split('|'),
          r.predecessors.map((p) => [
            lang === 'vi' ? p.nameVi : p.nameAscii,
            p.total === null ? null : p.total.toFixed(2),
            p.rank,
            p.group,
          ]),
        ),
        '',
        say(lang, 'formerRange', { min: r.total.min, max: r.total.max, best: r.rank.best, worst: r.rank.worst }),
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
        say(lang, 'sipasTitle', { year }),
        '',
        table(
          say(lang, 'sipasHeader').split('|'),
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

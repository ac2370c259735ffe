import { OPTION } from '../options';
import { findProvince } from '../../engine';
import { option } from '../args';
import type { CliCommand } from '../command';
import { t, table } from '../format';

export const command: CliCommand = {
  name: 'provinces',
  summary: { vi: '63 tỉnh, thành phố và đơn vị sau sắp xếp 2025', en: 'The 63 provinces and their 2025 units' },
  options: { find: OPTION.find },
  example: 'provinces --find "quang tri"',
  run(args, context) {
    const { provinces } = context.dataset();
    const query = option(args, 'find');
    const list = query === undefined ? provinces.all : [findProvince(provinces, query)];
    const rows = list.map((p) => ({ gso_code: p.code, province: p.nameVi, province_ascii: p.nameAscii, region: p.region, population: p.population, unit_2025: provinces.unitOf.get(p.code)?.nameVi ?? null }));
    return {
      json: rows,
      text: (lang) => table(t(lang, 'Mã|Tỉnh, thành phố|Vùng|Đơn vị 2025', 'Code|Province|Region|2025 unit').split('|'), rows.map((r) => [r.gso_code, lang === 'vi' ? r.province : r.province_ascii, r.region, r.unit_2025])),
    };
  },
};

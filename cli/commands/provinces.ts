import { findProvince, unitRegistry } from '../../engine';
import { OPTION, UNITS_OPTIONS } from '../options';
import { option } from '../args';
import type { CliCommand, Lang } from '../command';
import { table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { unitsOption } from '../units-option';

const typeName = (type: string, lang: Lang) =>
  type === 'thanh_pho_truc_thuoc_tw' ? say(lang, 'cityKind') : say(lang, 'provinceKind');

export const command: CliCommand = {
  name: 'provinces',
  summary: cliMessage('summaryProvinces'),
  options: { find: OPTION.find, units: UNITS_OPTIONS.units },
  example: 'provinces --units 2025',
  run(args, context) {
    const { provinces } = context.dataset();
    const query = option(args, 'find');
    if (unitsOption(args) === 'units-2025') {
      const units = unitRegistry(provinces);
      const list = query === undefined ? units.all : [findProvince(units, query)];
      const rows = list.map((u) => {
        const formers = (u.formerProvinces ?? []).map((c) => provinces.byCode.get(c)!);
        return {
          gso_code: u.code,
          unit: u.nameVi,
          unit_ascii: u.nameAscii,
          type: u.type,
          admin_centre: u.adminCentre ?? '',
          merged: formers.length > 1,
          former_provinces: formers.map((p) => ({ gso_code: p.code, province: p.nameVi, population: p.population })),
          population: u.population,
        };
      });
      return {
        json: rows,
        text: (lang) =>
          table(
            say(lang, 'unitsHeader').split('|'),
            rows.map((r) => [
              r.gso_code,
              lang === 'vi' ? r.unit : r.unit_ascii,
              typeName(r.type, lang),
              r.admin_centre || say(lang, 'unchanged'),
              r.former_provinces.map((p) => p.province).join(' + '),
            ]),
          ),
      };
    }
    const list = query === undefined ? provinces.all : [findProvince(provinces, query)];
    const rows = list.map((p) => {
      const unit = provinces.unitOf.get(p.code);
      return {
        gso_code: p.code,
        province: p.nameVi,
        province_ascii: p.nameAscii,
        type: p.type,
        region: p.region,
        population: p.population,
        unit_2025: unit?.nameVi ?? null,
        unit_2025_code: unit?.code ?? null,
        unit_2025_type: unit?.type ?? null,
        unit_2025_admin_centre: unit?.adminCentre ?? null,
      };
    });
    return {
      json: rows,
      text: (lang) =>
        table(
          say(lang, 'provincesHeader').split('|'),
          rows.map((r) => [
            r.gso_code,
            lang === 'vi' ? r.province : r.province_ascii,
            typeName(r.type, lang),
            r.region,
            r.unit_2025 === null ? null : `${r.unit_2025} (${r.unit_2025_code}, ${typeName(r.unit_2025_type!, lang)})`,
          ]),
        ),
    };
  },
};

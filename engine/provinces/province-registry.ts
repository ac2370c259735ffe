import { distance } from 'fastest-levenshtein';
import { EngineError, type DataProblem } from '../errors';
import { foldName } from '../text/fold-name';
import { readCsv } from '../text/read-csv';
import type { MergedUnit, Province } from './province';
import { message } from '../i18n/messages';

/**
 * Which set of units a registry (and a PAPI year) holds: the 63 former provinces, ranked up to PAPI 2024, or the 34
 * units from 1 July 2025.
 */
export type UnitSet = 'former' | 'units-2025';

/** All provinces of a set with a name index. Built once from `provinces_63.csv` and `merger_2025.csv`. */
export interface ProvinceRegistry {
  readonly set: UnitSet;
  readonly all: readonly Province[];
  readonly byCode: ReadonlyMap<string, Province>;
  /** folded name or alias -> GSO code */
  readonly byKey: ReadonlyMap<string, string>;
  /** former GSO code -> 2025 unit (in the 2025 set: unit code -> the unit itself) */
  readonly unitOf: ReadonlyMap<string, MergedUnit>;
  readonly units: readonly MergedUnit[];
  /** in the 2025 set: the former provinces, to say which unit a former name is now part of */
  readonly former: ProvinceRegistry | null;
}

/** GSO codes are written "1" in some files and "01" in others. */
export function normaliseGsoCode(code: string): string {
  return /^\d{1,2}$/.test(code.trim()) ? code.trim().padStart(2, '0') : code.trim();
}

/**
 * Builds the registry and checks it: unique codes, and no alias that folds to two provinces.
 * The number of provinces comes from the data (nothing assumes 63).
 */
export function buildProvinceRegistry(provincesCsv: string, mergerCsv: string | null): ProvinceRegistry {
  const table = readCsv(provincesCsv, 'provinces/provinces_63.csv');
  const problems: DataProblem[] = [];
  const all: Province[] = [];
  const byCode = new Map<string, Province>();
  const byKey = new Map<string, string>();
  for (const { line, cells } of table.rows) {
    const code = normaliseGsoCode(cells.gso_code ?? '');
    const province: Province = {
      code,
      nameVi: cells.name_vi ?? '',
      nameAscii: cells.name_ascii ?? '',
      type: cells.type ?? '',
      region: cells.region ?? '',
      population: cells.population ? Number(cells.population) : null,
      aliases: (cells.aliases ?? '')
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
    };
    if (!/^\d{2}$/.test(code) || byCode.has(code)) {
      problems.push({
        file: table.file,
        row: line,
        column: 'gso_code',
        ...message('gsoCodeInvalid', { code }),
      });
      continue;
    }
    all.push(province);
    byCode.set(code, province);
    for (const name of [province.nameVi, province.nameAscii, ...province.aliases]) {
      const key = foldName(name);
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== code) {
        problems.push({
          file: table.file,
          row: line,
          column: 'aliases',
          ...message('provinceNameTaken', { name, owner }),
        });
      }
      byKey.set(key, code);
    }
  }
  const { unitOf, units } =
    mergerCsv === null ? { unitOf: new Map(), units: [] } : readMerger(mergerCsv, byCode, problems);
  if (problems.length > 0) {
    throw new EngineError({ code: 'INVALID_DATA', input: table.file, ...message('provinceListInvalid', {}), problems });
  }
  return { set: 'former', all, byCode, byKey, unitOf, units, former: null };
}

function readMerger(text: string, byCode: ReadonlyMap<string, Province>, problems: DataProblem[]) {
  const table = readCsv(text, 'provinces/merger_2025.csv');
  const units = new Map<
    string,
    { code: string; nameVi: string; nameAscii: string; type: string; adminCentre: string; members: string[] }
  >();
  const unitOfCode = new Map<string, string>();
  for (const { line, cells } of table.rows) {
    const oldCode = normaliseGsoCode(cells.old_gso_code ?? '');
    const newCode = normaliseGsoCode(cells.new_gso_code ?? '');
    if (!byCode.has(oldCode)) {
      problems.push({
        file: table.file,
        row: line,
        column: 'old_gso_code',
        ...message('provinceCodeUnknown', { code: oldCode }),
      });
      continue;
    }
    const unit = units.get(newCode) ?? {
      code: newCode,
      nameVi: cells.new_name_vi ?? '',
      nameAscii: cells.new_name_ascii ?? '',
      type: cells.new_type ?? '',
      adminCentre: cells.new_admin_center ?? '',
      members: [],
    };
    unit.members.push(oldCode);
    units.set(newCode, unit);
    unitOfCode.set(oldCode, newCode);
  }
  const unitOf = new Map<string, MergedUnit>(
    [...unitOfCode].map(([oldCode, newCode]) => [oldCode, units.get(newCode)!]),
  );
  return { unitOf, units: [...units.values()] as MergedUnit[] };
}

/**
 * Finds a province by any name, alias or GSO code, ignoring case, diacritics, spacing, punctuation and
 * prefixes ("Tỉnh", "Thành phố", "TP."). An unknown name throws UNKNOWN_PROVINCE with the closest names.
 *
 * @example findProvince(registry, 'tp hcm').nameVi // => 'TP. Hồ Chí Minh'
 * @example findProvince(registry, 'Thua Thien-Hue').code // => '46'
 */
export function findProvince(registry: ProvinceRegistry, name: string): Province {
  const trimmed = String(name ?? '').trim();
  const byCode = /^\d{1,2}$/.test(trimmed) ? registry.byCode.get(normaliseGsoCode(trimmed)) : undefined;
  const code = byCode?.code ?? registry.byKey.get(foldName(trimmed));
  if (code !== undefined) return registry.byCode.get(code)!;
  if (registry.former !== null) throw formerNameError(registry, trimmed);
  throw unknownName(registry, trimmed, 'provinceUnknown');
}

/** UNKNOWN_PROVINCE with the closest names of the registry's set as suggestions. */
function unknownName(registry: ProvinceRegistry, name: string, what: 'provinceUnknown' | 'unitUnknown'): EngineError {
  const suggestions = closestProvinces(registry, name).map((p) => p.nameVi);
  return new EngineError({
    code: 'UNKNOWN_PROVINCE',
    input: name,
    ...message(what, { name, suggestions: suggestions.join(', ') }),
    suggestions,
  });
}

/**
 * The provinces whose folded names are closest (Levenshtein) to the input: the best match and any within one edit of it.
 *
 * @example closestProvinces(registry, 'An Giag').map((p) => p.nameVi) // => ['An Giang']
 */
export function closestProvinces(registry: ProvinceRegistry, name: string, limit = 3): Province[] {
  const key = foldName(name);
  if (key === '') return [];
  const best = new Map<string, number>();
  for (const [alias, code] of registry.byKey) {
    const d = distance(key, alias) / Math.max(key.length, alias.length);
    if (d < (best.get(code) ?? Infinity)) best.set(code, d);
  }
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  const cutoff = Math.min(0.5, (ranked[0]?.[1] ?? 1) + 0.1);
  return ranked
    .filter(([, d]) => d <= cutoff)
    .slice(0, limit)
    .map(([code]) => registry.byCode.get(code)!);
}

/**
 * The 34 units from 1 July 2025 as a registry of their own, built from the former registry's merger list: code = the
 * new GSO code, names and type from `merger_2025.csv`, population = the sum of the predecessors', region and aliases
 * from the predecessor whose name the unit kept (every merged unit kept one). A name is looked up in one set only:
 * "An Giang" here is the unit An Giang + Kiên Giang, and a former name ("Kiên Giang") says which unit it is now part of.
 *
 * @example buildUnitRegistry(registry).all.length // => 34
 * @example findProvince(buildUnitRegistry(registry), 'An Giang').formerProvinces // => ['89', '91']
 */
export function buildUnitRegistry(former: ProvinceRegistry): ProvinceRegistry {
  if (former.set !== 'former' || former.units.length === 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: 'provinces/merger_2025.csv',
      ...message('mergerListMissing', {}),
    });
  }
  const all: Province[] = [];
  const byCode = new Map<string, Province>();
  const byKey = new Map<string, string>();
  const unitOf = new Map<string, MergedUnit>();
  for (const unit of former.units) {
    const members = unit.members.map((c) => former.byCode.get(c)!);
    const namesake =
      members.find((m) => foldName(m.nameVi) === foldName(unit.nameVi)) ?? (members.length === 1 ? members[0]! : null);
    const populations = members.map((m) => m.population);
    const province: Province = {
      code: unit.code,
      nameVi: unit.nameVi,
      nameAscii: unit.nameAscii,
      type: unit.type,
      region: namesake?.region ?? members[0]!.region,
      population: populations.every((p) => p !== null) ? populations.reduce((s: number, p) => s + p!, 0) : null,
      aliases: namesake ? [namesake.nameVi, namesake.nameAscii, ...namesake.aliases] : [],
      formerProvinces: [...unit.members].sort(),
      adminCentre: unit.adminCentre,
    };
    all.push(province);
    byCode.set(unit.code, province);
    unitOf.set(unit.code, unit);
    for (const name of [unit.nameVi, unit.nameAscii, ...province.aliases]) byKey.set(foldName(name), unit.code);
  }
  all.sort((a, b) => a.code.localeCompare(b.code));
  return { set: 'units-2025', all, byCode, byKey, unitOf, units: former.units, former };
}

/**
 * UNKNOWN_PROVINCE for a name that is not a 2025 unit: a former province's name or code says which unit it is now
 * part of (and suggests that unit); anything else suggests the closest units of the 2025 set.
 */
function formerNameError(registry: ProvinceRegistry, name: string): EngineError {
  const former = registry.former!;
  const byCode = /^\d{1,2}$/.test(name) ? former.byCode.get(normaliseGsoCode(name)) : undefined;
  const code = byCode?.code ?? former.byKey.get(foldName(name));
  if (code !== undefined) {
    const province = former.byCode.get(code)!;
    const unit = registry.byCode.get(former.unitOf.get(code)!.code)!;
    const members = (unit.formerProvinces ?? []).map((c) => former.byCode.get(c)!);
    return new EngineError({
      code: 'UNKNOWN_PROVINCE',
      input: name,
      ...message('formerProvinceName', {
        nameVi: province.nameVi,
        nameAscii: province.nameAscii,
        unitVi: unit.nameVi,
        unitAscii: unit.nameAscii,
        membersVi: members.map((m) => m.nameVi).join(' + '),
        membersAscii: members.map((m) => m.nameAscii).join(' + '),
      }),
      suggestions: [unit.nameVi],
    });
  }
  return unknownName(registry, name, 'unitUnknown');
}

const unitRegistries = new WeakMap<ProvinceRegistry, ProvinceRegistry>();

/**
 * The 2025-units registry of a registry (built once per registry); a 2025-units registry is returned as it is.
 *
 * @example unitRegistry(registry).set // => 'units-2025'
 */
export function unitRegistry(registry: ProvinceRegistry): ProvinceRegistry {
  if (registry.set === 'units-2025') return registry;
  let units = unitRegistries.get(registry);
  if (!units) unitRegistries.set(registry, (units = buildUnitRegistry(registry)));
  return units;
}

/** The first results year whose units are the 34 of 1 July 2025 (PAPI 2025 is surveyed after the merger). */
export const FIRST_UNITS_YEAR = 2025;

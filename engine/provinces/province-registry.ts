import { distance } from 'fastest-levenshtein';
import { EngineError, type DataProblem } from '../errors';
import { foldName } from '../text/fold-name';
import { readCsv } from '../text/read-csv';
import type { MergedUnit, Province } from './province';

/** All provinces of the dataset with a name index. Built once from `provinces_63.csv` and `merger_2025.csv`. */
export interface ProvinceRegistry {
  readonly all: readonly Province[];
  readonly byCode: ReadonlyMap<string, Province>;
  /** folded name or alias -> GSO code */
  readonly byKey: ReadonlyMap<string, string>;
  /** former GSO code -> 2025 unit */
  readonly unitOf: ReadonlyMap<string, MergedUnit>;
  readonly units: readonly MergedUnit[];
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
      aliases: (cells.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean),
    };
    if (!/^\d{2}$/.test(code) || byCode.has(code)) {
      problems.push({ file: table.file, row: line, column: 'gso_code', vi: `Mã GSO "${code}" không hợp lệ hoặc bị trùng`, en: `GSO code "${code}" is invalid or duplicated` });
      continue;
    }
    all.push(province);
    byCode.set(code, province);
    for (const name of [province.nameVi, province.nameAscii, ...province.aliases]) {
      const key = foldName(name);
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== code) {
        problems.push({ file: table.file, row: line, column: 'aliases', vi: `Tên "${name}" trùng với tỉnh mã ${owner}`, en: `Name "${name}" also belongs to province ${owner}` });
      }
      byKey.set(key, code);
    }
  }
  const { unitOf, units } = mergerCsv === null ? { unitOf: new Map(), units: [] } : readMerger(mergerCsv, byCode, problems);
  if (problems.length > 0) {
    throw new EngineError({ code: 'INVALID_DATA', input: table.file, vi: 'Danh mục tỉnh không hợp lệ.', en: 'The province list is invalid.', problems });
  }
  return { all, byCode, byKey, unitOf, units };
}

function readMerger(text: string, byCode: ReadonlyMap<string, Province>, problems: DataProblem[]) {
  const table = readCsv(text, 'provinces/merger_2025.csv');
  const units = new Map<string, { code: string; nameVi: string; nameAscii: string; type: string; members: string[] }>();
  const unitOfCode = new Map<string, string>();
  for (const { line, cells } of table.rows) {
    const oldCode = normaliseGsoCode(cells.old_gso_code ?? '');
    const newCode = normaliseGsoCode(cells.new_gso_code ?? '');
    if (!byCode.has(oldCode)) {
      problems.push({ file: table.file, row: line, column: 'old_gso_code', vi: `Không có tỉnh mã "${oldCode}"`, en: `No province has code "${oldCode}"` });
      continue;
    }
    const unit = units.get(newCode) ?? { code: newCode, nameVi: cells.new_name_vi ?? '', nameAscii: cells.new_name_ascii ?? '', type: cells.new_type ?? '', members: [] };
    unit.members.push(oldCode);
    units.set(newCode, unit);
    unitOfCode.set(oldCode, newCode);
  }
  const unitOf = new Map<string, MergedUnit>([...unitOfCode].map(([oldCode, newCode]) => [oldCode, units.get(newCode)!]));
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
  const suggestions = closestProvinces(registry, trimmed).map((p) => p.nameVi);
  const hintVi = suggestions.length ? ` Có phải bạn muốn nói ${suggestions.join(', ')}?` : '';
  const hintEn = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
  throw new EngineError({
    code: 'UNKNOWN_PROVINCE',
    input: trimmed,
    vi: `Không tìm thấy tỉnh, thành phố "${trimmed}".${hintVi}`,
    en: `Unknown province "${trimmed}".${hintEn}`,
    suggestions,
  });
}

/** The provinces whose folded names are closest (Levenshtein) to the input: the best match and any within one edit of it. */
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
  return ranked.filter(([, d]) => d <= cutoff).slice(0, limit).map(([code]) => registry.byCode.get(code)!);
}

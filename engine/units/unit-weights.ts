import type { LocalName } from '../definitions/index-definition';
import type { TextFile } from '../dataset/index-year';
import { EngineError, type DataProblem } from '../errors';
import { findProvince, type ProvinceRegistry } from '../provinces/province-registry';
import { readNumber } from '../input/read-number';
import { readCsv } from '../text/read-csv';
import { message } from '../i18n/messages';

/** The weight of each former province in its 2025 unit's reconstructed PAPI score. */
export interface UnitWeights {
  /** former GSO code -> weight (> 0) */
  readonly byCode: ReadonlyMap<string, number>;
  /** where the weights come from, for every output that shows an estimate */
  readonly source: LocalName;
}

const formerOf = (registry: ProvinceRegistry) => registry.former ?? registry;

/** The former provinces that share a 2025 unit with another: the ones whose weight matters. */
function mergedPredecessors(registry: ProvinceRegistry): string[] {
  return formerOf(registry)
    .units.filter((u) => u.members.length > 1)
    .flatMap((u) => u.members);
}

/**
 * The default weights: each former province's population (GSO average population 2019, `provinces_63.csv`). PAPI is
 * a survey mean weighted to each province's population, so these are the weights closest to its own method.
 *
 * @example populationWeights(registry).byCode.get('79') // => 9038600
 */
export function populationWeights(registry: ProvinceRegistry): UnitWeights {
  const former = formerOf(registry);
  const missing = mergedPredecessors(former).filter((code) => former.byCode.get(code)?.population == null);
  if (missing.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: 'provinces/provinces_63.csv',
      ...message('populationMissing', { provinces: missing.join(', ') }),
    });
  }
  const byCode = new Map(former.all.filter((p) => p.population !== null).map((p) => [p.code, p.population!]));
  const year = former.all.find((p) => p.population !== null) ? '2019' : '';
  return {
    byCode,
    source: message('populationWeightsSource', { year }),
  };
}

/**
 * Reads a user's weights file (CSV: `province,weight`; the province by name, alias or GSO code of the former set),
 * replacing the population weights. Refused, naming the row, when a weight is empty, not a number, zero or negative,
 * or a province is unknown or repeated; refused, naming the provinces, when a predecessor of a merged unit has no
 * row. Numbers are read by the one rule for typed numbers (readNumber: "0,7" = 0.7).
 *
 * @example parseUnitWeights({ file: 'w.csv', text: 'province,weight\n' + registry.all.map((p) => `${p.code},${p.code === '91' ? 3 : 1}`).join('\n') }, registry).byCode.get('91') // => 3
 */
export function parseUnitWeights(file: TextFile, registry: ProvinceRegistry): UnitWeights {
  const former = formerOf(registry);
  const table = readCsv(file.text, file.file);
  const problems: DataProblem[] = [];
  const provinceColumn = ['province', 'gso_code', 'province_vi'].find((c) => table.header.includes(c));
  if (provinceColumn === undefined)
    problems.push({
      file: file.file,
      row: 1,
      column: 'province',
      ...message('columnMissing', { column: 'province' }),
    });
  if (!table.header.includes('weight'))
    problems.push({
      file: file.file,
      row: 1,
      column: 'weight',
      ...message('columnMissing', { column: 'weight' }),
    });
  const byCode = new Map<string, number>();
  const rowOf = new Map<string, number>();
  if (problems.length === 0) {
    for (const { line, cells } of table.rows) {
      const name = cells[provinceColumn!] ?? '';
      let code: string;
      try {
        code = findProvince(former, name).code;
      } catch (error) {
        const e = error as EngineError;
        problems.push({ file: file.file, row: line, column: provinceColumn!, vi: e.vi, en: e.en });
        continue;
      }
      if (rowOf.has(code)) {
        problems.push({
          file: file.file,
          row: line,
          column: provinceColumn!,
          ...message('provinceDuplicateAt', { row: rowOf.get(code) }),
        });
        continue;
      }
      rowOf.set(code, line);
      const cell = cells.weight ?? '';
      let weight: number | null = null;
      try {
        weight = readNumber(cell, `${file.file}:${line} weight`);
      } catch {
        problems.push({
          file: file.file,
          row: line,
          column: 'weight',
          ...message('cellNotANumber', { cell }),
        });
        continue;
      }
      if (weight === null)
        problems.push({
          file: file.file,
          row: line,
          column: 'weight',
          ...message('weightMissing', {}),
        });
      else if (weight <= 0)
        problems.push({
          file: file.file,
          row: line,
          column: 'weight',
          ...message('weightNotPositive', { cell }),
        });
      else byCode.set(code, weight);
    }
    const absent = mergedPredecessors(former).filter((code) => !rowOf.has(code));
    if (absent.length > 0) {
      const names = absent.map((c) => former.byCode.get(c)!);
      problems.push({
        file: file.file,
        row: null,
        column: 'province',
        ...message('formerWeightsMissing', {
          namesVi: names.map((p) => p.nameVi).join(', '),
          namesAscii: names.map((p) => p.nameAscii).join(', '),
        }),
      });
    }
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: file.file,
      ...message('weightsFileInvalid', { file: file.file, count: problems.length }),
      problems,
    });
  }
  return { byCode, source: message('userWeightsSource', { file: file.file }) };
}

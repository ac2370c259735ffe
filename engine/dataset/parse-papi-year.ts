import { childrenOf, definitionFor, topComponents } from '../definitions/catalog';
import type { DefinitionNode, IndexDefinition } from '../definitions/index-definition';
import { EngineError, type DataProblem } from '../errors';
import {
  FIRST_UNITS_YEAR,
  findProvince,
  unitRegistry,
  type ProvinceRegistry,
  type UnitSet,
} from '../provinces/province-registry';
import { readCsv, type CsvTable } from '../text/read-csv';
import { cellNumber } from '../input/read-number';
import { noValues } from './no-values';
import type { IndexYear, TextFile } from './index-year';
import { roundingTolerance } from './rounding-tolerance';
import { message } from '../i18n/messages';

export interface PapiYearFiles {
  /** `papi_<year>_dimensions.csv` layout: province, [province_vi], [gso_code], [year], d1..dn, [total], [total_basis] */
  readonly dimensions: TextFile;
  /** optional `papi_<year>_d<k>_subdimensions.csv` files: province..., d<k>, d<k>_1..d<k>_m */
  readonly subdimensions?: readonly TextFile[];
  /** The results year; taken from the file name or the `year` column when absent. */
  readonly year?: number;
  readonly origin?: string;
  /**
   * What a value outside the definition's bounds is: an error (default, for users' files) or a warning kept on
   * the year ('warn', for the published files: Phú Yên 2020 and Bến Tre 2022 have D8.1 = 0.3317 and 0.3324,
   * just below the documented 1/3, and the published value is kept as published).
   */
  readonly bounds?: 'error' | 'warn';
  /** a file with fewer than MIN_PROVINCES_TO_RANK provinces is refused unless the user says it is partial on purpose */
  readonly allowPartial?: boolean;
  /**
   * Which units the rows name: the former provinces or the 34 units of 1 July 2025. Default: the former provinces up
   * to 2024; from 2025 the units, unless the file has more rows than there are units. A name is resolved in that set
   * only (a former name in a units file says which unit it is now part of).
   */
  readonly units?: UnitSet;
}

const IDENTITY_COLUMNS = ['province', 'province_vi', 'gso_code', 'year'];

/**
 * Reads and validates one PAPI year, all or nothing: every problem (wrong or missing columns, unknown or duplicate
 * provinces, non-numbers, values outside the definition's bounds, sub-dimensions that do not add up to their
 * dimension, dimensions that do not add up to the total, within the files' rounding) is collected with file, row
 * and column, and the year is rejected if there is any. Empty cells are missing values (null), never zero.
 */
export function parsePapiYear(
  files: PapiYearFiles,
  anyRegistry: ProvinceRegistry,
  definitions: readonly IndexDefinition[],
): IndexYear {
  const problems: DataProblem[] = [];
  const warnings: DataProblem[] = [];
  const boundProblems = files.bounds === 'warn' ? warnings : problems;
  const main = readCsv(files.dimensions.text, files.dimensions.file);
  const year = files.year ?? yearOf(files.dimensions.file, main);
  if (year === null) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: files.dimensions.file,
      ...message('papiFileYearUnknown', { file: files.dimensions.file }),
    });
  }
  // Without `units`: results up to 2024 name the former provinces; a later file names the 2025 units unless it has
  // more rows than there are units (e.g. a 63-province file relabelled), which only the former provinces can fill.
  const former = anyRegistry.former ?? anyRegistry;
  const unitCount = former.units.length;
  const unitSet =
    files.units ??
    (year >= FIRST_UNITS_YEAR && unitCount > 0 && main.rows.length <= unitCount ? 'units-2025' : 'former');
  const registry = unitSet === 'units-2025' ? unitRegistry(former) : former;
  if (files.units === undefined && unitSet === 'former' && year >= FIRST_UNITS_YEAR)
    refuseUnitsWithExtraRows(main, former, year);
  const definition = definitionFor(definitions, 'papi', year);
  const dimensions = topComponents(definition);
  const total = definition.nodes.find((n) => n.parent === null)!;
  checkColumns(main, [...dimensions.map((d) => d.code)], ['total', 'total_basis'], problems);

  const provinces: string[] = [];
  const rowOf = new Map<string, number>();
  const columns = new Map<string, (number | null)[]>([
    [total.code, []],
    ...dimensions.map((d) => [d.code, []] as [string, (number | null)[]]),
  ]);
  const rawCells = new Map<string, string[]>([
    [total.code, []],
    ...dimensions.map((d) => [d.code, []] as [string, string[]]),
  ]);
  const totalBasis: (string | null)[] = [];
  for (const { line, cells } of main.rows) {
    const code = provinceOf(cells, registry, main.file, line, problems);
    if (code === null) {
      // Still check the row's values, so one pass reports every problem.
      const scratch = new Map(dimensions.map((d) => [d.code, [] as (number | null)[]]));
      const scratchRaw = new Map(dimensions.map((d) => [d.code, [] as string[]]));
      for (const node of dimensions)
        pushValue(scratch, scratchRaw, node, cells[node.code] ?? '', main.file, line, problems, boundProblems);
      continue;
    }
    if (rowOf.has(code)) {
      problems.push({
        file: main.file,
        row: line,
        column: 'province',
        ...message('provinceDuplicateAt', { row: rowOf.get(code) }),
      });
      continue;
    }
    checkYearCell(cells, year, main.file, line, problems);
    rowOf.set(code, line);
    provinces.push(code);
    for (const node of dimensions)
      pushValue(columns, rawCells, node, cells[node.code] ?? '', main.file, line, problems, boundProblems);
    const sumOfDimensions = dimensions.map((d) => columns.get(d.code)!.at(-1)!);
    const given = cells.total ?? '';
    if (given === '' && sumOfDimensions.every((v) => v !== null)) {
      // A file without a total gets the published rule: the unweighted sum of the dimensions.
      columns.get(total.code)!.push(sumOfDimensions.reduce((s: number, v) => s + v!, 0));
      rawCells.get(total.code)!.push('');
      totalBasis.push(cells.total_basis || 'sum_of_dimensions');
    } else {
      pushValue(columns, rawCells, total, given, main.file, line, problems, boundProblems);
      totalBasis.push(given === '' ? null : cells.total_basis || 'official_unweighted_total');
      const value = columns.get(total.code)!.at(-1);
      if (value !== null && value !== undefined) {
        if (sumOfDimensions.some((v) => v === null)) {
          problems.push({
            file: main.file,
            row: line,
            column: 'total',
            ...message('totalWithoutDimension', {}),
          });
        } else {
          const sum = sumOfDimensions.reduce((s: number, v) => s + v!, 0);
          const tolerance = roundingTolerance([given, ...dimensions.map((d) => cells[d.code] ?? '')]);
          if (Math.abs(sum - value) > tolerance) {
            problems.push({
              file: main.file,
              row: line,
              column: 'total',
              ...message('totalNotSumOfDimensions', { given, sum: sum.toFixed(6) }),
            });
          }
        }
      }
    }
  }
  for (const file of files.subdimensions ?? [])
    readSubdimensions(file, definition, year, rowOf, provinces, columns, rawCells, registry, problems, boundProblems);
  if (problems.length === 0 && ![...columns.values()].some((column) => column.some((v) => v !== null)))
    problems.push({ file: main.file, row: null, column: null, ...noValues(main.file, provinces.length) });
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: files.dimensions.file,
      ...message('papiDataInvalid', { year, count: problems.length }),
      problems,
    });
  }
  return {
    year,
    definitionId: definition.id,
    origin: files.origin ?? files.dimensions.file,
    provinces,
    scores: columns,
    totalBasis,
    warnings,
    ...(unitSet === 'units-2025' ? { unitSet } : {}),
  };
}

function yearOf(file: string, table: CsvTable): number | null {
  const fromName = /papi_(\d{4})_/.exec(file)?.[1];
  if (fromName) return Number(fromName);
  const fromColumn = table.rows[0]?.cells.year;
  return fromColumn && /^\d{4}$/.test(fromColumn) ? Number(fromColumn) : null;
}

function checkColumns(
  table: CsvTable,
  required: readonly string[],
  optional: readonly string[],
  problems: DataProblem[],
): void {
  const allowed = new Set([...IDENTITY_COLUMNS, ...required, ...optional]);
  for (const column of required) {
    if (!table.header.includes(column))
      problems.push({
        file: table.file,
        row: 1,
        column,
        ...message('columnMissing', { column }),
      });
  }
  if (
    !table.header.includes('province') &&
    !table.header.includes('gso_code') &&
    !table.header.includes('province_vi')
  ) {
    problems.push({
      file: table.file,
      row: 1,
      column: 'province',
      ...message('provinceColumnMissing', {}),
    });
  }
  for (const column of table.header) {
    if (!allowed.has(column))
      problems.push({
        file: table.file,
        row: 1,
        column,
        ...message('columnUnexpected', { column, allowed: [...allowed].join(', ') }),
      });
  }
}

/**
 * A year from 2025 with more rows than units is read as the former provinces, unless its rows name all 34 units and a
 * few more: then the rows left over (a former province's name or code, a unit twice) would silently turn a units file
 * into a field of 35 "provinces". Refused, naming those rows.
 */
function refuseUnitsWithExtraRows(main: CsvTable, former: ProvinceRegistry, year: number): void {
  const units = unitRegistry(former);
  const seen = new Set<string>();
  const extra: string[] = [];
  for (const { line, cells } of main.rows) {
    const code = provinceOf(cells, units, main.file, line, []);
    if (code !== null && !seen.has(code)) seen.add(code);
    else extra.push(`${line} (${cells.gso_code || cells.province || cells.province_vi || ''})`);
  }
  // A file of the former provinces names 34 unit codes too (each unit keeps a predecessor's code): it is told apart
  // by its other rows outnumbering the former provinces it leaves out (63 rows: 29 to 0; 35 rows: 1 to 28).
  const missingFormer = former.all.length - main.rows.length;
  if (seen.size < units.units.length || extra.length === 0 || extra.length >= missingFormer) return;
  throw new EngineError({
    code: 'INVALID_DATA',
    input: main.file,
    ...message('papiUnitsYearExtraRows', { file: main.file, year, units: units.units.length, rows: extra.join(', ') }),
  });
}

function provinceOf(
  cells: Readonly<Record<string, string>>,
  registry: ProvinceRegistry,
  file: string,
  line: number,
  problems: DataProblem[],
): string | null {
  const name = cells.gso_code || cells.province || cells.province_vi || '';
  try {
    return findProvince(registry, name).code;
  } catch (error) {
    const e = error as EngineError;
    problems.push({ file, row: line, column: cells.gso_code ? 'gso_code' : 'province', vi: e.vi, en: e.en });
    return null;
  }
}

function checkYearCell(
  cells: Readonly<Record<string, string>>,
  year: number,
  file: string,
  line: number,
  problems: DataProblem[],
): void {
  if (cells.year && Number(cells.year) !== year)
    problems.push({
      file,
      row: line,
      column: 'year',
      ...message('yearDiffersFromFile', { given: cells.year, year }),
    });
}

/** Parses one score cell: empty = missing; a decimal comma is accepted ("5,43"); out-of-bounds values are problems. */
function pushValue(
  columns: Map<string, (number | null)[]>,
  rawCells: Map<string, string[]>,
  node: DefinitionNode,
  cell: string,
  file: string,
  line: number,
  problems: DataProblem[],
  boundProblems: DataProblem[],
): void {
  const column = columns.get(node.code)!;
  rawCells.get(node.code)!.push(cell);
  if (cell === '') {
    column.push(null);
    return;
  }
  const value = cellNumber(cell);
  if (!Number.isFinite(value)) {
    problems.push({
      file,
      row: line,
      column: node.code,
      ...message('cellNotANumber', { cell }),
    });
    column.push(null);
    return;
  }
  const slack = roundingTolerance([cell]);
  if (value < node.min - slack || (node.max !== null && value > node.max + slack)) {
    boundProblems.push({
      file,
      row: line,
      column: node.code,
      ...message('cellOutsideBounds', { cell, min: fmt(node.min), max: fmt(node.max) }),
    });
  }
  column.push(value);
}

function fmt(value: number | null): string {
  return value === null ? '?' : String(Math.round(value * 1e4) / 1e4);
}

function readSubdimensions(
  file: TextFile,
  definition: IndexDefinition,
  year: number,
  rowOf: ReadonlyMap<string, number>,
  provinces: readonly string[],
  columns: Map<string, (number | null)[]>,
  rawCells: Map<string, string[]>,
  registry: ProvinceRegistry,
  problems: DataProblem[],
  boundProblems: DataProblem[],
): void {
  const table = readCsv(file.text, file.file);
  const dimension = topComponents(definition).find((d) => table.header.includes(`${d.code}_1`));
  if (!dimension) {
    problems.push({
      file: file.file,
      row: 1,
      column: null,
      ...message('subdimensionFileUnknown', { definition: definition.id }),
    });
    return;
  }
  const parts = childrenOf(definition, dimension.code);
  checkColumns(table, [dimension.code, ...parts.map((p) => p.code)], [], problems);
  const partColumns = parts.map((p) => {
    const column: (number | null)[] = new Array(provinces.length).fill(null);
    columns.set(p.code, column);
    return column;
  });
  const seen = new Set<string>();
  for (const { line, cells } of table.rows) {
    const code = provinceOf(cells, registry, file.file, line, problems);
    if (code === null) continue;
    const index = provinces.indexOf(code);
    if (index < 0 || seen.has(code)) {
      problems.push({
        file: file.file,
        row: line,
        column: 'province',
        ...(index < 0 ? message('provinceNotInDimensionsFile', {}) : message('provinceDuplicate', {})),
      });
      continue;
    }
    seen.add(code);
    checkYearCell(cells, year, file.file, line, problems);
    const scratch = new Map<string, (number | null)[]>(parts.map((p) => [p.code, []]));
    const scratchRaw = new Map<string, string[]>(parts.map((p) => [p.code, []]));
    parts.forEach((p) =>
      pushValue(scratch, scratchRaw, p, cells[p.code] ?? '', file.file, line, problems, boundProblems),
    );
    const values = parts.map((p) => scratch.get(p.code)![0]!);
    values.forEach((v, j) => (partColumns[j]![index] = v));
    const dimensionCell = cells[dimension.code] ?? '';
    const mainCell = rawCells.get(dimension.code)![index] ?? '';
    const dimensionValue = columns.get(dimension.code)![index] ?? null;
    if (
      dimensionCell !== '' &&
      (dimensionValue === null ||
        Math.abs(Number(dimensionCell.replace(',', '.')) - dimensionValue) >
          roundingTolerance([dimensionCell, mainCell]))
    ) {
      problems.push({
        file: file.file,
        row: line,
        column: dimension.code,
        ...message('dimensionDiffers', { cell: dimensionCell, main: mainCell, row: rowOf.get(code) }),
      });
    }
    const present = values.filter((v) => v !== null);
    if (present.length > 0 && present.length < values.length) {
      problems.push({
        file: file.file,
        row: line,
        column: dimension.code,
        ...message('subdimensionsPartial', {}),
      });
    } else if (present.length === values.length && dimensionValue !== null) {
      const sum = values.reduce((s: number, v) => s + v!, 0);
      const tolerance = roundingTolerance([mainCell, ...parts.map((p) => cells[p.code] ?? '')]);
      if (Math.abs(sum - dimensionValue) > tolerance) {
        problems.push({
          file: file.file,
          row: line,
          column: dimension.code,
          ...message('subdimensionsNotSum', {
            sum: sum.toFixed(6),
            dimension: dimension.code.toUpperCase(),
            cell: mainCell,
          }),
        });
      }
    } else if (present.length === values.length && dimensionValue === null) {
      problems.push({
        file: file.file,
        row: line,
        column: dimension.code,
        ...message('subdimensionsWithoutDimension', {}),
      });
    }
  }
}

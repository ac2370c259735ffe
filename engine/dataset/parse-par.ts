import { EngineError, type DataProblem } from '../errors';
import { compareScores } from '../scoring/score-order';
import { findProvince, type ProvinceRegistry } from '../provinces/province-registry';
import { readCsv } from '../text/read-csv';
import type { ParKnownResult, ParNationalSummary, SipasResult } from './par-year';
import type { TextFile } from './index-year';
import { message } from '../i18n/messages';
import { cellNumber } from '../input/read-number';
import { noValues } from './no-values';

const AREAS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];

function numberOrNull(
  cell: string | undefined,
  file: string,
  line: number,
  column: string,
  problems: DataProblem[],
  max = 100,
): number | null {
  if (cell === undefined || cell === '') return null;
  const value = cellNumber(cell);
  if (!Number.isFinite(value) || value < 0 || value > max) {
    problems.push({
      file,
      row: line,
      column,
      ...message('pointsNotInRange', { cell, max }),
    });
    return null;
  }
  return value;
}

function fail(file: TextFile, problems: DataProblem[]): never {
  throw new EngineError({
    code: 'INVALID_DATA',
    input: file.file,
    ...message('dataFileInvalid', { file: file.file, count: problems.length }),
    problems,
  });
}

/**
 * Reads a PAR INDEX results file (`parindex_<year>.csv` layout: province, [province_ascii], [year], [a1..a8], total,
 * rank, [group], [note], [source_url]). The shipped files hold only what cited sources state; a user may load the
 * official annex with all 63 rows in the same layout. All or nothing; duplicates, unknown provinces, a year other than
 * the file's, and (with `checkOrder`, as for every user file) a higher total ranked after a lower one are problems.
 */
export function parseParResults(
  file: TextFile,
  registry: ProvinceRegistry,
  year?: number,
  checkOrder = true,
): ParKnownResult[] {
  const table = readCsv(file.text, file.file);
  const problems: DataProblem[] = [];
  if (!table.header.includes('province'))
    problems.push({
      file: file.file,
      row: 1,
      column: 'province',
      ...message('columnMissing', { column: 'province' }),
    });
  if (!table.header.includes('total') && !table.header.includes('rank'))
    problems.push({
      file: file.file,
      row: 1,
      column: 'total',
      ...message('totalOrRankColumnMissing', {}),
    });
  const seen = new Set<string>();
  const results: ParKnownResult[] = [];
  for (const { line, cells } of table.rows) {
    let code: string;
    try {
      code = findProvince(registry, cells.province || cells.province_ascii || '').code;
    } catch (error) {
      const e = error as EngineError;
      problems.push({ file: file.file, row: line, column: 'province', vi: e.vi, en: e.en });
      continue;
    }
    if (seen.has(code))
      problems.push({ file: file.file, row: line, column: 'province', ...message('provinceDuplicate', {}) });
    seen.add(code);
    if (year !== undefined && (cells.year ?? '') !== '' && Number(cells.year) !== year) {
      problems.push({
        file: file.file,
        row: line,
        column: 'year',
        ...message('yearDiffersFromFile', { given: cells.year, year }),
      });
    }
    const rank = numberOrNull(cells.rank, file.file, line, 'rank', problems, registry.all.length);
    if (rank !== null && (!Number.isInteger(rank) || rank < 1))
      problems.push({
        file: file.file,
        row: line,
        column: 'rank',
        ...message('rankNotWhole', {}),
      });
    const areas: Record<string, number> = {};
    for (const area of AREAS) {
      const value = numberOrNull(cells[area], file.file, line, area, problems);
      if (value !== null) areas[area] = value;
    }
    results.push({
      province: code,
      total: numberOrNull(cells.total, file.file, line, 'total', problems),
      rank,
      group: cells.group || null,
      areas,
      note: cells.note ?? '',
      source: cells.source_url ?? '',
    });
  }
  if (checkOrder)
    problems.push(
      ...rankOrderProblems(
        file.file,
        results,
        table.rows.map((r) => r.line),
      ),
    );
  if (problems.length === 0 && !results.some((r) => r.total !== null || r.rank !== null || Object.keys(r.areas).length))
    problems.push({ file: file.file, row: null, column: null, ...noValues(file.file, results.length) });
  if (problems.length > 0) fail(file, problems);
  return results;
}

/**
 * A higher total cannot have a worse rank: each pair of rows that says so is a problem naming both (totals within
 * SCORE_EPSILON are a tie and may carry different published ranks, as totals are printed rounded).
 */
function rankOrderProblems(file: string, results: readonly ParKnownResult[], lines: readonly number[]): DataProblem[] {
  const problems: DataProblem[] = [];
  results.forEach((a, i) => {
    results.forEach((b, j) => {
      if (a.total === null || b.total === null || a.rank === null || b.rank === null) return;
      if (compareScores(a.total, b.total) < 0 && a.rank > b.rank) {
        problems.push({
          file,
          row: lines[i] ?? null,
          column: 'rank',
          ...message('totalRankOrder', {
            total: a.total,
            other: b.total,
            line: lines[j],
            rank: a.rank,
            otherRank: b.rank,
          }),
        });
      }
    });
  });
  return problems;
}

/** Reads `national_summary.csv`: year, average, top_total, bottom_total, source. */
export function parseParNational(file: TextFile): Map<number, ParNationalSummary> {
  const table = readCsv(file.text, file.file);
  const problems: DataProblem[] = [];
  const byYear = new Map<number, ParNationalSummary>();
  for (const { line, cells } of table.rows) {
    byYear.set(Number(cells.year), {
      average: numberOrNull(cells.average, file.file, line, 'average', problems),
      top: numberOrNull(cells.top_total, file.file, line, 'top_total', problems),
      bottom: numberOrNull(cells.bottom_total, file.file, line, 'bottom_total', problems),
      source: cells.source ?? '',
    });
  }
  if (problems.length > 0) fail(file, problems);
  return byYear;
}

/**
 * Reads a `sipas_<year>.csv` file: province, [province_ascii], [year], sipas (%), sipas_rank, [note], [source_url].
 * With `year`, an empty year cell means that year and another year is a problem. Duplicates and unknown provinces
 * are problems; all or nothing.
 */
export function parseSipas(file: TextFile, registry: ProvinceRegistry, year?: number): SipasResult[] {
  const table = readCsv(file.text, file.file);
  const problems: DataProblem[] = [];
  if (!table.header.includes('province') && !table.header.includes('province_ascii'))
    problems.push({
      file: file.file,
      row: 1,
      column: 'province',
      ...message('columnMissing', { column: 'province' }),
    });
  if (!table.header.includes('sipas') && !table.header.includes('sipas_rank'))
    problems.push({
      file: file.file,
      row: 1,
      column: 'sipas',
      ...message('sipasColumnMissing', {}),
    });
  const results: SipasResult[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of table.rows) {
    let code: string;
    try {
      code = findProvince(registry, cells.province || cells.province_ascii || '').code;
    } catch (error) {
      const e = error as EngineError;
      problems.push({ file: file.file, row: line, column: 'province', vi: e.vi, en: e.en });
      continue;
    }
    if (seen.has(code))
      problems.push({ file: file.file, row: line, column: 'province', ...message('provinceDuplicate', {}) });
    seen.add(code);
    const rowYear = cells.year ? Number(cells.year) : (year ?? NaN);
    if (!Number.isInteger(rowYear) || (year !== undefined && rowYear !== year)) {
      problems.push({
        file: file.file,
        row: line,
        column: 'year',
        ...message('yearInvalidExpected', { given: cells.year ?? '', year }),
      });
    }
    const rank = numberOrNull(cells.sipas_rank, file.file, line, 'sipas_rank', problems, registry.all.length);
    if (rank !== null && (!Number.isInteger(rank) || rank < 1))
      problems.push({
        file: file.file,
        row: line,
        column: 'sipas_rank',
        ...message('rankNotWhole', {}),
      });
    results.push({
      province: code,
      year: rowYear,
      sipas: numberOrNull(cells.sipas, file.file, line, 'sipas', problems),
      rank,
      note: cells.note ?? '',
      source: cells.source_url ?? '',
    });
  }
  if (problems.length === 0 && !results.some((r) => r.sipas !== null || r.rank !== null))
    problems.push({ file: file.file, row: null, column: null, ...noValues(file.file, results.length) });
  if (problems.length > 0) fail(file, problems);
  return results;
}

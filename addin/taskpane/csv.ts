import type { ScenarioResult } from '../../engine';
import { groupName, t, type Lang } from './i18n';

export type CsvCell = string | number | null | undefined;

/**
 * Neutralises a text cell against CSV/formula injection: a spreadsheet opening the file would evaluate text that starts
 * with = + - @ (or a tab / carriage return, which some readers strip before such a sign) as a formula, so such text
 * gets a leading single quote and is shown as typed. Numbers the pane writes are numbers, not text, and pass through
 * unchanged (a negative number is data, not a formula).
 *
 * @example neutraliseCell('=HYPERLINK("http://x","y")') // => '\'=HYPERLINK("http://x","y")'
 */
export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Rows to CSV text: every cell neutralised then quoted, CRLF line ends, and a UTF-8 byte order mark so that Excel
 * reads the Vietnamese names correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => quote(neutraliseCell(cell))).join(',')).join('\r\n')}\r\n`;
}

/**
 * The ranking under a scenario (every province by scenario rank) as CSV rows: scenario name, year, rank, province,
 * total, whether it changed. The scenario name is user text and is neutralised like every cell.
 */
export function rankingCsv(result: ScenarioResult, lang: Lang): string {
  const changed = new Set(result.provinces.map((p) => p.code));
  const header = [
    t(lang, 'scenario'),
    t(lang, 'year'),
    t(lang, 'rank'),
    t(lang, 'province'),
    t(lang, 'total'),
    t(lang, 'csvChanged'),
  ];
  const rows = result.field.map((row) => [
    result.scenario.name,
    result.scenario.year,
    row.rank,
    row.nameVi,
    row.total,
    changed.has(row.code) ? 1 : 0,
  ]);
  const outcomes = result.provinces.flatMap((p) => [
    [],
    [t(lang, 'province'), p.nameVi, t(lang, 'base'), t(lang, 'scenario')],
    [t(lang, 'total'), '', p.base.total, p.scenario.total],
    [t(lang, 'rank'), '', p.base.rank, p.scenario.rank],
    [t(lang, 'group'), '', groupName(p.base.group, lang), groupName(p.scenario.group, lang)],
    ...p.dimensions.map((d) => [d.code.toUpperCase(), d.name[lang], d.base, d.score]),
  ]);
  return toCsv([header, ...rows, ...outcomes]);
}

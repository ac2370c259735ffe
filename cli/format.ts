import type { Lang } from './command';

/** A plain text table with padded columns (numbers right-aligned). */
export function table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === null ? '–' : String(c))))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => [...(r[j] ?? '')].length)));
  const numeric = header.map((_, j) =>
    rows.every((r) => r[j] === null || typeof r[j] === 'number' || /^[-+]?\d/.test(String(r[j]))),
  );
  const line = (r: readonly string[]) =>
    r
      .map((c, j) => (numeric[j] ? c.padStart(widths[j]!) : c.padEnd(widths[j]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * A number as the output's language writes it: the decimal comma in Vietnamese (41,48), the point in English (41.48).
 * The one place the CLI's text output writes a decimal; --json keeps numbers.
 */
export function fixed(value: number, lang: Lang, digits = 2): string {
  const text = value.toFixed(digits);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** A number with its own digits (a step such as 0.25) in the output's language. */
export function decimal(value: number, lang: Lang): string {
  return lang === 'vi' ? String(value).replace('.', ',') : String(value);
}

export function score(value: number | null, lang: Lang, digits = 2): string | null {
  return value === null ? null : fixed(value, lang, digits);
}

export function signed(value: number | null, lang: Lang, digits = 2): string | null {
  return value === null ? null : `${value > 0 ? '+' : ''}${fixed(value, lang, digits)}`;
}

export { groupName } from '../engine';

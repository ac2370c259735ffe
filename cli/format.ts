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

export function score(value: number | null, digits = 2): string | null {
  return value === null ? null : value.toFixed(digits);
}

export function signed(value: number | null, digits = 2): string | null {
  return value === null ? null : `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;
}

export { groupName } from '../engine';

// The worksheet examples in the docs: `` `=PAPI.NAME(literal arguments)` → result ``. Arguments are Excel literals
// (text in double quotes, numbers, an empty argument, array constants {…} with `,`/`;` in English and `;`/`\` …
// as Excel writes them); the result is a value or, for a spilled result, the values in order separated by ` · `
// (`…` for values left out). A number is compared as shown (rounded to its decimals, comma or point).
export interface ExcelExample {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly shown: readonly string[];
}

export function excelExamples(markdown: string, file: string): ExcelExample[] {
  const found: ExcelExample[] = [];
  markdown.split('\n').forEach((text, k) => {
    for (const m of text.matchAll(/`=PAPI\.([^(`\s]+)\(([^`]*)\)`\s*→\s*([^|]*)/g)) {
      // The result ends at a table cell's end, a bracket, or the end of its sentence or clause.
      const shown = /^(.*?)\s*(?:\||[;,]\s|\.\s|\.$|\(|\)|$)/
        .exec(m[3]!)![1]!
        .split(' · ')
        .map((s) => s.trim());
      found.push({ file, line: k + 1, name: m[1]!, args: excelArguments(m[2]!), shown });
    }
  });
  return found;
}

/** Splits a formula's argument text (English `,` or Vietnamese `;` separators) into values. */
export function excelArguments(text: string): unknown[] {
  const separator = /"[^"]*"|\{[^}]*\}/g[Symbol.replace](text, '').includes(';') ? ';' : ',';
  const rowSep = separator === ',' ? ';' : '\\';
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '{') depth++;
    if (!quoted && c === '}') depth--;
    if (!quoted && depth === 0 && c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  const scalar = (s: string): unknown => {
    const t = s.trim();
    if (t === '') return null;
    if (t.startsWith('"')) return t.slice(1, -1);
    const n = Number(t);
    if (!Number.isFinite(n)) throw new Error(`not a literal: ${t}`);
    return n;
  };
  return parts.map((p) => {
    const t = p.trim();
    if (!t.startsWith('{')) return scalar(t);
    const colSep = separator === ',' ? ',' : ';';
    // In a Vietnamese formula a one-row constant uses `;` between columns.
    return t
      .slice(1, -1)
      .split(rowSep)
      .map((row) => splitOutsideQuotes(row, colSep).map(scalar));
  });
}

function splitOutsideQuotes(text: string, sep: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (!quoted && c === sep) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** null when the cell value (a value or a spilled array) shows as `shown`, else what differs. */
export function compareCell(shown: readonly string[], value: unknown): string | null {
  const cells = (Array.isArray(value) ? (value as unknown[]).flat(2) : [value]).map((v) => v);
  let at = 0;
  let skipping = false;
  for (const item of shown) {
    if (item === '…') {
      skipping = true;
      continue;
    }
    const matches = (cell: unknown) => {
      const number = /^-?\d+(?:[.,]\d+)?$/.test(item) ? Number(item.replace(',', '.')) : null;
      if (number !== null && typeof cell === 'number') {
        const decimals = /[.,](\d+)$/.exec(item)?.[1]?.length ?? 0;
        return cell.toFixed(decimals) === number.toFixed(decimals);
      }
      return String(cell) === item;
    };
    let found = -1;
    for (let p = at; p < cells.length && found < 0; p++) {
      if (matches(cells[p])) found = p;
      if (!skipping) break;
    }
    if (found < 0) return `shown "${item}", the cell has ${JSON.stringify(cells.slice(at, at + 6))}`;
    at = found + 1;
    skipping = false;
  }
  return null;
}

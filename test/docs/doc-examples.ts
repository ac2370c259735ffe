// Finds the documented `papi` examples in a Markdown file and compares their shown output with a run's. The
// convention (docs/architecture.md, "Documented examples are tests"):
// - in a fenced block, a line `$ npx papi <args>` (or `$ papi`, `$ npm run papi -- `; a `\` at the end continues it on
//   the next line) is a command; the lines after it, up to the next `$ ` line or the end of the block, are its output (stdout and stderr as printed);
// - a line `...` in the output stands for any number of lines left out;
// - a block preceded by `<!-- doc-test: not compared: <reason> -->` is not run (the reason is required);
// - a `papi` command in a fenced block written without `$ ` (so without shown output) is an error: show its output or
//   mark the block.
// Output is compared line by line modulo whitespace (runs of spaces are one space; blank lines are ignored), so every
// number and word must match exactly.

/** One documented command and the output shown for it. */
export interface DocExample {
  readonly file: string;
  /** 1-based line of the `$ ` line. */
  readonly line: number;
  readonly argv: readonly string[];
  readonly expected: readonly string[];
  /** Why the example is not run, when its block is marked. */
  readonly notCompared: string | null;
}

/** A command the convention does not accept (no shown output and no marker, or a marker without a reason). */
export interface DocProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const PAPI_COMMAND = /^(?:npx papi|papi|npm run papi --)(?:\s+(.*))?$/;
const MARKER = /^<!--\s*doc-test:\s*not compared(?::\s*(.*?))?\s*-->$/;

export function findDocExamples(markdown: string, file: string): { examples: DocExample[]; problems: DocProblem[] } {
  const lines = markdown.split('\n');
  const examples: DocExample[] = [];
  const problems: DocProblem[] = [];
  let i = 0;
  while (i < lines.length) {
    const fence = /^(\s*)(```+|~~~+)/.exec(lines[i]!);
    if (!fence) {
      i++;
      continue;
    }
    const indent = fence[1]!.length;
    const close = fence[2]!;
    const marker = previousNonBlank(lines, i);
    const markerMatch = marker === null ? null : MARKER.exec(marker.trim());
    const notCompared = markerMatch ? (markerMatch[1] ?? '').trim() : null;
    if (markerMatch && !notCompared)
      problems.push({ file, line: i, message: 'a "not compared" marker must say why (`not compared: <reason>`)' });
    let j = i + 1;
    let current: { line: number; argv: string[]; expected: string[] } | null = null;
    const flush = () => {
      if (current) examples.push({ file, ...current, notCompared });
      current = null;
    };
    for (; j < lines.length && !lines[j]!.trim().startsWith(close); j++) {
      const text = lines[j]!.slice(Math.min(indent, lines[j]!.length - lines[j]!.trimStart().length));
      const command = /^\$\s+(.*)$/.exec(text);
      if (command) {
        flush();
        const start = j;
        let commandLine = command[1]!.trim();
        // A line ending with `\` continues on the next one, as in a shell.
        while (commandLine.endsWith('\\') && j + 1 < lines.length)
          commandLine = `${commandLine.slice(0, -1)} ${lines[++j]!.trim()}`;
        const papi = PAPI_COMMAND.exec(commandLine);
        if (papi) current = { line: start + 1, argv: shellWords(papi[1] ?? ''), expected: [] };
        continue;
      }
      if (current) {
        current.expected.push(text);
        continue;
      }
      if (notCompared === null && PAPI_COMMAND.test(text.trim()))
        problems.push({
          file,
          line: j + 1,
          message:
            'a papi command without shown output: write it as `$ npx papi ...` followed by its output, or mark the block `<!-- doc-test: not compared: <reason> -->`',
        });
    }
    flush();
    i = j + 1;
  }
  for (const example of examples)
    if (example.notCompared === null && example.expected.every((l) => l.trim() === ''))
      problems.push({
        file,
        line: example.line,
        message: 'no output shown: show it (a `...` line may stand for lines left out) or mark the block not compared',
      });
  return { examples, problems };
}

function previousNonBlank(lines: readonly string[], index: number): string | null {
  for (let k = index - 1; k >= 0; k--) if (lines[k]!.trim() !== '') return lines[k]!;
  return null;
}

/** Splits a shell command line into words: single and double quotes, backslash escapes, and an unquoted `#` comment. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && (line[k + 1] === '"' || line[k + 1] === '\\')) word += line[++k]!;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === '#' && word === null) break;
    else if (c === '\\' && k + 1 < line.length) word = (word ?? '') + line[++k]!;
    else word = (word ?? '') + c;
  }
  if (quote) throw new Error(`unclosed quote in: ${line}`);
  if (word !== null) words.push(word);
  return words;
}

const squeeze = (line: string): string => line.trim().replace(/\s+/g, ' ');

/**
 * null when `actual` shows what `expected` shows (modulo whitespace, `...` lines standing for any lines), otherwise
 * the first expected line (its index in `expected`) that is not where it should be, with the line printed instead.
 */
export function compareShown(
  expected: readonly string[],
  actual: string,
): { index: number; shown: string; got: string } | null {
  const got = actual
    .split('\n')
    .map(squeeze)
    .filter((l) => l !== '');
  // Segments between `...` lines must appear in order; the first at the start unless the text opens with `...`,
  // the last at the end unless it closes with `...`.
  const segments: { index: number; text: string }[][] = [[]];
  expected.forEach((raw, index) => {
    const text = squeeze(raw);
    if (text === '...') segments.push([]);
    else if (text !== '') segments[segments.length - 1]!.push({ index, text });
  });
  let at = 0;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    if (segment.length === 0) continue;
    const first = s === 0;
    const last = s === segments.length - 1;
    const fits = (p: number) => p >= at && segment.every((l, k) => got[p + k] === l.text);
    let found = -1;
    if (first) found = fits(0) && (!last || got.length === segment.length) ? 0 : -1;
    else if (last) found = fits(got.length - segment.length) ? got.length - segment.length : -1;
    else for (let p = at; p + segment.length <= got.length && found < 0; p++) if (fits(p)) found = p;
    if (found < 0) {
      // Where the segment was expected: at the start, at the end, or (in the middle) where its first line was.
      const from = first
        ? 0
        : last
          ? Math.max(at, got.length - segment.length)
          : Math.max(at, got.indexOf(segment[0]!.text, at));
      const k = segment.findIndex((l, j) => got[from + j] !== l.text);
      const bad = segment[k < 0 ? segment.length - 1 : k]!;
      const extra = k < 0 ? `(more output follows: "${got[from + segment.length]}")` : (got[from + k] ?? '(nothing)');
      return { index: bad.index, shown: bad.text, got: k < 0 ? extra : extra };
    }
    at = found + segment.length;
  }
  return null;
}

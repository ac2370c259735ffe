import type { DataProblem } from '../errors';
import { message } from '../i18n/messages';

/** A CSV file's leading `# key: value` lines, and the CSV text after them. */
export interface Declared {
  readonly declared: Readonly<Record<string, string>>;
  /** where each key was declared (1-based line) */
  readonly lineOf: Readonly<Record<string, number>>;
  /** lines before the CSV header: a CSV line number plus this is the file's line */
  readonly headerLines: number;
  readonly csv: string;
  /** a declaration that is not one of `known`, at its line */
  readonly problems: readonly DataProblem[];
}

/**
 * Reads the leading `# key: value` declarations of a CSV file (criteria sets, user-defined indices). Blank lines
 * are skipped, an empty value declares nothing (a sheet may write "# year:" back), quotes around a value are
 * dropped, and a key not in `known` is a problem at its line.
 *
 * @example readDeclarations('# id: x\n# scale: 100\ncode,parent\n', 'd.csv', ['id', 'scale']).declared // => { id: 'x', scale: '100' }
 */
export function readDeclarations(text: string, file: string, known: readonly string[]): Declared {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headerLines = 0;
  const declared: Record<string, string> = {};
  const lineOf: Record<string, number> = {};
  const problems: DataProblem[] = [];
  while (headerLines < lines.length && /^\s*(#|$)/.test(lines[headerLines]!)) {
    const match = /^\s*#\s*([a-z_]+)\s*:\s*(.*?)\s*,*\s*$/.exec(lines[headerLines]!);
    if (match && known.includes(match[1]!)) {
      if (match[2] !== '') declared[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1');
      lineOf[match[1]!] = headerLines + 1;
    } else if (match)
      problems.push({
        file,
        row: headerLines + 1,
        column: match[1]!,
        ...message('declarationUnsupported', { name: match[1]!, known: known.join(', ') }),
      });
    headerLines++;
  }
  return { declared, lineOf, headerLines, csv: lines.slice(headerLines).join('\n'), problems };
}

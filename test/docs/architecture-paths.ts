// The paths docs/architecture.md names: the names of the "Project layout" tree (a child under its parent folder), the
// files its descriptions name (under the line's folder, at any depth), and every backticked path in the prose.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface NamedPath {
  readonly line: number;
  readonly name: string;
  /** Repository-relative paths, any of which makes the name true. */
  readonly candidates: readonly string[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = /^[\w.-]*\w\.(ts|mjs|json|wat|py|sh|xml|md|csv|xlsx)$/;
// Built or installed, not in a fresh clone.
const GENERATED = /^(dist|test-output|node_modules)\//;

/** The files under `dir` (repository-relative) whose path ends with `/name`, else those anywhere in the tree. */
function filesNamed(dir: string, name: string): string[] {
  const under = existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((p) => `/${p}`.endsWith(`/${name}`))
        .map((p) => join(dir, p))
    : [];
  return under.length ? under : tracked().filter((p) => `/${p}`.endsWith(`/${name}`));
}

let trackedFiles: string[] | undefined;
const tracked = () =>
  (trackedFiles ??= execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean));

export function architecturePaths(markdown: string): NamedPath[] {
  const lines = markdown.split('\n');
  const named: NamedPath[] = [];
  const add = (line: number, name: string, candidates: string[]) => {
    if (!GENERATED.test(name)) named.push({ line, name, candidates });
  };
  let inLayout = false;
  let inFence = false;
  let column = 0;
  let parent = '';
  // A description continued on the next line (nothing in the names column) belongs to the entry above it.
  let lastNested = '';
  lines.forEach((text, k) => {
    const line = k + 1;
    if (/^```/.test(text)) {
      inFence = !inFence;
      inLayout =
        inFence &&
        /^## Project layout/m.test(
          lines
            .slice(0, k)
            .filter((l) => l.startsWith('## '))
            .at(-1) ?? '',
        );
      column = 0;
      return;
    }
    if (inLayout) {
      if (column === 0)
        column =
          text.search(/\S\s{2,}\S/) + 1 + (/\s{2,}/.exec(text.slice(text.search(/\S\s{2,}\S/) + 1))?.[0].length ?? 0);
      const names = text.slice(0, column).trim().split(/\s+/).filter(Boolean);
      const indent = text.search(/\S/);
      const dirOfLine = indent === 0 ? (names[0]?.endsWith('/') ? names[0] : '') : parent;
      for (const name of names) {
        const path = indent === 0 ? name : `${parent}${name}`;
        add(line, path, [path]);
      }
      if (indent === 0 && names[0]?.endsWith('/')) parent = names[0];
      const nested =
        names.length === 0 ? lastNested : indent > 0 && names[0]?.endsWith('/') ? `${parent}${names[0]}` : dirOfLine;
      lastNested = nested;
      // What follows `->` is written by a build step.
      for (const word of text
        .slice(column)
        .replace(/->\s*\S+/g, '')
        .split(/[\s,;:()]+/)) {
        const token = word.replace(/[.`]+$/, '');
        if (FILE.test(token)) add(line, token, filesNamed(nested || '.', token));
        else if (/^[\w.-]+\/([\w.-]+\/)*$/.test(token)) add(line, token, [token, join(nested, token)]);
      }
      return;
    }
    if (inFence) return;
    for (const m of text.matchAll(/`([^`\s]+)`/g)) {
      const token = m[1]!.replace(/^\.\//, '');
      if (token.includes('*') || /^https?:/.test(token) || token.startsWith('--')) continue;
      if (token.includes('/') || FILE.test(token)) add(line, token, [token, `${token}.ts`]);
    }
  });
  return named;
}

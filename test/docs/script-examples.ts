// The engine scripts in the docs (```ts blocks importing 'papi-par-engine'): run against the sources, and what each
// `console.log(...)` prints compared with the `// ` comment lines right under it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { vi } from 'vitest';

export interface ScriptExample {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly source: string;
}

export function scriptExamples(markdown: string, file: string): ScriptExample[] {
  const found: ScriptExample[] = [];
  for (const m of markdown.matchAll(/^```(?:ts|js|typescript|javascript)\n([\s\S]*?)^```/gm))
    if (/from 'papi-par-engine(\/engine)?'/.test(m[1]!))
      found.push({ file, line: markdown.slice(0, m.index).split('\n').length, source: m[1]! });
  return found;
}

/** The comment lines shown under each console.log, and what the script printed (one entry per line). */
export async function runScriptExample(
  example: ScriptExample,
  root: string,
): Promise<{ printed: string[]; shown: string[] }> {
  const lines = example.source.split('\n');
  const shown: string[] = [];
  lines.forEach((l, k) => {
    if (!/^\s*console\.log\(/.test(l)) return;
    for (let j = k + 1; j < lines.length && /^\s*\/\/ /.test(lines[j]!); j++)
      shown.push(lines[j]!.replace(/^\s*\/\/ /, ''));
  });
  const source = example.source
    .replace(/from 'papi-par-engine\/engine'/g, `from '${join(root, 'engine', 'index.ts')}'`)
    .replace(/from 'papi-par-engine'/g, `from '${join(root, 'node', 'index.ts')}'`);
  const dir = join(root, 'test-output', 'docs');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${example.file.replace(/\W/g, '-')}-${example.line}.ts`);
  writeFileSync(path, source);
  const printed: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(...format(...args).split('\n'));
  });
  try {
    await import(/* @vite-ignore */ path);
  } finally {
    spy.mockRestore();
  }
  return { printed, shown };
}

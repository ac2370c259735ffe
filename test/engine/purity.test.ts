// Style guide rule 1: engine/ has no Office, DOM or Node imports; addin/ depends on engine/, never the reverse.
// (`npm test` also type-checks engine/ with engine/tsconfig.json, which has no DOM, Node or Office typings.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const allowedPackages = ['papaparse', 'fastest-levenshtein', 'pure-rand', 'simple-statistics', 'mathjs'];
const forbiddenGlobals =
  /\b(window|document|navigator|localStorage|Office|Excel|CustomFunctions|process|require)\s*[.([]/;

/** Import specifiers of a TypeScript source, with its own line numbers. */
export function importsOf(source: string): string[] {
  return [
    ...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]!);
}

/** 'pure-rand/generator/x' -> 'pure-rand'; '@scope/name/x' -> '@scope/name'. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

describe('engine purity', () => {
  const sources = files('engine').filter((f) => f.endsWith('.ts'));

  it('imports only relative modules and the allowed pure packages', () => {
    const offending = sources.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => !spec.startsWith('.') && !allowedPackages.includes(packageOf(spec)))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('never reaches outside engine/ (no addin, cli or node: imports)', () => {
    const offending = sources.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => /(^node:)|addin|cli\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('uses no DOM, Office or Node globals and no Math.random', () => {
    const offending = sources.filter((file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return forbiddenGlobals.test(code) || /Math\.random/.test(code);
    });
    expect(offending).toEqual([]);
  });

  it('the checker itself catches an Office import', () => {
    expect(importsOf("import { x } from '@microsoft/office-js';").filter((s) => !allowedPackages.includes(s))).toEqual([
      '@microsoft/office-js',
    ]);
    expect(forbiddenGlobals.test('Office.onReady(() => {})')).toBe(true);
  });
});

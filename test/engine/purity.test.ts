// Style guide rule 1: engine/ has no Office, DOM or Node imports; addin/ depends on engine/, never the reverse.
// (`npm test` also type-checks engine/ with engine/tsconfig.json, which has no DOM, Node or Office typings.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from '../helpers/source-files';

const allowedPackages = ['papaparse', 'fastest-levenshtein', 'pure-rand', 'simple-statistics', 'mathjs'];
const forbiddenGlobals =
  /\b(window|document|navigator|localStorage|Office|Excel|CustomFunctions|process|require)\s*[.([]/;

/** 'pure-rand/generator/x' -> 'pure-rand'; '@scope/name/x' -> '@scope/name'. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

describe('engine purity', () => {
  const sources = sourceFiles('engine');

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

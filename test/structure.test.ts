// Project structure checks (issue 18): indices resolve through the registry (no branch on an index name in the CLI,
// the functions or the pane), tolerances are named beside the ranking rule, and the tool folders import one way only
// (test -> bench -> scripts -> the layers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEX_MODULES } from '../engine/all';
import { importsOf, sourceFiles } from './helpers/source-files';

/** `file:line: text` of every line matching `pattern` in the sources under `dirs`. */
const linesMatching = (dirs: readonly string[], pattern: RegExp, except: readonly string[] = []) =>
  dirs
    .flatMap((d) => sourceFiles(d))
    .filter((f) => !except.includes(f))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );

describe('indices resolve through the registry', () => {
  const branch = /\bindex(Name\([^)]*\))?\s*[!=]==?\s*['"`]|case\s+['"`](papi|par|sipas|internal|pci)['"`]\s*:/i;

  it("no `index === '...'` branch in the CLI, the functions or the pane", () => {
    expect(linesMatching(['cli', 'addin/functions', 'addin/taskpane'], branch)).toEqual([]);
  });

  it("no `index === '...'` branch in the engine's generic code: it asks the registry (engine/indices/)", () => {
    // An index's own file may name it: PAPI's total (the methodologies of PAPI.TOTAL).
    const own = ['engine/scoring/papi-total.ts'];
    expect(linesMatching(['engine'], branch, own).filter((l) => !l.startsWith('engine/indices/'))).toEqual([]);
  });

  it('the branch pattern finds what it is for', () => {
    const sample = [
      "if (index === 'par') {",
      'if (definition.index !== "papi")',
      "case 'pci':",
      'indexName(x) == `par`',
    ];
    expect(sample.filter((l) => branch.test(l))).toEqual(sample);
    expect(branch.test('const module = indexModule(index);')).toBe(false);
  });

  it('one module per id, and a module registers only its own definitions', () => {
    const ids = INDEX_MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(INDEX_MODULES.flatMap((m) => m.definitions.filter((d) => d.index !== m.id).map((d) => d.id))).toEqual([]);
  });
});

describe('PCI is one index folder, its data and its wording', () => {
  it('no product code outside engine/indices/pci/ names PCI, except its registration and re-export', () => {
    // Wording (i18n catalogues: "e.g. pci") may name it; the bench's PCI rows (bench/composite.ts) are not product code.
    const code = (line: string) => !/^\s*(\*|\/\/|\/\*)/.test(line.split(':').slice(2).join(':'));
    const naming = linesMatching(['engine', 'cli', 'addin', 'node'], /\bpci\b/i)
      .filter((l) => !l.startsWith('engine/indices/pci/') && !/\/i18n\//.test(l.split(':')[0]!))
      .filter(code);
    expect(naming.map((l) => l.split(':')[0])).toEqual(['engine/all.ts', 'engine/indices/registry.ts']);
  });
});

describe('named tolerances', () => {
  it('no bare tolerance literal (1e-9, 1e-12, ...) outside engine/scoring/score-order.ts', () => {
    expect(linesMatching(['engine', 'cli', 'addin', 'node'], /\b1e-\d+\b/, ['engine/scoring/score-order.ts'])).toEqual(
      [],
    );
  });
});

describe('tool folders import one way: test -> bench -> scripts', () => {
  const upward = (dir: string, forbidden: readonly string[]) =>
    sourceFiles(dir).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => forbidden.some((f) => new RegExp(`^(\\.\\./)+${f}/`).test(spec)))
        .map((spec) => `${file}: ${spec}`),
    );
  it('scripts/ imports neither bench/ nor test/', () => expect(upward('scripts', ['bench', 'test'])).toEqual([]));
  it('bench/ does not import test/', () => expect(upward('bench', ['test'])).toEqual([]));
  it('test/helpers/ imports no test: only the layers, scripts/, bench/ and other helpers', () => {
    const allowed = /^\.\/|^\.\.\/\.\.\/(engine|cli|node|addin|scripts|bench)\//;
    const bad = sourceFiles('test/helpers').flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.') && !allowed.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(bad).toEqual([]);
    expect(allowed.test('../engine/units.test')).toBe(false);
  });
});

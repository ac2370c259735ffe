// Every documented example is a test (convention in docs/architecture.md, "Documented examples are tests"): each
// `$ npx papi ...` with shown output in README.md and docs/*.md is run in-process and compared; the engine-api.md
// script examples are run and their `// output` comments compared; the generated API reference, the sample files the
// docs name and the paths docs/architecture.md names must match the tree. A failure names the file and line.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineApiReference } from '../../scripts/engine-api-doc';
import { compareShown, findDocExamples, shellWords } from './doc-examples';
import { run } from '../helpers/run-cli';
import { runScriptExample, scriptExamples } from './script-examples';
import { architecturePaths } from './architecture-paths';
import { compareCell, excelExamples } from './excel-examples';
import { builtFunctions } from '../helpers/built-functions';

const translations = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'addin', 'functions', 'translations-vi.json'), 'utf8'),
) as Record<string, { name?: string }>;
/** The function id of an English or Vietnamese name (after `PAPI.`). */
const functionId = (name: string): string => Object.entries(translations).find(([, t]) => t.name === name)?.[0] ?? name;

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const found = DOCS.map((file) => findDocExamples(text(file), file));
const examples = found.flatMap((f) => f.examples);

describe('documented papi examples', () => {
  it('every papi command in a fenced block shows its output or says why not', () => {
    const problems = found.flatMap((f) => f.problems).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(examples.filter((e) => e.notCompared === null).length).toBeGreaterThan(10);
  });

  for (const example of examples.filter((e) => e.notCompared === null))
    it(`${example.file}:${example.line}: papi ${example.argv.join(' ')}`, async () => {
      const { out, err } = await run(...example.argv);
      const output = `${out}${err}`;
      const difference = compareShown(example.expected, output);
      if (difference)
        expect.fail(
          `${example.file}:${example.line + 1 + difference.index}: the doc shows\n  ${difference.shown}\nwhere \`papi ${example.argv.join(' ')}\` prints\n  ${difference.got}\n\nits whole output:\n${output}`,
        );
    });
});

describe('documented engine scripts', () => {
  for (const file of DOCS)
    for (const example of scriptExamples(text(file), file))
      it(`${file}:${example.line}: the script's console.log lines print what its comments show`, async () => {
        const { printed, shown } = await runScriptExample(example, ROOT);
        expect(printed, `${file}:${example.line}`).toEqual(shown);
      });
});

describe('generated and named files', () => {
  it('docs/engine-api.md is what `npm run docs:api` writes', () => {
    const doc = text('docs/engine-api.md');
    const reference = engineApiReference();
    const marker = reference.split('\n')[0]!;
    expect(doc.slice(doc.indexOf(marker)), 'docs/engine-api.md: run `npm run docs:api`').toBe(reference);
  });

  it('every samples/ file the docs name exists', () => {
    const missing = DOCS.flatMap((file) =>
      text(file)
        .split('\n')
        .flatMap((line, k) =>
          [...line.matchAll(/samples\/[\w./-]*[\w]/g)]
            .map((m) => m[0])
            .filter((path) => !existsSync(join(ROOT, path)))
            .map((path) => `${file}:${k + 1}: ${path}`),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('every path docs/architecture.md names exists', () => {
    const named = architecturePaths(text('docs/architecture.md'));
    expect(named.length).toBeGreaterThan(40);
    const missing = named.filter((p) => !p.candidates.some((c) => existsSync(join(ROOT, c))));
    expect(
      missing.map((p) => `docs/architecture.md:${p.line}: ${p.name} (looked for ${p.candidates.join(', ')})`),
    ).toEqual([]);
    for (const p of named.filter((n) => n.name.endsWith('/')))
      for (const c of p.candidates.filter((c) => existsSync(join(ROOT, c))))
        expect(statSync(join(ROOT, c)).isDirectory(), `docs/architecture.md:${p.line}: ${c}`).toBe(true);
  });

  it('the demo command docs/architecture.md names is the one `npm start` prints', () => {
    const doc = text('docs/architecture.md');
    const named = /`papi (score [^`]*)`/.exec(doc)?.[1];
    const demo = /const demo = \[([^\]]*)\]/.exec(text('scripts/serve.ts'))?.[1];
    expect(named && shellWords(named)).toEqual(demo && [...demo.matchAll(/'([^']*)'/g)].map((m) => m[1]));
  });
});

const { h } = builtFunctions();

describe('figures quoted in prose', () => {
  it("README.md's sample 2025 plan figures are what `papi plan` prints", async () => {
    const { out } = await run('plan', 'samples/an-giang-2025-plan.json');
    const readme = text('README.md').replace(/\s+/g, ' ');
    const quoted =
      /ước tính (\d+,\d+), hạng (\d+\/\d+); chỉ tiêu cộng lại (\d+,\d+) → hạng (\d+\/\d+); xác suất vào nhóm 10\/34 năm 2025 là (\d+,\d)%/.exec(
        readme,
      );
    expect(quoted, 'the README sentence on samples/an-giang-2025-plan.json').not.toBeNull();
    const [, base, baseRank, planned, plannedRank, chance] = quoted!;
    expect(out).toContain(`Tổng điểm 2024: ${base}; tổng điểm theo chỉ tiêu: ${planned}.`);
    expect(out).toContain(`hạng ${plannedRank},`);
    expect(out).toContain(`: ${chance}%;`);
    // docs/merged-units.md quotes the same chance in both languages
    const guide = text('docs/merged-units.md').replace(/\s+/g, ' ');
    expect(guide).toContain(`xác suất đạt hạng 10 năm 2025 là ${chance}%`);
    expect(guide).toContain(`probability of rank 10 or better in 2025 ${chance!.replace(',', '.')}%`);
    expect(papiScoreRank(await run('score', '--year', '2024', '--province', 'An Giang', '--units', '2025'))).toBe(
      `${base} điểm, hạng ${baseRank}`,
    );
  });
});

/** "41,48 điểm, hạng 30/32" from the first line of `papi score`. */
const papiScoreRank = ({ out }: { out: string }) => /(\d+,\d+ điểm, hạng \d+\/\d+)/.exec(out)?.[1];

describe('documented worksheet formulas', () => {
  for (const file of DOCS)
    for (const example of excelExamples(text(file), file))
      it(`${file}:${example.line}: =PAPI.${example.name}(…)`, async () => {
        const value = await h.call(functionId(example.name), ...example.args).catch((e: unknown) => e);
        const difference = compareCell(example.shown, value);
        if (difference) expect.fail(`${file}:${example.line}: ${difference}`);
      });
});

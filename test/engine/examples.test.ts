// Doc tests: every `@example expr // => expected` in engine/ (public functions and internal helpers alike) is evaluated
// against everything the engine exports (engine/all.ts) and the published dataset, so examples in the documentation
// cannot drift from what the code does (style guide rule 5). Every public function must have one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/all';
import * as publicApi from '../../engine';
import { dataset } from '../helpers/published';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const texts = sources('engine').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const examples = texts.flatMap(({ file, text }) =>
  text.split('\n').flatMap((line, i) => {
    const match = /@example\s+(.+?)\s+\/\/ =>\s+(.+)$/.exec(line);
    return match ? [{ file, line: i + 1, expression: match[1]!, expected: match[2]! }] : [];
  }),
);

const scope = {
  ...engine,
  dataset,
  registry: dataset.provinces,
  definition: engine.definitionFor(dataset.definitions, 'papi', 2019),
};
const evaluate = (code: string): unknown => {
  const js = transformSync(`(${code})`, { loader: 'ts' }).code.trim().replace(/;$/, '');
  return new Function(...Object.keys(scope), `return ${js};`)(...Object.values(scope));
};

describe('@example doc tests', () => {
  it('finds the examples', () => expect(examples.length).toBeGreaterThan(100));
  it('every public function has an @example in its doc comment', () => {
    const functions = Object.entries(publicApi)
      .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
      .map(([name]) => name);
    expect(functions.length).toBeGreaterThan(50);
    const withoutExample = functions.filter((name) => {
      const declaration = new RegExp(
        `((?:/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\s*)?)export (?:async )?function ${name}\\b`,
      );
      const doc = texts.map(({ text }) => declaration.exec(text)).find((m) => m !== null);
      return !doc || !doc[1]!.includes('@example');
    });
    expect(withoutExample).toEqual([]);
  });
  it.each(examples)('$file:$line $expression', ({ expression, expected }) => {
    const actual = evaluate(expression);
    const wanted = evaluate(expected);
    if (typeof wanted === 'number') expect(actual).toBeCloseTo(wanted, 12);
    else expect(JSON.parse(JSON.stringify(actual))).toEqual(wanted);
  });
});

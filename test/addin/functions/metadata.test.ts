// functions.json and functions-vi.json as the build generates them: ids pinned (they live in users' workbooks),
// Vietnamese names valid for Excel, and a build that fails on metadata or translation errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, BuildError, localise, LOCALISED_NAME } from '../../../scripts/build';
import { buildFunctionsForTests } from '../../../scripts/functions-harness';

/** The ids Excel stores in workbooks: additions go at the end, nothing is renamed or removed. */
const PINNED_IDS = [
  'SCORE',
  'RANK',
  'GROUP',
  'TOTAL',
  'RANKOF',
  'SIMULATE',
  'TARGET',
  'CHANCE',
  'TABLE',
  'DIMENSIONS',
  'PAR.SCORE',
  'PAR.PERCENT',
  'PAR.GROUP',
  'PAR.LOST',
  'PAR.RANK',
  'INTERNAL.PERCENT',
  'INTERNAL.CLASS',
  'UNITS',
  'RESTATE',
  'INDEX.SCORE',
  'INDEX.RANK',
  'INDEX.SIMULATE',
];

/** Built-in Excel function names a localised name must not take (English names; Vietnamese Excel uses them too). */
const EXCEL_BUILTINS = [
  'SUM',
  'RANK',
  'RANK.EQ',
  'RANK.AVG',
  'AVERAGE',
  'COUNT',
  'TEXT',
  'VALUE',
  'TABLE',
  'GROUPBY',
  'PERCENTRANK',
  'PERCENTILE',
  'SUBTOTAL',
  'CHOOSE',
  'INDEX',
  'MATCH',
  'RUN',
  'ECHO',
];

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: unknown;
  options?: { volatile?: boolean };
}
interface Metadata {
  functions: Fn[];
}

let dir = '';
let en: Metadata;
let vi: Metadata;

beforeAll(async () => {
  dir = await buildFunctionsForTests();
  en = JSON.parse(readFileSync(join(dir, 'functions.json'), 'utf8')) as Metadata;
  vi = JSON.parse(readFileSync(join(dir, 'functions-vi.json'), 'utf8')) as Metadata;
});

describe('functions.json', () => {
  it('has exactly the pinned ids, in order, upper-case and dotted', () => {
    expect(en.functions.map((f) => f.id)).toEqual(PINNED_IDS);
  });

  it('gives every function and parameter a name and a description', () => {
    for (const f of en.functions) {
      expect(f.name, f.id).toBe(f.id);
      expect(f.description?.length, f.id).toBeGreaterThan(10);
      for (const p of f.parameters) {
        expect(p.name.length, `${f.id}.${p.name}`).toBeGreaterThanOrEqual(3);
        expect(p.description?.length, `${f.id}.${p.name}`).toBeGreaterThan(3);
      }
    }
  });

  it('declares no volatile function and keeps optional parameters after required ones', () => {
    for (const f of en.functions) {
      expect(f.options?.volatile ?? false, f.id).toBe(false);
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(
          f.parameters.slice(firstOptional).every((p) => p.optional),
          f.id,
        ).toBe(true);
    }
  });

  it('takes ranges where the functions read rows and returns spills where they spill', () => {
    const dims = (id: string) => en.functions.find((f) => f.id === id)!;
    expect(dims('SIMULATE').parameters.find((p) => p.name === 'changes')?.dimensionality).toBe('matrix');
    expect(dims('PAR.SCORE').parameters.find((p) => p.name === 'areas')?.dimensionality).toBe('matrix');
    for (const id of ['SIMULATE', 'TARGET', 'TABLE', 'DIMENSIONS', 'PAR.LOST', 'PAR.RANK'])
      expect(dims(id).result, id).toMatchObject({ dimensionality: 'matrix' });
    for (const id of ['SCORE', 'RANK', 'TOTAL', 'RANKOF', 'CHANCE', 'PAR.SCORE', 'PAR.PERCENT'])
      expect(dims(id).result, id).toEqual({ type: 'number' });
  });
});

describe('parameters are only ever appended', () => {
  /** Parameter names in order as released; a new parameter may only be added at the end. */
  const RELEASED: Record<string, string[]> = {
    SCORE: ['province', 'year', 'dimension'],
    RANK: ['province', 'year', 'dimension'],
    GROUP: ['province', 'year', 'dimension', 'lang'],
    RANKOF: ['score', 'year', 'dimension', 'province'],
    SIMULATE: ['province', 'year', 'changes', 'lang'],
    TARGET: ['province', 'year', 'target', 'caps', 'weights', 'lang'],
    CHANCE: ['province', 'year', 'target', 'changes'],
    TABLE: ['year', 'dimension', 'lang'],
  };

  it.each(Object.entries(RELEASED))(
    '%s keeps its released parameters and takes `units` last, optional',
    (id, names) => {
      const f = en.functions.find((x) => x.id === id)!;
      expect(f.parameters.map((p) => p.name)).toEqual([...names, 'units']);
      expect(f.parameters.at(-1)).toMatchObject({ optional: true, type: 'number' });
      expect(f.parameters.at(-1)!.description).toMatch(/2025.*34/);
    },
  );

  it('UNITS takes a unit and a year and spills a table', () => {
    const f = en.functions.find((x) => x.id === 'UNITS')!;
    expect(f.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ['unit', false],
      ['year', false],
      ['dimension', true],
      ['lang', true],
    ]);
    expect(f.result).toMatchObject({ dimensionality: 'matrix' });
  });
});

describe('functions-vi.json', () => {
  it('has the same ids, types and parameter order as functions.json: only names and descriptions differ', () => {
    expect(vi.functions.map((f) => f.id)).toEqual(PINNED_IDS);
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        ...f,
        name: '',
        description: '',
        parameters: f.parameters.map((p) => ({ ...p, name: '', description: '' })),
      }));
    expect(shape(vi)).toEqual(shape(en));
  });

  it('translates every function and parameter name and description', () => {
    en.functions.forEach((f, i) => {
      const v = vi.functions[i]!;
      expect(v.description, f.id).not.toBe(f.description);
      f.parameters.forEach((p, j) => expect(v.parameters[j]!.description, `${f.id}.${p.name}`).not.toBe(p.description));
    });
  });

  it('uses NFC Vietnamese names of letters, digits, "." and "_", at least 3 characters, unique, no Excel built-in', () => {
    const names = vi.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of vi.functions) {
      for (const name of [f.name, ...f.parameters.map((p) => p.name)]) {
        expect(name, f.id).toMatch(/^[\p{L}\p{N}._]{3,}$/u);
        expect(name.normalize('NFC'), f.id).toBe(name);
        expect(f.description!.normalize('NFC')).toBe(f.description);
      }
      expect(EXCEL_BUILTINS, f.id).not.toContain(f.name.toUpperCase());
      expect(f.name, f.id).toMatch(/^\p{Lu}/u);
    }
    expect(vi.functions.find((f) => f.id === 'SCORE')!.name).toBe('ĐIỂM');
  });

  it('shows the Vietnamese argument separator ";" in the examples', () => {
    expect(vi.functions.find((f) => f.id === 'SCORE')!.description).toContain('=PAPI.ĐIỂM("An Giang"; 2018)');
  });
});

describe('the build fails on metadata problems', () => {
  const metadata: Parameters<typeof localise>[0] = {
    functions: [
      {
        id: 'SCORE',
        name: 'SCORE',
        description: 'd',
        parameters: [{ name: 'province', description: 'p', type: 'string' }],
      },
    ],
  };
  const ok = {
    SCORE: { name: 'ĐIỂM', description: 'điểm', parameters: { province: { name: 'tỉnh', description: 'tỉnh' } } },
  };

  it('accepts a complete table', () => {
    expect(localise(metadata, ok).functions[0]).toMatchObject({
      id: 'SCORE',
      name: 'ĐIỂM',
      parameters: [{ name: 'tỉnh', type: 'string' }],
    });
  });

  it.each([
    ['a missing function', {}, /SCORE: no Vietnamese translation/],
    ['a missing parameter', { SCORE: { ...ok.SCORE, parameters: {} } }, /SCORE\.province: no Vietnamese translation/],
    ['a left-over function', { ...ok, RANKING: ok.SCORE }, /RANKING: no such function/],
    ['a name with a space', { SCORE: { ...ok.SCORE, name: 'ĐIỂM PAPI' } }, /must be letters/],
    [
      'a two-letter name',
      { SCORE: { ...ok.SCORE, parameters: { province: { name: 'tỉ', description: 'x' } } } },
      /must be letters/,
    ],
    ['a decomposed (NFD) name', { SCORE: { ...ok.SCORE, name: 'ĐIỂM'.normalize('NFD') } }, /not NFC|must be letters/],
    ['an empty description', { SCORE: { ...ok.SCORE, description: ' ' } }, /description is missing/],
  ])('rejects %s', (_what, table, message) => {
    expect(() => localise(metadata, table)).toThrow(BuildError);
    expect(() => localise(metadata, table)).toThrow(message);
  });

  it('rejects JSDoc the metadata generator reports an error for (its CLI would exit 0)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papi-bad-functions-'));
    const source = join(folder, 'functions.ts');
    writeFileSync(
      source,
      '/**\n * Bad.\n * @customfunction BAD\n * @param x A value.\n */\nexport function bad(x: number): Promise<(string | number)[][]> {\n  return Promise.resolve([[x]]);\n}\n',
    );
    await expect(
      build({ outDir: join(folder, 'dist'), functionsSource: source, taskpane: false, officeLocal: false }),
    ).rejects.toThrow(/metadata errors/);
  });

  it('checks the name pattern it documents', () => {
    expect(LOCALISED_NAME.test('HẠNG.GIẢ.ĐỊNH')).toBe(true);
    expect(LOCALISED_NAME.test('A-B')).toBe(false);
  });
});

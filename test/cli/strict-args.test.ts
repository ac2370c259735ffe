import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

const AG = ['--year', '2019', '--province', 'An Giang'];
const PAR_POINTS = 'a1=9,a2=9,a3=13,a4=10,a5=14,a6=6,a7=13,a8=11';

/** Every refused command line exits 1 with one bilingual message that names the input, and prints no result. */
async function refused(argv: string[], message: RegExp) {
  const result = await run(...argv);
  expect(result.code).toBe(1);
  expect(result.out).toBe('');
  expect(result.err.replace(/\n/g, ' ')).toMatch(message);
  expect(result.err).toMatch(/^Lỗi: .*Error: /s);
}

describe('strict command line: what is not declared is refused', () => {
  it.each([
    [['score', ...AG, '--yera', '2019'], /Unknown option "--yera"\. Did you mean --year\?/],
    [['simulate', ...AG, '--sett', 'd2=5.5'], /Unknown option "--sett"\. Did you mean --set\?/],
    [['score', ...AG, '--frobnicate'], /Unknown option "--frobnicate"\./],
    [['chance', ...AG, '--rank', '20', '--x', '1'], /Unknown option "--x"/],
    [['ranking', '--year', '2019', '-q'], /Unknown option "-q"/],
    // an option of another command is unknown here too
    [['score', ...AG, '--iterations', '100'], /Unknown option "--iterations"/],
  ])('unknown option %j', async (argv, message) => refused(argv, message));

  it.each([
    [
      ['score', '--year', '2019', '--year', '2020', '--province', 'An Giang'],
      /--year is given twice \("2019" and "2020"\)/,
    ],
    [['score', ...AG, '--province', 'Kiên Giang'], /--province is given twice \("An Giang" and "Kiên Giang"\)/],
    [['chance', ...AG, '--rank', '20', '--static', '--static'], /--static is given twice/],
  ])('repeated single-value option %j', async (argv, message) => refused(argv, message));

  it.each([
    [['score', ...AG, 'extra'], /Unexpected argument "extra"/],
    [['score', '--year', '2019', '--province', 'An', 'Giang'], /Unexpected argument "Giang".*quote a value/],
    [['plan', 'samples/an-giang-2020-plan.json', 'other.json'], /Unexpected argument "other\.json"/],
  ])('stray positional %j', async (argv, message) => refused(argv, message));

  it.each([
    [['score', ...AG, '--json=true'], /--json is a flag and takes no value/],
    [['chance', ...AG, '--rank', '20', '--static=false'], /--static is a flag and takes no value/],
  ])('value on a flag %j', async (argv, message) => refused(argv, message));

  it.each([
    [['score', ...AG, '--lang', 'fr'], /--lang "fr" is invalid: expected vi \| en/],
    [
      ['ranking', '--year', '2019', '--boundary', 'uper'],
      /--boundary "uper" is invalid: expected lower \| upper\. Did you mean "upper"\?/,
    ],
    [['target', ...AG, '--rank', '20', '--cap', 'realistik'], /--cap "realistik" is invalid.*Did you mean "realistic"/],
    [
      ['target', ...AG, '--rank', '20', '--level', 'sub'],
      /--level "sub" is invalid: expected dimension \| subdimension/,
    ],
  ])('value outside the choices %j', async (argv, message) => refused(argv, message));

  it.each([
    [['score', '--province', 'An Giang', '--year'], /--year has no value: expected <year>/],
    [['score', '--year', '--province', 'An Giang'], /--year has no value \(it is followed by --province\)/],
    [['simulate', ...AG, '--set'], /--set has no value/],
  ])('option without its value %j', async (argv, message) => refused(argv, message));

  it('a negative number is a value, not an option', async () => {
    const result = await json('simulate', ...AG, '--add', 'd1=-0.2');
    expect(result.scenario.dimensions[0].change).toBeCloseTo(-0.2, 10);
  });
});

describe('options that contradict each other are refused, naming both', () => {
  it('--se with --ci', async () =>
    refused(['chance', ...AG, '--rank', '20', '--se', '0.5', '--ci', '1'], /--se and --ci cannot be used together/));
  it('--rank with --group', async () =>
    refused(['chance', ...AG, '--rank', '20', '--group', 'best'], /--rank and --group cannot be used together/));
  it('--scenario with --province or --set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-'));
    const file = join(dir, 's.json');
    writeFileSync(file, JSON.stringify({ name: 'A', index: 'papi', year: 2019, changes: [] }));
    await refused(
      ['simulate', '--scenario', file, '--province', 'An Giang'],
      /--scenario and --province cannot be used together/,
    );
    await refused(['simulate', '--scenario', file, '--set', 'd1=5'], /--scenario and --set cannot be used together/);
  });
  it('--na a6 with a6= points', async () =>
    refused(
      ['score', '--index', 'par', '--year', '2019', '--points', PAR_POINTS, '--na', 'a6'],
      /a6 is both not applicable and given points \(6\): choose one/,
    ));
  it('--compare of two different years', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(
      a,
      JSON.stringify({
        name: 'A',
        index: 'papi',
        year: 2019,
        changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }],
      }),
    );
    writeFileSync(
      b,
      JSON.stringify({
        name: 'B',
        index: 'papi',
        year: 2020,
        changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }],
      }),
    );
    await refused(['simulate', '--scenario', a, '--compare', b], /"A" is papi 2019, "B" is papi 2020/);
  });
});

describe('typed values on the command line follow the engine reader', () => {
  it.each([
    [['simulate', ...AG, '--set', 'd2=0x5'], /--set d2 "0x5" is not a number/],
    [['simulate', ...AG, '--set', 'd2=5=9'], /"d2=5=9" in --set is invalid: expected code=number/],
    [['simulate', ...AG, '--set', 'd2='], /--set d2 has no value/],
    [['simulate', ...AG, '--set', 'd2=5', '--set', 'd2=6'], /d2 is given twice in --set \(5 and 6\)/],
    [['simulate', ...AG, '--set', 'd2=5,D2=6'], /d2 is given twice in --set/],
    [
      ['score', '--index', 'par', '--year', '2019', '--points', 'a1=Infinity'],
      /--points a1 "Infinity" is not a number/,
    ],
    [
      ['chance', ...AG, '--rank', '20', '--seed', '4294967296'],
      /--seed "4294967296" is invalid: expected a whole number from -2147483648 to 2147483647/,
    ],
    [['chance', ...AG, '--rank', '20', '--seed', '1.5'], /--seed "1.5" is invalid/],
    [
      ['chance', ...AG, '--rank', '20', '--iterations', '0'],
      /--iterations "0" is invalid: expected a whole number from 1/,
    ],
    [
      ['target', ...AG, '--rank', '2.5'],
      /--rank\/--group\/--total.rank "2.5" is invalid: expected a whole number from 1/,
    ],
    [
      ['target', ...AG, '--rank', '20', '--total', '60'],
      /Give exactly one goal \(rank \| group \| total\); got: rank \+ total/,
    ],
    [['chance', ...AG, '--total', '60'], /Unknown option "--total"/],
  ])('%j', async (argv, message) => refused(argv, message));

  it('a decimal comma is read the same as a point', async () => {
    const comma = await json('simulate', ...AG, '--set', 'd2=5,5;d3=6');
    const point = await json('simulate', ...AG, '--set', 'd2=5.5', '--set', 'd3=6');
    expect(comma.scenario).toEqual(point.scenario);
  });
});

describe('help and JSON errors', () => {
  it.each(['score', 'ranking', 'simulate', 'target', 'sensitivity', 'chance', 'plan', 'provinces', 'internal'])(
    'papi %s --help lists its options and one example',
    async (name) => {
      for (const flag of ['--help', '-h']) {
        const result = await run(name, flag, '--lang', 'en');
        expect(result.code).toBe(0);
        expect(result.out).toMatch(new RegExp(`^papi ${name}`));
        expect(result.out).toMatch(/--json/);
        expect(result.out).toMatch(new RegExp(`Example: papi ${name} `));
      }
      const vi = await run(name, '--help');
      expect(vi.out).toMatch(/Tùy chọn:/);
      expect(vi.out).toMatch(new RegExp(`Ví dụ: papi ${name} `));
    },
  );

  it('the example in each help runs', async () => {
    for (const name of [
      'score',
      'ranking',
      'simulate',
      'target',
      'sensitivity',
      'chance',
      'plan',
      'provinces',
      'internal',
    ]) {
      const help = (await run(name, '--help', '--lang', 'en')).out;
      const example = /Example: papi (.*)$/m.exec(help)![1]!;
      const argv = [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      const result = await run(...argv, '--json');
      expect(result.code, `${example}: ${result.out}`).toBe(0);
    }
  });

  it('with --json an error is a JSON object on stdout and the exit code stays 1', async () => {
    const result = await run('simulate', ...AG, '--sett', 'd2=5', '--json');
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    const { error } = JSON.parse(result.out);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', input: '--sett', suggestions: ['--set'], problems: [] });
    expect(error.message_vi).toMatch(/Có phải --set\?/);
    expect(error.message_en).toMatch(/Did you mean --set\?/);
    const data = await run('score', ...AG, '--province', 'X', '--json');
    expect(JSON.parse(data.out).error.message_en).toMatch(/given twice/);
  });

  it('file problems are listed in the JSON error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'province,d1,d2,d3,d4,d5,d6,d7,d8\nAn Giang,5,5,5,5,5,5,5,11\nKien Giang,5,5,5,5,5,5,5,5\n');
    const result = await run('ranking', '--year', '2024', '--data', file, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).error.problems[0]).toMatchObject({ file: 'bad.csv', row: 2, column: 'd8' });
  });

  it('an unknown command suggests the closest', async () =>
    refused(['scroe'], /Unknown command "scroe"\. Did you mean "score"\?/));
});

describe('scenario and plan files', () => {
  const write = (name: string, content: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'papi-')), name);
    writeFileSync(file, content);
    return file;
  };
  const plan = {
    name: 'x',
    province: 'An Giang',
    baselineYear: 2018,
    targetYear: 2020,
    targets: { d3: 5 },
    goal: { rank: 20 },
    iterations: 200,
    seed: 1,
  };

  it('an unknown key is refused with the closest known one', async () => {
    const scenario = write(
      's.json',
      JSON.stringify({ name: 'A', index: 'papi', year: 2019, changes: [], weigths: { d1: 2 } }),
    );
    await refused(['simulate', '--scenario', scenario], /s\.json: unknown key "weigths".*Did you mean "weights"\?/);
    const change = write(
      'c.json',
      JSON.stringify({
        name: 'A',
        index: 'papi',
        year: 2019,
        changes: [{ province: 'An Giang', measure: 'd3', ad: 1 }],
      }),
    );
    await refused(['simulate', '--scenario', change], /unknown key "changes\[0\]\.ad".*Did you mean "add"\?/);
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, iteration: 5 }))],
      /unknown key "iteration".*Did you mean "iterations"\?/,
    );
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, goal: { rnak: 5 } }))],
      /unknown key "goal\.rnak".*Did you mean "rank"\?/,
    );
  });

  it('a wrong type names the field; iterations, seed and goal are never silently defaulted', async () => {
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, iterations: '5000' }))],
      /field "iterations": expected a whole number from 1 to 10000000/,
    );
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, seed: 2 ** 40 }))],
      /field "seed": expected a whole number from -2147483648/,
    );
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, goal: undefined }))],
      /field "goal": expected a goal/,
    );
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, goal: {} }))],
      /field "goal": expected "rank", "group" and\/or "total"/,
    );
    await refused(
      ['plan', write('p.json', JSON.stringify({ ...plan, source: 7 }))],
      /field "source": expected a string/,
    );
  });

  it('a UTF-8 byte-order mark is accepted', async () => {
    const result = await json('plan', write('bom.json', `\uFEFF${JSON.stringify(plan)}`));
    expect(result.province).toBe('An Giang');
    expect(result.chance.seed).toBe(1);
  });

  it('a plan with no targets is evaluated at the baseline scores', async () => {
    const result = await json('plan', write('empty.json', JSON.stringify({ ...plan, targets: {} })));
    expect(result.dimensions).toEqual([]);
    expect(result.fields[0]).toMatchObject({ year: 2018, rank: 25, of: 61 });
    expect(result.implied_total).toBeCloseTo(result.baseline_total, 10);
  });

  it('a PAR INDEX scenario in the documented format runs', async () => {
    const file = write(
      'par.json',
      JSON.stringify({
        name: 'PAR',
        index: 'par',
        year: 2019,
        points: { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 },
        changes: [{ measure: 'a6', set: 7 }],
      }),
    );
    const result = await json('simulate', '--scenario', file);
    expect(result.base.total).toBe(85);
    expect(result.scenario.total).toBe(86);
  });
});

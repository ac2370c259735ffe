// The CLI writes numbers in the output's language: the decimal comma in Vietnamese (41,48), the point in English
// (41.48); --json keeps numbers. A Vietnamese decimal comma typed in --add is read as such; a plan file with "4,70"
// says why it is refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

const POINTS = 'a1=9,a2=9,a3=13,a4=10,a5=14,a6=6,a7=13,a8=11';
const INTERNAL = [
  '--definition',
  'samples/internal/criteria-departments.csv',
  '--units',
  'samples/internal/units.csv',
  '--scores',
  'samples/internal/scores-departments-2025.csv',
];
/** One run of every command that prints decimals (scenario names and criteria codes, which are data, left out). */
const COMMANDS: string[][] = [
  ['score', '--year', '2019', '--province', 'An Giang'],
  ['score', '--year', '2024', '--province', 'An Giang', '--units', '2025'],
  ['score', '--index', 'par', '--year', '2019', '--points', POINTS],
  ['score', '--index', 'par', '--year', '2019', '--province', 'An Giang', '--units', '2025'],
  ['ranking', '--year', '2019'],
  ['simulate', '--year', '2019', '--province', 'An Giang', '--add', 'd3=1'],
  ['simulate', '--index', 'par', '--year', '2019', '--points', POINTS, '--set', 'a6=7'],
  ['target', '--year', '2019', '--province', 'An Giang', '--rank', '10', '--cap', 'realistic'],
  ['target', '--year', '2024', '--province', 'An Giang', '--units', '2025', '--rank', '20', '--of', '63'],
  ['target', '--index', 'par', '--year', '2019', '--points', POINTS, '--group', 'A'],
  ['sensitivity', '--year', '2019', '--province', 'An Giang'],
  ['chance', '--year', '2019', '--province', 'An Giang', '--rank', '20', '--se', '0.5', '--iterations', '2000'],
  ['plan', 'samples/an-giang-2020-plan.json'],
  ['internal', 'target', ...INTERNAL, '--unit', 'SNV', '--class', 'Tốt'],
];

describe('numbers in the language of the output', () => {
  it('score --year 2024 --province "An Giang" --units 2025: 41,48 in Vietnamese, 41.48 in English, a number in JSON', async () => {
    const args = ['score', '--year', '2024', '--province', 'An Giang', '--units', '2025'];
    expect((await run(...args)).out).toContain('41,48 điểm, hạng 30/32');
    expect((await run(...args, '--lang', 'en')).out).toContain('41.48 points, rank 30 of 32');
    expect((await json(...args)).total).toBeCloseTo(41.4773, 4);
  });

  for (const argv of COMMANDS)
    it(`papi ${argv.join(' ')}: no decimal point in Vietnamese, no decimal comma in English`, async () => {
      const vi = await run(...argv);
      const en = await run(...argv, '--lang', 'en');
      expect(vi.code, vi.err).toBe(0);
      expect(vi.out.split('\n').filter((l) => /\d\.\d/.test(l))).toEqual([]);
      expect(vi.out).toMatch(/\d,\d/);
      expect(en.out.split('\n').filter((l) => /\d,\d/.test(l))).toEqual([]);
      expect(en.out).toMatch(/\d\.\d/);
    });

  it('internal results: the Vietnamese table writes decimal commas (criteria codes such as 3.6 are data)', async () => {
    const { out } = await run('internal', 'results', ...INTERNAL);
    const withoutCodes = out.replace(/^\d+(\.\d+)+\s/gm, '');
    expect(withoutCodes.split('\n').filter((l) => /\d\.\d/.test(l))).toEqual([]);
  });
});

describe('a decimal comma typed in Vietnamese', () => {
  it('--add d3=0,5 is d3 = 0.5, also before another pair; a stray piece names the accepted forms', async () => {
    const base = ['simulate', '--year', '2019', '--province', 'An Giang'];
    const point = await json(...base, '--add', 'd3=0.5,d8=1');
    expect(await json(...base, '--add', 'd3=0,5,d8=1')).toEqual(point);
    expect(await json(...base, '--add', 'd3=0,5;d8=1')).toEqual(point);
    const stray = await run(...base, '--add', 'd3=0,5,6');
    expect(stray.code).toBe(1);
    expect(stray.err).toContain('"6" trong --add không hợp lệ');
    expect(stray.err).toContain('"a1=9,5;a2=8"');
  });

  it('a plan file with "5,40" is refused naming the field, the text and the JSON form 5.40', async () => {
    const plan = JSON.parse(readFileSync('samples/an-giang-2020-plan.json', 'utf8'));
    const path = join(mkdtempSync(join(tmpdir(), 'papi-plan-')), 'plan.json');
    writeFileSync(path, JSON.stringify({ ...plan, targets: { ...plan.targets, d1: '5,40' } }));
    const r = await run('plan', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"targets.d1"');
    expect(r.err).toContain('"5,40"');
    expect(r.err).toContain('e.g. 5.40');
  });
});

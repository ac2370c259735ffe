// Inputs that were accepted and silently misread or ignored; each is now an error naming the input (issue 19).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run-cli';

const folder = () => mkdtempSync(join(tmpdir(), 'papi-silent-'));
const UNITS_2025 = 'test/fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv';

/** Expects exit 1 with a bilingual error on stderr that contains every one of `names`. */
async function refused(argv: string[], ...names: string[]) {
  const r = await run(...argv);
  expect(r.code, r.out).toBe(1);
  expect(r.err).toMatch(/^Lỗi: .* Error: /);
  for (const name of names) expect(r.err).toContain(name);
  return r.err;
}

describe('goals and weights that answer nothing', () => {
  it('target --total -5 is below the scale of the total (it said "already has a total of -5")', async () => {
    await refused(
      ['target', '--year', '2019', '--province', 'An Giang', '--total', '-5'],
      'Target total -5',
      '8 to 80',
    );
  });

  it('all-zero --weights is refused (it gave "rank 1/63" with a total of 0)', async () => {
    const zero = 'd1=0,d2=0,d3=0,d4=0,d5=0,d6=0,d7=0,d8=0';
    await refused(['simulate', '--year', '2019', '--province', 'An Giang', '--weights', zero], `Weights ${zero}`);
  });
});

describe('data files', () => {
  it('a FIFO named like a data file in --data-dir is refused without opening it (it blocked forever)', async () => {
    const dir = folder();
    const fifo = join(dir, 'papi_2019_dimensions.csv');
    execFileSync('mkfifo', [fifo]);
    // In a child process with a time limit: a regression blocks in a system call, which no in-process timeout ends.
    const r = spawnSync(
      process.execPath,
      ['bin/papi.mjs', 'score', '--year', '2019', '--province', 'An Giang', '--data-dir', dir],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.signal, 'papi blocked on the pipe').toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(fifo);
    expect(r.stderr).toContain('not a regular file');
  });

  it('a 2025 file with the 34 units and one former province is refused naming the row (it was a field of 35)', async () => {
    const dir = folder();
    const text = readFileSync(UNITS_2025, 'utf8');
    const extra = text
      .split('\n')
      .find((l) => l.startsWith('An Giang,'))!
      .replace('An Giang,91,', 'Kiên Giang,,');
    writeFileSync(join(dir, 'papi_2025_dimensions.csv'), `${text.trimEnd()}\n${extra}\n`);
    await refused(['score', '--year', '2025', '--province', 'An Giang', '--data-dir', dir], 'row 36 (Kiên Giang)');
    copyFileSync(UNITS_2025, join(dir, 'papi_2025_dimensions.csv'));
    expect((await run('score', '--year', '2025', '--province', 'An Giang', '--data-dir', dir)).code).toBe(0);
  });
});

describe('files without values, and a cell in hex', () => {
  const write = (name: string, text: string) => {
    const path = join(folder(), name);
    writeFileSync(path, text);
    return path;
  };

  it('a header-only --sipas-data or --par-data file is refused (it was accepted)', async () => {
    const sipas = write('sipas_2022.csv', 'province,year,sipas,sipas_rank\n');
    await refused(
      ['ranking', '--index', 'sipas', '--year', '2022', '--sipas-data', sipas],
      'sipas_2022.csv',
      'no rows',
    );
    const par = write('parindex_2019.csv', 'province,total,rank\n');
    await refused(
      ['score', '--index', 'par', '--year', '2019', '--province', 'An Giang', '--par-data', par],
      'parindex_2019.csv',
      'no rows',
    );
  });

  it('a data file that names provinces but gives no value is refused (it was a year of missing values)', async () => {
    const sipas = write('sipas_2022.csv', 'province,year,sipas,sipas_rank\nAn Giang,2022,,\nKiên Giang,2022,,\n');
    await refused(['ranking', '--index', 'sipas', '--year', '2022', '--sipas-data', sipas], 'names 2 provinces');
    const papi = write(
      'papi_2019_dimensions.csv',
      'province,d1,d2,d3,d4,d5,d6,d7,d8\nAn Giang,,,,,,,,\nHà Nội,,,,,,,,\n',
    );
    await refused(['score', '--year', '2019', '--province', 'An Giang', '--data', papi], 'names 2 provinces');
  });

  it('0x5 in a data file cell is not a number (it read as 5)', async () => {
    const published = readFileSync('data/papi/papi_2019_dimensions.csv', 'utf8');
    const hex = published.replace(/^(An Giang,[^,]*,[^,]*,[^,]*,)[^,]*/m, '$10x5');
    expect(hex).not.toBe(published);
    const path = write('papi_2019_dimensions.csv', hex);
    await refused(['score', '--year', '2019', '--province', 'An Giang', '--data', path], '"0x5"', '[d1]');
  });
});

describe('keys named like object internals', () => {
  it('--set __proto__=5 is an unknown measure (it said "given twice ([object Object] and 5)")', async () => {
    const base = ['simulate', '--year', '2019', '--province', 'An Giang'];
    const err = await refused([...base, '--set', '__proto__=5'], '"__proto__" is not a measure');
    expect(err).not.toContain('[object Object]');
    await refused([...base, '--weights', '__proto__=5'], '"__proto__=5"');
  });
});

describe('a plan for 2025 that does not say which An Giang it means', () => {
  it('is refused naming the province and both ways to say it (it was checked as the former province, no warning)', async () => {
    const plan = JSON.parse(readFileSync('samples/an-giang-2025-plan.json', 'utf8'));
    delete plan.units;
    const path = join(folder(), 'plan.json');
    writeFileSync(path, JSON.stringify(plan));
    await refused(['plan', path], 'plan.json', '"An Giang"', '"units": 2025', '"units": 63');
    expect((await run('plan', path, '--units', '2025')).code).toBe(0);
    writeFileSync(path, JSON.stringify({ ...plan, units: 63 }));
    expect((await run('plan', path)).code).toBe(0);
  });
});

describe('a methodology for other years', () => {
  it('--definition for 2025- with --year 2019 is refused naming the file and both years (it was loaded and unused)', async () => {
    await refused(
      [
        'score',
        '--year',
        '2019',
        '--province',
        'An Giang',
        '--definition',
        'samples/formats/papi-2025-definition.example.json',
      ],
      'papi-2025-definition.example.json',
      'years 2025-',
      'year 2019',
    );
  });
});

describe('papi internal options that were ignored', () => {
  const INTERNAL = [
    '--definition',
    'samples/internal/criteria-departments.csv',
    '--units',
    'samples/internal/units.csv',
    '--scores',
    'samples/internal/scores-departments-2025.csv',
  ];
  it('results with --unit or --class is refused naming the option (it listed every unit and ignored them)', async () => {
    await refused(['internal', 'results', ...INTERNAL, '--unit', 'SNV'], '--unit', 'papi internal results');
    await refused(['internal', 'results', ...INTERNAL, '--class', 'Tốt'], '--class');
  });
  it('--classes for a kind no unit has is refused naming the kinds (the default bands were used, no warning)', async () => {
    await refused(
      ['internal', 'results', ...INTERNAL, '--classes', 'ubnd_huyen:Tốt>=85,Yếu'],
      'ubnd_huyen',
      'so_ban_nganh, ubnd_xa',
    );
    expect((await run('internal', 'results', ...INTERNAL, '--classes', 'ubnd_xa:Tốt>=85,Yếu')).code).toBe(0);
  });
});

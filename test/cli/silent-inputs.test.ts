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

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  MAX_LISTED_PROBLEMS,
  parseParCriteria,
  definitionFor,
  readCsv,
  withParResults,
} from '../../engine/all';
import { dataset } from '../helpers/published';
import { json, run } from '../helpers/run-cli';

const dir = () => mkdtempSync(join(tmpdir(), 'papi-bounded-'));
const HEADER = 'province,d1,d2,d3,d4,d5,d6,d7,d8';

async function refused(argv: string[], message: RegExp) {
  const result = await run(...argv);
  expect(result.code).toBe(1);
  expect(result.err.replace(/\n/g, ' ')).toMatch(message);
  return result;
}

describe('user files are bounded before they are parsed', () => {
  it('a directory is refused without reading', async () => {
    const folder = dir();
    mkdirSync(join(folder, 'year.csv'));
    await refused(['ranking', '--year', '2024', '--data', join(folder, 'year.csv')], /is a directory, not a file/);
  });

  it('/dev/zero is refused without reading to its end', async () => {
    const started = Date.now();
    await refused(['ranking', '--year', '2024', '--data', '/dev/zero'], /larger than 20 MB: not read/);
    expect(Date.now() - started).toBeLessThan(20_000); // it stops at the limit (an endless read would never return)
  });

  it('a file over 20 MB is refused from its size', async () => {
    const file = join(dir(), 'big.csv');
    writeFileSync(file, `${HEADER}\n${'An Giang,5,5,5,5,5,5,5,5\n'.repeat(900_000)}`);
    await refused(['ranking', '--year', '2024', '--data', file], /larger than 20 MB/);
  });

  it('a cell over 1,000 characters is refused, located', async () => {
    const file = join(dir(), 'long.csv');
    writeFileSync(file, `${HEADER}\n${'x'.repeat(1001)},5,5,5,5,5,5,5,5\nKien Giang,5,5,5,5,5,5,5,5\n`);
    const result = await refused(['ranking', '--year', '2024', '--data', file], /cells that are too long/);
    expect(result.err).toContain('long.csv:2 [province]: Ô dài 1001 ký tự');
    expect(() => readCsv('a\n' + 'y'.repeat(1000), 'ok.csv')).not.toThrow();
  });

  it('at most 20 problems are listed, then "and N more"', async () => {
    const file = join(dir(), 'many.csv');
    writeFileSync(
      file,
      `${HEADER}\n${Array.from({ length: 30 }, (_, i) => `Atlantis ${i},5,5,5,5,5,5,5,5`).join('\n')}\n`,
    );
    const result = await run('ranking', '--year', '2024', '--data', file, '--json');
    const { error } = JSON.parse(result.out);
    expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(error.problems.at(-1).message_en).toBe('and 10 more');
    expect(error.more_problems).toBe(10);
    const text = await run('ranking', '--year', '2024', '--data', file);
    expect(text.err).toContain('và 10 lỗi khác / and 10 more');
    expect(text.err.split('\n').filter((l) => l.includes('many.csv')).length).toBe(MAX_LISTED_PROBLEMS);
  });
});

describe('user files that are too small or contradict themselves', () => {
  it('a header-only or one-row PAPI year is refused unless --allow-partial', async () => {
    const folder = dir();
    const header = join(folder, 'header.csv');
    const one = join(folder, 'one.csv');
    writeFileSync(header, `${HEADER}\n`);
    writeFileSync(one, `${HEADER}\nAn Giang,5,5,5,5,5,5,5,5\n`);
    await refused(['ranking', '--year', '2024', '--data', header], /has a header but no rows/);
    await refused(['ranking', '--year', '2024', '--data', one], /holds 1 province\(s\).*--allow-partial/);
    const partial = await json('ranking', '--year', '2024', '--data', one, '--allow-partial');
    expect(partial.map((r: { province: string; rank: number; of: number }) => [r.province, r.rank, r.of])).toEqual([
      ['An Giang', 1, 1],
    ]);
  });

  it("PAR INDEX rows: a year other than the file's, and a higher total ranked after a lower one, are refused", () => {
    const wrongYear = { file: 'par.csv', text: 'province,year,total,rank\nAn Giang,2018,85,2\nHà Nội,2019,90,1\n' };
    expect(() => withParResults(dataset, 2019, wrongYear)).toThrowError(
      expect.objectContaining({ problems: [expect.objectContaining({ row: 2, column: 'year' })] }),
    );
    const order = { file: 'par.csv', text: 'province,year,total,rank\nAn Giang,2019,85,1\nHà Nội,2019,90,2\n' };
    expect(() => withParResults(dataset, 2019, order)).toThrowError(
      expect.objectContaining({
        problems: [expect.objectContaining({ row: 3, en: 'Total 90 is above 85 (line 2) but rank 2 is after rank 1' })],
      }),
    );
    const fine = { file: 'par.csv', text: 'province,year,total,rank\nAn Giang,2019,85,2\nHà Nội,2019,90,1\n' };
    expect(withParResults(dataset, 2019, fine).par.get(2019)!.known).toHaveLength(2);
  });

  it('a criteria tree with a cycle is refused', () => {
    const text = 'code,parent,name_vi,max\nc1,a1,Một,10\nx,y,X,1\ny,x,Y,1\n';
    try {
      parseParCriteria({ file: 'tree.csv', text }, definitionFor(dataset.definitions, 'par', 2019));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).problems.map((p) => p.en)).toContain('Parent cycle: x → y → x');
    }
  });

  it('a semicolon-separated sub-dimension file is recognised', async () => {
    const folder = dir();
    const main = join(folder, 'dims.csv');
    const sub = join(folder, 'd8.csv');
    writeFileSync(main, `${HEADER.replaceAll(',', ';')}\nAn Giang;5;5;5;5;5;5;5;5\nKien Giang;6;5;5;5;5;5;5;5\n`);
    writeFileSync(sub, 'province;d8;d8_1;d8_2\nAn Giang;5;2,5;2,5\nKien Giang;5;2;3\n');
    const rows = await json('ranking', '--year', '2018', '--data', main, '--data', sub, '--dimension', 'd8_1');
    expect(rows.map((r: { province: string; total: number }) => [r.province, r.total])).toEqual([
      ['An Giang', 2.5],
      ['Kiên Giang', 2],
    ]);
  });

  it('control characters from files and arguments are escaped when printed', async () => {
    const result = await run('score', '--year', '2019', '--province', 'An\u001b[31mGiang\u0007');
    expect(result.code).toBe(1);
    expect(result.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.err).toContain('\\x1b[31m');
  });
});

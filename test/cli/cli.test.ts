import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

describe('papi score --index papi', () => {
  it('prints the JSON contract', async () => {
    const result = await json('score', '--index', 'papi', '--year', '2018', '--province', 'An Giang');
    expect(result).toMatchObject({
      province: 'An Giang',
      province_ascii: 'An Giang',
      gso_code: '89',
      year: 2018,
      rank: 25,
      of: 61,
      group: 'high-average',
    });
    expect(result.total).toBeCloseTo(44.43, 2);
    expect(result.dimensions).toHaveLength(8);
    expect(result.dimensions[0]).toMatchObject({ code: 'd1', rank: 59, of: 63, group: 'poor' });
    expect(Object.keys(result.dimensions[0])).toEqual(expect.arrayContaining(['code', 'score', 'rank', 'of', 'group']));
  });

  it('prints a readable table in Vietnamese by default and English on request', async () => {
    const vi = await run('score', '--year', '2018', '--province', 'quang tri');
    expect(vi.out).toMatch(/PAPI 2018 – Quảng Trị: 46\.08 điểm, hạng 6\/61, Nhóm đạt điểm cao nhất/);
    const en = await run('score', '--year', '2018', '--province', 'quang tri', '--lang', 'en');
    expect(en.out).toMatch(/rank 6 of 61, Best performers/);
  });
});

describe('papi ranking', () => {
  it('prints an array sorted by rank with the per-province fields, for the total or a dimension', async () => {
    const total = await json('ranking', '--index', 'papi', '--year', '2019');
    expect(total).toHaveLength(63);
    expect(total.map((r: { rank: number }) => r.rank)).toEqual(
      [...total.map((r: { rank: number }) => r.rank)].sort((a, b) => a - b),
    );
    expect(Object.keys(total[0])).toEqual(
      expect.arrayContaining(['province', 'province_ascii', 'gso_code', 'year', 'total', 'rank', 'of', 'group']),
    );
    const d3 = await json('ranking', '--year', '2019', '--dimension', 'd3');
    expect(d3[0].total).toBeGreaterThan(d3[62].total);
  });

  it('ranks a user-supplied year from --data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-'));
    const file = join(dir, 'mine.csv');
    writeFileSync(file, 'province,d1,d2,d3,d4,d5,d6,d7,d8\nAn Giang,5,5,5,5,5,5,5,5\nKien Giang,6,5,5,5,5,5,5,5\n');
    const rows = await json('ranking', '--year', '2024', '--data', file);
    expect(rows.map((r: { province: string; rank: number; of: number }) => [r.province, r.rank, r.of])).toEqual([
      ['Kiên Giang', 1, 2],
      ['An Giang', 2, 2],
    ]);
  });
});

describe('papi score --index par', () => {
  it('prints total, percent, group, points lost and the rank estimate', async () => {
    const result = await json(
      'score',
      '--index',
      'par',
      '--year',
      '2019',
      '--points',
      'a1=9,a2=9,a3=13,a4=10,a5=14,a6=6,a7=13,a8=11',
    );
    expect(result).toMatchObject({ total: 85, percent: 85, group: 'B' });
    expect(result.points_lost[0]).toMatchObject({ code: 'a8', lost: 4.5 });
    expect(result.rank_estimate).toMatchObject({ low: 2, high: 2, known: 12 });
  });
});

describe('bad input: non-zero exit, one bilingual paragraph naming the input, no stack trace', () => {
  it.each([
    [
      ['score', '--year', '2019', '--province', 'Quang Tr'],
      /Quang Tr.*Quảng Trị.*Error: Unknown province "Quang Tr"\. Did you mean Quảng Trị\?/,
    ],
    [['score', '--year', '2031', '--province', 'An Giang'], /2031.*Error: No PAPI data for 2031/],
    [['score', '--year', 'abc', '--province', 'An Giang'], /"abc" không hợp lệ.*Year "abc" is invalid/],
    [['ranking', '--year', '2019', '--dimension', 'd9'], /"d9".*Error: "d9" is not a measure/],
    [['score', '--index', 'par', '--year', '2019', '--points', 'a1=99'], /Error: PAR INDEX 2019 points are invalid/],
    [
      ['score', '--index', 'pcii', '--year', '2019'],
      /Error: --index "pcii" is invalid: expected papi \| par \| sipas \| pci\. Did you mean "pci"/,
    ],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('%j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.replace(/\n/g, ' ')).toMatch(message);
    expect(result.err).toMatch(/^Lỗi|^Lệnh/);
    expect(result.err).not.toMatch(/\s+at\s.+:\d+:\d+/);
  });

  it('a malformed --data file lists every problem with file, row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'province,d1,d2,d3,d4,d5,d6,d7,d8\nAn Giang,5,5,5,5,5,5,5,11\nAtlantis,5,5,5,5,5,5,5,5\n');
    const result = await run('ranking', '--year', '2024', '--data', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('bad.csv:2 [d8]: 11 nằm ngoài khoảng [1, 10] / 11 is outside [1, 10]');
    expect(result.err).toContain('bad.csv:3 [province]');
  });
});

describe('the installed command', () => {
  it('`npx papi` runs the CLI and exits non-zero on bad input', () => {
    const out = execFileSync('npx', ['papi', 'score', '--year', '2020', '--province', 'An Giang', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    expect(JSON.parse(out)).toMatchObject({ year: 2020, rank: 14, of: 63 });
    const bad = spawnSync('node', ['bin/papi.mjs', 'score', '--year', '2020', '--province', 'Nowhere'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Unknown province "Nowhere"/);
  });
});

import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

describe('papi backtest', () => {
  it('--json: rows {year, province, p5, median, p95, actual_rank, prob, groups, actual_group} and a summary', async () => {
    const r = await json('backtest', '--from', '2021', '--to', '2022', '--iterations', '400', '--seed', '3');
    expect(r).toMatchObject({ units: 63, from: 2021, to: 2022, iterations: 400, seed: 3 });
    expect(new Set(r.rows.map((row: { year: number }) => row.year))).toEqual(new Set([2021, 2022]));
    expect(Object.keys(r.rows[0])).toEqual(
      expect.arrayContaining([
        'year',
        'province',
        'p5',
        'median',
        'p95',
        'actual_rank',
        'prob',
        'groups',
        'actual_group',
      ]),
    );
    expect(Object.keys(r.rows[0].prob)).toEqual(['10', '20', '32']);
    expect(Object.keys(r.rows[0].groups)).toEqual(['best', 'high-average', 'low-average', 'poor']);
    expect(Object.keys(r.summary)).toEqual(
      expect.arrayContaining(['coverage', 'below', 'above', 'mean_width', 'brier', 'reliability', 'baselines']),
    );
    expect(Object.keys(r.summary.baselines)).toEqual(['no_movement', 'past_errors']);
    expect(r.summary.cases).toBe(r.rows.length);
    expect(r.years.map((y: { year: number }) => y.year)).toEqual([2021, 2022]);
  });

  it('--units 2025 back-tests the 34 units', async () => {
    const r = await json('backtest', '--units', '2025', '--from', '2022', '--to', '2022', '--iterations', '200');
    expect(r.units).toBe(2025);
    expect(r.rows.every((row: { of: number }) => row.of <= 34)).toBe(true);
  });

  it('prints a bilingual table (Vietnamese number format) and refuses a range with no field year', async () => {
    const vi = await run('backtest', '--from', '2022', '--to', '2022', '--iterations', '200', '--lang', 'vi');
    expect(vi.out).toMatch(/Kiểm định lại, năm dữ liệu 2022–2022/);
    expect(vi.out).toMatch(/\d,\d%/);
    const en = await run('backtest', '--from', '2022', '--to', '2022', '--iterations', '200', '--lang', 'en');
    expect(en.out).toMatch(/Back-test, field years 2022–2022/);
    const bad = await run('backtest', '--from', '2030', '--to', '2031');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/Không có năm dữ liệu nào/);
    expect(bad.err).toMatch(/No field year to back-test/);
  });
});

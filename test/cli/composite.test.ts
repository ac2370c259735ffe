// `--index pci` (the registered composite index) and `--index-definition FILE --data FILE` (a user's index) through
// the same commands as PAPI: ranking, score, simulate, target, sensitivity; and the examples of
// docs/composite-indices.md, run.
import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

const USER = ['--index-definition', 'test/fixtures/user-index/ddci-synthetic.csv'];
const USER_DATA = ['--data', 'test/fixtures/user-index/ddci-synthetic-data.csv'];

describe('papi --index pci', () => {
  it('simulate --add transparency=1 moves An Giang 2016 by +2.0 (20 %) and its rank from 38th', async () => {
    const r = await json(
      'simulate',
      '--index',
      'pci',
      '--year',
      '2016',
      '--province',
      'An Giang',
      '--add',
      'transparency=1',
    );
    expect(r.base.total.toFixed(2)).toBe('57.79');
    expect(r.base.rank).toBe(38);
    expect(r.scenario.total - r.base.total).toBeCloseTo(2, 10);
    expect(r.scenario.rank).toBe(23);
    expect(r.measures.find((m: { code: string }) => m.code === 'transparency').weight).toBe(20);
    const legal = await json(
      'simulate',
      '--index',
      'pci',
      '--year',
      '2016',
      '--province',
      'An Giang',
      '--add',
      'legal_institutions=1',
    );
    expect(legal.scenario.total - legal.base.total).toBeCloseTo(0.5, 10);
    expect(legal.scenario.rank).toBe(32);
    const text = await run(
      'simulate',
      '--index',
      'pci',
      '--year',
      '2016',
      '--province',
      'An Giang',
      '--add',
      'transparency=1',
      '--lang',
      'en',
    );
    expect(text.out).toContain('Baseline: 57.79, rank 38 of 63');
    expect(text.out).toContain('Scenario: 59.79, rank 23 of 63');
  });

  it('ranking 2016: Đà Nẵng 70.00 first, TP. Hồ Chí Minh 61.72 eighth; 2011 reports its differences', async () => {
    const r = await json('ranking', '--index', 'pci', '--year', '2016');
    expect(r.rows[0]).toMatchObject({ unit: 'Đà Nẵng', rank: 1, of: 63 });
    expect(r.rows[0].total.toFixed(2)).toBe('70.00');
    expect(r.rows.find((x: { unit: string }) => x.unit === 'TP. Hồ Chí Minh').rank).toBe(8);
    const y2011 = await run('ranking', '--index', 'pci', '--year', '2011', '--lang', 'en');
    expect(y2011.out).toMatch(
      /An Giang 2011: the published total 62\.22 differs from the weighted sum .* 61\.78 by 0\.44/,
    );
  });

  it('target --rank 30 and sensitivity show the weights', async () => {
    const t = await json('target', '--index', 'pci', '--year', '2016', '--province', 'An Giang', '--rank', '30');
    expect(t.reachable).toBe(true);
    expect(t.scenario.rank).toBe(30);
    const s = await json('sensitivity', '--index', 'pci', '--year', '2016', '--province', 'tp hcm');
    expect(s.unit).toBe('TP. Hồ Chí Minh');
    expect(s.measures.slice(0, 3).map((m: { weight: number }) => m.weight)).toEqual([20, 20, 20]);
  });

  it('a year without known weights or data is an error naming what is known; chance refuses pci', async () => {
    const r = await run('score', '--index', 'pci', '--year', '2023', '--province', 'An Giang');
    expect(r.code).toBe(1);
    expect(r.err).toContain('2023');
    const units = await run('ranking', '--index', 'pci', '--year', '2016', '--units', '2025');
    expect(units.code).toBe(1);
    expect(units.err).toContain('--units 2025 does not apply to PCI');
    const chance = await run('chance', '--index', 'pci', '--year', '2016', '--province', 'An Giang');
    expect(chance.code).toBe(1);
    expect(chance.err).toContain('papi');
  });
});

describe('papi --index pci --data FILE: a later year with only the top N published (synthetic fixture)', () => {
  const DATA = ['--data', 'test/fixtures/pci/pci_2024_SYNTHETIC_top3.csv'];
  it('ranks inside the published top 3 and says "outside it" for the others, of the 63 provinces', async () => {
    const r = await json('ranking', '--index', 'pci', '--year', '2024', ...DATA);
    expect(r.weights).toBe('inferred');
    expect(
      r.rows.map((x: { unit: string; rank: number | null; rank_label: { en: string } }) => [
        x.unit,
        x.rank,
        x.rank_label.en,
      ]),
    ).toEqual([
      ['Quảng Ninh', 1, '1, in the published top 3'],
      ['Hải Phòng', 2, '2, in the published top 3'],
      ['Long An', 3, '3, in the published top 3'],
      ['An Giang', null, 'outside the published top 3'],
      ['Thanh Hóa', null, 'outside the published top 3'],
    ]);
    expect(r.rows[0].of).toBe(63);
  });

  it('a what-if and a target against the published top 3 (the 3rd published total)', async () => {
    const s = await json(
      'simulate',
      '--index',
      'pci',
      '--year',
      '2024',
      ...DATA,
      '--province',
      'An Giang',
      '--add',
      'informal_charges=4',
    );
    expect(s.base.total).toBeCloseTo(61, 10);
    expect(s.scenario.total).toBeCloseTo(67, 10);
    expect(s.scenario.rank_label.en).toBe('outside the published top 3');
    const t = await json(
      'target',
      '--index',
      'pci',
      '--year',
      '2024',
      ...DATA,
      '--province',
      'An Giang',
      '--rank',
      '3',
    );
    expect(t.required_total).toBe(70);
    expect(t.reachable).toBe(true);
    expect(t.scenario.rank_label.en).toBe('3, in the published top 3');
  });
});

describe('papi --index-definition FILE --data FILE (synthetic fixture)', () => {
  it('ranking, score, simulate and target of a user-defined index, from files only', async () => {
    const ranking = await json('ranking', ...USER, ...USER_DATA, '--year', '2024');
    expect(ranking.index).toBe('ddci-synthetic');
    expect(
      ranking.rows.map((r: { unit: string; rank: number; group: { vi: string } }) => [r.unit, r.rank, r.group.vi]),
    ).toEqual([
      ['Sở Synthetic A', 1, 'Rất tốt'],
      ['Sở Synthetic D', 2, 'Tốt'],
      ['Sở Synthetic B', 3, 'Tốt'],
      ['Sở Synthetic C', 4, 'Trung bình'],
      ['Sở Synthetic E', 5, 'Trung bình'],
    ]);
    const score = await json('score', ...USER, ...USER_DATA, '--year', '2024', '--unit', 'Sở Synthetic C');
    expect(score.base.total).toBeCloseTo(48, 10);
    const simulate = await json(
      'simulate',
      ...USER,
      ...USER_DATA,
      '--year',
      '2024',
      '--unit',
      'Sở Synthetic C',
      '--add',
      'access=1',
    );
    expect(simulate.scenario.total).toBeCloseTo(51, 10);
    expect(simulate.scenario.group.vi).toBe('Khá');
    const target = await json(
      'target',
      ...USER,
      ...USER_DATA,
      '--year',
      '2024',
      '--unit',
      'Sở Synthetic C',
      '--group',
      'Tốt',
    );
    expect(target.required_total).toBe(60);
    expect(target.scenario.group.vi).toBe('Tốt');
  });

  it('a bad definition file is refused naming the row and field', async () => {
    const r = await run(
      'ranking',
      '--index-definition',
      'test/fixtures/user-index/ddci-synthetic-data.csv',
      ...USER_DATA,
      '--year',
      '2024',
      '--lang',
      'en',
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/# id/);
  });
});

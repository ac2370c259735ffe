import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

const S = 'samples/internal';
const base = [
  '--definition',
  `${S}/criteria-communes.csv`,
  '--units',
  `${S}/units.csv`,
  '--scores',
  `${S}/scores-communes-2025.csv`,
];

describe('papi internal', () => {
  it('results --json has the documented shape', async () => {
    const out = await json('internal', 'results', ...base);
    expect(out.units).toHaveLength(100);
    const unit = out.units[0];
    for (const key of [
      'unit',
      'name',
      'kind',
      'group',
      'self_total',
      'appraised_total',
      'survey',
      'total',
      'percent',
      'rank',
      'of',
      'class',
      'complete',
      'missing',
      'lost',
    ])
      expect(unit).toHaveProperty(key);
    expect(Object.keys(unit.lost[0]).sort()).toEqual(['code', 'points']);
    expect(out.criteria_lost[0]).toEqual(
      expect.objectContaining({ code: expect.any(String), points: expect.any(Number) }),
    );
    expect(unit).toEqual(expect.objectContaining({ kind: 'ubnd_xa', rank: 1, of: 26, complete: true, missing: [] }));
  });

  it('--classes overrides the bands; a kind prefix applies to that kind only', async () => {
    const plain = await json('internal', 'results', ...base, '--classes', 'A>=95,B');
    expect(new Set(plain.units.map((u: { class: string }) => u.class))).toEqual(new Set(['A', 'B']));
    const other = await json('internal', 'results', ...base, '--classes', 'so_ban_nganh:A>=95,B');
    expect(other.units[0].class).toBe('Xuất sắc');
  });

  it('--previous adds the change', async () => {
    const out = await json('internal', 'results', ...base, '--previous', `${S}/scores-communes-2024.csv`);
    expect(out.units[0].change).toEqual({ percent: expect.any(Number), rank: expect.any(Number) });
  });

  it('check and target, text in both languages', async () => {
    const vi = await run('internal', 'check', '--definition', `${S}/criteria-departments.csv`);
    expect(vi.out).toContain('Bộ tiêu chí hợp lệ: 7 lĩnh vực');
    const target = await json('internal', 'target', ...base, '--unit', 'X010', '--class', 'Tốt');
    expect(target).toEqual(expect.objectContaining({ unit: 'X010', reachable: true }));
    const en = await run('internal', 'target', ...base, '--unit', 'X010', '--rank', '3', '--lang', 'en');
    expect(en.out).toMatch(/rank 3/);
  });

  it('a bad score file exits 1 naming file, row and field', async () => {
    const r = await run(
      'internal',
      'results',
      '--definition',
      `${S}/criteria-communes.csv`,
      '--units',
      `${S}/units.csv`,
      '--scores',
      `${S}/criteria-communes.csv`,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('criteria-communes.csv:1 [unit]');
    const sub = await run('internal', 'rank');
    expect([sub.code, sub.err]).toEqual([
      1,
      expect.stringContaining('check, results, target, workbook, sheets or consolidate'),
    ]);
  });
});

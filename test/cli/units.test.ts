import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';

describe('--units 2025 on the PAPI commands', () => {
  it("score: today's fields plus the unit (predecessors, method, weights, completeness) and its standing among the units", async () => {
    const r = await json('score', '--index', 'papi', '--year', '2024', '--province', 'An Giang', '--units', '2025');
    expect(r).toMatchObject({ province: 'An Giang', gso_code: '91', year: 2024, rank: 30, of: 32, group: 'poor' });
    expect(r.dimensions).toHaveLength(8);
    expect(r.unit).toMatchObject({ name: 'An Giang', gso_code: '91', complete: true, estimated: true });
    expect(r.unit.predecessors.map((p: { province: string }) => p.province)).toEqual(['An Giang', 'Kiên Giang']);
    expect(r.unit.predecessors[0]).toEqual(expect.objectContaining({ weight: 1907400, total: expect.any(Number) }));
    expect(r.unit.method.en).toContain('weighted mean');
    expect(r.unit.weights_source.en).toContain('population');
    expect(r.warnings[0].en).toMatch(/^Estimate/);
    const plain = await json('score', '--index', 'papi', '--year', '2024', '--province', 'An Giang');
    expect(plain).toMatchObject({ gso_code: '89', of: 61, unit: null });
  });

  it('score: an incomplete unit names the missing former province', async () => {
    const r = await json('score', '--year', '2024', '--province', 'Phú Thọ', '--units', '2025');
    expect(r.unit.complete).toBe(false);
    expect(r.rank).toBeNull();
    expect(r.unit.missing[0]).toEqual({ measure: 'total', provinces: ['Vĩnh Phúc'] });
  });

  it('ranking lists the 34 units; target and chance work for a merged unit', async () => {
    const rows = await json('ranking', '--index', 'papi', '--year', '2024', '--units', '2025');
    expect(rows).toHaveLength(34);
    expect(rows.filter((x: { rank: number | null }) => x.rank !== null)).toHaveLength(32);
    const target = await json(
      'target',
      '--index',
      'papi',
      '--year',
      '2024',
      '--province',
      'An Giang',
      '--units',
      '2025',
      '--rank',
      '10',
    );
    expect(target).toMatchObject({ gso_code: '91', reachable: true, scenario: { rank: 10, of: 32 } });
    const chance = await json(
      'chance',
      '--index',
      'papi',
      '--year',
      '2024',
      '--province',
      'An Giang',
      '--units',
      '2025',
      '--rank',
      '28',
      '--iterations',
      '2000',
    );
    expect(chance.of).toBe(32);
    expect(chance.probability).toBeGreaterThan(0);
    expect(chance.assumptions.some((a: { en: string }) => a.en.startsWith('Estimate'))).toBe(true);
    const sensitivity = await json('sensitivity', '--year', '2024', '--province', 'Cần Thơ', '--units', '2025');
    expect(sensitivity.of).toBe(32);
    const simulate = await json(
      'simulate',
      '--year',
      '2024',
      '--province',
      'An Giang',
      '--units',
      '2025',
      '--add',
      'd8=0.5',
    );
    expect(simulate.scenario.of).toBe(32);
  });

  it('target --rank 20 --of 63 is restated among the 34 and says how', async () => {
    const r = await json(
      'target',
      '--year',
      '2024',
      '--province',
      'An Giang',
      '--units',
      '2025',
      '--rank',
      '20',
      '--of',
      '63',
    );
    expect(r.restated).toMatchObject({ from: { rank: 20, of: 63 }, rank: 11, of: 34 });
    expect(r.restated.rule.en).toContain('rounded up');
    expect(r.goal).toEqual({ rank: 11 });
  });

  it("a former province's name among the units says which unit it is now part of", async () => {
    const r = await run('score', '--year', '2024', '--province', 'Kiên Giang', '--units', '2025');
    expect(r.code).toBe(1);
    expect(r.err).toContain('part of An Giang');
  });

  it('provinces --units 2025 shows type, centre and predecessors', async () => {
    const rows = await json('provinces', '--units', '2025');
    expect(rows).toHaveLength(34);
    expect(rows.find((x: { gso_code: string }) => x.gso_code === '79')).toMatchObject({
      unit: 'TP. Hồ Chí Minh',
      type: 'thanh_pho_truc_thuoc_tw',
      merged: true,
    });
    expect((await json('provinces'))[0]).toMatchObject({ type: 'thanh_pho_truc_thuoc_tw', unit_2025_code: '01' });
  });

  it('plan samples/an-giang-2025-plan.json', async () => {
    const r = await json('plan', 'samples/an-giang-2025-plan.json');
    expect(r).toMatchObject({ gso_code: '91', units: 2025, baseline_year: 2024, goal: { rank: 10 } });
    expect(r.fields[0]).toMatchObject({ year: 2024, rank: 9, of: 32 });
  });
});

describe('user files: weights, data folder, definition, SIPAS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papi-units-'));

  it('--unit-weights replaces the populations; a bad row is refused by line', async () => {
    const equal = join(dir, 'equal.csv');
    const provinces = (await json('provinces')) as { gso_code: string }[];
    writeFileSync(equal, `province,weight\n${provinces.map((p) => `${p.gso_code},1`).join('\n')}\n`);
    const r = await json('score', '--year', '2022', '--province', 'TP HCM', '--units', '2025', '--unit-weights', equal);
    expect(r.total).toBeCloseTo(r.unit.simple_mean, 5);
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `province,weight\n${provinces.map((p) => `${p.gso_code},${p.gso_code === '77' ? '-1' : '1'}`).join('\n')}\n`,
    );
    const refused = await run(
      'score',
      '--year',
      '2022',
      '--province',
      'TP HCM',
      '--units',
      '2025',
      '--unit-weights',
      bad,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/bad\.csv:\d+ \[weight\].*greater than 0/);
    const contradictory = await run(
      'score',
      '--year',
      '2022',
      '--province',
      'TP HCM',
      '--units',
      '63',
      '--unit-weights',
      equal,
    );
    expect(contradictory.code).toBe(1);
    expect(contradictory.err).toContain('--unit-weights goes with --units 2025');
  });

  it('--data-dir takes a year keyed by the 34 units, ranked among them without --units', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'papi-2025-'));
    copyFileSync('test/fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv', join(folder, 'papi_2025_dimensions.csv'));
    const rows = await json('ranking', '--year', '2025', '--data-dir', folder);
    expect(rows).toHaveLength(34);
    expect(rows[0].of).toBe(34);
    const score = await json('score', '--year', '2025', '--province', 'An Giang', '--data-dir', folder);
    expect(score.gso_code).toBe('91');
    expect(score.change.previous_year).toBe(2024);
    expect(score.warnings.some((w: { en: string }) => w.en.includes('latest methodology known'))).toBe(true);
  });

  it('--definition: bounds that do not add up are refused', async () => {
    const definition = join(dir, 'bad-definition.json');
    writeFileSync(
      definition,
      JSON.stringify({
        id: 'x',
        index: 'papi',
        years: [2025, null],
        series: 'x',
        name: { vi: 'x', en: 'x' },
        source: '',
        note: '',
        groupRule: { kind: 'quartile' },
        nodes: [
          {
            code: 'total',
            parent: null,
            level: 'index',
            name: { vi: 'Tổng', en: 'Total' },
            min: 2,
            max: 20,
            weight: 1,
          },
          {
            code: 'd1',
            parent: 'total',
            level: 'dimension',
            name: { vi: 'Một', en: 'One' },
            min: 1,
            max: 10,
            weight: 1,
          },
          {
            code: 'd2',
            parent: 'total',
            level: 'dimension',
            name: { vi: 'Hai', en: 'Two' },
            min: 1,
            max: 9,
            weight: 1,
          },
        ],
      }),
    );
    const r = await run('ranking', '--year', '2024', '--definition', definition);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/add up to 19, not 20/);
  });

  it('--index sipas shows the published rows; --sipas-data loads a file; PAR/SIPAS for a unit are never averaged', async () => {
    const rows = await json('ranking', '--index', 'sipas', '--year', '2023');
    expect(rows[0]).toMatchObject({ index: 'sipas', province: 'Quảng Ninh', rank: 1 });
    const file = join(dir, 'sipas_2024.csv');
    writeFileSync(file, 'province,sipas,sipas_rank\nHải Phòng,90.5,1\nHải Dương,85,20\n');
    const unit = await json(
      'score',
      '--index',
      'sipas',
      '--year',
      '2024',
      '--province',
      'Hải Phòng',
      '--units',
      '2025',
      '--sipas-data',
      file,
    );
    expect(unit.total).toEqual({ min: 85, max: 90.5 });
    expect(Object.keys(unit)).not.toContain('mean');
    const par = await json('score', '--index', 'par', '--year', '2023', '--province', 'Hải Phòng', '--units', '2025');
    expect(par.predecessors.map((p: { province: string }) => p.province)).toEqual(['Hải Dương', 'Hải Phòng']);
  });
});

describe('papi simulate --scenario with a scenario file for the 2025 units ("units": 2025)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papi-units-scenario-'));
  const file = join(dir, 'an-giang-2025.json');
  writeFileSync(
    file,
    JSON.stringify({
      name: 'An Giang 2025 D3 +1',
      year: 2024,
      units: 2025,
      changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
    }),
  );

  it('is evaluated among the units, with or without --units 2025', async () => {
    const r = await json('simulate', '--scenario', file);
    expect(r.provinces[0].scenario.of).toBeLessThanOrEqual(34);
    expect(await json('simulate', '--scenario', file, '--units', '2025')).toEqual(r);
  });

  it('with --units 63 is an error naming both', async () => {
    const r = await run('simulate', '--scenario', file, '--units', '63', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--units 63 contradicts the scenario file');
    expect(r.err).toContain('an-giang-2025.json');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareScenarios,
  EngineError,
  evaluateParScenario,
  evaluateScenario,
  parseScenario,
  papiRanking,
  papiUnitsView,
  PAPI_GROUPS,
  type Scenario,
} from '../../../engine';
import { dataset } from '../../helpers/published';

const scenario = (year: number, changes: Scenario['changes'], extra: Partial<Scenario> = {}): Scenario => ({
  name: 't',
  index: 'papi',
  year,
  changes,
  ...extra,
});
const error = (f: () => unknown): EngineError => {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected an EngineError');
};

describe('evaluateScenario', () => {
  it('an empty scenario reproduces the published rank of every province in every year', () => {
    for (const year of dataset.papi.keys()) {
      const field = evaluateScenario(dataset, scenario(year, [])).field;
      const published = new Map(papiRanking(dataset, { year }).map((r) => [r.code, r.rank]));
      for (const row of field) expect([year, row.code, row.rank]).toEqual([year, row.code, published.get(row.code)]);
    }
  });

  it('a zero change keeps the published total, rank and group (An Giang 2018: 44.43, 25 of 61, high-average)', () => {
    const outcome = evaluateScenario(dataset, scenario(2018, [{ province: 'An Giang', measure: 'd1', add: 0 }]))
      .provinces[0]!;
    expect(outcome.scenario).toEqual(outcome.base);
    expect(outcome.base).toMatchObject({ rank: 25, of: 61, group: 'high-average' });
  });

  it('moves the total, the dimension, its rank and the cut-offs with a sub-dimension change', () => {
    const outcome = evaluateScenario(dataset, scenario(2019, [{ province: 'An Giang', measure: 'd3.2', add: 0.5 }]))
      .provinces[0]!;
    expect(outcome.change.total).toBeCloseTo(0.5, 12);
    const d3 = outcome.dimensions.find((d) => d.code === 'd3')!;
    expect(d3.change).toBeCloseTo(0.5, 12);
    expect(d3.rank!).toBeLessThan(d3.baseRank!);
    expect(outcome.scenario.rank!).toBeLessThan(outcome.base.rank!);
  });

  it('raising any dimension of any province never worsens its total rank, dimension rank or group', () => {
    const years = [2012, 2016, 2018, 2019, 2022, 2023];
    fc.assert(
      fc.property(
        fc.constantFrom(...years),
        fc.nat(62),
        fc.nat(7),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (year, p, d, fraction) => {
          const rows = papiRanking(dataset, { year }).filter((r) => r.score !== null);
          const row = rows[p % rows.length]!;
          const dims = evaluateScenario(dataset, scenario(year, [{ province: row.code, measure: 'd1', add: 0 }]))
            .provinces[0]!.dimensions;
          const dim = dims[d % dims.length]!;
          if (dim.base === null) return;
          const outcome = evaluateScenario(
            dataset,
            scenario(year, [{ province: row.code, measure: dim.code, add: (10 - dim.base) * fraction }]),
          ).provinces[0]!;
          expect(outcome.scenario.rank!).toBeLessThanOrEqual(outcome.base.rank!);
          expect(PAPI_GROUPS.indexOf(outcome.scenario.group!)).toBeLessThanOrEqual(
            PAPI_GROUPS.indexOf(outcome.base.group!),
          );
          const moved = outcome.dimensions.find((x) => x.code === dim.code)!;
          expect(moved.rank!).toBeLessThanOrEqual(moved.baseRank!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('changes several provinces at once and ranks them against each other', () => {
    const result = evaluateScenario(
      dataset,
      scenario(2019, [
        { province: 'An Giang', measure: 'd8', set: 10 },
        { province: 'Quảng Trị', measure: 'd8', set: 10 },
      ]),
    );
    expect(result.provinces.map((p) => p.nameVi)).toEqual(['An Giang', 'Quảng Trị']);
    const [a, q] = result.provinces;
    expect(a!.scenario.rank! === q!.scenario.rank!).toBe(a!.scenario.total === q!.scenario.total);
    expect(result.field.filter((r) => r.changed)).toHaveLength(2);
  });

  it('re-weighting: equal weights change no rank; double E-Governance moves provinces and is reported for all', () => {
    const equal = evaluateScenario(dataset, scenario(2019, [], { weights: { d8: 1 } }));
    expect(equal.reweighted!.every((r) => r.shift === 0)).toBe(true);
    const doubled = evaluateScenario(
      dataset,
      scenario(2019, [{ province: 'An Giang', measure: 'd1', add: 0 }], { weights: { d8: 2 } }),
    );
    expect(doubled.reweighted).toHaveLength(63);
    expect(doubled.reweighted!.some((r) => r.shift !== 0)).toBe(true);
    const outcome = doubled.provinces[0]!;
    const d8 = outcome.dimensions.find((d) => d.code === 'd8')!.score!;
    expect(outcome.scenario.total).toBeCloseTo(outcome.dimensions.reduce((s, d) => s + d.score!, 0) + d8, 9);
    expect(doubled.warnings).toHaveLength(1);
  });

  it('enforces bounds: a sub-dimension of a dimension with n parts cannot exceed 10/n', () => {
    const e = error(() =>
      evaluateScenario(dataset, scenario(2019, [{ province: 'An Giang', measure: 'd1_1', set: 2.6 }])),
    );
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.vi).toMatch(/D1_1 của An Giang sẽ là 2\.6, ngoài khoảng cho phép \[0\.25; 2\.5\]/);
    expect(e.en).toMatch(/outside the allowed range \[0\.25, 2\.5\]/);
    expect(
      error(() => evaluateScenario(dataset, scenario(2019, [{ province: 'An Giang', measure: 'd2', add: 6 }]))).code,
    ).toBe('OUT_OF_RANGE');
  });

  it('rejects a dimension changed together with its sub-dimension, the total, and unknown names (with a suggestion)', () => {
    expect(
      error(() =>
        evaluateScenario(
          dataset,
          scenario(2019, [
            { province: 'An Giang', measure: 'd3', add: 0.1 },
            { province: 'An Giang', measure: 'd3_1', add: 0.1 },
          ]),
        ),
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      error(() => evaluateScenario(dataset, scenario(2019, [{ province: 'An Giang', measure: 'total', add: 1 }]))).code,
    ).toBe('INVALID_INPUT');
    const unknown = error(() =>
      evaluateScenario(dataset, scenario(2019, [{ province: 'Quang Tr', measure: 'd1', add: 1 }])),
    );
    expect(unknown.code).toBe('UNKNOWN_PROVINCE');
    expect(unknown.suggestions).toContain('Quảng Trị');
  });

  it('compares two scenarios side by side', () => {
    const a = scenario(2019, [{ province: 'An Giang', measure: 'd3', add: 0.5 }]);
    const b = scenario(2019, [{ province: 'An Giang', measure: 'd8', add: 1 }]);
    const { rows } = compareScenarios(dataset, a, b);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.base.rank).toBe(21);
    expect(rows[0]!.a.rank!).toBeGreaterThan(rows[0]!.b.rank!);
  });

  it('PAR INDEX: changes to area points move total, percentage and rank estimate; bad points are errors', () => {
    const points = { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 };
    const r = evaluateParScenario(dataset, {
      name: 'p',
      index: 'par',
      year: 2019,
      points,
      changes: [{ province: '', measure: 'a6', add: 1 }],
    });
    expect(r.base.total).toBe(85);
    expect(r.scenario.total).toBe(86);
    expect(r.changes).toEqual([{ code: 'a6', base: 6, points: 7 }]);
    expect(
      error(() =>
        evaluateParScenario(dataset, {
          name: 'p',
          index: 'par',
          year: 2019,
          points,
          changes: [{ province: '', measure: 'a9', add: 1 }],
        }),
      ).code,
    ).toBe('UNKNOWN_MEASURE');
  });
});

describe('parseScenario', () => {
  it("the index's module says what a scenario's changes name (registry: definitionRules.scenario)", () => {
    const change = { measure: 'a6', add: 1 };
    // PAR INDEX changes one province's own points: no province; PAPI changes named provinces of the field.
    expect(parseScenario({ index: 'par', year: 2019, points: { a6: 6 }, changes: [change] }).changes).toHaveLength(1);
    expect(error(() => parseScenario({ index: 'papi', year: 2019, changes: [change] })).en).toMatch(/changes\[0\]/);
    expect(error(() => parseScenario({ index: 'pci', year: 2019, changes: [] })).en).toMatch(
      /index.*"pci" is invalid: expected one of papi, par\./,
    );
    expect(error(() => evaluateScenario(dataset, { name: 'p', index: 'par', year: 2019, changes: [] })).code).toBe(
      'INVALID_INPUT',
    );
    expect(error(() => evaluateParScenario(dataset, scenario(2019, []))).code).toBe('INVALID_INPUT');
  });

  it('round-trips through JSON', () => {
    const s = scenario(2019, [{ province: 'An Giang', measure: 'd3', add: 0.5 }], {
      weights: { d8: 2 },
      boundary: 'upper',
    });
    expect(parseScenario(JSON.parse(JSON.stringify(s)))).toEqual({ ...s, points: null });
  });

  it('names the field and what was expected', () => {
    const e = error(() =>
      parseScenario(
        { name: 'x', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', add: '0.5' }] },
        'my.json',
      ),
    );
    expect(e.en).toBe(
      'my.json, field "changes[0].add": expected a number, not the text "0.5": in a JSON file a number has no quotes and a decimal point, e.g. 0.5.',
    );
    expect(e.vi).toBe(
      'my.json, trường "changes[0].add": cần một số, không phải chữ "0.5": trong tệp JSON, số viết không có ngoặc kép và dùng dấu chấm thập phân, ví dụ 0.5.',
    );
    expect(
      error(() => parseScenario({ name: 'x', year: 2019, changes: [{ province: 'A', measure: 'd1', add: true }] })).en,
    ).toBe('scenario, field "changes[0].add": expected a number.');
    expect(
      error(() => parseScenario({ name: 'x', year: 2019, changes: [{ province: 'A', measure: 'd1', set: 1, add: 1 }] }))
        .en,
    ).toMatch(/exactly one of "set" or "add"/);
    expect(error(() => parseScenario([])).code).toBe('INVALID_INPUT');
  });
});

describe('a scenario for the 34 units of 2025 ("units": 2025)', () => {
  const json = {
    name: 'An Giang 2025 D3 +1',
    year: 2019,
    units: 2025,
    changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
  };

  it('is read and written back with its unit set; other values are refused naming the field', () => {
    expect(parseScenario(json).units).toBe('units-2025');
    expect(parseScenario({ ...json, units: 'units-2025' }).units).toBe('units-2025');
    expect(parseScenario({ ...json, units: 63 }).units).toBeUndefined();
    expect(parseScenario(JSON.parse(JSON.stringify(parseScenario(json)))).units).toBe('units-2025');
    expect(() => parseScenario({ ...json, units: 34.5 }, 's.json')).toThrow(/s\.json.*"units".*2025/);
  });

  it('is evaluated among the 34 units whichever view it is given', () => {
    const scenario = parseScenario(json);
    const { units: _, ...former } = scenario;
    const onView = evaluateScenario(papiUnitsView(dataset), former);
    const result = evaluateScenario(dataset, scenario);
    expect(result.provinces).toEqual(onView.provinces);
    expect(result.field).toEqual(onView.field);
    expect(onView.provinces[0]!.scenario.of).toBeLessThanOrEqual(34);
    // the same changes without the unit set are the former An Giang among 63
    expect(evaluateScenario(dataset, former).provinces[0]!.scenario.of).toBe(63);
  });

  it('cannot be compared with a scenario of the former provinces', () => {
    const a = parseScenario(json);
    const b = parseScenario({ ...json, units: undefined, name: 'An Giang cũ' });
    expect(() => compareScenarios(dataset, a, b)).toThrow(/34 units of 1 July 2025/);
  });
});

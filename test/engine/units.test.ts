import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  evaluatePlan,
  parsePlan,
  findProvince,
  papiProfile,
  papiRanking,
  papiUnitsView,
  PAPI_GROUPS,
  parseDefinition,
  parseUnitWeights,
  parUnitResults,
  rankChance,
  rankDistributions,
  restateRank,
  shippedDefinitions,
  sipasResults,
  solveTarget,
  surveyStandardError,
  unitBaseline,
  unitLabel,
  unitRegistry,
  unitStandardError,
  withDefinition,
  withPapiYear,
  withParResults,
  withSipasResults,
  type Dataset,
} from '../../engine/all';
import { dataset } from '../helpers/published';

const view = papiUnitsView(dataset);
const units = unitRegistry(dataset.provinces);

// ---- An independent reconstruction, written from the raw CSV files (no engine code) --------------------------------
const rawCsv = (path: string) => {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h.trim(), (cells[i] ?? '').trim()])));
};
const population = new Map(rawCsv('data/provinces/provinces_63.csv').map((r) => [r.gso_code!, Number(r.population)]));
const members = (newCode: string) =>
  rawCsv('data/provinces/merger_2025.csv')
    .filter((r) => r.new_gso_code === newCode)
    .map((r) => r.old_gso_code!);

/** province code -> column -> value (null when blank), from the dimensions file and every sub-dimension file of a year */
function rawYear(year: number): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  const files = [
    `papi_${year}_dimensions.csv`,
    ...Array.from({ length: 8 }, (_, k) => `papi_${year}_d${k + 1}_subdimensions.csv`),
  ];
  for (const file of files) {
    let rows: Record<string, string>[];
    try {
      rows = rawCsv(`data/papi/${file}`);
    } catch {
      continue;
    }
    for (const row of rows) {
      const code = row.gso_code!.padStart(2, '0');
      const values = out.get(code) ?? new Map<string, number | null>();
      for (const [column, cell] of Object.entries(row))
        if (/^(d\d+(_\d+)?|total)$/.test(column)) values.set(column, cell === '' ? null : Number(cell));
      out.set(code, values);
    }
  }
  return out;
}

/** weighted mean of sub-dimensions, summed to dimensions, summed to the total; null when any predecessor lacks a part */
function independent(year: number, newCode: string) {
  const data = rawYear(year);
  const codes = members(newCode);
  const weightSum = codes.reduce((s, c) => s + population.get(c)!, 0);
  const columns = [...data.get(codes[0]!)!.keys()];
  const dimensions = columns.filter((c) => /^d\d+$/.test(c));
  const result: Record<string, number | null> = {};
  for (const d of dimensions) {
    const parts = columns.filter((c) => c.startsWith(`${d}_`));
    let sum = 0;
    let complete = true;
    for (const part of parts) {
      const values = codes.map((c) => data.get(c)!.get(part) ?? null);
      if (values.some((v) => v === null)) complete = false;
      const mean = values.reduce((s: number, v, i) => s + (v ?? NaN) * population.get(codes[i]!)!, 0) / weightSum;
      result[part] = complete && values.every((v) => v !== null) ? mean : null;
      sum += mean;
    }
    result[d] = complete ? sum : null;
  }
  result.total = dimensions.every((d) => result[d] !== null) ? dimensions.reduce((s, d) => s + result[d]!, 0) : null;
  return result;
}

const valueIn = (ds: Dataset, year: number, code: string, measure: string) => {
  const y = ds.papi.get(year)!;
  return y.scores.get(measure)![y.provinces.indexOf(code)] ?? null;
};

describe('reconstructed PAPI baselines of merged units (checked against an independent computation)', () => {
  const cases: [string, string, number][] = [
    ['TP. Hồ Chí Minh (3 predecessors)', '79', 2019],
    ['TP. Hồ Chí Minh (3 predecessors)', '79', 2022],
    ['TP. Hồ Chí Minh, Bình Dương has no score', '79', 2023],
    ['An Giang + Kiên Giang', '91', 2018],
    ['An Giang + Kiên Giang', '91', 2024],
    ['Cần Thơ (3 predecessors, 6-dimension era)', '92', 2015],
    ['Phú Thọ, Vĩnh Phúc has no score', '25', 2024],
    ['Đồng Tháp, Tiền Giang has no score', '82', 2024],
    ['Đồng Tháp, Đồng Tháp had D2/D4 missing', '82', 2018],
    ['Ninh Bình (3 predecessors)', '37', 2012],
  ];
  it.each(cases)('%s: unit %s in %i', (_, code, year) => {
    const expected = independent(year, code);
    for (const [measure, value] of Object.entries(expected)) {
      const actual = valueIn(view, year, code, measure);
      if (value === null) expect(actual, measure).toBeNull();
      else expect(actual, measure).toBeCloseTo(value, 9);
    }
  });

  it('a predecessor without a total makes the unit incomplete and unranked, naming the predecessor', () => {
    for (const [unit, missing] of [
      ['Phú Thọ', 'Vĩnh Phúc'],
      ['Đồng Tháp', 'Tiền Giang'],
    ] as const) {
      const baseline = unitBaseline(dataset, { year: 2024, unit });
      expect(baseline.complete).toBe(false);
      expect(baseline.total.score).toBeNull();
      expect(baseline.total.rank).toBeNull();
      expect(baseline.missing.find((m) => m.measure === 'total')!.provinces.map((p) => p.nameVi)).toEqual([missing]);
      expect(papiProfile(view, { year: 2024, province: unit }).warnings.some((w) => w.vi.includes(missing))).toBe(true);
    }
    const hcm = unitBaseline(dataset, { year: 2023, unit: 'TP HCM' });
    expect(hcm.missing.map((m) => m.measure)).toContain('total');
    expect(hcm.missing[0]!.provinces[0]!.nameVi).toBe('Bình Dương');
  });

  it("reports the simple mean, each predecessor's own score and the spread, and labels the estimate", () => {
    const b = unitBaseline(dataset, { year: 2024, unit: 'An Giang' });
    expect(b.estimated).toBe(true);
    expect(b.label.vi).toBe('An Giang (đơn vị từ 1/7/2025: An Giang + Kiên Giang)');
    expect(b.predecessors.map((p) => p.nameVi)).toEqual(['An Giang', 'Kiên Giang']);
    const [ag, kg] = b.predecessors;
    expect(ag!.share + kg!.share).toBeCloseTo(1, 12);
    expect(b.total.simpleMean).toBeCloseTo((ag!.total! + kg!.total!) / 2, 9);
    expect(b.total.min).toBe(Math.min(ag!.total!, kg!.total!));
    expect(b.total.max).toBe(Math.max(ag!.total!, kg!.total!));
    expect(b.total.score!).toBeGreaterThanOrEqual(b.total.min!);
    expect(b.total.score!).toBeLessThanOrEqual(b.total.max!);
    expect(b.weightsSource!.en).toContain('population');
    expect(b.notes[0]!.en).toMatch(/^Estimate \(not published\)/);
    expect(papiProfile(view, { year: 2024, province: 'An Giang' }).warnings[0]!.en).toMatch(/^Estimate/);
  });

  it('unchanged units keep their published scores exactly, every year and measure', () => {
    const unchanged = units.all.filter((u) => u.formerProvinces!.length === 1);
    expect(unchanged.map((u) => u.nameVi).sort()).toEqual(
      [
        'Cao Bằng',
        'Điện Biên',
        'Hà Nội',
        'Hà Tĩnh',
        'Huế',
        'Lai Châu',
        'Lạng Sơn',
        'Nghệ An',
        'Quảng Ninh',
        'Sơn La',
        'Thanh Hóa',
      ].sort(),
    );
    for (const [year, published] of dataset.papi) {
      for (const unit of unchanged) {
        for (const measure of published.scores.keys()) {
          expect(valueIn(view, year, unit.code, measure)).toBe(
            published.scores.get(measure)![published.provinces.indexOf(unit.formerProvinces![0]!)],
          );
        }
      }
      expect(unitBaseline(dataset, { year, unit: 'Hà Nội' }).estimated).toBe(false);
    }
  });
});

describe('ranks and groups among the 34 units (the same rules as among the 63)', () => {
  it.each([...dataset.papi.keys()])(
    'PAPI %i: 34 rows, ranks 1..N among the complete units, ties share, groups follow the score',
    (year) => {
      const rows = papiRanking(view, { year });
      expect(rows).toHaveLength(34);
      const ranked = rows.filter((r) => r.score !== null);
      expect(rows.every((r) => r.of === ranked.length)).toBe(true);
      for (const r of ranked) expect(r.rank).toBe(1 + ranked.filter((o) => o.score! > r.score!).length);
      for (const r of rows.filter((x) => x.score === null)) expect([r.rank, r.group]).toEqual([null, null]);
      for (let i = 1; i < ranked.length; i++)
        expect(PAPI_GROUPS.indexOf(ranked[i]!.group!)).toBeGreaterThanOrEqual(
          PAPI_GROUPS.indexOf(ranked[i - 1]!.group!),
        );
      const counts = PAPI_GROUPS.map((g) => ranked.filter((r) => r.group === g).length);
      for (const c of counts) expect(Math.abs(c - ranked.length / 4)).toBeLessThanOrEqual(1);
    },
  );

  it('2024: 32 of 34 ranked (Phú Thọ and Đồng Tháp incomplete), Quảng Ninh first as among the 63', () => {
    const rows = papiRanking(view, { year: 2024 });
    expect(rows[0]!.of).toBe(32);
    expect(rows[0]!.nameVi).toBe('Quảng Ninh');
    expect(new Set(rows.filter((r) => r.rank === null).map((r) => r.nameVi))).toEqual(
      new Set(['Đồng Tháp', 'Phú Thọ']),
    );
  });

  it('change against the previous year is on the reconstructed series, and strengths/weaknesses are among the 34', () => {
    const p = papiProfile(view, { year: 2024, province: 'An Giang' });
    const before = valueIn(view, 2023, '91', 'total')!;
    expect(p.change!.total.score).toBeCloseTo(p.total.score! - before, 12);
    expect(p.total.of).toBe(32);
    for (const d of p.dimensions) expect(p.strengths.includes(d.code)).toBe(d.group === 'best');
  });
});

describe('every tool on the 34-unit field', () => {
  it('target: least improvement to rank 10 of the 34 for a merged unit', () => {
    const r = solveTarget(view, { year: 2024, province: 'An Giang', goal: { rank: 10 } });
    expect(r.reachable).toBe(true);
    expect(r.scenario.rank).toBeLessThanOrEqual(10);
    expect(r.scenario.of).toBe(32);
    expect(r.requiredTotal).toBeCloseTo(papiRanking(view, { year: 2024 }).filter((x) => x.code !== '91')[9]!.score!, 9);
  });

  it('chance: seeded, the merged unit carries its combined sampling noise, and the estimate is named', () => {
    const query = { year: 2024, province: 'An Giang', goal: { rank: 20 }, iterations: 3000, seed: 7 } as const;
    const a = rankChance(view, query);
    expect(rankChance(view, query)).toEqual(a);
    expect(a.of).toBe(32);
    expect(a.assumptions.some((x) => x.en.startsWith('Estimate'))).toBe(true);
    expect(unitStandardError([{ code: '89' }, { code: '91' }], 8)).toBeLessThan(surveyStandardError('91', 8));
    const all = rankDistributions(view, { year: 2024, iterations: 500, othersMove: false });
    expect(all).toHaveLength(32);
  });

  it('the sample plan for the new An Giang (units: 2025) is checked among the 34 units', () => {
    const plan = parsePlan(
      JSON.parse(readFileSync('samples/an-giang-2025-plan.json', 'utf8')),
      'an-giang-2025-plan.json',
    );
    expect(plan.units).toBe('units-2025');
    const report = evaluatePlan(dataset, { ...plan, iterations: 500 });
    expect(report.province.formerProvinces).toEqual(['89', '91']);
    expect(report.baselineTotal).toBeCloseTo(valueIn(view, 2024, '91', 'total')!, 12);
    expect(report.fields[0]!.of).toBe(32);
    expect(report.notes[0]!.en).toMatch(/^Estimate/);
    expect(() => parsePlan({ ...plan, units: 2030 }, 'p.json')).toThrowError(/units/);
  });

  it('plan: a merged unit against its reconstructed baseline', () => {
    const report = evaluatePlan(view, {
      name: 'x',
      province: 'An Giang',
      baselineYear: 2024,
      targetYear: 2025,
      targets: { d3: 5.5 },
      goal: { rank: 10 },
      iterations: 300,
    });
    expect(report.fields[0]!.of).toBe(32);
    expect(report.dimensions[0]!.baseline).toBeCloseTo(valueIn(view, 2024, '91', 'd3')!, 12);
  });
});

describe('names in two sets', () => {
  it('the same name or code means a former province or a 2025 unit depending on the set', () => {
    expect(findProvince(dataset.provinces, 'An Giang').code).toBe('89');
    expect(findProvince(units, 'An Giang').code).toBe('91');
    expect(findProvince(dataset.provinces, '91').nameVi).toBe('Kiên Giang');
    expect(findProvince(units, '91').nameVi).toBe('An Giang');
    expect(findProvince(units, 'TP HCM').formerProvinces).toEqual(['74', '77', '79']);
    expect(findProvince(units, 'Thừa Thiên Huế').nameVi).toBe('Huế');
    expect(unitLabel(dataset.provinces, findProvince(dataset.provinces, 'An Giang')).vi).toBe(
      'An Giang (tỉnh cũ, trước 1/7/2025)',
    );
  });

  it("a former province's name among the units says which unit it is now part of", () => {
    for (const [name, unit] of [
      ['Kiên Giang', 'An Giang'],
      ['Bình Dương', 'TP. Hồ Chí Minh'],
      ['Hà Giang', 'Tuyên Quang'],
      ['89', 'An Giang'],
    ] as const) {
      let error: EngineError | undefined;
      try {
        findProvince(units, name);
      } catch (e) {
        error = e as EngineError;
      }
      expect(error?.code).toBe('UNKNOWN_PROVINCE');
      expect(error?.suggestions).toEqual([unit]);
      expect(error?.vi).toContain(`thuộc đơn vị ${unit}`);
    }
  });

  it('an unknown name among the units suggests the closest units', () => {
    expect(() => findProvince(units, 'Quang Tr')).toThrowError(/Did you mean Quảng Trị/);
    try {
      findProvince(units, 'Can Tha');
    } catch (e) {
      expect((e as EngineError).suggestions[0]).toBe('Cần Thơ');
    }
  });
});

describe('user weights', () => {
  const rows = (edit: (code: string) => string | null) =>
    'province,weight\n' +
    dataset.provinces.all
      .map((p) => edit(p.code))
      .filter((l) => l !== null)
      .join('\n');
  const read = (text: string) => parseUnitWeights({ file: 'w.csv', text }, dataset.provinces);

  it('replace the populations: equal weights give the simple mean', () => {
    const equal = read(rows((c) => `${c},1`));
    const b = unitBaseline(papiUnitsView(dataset, { weights: equal }), { year: 2022, unit: 'TP HCM' });
    // The estimate re-sums sub-dimensions; the simple mean averages published totals (stored as float32): 1e-5 apart.
    expect(b.total.score).toBeCloseTo(b.total.simpleMean!, 5);
    expect(unitBaseline(dataset, { year: 2022, unit: 'TP HCM' }).total.score).not.toBeCloseTo(b.total.simpleMean!, 1);
    expect(b.weightsSource!.en).toContain('w.csv');
  });

  it.each([
    ['a missing weight', (c: string) => (c === '91' ? `${c},` : `${c},1`), 'row 93|:\\d+ \\[weight\\]', /missing/],
    ['a negative weight', (c: string) => (c === '91' ? `${c},-2` : `${c},1`), '', /greater than 0/],
    ['a non-number', (c: string) => (c === '91' ? `${c},abc` : `${c},1`), '', /not a number/],
    ['an unknown province', (c: string) => (c === '91' ? 'Kien Gang,1' : `${c},1`), '', /Unknown province/],
  ])('refuse %s, naming the row', (_, edit, __, pattern) => {
    let error: EngineError | undefined;
    try {
      read(rows(edit));
    } catch (e) {
      error = e as EngineError;
    }
    expect(error?.code).toBe('INVALID_DATA');
    const problem = error!.problems.find((p) => pattern.test(p.en))!;
    expect(problem.row).toBe(dataset.provinces.all.findIndex((p) => p.code === '91') + 2);
  });

  it('refuse a duplicate row and a missing predecessor of a merged unit', () => {
    expect(() => read(rows((c) => `${c},1`) + '\n91,2')).toThrowError(EngineError);
    try {
      read(rows((c) => (c === '77' ? null : `${c},1`)));
    } catch (e) {
      expect((e as EngineError).problems.at(-1)!.en).toContain('Ba Ria - Vung Tau');
    }
  });
});

describe('a year published for the 34 units (synthetic fixture) imports without a code change', () => {
  const file = {
    file: 'papi_2025_dimensions_SYNTHETIC_34_units.csv',
    text: readFileSync('test/fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv', 'utf8'),
  };
  const withUnits = withPapiYear(dataset, { dimensions: file });

  it('is read as the 34 units and ranks among the units present, next to the reconstructed years', () => {
    expect(withUnits.papi.get(2025)!.unitSet).toBe('units-2025');
    const unitsView = papiUnitsView(withUnits);
    const rows = papiRanking(unitsView, { year: 2025 });
    expect(rows).toHaveLength(34);
    expect(rows[0]!.of).toBe(34);
    const p = papiProfile(unitsView, { year: 2025, province: 'An Giang' });
    expect(p.province.formerProvinces).toEqual(['89', '91']);
    expect(p.change!.previousYear).toBe(2024);
    expect(p.warnings.some((w) => /estimate/i.test(w.en))).toBe(false);
    expect(() => papiProfile(withUnits, { year: 2025, province: 'An Giang' })).toThrowError(/--units 2025/);
  });

  it('says it reuses the latest methodology, or takes a definition file', () => {
    expect(withUnits.papi.get(2025)!.warnings.some((w) => w.en.includes('latest methodology known'))).toBe(true);
    const definition = parseDefinition(
      { ...shippedDefinitions[3], id: 'papi-2025', years: [2025, null], series: 'papi-2025' },
      'papi-2025.json',
    );
    const own = withPapiYear(withDefinition(dataset, definition), { dimensions: file });
    expect(own.papi.get(2025)!.definitionId).toBe('papi-2025');
    expect(own.papi.get(2025)!.warnings).toHaveLength(0);
  });

  it('a former province in a units file is refused, saying which unit it is now part of', () => {
    const bad = { file: 'papi_2025_dimensions.csv', text: file.text.replace(/^An Giang,91,/m, 'Kiên Giang,,') };
    expect(() => withPapiYear(dataset, { dimensions: bad })).toThrowError(EngineError);
    try {
      withPapiYear(dataset, { dimensions: bad });
    } catch (e) {
      expect((e as EngineError).problems[0]!.en).toContain('part of An Giang');
    }
  });
});

describe('definition files', () => {
  it('refuse bounds that do not add up', () => {
    const base = shippedDefinitions[3]!;
    const nodes = base.nodes.map((n) => (n.code === 'd1_1' ? { ...n, max: 4 } : n));
    expect(() => parseDefinition({ ...base, id: 'x', nodes }, 'x.json')).toThrowError(EngineError);
    try {
      parseDefinition({ ...base, id: 'x', nodes }, 'x.json');
    } catch (e) {
      expect((e as EngineError).code).toBe('INVALID_DEFINITION');
      expect((e as EngineError).problems.some((p) => p.column === 'd1' && p.file === 'x.json')).toBe(true);
    }
    expect(() => parseDefinition({ ...base, id: 'y', years: 'soon' }, 'y.json')).toThrowError(/invalid/);
  });
});

describe('target restatement', () => {
  it('rank K of 63 is ceil(K/63 x 34) of 34, and says how', () => {
    expect([1, 10, 20, 32, 63].map((k) => restateRank({ rank: k, of: 63, among: 34 }).rank)).toEqual([
      1, 6, 11, 18, 34,
    ]);
    expect(restateRank({ rank: 20, of: 63, among: 34 }).rule.en).toContain(
      '20/63 × 34 = 10.79, rounded up → rank 11 of 34',
    );
    // Vietnamese writes the decimal comma
    expect(restateRank({ rank: 20, of: 63, among: 34 }).rule.vi).toContain(
      '20/63 × 34 = 10,79, làm tròn lên → hạng 11/34',
    );
    expect(() => restateRank({ rank: 64, of: 63, among: 34 })).toThrowError(EngineError);
  });
});

describe('PAR INDEX and SIPAS for merged units: each predecessor, min and max, never an average', () => {
  it('PAR INDEX 2023 Hải Phòng (Hải Dương + Hải Phòng)', () => {
    const r = parUnitResults(dataset, { year: 2023, unit: 'Hải Phòng' });
    expect(r.predecessors.map((p) => p.nameVi)).toEqual(['Hải Dương', 'Hải Phòng']);
    const known = r.predecessors.map((p) => p.total).filter((t): t is number => t !== null);
    expect(r.total).toEqual({ min: Math.min(...known), max: Math.max(...known) });
    expect(Object.keys(r)).not.toContain('mean');
  });

  it('SIPAS rows are visible, and a SIPAS file loads', () => {
    expect(sipasResults(dataset, { year: 2023 })[0]!.rank).toBe(1);
    const loaded = withSipasResults(dataset, 2024, {
      file: 'sipas_2024.csv',
      text: 'province,sipas,sipas_rank\nHải Phòng,90.5,1\nHải Dương,85,20\n',
    });
    expect(parUnitResults(loaded, { year: 2024, unit: 'Hải Phòng', index: 'sipas' }).total).toEqual({
      min: 85,
      max: 90.5,
    });
    expect(() =>
      withSipasResults(dataset, 2024, { file: 's.csv', text: 'province,year,sipas\nHải Phòng,2023,90\n' }),
    ).toThrowError(EngineError);
  });

  it('an index without published results per province is refused, naming those that have them', () => {
    expect(() => parUnitResults(dataset, { year: 2023, unit: 'Hải Phòng', index: 'papi' as 'par' })).toThrowError(
      /PAPI .*\(indices that have: par, sipas\)/,
    );
    expect(() => parUnitResults(dataset, { year: 1999, unit: 'Hải Phòng', index: 'sipas' })).toThrowError(
      /No SIPAS data for 1999/,
    );
  });
});

describe('the example files of docs/data-formats.md load', () => {
  const text = (name: string) => ({ file: name, text: readFileSync(`samples/formats/${name}`, 'utf8') });
  it('definition + PAPI dimensions and sub-dimensions (34-unit year), PAR INDEX, SIPAS, weights', () => {
    const definition = parseDefinition(
      JSON.parse(text('papi-2025-definition.example.json').text),
      'papi-2025-definition.example.json',
    );
    const withYear = withPapiYear(withDefinition(dataset, definition), {
      dimensions: text('papi_2025_dimensions.example.csv'),
      subdimensions: [text('papi_2025_d8_subdimensions.example.csv')],
    });
    expect(withYear.papi.get(2025)!.definitionId).toBe('papi-2025-example');
    expect(papiRanking(papiUnitsView(withYear), { year: 2025 }).map((r) => r.of)).toEqual([3, 3, 3]);
    expect(withParResults(dataset, 2024, text('parindex_2024.example.csv')).par.get(2024)!.known).toHaveLength(2);
    expect(withSipasResults(dataset, 2024, text('sipas_2024.example.csv')).sipas.get(2024)).toHaveLength(2);
    expect(parseUnitWeights(text('unit-weights.example.csv'), dataset.provinces).byCode.get('79')).toBe(9038600);
  });
});

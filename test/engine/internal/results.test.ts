import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CLASSES,
  internalResults,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  type InternalResults,
} from '../../../engine';

const text = (name: string) => readFileSync(`samples/internal/${name}`, 'utf8');
const file = (name: string) => ({ file: name, text: text(name) });
const rows = (name: string) =>
  Papa.parse<Record<string, string>>(text(name), { header: true, comments: '#', skipEmptyLines: true }).data;

/**
 * An independent reading of the sample: plain papaparse rows, leaves found as codes nobody names as parent, sources
 * inherited by walking up, then the documented arithmetic (appraised else self; survey column for survey leaves;
 * na leaves out of the denominator; total + bonus - penalty within [0, max]; rank = 1 + units strictly above in the
 * group; class = first threshold reached).
 */
function independent(kind: 'departments' | 'communes', year: number) {
  const criteria = rows(`criteria-${kind}.csv`);
  const byCode = new Map(criteria.map((c) => [c.code!, c]));
  const parents = new Set(criteria.map((c) => c.parent));
  const sourceOf = (code: string): string => byCode.get(code)!.source || sourceOf(byCode.get(code)!.parent!);
  const leaves = criteria.filter((c) => !parents.has(c.code) && ['appraised', 'survey'].includes(sourceOf(c.code!)));
  const units = rows('units.csv').filter((u) => u.kind === (kind === 'departments' ? 'so_ban_nganh' : 'ubnd_xa'));
  const entries = rows(`scores-${kind}-${year}.csv`);
  const bands = [
    ['Xuất sắc', 90],
    ['Tốt', 80],
    ['Khá', 70],
    ['Trung bình', 50],
    ['Yếu', 0],
  ] as const;
  const out = units.map((u) => {
    let points = 0,
      max = 0,
      self = 0;
    for (const leaf of leaves) {
      const e = entries.find((x) => x.unit === u.unit && x.code === leaf.code)!;
      const survey = sourceOf(leaf.code!) === 'survey';
      const value = survey ? e.survey! : e.appraised || e.self!;
      if (!survey && e.self !== 'na' && e.self !== '') self += Number(e.self);
      if (value === 'na') continue;
      points += Number(value);
      max += Number(leaf.max);
    }
    const adjust = entries
      .filter((x) => x.unit === u.unit && (x.code === 'T' || x.code === 'P'))
      .reduce((s, x) => s + (x.code === 'T' ? 1 : -1) * Number(x.appraised), 0);
    const total = Math.min(max, Math.max(0, points + adjust));
    const percent = (total / max) * 100;
    return {
      unit: u.unit!,
      group: u.group!,
      ranked: u.ranked === 'yes',
      total,
      self,
      percent,
      class: bands.find(([, min]) => percent >= min - 1e-9)![0] as string,
    };
  });
  return out.map((u) => ({
    ...u,
    rank: u.ranked
      ? 1 + out.filter((o) => o.ranked && o.group === u.group && o.percent > u.percent + 1e-7).length
      : null,
  }));
}

function engineResults(kind: 'departments' | 'communes', year: number, previous?: number): InternalResults {
  const set = parseCriteriaSet(file(`criteria-${kind}.csv`));
  const units = parseUnits(file('units.csv'));
  const scores = parseScores(file(`scores-${kind}-${year}.csv`), set, units);
  const prior = previous === undefined ? null : parseScores(file(`scores-${kind}-${previous}.csv`), set, units);
  return internalResults({ set, units, scores, previous: prior, classes: parseClassBands(DEFAULT_CLASSES) });
}

describe('internal results on the synthetic province, against an independent computation', () => {
  for (const kind of ['departments', 'communes'] as const) {
    it(`${kind}: totals, self totals, index %, rank within group and class`, () => {
      const expected = independent(kind, 2025);
      const actual = engineResults(kind, 2025);
      expect(actual.units).toHaveLength(expected.length);
      for (const e of expected) {
        const a = actual.units.find((u) => u.unit === e.unit)!;
        expect(a.complete).toBe(true);
        expect(a.total!).toBeCloseTo(e.total, 6);
        expect(a.selfTotal!).toBeCloseTo(e.self, 6);
        expect(a.percent!).toBeCloseTo(e.percent, 6);
        expect([a.unit, a.rank, a.class]).toEqual([e.unit, e.rank, e.class]);
      }
    });
  }

  it('spreads like the published ones: departments within 75-97 %, communes within 55-96 %', () => {
    const percents = (kind: 'departments' | 'communes') => engineResults(kind, 2025).units.map((u) => u.percent!);
    expect(Math.min(...percents('departments'))).toBeGreaterThanOrEqual(75);
    expect(Math.max(...percents('departments'))).toBeLessThanOrEqual(97);
    expect(Math.min(...percents('communes'))).toBeGreaterThanOrEqual(55);
    expect(Math.max(...percents('communes'))).toBeLessThanOrEqual(96);
  });

  it('groups are ranked apart, "of" counts the ranked, a not-ranked unit is classified but unranked', () => {
    const communes = engineResults('communes', 2025);
    expect(new Set(communes.units.filter((u) => u.group === 'phuong').map((u) => u.of))).toEqual(new Set([26]));
    expect(new Set(communes.units.filter((u) => u.group === 'xa_dac_khu').map((u) => u.of))).toEqual(new Set([74]));
    const bql = engineResults('departments', 2025).units.find((u) => u.unit === 'BQLKCN')!;
    expect([bql.rank, bql.of, bql.class === null]).toEqual([null, 13, false]);
  });

  it('change against the previous year: this year minus last year, in index points and places', () => {
    const now = engineResults('communes', 2025, 2024);
    const before = engineResults('communes', 2024);
    for (const u of now.units) {
      const b = before.units.find((x) => x.unit === u.unit)!;
      expect(u.change!.percent!).toBeCloseTo(u.percent! - b.percent!, 6);
      expect(u.change!.rank).toBe(b.rank! - u.rank!);
    }
  });

  it("province-wide criteria lost add up to every unit's leaf losses, and per owner", () => {
    const r = engineResults('communes', 2025);
    const set = parseCriteriaSet(file('criteria-communes.csv'));
    const leafLoss = r.units
      .flatMap((u) => u.lost.filter((l) => set.byCode.get(l.code)!.children.length === 0))
      .reduce((s, l) => s + l.points, 0);
    expect(r.criteriaLost.reduce((s, c) => s + c.points, 0)).toBeCloseTo(leafLoss, 6);
    expect(r.ownersLost.reduce((s, o) => s + o.points, 0)).toBeCloseTo(leafLoss, 6);
    expect(r.criteriaLost.map((c) => c.points)).toEqual([...r.criteriaLost.map((c) => c.points)].sort((a, b) => b - a));
    // lost per unit: the applicable maximum less the total (no bonus/penalty in the commune set)
    for (const u of r.units)
      expect(u.lost.filter((l) => set.areas.includes(l.code)).reduce((s, l) => s + l.points, 0)).toBeCloseTo(
        u.applicableMax - u.total!,
        6,
      );
  });

  it('a missing leaf makes the unit incomplete (listed, unranked, no total), never zero', () => {
    const set = parseCriteriaSet(file('criteria-communes.csv'));
    const units = parseUnits(file('units.csv'));
    const lines = text('scores-communes-2025.csv')
      .split('\n')
      .filter((l) => !l.startsWith('X001,3.3,') && !l.startsWith('X001,8.2,'));
    const r = internalResults({
      set,
      units,
      scores: parseScores({ file: 's.csv', text: lines.join('\n') }, set, units),
      classes: parseClassBands(DEFAULT_CLASSES),
    });
    const x = r.units.find((u) => u.unit === 'X001')!;
    expect([x.complete, x.missing, x.total, x.percent, x.rank, x.class, x.appraisedTotal, x.survey]).toEqual([
      false,
      ['3.3', '8.2'],
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(r.units.find((u) => u.unit === 'X002')!.of).toBe(73);
  });

  it('self vs appraised: the gap is self minus the points that count, over-scored leaves listed', () => {
    const r = engineResults('departments', 2025);
    for (const u of r.units) {
      expect(u.selfGap!).toBeGreaterThanOrEqual(0);
      expect(u.overScored.reduce((s, o) => s + o.points, 0)).toBeCloseTo(u.selfGap!, 6);
    }
  });
});

/** A random criteria tree (areas -> criteria -> optional sub-criteria, whole-number maxima) and its units' scores. */
const arbitraryProvince = fc
  .array(
    fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((areas) => {
    const leafMaxima: number[] = [];
    const rows: string[] = [];
    areas.forEach((criteria, a) => {
      const criterionMax = criteria.map((subs) => (subs.length === 0 ? 1 + a : subs.reduce((s, x) => s + x, 0)));
      rows.push(
        `${a + 1},,Area ${a + 1},${criterionMax.reduce((s, x) => s + x, 0)},${a % 2 === 0 ? 'appraised' : 'survey'}`,
      );
      criteria.forEach((subs, c) => {
        rows.push(`${a + 1}.${c + 1},${a + 1},C,${criterionMax[c]},`);
        if (subs.length === 0) leafMaxima.push(criterionMax[c]!);
        subs.forEach((m, s) => {
          rows.push(`${a + 1}.${c + 1}.${s + 1},${a + 1}.${c + 1},S,${m},`);
          leafMaxima.push(m);
        });
      });
    });
    const codes = rows.map((r) => r.split(',')[0]!).filter((code) => !rows.some((r) => r.split(',')[1] === code));
    const scale = areas.reduce(
      (s, criteria, a) =>
        s + criteria.reduce((t, subs) => t + (subs.length === 0 ? 1 + a : subs.reduce((x, y) => x + y, 0)), 0),
      0,
    );
    const unit = fc.tuple(
      ...leafMaxima.map((max) =>
        fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4) },
          { weight: 1, arbitrary: fc.constant('na' as const) },
        ),
      ),
    );
    return fc.record({
      scale: fc.constant(scale),
      rows: fc.constant(rows),
      codes: fc.constant(codes),
      leafMaxima: fc.constant(leafMaxima),
      scores: fc.array(unit, { minLength: 2, maxLength: 6 }),
    });
  });

type Province = { scale: number; rows: string[]; codes: string[]; leafMaxima: number[]; scores: (number | 'na')[][] };

function resultsOf(p: Province): InternalResults {
  const set = parseCriteriaSet({
    file: 'set.csv',
    text: `# scale: ${p.scale}\ncode,parent,name_vi,max,source\n${p.rows.join('\n')}`,
  });
  const units = parseUnits({
    file: 'u.csv',
    text: `unit,name_vi,kind\n${p.scores.map((_, i) => `U${i},Unit ${i},xa`).join('\n')}`,
  });
  const lines = p.scores.flatMap((unit, i) =>
    unit.map((v, l) =>
      set.byCode.get(p.codes[l]!)!.source === 'survey' ? `U${i},${p.codes[l]},,,${v}` : `U${i},${p.codes[l]},,${v},`,
    ),
  );
  const scores = parseScores(
    { file: 's.csv', text: `unit,code,self,appraised,survey\n${lines.join('\n')}` },
    set,
    units,
  );
  return internalResults({ set, units, scores, classes: parseClassBands(DEFAULT_CLASSES) });
}

const unitOf = (r: InternalResults, i: number) => r.units.find((u) => u.unit === `U${i}`)!;

describe('internal results on random trees (property-based)', () => {
  it("a unit's index never exceeds 100 % (nor goes below 0)", () => {
    fc.assert(
      fc.property(arbitraryProvince, (p) =>
        resultsOf(p).units.every((u) => u.percent === null || (u.percent >= 0 && u.percent <= 100 + 1e-9)),
      ),
    );
  });

  it("raising one leaf never lowers the unit's index or rank", () => {
    fc.assert(
      fc.property(arbitraryProvince, fc.nat(), fc.nat(), (p, who, which) => {
        const i = who % p.scores.length;
        const l = which % p.leafMaxima.length;
        const before = unitOf(resultsOf(p), i);
        const raised = p.scores.map((u) => [...u]);
        raised[i]![l] = p.leafMaxima[l]!; // raise to the maximum (an na leaf becomes applicable and full)
        const after = unitOf(resultsOf({ ...p, scores: raised }), i);
        if (before.percent === null) return true;
        return after.percent! >= before.percent - 1e-9 && after.rank! <= before.rank!;
      }),
    );
  });

  it('a not-applicable leaf changes the denominator and nothing else', () => {
    fc.assert(
      fc.property(arbitraryProvince, fc.nat(), fc.nat(), (p, who, which) => {
        const i = who % p.scores.length;
        const l = which % p.leafMaxima.length;
        if (p.scores[i]![l] === 'na') return true;
        const marked = p.scores.map((u) => [...u]);
        marked[i]![l] = 'na';
        const before = resultsOf(p);
        const after = resultsOf({ ...p, scores: marked });
        const b = unitOf(before, i);
        const a = unitOf(after, i);
        expect(a.applicableMax).toBeCloseTo(b.applicableMax - p.leafMaxima[l]!, 9);
        expect(a.total!).toBeCloseTo(b.total! - (p.scores[i]![l] as number), 9);
        expect(a.notApplicable).toEqual(
          [...b.notApplicable, p.codes[l]!].sort((x, y) => p.codes.indexOf(x) - p.codes.indexOf(y)),
        );
        // other units are untouched
        for (let k = 0; k < p.scores.length; k++)
          if (k !== i) expect(unitOf(after, k).percent).toBe(unitOf(before, k).percent);
        return true;
      }),
    );
  });
});

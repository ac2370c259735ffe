// PCI (VCCI Provincial Competitiveness Index) from the bundled official tables 2005-2016 (data/pci/): published
// facts, the weighted-sum identity of every province-year, and the weighted what-if, target and sensitivity.
import { describe, expect, it } from 'vitest';
import {
  compositeDefinitionFor,
  compositeRanking,
  compositeSensitivity,
  compositeTarget,
  compositeTotal,
  compositeYearOf,
  leavesOf,
  simulateComposite,
} from '../../../engine/all';
import { dataset } from '../../helpers/published';

const pci = dataset.composite.get('pci')!;
const standingOf = (year: number, unit: string) => compositeRanking(pci, year).find((s) => s.unit === unit)!;

describe('PCI facts from the official tables', () => {
  it.each([
    [2016, 'Đà Nẵng', 70.0, 1],
    [2016, 'TP. Hồ Chí Minh', 61.72, 8],
    [2015, 'Hà Nội', 59.0, 24],
    [2015, 'Đà Nẵng', 68.34, 1],
    [2013, 'Đà Nẵng', 66.45, 1],
    [2006, 'Bình Dương', 76.23, 1],
    [2016, 'An Giang', 57.79, 38],
  ])('%i %s %f, rank %i', (year, unit, total, rank) => {
    const s = standingOf(year, unit);
    expect(s.total!.toFixed(2)).toBe(total.toFixed(2));
    expect(s.rank).toBe(rank);
    expect(s.rankLabel.en).toBe(`rank ${rank} of ${year <= 2008 ? 64 : 63}`);
  });

  it('2013 Đà Nẵng has all ten sub-indices, and they make its total', () => {
    const row = compositeYearOf(pci, 2013).rows.find((r) => r.unit === 'Đà Nẵng')!;
    const definition = compositeDefinitionFor(pci, 2013);
    expect(leavesOf(definition).map((l) => l.code)).toHaveLength(10);
    expect(leavesOf(definition).every((l) => typeof row.values[l.code] === 'number')).toBe(true);
    expect(compositeTotal(definition, row.values)).toBeCloseTo(66.45, 2);
  });

  it('weights by period: 2006-2008, 2009-2012 (no policy bias), 2013-2021; 2005 nine sub-indices', () => {
    const weights = (year: number) =>
      Object.fromEntries(leavesOf(compositeDefinitionFor(pci, year)).map((l) => [l.code, l.weight]));
    expect(weights(2007)).toMatchObject({ transparency: 15, labor_training: 15, policy_bias: 5 });
    expect(weights(2010)).toMatchObject({ transparency: 20, time_costs: 15 });
    expect(weights(2010).policy_bias).toBeUndefined();
    expect(weights(2016)).toMatchObject({ transparency: 20, legal_institutions: 5, business_support: 20 });
    expect(Object.keys(weights(2005))).toHaveLength(9);
    expect(compositeDefinitionFor(pci, 2005).weights).toBe('approximate');
    expect(compositeDefinitionFor(pci, 2022).weights).toBe('inferred');
    expect(() => compositeDefinitionFor(pci, 2023)).toThrow(/2023/);
  });

  it('the published total is the weighted sum for every province-year 2006-2016 except 2011', () => {
    let checked = 0;
    for (let year = 2006; year <= 2016; year++) {
      const definition = compositeDefinitionFor(pci, year);
      for (const row of compositeYearOf(pci, year).rows) {
        const difference = row.total! - compositeTotal(definition, row.values)!;
        if (year === 2011) continue;
        expect(Math.abs(difference), `${row.unit} ${year}`).toBeLessThan(1e-4);
        checked++;
      }
      if (year !== 2011) expect(compositeYearOf(pci, year).warnings).toEqual([]);
    }
    expect(checked).toBe(64 * 3 + 63 * 7);
  });

  it('2011: the published total is kept, and every difference from the weighted sum is reported', () => {
    const year = compositeYearOf(pci, 2011);
    const definition = compositeDefinitionFor(pci, 2011);
    const differences = year.rows.map((r) => r.total! - compositeTotal(definition, r.values)!);
    expect(Math.max(...differences)).toBeCloseTo(0.55, 2);
    expect(Math.min(...differences)).toBeGreaterThan(0);
    // Beyond the rounding of a two-decimal total (0.005) every row is reported; within it none needs to be.
    const reported = new Set(year.warnings.map((w) => w.row));
    expect(year.rows.filter((_, i) => differences[i]! > 0.006).every((r) => reported.has(r.line))).toBe(true);
    expect(reported.size).toBeGreaterThanOrEqual(62);
    const anGiang = standingOf(2011, 'An Giang');
    expect(anGiang.total).toBe(year.rows.find((r) => r.unit === 'An Giang')!.total);
    expect(anGiang.difference!).toBeCloseTo(anGiang.total! - anGiang.computed!, 12);
    expect(year.warnings[0]!.en).toMatch(/published total is kept/);
  });

  it('Hà Tây is its own unit until 2008 (64 provinces), not Hà Nội', () => {
    expect(compositeYearOf(pci, 2008).rows.map((r) => r.unit)).toContain('Hà Tây');
    expect(compositeYearOf(pci, 2009).rows.map((r) => r.unit)).not.toContain('Hà Tây');
  });
});

describe('PCI what-if, target and sensitivity', () => {
  it('one point of transparency (20 % in 2013-2021) moves An Giang 2016 by +2.0; legal institutions (5 %) by +0.5', () => {
    const t = simulateComposite(pci, { year: 2016, unit: 'An Giang', changes: [{ measure: 'transparency', add: 1 }] });
    expect(t.base.total).toBeCloseTo(57.79, 2);
    expect(t.base.rank).toBe(38);
    expect(t.scenario.total! - t.base.total!).toBeCloseTo(2, 10);
    const others = compositeRanking(pci, 2016).filter((s) => s.unit !== 'An Giang');
    expect(t.scenario.rank).toBe(1 + others.filter((s) => s.total! > t.scenario.total!).length);
    expect(t.scenario.rank).toBe(23);
    const l = simulateComposite(pci, {
      year: 2016,
      unit: 'an giang',
      changes: [{ measure: 'legal_institutions', add: 1 }],
    });
    expect(l.scenario.total! - l.base.total!).toBeCloseTo(0.5, 10);
    expect(l.scenario.rank).toBe(1 + others.filter((s) => s.total! > l.scenario.total!).length);
  });

  it('a value beyond the 10-point scale is refused naming the measure', () => {
    expect(() =>
      simulateComposite(pci, { year: 2016, unit: 'Đà Nẵng', changes: [{ measure: 'entry_costs', add: 2 }] }),
    ).toThrow(/entry_costs/);
  });

  it('target: the least weighted effort to the 30th total goes to the highest weights first', () => {
    const t = compositeTarget(pci, { year: 2016, unit: 'An Giang', goal: { rank: 30 } });
    const thirtieth = compositeRanking(pci, 2016).filter((s) => s.unit !== 'An Giang')[29]!.total!;
    expect(t.requiredTotal).toBe(thirtieth);
    expect(t.reachable).toBe(true);
    expect(t.scenario.rank).toBe(30);
    expect(t.scenario.total).toBeCloseTo(thirtieth, 9);
    // every point went to a 20 % sub-index: effort = needed total / 2
    expect(t.effort).toBeCloseTo((thirtieth - t.base.total!) / 2, 9);
    const costly = compositeTarget(pci, {
      year: 2016,
      unit: 'An Giang',
      goal: { total: 100.5 },
    });
    expect(costly.reachable).toBe(false);
  });

  it('sensitivity shows the weights: a point of a 20 % sub-index is worth 2, of a 5 % one 0.5', () => {
    const rows = compositeSensitivity(pci, { year: 2016, unit: 'An Giang' });
    expect(
      rows
        .slice(0, 3)
        .map((r) => [r.code, r.weight, r.pointValue])
        .sort(),
    ).toEqual([
      ['business_support', 20, 2],
      ['labor_training', 20, 2],
      ['transparency', 20, 2],
    ]);
    expect(rows.find((r) => r.code === 'legal_institutions')!.pointValue).toBe(0.5);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineError, evaluatePlan, parsePlan } from '../../../engine';
import { dataset } from '../../helpers/published';

// samples/an-giang-2020-plan.json: Kế hoạch 179/KH-UBND (An Giang, 10/4/2020), section II.2: targets on the 2018 baseline
// (D1 5.40 ... D8 3.50), goal "xếp trong nhóm 20/63". Published: 2018 44.43 rank 25/61; 2020 43.85 rank 14/63.
const plan = parsePlan(JSON.parse(readFileSync('samples/an-giang-2020-plan.json', 'utf8')), 'an-giang-2020-plan.json');

describe('evaluatePlan: An Giang 2020', () => {
  const report = evaluatePlan(dataset, { ...plan, iterations: 5000 });

  it('reports the gap per dimension from the 2018 baseline and the implied total', () => {
    expect(report.baselineTotal).toBeCloseTo(44.43, 2);
    expect(report.dimensions.map((d) => d.target)).toEqual([5.4, 5.5, 5, 7, 7.5, 7.6, 5.7, 3.5]);
    expect(report.dimensions[0]!.gap).toBeCloseTo(5.4 - 4.5598207, 6);
    expect(report.dimensions[7]!.gap).toBeCloseTo(3.5 - 2.5775774, 6);
    expect(report.impliedTotal).toBeCloseTo(47.2, 6);
  });

  it('places the plan in the 2018 and 2019 fields (it would have ranked first in both)', () => {
    expect(report.fields.map((f) => [f.year, f.rank, f.of, f.group, f.meetsGoal])).toEqual([
      [2018, 1, 61, 'best', true],
      [2019, 1, 63, 'best', true],
    ]);
  });

  it('gives the probability of the goal from the 2019 field, one year of movement ahead', () => {
    expect(report.chance!.fieldYear).toBe(2019);
    expect(report.chance!.probability).toBeGreaterThan(0.9);
    expect(report.chance!.iterations).toBe(5000);
  });

  it('compares with what 2020 achieved: 43.85, rank 14 of 63, best group, goal met, 2 of 8 dimension targets met (D4, D6)', () => {
    const a = report.achieved!;
    expect(a.total).toBeCloseTo(43.85, 2);
    expect([a.rank, a.of, a.group, a.goalMet]).toEqual([14, 63, 'best', true]);
    expect(a.dimensions.filter((d) => d.met).map((d) => d.code)).toEqual(['d4', 'd6']);
  });

  it('rejects a plan with an unknown dimension or a target year before the baseline', () => {
    expect(() => evaluatePlan(dataset, { ...plan, targets: { d9: 5 } })).toThrow(EngineError);
    expect(() => parsePlan({ ...plan, targetYear: 2017 }, 'p.json')).toThrow(/must be after the baseline year/);
  });
});

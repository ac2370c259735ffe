import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineError, evaluatePlan, parsePlan, planToJson, rankOfHypothetical, reviewPlan } from '../../../engine';
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

describe('plan files: agencies, a total goal, sub-dimension targets, one format both ways', () => {
  it('reads agencies and a total goal, and planToJson is read back to the same plan', () => {
    const withAgencies = parsePlan(
      { ...plan, agencies: { D1: ' Sở Nội vụ ', d8: 'Văn phòng UBND tỉnh', d2: '' }, goal: { rank: 20, total: 45 } },
      'p.json',
    );
    expect(withAgencies.agencies).toEqual({ d1: 'Sở Nội vụ', d8: 'Văn phòng UBND tỉnh' });
    expect(withAgencies.goal).toEqual({ rank: 20, total: 45 });
    expect(parsePlan(JSON.parse(JSON.stringify(planToJson(withAgencies))), 'again.json')).toEqual(withAgencies);
    expect(parsePlan(planToJson(plan), 'again.json')).toEqual(plan);
    expect(() => parsePlan({ ...plan, agencies: { d1: 3 } }, 'p.json')).toThrow(/agencies\.d1/);
    expect(() => parsePlan({ ...plan, goal: { total: -1 } }, 'p.json')).toThrow(/goal\.total/);
  });

  it('a total goal is judged on the total; it has no rank chance', () => {
    const report = evaluatePlan(dataset, { ...plan, goal: { total: 47.5 } });
    expect(report.fields.map((f) => f.meetsGoal)).toEqual([false, false]);
    expect(report.chance).toBeNull();
    expect(evaluatePlan(dataset, { ...plan, goal: { total: 47 } }).fields.every((f) => f.meetsGoal)).toBe(true);
  });

  it('a sub-dimension target moves its dimension and the total by the same amount', () => {
    const sub = evaluatePlan(dataset, { ...plan, targets: { d3_1: 2 }, goal: { rank: 20 } }, { chance: false });
    const line = sub.dimensions[0]!;
    expect(line.level).toBe('subdimension');
    expect(sub.impliedTotal! - sub.baselineTotal!).toBeCloseTo(line.gap!, 9);
    expect(sub.chance).toBeNull();
    expect(sub.achieved!.dimensions[0]!.code).toBe('d3_1');
    // each field ranks the sub-dimension target among that year's published D3.1 scores, as =PAPI.RANKOF does
    for (const field of sub.fields) {
      const own = rankOfHypothetical(dataset, { year: field.year, score: 2, measure: 'd3_1', province: 'An Giang' });
      expect(field.dimensions.find((d) => d.code === 'd3_1')).toEqual({ code: 'd3_1', ...own, group: null });
    }
    expect(() => evaluatePlan(dataset, { ...plan, targets: { d3: 5, d3_1: 2 } }, { chance: false })).toThrow(
      /D3 and one of its sub-dimensions/,
    );
  });
});

describe('reviewPlan: what the goal needs and what the data has seen', () => {
  const review = reviewPlan(dataset, plan);

  it('the least-effort alternative needs +0.29 in the 2018 field (An Giang was 25th; the 20th had 0.29 more)', () => {
    expect(review.leastEffort!.fieldYear).toBe(2018);
    expect(review.leastEffort!.totalIncrease).toBeCloseTo(0.2855, 4);
    expect(review.leastEffort!.scenario.rank).toBe(20);
    expect(review.planIncrease).toBeCloseTo(47.2 - 44.43, 2);
    expect(review.fieldYear).toBe(2019);
  });

  it('flags lines the goal does not need and lines above the largest yearly gain', () => {
    expect(review.lines.map((l) => l.code)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    // the targets add +2.77 where +0.29 is enough: no single line is needed for rank 20
    expect(review.lines.every((l) => l.notNeededForGoal)).toBe(true);
    expect(review.lines.some((l) => l.aboveLargestGain)).toBe(false);
    const greedy = reviewPlan(dataset, { ...plan, targets: { d5: 9 } });
    expect(greedy.lines[0]!.aboveLargestGain).toBe(true);
    expect(greedy.lines[0]!.largestYearlyGain).toBeLessThan(9 - 7.33);
    // with only D1 raised to 5.40 the goal is not met, so that line is needed
    const lean = reviewPlan(dataset, { ...plan, targets: { d1: 5.4 } });
    expect(lean.report.fields.at(-1)!.meetsGoal).toBe(true);
    expect(lean.lines[0]!.notNeededForGoal).toBe(false);
  });
});

describe('a plan for a 2025 unit', () => {
  it('keeps "units": 2025 through planToJson and is reviewed on the 2025-units view', () => {
    const unitPlan = parsePlan({ ...planToJson(plan), units: 2025 }, 'unit.json');
    expect(unitPlan.units).toBe('units-2025');
    expect(parsePlan(planToJson(unitPlan), 'again.json')).toEqual(unitPlan);
    const review = reviewPlan(dataset, unitPlan);
    expect(review.report.fields.every((f) => f.of <= 34)).toBe(true);
    expect(review.baseline.of).toBeLessThanOrEqual(34);
  });
});

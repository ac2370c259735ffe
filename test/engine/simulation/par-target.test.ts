import { describe, expect, it } from 'vitest';
import { EngineError, parRankEstimate, solveParTarget } from '../../../engine';
import { dataset } from '../../helpers/published';

// A province that scored 85.00 in PAR INDEX 2019, losing points in every area (maxima of the 2017-2019 definition).
const points = { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 };

describe('solveParTarget', () => {
  it('reaches group A (90%) with the fewest points, spread in proportion to the points lost', () => {
    const r = solveParTarget(dataset, { year: 2019, points, goal: { group: 'A' } });
    expect(r.reachable).toBe(true);
    expect(r.totalIncrease).toBeCloseTo(5, 9);
    expect(r.scenario.group).toBe('A');
    const lost = Object.fromEntries(r.base.areas.map((a) => [a.code, a.lost!]));
    const totalLost = Object.values(lost).reduce((s, x) => s + x, 0);
    for (const [code, x] of Object.entries(r.allocation)) expect(x).toBeCloseTo((5 * lost[code]!) / totalLost, 9);
  });

  it('reaches a worst-case rank: the estimate at the required total meets it, a little less does not', () => {
    const r = solveParTarget(dataset, { year: 2019, points, goal: { rank: 1 } });
    expect(r.reachable).toBe(true);
    expect(r.scenario.rankEstimate!.high).toBe(1);
    expect(parRankEstimate(dataset, { year: 2019, total: r.scenario.percent - 1e-5 }).high).toBeGreaterThan(1);
  });

  it('puts effort where it is cheapest', () => {
    const r = solveParTarget(dataset, {
      year: 2019,
      points,
      goal: { total: 86 },
      weights: { a1: 1, a2: 5, a3: 5, a4: 5, a5: 5, a6: 5, a7: 5, a8: 5 },
    });
    expect(r.allocation.a1).toBeCloseTo(1, 9);
    expect(r.singleArea.a1).toBeCloseTo(1, 9);
  });

  it('says plainly when not even full marks reach the goal, and rejects unknown groups', () => {
    expect(() => solveParTarget(dataset, { year: 2019, points, goal: { total: 101 } })).toThrow(EngineError);
    expect(() => solveParTarget(dataset, { year: 2019, points, goal: { group: 'Z' } })).toThrow(
      /Group "Z" is not in the 2019 rule/,
    );
    const r = solveParTarget(dataset, { year: 2019, points, goal: { total: 100 } });
    expect(r.reachable).toBe(true);
    expect(r.scenario.total).toBeCloseTo(100, 9);
  });
});

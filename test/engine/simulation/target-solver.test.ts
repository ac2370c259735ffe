import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  PAPI_GROUPS,
  quartileCutoffs,
  quartileGroup,
  rankAmong,
  SCORE_EPSILON,
  solveTarget,
  withPapiYear,
  type Dataset,
  type PapiGroup,
  type TargetGoal,
} from '../../../engine/all';
import { dataset } from '../../helpers/published';

const DIMENSIONS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];

/** A small made-up year (2024, 8 dimensions) for brute-force checks. */
function smallYear(rows: number[][]): Dataset {
  const names = ['An Giang', 'Bến Tre', 'Cà Mau', 'Đà Nẵng', 'Hà Nội', 'Lạng Sơn', 'Quảng Trị', 'Sơn La', 'Tây Ninh'];
  const text = [
    'province,' + DIMENSIONS.join(','),
    ...rows.map((r, i) => [names[i], ...r.map((x) => x.toFixed(2))].join(',')),
  ].join('\n');
  return withPapiYear(dataset, { dimensions: { file: 'small.csv', text }, year: 2024 });
}

/** Independent check of a goal for province 0 at total t, by ranking the whole field from scratch. */
function meets(totals: number[], t: number, goal: TargetGoal): boolean {
  const field = totals.map((x, i) => (i === 0 ? t : x));
  if ('rank' in goal) return rankAmong(field)[0]! <= goal.rank;
  if ('group' in goal)
    return PAPI_GROUPS.indexOf(quartileGroup(t, quartileCutoffs(field)!)) <= PAPI_GROUPS.indexOf(goal.group);
  return t >= goal.total;
}

const dimensionScore = fc.integer({ min: 100, max: 1000 }).map((x) => x / 100);
const field = fc.array(fc.array(dimensionScore, { minLength: 8, maxLength: 8 }), { minLength: 4, maxLength: 9 });
const goal = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map((rank): TargetGoal => ({ rank })),
  fc.constantFrom<PapiGroup>(...PAPI_GROUPS).map((group): TargetGoal => ({ group })),
  fc.integer({ min: 8, max: 80 }).map((total): TargetGoal => ({ total })),
);

describe('solveTarget', () => {
  it('reaches the goal, and no total smaller by 2e-6 (nor any of 300 steps below) does: brute force on small fields', () => {
    fc.assert(
      fc.property(field, goal, fc.constantFrom('bounds', 'best', 'gain'), (rows, g, caps) => {
        const ds = smallYear(rows);
        const published = ds.papi
          .get(2024)!
          .scores.get('total')!
          .map((x) => x!);
        const result = solveTarget(ds, { year: 2024, province: 'An Giang', goal: g, caps });
        const base = published[0]!;
        if (result.requiredTotal === null) {
          expect(result.reachable).toBe(false);
          expect(meets(published, 80, g)).toBe(false);
          return;
        }
        expect(meets(published, result.requiredTotal, g)).toBe(true);
        if (result.requiredTotal > base) {
          expect(meets(published, result.requiredTotal - 2e-6, g)).toBe(false);
          const step = Math.max(0.001, (result.requiredTotal - base) / 300);
          for (let t = base; t < result.requiredTotal - 2e-6; t += step) expect(meets(published, t, g)).toBe(false);
        } else {
          expect(result.requiredTotal).toBe(base);
        }
        const increase = Object.values(result.allocation).reduce((s, x) => s + x, 0);
        for (const [code, x] of Object.entries(result.allocation)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(rows[0]![DIMENSIONS.indexOf(code)]! + x).toBeLessThanOrEqual(result.caps[code]! + 1e-9);
        }
        if (result.reachable) {
          expect(increase).toBeCloseTo(result.requiredTotal - base, 9);
          expect(meets(published, base + increase + SCORE_EPSILON, g)).toBe(true);
          expect(meets(published, result.scenario.total! + SCORE_EPSILON, g)).toBe(true);
        } else {
          // Unreachable: the caps are used up and the goal is still not met.
          for (const [code, x] of Object.entries(result.allocation))
            expect(rows[0]![DIMENSIONS.indexOf(code)]! + x).toBeCloseTo(result.caps[code]!, 9);
          expect(meets(published, base + increase, g)).toBe(false);
          expect(result.message.en).toMatch(/cannot reach/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a tie at the threshold is enough: the least total equals the k-th other province exactly', () => {
    const ds = smallYear([
      [5, 5, 5, 5, 5, 5, 5, 5],
      [6, 6, 6, 6, 6, 6, 6, 6],
      [5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5],
      [4, 4, 4, 4, 4, 4, 4, 4],
    ]);
    const result = solveTarget(ds, { year: 2024, province: 'An Giang', goal: { rank: 1 } });
    expect(result.requiredTotal).toBe(48);
    expect(result.totalIncrease).toBeCloseTo(8, 12);
    expect(result.scenario.rank).toBe(1);
  });

  it('spends effort on the cheapest parts first (no cheaper part left with headroom while a dearer one is used)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 1, max: 30 }),
        (costs, rank) => {
          const weights = Object.fromEntries(DIMENSIONS.map((d, i) => [d, costs[i]!]));
          const result = solveTarget(dataset, {
            year: 2019,
            province: 'An Giang',
            goal: { rank },
            weights,
            caps: 'best',
          });
          for (const i of DIMENSIONS) {
            for (const j of DIMENSIONS) {
              const headroomLeft = result.caps[i]! - (result.allocation[i]! + baseScores[i]!) > 1e-9;
              if (weights[i]! < weights[j]! && result.allocation[j]! > 1e-12) expect(headroomLeft).toBe(false);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('An Giang 2019 (rank 21): rank 20 needs 0.0468 more, rank 10 needs 0.8724, D6 alone cannot under the best-score cap', () => {
    const r20 = solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 20 } });
    expect(r20.base.rank).toBe(21);
    expect(r20.totalIncrease).toBeCloseTo(0.0468, 4);
    expect(r20.scenario.rank).toBe(20);
    const r10 = solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 10 }, caps: 'best' });
    expect(r10.totalIncrease).toBeCloseTo(0.8724, 4);
    // D6 (7.80, 2nd of 63) cannot rise 0.87 without passing the year's best D6.
    expect(r10.singleDimension.d6).toBeNull();
    expect(r10.singleDimension.d1).toBeCloseTo(0.8724, 4);
  });

  it('says plainly when the target is unreachable within realistic caps', () => {
    const r = solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { total: 60 }, caps: 'realistic' });
    expect(r.reachable).toBe(false);
    expect(r.message.vi).toMatch(/không thể đạt tổng điểm 60 trong giới hạn đã chọn/);
    expect(r.scenario.total!).toBeLessThan(60);
    // The same goal is reachable within the index bounds.
    expect(solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { total: 60 } }).reachable).toBe(true);
  });

  it('solves at sub-dimension level with caps of 10/n', () => {
    const r = solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 5 }, level: 'subdimension' });
    expect(Object.keys(r.allocation)).toContain('d1_1');
    expect(r.caps.d1_1).toBe(2.5);
    expect(r.scenario.rank).toBeLessThanOrEqual(5);
  });

  it('rejects bad goals, caps and weights bilingually', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as EngineError).code;
      }
      return null;
    };
    expect(code(() => solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 0 } }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { total: 99 } }))).toBe(
      'OUT_OF_RANGE',
    );
    expect(code(() => solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 3 }, caps: 'sky' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      code(() => solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 3 }, weights: { d9: 1 } })),
    ).toBe('INVALID_INPUT');
    expect(code(() => solveTarget(dataset, { year: 2018, province: 'Quảng Ninh', goal: { rank: 3 } }))).toBe(
      'INVALID_INPUT',
    );
  });
});

const year2019 = dataset.papi.get(2019)!;
const baseScores: Record<string, number> = Object.fromEntries(
  DIMENSIONS.map((d) => [d, year2019.scores.get(d)![year2019.provinces.indexOf('89')]!]),
);

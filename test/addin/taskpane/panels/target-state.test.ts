import { describe, expect, it } from 'vitest';
import { loadPublishedDataset } from '../../../../cli/data-files';
import { runTarget } from '../../../../addin/taskpane/actions/target';
import { balancedParts, targetReason } from '../../../../addin/taskpane/panels/target-state';

/** The target panel's derivations apart from its view: why the increase goes where it goes, the balanced alternative. */
const dataset = loadPublishedDataset();
const form = {
  year: 2019,
  province: 'An Giang',
  goalKind: 'rank',
  rank: '10',
  group: 'best',
  caps: 'realistic',
  weights: {},
};

describe('target panel state (target-state.ts)', () => {
  it('names the parts that take the increase, cheapest first, and the effort compared with the average', () => {
    const run = runTarget(dataset, form);
    const reason = targetReason(run)!;
    const efforts = reason.parts.map((c) => run.effort[c]!.value);
    expect([...efforts].sort((a, b) => a - b)).toEqual(efforts);
    expect(reason.parts).toEqual(
      Object.keys(run.result.allocation)
        .filter((c) => run.result.allocation[c]! > 1e-9)
        .sort((a, b) => run.effort[a]!.value - run.effort[b]!.value),
    );
    const all = Object.values(run.effort).map((e) => e.value);
    expect(reason.cheapest).toBe(Math.min(...reason.parts.map((c) => run.effort[c]!.value)));
    expect(reason.average).toBeCloseTo(all.reduce((s, e) => s + e, 0) / all.length, 12);
    expect(reason.cheapest).toBeLessThanOrEqual(reason.average);
  });

  it('the balanced alternative meets the same total, spread over more parts than the least-effort answer', () => {
    const run = runTarget(dataset, form);
    const parts = balancedParts(run.balanced);
    expect(run.balanced!.requiredTotal).toBeCloseTo(run.result.requiredTotal!, 9);
    expect(parts.reduce((s, p) => s + p.increase, 0)).toBeCloseTo(run.balanced!.totalIncrease, 9);
    expect(parts.length).toBeGreaterThan(targetReason(run)!.parts.length);
  });

  it('nothing needed (already rank 10 or better): no reason to give', () => {
    const run = runTarget(dataset, { ...form, rank: '63' });
    expect(targetReason(run)).toBeNull();
  });
});

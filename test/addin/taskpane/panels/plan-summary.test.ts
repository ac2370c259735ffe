import { describe, expect, it } from 'vitest';
import type { ChanceResult, PapiPlan } from '../../../../engine/all';
import { planChanceText, planLineInfo } from '../../../../addin/taskpane/panels/plan-summary';

/** The plan builder's texts apart from the DOM (the summary itself is checked in the browser, taskpane-plan.e2e). */
const plan = { targetYear: 2025, goal: { rank: 10 } } as unknown as PapiPlan;

describe('plan summary texts (plan-summary.ts)', () => {
  it('the chance line: running with progress, the result with its interval, an error, a total goal', () => {
    expect(planChanceText(plan, { status: 'running', done: 1000, total: 10000 }, 'vi')).toBe(
      'Đang tính xác suất: 1.000/10.000 lượt...',
    );
    const result = {
      probability: 0.2981,
      iterations: 100000,
      seed: 2025,
      rank: { nominal: 9, median: 13, p5: 5, p95: 18 },
    } as ChanceResult;
    const done = planChanceText(plan, { status: 'done', result, fieldYear: 2024 }, 'en');
    expect(done).toContain('2025');
    expect(done).toContain('2024');
    expect(done).toContain('100,000');
    expect(done).toContain('29.8%');
    expect(done).toContain('5–18');
    expect(planChanceText(plan, { status: 'error', message: 'No worker' }, 'en')).toBe('No worker');
    expect(planChanceText(plan, { status: 'idle' }, 'en')).toBe('');
    const totalGoal = { targetYear: 2025, goal: { total: 45 } } as unknown as PapiPlan;
    expect(planChanceText(totalGoal, { status: 'idle' }, 'en')).toBe(
      'The goal is a total: there is no rank probability.',
    );
  });

  it('the line under a target: gap, least effort, what was achieved, flags (flagged only with a flag)', () => {
    const line = {
      code: 'd8',
      baseline: 2.95,
      target: 3.9,
      gap: 0.95,
      leastEffortIncrease: 1.09,
      achieved: null,
      notNeeded: false,
      aboveGain: null,
    };
    expect(planLineInfo(line, 2024, 'vi')).toEqual({
      text: '2024: 2,95 → 3,90 (+0,95) · phương án ít công sức: +1,09',
      flagged: false,
    });
    const flagged = planLineInfo({ ...line, leastEffortIncrease: null, notNeeded: true }, 2024, 'en');
    expect(flagged.flagged).toBe(true);
    expect(flagged.text).toBe('2024: 2.95 → 3.90 (+0.95) · ⚠ not needed for the goal');
  });
});

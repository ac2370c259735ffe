import { describe, expect, it } from 'vitest';
import { datasetWithScenario, effortPerPoint, evaluateScenario, papiProfile, solveTarget } from '../../../engine/all';
import { dataset } from '../../helpers/published';

/** Mean absolute year-on-year change of a dimension, computed here straight from the published columns. */
function meanYearlyChange(code: string, years: readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (const year of years) {
    const now = dataset.papi.get(year)!;
    const before = dataset.papi.get(year - 1)!;
    for (const [i, province] of now.provinces.entries()) {
      const j = before.provinces.indexOf(province);
      const a = now.scores.get(code)?.[i] ?? null;
      const b = j < 0 ? null : (before.scores.get(code)?.[j] ?? null);
      if (a === null || b === null) continue;
      sum += Math.abs(a - b);
      count += 1;
    }
  }
  return sum / count;
}

describe('effortPerPoint: default effort derived from the year-on-year changes', () => {
  // The 8-dimension PAPI (2018 onwards): every consecutive pair from 2018->2019 to 2023->2024.
  const pairs = [2019, 2020, 2021, 2022, 2023, 2024];
  const efforts = effortPerPoint(dataset, { year: 2019 });

  it("is the inverse of each dimension's mean yearly movement, computed independently", () => {
    expect(efforts.map((e) => e.code)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    for (const e of efforts) expect(e.meanYearlyChange).toBeCloseTo(meanYearlyChange(e.code, pairs), 12);
    const average = efforts.reduce((s, e) => s + e.meanYearlyChange, 0) / efforts.length;
    for (const e of efforts) expect(e.effort).toBeCloseTo(average / meanYearlyChange(e.code, pairs), 12);
  });

  it('is not a constant: dimensions that moved more cost less per point', () => {
    const values = efforts.map((e) => e.effort);
    expect(new Set(values.map((v) => v.toFixed(6))).size).toBe(values.length);
    const byMovement = [...efforts].sort((a, b) => b.meanYearlyChange - a.meanYearlyChange).map((e) => e.code);
    const byEffort = [...efforts].sort((a, b) => a.effort - b.effort).map((e) => e.code);
    expect(byEffort).toEqual(byMovement);
    // E-governance (D8) has moved most in the data, public administrative procedures (D5) least.
    expect(byEffort[0]).toBe('d8');
    expect(byEffort.at(-1)).toBe('d5');
  });

  it('follows the methodology of the year asked (6 dimensions before 2018) and sub-dimensions', () => {
    expect(effortPerPoint(dataset, { year: 2015 }).map((e) => e.code)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    const subs = effortPerPoint(dataset, { year: 2019, level: 'subdimension' });
    expect(subs.length).toBeGreaterThan(8);
    expect(subs.every((s) => s.effort > 0 && Number.isFinite(s.effort))).toBe(true);
  });

  it('steers the target solver towards the cheaper dimensions', () => {
    const weights = Object.fromEntries(efforts.map((e) => [e.code, e.effort]));
    const solved = solveTarget(dataset, {
      year: 2019,
      province: 'An Giang',
      goal: { rank: 10 },
      caps: 'realistic',
      weights,
    });
    expect(solved.reachable).toBe(true);
    expect(solved.allocation.d8).toBeGreaterThan(0);
    expect(solved.allocation.d5).toBe(0);
  });
});

describe('datasetWithScenario: what-if questions from the current scenario', () => {
  const changes = [{ province: 'An Giang', measure: 'd3', set: 5.633823 }];

  it("puts the scenario's scores in place of the published ones for that year only", () => {
    const after = datasetWithScenario(dataset, 2019, changes);
    const outcome = evaluateScenario(dataset, { name: 's', index: 'papi', year: 2019, changes }).provinces[0]!;
    const profile = papiProfile(after, { year: 2019, province: 'An Giang' });
    expect(profile.total.score).toBe(outcome.scenario.total);
    expect(profile.total.rank).toBe(10);
    expect(after.papi.get(2018)).toBe(dataset.papi.get(2018));
    // the dataset given is unchanged
    expect(papiProfile(dataset, { year: 2019, province: 'An Giang' }).total.rank).toBe(21);
    expect(datasetWithScenario(dataset, 2019, [])).toBe(dataset);
  });

  it('the target solver then starts from the scenario', () => {
    const fromScenario = solveTarget(datasetWithScenario(dataset, 2019, changes), {
      year: 2019,
      province: 'An Giang',
      goal: { rank: 5 },
    });
    const fromPublished = solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 5 } });
    expect(fromScenario.base.rank).toBe(10);
    expect(fromScenario.requiredTotal).toBeCloseTo(fromPublished.requiredTotal!, 9);
    expect(fromScenario.totalIncrease).toBeCloseTo(
      fromPublished.totalIncrease -
        (5.633823 - papiProfile(dataset, { year: 2019, province: 'An Giang' }).dimensions[2]!.score!),
      6,
    );
  });
});

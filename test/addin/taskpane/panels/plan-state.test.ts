import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPublishedDataset } from '../../../../cli/data-files';
import { papiUnitsView, parsePlan, type ChanceResult, type PapiPlan } from '../../../../engine/all';
import { planFormTexts, type PlanForm } from '../../../../addin/taskpane/actions/plan-form';
import {
  everyLineNotNeeded,
  INITIAL_PLAN_STATE,
  nextChance,
  planFlags,
  planLines,
  reviewForm,
} from '../../../../addin/taskpane/panels/plan-state';
import { json } from '../../../helpers/run-cli';

/** The plan builder's state apart from its view: the samples `papi plan` reads, typed into the form. */
const published = loadPublishedDataset();
const units = papiUnitsView(published);
const sample = (file: string): PapiPlan =>
  parsePlan(JSON.parse(readFileSync(new URL(`../../../../samples/${file}`, import.meta.url), 'utf8')), file);
const formOf = (plan: PapiPlan, lang: 'vi' | 'en' = 'vi'): PlanForm => ({
  ...planFormTexts(plan, lang),
  province: plan.province,
  baselineYear: plan.baselineYear,
  ...(plan.units === 'units-2025' ? { units: true } : {}),
});

describe('plan builder state (plan-state.ts)', () => {
  const plan2025 = sample('an-giang-2025-plan.json');

  it("the An Giang 2025 sample typed in Vietnamese: the CLI's implied total and field, a chance to run", async () => {
    const cli = await json('plan', 'samples/an-giang-2025-plan.json');
    const { state, runChance } = reviewForm(INITIAL_PLAN_STATE, units, formOf(plan2025));
    expect(state.problem).toBeNull();
    expect(state.review!.report.impliedTotal).toBeCloseTo(cli.implied_total, 9);
    const field = state.review!.report.fields[0]!;
    expect([field.year, field.rank, field.of]).toEqual([cli.fields[0].year, cli.fields[0].rank, cli.fields[0].of]);
    expect(runChance?.targets).toEqual(plan2025.targets);
  });

  it('the chance runs again only when the plan changed (not for its name or agencies)', () => {
    const first = reviewForm(INITIAL_PLAN_STATE, units, formOf(plan2025)).state;
    const form = formOf(plan2025);
    expect(reviewForm(first, units, form).runChance).toBeNull();
    expect(reviewForm(first, units, { ...form, name: 'Khác', agencies: { d1: 'Sở Nội vụ' } }).runChance).toBeNull();
    const changed = reviewForm(first, units, { ...form, targets: { ...form.targets, d8: '4,2' } });
    expect(changed.runChance?.targets.d8).toBe(4.2);
  });

  it('no target: nothing to judge; a form that does not read: its problem kept, no review', () => {
    const empty = reviewForm(INITIAL_PLAN_STATE, units, { ...formOf(plan2025), targets: {} });
    expect(empty.state.review).toBeNull();
    expect(empty.runChance).toBeNull();
    const bad = reviewForm(INITIAL_PLAN_STATE, units, { ...formOf(plan2025), targetYear: 'năm sau' });
    expect(bad.state.review).toBeNull();
    expect(bad.state.problem).toBeTruthy();
    expect(bad.runChance).toBeNull();
  });

  it('chance: start, progress, result; a result after a stop is ignored', () => {
    const result = { probability: 0.5 } as unknown as ChanceResult;
    let chance = nextChance({ status: 'idle' }, { type: 'start', total: 100 });
    chance = nextChance(chance, { type: 'progress', done: 40, total: 100 });
    expect(chance).toEqual({ status: 'running', done: 40, total: 100 });
    expect(nextChance(chance, { type: 'result', result, fieldYear: 2024 })).toEqual({
      status: 'done',
      result,
      fieldYear: 2024,
    });
    const stopped = nextChance(chance, { type: 'stop' });
    expect(nextChance(stopped, { type: 'result', result, fieldYear: 2024 })).toEqual({ status: 'idle' });
    expect(nextChance(stopped, { type: 'progress', done: 50, total: 100 })).toEqual({ status: 'idle' });
  });

  it('An Giang 2020: every line unneeded is said once (no line says it); D4 and D6 met, as the CLI says', async () => {
    const plan = sample('an-giang-2020-plan.json');
    const review = reviewForm(INITIAL_PLAN_STATE, published, formOf(plan, 'en')).state.review!;
    expect(everyLineNotNeeded(review)).toBe(true);
    const lines = planLines(review);
    expect(lines.filter((l) => l.notNeeded)).toEqual([]);
    const cli = await json('plan', 'samples/an-giang-2020-plan.json');
    const hit = cli.achieved.dimensions.filter((d: { met: boolean }) => d.met).map((d: { code: string }) => d.code);
    expect(lines.filter((l) => l.achieved?.met).map((l) => l.code)).toEqual(hit);
    expect(planFlags(review).notNeeded).toHaveLength(8);
  });

  it('a line never reads "not needed" beside a least-effort increase on it', () => {
    for (const rank of ['3', '10', '20', '30']) {
      const review = reviewForm(INITIAL_PLAN_STATE, units, { ...formOf(plan2025), rank }).state.review!;
      for (const line of planLines(review))
        if (line.notNeeded) expect(line.leastEffortIncrease ?? 0, `${rank} ${line.code}`).toBeLessThanOrEqual(1e-6);
    }
  });
});

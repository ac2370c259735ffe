// Sheets the pane writes with the "2025 units" switch on: every =PAPI.* formula that takes `units` gets 2025 in the
// position the generated metadata gives it, so the sheet computes the unit the pane showed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateScenario, papiUnitsView, reviewPlan, type Scenario } from '../../../engine';
import { readPlanForm, type PlanForm } from '../../../addin/taskpane/actions/plan-form';
import { planSheetLayout } from '../../../addin/taskpane/actions/plan-sheet';
import { withUnitsArgument } from '../../../addin/taskpane/actions/units-formulas';
import { scenarioSheetLayout } from '../../../addin/taskpane/actions/write-to-sheet';
import { buildFunctionsForTests } from '../../../scripts/functions-harness';
import { dataset } from '../../helpers/published';

let parameters: Map<string, string[]>;

beforeAll(async () => {
  const metadata = JSON.parse(readFileSync(join(await buildFunctionsForTests(), 'functions.json'), 'utf8')) as {
    functions: { id: string; parameters: { name: string }[] }[];
  };
  parameters = new Map(metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
});

/** [function, arguments] of every PAPI call in a formula (the pane's formulas have no nested calls). */
const calls = (formula: string) =>
  [...formula.matchAll(/PAPI\.([A-Z]+)\(([^()]*)\)/g)].map((m) => [m[1]!, m[2]!.split(',')] as const);

describe('withUnitsArgument', () => {
  it('puts 2025 where the metadata declares `units`, padding omitted optional arguments', () => {
    const formulas = [
      '=PAPI.SCORE($B$3,$B$4)',
      '=PAPI.SCORE($B$3,$B$4,A7)',
      '=PAPI.RANK($B$3,$B$4)',
      '=PAPI.GROUP($B$3,$B$4,,"vi")',
      '=PAPI.SIMULATE($B$3,$B$4,$A$7:$B$14,"en")',
      '=PAPI.TABLE(2024)',
      '=PAPI.TARGET(B4,B5,10)',
      '=PAPI.CHANCE(B4,B5,10)',
      '=PAPI.RANKOF(45,2024)',
    ];
    for (const formula of formulas) {
      for (const [name, args] of calls(withUnitsArgument(formula))) {
        expect(args.at(-1), formula).toBe('2025');
        expect(args.length - 1, formula).toBe(parameters.get(name)!.indexOf('units'));
      }
    }
    expect(withUnitsArgument('=PAPI.SCORE($B$3,$B$4)')).toBe('=PAPI.SCORE($B$3,$B$4,,2025)');
  });

  it('leaves functions without `units` and other formulas alone', () => {
    expect(withUnitsArgument('=PAPI.TOTAL(B7:B14,2024)')).toBe('=PAPI.TOTAL(B7:B14,2024)');
    expect(withUnitsArgument('=IF(OR(B7="",C7=""),"",B7-C7)')).toBe('=IF(OR(B7="",C7=""),"",B7-C7)');
  });
});

describe('a scenario sheet for a 2025 unit', () => {
  const scenario: Scenario = {
    name: 'An Giang mới D3 +1',
    index: 'papi',
    year: 2024,
    changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
  };
  const outcome = evaluateScenario(papiUnitsView(dataset), scenario).provinces[0]!;

  it('asks every PAPI function with `units` for the 34 units, and says the scores of a merged unit are estimates', () => {
    const layout = scenarioSheetLayout({ scenario, outcome, lang: 'vi', units: true });
    const formulas = layout.blocks.flatMap((b) => b.formulas?.flat() ?? []).filter((f) => f.includes('PAPI.'));
    expect(formulas.length).toBeGreaterThan(8);
    for (const formula of formulas) {
      for (const [name, args] of calls(formula))
        if (parameters.get(name)!.includes('units')) expect(args.at(-1), formula).toBe('2025');
    }
    expect(layout.blocks.flatMap((b) => b.values?.flat() ?? []).join(' ')).toMatch(/ước tính/);
    // the same scenario without the switch writes the formulas as before
    const former = scenarioSheetLayout({ scenario, outcome, lang: 'vi' });
    expect(former.blocks.flatMap((b) => b.formulas?.flat() ?? []).some((f) => f.includes('2025'))).toBe(false);
  });
});

describe('a plan built with the switch on', () => {
  const form: PlanForm = {
    name: 'An Giang mới 2025',
    province: 'An Giang',
    baselineYear: 2024,
    targetYear: '2025',
    goalKind: 'rank',
    rank: '10',
    group: '',
    total: '',
    targets: { d3: '4,5', d8: '3.2' },
    agencies: {},
    iterations: '',
    seed: '',
    units: true,
  };

  it('says "units": 2025, is judged among the 34 units, and its sheet asks the functions for the 34 units', () => {
    const plan = readPlanForm(form);
    expect(plan.units).toBe('units-2025');
    expect(readPlanForm({ ...form, units: false }).units).toBeUndefined();
    const review = reviewPlan(dataset, plan);
    expect(review.report.fields[0]!.of).toBeLessThanOrEqual(34);
    const formulas = planSheetLayout({ review, lang: 'en' })
      .blocks.flatMap((b) => b.formulas?.flat() ?? [])
      .filter((f) => f.includes('PAPI.'));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas)
      for (const [name, args] of calls(formula))
        if (parameters.get(name)!.includes('units')) expect(args.at(-1), formula).toBe('2025');
    const former = planSheetLayout({
      review: reviewPlan(dataset, readPlanForm({ ...form, units: false })),
      lang: 'en',
    });
    expect(former.blocks.flatMap((b) => b.formulas?.flat() ?? []).some((f) => /,2025\)/.test(f))).toBe(false);
  });
});

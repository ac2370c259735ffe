import { COMPOSITE_OPTIONS, OPTION, UNITS_OPTIONS } from '../options';
import { compositeSimulateOutput } from '../composite-output';
import {
  compareScenarios,
  EngineError,
  evaluateParScenario,
  type ParScenarioResult,
  evaluateScenario,
  parseScenario,
  type ProvinceOutcome,
  type Scenario,
  type ScenarioResult,
  type Dataset,
} from '../../engine';
import { numberPairs, option, requireOption, yearOption } from '../args';
import type { CliArgs, CliCommand, CommandResult, Lang } from '../command';
import { groupName, score, signed, table, fixed } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { runByIndex } from '../index-option';
import { definitionRulesOf } from '../../engine/all';
import { changesFromArgs, standingJson } from '../scenario-options';
import { readJsonFile, withUserData } from '../user-data';
import { unitsOption } from '../units-option';
import { parResultJson } from './score';

export function outcomeJson(p: ProvinceOutcome): Record<string, unknown> {
  return {
    province: p.nameVi,
    province_ascii: p.nameAscii,
    gso_code: p.code,
    base: standingJson(p.base),
    scenario: {
      ...standingJson(p.scenario),
      dimensions: p.dimensions.map((d) => ({
        code: d.code,
        name_vi: d.name.vi,
        name_en: d.name.en,
        base: d.base,
        score: d.score,
        change: d.change,
        rank: d.rank,
        base_rank: d.baseRank,
        of: d.of,
        group: d.group,
        base_group: d.baseGroup,
      })),
    },
    change: p.change,
  };
}

function resultJson(result: ScenarioResult): Record<string, unknown> {
  return {
    name: result.scenario.name,
    year: result.scenario.year,
    provinces: result.provinces.map(outcomeJson),
    reweighted:
      result.reweighted &&
      result.reweighted.map((r) => ({
        province: r.nameVi,
        gso_code: r.code,
        base_rank: r.baseRank,
        rank: r.rank,
        shift: r.shift,
      })),
    warnings: result.warnings,
  };
}

function outcomeText(p: ProvinceOutcome, lang: Lang): string {
  const name = lang === 'vi' ? p.nameVi : p.nameAscii;
  const line = (label: string, s: ProvinceOutcome['base']) =>
    `${label}: ${score(s.total, lang) ?? '–'}, ${say(lang, 'rankWord')} ${s.rank ?? '–'}/${s.of}, ${groupName(s.group, lang) ?? '–'}`;
  const header = say(lang, 'simulateHeader').split('|');
  const rows = p.dimensions.map((d) => [
    d.code.toUpperCase(),
    d.name[lang],
    score(d.base, lang),
    score(d.score, lang),
    signed(d.change, lang),
    d.rank === null ? null : `${d.baseRank ?? '–'}→${d.rank}/${d.of}`,
    groupName(d.group, lang),
  ]);
  return [
    name,
    line(say(lang, 'publishedWord'), p.base),
    line(say(lang, 'scenarioWord'), p.scenario),
    '',
    table(header, rows),
  ].join('\n');
}

function parScenarioResult(result: ParScenarioResult): CommandResult {
  const { base, scenario } = result;
  return {
    json: { base: parResultJson(base), scenario: parResultJson(scenario), changes: result.changes },
    text: (lang) =>
      say(lang, 'parScenarioLine', {
        year: scenario.year,
        base: fixed(base.total, lang, 2),
        scenario: fixed(scenario.total, lang, 2),
        percent: fixed(scenario.percent, lang, 2),
        group: scenario.group,
      }),
  };
}

/** A scenario file; one written for the 2025 units ("units": 2025) cannot be run with `--units 63`. */
function scenarioFromFile(args: CliArgs, name: string): Scenario {
  const { file, json } = readJsonFile(option(args, name)!);
  const scenario = parseScenario(json, file);
  if (scenario.units === 'units-2025' && unitsOption(args) === 'former')
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--units 63',
      ...cliMessage('scenarioUnitsConflict', { file }),
    });
  return scenario;
}

export const command: CliCommand = {
  name: 'simulate',
  summary: cliMessage('summarySimulate'),
  options: {
    index: OPTION.index,
    year: OPTION.year,
    province: OPTION.province,
    set: OPTION.set,
    add: OPTION.add,
    weights: OPTION.weights,
    boundary: OPTION.boundary,
    data: OPTION.data,
    'allow-partial': OPTION['allow-partial'],
    points: OPTION.points,
    scenario: OPTION.scenario,
    compare: OPTION.compare,
    ...UNITS_OPTIONS,
    ...COMPOSITE_OPTIONS,
  },
  exclusive: [
    ['scenario', 'province'],
    ['scenario', 'set'],
    ['scenario', 'add'],
    ['scenario', 'weights'],
    ['scenario', 'year'],
    ['compare', 'province'],
    ['data', 'data-dir'],
  ],
  example: 'simulate --year 2019 --province "An Giang" --set d2=5.5 --add d8=0.4',
  run(args, context) {
    if (option(args, 'scenario') !== undefined) return scenarioFileResult(args, context.dataset());
    return runByIndex(
      args,
      {
        papi: () => papiSimulate(args, context.dataset()),
        par: () => {
          const year = yearOption(args);
          return parScenarioResult(
            evaluateParScenario(context.dataset(), {
              name: 'cli',
              index: 'par',
              year,
              points: numberPairs(args, 'points'),
              changes: changesFromArgs(args, ''),
            }),
          );
        },
      },
      { dataset: context.dataset, run: (data) => compositeSimulateOutput(args, context.dataset(), data) },
    );
  },
};

/** What a scenario of an index changes, as its module says (registry: definitionRules.scenario). */
type ScenarioKind = NonNullable<ReturnType<typeof definitionRulesOf>>['scenario'];

/**
 * A scenario file names its own index; the index's module says what kind of scenario it evaluates (registry:
 * definitionRules.scenario, checked by parseScenario): a field of provinces (PAPI) or one province's points (PAR INDEX).
 */
function scenarioFileResult(args: CliArgs, published: Dataset): CommandResult {
  const a = scenarioFromFile(args, 'scenario');
  const byKind: Readonly<Record<ScenarioKind, () => CommandResult>> = {
    points: () => {
      if (option(args, 'compare') !== undefined)
        throw new EngineError({
          code: 'INVALID_INPUT',
          input: '--compare',
          ...cliMessage('compareParOnly'),
        });
      return parScenarioResult(evaluateParScenario(published, a));
    },
    field: () => papiScenarioFileResult(args, published, a),
  };
  return byKind[definitionRulesOf(a.index)!.scenario]();
}

function papiScenarioFileResult(args: CliArgs, published: Dataset, a: Scenario): CommandResult {
  const dataset = withUserData(published, args, a.year);
  if (option(args, 'compare') !== undefined) {
    const comparison = compareScenarios(dataset, a, scenarioFromFile(args, 'compare'));
    return {
      json: {
        a: resultJson(comparison.a),
        b: resultJson(comparison.b),
        rows: comparison.rows.map((r) => ({
          province: r.nameVi,
          gso_code: r.code,
          base: standingJson(r.base),
          a: standingJson(r.a),
          b: standingJson(r.b),
        })),
      },
      text: (lang) =>
        table(
          say(lang, 'compareHeader', { a: comparison.a.scenario.name, b: comparison.b.scenario.name }).split('|'),
          comparison.rows.map((r) => [
            r.nameVi,
            `${score(r.base.total, lang)} (${r.base.rank})`,
            `${score(r.a.total, lang)} (${r.a.rank})`,
            `${score(r.b.total, lang)} (${r.b.rank})`,
          ]),
        ),
    };
  }
  const result = evaluateScenario(dataset, a);
  return {
    json: resultJson(result),
    text: (lang) =>
      [
        a.name,
        ...result.provinces.map((p) => outcomeText(p, lang)),
        ...result.warnings.map((w) => `! ${w[lang]}`),
      ].join('\n\n'),
  };
}

function papiSimulate(args: CliArgs, published: Dataset): CommandResult {
  const year = yearOption(args);
  const province = requireOption(args, 'province', 'expectProvince');
  const dataset = withUserData(published, args, year);
  const weights = numberPairs(args, 'weights');
  // The province is reported even with no change (its published standing, in the same shape).
  const result = evaluateScenario(
    dataset,
    {
      name: 'cli',
      index: 'papi',
      year,
      changes: changesFromArgs(args, province),
      weights: Object.keys(weights).length ? weights : null,
      ...(option(args, 'boundary') ? { boundary: option(args, 'boundary') as 'lower' | 'upper' } : {}),
    },
    [province],
  );
  const outcome = result.provinces[0]!;
  return {
    json: { year, ...outcomeJson(outcome), reweighted: resultJson(result).reweighted, warnings: result.warnings },
    text: (lang) => [outcomeText(outcome, lang), ...result.warnings.map((w) => `! ${w[lang]}`)].join('\n'),
  };
}

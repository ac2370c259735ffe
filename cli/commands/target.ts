import { COMPOSITE_OPTIONS, OF_OPTION, OPTION, UNITS_OPTIONS } from '../options';
import { compositeTargetOutput } from '../composite-output';
import {
  EngineError,
  findProvince,
  PAPI_GOAL,
  PAR_GOAL,
  restateRank,
  solveParTarget,
  solveTarget,
  type RestatedRank,
  type TargetGoal,
  type TargetResult,
} from '../../engine';
import { provinceTitle } from '../units-option';
import { numberPairs, option, requireOption, yearOption } from '../args';
import type { CliArgs, CliCommand, CommandResult, Lang } from '../command';
import type { Dataset } from '../../engine';
import { groupName, score, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { goalOption, integerOption, parQueryFromArgs, standingJson } from '../scenario-options';
import { runByIndex } from '../index-option';
import { parResultJson } from './score';
import { withUserData } from '../user-data';

function targetText(r: TargetResult, lang: Lang): string {
  const header = say(lang, 'targetHeader').split('|');
  const rows = Object.entries(r.allocation).map(([code, x]) => [
    code.toUpperCase(),
    x.toFixed(4),
    r.caps[code]!.toFixed(2),
    r.singleDimension[code] === null ? say(lang, 'notEnough') : r.singleDimension[code]!.toFixed(4),
  ]);
  const result = `${say(lang, 'resultWord')}: ${score(r.scenario.total)}, ${say(lang, 'rankWord')} ${r.scenario.rank}/${r.scenario.of}, ${groupName(r.scenario.group, lang)}`;
  return [r.message[lang], result, '', table(header, rows)].join('\n');
}

export const command: CliCommand = {
  name: 'target',
  summary: cliMessage('summaryTarget'),
  options: {
    index: OPTION.index,
    year: OPTION.year,
    province: OPTION.province,
    rank: OPTION.rank,
    group: OPTION.group,
    total: OPTION.total,
    cap: OPTION.cap,
    weights: OPTION.weights,
    level: OPTION.level,
    boundary: OPTION.boundary,
    data: OPTION.data,
    'allow-partial': OPTION['allow-partial'],
    points: OPTION.points,
    maxima: OPTION.maxima,
    na: OPTION.na,
    criteria: OPTION.criteria,
    of: OF_OPTION,
    ...UNITS_OPTIONS,
    ...COMPOSITE_OPTIONS,
  },
  exclusive: [['data', 'data-dir']],
  example: 'target --year 2019 --province "An Giang" --rank 20 --cap realistic',
  run(args, context) {
    const year = yearOption(args);
    return runByIndex(
      args,
      {
        papi: () => papiTarget(args, context.dataset(), year),
        par: () => parTarget(args, context.dataset(), year),
      },
      { dataset: context.dataset, run: (data) => compositeTargetOutput(args, context.dataset(), data) },
    );
  },
};

function papiTarget(args: CliArgs, published: Dataset, year: number): CommandResult {
  const province = requireOption(args, 'province', 'expectProvince');
  const stated = goalOption(args, PAPI_GOAL);
  const level = option(args, 'level') as 'dimension' | 'subdimension' | undefined; // checked against its choices by the parser
  const dataset = withUserData(published, args, year);
  // "--rank 20 --of 63": a target written against another field, restated by percentile for this one.
  const of = integerOption(args, 'of');
  if (of !== undefined && !('rank' in stated))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--of',
      ...cliMessage('ofNeedsRank'),
    });
  const restated: RestatedRank | null =
    of !== undefined && 'rank' in stated
      ? restateRank({ rank: stated.rank, of, among: dataset.provinces.all.length })
      : null;
  const goal: TargetGoal = restated ? { rank: restated.rank } : stated;
  const r = solveTarget(dataset, {
    year,
    province,
    goal,
    caps: option(args, 'cap') ?? 'bounds',
    weights: numberPairs(args, 'weights'),
    level: level ?? 'dimension',
    boundary: option(args, 'boundary'),
  });
  const unit = findProvince(dataset.provinces, province);
  return {
    json: {
      province: unit.nameVi,
      gso_code: unit.code,
      units: dataset.provinces.set === 'units-2025' ? 2025 : 63,
      goal,
      restated: restated && {
        from: { rank: 'rank' in stated ? stated.rank : null, of },
        rank: restated.rank,
        of: restated.of,
        exact: restated.exact,
        rule: restated.rule,
      },
      reachable: r.reachable,
      required_total: r.requiredTotal,
      base: standingJson(r.base),
      allocation: r.allocation,
      total_increase: r.totalIncrease,
      cost: r.cost,
      scenario: standingJson(r.scenario),
      caps: r.caps,
      single_dimension: r.singleDimension,
      message: r.message,
      warnings: r.warnings,
    },
    text: (lang) =>
      [
        provinceTitle(dataset, unit, lang),
        ...(restated ? [restated.rule[lang]] : []),
        targetText(r, lang),
        ...r.warnings.map((w) => `! ${w[lang]}`),
      ].join('\n'),
  };
}

function parTarget(args: CliArgs, dataset: Dataset, year: number): CommandResult {
  const r = solveParTarget(dataset, {
    ...parQueryFromArgs(args, dataset, year),
    goal: goalOption(args, PAR_GOAL),
    weights: numberPairs(args, 'weights'),
  });
  return {
    json: {
      reachable: r.reachable,
      required_total: r.requiredTotal,
      allocation: r.allocation,
      total_increase: r.totalIncrease,
      base: parResultJson(r.base),
      scenario: parResultJson(r.scenario),
      single_area: r.singleArea,
      message: r.message,
    },
    text: (lang) =>
      [
        r.message[lang],
        `${r.base.total.toFixed(2)} → ${r.scenario.total.toFixed(2)} (${r.scenario.percent.toFixed(2)}%)`,
        '',
        table(
          say(lang, 'parTargetHeader').split('|'),
          Object.entries(r.allocation).map(([code, x]) => [code, x.toFixed(2)]),
        ),
      ].join('\n'),
  };
}

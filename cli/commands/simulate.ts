import { compareScenarios, evaluateParScenario, evaluateScenario, parseScenario, type ProvinceOutcome, type Scenario, type ScenarioResult } from '../../engine';
import { numberPairs, option, requireOption, yearOption } from '../args';
import type { CliArgs, CliCommand, Lang } from '../command';
import { groupName, score, signed, t, table } from '../format';
import { indexName } from '../index-option';
import { changesFromArgs, standingJson } from '../scenario-options';
import { readJsonFile, withUserData } from '../user-data';
import { parResultJson } from './score';

export function outcomeJson(p: ProvinceOutcome): Record<string, unknown> {
  return {
    province: p.nameVi,
    province_ascii: p.nameAscii,
    gso_code: p.code,
    base: standingJson(p.base),
    scenario: {
      ...standingJson(p.scenario),
      dimensions: p.dimensions.map((d) => ({ code: d.code, name_vi: d.name.vi, name_en: d.name.en, base: d.base, score: d.score, change: d.change, rank: d.rank, base_rank: d.baseRank, of: d.of, group: d.group, base_group: d.baseGroup })),
    },
    change: p.change,
  };
}

function resultJson(result: ScenarioResult): Record<string, unknown> {
  return {
    name: result.scenario.name,
    year: result.scenario.year,
    provinces: result.provinces.map(outcomeJson),
    reweighted: result.reweighted && result.reweighted.map((r) => ({ province: r.nameVi, gso_code: r.code, base_rank: r.baseRank, rank: r.rank, shift: r.shift })),
    warnings: result.warnings,
  };
}

function outcomeText(p: ProvinceOutcome, lang: Lang): string {
  const name = lang === 'vi' ? p.nameVi : p.nameAscii;
  const line = (label: string, s: ProvinceOutcome['base']) => `${label}: ${score(s.total) ?? '–'}, ${t(lang, 'hạng', 'rank')} ${s.rank ?? '–'}/${s.of}, ${groupName(s.group, lang) ?? '–'}`;
  const header = t(lang, 'Mã|Chỉ số nội dung|Điểm gốc|Kịch bản|±|Hạng|Nhóm', 'Code|Dimension|Base|Scenario|±|Rank|Group').split('|');
  const rows = p.dimensions.map((d) => [d.code.toUpperCase(), d.name[lang], score(d.base), score(d.score), signed(d.change), d.rank === null ? null : `${d.baseRank ?? '–'}→${d.rank}/${d.of}`, groupName(d.group, lang)]);
  return [name, line(t(lang, 'Công bố', 'Published'), p.base), line(t(lang, 'Kịch bản', 'Scenario'), p.scenario), '', table(header, rows)].join('\n');
}

function scenarioFromFile(args: CliArgs, name: string): Scenario {
  const { file, json } = readJsonFile(option(args, name)!);
  return parseScenario(json, file);
}

export const command: CliCommand = {
  name: 'simulate',
  usage: {
    vi: 'simulate --index papi --year <năm> --province <tên> [--units 2025] [--set d2=5.5] [--add d8=0.4] [--weights d8=2] | --scenario kịch-bản.json [--compare kịch-bản-b.json]; PAR: simulate --index par --year <năm> --points a1=9,... [--set a6=7] [--add a3=1]',
    en: 'simulate --index papi --year <year> --province <name> [--units 2025] [--set d2=5.5] [--add d8=0.4] [--weights d8=2] | --scenario scenario.json [--compare scenario-b.json]; PAR: simulate --index par --year <year> --points a1=9,... [--set a6=7] [--add a3=1]',
  },
  run(args, context) {
    if (indexName(args) === 'par') {
      const year = yearOption(args);
      const result = evaluateParScenario(context.dataset(), { name: 'cli', index: 'par', year, points: numberPairs(args, 'points'), changes: changesFromArgs(args, '') });
      return {
        json: { base: parResultJson(result.base), scenario: parResultJson(result.scenario), changes: result.changes },
        text: (lang) => t(lang, `PAR INDEX ${year}: ${result.base.total.toFixed(2)} → ${result.scenario.total.toFixed(2)} điểm (${result.scenario.percent.toFixed(2)}%), nhóm ${result.scenario.group ?? '–'}`, `PAR INDEX ${year}: ${result.base.total.toFixed(2)} → ${result.scenario.total.toFixed(2)} points (${result.scenario.percent.toFixed(2)}%), group ${result.scenario.group ?? '–'}`),
      };
    }
    if (option(args, 'scenario') !== undefined) {
      const a = scenarioFromFile(args, 'scenario');
      const dataset = withUserData(context.dataset(), args, a.year);
      if (option(args, 'compare') !== undefined) {
        const comparison = compareScenarios(dataset, a, scenarioFromFile(args, 'compare'));
        return {
          json: { a: resultJson(comparison.a), b: resultJson(comparison.b), rows: comparison.rows.map((r) => ({ province: r.nameVi, gso_code: r.code, base: standingJson(r.base), a: standingJson(r.a), b: standingJson(r.b) })) },
          text: (lang) => table(t(lang, `Tỉnh|Công bố|${comparison.a.scenario.name}|${comparison.b.scenario.name}`, `Province|Published|${comparison.a.scenario.name}|${comparison.b.scenario.name}`).split('|'), comparison.rows.map((r) => [r.nameVi, `${score(r.base.total)} (${r.base.rank})`, `${score(r.a.total)} (${r.a.rank})`, `${score(r.b.total)} (${r.b.rank})`])),
        };
      }
      const result = evaluateScenario(dataset, a);
      return { json: resultJson(result), text: (lang) => [a.name, ...result.provinces.map((p) => outcomeText(p, lang)), ...result.warnings.map((w) => `! ${w[lang]}`)].join('\n\n') };
    }
    const year = yearOption(args);
    const province = requireOption(args, 'province', { vi: 'tên tỉnh, ví dụ "An Giang"', en: 'a province name, e.g. "An Giang"' });
    const dataset = withUserData(context.dataset(), args, year);
    const weights = numberPairs(args, 'weights');
    // The province is reported even with no change (its published standing, in the same shape).
    const result = evaluateScenario(dataset, { name: 'cli', index: 'papi', year, changes: changesFromArgs(args, province), weights: Object.keys(weights).length ? weights : null, boundary: option(args, 'boundary') === 'upper' ? 'upper' : 'lower' }, [province]);
    const outcome = result.provinces[0]!;
    return {
      json: { year, ...outcomeJson(outcome), reweighted: resultJson(result).reweighted, warnings: result.warnings },
      text: (lang) => [outcomeText(outcome, lang), ...result.warnings.map((w) => `! ${w[lang]}`)].join('\n'),
    };
  },
};

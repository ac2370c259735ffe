import { EngineError, findProvince, restateRank, solveParTarget, solveTarget, type RestatedRank, type TargetGoal, type TargetResult } from '../../engine';
import { integerOption } from '../scenario-options';
import { provinceTitle } from '../units-option';
import { numberPairs, option, requireOption, yearOption } from '../args';
import type { CliArgs, CliCommand, CommandResult, Lang } from '../command';
import type { Dataset } from '../../engine';
import { groupName, score, t, table } from '../format';
import { goalOption, groupOption, parQueryFromArgs, standingJson } from '../scenario-options';
import { indexName } from '../index-option';
import { parResultJson } from './score';
import { withUserData } from '../user-data';

function targetText(r: TargetResult, lang: Lang): string {
  const header = t(lang, 'Mã|Tăng thêm|Giới hạn|Riêng chỉ số này', 'Code|Increase|Cap|This part alone').split('|');
  const rows = Object.entries(r.allocation).map(([code, x]) => [code.toUpperCase(), x.toFixed(4), r.caps[code]!.toFixed(2), r.singleDimension[code] === null ? t(lang, 'không đủ', 'not enough') : r.singleDimension[code]!.toFixed(4)]);
  const result = `${t(lang, 'Kết quả', 'Result')}: ${score(r.scenario.total)}, ${t(lang, 'hạng', 'rank')} ${r.scenario.rank}/${r.scenario.of}, ${groupName(r.scenario.group, lang)}`;
  return [r.message[lang], result, '', table(header, rows)].join('\n');
}

export const command: CliCommand = {
  name: 'target',
  usage: {
    vi: 'target --index papi --year <năm> --province <tên> [--units 2025] [--of 63] (--rank K | --group G | --total T) [--cap bounds|best|gain|realistic] [--weights d1=2,...] [--level subdimension]; PAR: target --index par --year <năm> --points a1=9,... (--rank K | --group A | --total T) [--weights a1=2,...]',
    en: 'target --index papi --year <year> --province <name> [--units 2025] [--of 63] (--rank K | --group G | --total T) [--cap bounds|best|gain|realistic] [--weights d1=2,...] [--level subdimension]; PAR: target --index par --year <year> --points a1=9,... (--rank K | --group A | --total T) [--weights a1=2,...]',
  },
  run(args, context) {
    const year = yearOption(args);
    if (indexName(args) === 'par') return parTarget(args, context.dataset(), year);
    const province = requireOption(args, 'province', { vi: 'tên tỉnh, ví dụ "An Giang"', en: 'a province name, e.g. "An Giang"' });
    const stated = goalOption(args, groupOption(args), true);
    const level = option(args, 'level');
    if (level !== undefined && level !== 'dimension' && level !== 'subdimension') throw new EngineError({ code: 'INVALID_INPUT', input: level, vi: `--level "${level}" không hợp lệ: cần dimension hoặc subdimension.`, en: `--level "${level}" is invalid: expected dimension or subdimension.` });
    const dataset = withUserData(context.dataset(), args, year);
    // "--rank 20 --of 63": a target written against another field, restated by percentile for this one.
    const of = integerOption(args, 'of');
    if (of !== undefined && !('rank' in stated)) throw new EngineError({ code: 'INVALID_INPUT', input: '--of', vi: '--of chỉ dùng cùng --rank (ví dụ --rank 20 --of 63).', en: '--of goes with --rank (e.g. --rank 20 --of 63).' });
    const restated: RestatedRank | null = of !== undefined && 'rank' in stated ? restateRank({ rank: stated.rank, of, among: dataset.provinces.all.length }) : null;
    const goal: TargetGoal = restated ? { rank: restated.rank } : stated;
    const r = solveTarget(dataset, { year, province, goal, caps: option(args, 'cap') ?? 'bounds', weights: numberPairs(args, 'weights'), level: level ?? 'dimension', boundary: option(args, 'boundary') });
    const unit = findProvince(dataset.provinces, province);
    const title = (lang: Lang) => provinceTitle(dataset, unit, lang);
    return {
      json: { province: unit.nameVi, gso_code: unit.code, units: dataset.provinces.set === 'units-2025' ? 2025 : 63, goal, restated: restated && { from: { rank: 'rank' in stated ? stated.rank : null, of }, rank: restated.rank, of: restated.of, exact: restated.exact, rule: restated.rule }, reachable: r.reachable, required_total: r.requiredTotal, base: standingJson(r.base), allocation: r.allocation, total_increase: r.totalIncrease, cost: r.cost, scenario: standingJson(r.scenario), caps: r.caps, single_dimension: r.singleDimension, message: r.message, warnings: r.warnings },
      text: (lang) => [title(lang), ...(restated ? [restated.rule[lang]] : []), targetText(r, lang), ...r.warnings.map((w) => `! ${w[lang]}`)].join('\n'),
    };
  },
};

function parTarget(args: CliArgs, dataset: Dataset, year: number): CommandResult {
  const r = solveParTarget(dataset, { ...parQueryFromArgs(args, dataset, year), goal: goalOption(args, option(args, 'group'), true), weights: numberPairs(args, 'weights') });
  return {
    json: { reachable: r.reachable, required_total: r.requiredTotal, allocation: r.allocation, total_increase: r.totalIncrease, base: parResultJson(r.base), scenario: parResultJson(r.scenario), single_area: r.singleArea, message: r.message },
    text: (lang) => [r.message[lang], `${r.base.total.toFixed(2)} → ${r.scenario.total.toFixed(2)} (${r.scenario.percent.toFixed(2)}%)`, '', table(t(lang, 'Lĩnh vực|Thêm điểm', 'Area|Add points').split('|'), Object.entries(r.allocation).map(([code, x]) => [code, x.toFixed(2)]))].join('\n'),
  };
}

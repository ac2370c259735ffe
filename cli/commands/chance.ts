import { findProvince, rankChance, type ChanceQuery } from '../../engine';
import { option, requireOption, yearOption } from '../args';
import type { CliCommand } from '../command';
import { t } from '../format';
import { changesFromArgs, decimalOption, goalOption, groupOption, integerOption } from '../scenario-options';
import { withUserData } from '../user-data';
import { provinceTitle } from '../units-option';

export const command: CliCommand = {
  name: 'chance',
  usage: {
    vi: 'chance --index papi --year <năm> --province <tên> [--units 2025] (--rank K | --group G) [--set d2=5.5] [--add d8=0.4] [--iterations N] [--seed S] [--se x | --ci x] [--years n] [--static]',
    en: 'chance --index papi --year <year> --province <name> [--units 2025] (--rank K | --group G) [--set d2=5.5] [--add d8=0.4] [--iterations N] [--seed S] [--se x | --ci x] [--years n] [--static]',
  },
  run(args, context) {
    const year = yearOption(args);
    const province = requireOption(args, 'province', { vi: 'tên tỉnh, ví dụ "An Giang"', en: 'a province name, e.g. "An Giang"' });
    const dataset = withUserData(context.dataset(), args, year);
    const unit = findProvince(dataset.provinces, province);
    const r = rankChance(dataset, {
      year,
      province,
      goal: goalOption(args, groupOption(args), false) as ChanceQuery['goal'],
      changes: changesFromArgs(args, province),
      iterations: integerOption(args, 'iterations'),
      seed: integerOption(args, 'seed'),
      standardError: decimalOption(args, 'se') ?? null,
      confidenceInterval: decimalOption(args, 'ci') ?? null,
      years: integerOption(args, 'years'),
      othersMove: args.options.static === undefined,
      boundary: option(args, 'boundary'),
    });
    return {
      json: { province: unit.nameVi, gso_code: unit.code, units: dataset.provinces.set === 'units-2025' ? 2025 : 63, probability: r.probability, rank: r.rank, of: r.of, iterations: r.iterations, seed: r.seed, assumptions: r.assumptions },
      text: (lang) =>
        [
          provinceTitle(dataset, unit, lang),
          t(lang, `Xác suất đạt mục tiêu: ${(r.probability * 100).toFixed(1)}% (${r.iterations} lượt, hạt giống ${r.seed})`, `Probability of the goal: ${(r.probability * 100).toFixed(1)}% (${r.iterations} iterations, seed ${r.seed})`),
          t(lang, `Thứ hạng: danh nghĩa ${r.rank.nominal}, trung vị ${r.rank.median}, P5 ${r.rank.p5}, P95 ${r.rank.p95} (trên ${r.of})`, `Rank: nominal ${r.rank.nominal}, median ${r.rank.median}, P5 ${r.rank.p5}, P95 ${r.rank.p95} (of ${r.of})`),
          ...r.assumptions.map((a) => `- ${a[lang]}`),
        ].join('\n'),
    };
  },
};

import type { ChanceQuery } from '../../engine';
import { option, requireOption, yearOption } from '../args';
import type { CliCommand } from '../command';
import { t } from '../format';
import { changesFromArgs, decimalOption, goalOption, groupOption, integerOption } from '../scenario-options';
import { chanceWithProgress } from '../parallel/long-chance';
import { withUserData } from '../user-data';

export const command: CliCommand = {
  name: 'chance',
  usage: {
    vi: 'chance --index papi --year <năm> --province <tên> (--rank K | --group G) [--set d2=5.5] [--add d8=0.4] [--iterations N] [--seed S] [--se x | --ci x] [--years n] [--static]',
    en: 'chance --index papi --year <year> --province <name> (--rank K | --group G) [--set d2=5.5] [--add d8=0.4] [--iterations N] [--seed S] [--se x | --ci x] [--years n] [--static]',
  },
  async run(args, context) {
    const year = yearOption(args);
    const province = requireOption(args, 'province', { vi: 'tên tỉnh, ví dụ "An Giang"', en: 'a province name, e.g. "An Giang"' });
    const requested = integerOption(args, 'iterations');
    const r = await chanceWithProgress(withUserData(context.dataset(), args, year), {
      year,
      province,
      goal: goalOption(args, groupOption(args), false) as ChanceQuery['goal'],
      changes: changesFromArgs(args, province),
      iterations: requested,
      seed: integerOption(args, 'seed'),
      standardError: decimalOption(args, 'se') ?? null,
      confidenceInterval: decimalOption(args, 'ci') ?? null,
      years: integerOption(args, 'years'),
      othersMove: args.options.static === undefined,
      boundary: option(args, 'boundary'),
    });
    return {
      json: { probability: r.probability, rank: r.rank, of: r.of, iterations: r.iterations, seed: r.seed, assumptions: r.assumptions, ...(r.partial ? { partial: true, requested_iterations: requested } : {}) },
      ...(r.partial ? { exitCode: 130 } : {}),
      text: (lang) =>
        [
          ...(r.partial ? [t(lang, `KẾT QUẢ TỪNG PHẦN: dừng sau ${r.iterations} trên ${requested} lượt (Ctrl-C).`, `PARTIAL RESULT: stopped after ${r.iterations} of ${requested} iterations (Ctrl-C).`)] : []),
          t(lang, `Xác suất đạt mục tiêu: ${(r.probability * 100).toFixed(1)}% (${r.iterations} lượt, hạt giống ${r.seed})`, `Probability of the goal: ${(r.probability * 100).toFixed(1)}% (${r.iterations} iterations, seed ${r.seed})`),
          t(lang, `Thứ hạng: danh nghĩa ${r.rank.nominal}, trung vị ${r.rank.median}, P5 ${r.rank.p5}, P95 ${r.rank.p95} (trên ${r.of})`, `Rank: nominal ${r.rank.nominal}, median ${r.rank.median}, P5 ${r.rank.p5}, P95 ${r.rank.p95} (of ${r.of})`),
          ...r.assumptions.map((a) => `- ${a[lang]}`),
        ].join('\n'),
    };
  },
};

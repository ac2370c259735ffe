import { findProvince, PAPI_GOAL, readSeed, trackRecordNote, type ChanceQuery } from '../../engine';
import { provinceTitle } from '../units-option';
import { option, requireOption, yearOption } from '../args';
import { OPTION, UNITS_OPTIONS } from '../options';
import { indexName } from '../index-option';
import type { CliCommand } from '../command';
import { fixed } from '../format';

import { cliMessage, say } from '../i18n/messages';
import { changesFromArgs, decimalOption, goalOption, integerOption } from '../scenario-options';
import { chanceWithProgress } from '../parallel/long-chance';
import { withUserData } from '../user-data';

export const command: CliCommand = {
  name: 'chance',
  summary: cliMessage('summaryChance'),
  options: {
    index: OPTION.index,
    year: OPTION.year,
    province: OPTION.province,
    rank: OPTION.rank,
    group: OPTION.group,
    set: OPTION.set,
    add: OPTION.add,
    iterations: OPTION.iterations,
    seed: OPTION.seed,
    se: OPTION.se,
    ci: OPTION.ci,
    years: OPTION.years,
    static: OPTION.static,
    boundary: OPTION.boundary,
    data: OPTION.data,
    'allow-partial': OPTION['allow-partial'],
    ...UNITS_OPTIONS,
  },
  exclusive: [
    ['se', 'ci'],
    ['rank', 'group'],
    ['data', 'data-dir'],
  ],
  example: 'chance --year 2019 --province "An Giang" --rank 20 --add d8=0.4 --seed 7',
  async run(args, context) {
    indexName(args, ['papi']); // the rank chance models PAPI's survey noise: another index is refused, not ignored
    const year = yearOption(args);
    const province = requireOption(args, 'province', 'expectProvince');
    const seedOption = option(args, 'seed');
    const dataset = withUserData(context.dataset(), args, year);
    const unit = findProvince(dataset.provinces, province);
    const requested = integerOption(args, 'iterations', 1, 10_000_000);
    const r = await chanceWithProgress(dataset, {
      year,
      province,
      goal: goalOption(args, { ...PAPI_GOAL, total: false }) as ChanceQuery['goal'],
      changes: changesFromArgs(args, province),
      iterations: requested,
      seed: seedOption === undefined ? undefined : readSeed(seedOption, '--seed'),
      standardError: decimalOption(args, 'se') ?? null,
      confidenceInterval: decimalOption(args, 'ci') ?? null,
      years: integerOption(args, 'years', 0, 100),
      othersMove: args.options.static === undefined,
      boundary: option(args, 'boundary'),
    });
    return {
      json: {
        province: unit.nameVi,
        gso_code: unit.code,
        units: dataset.provinces.set === 'units-2025' ? 2025 : 63,
        probability: r.probability,
        rank: r.rank,
        of: r.of,
        iterations: r.iterations,
        seed: r.seed,
        assumptions: r.assumptions,
        pool: r.pool,
        track_record: trackRecordNote(dataset.provinces.set === 'units-2025'),
        ...(r.partial ? { partial: true, requested_iterations: requested } : {}),
      },
      ...(r.partial ? { exitCode: 130 } : {}),
      text: (lang) =>
        [
          provinceTitle(dataset, unit, lang),
          ...(r.partial ? [say(lang, 'chancePartial', { done: r.iterations, requested })] : []),
          say(lang, 'chanceProbability', {
            percent: fixed(r.probability * 100, lang, 1),
            iterations: r.iterations,
            seed: r.seed,
          }),
          say(lang, 'chanceRank', {
            nominal: r.rank.nominal,
            median: r.rank.median,
            p5: r.rank.p5,
            p95: r.rank.p95,
            of: r.of,
          }),
          trackRecordNote(dataset.provinces.set === 'units-2025')[lang],
          ...r.assumptions.map((a) => `- ${a[lang]}`),
        ].join('\n'),
    };
  },
};

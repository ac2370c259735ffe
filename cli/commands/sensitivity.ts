import { COMPOSITE_OPTIONS, OPTION, UNITS_OPTIONS } from '../options';
import { estimateNoteOf, findProvince, papiSensitivity, papiYearOf, type Dataset } from '../../engine/all';
import { provinceTitle } from '../units-option';
import { requireOption, yearOption } from '../args';
import type { CliArgs, CliCommand, CommandResult } from '../command';
import { runByIndex } from '../index-option';
import { compositeSensitivityOutput } from '../composite-output';
import { score, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { withUserData } from '../user-data';

export const command: CliCommand = {
  name: 'sensitivity',
  summary: cliMessage('summarySensitivity'),
  options: {
    index: OPTION.index,
    year: OPTION.year,
    province: OPTION.province,
    data: OPTION.data,
    'allow-partial': OPTION['allow-partial'],
    ...UNITS_OPTIONS,
    ...COMPOSITE_OPTIONS,
  },
  exclusive: [['data', 'data-dir']],
  example: 'sensitivity --year 2019 --province "An Giang"',
  run(args, context) {
    return runByIndex(
      args,
      { papi: () => papiSensitivityOutput(args, context.dataset()) },
      { dataset: context.dataset, run: (data) => compositeSensitivityOutput(args, context.dataset(), data) },
    );
  },
};

function papiSensitivityOutput(args: CliArgs, published: Dataset): CommandResult {
  const year = yearOption(args);
  const province = requireOption(args, 'province', 'expectProvince');
  const dataset = withUserData(published, args, year);
  const r = papiSensitivity(dataset, { year, province });
  const unit = findProvince(dataset.provinces, province);
  const estimate = estimateNoteOf(papiYearOf(dataset, year));
  const steps = r.steps.map((s) => `+${s}`);
  return {
    json: {
      year,
      province: unit.nameVi,
      gso_code: unit.code,
      warnings: estimate ? [estimate] : [],
      base_rank: r.baseRank,
      of: r.of,
      steps: r.steps,
      dimensions: r.rows.map((row) => ({
        code: row.code,
        base: row.base,
        rank_gain: row.rankGain,
        dimension_rank_gain: row.dimensionRankGain,
      })),
    },
    text: (lang) =>
      [
        provinceTitle(dataset, unit, lang),
        say(lang, 'sensitivityIntro', { rank: r.baseRank, of: r.of }),
        '',
        table(
          [say(lang, 'codeWord'), say(lang, 'scoreWord'), ...steps],
          r.rows.map((row) => [
            row.code.toUpperCase(),
            score(row.base),
            ...row.rankGain.map((g, i) => (g === null ? null : `${g} (${row.dimensionRankGain[i]})`)),
          ]),
        ),
        '',
        say(lang, 'sensitivityUnweighted', { count: r.rows.length }),
        ...(estimate ? [`! ${estimate[lang]}`] : []),
      ].join('\n'),
  };
}

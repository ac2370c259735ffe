import { backtest, BACKTEST_RANKS, readSeed, type BacktestRow, type BacktestScore } from '../../engine';
import { option } from '../args';
import { OPTION, UNITS_OPTIONS } from '../options';
import { indexName } from '../index-option';
import type { CliCommand } from '../command';
import { fixed, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { integerOption } from '../scenario-options';
import { withUserData } from '../user-data';
import type { Lang } from '../command';

export const command: CliCommand = {
  name: 'backtest',
  summary: cliMessage('summaryBacktest'),
  options: {
    index: OPTION.index,
    from: { type: 'string', value: cliMessage('optionYearValue'), help: cliMessage('optionBacktestFromHelp') },
    to: { type: 'string', value: cliMessage('optionYearValue'), help: cliMessage('optionBacktestToHelp') },
    iterations: OPTION.iterations,
    seed: OPTION.seed,
    ...UNITS_OPTIONS,
  },
  exclusive: [['data', 'data-dir']],
  example: 'backtest --from 2019 --to 2023',
  async run(args, context) {
    indexName(args, ['papi']); // the back-test checks the PAPI rank chance
    const from = integerOption(args, 'from', 2000, 2100);
    const to = integerOption(args, 'to', 2000, 2100);
    const seedOption = option(args, 'seed');
    const dataset = withUserData(context.dataset(), args, to ?? from ?? 2023);
    const r = backtest(dataset, {
      from,
      to,
      iterations: integerOption(args, 'iterations', 1, 1_000_000),
      seed: seedOption === undefined ? undefined : readSeed(seedOption, '--seed'),
    });
    const scoreJson = (s: BacktestScore) => ({
      cases: s.cases,
      coverage: s.coverage,
      below: s.below,
      above: s.above,
      mean_width: s.meanWidth,
      brier: s.brier,
    });
    const summaryJson = (s: (typeof r)['pooled']) => ({
      ...scoreJson(s),
      reliability: s.reliability,
      baselines: { no_movement: scoreJson(s.baselines.noMovement), past_errors: scoreJson(s.baselines.pastErrors) },
    });
    const rowJson = (row: BacktestRow) => ({
      year: row.year,
      province: row.province,
      gso_code: row.code,
      p5: row.p5,
      median: row.median,
      p95: row.p95,
      actual_rank: row.actualRank,
      prob: row.prob,
      groups: row.groups,
      actual_group: row.actualGroup,
      of: row.of,
    });
    const percent = (x: number, lang: Lang) => `${fixed(x * 100, lang, 1)}%`;
    const scoreCells = (label: string | number, s: BacktestScore, lang: Lang) => [
      label,
      s.cases,
      percent(s.coverage, lang),
      percent(s.below, lang),
      percent(s.above, lang),
      fixed(s.meanWidth, lang, 1),
      ...BACKTEST_RANKS.map((k) => fixed(s.brier[String(k)]!, lang, 4)),
      fixed(s.brier.mean, lang, 4),
    ];
    return {
      json: {
        units: dataset.provinces.set === 'units-2025' ? 2025 : 63,
        from: r.from,
        to: r.to,
        iterations: r.iterations,
        seed: r.seed,
        rows: r.rows.map(rowJson),
        years: r.years.map((y) => ({ year: y.year, ...summaryJson(y) })),
        summary: summaryJson(r.pooled),
      },
      text: (lang) => {
        const header = say(lang, 'backtestHeader', {}).split('|');
        const model = [
          ...r.years.map((y) => scoreCells(y.year, y, lang)),
          scoreCells(say(lang, 'backtestPooled', {}), r.pooled, lang),
        ];
        const baselines = [
          scoreCells(say(lang, 'backtestNoMovement', {}), r.pooled.baselines.noMovement, lang),
          scoreCells(say(lang, 'backtestPastErrors', {}), r.pooled.baselines.pastErrors, lang),
        ];
        const bins = r.pooled.reliability
          .filter((b) => b.cases > 0)
          .map((b) => [
            `${fixed(b.from, lang, 1)}–${fixed(b.to, lang, 1)}`,
            b.cases,
            fixed(b.predicted!, lang, 3),
            fixed(b.observed!, lang, 3),
          ]);
        return [
          say(lang, 'backtestTitle', {
            from: r.from,
            to: r.to,
            units: dataset.provinces.set === 'units-2025' ? 34 : 63,
            iterations: r.iterations,
            seed: r.seed,
          }),
          table(header, model),
          '',
          say(lang, 'backtestBaselinesTitle', {}),
          table(header, baselines),
          '',
          say(lang, 'backtestReliabilityTitle', {}),
          table(say(lang, 'backtestReliabilityHeader', {}).split('|'), bins),
        ].join('\n');
      },
    };
  },
};

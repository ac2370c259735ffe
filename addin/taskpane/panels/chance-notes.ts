import { TRACK_RECORD, type ChanceResult } from '../../../engine';
import { h } from '../dom';
import { formatNumber, t } from '../i18n';

/**
 * What stands beside every chance the pane shows (the chance form and the plan): the measured track record (npm run
 * track-record) and the run's assumptions, folded (the pool, the year-wide shift weighted by the province's own
 * change, the sampling noise, iterations and seed).
 */
export function chanceNotes(result: ChanceResult, lang: 'vi' | 'en', units: boolean, id: string): HTMLElement[] {
  const measured = units ? TRACK_RECORD.units : TRACK_RECORD.provinces;
  const percent = Math.round(measured.coverage * 100);
  return [
    h(
      'p',
      { id: `${id}-track-record` },
      t(lang, 'trackRecord', TRACK_RECORD.from, TRACK_RECORD.to, measured.cases, percent),
    ),
    h(
      'details',
      { id: `${id}-assumptions` },
      h('summary', {}, t(lang, 'assumptions')),
      h(
        'ul',
        {},
        ...result.assumptions.map((a) => h('li', {}, a[lang])),
        h(
          'li',
          {},
          `${t(lang, 'iterations')}: ${formatNumber(result.iterations, lang, 0)}; ${t(lang, 'seed')}: ${result.seed}`,
        ),
      ),
    ),
  ];
}

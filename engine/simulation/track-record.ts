import type { LocalName } from '../definitions/index-definition';
import { message } from '../i18n/messages';
import record from './track-record.json';

/**
 * The rank chance's measured track record: the pooled share of actual ranks inside the predicted 90% interval
 * [P5, P95] in the back-test (papi backtest) of field years `from`-`to`, for the 63 former provinces and the 34 units.
 * Written by `npm run track-record`; a test re-runs the back-test and fails while the two disagree.
 */
export const TRACK_RECORD = record;

/**
 * The one line shown beside every chance: how often, in back-tests, the actual rank fell inside such an interval.
 *
 * @example trackRecordNote(false).en.startsWith('Track record') // => true
 */
export function trackRecordNote(units: boolean): LocalName {
  const measured = units ? record.units : record.provinces;
  return message('trackRecord', {
    from: record.from,
    to: record.to,
    percent: Math.round(measured.coverage * 100),
    cases: measured.cases,
  });
}

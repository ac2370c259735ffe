import type { LocalName } from '../definitions/index-definition';
import type { CriteriaSet } from './criteria-set';
import { roundPoints } from './read-points';
import type { ScoreSheet } from './score-entries';
import type { InternalUnit } from './units';

/** Where a unit is in the year's rounds. */
export type UnitStatus = 'not_sent' | 'self_assessed' | 'appraised_1' | 'responded' | 'final';

/** The statuses as the province names them. */
export const UNIT_STATUS_NAMES: Readonly<Record<UnitStatus, LocalName>> = {
  not_sent: { vi: 'chưa gửi', en: 'not sent' },
  self_assessed: { vi: 'tự chấm', en: 'self-assessed' },
  appraised_1: { vi: 'đã thẩm định lần 1', en: 'appraised (round 1)' },
  responded: { vi: 'đã phản hồi', en: 'responded' },
  final: { vi: 'có kết quả cuối cùng', en: 'final result' },
};

export interface UnitRounds {
  readonly unit: string;
  readonly status: UnitStatus;
  /** totals over the self-scored leaves of each round (null: nothing entered in that round) */
  readonly self: number | null;
  readonly round1: number | null;
  readonly final: number | null;
  /** the round whose points the results count for this unit (the latest entered), null when nothing is */
  readonly counted: 'final' | 'appraised_1' | 'self' | null;
}

/**
 * Each unit's place in the rounds (self-assessment, appraisal round 1, the unit's response, final appraisal) and its
 * total per round over the self-scored leaves (appraised, bonus and penalty blocks count as entered): final when every
 * appraised leaf has its final appraisal (or `na`), else responded, round 1, self-assessed or not sent, by the latest
 * round with anything entered.
 *
 * @example unitRounds(parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,60,appraised\n2,,B,40,appraised' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' }), parseScores({ file: 's.csv', text: 'unit,code,self,appraised,appraised_1\nX1,1,50,,45\nX1,2,40,,38' }, parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,60,appraised\n2,,B,40,appraised' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' }))).map((r) => [r.unit, r.status, r.self, r.round1]) // => [['X1', 'appraised_1', 90, 83], ['X2', 'not_sent', null, null]]
 */
export function unitRounds(set: CriteriaSet, units: readonly InternalUnit[], scores: ScoreSheet): UnitRounds[] {
  const leaves = set.leaves.filter((l) => l.source !== 'survey');
  return units
    .filter((u) => set.kind === null || u.kind === set.kind)
    .map((u) => {
      const entries = scores.byUnit.get(u.unit);
      const sum = (pick: (code: string) => number | null | undefined) => {
        const values = leaves.map((l) => pick(l.code)).filter((v): v is number => typeof v === 'number');
        return values.length === 0 ? null : roundPoints(values.reduce((s, v) => s + v, 0));
      };
      const self = sum((c) => entries?.get(c)?.self);
      const round1 = sum((c) => entries?.get(c)?.appraised1);
      const final = sum((c) => entries?.get(c)?.appraised);
      const done =
        leaves.length > 0 &&
        leaves.every((l) => {
          const e = entries?.get(l.code);
          return e?.appraised != null || e?.final === 'na';
        });
      const responded = [...(entries?.values() ?? [])].some((e) => e.response != null);
      const status: UnitStatus = done
        ? 'final'
        : responded
          ? 'responded'
          : round1 !== null
            ? 'appraised_1'
            : self !== null
              ? 'self_assessed'
              : 'not_sent';
      const counted =
        done || final !== null ? 'final' : round1 !== null ? 'appraised_1' : self !== null ? 'self' : null;
      return { unit: u.unit, status, self, round1, final, counted };
    });
}

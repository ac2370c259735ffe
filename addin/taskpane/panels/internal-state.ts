import {
  roundPoints,
  SCORE_EPSILON,
  UNIT_STATUS_NAMES,
  type InternalResults,
  type UnitResult,
  type UnitRounds,
  type UnitStatus,
} from '../../../engine/all';
import { formatSigned, t, type Lang, type MessageKey } from '../i18n';

/**
 * What the internal-index ranking shows for each unit, derived from the engine's results apart from the view
 * (internal-panel.ts renders it; tested in Node): the rank and class, where the unit is in the year's rounds (chưa gửi,
 * tự chấm, đã thẩm định lần 1, đã phản hồi, có kết quả cuối cùng), the round its rank and class are counted on, and the
 * change between consecutive rounds that both have points (self-assessment → round 1 → final appraisal). Which units
 * are not yet on their final appraisal is said once, by the engine's warning above the ranking (runInternalIndex).
 */
export interface RankingRow {
  readonly unit: string;
  readonly group: string;
  /** "3/14", or "–" for a unit without a rank */
  readonly rank: string;
  readonly name: string;
  readonly percent: number | null;
  readonly class: string | null;
  readonly status: UnitStatus;
  /** the status in the pane's language */
  readonly statusText: string;
  /** "tính theo thẩm định lần 1" / "counted: appraisal round 1"; null when no round has points */
  readonly countedText: string | null;
  /** "tự chấm → lần 1: -3,50 điểm", one per pair of consecutive rounds that both have points */
  readonly changes: readonly string[];
}

const ROUND_NAME: Readonly<Record<NonNullable<UnitRounds['counted']>, MessageKey>> = {
  self: 'internalRoundSelf',
  appraised_1: 'internalRoundFirst',
  final: 'internalRoundFinal',
};
/** the rounds' short names in a change ("tự chấm → lần 1"), so that a change fits one line at 350 px */
const STEP_NAME: Readonly<Record<NonNullable<UnitRounds['counted']>, MessageKey>> = {
  self: 'internalStepSelf',
  appraised_1: 'internalStepFirst',
  final: 'internalStepFinal',
};

/**
 * The change between consecutive rounds with points, over the self-scored leaves (unitRounds' totals): round 1 minus
 * the self-assessment, the final appraisal minus round 1 (or minus the self-assessment when round 1 was skipped). The
 * final appraisal counts as a round only once the unit has its final result: a final total over part of the leaves is
 * not a change.
 */
export function roundChanges(
  rounds: UnitRounds | undefined,
): { readonly from: keyof typeof ROUND_NAME; readonly to: keyof typeof ROUND_NAME; readonly points: number }[] {
  if (!rounds) return [];
  const present = (
    [
      ['self', rounds.self],
      ['appraised_1', rounds.round1],
      ['final', rounds.status === 'final' ? rounds.final : null],
    ] as const
  ).filter((r): r is readonly [keyof typeof ROUND_NAME, number] => r[1] !== null);
  return present.slice(1).map(([to, points], i) => {
    const [from, before] = present[i]!;
    const change = roundPoints(points - before);
    return { from, to, points: Math.abs(change) < SCORE_EPSILON ? 0 : change };
  });
}

function rankText(u: UnitResult): string {
  return u.rank === null ? '–' : `${u.rank}/${u.of}`;
}

/** The ranking rows in the results' order (by group and rank), in the pane's language. */
export function rankingRows(results: InternalResults, rounds: readonly UnitRounds[], lang: Lang): RankingRow[] {
  const roundsOf = new Map(rounds.map((r) => [r.unit, r]));
  return results.units.map((u) => ({
    unit: u.unit,
    group: u.group,
    rank: rankText(u),
    name: u.name[lang],
    percent: u.percent,
    class: u.class,
    status: u.status,
    statusText: UNIT_STATUS_NAMES[u.status][lang],
    countedText: u.countedRound === null ? null : t(lang, 'internalCounted', t(lang, ROUND_NAME[u.countedRound])),
    changes: roundChanges(roundsOf.get(u.unit)).map((c) =>
      t(
        lang,
        'internalRoundChange',
        t(lang, STEP_NAME[c.from]),
        t(lang, STEP_NAME[c.to]),
        formatSigned(c.points, lang),
      ),
    ),
  }));
}

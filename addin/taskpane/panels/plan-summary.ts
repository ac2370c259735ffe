import type { PapiPlan, PlanReview } from '../../../engine/all';
import { h } from '../dom';
import { formatNumber, formatPercent, formatRank, formatSigned, groupName, t, codeLabel } from '../i18n';
import { everyLineNotNeeded, planFlags, type ChanceState, type PlanLineView } from './plan-state';

/**
 * What the plan builder shows of a review (plan-panel.ts places it and wires the button): the line under each
 * target, the chance line and the summary. View only: the state and what it derives are in plan-state.ts.
 */

/** The line under one target: baseline → target (gap), the least-effort increase, what was achieved, the flags. */
export function planLineInfo(
  line: PlanLineView,
  baselineYear: number,
  lang: 'vi' | 'en',
): { readonly text: string; readonly flagged: boolean } {
  const flags = [
    line.notNeeded ? t(lang, 'planNotNeeded') : null,
    line.aboveGain !== null ? t(lang, 'planAboveGain', formatSigned(line.aboveGain, lang)) : null,
  ].filter((f): f is string => f !== null);
  const text = [
    `${baselineYear}: ${formatNumber(line.baseline, lang)} → ${formatNumber(line.target, lang)} (${formatSigned(line.gap, lang)})`,
    line.leastEffortIncrease === null ? null : t(lang, 'planLeastLine', formatSigned(line.leastEffortIncrease, lang)),
    line.achieved
      ? t(
          lang,
          line.achieved.met ? 'planMet' : 'planMissed',
          line.achieved.year,
          formatNumber(line.achieved.actual, lang),
        )
      : null,
    ...flags.map((f) => `⚠ ${f}`),
  ]
    .filter((x): x is string => x !== null)
    .join(' · ');
  return { text, flagged: flags.length > 0 };
}

/** The chance line: running (with progress), the result, the error, or why a total goal has none. */
export function planChanceText(plan: PapiPlan, chance: ChanceState, lang: 'vi' | 'en'): string {
  if (chance.status === 'running')
    return t(lang, 'planChanceRunning', formatNumber(chance.done, lang, 0), formatNumber(chance.total, lang, 0));
  if (chance.status === 'done') {
    const r = chance.result;
    return t(
      lang,
      'planChance',
      plan.targetYear,
      chance.fieldYear,
      formatNumber(r.iterations, lang, 0),
      r.seed,
      formatPercent(r.probability, lang),
      r.rank.median,
      r.rank.p5 === r.rank.p95 ? t(lang, 'rankIntervalOne', r.rank.p5) : t(lang, 'rankInterval', r.rank.p5, r.rank.p95),
    );
  }
  if (chance.status === 'error') return chance.message;
  return plan.goal.rank === undefined && plan.goal.group === undefined ? t(lang, 'planChanceTotalGoal') : '';
}

/**
 * The summary of a review: the implied total, the fields, the chance (`chanceBox`, kept by the panel), the
 * least-effort alternative with its button (`useLeast` on click), the surplus, the flags, what was achieved, the notes.
 */
export function planSummary(
  review: PlanReview,
  lang: 'vi' | 'en',
  chanceBox: HTMLElement,
  useLeast: () => void,
): (HTMLElement | null)[] {
  const { report, leastEffort } = review;
  const plan = report.plan;
  const achieved = report.achieved;
  // when no line is needed (the goal is met without any one of them), the summary says it once, not every line
  const everyLineUnneeded = everyLineNotNeeded(review);
  const fields = report.fields.map((f) =>
    h(
      'li',
      { 'data-year': f.year },
      t(
        lang,
        f.meetsGoal ? 'planFieldMeets' : 'planFieldMisses',
        f.year,
        formatRank(f.rank, f.of, lang),
        groupName(f.group, lang),
      ),
    ),
  );
  const { notNeeded, aboveGain } = planFlags(review);
  const useLeastButton = h('button', { id: 'plan-use-least', type: 'button' }, t(lang, 'planUseLeast'));
  useLeastButton.addEventListener('click', useLeast);
  return [
    h('h3', {}, t(lang, 'planSummaryHeading')),
    h(
      'p',
      { id: 'plan-implied', class: 'big' },
      t(
        lang,
        'planImplied',
        formatNumber(report.impliedTotal, lang),
        formatSigned(review.planIncrease, lang),
        plan.baselineYear,
      ),
    ),
    h('ul', { id: 'plan-fields' }, ...fields),
    chanceBox,
    leastEffort
      ? h(
          'p',
          { id: 'plan-least' },
          leastEffort.reachable
            ? t(
                lang,
                'planLeast',
                leastEffort.fieldYear,
                formatSigned(leastEffort.totalIncrease, lang),
                Object.entries(leastEffort.allocation)
                  .filter(([, a]) => a > 0)
                  .map(([c, a]) => `${codeLabel(c)} ${formatSigned(a, lang)}`)
                  .join(', '),
              )
            : t(lang, 'planLeastUnreachable', leastEffort.fieldYear, leastEffort.message[lang]),
        )
      : null,
    leastEffort && leastEffort.reachable && leastEffort.totalIncrease > 0 ? useLeastButton : null,
    review.planIncrease !== null && leastEffort?.reachable
      ? h(
          'p',
          { id: 'plan-surplus' },
          t(
            lang,
            review.planIncrease > leastEffort.totalIncrease + 0.005 ? 'planSurplus' : 'planNoSurplus',
            formatSigned(review.planIncrease, lang),
            formatSigned(leastEffort.totalIncrease, lang),
          ),
        )
      : null,
    h(
      'p',
      { id: 'plan-flags' },
      t(
        lang,
        'planFlags',
        everyLineUnneeded ? t(lang, 'planEveryLine') : notNeeded.length > 0 ? notNeeded.join(', ') : t(lang, 'none'),
        aboveGain.length > 0 ? aboveGain.join(', ') : t(lang, 'none'),
      ),
    ),
    achieved
      ? h(
          'p',
          { id: 'plan-achieved' },
          t(
            lang,
            achieved.goalMet ? 'planAchievedMet' : 'planAchievedMissed',
            achieved.year,
            formatNumber(achieved.total, lang),
            formatRank(achieved.rank, achieved.of, lang),
            groupName(achieved.group, lang),
            achieved.dimensions
              .filter((d) => d.met)
              .map((d) => codeLabel(d.code))
              .join(', ') || t(lang, 'none'),
            achieved.dimensions.length,
          ),
        )
      : null,
    ...report.notes.map((n) => h('p', { class: 'note' }, n[lang])),
  ];
}

import type { MeasureResult } from '../../../engine';
import { h, replaceChildren } from '../dom';
import { formatNumber, formatRank, formatRankChange, formatSigned, groupName, t, codeLabel } from '../i18n';
import { measureLabel, type PaneContext, type Panel } from './panel';

/** The province's published results: total and dimensions with score, rank, group and the change since last year. */
export function createProfilePanel(pane: PaneContext): Panel {
  const heading = h('h2', { id: 'profile-heading' });
  const body = h('div', { id: 'profile-body' });
  const element = h('section', { id: 'profile', 'aria-labelledby': 'profile-heading', hidden: true }, heading, body);

  const render = () => {
    const profile = pane.profile;
    if (!profile) return;
    const lang = pane.lang;
    // Among the 2025 units a merged unit's values are estimates: the heading says so (the unit panel says how).
    const estimated = pane.dataset?.papi.get(profile.year)?.estimate?.units.get(profile.province.code)?.merged === true;
    heading.textContent = `${profile.province.nameVi}: ${t(lang, 'profileHeading', 'PAPI', profile.year)}${estimated ? ` ${t(lang, 'estimateSuffix')}` : ''}`;
    const change = profile.change;
    const changeOf = (code: string) =>
      code === 'total' ? change?.total : change?.dimensions.find((d) => d.code === code);
    const row = (m: MeasureResult, isTotal: boolean) => {
      const c = changeOf(m.code);
      return h(
        'tr',
        { class: isTotal ? 'total' : '', id: `profile-row-${m.code}` },
        h('th', { scope: 'row' }, isTotal ? t(lang, 'total') : measureLabel(m.code, m.name[lang])),
        h('td', { class: 'num' }, formatNumber(m.score, lang)),
        h('td', { class: 'num', id: isTotal ? 'profile-total-rank' : null }, formatRank(m.rank, m.of, lang)),
        h('td', {}, groupName(m.group, lang)),
        h(
          'td',
          { class: 'num change' },
          ...(change
            ? [
                c?.score === null || c?.score === undefined ? null : h('span', {}, formatSigned(c.score, lang)),
                h('span', {}, formatRankChange(c?.rank, lang)),
              ]
            : []),
        ),
      );
    };
    const names = (codes: readonly string[]) =>
      codes.length === 0
        ? t(lang, 'none')
        : codes
            .map((c) => `${codeLabel(c)} ${profile.dimensions.find((d) => d.code === c)?.name[lang] ?? ''}`)
            .join('; ');
    replaceChildren(
      body,
      h(
        'table',
        { class: 'profile' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(lang, 'measure')),
            h('th', { scope: 'col' }, t(lang, 'score')),
            h('th', { scope: 'col' }, t(lang, 'rank')),
            h('th', { scope: 'col' }, t(lang, 'group')),
            h('th', { scope: 'col' }, change ? t(lang, 'change', change.previousYear) : ''),
          ),
        ),
        h('tbody', {}, row(profile.total, true), ...profile.dimensions.map((d) => row(d, false))),
      ),
      rankedOfNote(),
      change?.note
        ? h('p', { class: 'note' }, change.note[lang])
        : change
          ? null
          : h('p', { class: 'note' }, t(lang, 'noPrevious')),
      h('p', { id: 'strengths' }, h('strong', {}, `${t(lang, 'strengths')}: `), names(profile.strengths)),
      h('p', { id: 'weaknesses' }, h('strong', {}, `${t(lang, 'weaknesses')}: `), names(profile.weaknesses)),
      ...profile.warnings.map((w) => h('p', { class: 'warning' }, w[lang])),
    );
  };
  /** Said once, beside the ranks: why "of 32" when the set has 34 (units without a value that year are not ranked). */
  function rankedOfNote(): HTMLElement | null {
    const profile = pane.profile;
    const all = pane.dataset?.provinces.all.length ?? 0;
    if (!profile || profile.total.of >= all) return null;
    return h(
      'p',
      { id: 'ranked-of-note', class: 'note' },
      t(
        pane.lang,
        pane.units ? 'rankedOfUnits' : 'rankedOfProvinces',
        profile.total.of,
        all,
        profile.year,
        all - profile.total.of,
      ),
    );
  }
  return { element, task: 'results', shownFor: ['papi'], needsProfile: true, render, profileChanged: render };
}

import { findProvince, publishedParHistory, type ParHistoryRow } from '../../../engine';
import { h, replaceChildren } from '../dom';
import { formatNumber, formatRank, t } from '../i18n';
import { label, text, type PaneContext, type Panel } from './panel';

/** A province's published PAR INDEX (total, rank, group) and SIPAS for every year the data has, next to the points. */
export function createParPublishedPanel(pane: PaneContext): Panel {
  let rows: ParHistoryRow[] | null = null;
  let shownFor = '';
  const province = h('input', {
    id: 'par-published-province',
    type: 'text',
    list: 'province-names',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const form = h(
    'form',
    { id: 'par-published-form', class: 'grid', novalidate: true },
    label('province', { for: 'par-published-province' }),
    province,
    h('span'),
    h('button', { id: 'par-published-show', type: 'submit', 'data-i18n': 'show' }),
  );
  const area = h('div', { id: 'par-published-result', 'aria-live': 'polite' });
  const element = h(
    'section',
    { id: 'par-published', 'aria-labelledby': 'par-published-heading', hidden: true },
    text('h2', 'parPublishedHeading', { id: 'par-published-heading' }),
    text('p', 'parPublishedHelp', { class: 'note' }),
    form,
    area,
  );

  const show = () => {
    const dataset = pane.dataset;
    if (!dataset) return;
    pane.clearErrors();
    try {
      rows = publishedParHistory(dataset, province.value);
      shownFor = findProvince(dataset.provinces, province.value).nameVi;
      province.value = shownFor;
    } catch (error) {
      rows = null;
      pane.showError(error);
    }
    render();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });

  const render = () => {
    const lang = pane.lang;
    if (province.value === '' && pane.profile) province.value = pane.profile.province.nameVi;
    if (!rows) {
      replaceChildren(area);
      return;
    }
    const known = rows.filter((r) => r.total !== null || r.rank !== null || r.sipas !== null);
    if (known.length === 0) {
      replaceChildren(area, h('p', { id: 'par-published-none' }, t(lang, 'parPublishedNone', shownFor)));
      return;
    }
    const na = t(lang, 'notPublished');
    replaceChildren(
      area,
      h(
        'table',
        { id: 'par-published-table', class: 'published' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(lang, 'year')),
            h('th', { scope: 'col' }, t(lang, 'total')),
            h('th', { scope: 'col' }, t(lang, 'rank')),
            h('th', { scope: 'col' }, t(lang, 'group')),
            h('th', { scope: 'col' }, t(lang, 'sipas')),
          ),
        ),
        h(
          'tbody',
          {},
          ...known.map((r) =>
            h(
              'tr',
              { 'data-year': r.year },
              h('th', { scope: 'row' }, r.year),
              h('td', { class: 'num' }, r.total === null ? na : formatNumber(r.total, lang)),
              h('td', { class: 'num' }, r.rank === null ? na : formatRank(r.rank, r.of, lang)),
              h('td', {}, r.group ?? na),
              h(
                'td',
                { class: 'num' },
                r.sipas === null
                  ? na
                  : r.sipasRank === null
                    ? formatNumber(r.sipas, lang)
                    : `${formatNumber(r.sipas, lang)} (${formatRank(r.sipasRank, r.of, lang)})`,
              ),
            ),
          ),
        ),
      ),
    );
  };

  return {
    element,
    shownFor: ['par'],
    needsProfile: false,
    render,
  };
}

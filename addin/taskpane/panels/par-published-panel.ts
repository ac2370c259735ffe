import { findProvince, publishedParHistory, type ParHistoryRow, type Province } from '../../../engine';
import { h, replaceChildren } from '../dom';
import { formatNumber, formatRank, t } from '../i18n';
import { label, text, type PaneContext, type Panel } from './panel';

/**
 * A province's published PAR INDEX (total, rank, group) and SIPAS for every year the data has, next to the points.
 * Both were published for the 63 former provinces only: with the "2025 units" switch on, a unit's former provinces are
 * shown one table each, named as such (never an average of two provincial administrations' results).
 */
export function createParPublishedPanel(pane: PaneContext): Panel {
  let shown: { province: Province; rows: ParHistoryRow[] }[] | null = null;
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
      const former = dataset.provinces.former ?? dataset.provinces;
      // with the switch on, the name is a 2025 unit (a former name is refused with the unit it joined)
      const named = findProvince(dataset.provinces, province.value);
      const provinces = pane.units ? (named.formerProvinces ?? []).map((code) => former.byCode.get(code)!) : [named];
      shown = provinces.map((p) => ({ province: p, rows: publishedParHistory(dataset, p.nameVi) }));
      province.value = named.nameVi;
    } catch (error) {
      shown = null;
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
    if (!shown) {
      replaceChildren(area);
      return;
    }
    const tables = shown.map(({ province: p, rows }) => historyTable(p, rows));
    replaceChildren(area, ...(pane.units ? [h('p', { class: 'note' }, t(lang, 'parPublishedUnits'))] : []), ...tables);
  };

  const historyTable = (p: Province, rows: readonly ParHistoryRow[]) => {
    const lang = pane.lang;
    const known = rows.filter((r) => r.total !== null || r.rank !== null || r.sipas !== null);
    if (known.length === 0) return h('p', { class: 'par-published-none' }, t(lang, 'parPublishedNone', p.nameVi));
    const na = t(lang, 'notPublished');
    return h(
      'table',
      { class: 'published par-published-table', 'data-code': p.code },
      ...(pane.units ? [h('caption', {}, t(lang, 'parPublishedFormer', p.nameVi))] : []),
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
    );
  };

  return {
    element,
    task: 'results',
    shownFor: ['par'],
    needsProfile: false,
    render,
    unitsChanged() {
      // the name in the field means another unit set now: show nothing until asked again
      shown = null;
      province.value = '';
      render();
    },
  };
}

import { indexModule } from '../../../engine/all';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { label, text, type PaneContext, type PaneIndex, type Panel } from './panel';

/** Index, province and year: the "Show" action puts the province's profile on screen. */
export function createSelectionPanel(pane: PaneContext): Panel {
  const indexSelect = h(
    'select',
    { id: 'index' },
    h('option', { value: 'papi', 'data-i18n': 'indexPapi' }),
    h('option', { value: 'par', 'data-i18n': 'indexPar' }),
  );
  const province = h('input', {
    id: 'province',
    type: 'text',
    list: 'province-names',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'province-hint',
    required: true,
  });
  const year = h('select', { id: 'year' });
  const names = h('datalist', { id: 'province-names' });
  // On by default (TaskPane.units): planners work for the 34 units; the note beside it says which set is in use.
  const units = h('input', { id: 'units', type: 'checkbox', 'aria-describedby': 'units-note' });
  const unitsNote = h('small', { id: 'units-note', class: 'units-note' });
  // Compact: one line for province, year and Show, one for the index and the units switch, the set in use under them.
  // Labels stay for screen readers (visually hidden); the hint is the field's placeholder.
  const papiOnly = [
    h(
      'div',
      { class: 'selection-row' },
      label('province', { for: 'province', class: 'sr-only' }),
      province,
      text('small', 'provinceHint', { id: 'province-hint', class: 'sr-only' }),
      label('year', { for: 'year', class: 'sr-only' }),
      year,
      h('button', { id: 'show', type: 'submit', 'data-i18n': 'show' }),
    ),
    h('label', { class: 'check units-switch' }, units, text('span', 'unitsSwitch')),
    unitsNote,
  ];
  const form = h(
    'form',
    { id: 'selection-form', class: 'selection-form', novalidate: true },
    ...papiOnly.slice(0, 1),
    h('div', { class: 'selection-row' }, label('index', { for: 'index', class: 'sr-only' }), indexSelect, papiOnly[1]!),
    papiOnly[2]!,
  );
  const element = h(
    'section',
    { id: 'selection', 'aria-labelledby': 'selection-heading' },
    text('h2', 'selectionHeading', { id: 'selection-heading', class: 'sr-only' }),
    form,
    names,
  );

  const show = () => pane.showProfile(province.value, Number(year.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  year.addEventListener('change', () => {
    if (pane.profile) show();
  });
  indexSelect.addEventListener('change', () => pane.setIndex(indexSelect.value as PaneIndex));
  units.addEventListener('change', () => pane.setUnits(units.checked));

  const listNames = () =>
    replaceChildren(names, ...pane.dataset!.provinces.all.map((p) => h('option', { value: p.nameVi })));

  return {
    element,
    task: null,
    shownFor: ['papi', 'par'],
    needsProfile: false,
    dataLoaded() {
      const dataset = pane.dataset!;
      listNames();
      const years = [...dataset.papi.keys()].sort((a, b) => b - a);
      replaceChildren(year, ...years.map((y) => h('option', { value: y }, y)));
    },
    profileChanged() {
      const profile = pane.profile!;
      province.value = profile.province.nameVi;
      year.value = String(profile.year);
    },
    unitsChanged: listNames,
    render() {
      indexSelect.value = pane.index;
      units.checked = pane.units;
      unitsNote.textContent = t(pane.lang, pane.units ? 'unitsOn' : 'unitsOff');
      province.placeholder = t(pane.lang, 'provinceHint');
      unitsNote.classList.toggle('on', pane.units);
      for (const e of papiOnly) e.hidden = !indexModule(pane.index).provinceProfile;
    },
  };
}

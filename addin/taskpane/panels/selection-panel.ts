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
    h('option', { value: 'internal', 'data-i18n': 'indexInternal' }),
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
  // Off by default: up to 2024 PAPI was published for the former provinces; the note under it says which set is in use.
  const units = h('input', { id: 'units', type: 'checkbox', 'aria-describedby': 'units-note' });
  const unitsNote = h('small', { id: 'units-note', class: 'units-note' });
  // Only the PAPI fields: the PAR panel has its own year.
  const papiOnly = [
    label('province', { for: 'province' }),
    province,
    h('span'),
    text('small', 'provinceHint', { id: 'province-hint' }),
    label('year', { for: 'year' }),
    year,
    h('span'),
    h('label', { class: 'check' }, units, text('span', 'unitsSwitch')),
    h('span'),
    unitsNote,
    h('span'),
    h('button', { id: 'show', type: 'submit', 'data-i18n': 'show' }),
  ];
  const form = h(
    'form',
    { id: 'selection-form', class: 'grid', novalidate: true },
    label('index', { for: 'index' }),
    indexSelect,
    ...papiOnly,
  );
  const element = h(
    'section',
    { id: 'selection', 'aria-labelledby': 'selection-heading' },
    text('h2', 'selectionHeading', { id: 'selection-heading' }),
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
    shownFor: ['papi', 'par', 'internal'],
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
      unitsNote.classList.toggle('on', pane.units);
      for (const e of papiOnly) e.hidden = !indexModule(pane.index).provinceProfile;
    },
  };
}

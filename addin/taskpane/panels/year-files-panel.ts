import { yearsOfFileNames } from '../../../engine/all';
import { keptYearFiles, useKeptYearFiles, yearFromFiles } from '../actions/year-files';
import { h } from '../dom';
import { t } from '../i18n';
import { text, type PaneContext, type Panel } from './panel';

/**
 * A newly published year loaded by one planner before IT adds it to the server (`papi data add`): the year's CSV files,
 * checked as `papi data add` checks them, kept in the workbook (in the browser when standalone), which the screen says;
 * the pane and the =PAPI.* functions then have the year.
 */
export function createYearFilesPanel(pane: PaneContext): Panel {
  const store = pane.options.yearStore;
  const input = h('input', {
    id: 'year-files-input',
    type: 'file',
    accept: '.csv,text/csv',
    multiple: true,
    class: 'visually-hidden',
  });
  const kept = h('p', { id: 'year-files-kept', class: 'note' });
  const element = h(
    'section',
    { id: 'year-files', 'aria-labelledby': 'year-files-heading' },
    text('h2', 'yearFilesHeading', { id: 'year-files-heading' }),
    text('p', 'yearFilesHelp', { class: 'note' }),
    h(
      'div',
      { class: 'buttons' },
      input,
      h('label', { class: 'file-button', for: 'year-files-input' }, text('span', 'yearFilesChoose')),
    ),
    kept,
  );

  const render = () => {
    const years = yearsOfFileNames(Object.keys(keptYearFiles(store)));
    const where = store.kind === 'workbook' ? 'yearFilesKeptWorkbook' : 'yearFilesKeptBrowser';
    kept.hidden = years.length === 0;
    kept.textContent = years.length === 0 ? '' : t(pane.lang, where, years.join(', '));
  };

  const add = async (files: readonly File[]) => {
    const published = pane.published;
    if (!published || files.length === 0) return;
    pane.clearErrors();
    try {
      const chosen = await Promise.all(files.map(async (f) => ({ file: f.name, text: await f.text() })));
      const { year, files: added } = yearFromFiles(published, chosen);
      const next = { ...keptYearFiles(store), ...added };
      await store.write(next);
      useKeptYearFiles(next);
      await pane.reloadData();
      pane.status(t(pane.lang, 'yearFilesAdded', year, pane.published?.papi.get(year)?.provinces.length ?? 0));
    } catch (error) {
      pane.showError(error);
    }
    render();
  };
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void add(files);
  });

  return { element, task: 'saved', shownFor: ['papi', 'par'], needsProfile: false, render };
}

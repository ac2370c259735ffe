import {
  consolidateUnitSheets,
  DEFAULT_CLASSES,
  internalResults,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  type CriteriaSet,
  type InternalResults,
  type InternalUnit,
  type ScoreSheet,
} from '../../../engine/all';
import {
  masterWorkbookLayout,
  readMasterWorkbook,
  resultsLayout,
  writeInternalSheets,
  type MasterTexts,
} from '../actions/internal-sheets';
import { readReturnedFiles, unitWorkbooksZip } from '../actions/internal-workbook';
import { h, replaceChildren } from '../dom';
import { downloadBlob } from '../download';
import { formatNumber, t, tBoth } from '../i18n';
import { label, text, type PaneContext, type Panel } from './panel';

/** The files chosen in the panel, read as text (what the engine parses). */
export interface InternalFiles {
  readonly set: { file: string; text: string } | null;
  readonly units: { file: string; text: string } | null;
  readonly scores: { file: string; text: string } | null;
  readonly previous: { file: string; text: string } | null;
  readonly classes: string;
}

/** Parses the chosen files (all checks are the engine's) and computes the results when scores are there. */
export function runInternal(
  files: InternalFiles,
  consolidated: ScoreSheet | null,
): { set: CriteriaSet; units: readonly InternalUnit[]; scores: ScoreSheet | null; results: InternalResults | null } {
  if (!files.set || !files.units) throw tBoth('internalNeedFiles');
  const set = parseCriteriaSet(files.set);
  const units = parseUnits(files.units);
  const scores = consolidated ?? (files.scores ? parseScores(files.scores, set, units) : null);
  const previous = files.previous ? parseScores(files.previous, set, units) : null;
  const classes = parseClassBands(files.classes.trim() === '' ? (set.classes ?? DEFAULT_CLASSES) : files.classes);
  return { set, units, scores, results: scores ? internalResults({ set, units, scores, previous, classes }) : null };
}

/**
 * The internal index panel: choose the criteria set, the units and the scores (CSV) or consolidate the units'
 * returned .xlsx sheets; see the ranking by group with classes and the criteria that lost the most points; create the
 * master workbook, download each unit's score sheet, write Results and the Annex (Excel).
 */
export function createInternalPanel(pane: PaneContext): Panel {
  const section = h('section', { id: 'internal-panel', 'aria-labelledby': 'internal-heading', hidden: true });
  const fileInput = (id: string, accept: string, multiple = false) =>
    h('input', { id, type: 'file', accept, multiple });
  const setInput = fileInput('internal-set', '.csv,text/csv');
  const unitsInput = fileInput('internal-units', '.csv,text/csv');
  const scoresInput = fileInput('internal-scores', '.csv,text/csv');
  const previousInput = fileInput('internal-previous', '.csv,text/csv');
  const returnedInput = fileInput('internal-returned', '.xlsx,.zip', true);
  const classesInput = h('input', { id: 'internal-classes', type: 'text', value: DEFAULT_CLASSES });
  const compute = h('button', { id: 'internal-compute', type: 'button', 'data-i18n': 'internalCompute' });
  const createMaster = h('button', { id: 'internal-master', type: 'button', 'data-i18n': 'internalMaster' });
  const unitFiles = h('button', { id: 'internal-unit-files', type: 'button', 'data-i18n': 'internalUnitFiles' });
  const write = h('button', { id: 'internal-write', type: 'button', 'data-i18n': 'internalWrite' });
  const readMaster = h('button', { id: 'internal-read-master', type: 'button', 'data-i18n': 'internalReadMaster' });
  const output = h('div', { id: 'internal-result', 'aria-live': 'polite' });
  const excelOnly = text('p', 'internalExcelOnly', { class: 'note', id: 'internal-excel-only' });
  let consolidated: ScoreSheet | null = null;
  // The master workbook's sheets, once read in Excel: they take the place of the chosen CSV files.
  let master: MasterTexts | null = null;
  let state: ReturnType<typeof runInternal> | null = null;
  let notice = '';

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    return file ? { file: file.name, text: await file.text() } : null;
  };
  const files = async (): Promise<InternalFiles> => ({
    set: master?.definition ?? (await read(setInput)),
    units: master?.units ?? (await read(unitsInput)),
    scores: master ? master.scores : await read(scoresInput),
    previous: await read(previousInput),
    classes: classesInput.value,
  });
  for (const input of [setInput, unitsInput, scoresInput]) input.addEventListener('change', () => (master = null));
  const attempt = async (action: () => Promise<void>) => {
    pane.clearErrors();
    try {
      await action();
    } catch (error) {
      pane.showError(error);
    }
    render();
  };
  const refresh = async () => {
    state = runInternal(await files(), consolidated);
  };

  compute.addEventListener('click', () =>
    attempt(async () => {
      await refresh();
      notice = t(
        pane.lang,
        'internalLoaded',
        state!.set.areas.length,
        state!.set.leaves.length,
        state!.units.filter((u) => state!.set.kind === null || u.kind === state!.set.kind).length,
      );
      if (!state!.results) throw tBoth('internalNeedScores');
    }),
  );
  returnedInput.addEventListener('change', () =>
    attempt(async () => {
      const chosen = [...(returnedInput.files ?? [])];
      await refresh();
      const sheets = await readReturnedFiles(
        await Promise.all(chosen.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))),
      );
      // All or nothing: a refused batch leaves the scores as they were.
      consolidated = consolidateUnitSheets(state!.set, state!.units, sheets);
      await refresh();
      notice = t(pane.lang, 'internalConsolidated', sheets.length, consolidated.entries.length);
      // In Excel the consolidated scores go straight into the master's Scores sheet.
      if (pane.options.host === 'excel')
        await writeInternalSheets([masterWorkbookLayout(state!.set, state!.units, consolidated)[2]!]);
    }),
  );
  unitFiles.addEventListener('click', () =>
    attempt(async () => {
      await refresh();
      const set = state!.set;
      const bytes = await unitWorkbooksZip(set, state!.units, state!.scores?.byUnit);
      const name = `phieu-cham-diem-${set.kind ?? 'don-vi'}${set.year === null ? '' : `-${set.year}`}.zip`;
      downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    }),
  );
  createMaster.addEventListener('click', () =>
    attempt(async () => {
      await refresh();
      notice = t(
        pane.lang,
        'internalWritten',
        (await writeInternalSheets(masterWorkbookLayout(state!.set, state!.units, state!.scores))).join(', '),
      );
    }),
  );
  readMaster.addEventListener('click', () =>
    attempt(async () => {
      master = await readMasterWorkbook();
      consolidated = null;
      await refresh();
      notice = t(
        pane.lang,
        'internalLoaded',
        state!.set.areas.length,
        state!.set.leaves.length,
        state!.units.filter((u) => state!.set.kind === null || u.kind === state!.set.kind).length,
      );
    }),
  );
  write.addEventListener('click', () =>
    attempt(async () => {
      await refresh();
      if (!state!.results) throw tBoth('internalNeedScores');
      notice = t(
        pane.lang,
        'internalWritten',
        (await writeInternalSheets(resultsLayout(state!.results, state!.set))).join(', '),
      );
    }),
  );

  const form = h(
    'form',
    { id: 'internal-form', class: 'stack', novalidate: true },
    label('internalSet', { for: 'internal-set' }),
    setInput,
    label('internalUnits', { for: 'internal-units' }),
    unitsInput,
    label('internalScores', { for: 'internal-scores' }),
    scoresInput,
    label('internalPrevious', { for: 'internal-previous' }),
    previousInput,
    label('internalClasses', { for: 'internal-classes' }),
    classesInput,
    label('internalReturned', { for: 'internal-returned' }),
    returnedInput,
    h('div', { class: 'buttons' }, compute, unitFiles, createMaster, readMaster, write),
    excelOnly,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  replaceChildren(
    section,
    text('h2', 'internalHeading', { id: 'internal-heading' }),
    text('p', 'internalHelp', { class: 'note' }),
    form,
    output,
  );

  function render(): void {
    const l = pane.lang;
    const inExcel = pane.options.host === 'excel';
    createMaster.hidden = readMaster.hidden = write.hidden = !inExcel;
    excelOnly.hidden = inExcel;
    const r = state?.results ?? null;
    const children: HTMLElement[] = [];
    if (notice) children.push(h('p', { id: 'internal-notice' }, notice));
    if (r) {
      children.push(
        h(
          'p',
          { class: 'big', id: 'internal-summary' },
          t(l, 'internalSummary', r.units.length, r.units.filter((u) => u.complete).length),
        ),
      );
      for (const group of [...new Set(r.units.map((u) => u.group))]) {
        const members = r.units.filter((u) => u.group === group);
        children.push(
          h('h3', {}, t(l, 'internalGroup', group, members[0]!.of)),
          h(
            'table',
            { class: 'internal-ranking', 'data-group': group },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...(['internalRank', 'internalUnit', 'internalPercent', 'internalClass'] as const).map((k) =>
                  h('th', { scope: 'col' }, t(l, k)),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              ...members.map((u) =>
                h(
                  'tr',
                  { 'data-unit': u.unit },
                  h('td', {}, u.rank === null ? '–' : `${u.rank}/${u.of}`),
                  h('th', { scope: 'row' }, u.name[l]),
                  h('td', { class: 'num' }, formatNumber(u.percent, l)),
                  h('td', {}, u.class ?? '–'),
                ),
              ),
            ),
          ),
        );
      }
      children.push(
        h('h3', {}, t(l, 'internalLost')),
        h(
          'ol',
          { id: 'internal-lost' },
          ...r.criteriaLost
            .slice(0, 5)
            .map((c) =>
              h('li', {}, `${c.code} ${c.name[l]} – ${formatNumber(c.points, l)}${c.owner ? ` (${c.owner})` : ''}`),
            ),
        ),
      );
    }
    replaceChildren(output, ...children);
  }

  return { element: section, shownFor: ['internal'], needsProfile: false, render };
}

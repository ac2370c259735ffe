import {
  consolidateUnitSheets,
  DEFAULT_CLASSES,
  internalGroupName,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  planScoreMerge,
  scoreFieldName,
  runInternalIndex,
  SCORE_COLUMNS,
  type Bilingual,
  type CriteriaSet,
  type InternalResults,
  type InternalUnit,
  type ScoreMerge,
  type ScoreSheet,
  type SheetCell,
  type UnitRounds,
} from '../../../engine/all';
import { masterWorkbookLayout, resultsLayout, SHEET_NAMES } from '../actions/internal-sheets';
import {
  applyScoreMerge,
  createMasterSheets,
  readMasterWorkbook,
  readScoresRows,
  undoLastConsolidation,
  writeResultSheets,
  type MasterTexts,
} from '../actions/internal-excel';
import { readReturnedFiles, unitWorkbooksZip } from '../actions/internal-workbook';
import { h, replaceChildren } from '../dom';
import { downloadBlob } from '../download';
import { formatNumber, t, tBoth } from '../i18n';
import { filePicker, label, text, type PaneContext, type Panel } from './panel';
import { classRowsOf, classTextOf, type ClassRow } from '../state/class-scale';
import { rankingRows, type RankingRow } from './internal-state';

/** The files chosen in the panel, read as text (what the engine parses). */
export interface InternalFiles {
  readonly set: { file: string; text: string } | null;
  readonly units: { file: string; text: string } | null;
  readonly scores: { file: string; text: string } | null;
  readonly previous: { file: string; text: string } | null;
  readonly classes: string;
}

export interface InternalState {
  readonly set: CriteriaSet;
  readonly units: readonly InternalUnit[];
  readonly scores: ScoreSheet | null;
  readonly results: InternalResults | null;
  readonly rounds: readonly UnitRounds[];
  readonly warnings: readonly Bilingual[];
}

/**
 * Parses the chosen files (all checks are the engine's) and computes the results when scores are there, through the
 * engine's one pipeline (runInternalIndex, as the CLI: the set's `# classes` and `# top_floor` apply alike).
 */
export function runInternal(files: InternalFiles, consolidated: ScoreSheet | null): InternalState {
  if (!files.set || !files.units) throw tBoth('internalNeedFiles');
  const set = parseCriteriaSet(files.set);
  const units = parseUnits(files.units);
  const scores = consolidated ?? (files.scores ? parseScores(files.scores, set, units) : null);
  const previous = files.previous ? parseScores(files.previous, set, units) : null;
  const run = scores ? runInternalIndex({ set, units, scores, previous, classes: [files.classes] }) : null;
  return {
    set,
    units,
    scores,
    results: run?.results ?? null,
    rounds: run?.rounds ?? [],
    warnings: run?.warnings ?? [],
  };
}

/** Score entries as the rows of a scores sheet (header first), the starting point of a merge outside Excel. */
export function scoreSheetRows(set: CriteriaSet, scores: ScoreSheet | null): SheetCell[][] {
  const rows: SheetCell[][] = [[...SCORE_COLUMNS]];
  for (const e of scores?.entries ?? []) {
    const node = set.byCode.get(e.code)!;
    const na = e.final === 'na';
    rows.push([
      e.unit,
      e.code,
      node.name.vi,
      node.max,
      e.self,
      na && node.source !== 'survey' ? 'na' : e.appraised,
      na && node.source === 'survey' ? 'na' : e.survey,
      e.note,
      e.evidence,
      e.appraised1 ?? null,
      e.comment1 ?? null,
      e.response ?? null,
    ]);
  }
  return rows;
}

/**
 * The internal index panel: choose the criteria set, the units and the scores (CSV) or consolidate the units'
 * returned .xlsx sheets (merged by unit and criterion into the scores, changes shown and asked first, undoable); see
 * the ranking by group with classes and the criteria that lost the most points; create the master workbook, download
 * each unit's score sheet, write Results and the Annex (Excel; never over a sheet that holds data).
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
  // The class scale, one row per class (name, from what %), the last row "everything below"; the engine reads the text.
  let classRows: ClassRow[] = classRowsOf(DEFAULT_CLASSES);
  const classesEditor = h('div', { id: 'internal-classes', class: 'class-scale' });
  const button = (id: string, key: Parameters<typeof t>[1]) => h('button', { id, type: 'button', 'data-i18n': key });
  const compute = button('internal-compute', 'internalCompute');
  const createMaster = button('internal-master', 'internalMaster');
  const unitFiles = button('internal-unit-files', 'internalUnitFiles');
  const write = button('internal-write', 'internalWrite');
  const readMaster = button('internal-read-master', 'internalReadMaster');
  const undo = button('internal-undo', 'internalUndo');
  const apply = button('internal-merge-apply', 'internalMergeApply');
  const cancel = button('internal-merge-cancel', 'internalMergeCancel');
  const output = h('div', { id: 'internal-result', 'aria-live': 'polite' });
  const excelOnly = text('p', 'internalExcelOnly', { class: 'note', id: 'internal-excel-only' });
  const inExcel = () => pane.options.host === 'excel';
  let consolidated: ScoreSheet | null = null;
  // Outside Excel the scores sheet lives here (and its state before the last merge, for undo).
  let rows: SheetCell[][] | null = null;
  let backup: SheetCell[][] | null = null;
  // A merge that changes existing values waits here for the user's answer.
  let pending: { merge: ScoreMerge; before: unknown[][]; sheets: number } | null = null;
  // The master workbook's sheets, once read in Excel: they take the place of the chosen CSV files.
  let master: MasterTexts | null = null;
  let state: InternalState | null = null;
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
    classes: classTextOf(classRows),
  });
  for (const input of [setInput, unitsInput, scoresInput])
    input.addEventListener('change', () => {
      master = null;
      rows = backup = consolidated = null;
    });
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
  const loaded = () =>
    t(
      pane.lang,
      'internalLoaded',
      state!.set.areas.length,
      state!.set.leaves.length,
      state!.units.filter((u) => state!.set.kind === null || u.kind === state!.set.kind).length,
    );
  const mergeSummary = (merge: ScoreMerge, sheets: number, key: 'internalMergeSummary' | 'internalMergePlanned') =>
    t(
      pane.lang,
      key,
      sheets,
      merge.newUnits.length,
      merge.updatedUnits.length,
      merge.untouchedUnits.length,
      merge.filled,
      merge.changes.length,
    );
  const applyMerge = async (merge: ScoreMerge, before: unknown[][], sheets: number) => {
    if (inExcel()) await applyScoreMerge(before, merge);
    else {
      backup = before as SheetCell[][];
      rows = merge.rows.map((r) => [...r]);
    }
    consolidated = merge.scores;
    pending = null;
    await refresh();
    notice = mergeSummary(merge, sheets, 'internalMergeSummary');
  };

  compute.addEventListener('click', () =>
    attempt(async () => {
      await refresh();
      notice = loaded();
      if (!state!.results) throw tBoth('internalNeedScores');
    }),
  );
  // Each choice of returned files is one run; a later choice, or an answer to a pending merge, makes it stale.
  let generation = 0;
  returnedInput.addEventListener('change', () =>
    attempt(async () => {
      const mine = ++generation;
      const chosen = [...(returnedInput.files ?? [])];
      const current = runInternal(await files(), consolidated);
      // All or nothing: an unreadable file, an archive past the limits or a batch with no sheet is refused here.
      const sheets = await readReturnedFiles(
        await Promise.all(chosen.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))),
      );
      const batch = consolidateUnitSheets(current.set, current.units, sheets);
      const before = inExcel() ? await readScoresRows() : (rows ?? scoreSheetRows(current.set, current.scores));
      if (mine !== generation) return;
      state = current;
      const merge = planScoreMerge(current.set, current.units, before, batch);
      returnedInput.value = '';
      if (merge.changes.length > 0) {
        pending = { merge, before, sheets: sheets.length };
        notice = mergeSummary(merge, sheets.length, 'internalMergePlanned');
      } else await applyMerge(merge, before, sheets.length);
    }),
  );
  apply.addEventListener('click', () =>
    attempt(async () => {
      generation++;
      if (pending) await applyMerge(pending.merge, pending.before, pending.sheets);
    }),
  );
  cancel.addEventListener('click', () =>
    attempt(async () => {
      generation++;
      pending = null;
      notice = t(pane.lang, 'internalMergeCancelled');
    }),
  );
  undo.addEventListener('click', () =>
    attempt(async () => {
      if (inExcel()) {
        await undoLastConsolidation();
        master = master ? await readMasterWorkbook() : null;
        consolidated = null;
      } else {
        if (!backup) throw tBoth('internalNothingToUndo', SHEET_NAMES.backup);
        rows = backup;
        backup = null;
        await refresh();
        consolidated =
          rows.length > 1
            ? planScoreMerge(state!.set, state!.units, rows, { file: '', entries: [], byUnit: new Map() }).scores
            : null;
      }
      await refresh();
      notice = t(pane.lang, 'internalUndone');
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
      const names = await createMasterSheets(masterWorkbookLayout(state!.set, state!.units, state!.scores));
      notice = t(pane.lang, 'internalWritten', names.join(', '));
    }),
  );
  readMaster.addEventListener('click', () =>
    attempt(async () => {
      master = await readMasterWorkbook();
      consolidated = null;
      await refresh();
      notice = loaded();
    }),
  );
  write.addEventListener('click', () =>
    attempt(async () => {
      await refresh();
      if (!state!.results) throw tBoth('internalNeedScores');
      const names = await writeResultSheets(resultsLayout(state!.results, state!.set, state!.units, state!.rounds));
      notice = t(pane.lang, 'internalWritten', names.join(', '));
    }),
  );

  const form = h(
    'form',
    { id: 'internal-form', class: 'stack', novalidate: true },
    label('internalSet', { for: 'internal-set' }),
    filePicker(setInput),
    label('internalUnits', { for: 'internal-units' }),
    filePicker(unitsInput),
    label('internalScores', { for: 'internal-scores' }),
    filePicker(scoresInput),
    label('internalPrevious', { for: 'internal-previous' }),
    filePicker(previousInput),
    label('internalReturned', { for: 'internal-returned' }),
    filePicker(returnedInput),
    h('details', { id: 'internal-classes-box', class: 'advanced' }, text('summary', 'internalClasses'), classesEditor),
    h('div', { class: 'buttons' }, compute, unitFiles, createMaster, readMaster, write, undo),
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

  /** The class rows as inputs; typing changes the rows without redrawing (focus stays), add/remove redraws. */
  function renderClasses(): void {
    const l = pane.lang;
    const rows = classRows.map((row, i) => {
      const last = i === classRows.length - 1;
      const name = h('input', {
        type: 'text',
        id: `internal-class-${i}-label`,
        class: 'class-name',
        value: row.label,
        'aria-label': t(l, 'classRowName', i + 1),
      });
      const min = h('input', {
        type: 'text',
        id: `internal-class-${i}-min`,
        class: 'class-min',
        inputmode: 'decimal',
        size: '4',
        value: row.min,
        placeholder: last ? t(l, 'classRowRest') : '',
        'aria-label': t(l, 'classRowMin', i + 1),
      });
      const remove = h('button', { type: 'button', class: 'link', 'aria-label': t(l, 'classRowRemove', i + 1) }, '×');
      name.addEventListener('input', () => {
        classRows = classRows.map((r, j) => (j === i ? { ...r, label: name.value } : r));
      });
      min.addEventListener('input', () => {
        classRows = classRows.map((r, j) => (j === i ? { ...r, min: min.value } : r));
      });
      remove.addEventListener('click', () => {
        classRows = classRows.filter((_, j) => j !== i);
        renderClasses();
      });
      return h(
        'div',
        { class: 'class-row' },
        name,
        h('span', { class: 'from' }, t(l, 'classRowFrom')),
        min,
        h('span', {}, '%'),
        remove,
      );
    });
    const add = h('button', { type: 'button', class: 'link', id: 'internal-class-add' }, t(l, 'classRowAdd'));
    add.addEventListener('click', () => {
      classRows = [...classRows.slice(0, -1), { label: '', min: '' }, ...classRows.slice(-1)];
      renderClasses();
    });
    const reset = h('button', { type: 'button', class: 'link', id: 'internal-class-reset' }, t(l, 'classRowReset'));
    reset.addEventListener('click', () => {
      classRows = classRowsOf(DEFAULT_CLASSES);
      renderClasses();
    });
    replaceChildren(
      classesEditor,
      h('p', { class: 'note' }, t(l, 'classScaleHelp')),
      ...rows,
      h('p', { class: 'buttons' }, add, reset),
    );
  }
  renderClasses();

  function pendingView(l: typeof pane.lang, merge: ScoreMerge): HTMLElement {
    // built outside the form, so labelled here rather than by the pane's data-i18n pass
    apply.textContent = t(l, 'internalMergeApply');
    cancel.textContent = t(l, 'internalMergeCancel');
    return h(
      'div',
      { id: 'internal-merge-pending' },
      h('p', {}, t(l, 'internalMergeAsk', SHEET_NAMES.backup)),
      h(
        'ul',
        { id: 'internal-merge-changes', class: 'scroll-list' },
        ...merge.changes.map((c) =>
          h('li', {}, `${c.unit} · ${c.code} · ${scoreFieldName(c.field)[l]}: ${c.before} → ${c.after}`),
        ),
      ),
      merge.newUnits.length > 0 ? h('p', {}, t(l, 'internalNewUnits', merge.newUnits.join(', '))) : h('span', {}),
      merge.untouchedUnits.length > 0
        ? h('p', {}, t(l, 'internalUntouchedUnits', merge.untouchedUnits.join(', ')))
        : h('span', {}),
      h('div', { class: 'buttons' }, apply, cancel),
    );
  }

  /** Under the unit's name: its round status, the round its rank and class use, the change between rounds. */
  function roundsView(u: RankingRow): HTMLElement {
    return h(
      'div',
      { class: 'unit-rounds' },
      h('span', { class: `round-status status-${u.status}` }, u.statusText),
      u.countedText === null ? h('span', {}) : h('span', { class: 'round-counted' }, ` · ${u.countedText}`),
      ...u.changes.map((c) => h('span', { class: 'round-change' }, c)),
    );
  }

  let classesLang = pane.lang;
  function render(): void {
    const l = pane.lang;
    // the class rows are redrawn for a new language only: typing in them must keep its focus
    if (l !== classesLang) {
      classesLang = l;
      renderClasses();
    }
    createMaster.hidden = readMaster.hidden = write.hidden = !inExcel();
    excelOnly.hidden = inExcel();
    undo.hidden = inExcel() ? false : backup === null;
    const r = state?.results ?? null;
    const children: HTMLElement[] = [];
    if (notice) children.push(h('p', { id: 'internal-notice' }, notice));
    if (pending) children.push(pendingView(l, pending.merge));
    for (const w of state?.warnings ?? []) children.push(h('p', { class: 'warning internal-warning' }, w[l]));
    if (r) {
      children.push(
        h(
          'p',
          { class: 'big', id: 'internal-summary' },
          t(l, 'internalSummary', r.units.length, r.units.filter((u) => u.complete).length),
        ),
      );
      const ranking = rankingRows(r, state!.rounds, l);
      for (const group of [...new Set(r.units.map((u) => u.group))]) {
        const members = ranking.filter((u) => u.group === group);
        children.push(
          h(
            'h3',
            {},
            t(
              l,
              'internalGroup',
              internalGroupName(state!.units, group)[l],
              r.units.find((u) => u.group === group)!.of,
            ),
          ),
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
                  { 'data-unit': u.unit, 'data-status': u.status },
                  h('td', {}, u.rank),
                  h('th', { scope: 'row' }, u.name, roundsView(u)),
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

  return { element: section, task: 'internal', shownFor: ['internal'], needsProfile: false, render };
}

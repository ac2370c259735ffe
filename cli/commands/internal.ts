import {
  consolidateUnitSheets,
  EngineError,
  MAX_GOAL_RANK,
  requireInteger,
  requireNumber,
  internalClassRule,
  internalGroupName,
  internalResults,
  internalTarget,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  planScoreMerge,
  scoreFieldName,
  runInternalIndex,
  UNIT_STATUS_NAMES,
  type ClassRule,
  type CriteriaSet,
  type InternalResults,
  type InternalTarget,
  type InternalUnit,
  type ScoreMerge,
  type ScoreSheet,
  type TextFile,
} from '../../engine/all';
import { masterWorkbookLayout, SHEET_NAMES } from '../../addin/taskpane/actions/internal-sheets';
import { readReturnedFiles, unitWorkbooksZip } from '../../addin/taskpane/actions/internal-workbook';
import {
  applyMergeToMaster,
  layoutsXlsx,
  masterTexts,
  openMaster,
  sheetRows,
  undoMasterMerge,
  workbookBytes,
} from '../../addin/taskpane/actions/xlsx-layout';
import { option, options, requireOption } from '../args';
import { fieldsToHeadings, headersToFields } from '../master-headers';
import { OPTION } from '../options';
import type { CliArgs, CliCommand, CommandResult, Lang } from '../command';
import { score, signed, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { readTextFile, readUserBytes, replaceFile, writeNewFile } from '../user-data';

const text = (vi: string, en: string) => ({ vi, en });

const SUBCOMMANDS = ['check', 'results', 'target', 'workbook', 'sheets', 'consolidate'] as const;

interface Inputs {
  readonly set: CriteriaSet;
  readonly units: readonly InternalUnit[] | null;
  readonly scores: ScoreSheet | null;
  readonly previous: ScoreSheet | null;
  readonly classes: ClassRule;
}

/**
 * The class bands for the set (internalClassRule, the pane's too): `--classes` (repeatable; `kind:bands` applies to
 * one unit kind, plain bands to every kind), else the set's own `# classes:`, else the sample default; `--top-floor`
 * (else the set's `# top_floor:`) adds the per-area floor for the top class.
 */
function topFloor(args: CliArgs): number | undefined {
  const floorText = option(args, 'top-floor');
  if (floorText === undefined) return undefined;
  const floor = requireNumber(floorText, '--top-floor');
  if (!Number.isFinite(floor))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `--top-floor ${floorText}`,
      ...cliMessage('topFloorInvalid', { value: floorText }),
    });
  return floor;
}

function classesFor(args: CliArgs, set: CriteriaSet): ClassRule {
  return internalClassRule(set, options(args, 'classes'), topFloor(args));
}

/** The Definition and Units sheets a master workbook must hold, or an error naming the missing ones. */
function requireMasterSheets(
  texts: { definition: TextFile | null; units: TextFile | null },
  path: string,
): { definition: TextFile; units: TextFile } {
  const { definition, units } = texts;
  if (definition && units) return { definition, units };
  const missing = [definition ? null : SHEET_NAMES.definition, units ? null : SHEET_NAMES.units].filter(
    (n) => n !== null,
  );
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: path,
    ...cliMessage('masterNeedsSheets', { path, sheets: missing.join(', ') }),
  });
}

/** The master workbook's Definition, Units and Scores sheets as files, read with every check of the archive. */
async function masterFiles(path: string): Promise<{ definition: TextFile; units: TextFile; scores: TextFile | null }> {
  const { file, bytes } = readUserBytes(path);
  const workbook = await openMaster(file, bytes);
  headersToFields(workbook);
  const texts = masterTexts(workbook);
  const { definition, units } = requireMasterSheets(texts, path);
  return { definition, units, scores: texts.scores };
}

async function readInputs(args: CliArgs, needScores: boolean): Promise<Inputs> {
  const masterPath = option(args, 'master');
  const master = masterPath === undefined ? null : await masterFiles(masterPath);
  const set = parseCriteriaSet(
    master?.definition ?? readTextFile(requireOption(args, 'definition', 'expectCriteriaFile')),
  );
  const unitsPath = master || !needScores ? option(args, 'units') : requireOption(args, 'units', 'expectUnitsFile');
  const unitsFile = master?.units ?? (unitsPath === undefined ? null : readTextFile(unitsPath));
  const units = unitsFile === null ? null : parseUnits(unitsFile);
  const scoresPath = master || !needScores ? option(args, 'scores') : requireOption(args, 'scores', 'expectScoresFile');
  const scoresFile = master?.scores ?? (scoresPath === undefined ? null : readTextFile(scoresPath));
  if (scoresFile !== null && units === null)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--scores',
      ...cliMessage('scoresNeedUnits'),
    });
  const scores = scoresFile === null ? null : parseScores(scoresFile, set, units!);
  if (needScores && scores === null)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: masterPath ?? '--scores',
      ...cliMessage('optionMissing', { option: '--scores', expected: cliMessage('expectScoresFile') }),
    });
  const previousPath = option(args, 'previous');
  const previous =
    previousPath === undefined || units === null ? null : parseScores(readTextFile(previousPath), set, units);
  if (units !== null) refuseUnknownKinds(args, units);
  return { set, units, scores, previous, classes: classesFor(args, set) };
}

/** `--classes "kind:..."` for a kind no unit has would be ignored: refused, naming the kinds the units file has. */
function refuseUnknownKinds(args: CliArgs, units: readonly { readonly kind: string }[]): void {
  const kinds = [...new Set(units.map((u) => u.kind))];
  for (const given of options(args, 'classes')) {
    const kind = /^([a-z_]+):/.exec(given)?.[1];
    if (kind !== undefined && !kinds.includes(kind))
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `--classes ${given}`,
        ...cliMessage('classesKindUnknown', { kind, known: kinds.join(', ') }),
      });
  }
}

function setJson(set: CriteriaSet): Record<string, unknown> {
  const sum = (source: string) =>
    Math.round(set.leaves.filter((l) => l.source === source).reduce((s, l) => s + l.max, 0) * 1e9) / 1e9;
  return {
    file: set.file,
    name_vi: set.name?.vi ?? null,
    name_en: set.name?.en ?? null,
    kind: set.kind,
    year: set.year,
    scale: set.scale,
    areas: set.areas.length,
    criteria: set.nodes.length,
    leaves: set.leaves.length,
    appraised_max: sum('appraised'),
    survey_max: sum('survey'),
    adjustments: set.adjustments.map((a) => ({ code: a.code, kind: a.source, cap: a.max })),
  };
}

export function internalResultsJson(
  results: InternalResults,
  set: CriteriaSet,
  units: readonly InternalUnit[],
): Record<string, unknown> {
  return {
    set: setJson(set),
    classes: results.classes.bands.map((b) => ({ label: b.label, min: b.min })),
    top_area_floor: results.classes.topAreaFloor,
    units: results.units.map((u) => ({
      unit: u.unit,
      name: u.name.vi,
      kind: u.kind,
      group: u.group,
      group_name: internalGroupName(units, u.group).vi,
      self_total: u.selfTotal,
      appraised_total: u.appraisedTotal,
      survey: u.survey,
      total: u.total,
      percent: u.percent,
      rank: u.rank,
      of: u.of,
      class: u.class,
      complete: u.complete,
      missing: u.missing,
      lost: u.lost.map((l) => ({ code: l.code, points: l.points })),
      bonus: u.bonus,
      penalty: u.penalty,
      applicable_max: u.applicableMax,
      not_applicable: u.notApplicable,
      ranked: u.ranked,
      areas: u.areas.map((a) => ({ code: a.code, points: a.points, max: a.max, percent: a.percent, lost: a.lost })),
      self_gap: u.selfGap,
      over_scored: u.overScored.map((o) => ({ code: o.code, points: o.points })),
      change: u.change,
      status: u.status,
      status_vi: UNIT_STATUS_NAMES[u.status].vi,
      counted_round: u.countedRound,
    })),
    criteria_lost: results.criteriaLost.map((c) => ({
      code: c.code,
      points: c.points,
      name_vi: c.name.vi,
      name_en: c.name.en,
      owner: c.owner,
      units: c.units,
    })),
    owners_lost: results.ownersLost,
    warnings: set.warnings,
  };
}

function resultsText(results: InternalResults, set: CriteriaSet, units: readonly InternalUnit[], lang: Lang): string {
  const title = set.name?.[lang] ?? set.file;
  const lines = [say(lang, 'internalTitle', { title })];
  const header = say(lang, 'internalHeader').split('|');
  for (const group of [...new Set(results.units.map((u) => u.group))]) {
    const members = results.units.filter((u) => u.group === group);
    lines.push('', say(lang, 'internalGroup', { group: internalGroupName(units, group)[lang], of: members[0]!.of }));
    lines.push(
      table(
        header,
        members.map((u) => [
          u.rank === null
            ? u.ranked
              ? say(lang, 'incompleteShort')
              : say(lang, 'notRankedShort')
            : `${u.rank}/${u.of}`,
          u.unit,
          u.name[lang],
          score(u.selfTotal, lang),
          score(u.appraisedTotal, lang),
          score(u.survey, lang),
          signed(u.bonus - u.penalty, lang),
          score(u.total, lang),
          score(u.percent, lang),
          u.class,
          UNIT_STATUS_NAMES[u.status][lang],
          signed(u.change?.percent ?? null, lang),
        ]),
      ),
    );
    for (const u of members.filter((m) => !m.complete))
      lines.push(say(lang, 'unitIncompleteLine', { unit: u.unit, missing: u.missing.join(', ') }));
  }
  lines.push('', say(lang, 'criteriaLostTitle'));
  lines.push(
    table(
      say(lang, 'criteriaLostHeader').split('|'),
      results.criteriaLost.slice(0, 10).map((c) => [c.code, c.name[lang], c.owner, score(c.points, lang), c.units]),
    ),
  );
  for (const w of set.warnings) lines.push(`! ${w[lang]}`);
  return lines.join('\n');
}

function checkJson(inputs: Inputs): Record<string, unknown> {
  const results =
    inputs.scores && inputs.units
      ? internalResults({ set: inputs.set, units: inputs.units, scores: inputs.scores, classes: inputs.classes })
      : null;
  return {
    ok: true,
    set: setJson(inputs.set),
    units:
      inputs.units === null
        ? null
        : inputs.units.filter((u) => inputs.set.kind === null || u.kind === inputs.set.kind).length,
    entries: inputs.scores?.entries.length ?? null,
    complete: results ? results.units.filter((u) => u.complete).length : null,
    incomplete: results
      ? results.units.filter((u) => !u.complete).map((u) => ({ unit: u.unit, missing: u.missing }))
      : null,
    warnings: inputs.set.warnings,
  };
}

function checkText(json: Record<string, unknown>, inputs: Inputs, lang: Lang): string {
  const s = json.set as Record<string, number | string | null>;
  const lines = [
    say(lang, 'criteriaSetValid', {
      areas: s.areas,
      criteria: s.criteria,
      leaves: s.leaves,
      appraised: s.appraised_max,
      survey: s.survey_max,
      scale: s.scale,
      kind: s.kind,
      year: s.year,
    }),
  ];
  if (json.units !== null) lines.push(say(lang, 'unitsOfSet', { units: json.units as number }));
  if (json.entries !== null) {
    const incomplete = json.incomplete as { unit: string; missing: string[] }[];
    lines.push(
      say(lang, 'scoresValid', {
        entries: json.entries as number,
        complete: json.complete as number,
        incomplete: incomplete.length,
      }),
    );
    for (const u of incomplete)
      lines.push(say(lang, 'unitMissingLine', { unit: u.unit, missing: u.missing.join(', ') }));
  }
  for (const w of inputs.set.warnings) lines.push(`! ${w[lang]}`);
  return lines.join('\n');
}

function targetJson(target: InternalTarget): Record<string, unknown> {
  return {
    unit: target.unit,
    goal: target.goal,
    reachable: target.reachable,
    percent: target.percent,
    required_percent: target.requiredPercent,
    total_increase: target.totalIncrease,
    allocation: target.allocation,
    after: target.after,
    message: target.message,
  };
}

function targetText(target: InternalTarget, set: CriteriaSet, lang: Lang): string {
  const rows = target.allocation.map((a) => [
    a.code,
    set.byCode.get(a.code)!.name[lang],
    score(a.lost, lang),
    score(a.add, lang),
  ]);
  return [target.message[lang], '', table(say(lang, 'areasLostHeader').split('|'), rows)].join('\n');
}

export const command: CliCommand = {
  name: 'internal',
  summary: cliMessage('summaryInternal'),
  positionals: {
    max: 100_000,
    name: {
      vi: 'check|results|target|workbook|sheets|consolidate [tệp...]',
      en: 'check|results|target|workbook|sheets|consolidate [file...]',
    },
  },
  options: {
    definition: {
      type: 'string',
      value: cliMessage('internalOptionDefinitionValue'),
      help: cliMessage('internalOptionDefinitionHelp'),
    },
    units: {
      type: 'string',
      value: cliMessage('internalOptionUnitsValue'),
      help: cliMessage('internalOptionUnitsHelp'),
    },
    scores: {
      type: 'string',
      value: cliMessage('internalOptionScoresValue'),
      help: cliMessage('internalOptionScoresHelp'),
    },
    previous: {
      type: 'string',
      value: cliMessage('internalOptionPreviousValue'),
      help: cliMessage('internalOptionPreviousHelp'),
    },
    classes: {
      type: 'string',
      multiple: true,
      value: text('"Xuất sắc>=90,Tốt>=80,..."', '"Xuất sắc>=90,Tốt>=80,..."'),
      help: cliMessage('internalOptionClassesHelp'),
    },
    'top-floor': {
      type: 'string',
      value: text('<%>', '<%>'),
      help: cliMessage('internalOptionTopFloorHelp'),
    },
    unit: { type: 'string', value: cliMessage('internalOptionUnitValue'), help: cliMessage('internalOptionUnitHelp') },
    class: {
      type: 'string',
      value: cliMessage('internalOptionClassValue'),
      help: cliMessage('internalOptionClassHelp'),
    },
    rank: OPTION.rank,
    out: { type: 'string', value: text('<tệp>', '<file>'), help: cliMessage('internalOptionOutHelp') },
    master: {
      type: 'string',
      value: text('<master.xlsx>', '<master.xlsx>'),
      help: cliMessage('internalOptionMasterHelp'),
    },
    yes: { type: 'boolean', help: cliMessage('internalOptionYesHelp') },
    undo: { type: 'boolean', help: cliMessage('internalOptionUndoHelp') },
  },
  exclusive: [['class', 'rank']],
  example: 'internal check --definition samples/internal/criteria-departments.csv',
  async run(args) {
    const sub = args.positionals[0];
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: sub ?? '',
        ...cliMessage('internalSubcommand', { got: sub ?? '' }),
      });
    }
    if (sub === 'consolidate') return consolidate(args);
    // --unit, --class and --rank choose a target's unit and goal; results and check would ignore them.
    const targetOnly =
      sub === 'target' ? undefined : ['unit', 'class', 'rank'].find((o) => args.options[o] !== undefined);
    if (targetOnly !== undefined)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `--${targetOnly}`,
        ...cliMessage('internalTargetOnly', { option: `--${targetOnly}`, sub: sub! }),
      });
    if (sub === 'check') {
      const inputs = await readInputs(args, false);
      const json = checkJson(inputs);
      return { json, text: (lang) => checkText(json, inputs, lang) };
    }
    if (sub === 'workbook' || sub === 'sheets') return writeFiles(args, sub);
    const inputs = await readInputs(args, true);
    // The pane's pipeline too (runInternalIndex): the same class rule, the same warnings.
    const { results, warnings, rounds } = runInternalIndex({
      set: inputs.set,
      units: inputs.units!,
      scores: inputs.scores!,
      previous: inputs.previous,
      classes: options(args, 'classes'),
      topFloor: topFloor(args),
    });
    if (sub === 'results')
      return {
        json: {
          ...internalResultsJson(results, inputs.set, inputs.units!),
          rounds: rounds.map((r) => ({
            unit: r.unit,
            status: r.status,
            status_vi: UNIT_STATUS_NAMES[r.status].vi,
            self_total: r.self,
            round1_total: r.round1,
            final_total: r.final,
            counted: r.counted,
          })),
          run_warnings: warnings,
        },
        text: (lang) =>
          [
            ...warnings.map((w) => say(lang, 'internalWarning', { text: w[lang] })),
            resultsText(results, inputs.set, inputs.units!, lang),
          ].join('\n'),
      };
    const unit = requireOption(args, 'unit', 'expectUnitCode');
    const cls = option(args, 'class');
    const rankText = option(args, 'rank');
    if ((cls === undefined) === (rankText === undefined)) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: '--class/--rank',
        ...cliMessage('internalGoalCount'),
      });
    }
    const rank = rankText === undefined ? null : requireInteger(rankText, '--rank', 1, MAX_GOAL_RANK);
    const target = internalTarget(results, unit, rank === null ? { class: cls! } : { rank });
    return { json: targetJson(target), text: (lang) => targetText(target, inputs.set, lang) };
  },
};

/** `workbook`: the master workbook (Definition, Units, Scores); `sheets`: every unit's score sheet in one .zip. */
async function writeFiles(args: CliArgs, sub: 'workbook' | 'sheets'): Promise<CommandResult> {
  const inputs = await readInputs(args, false);
  const out = requireOption(args, 'out', 'expectOutFile');
  if (inputs.units === null) requireOption(args, 'units', 'expectUnitsFile');
  if (sub === 'workbook') {
    // the pane's layout: headings in Vietnamese, each field name as the cell's note (masterHeaderRow)
    const layouts = masterWorkbookLayout(inputs.set, inputs.units!, inputs.scores);
    writeNewFile(out, await layoutsXlsx(layouts));
    const sheets = layouts.map((l) => l.name).join(', ');
    return {
      json: { out, sheets: layouts.map((l) => l.name) },
      text: (lang) => say(lang, 'masterWritten', { path: out, sheets }),
    };
  }
  const ofKind = inputs.units!.filter((u) => inputs.set.kind === null || u.kind === inputs.set.kind);
  writeNewFile(out, await unitWorkbooksZip(inputs.set, inputs.units!, inputs.scores?.byUnit));
  return {
    json: { out, units: ofKind.map((u) => u.unit) },
    text: (lang) => say(lang, 'sheetsWritten', { path: out, count: ofKind.length }),
  };
}

/**
 * `consolidate --master M FILE...`: the returned sheets merged into the master's Scores sheet (planScoreMerge, as in
 * the pane). Existing values that would change are listed and need --yes; the previous state goes to the backup sheet;
 * `--undo` restores it. Any refusal leaves the master byte for byte as it was (it is replaced in one rename).
 */
async function consolidate(args: CliArgs): Promise<CommandResult> {
  const path = requireOption(args, 'master', 'expectMasterFile');
  const { file, bytes } = readUserBytes(path);
  const workbook = await openMaster(file, bytes);
  headersToFields(workbook);
  if (args.options.undo === true) {
    if (!undoMasterMerge(workbook)) {
      return {
        json: { master: path, undone: false },
        text: (lang) => say(lang, 'mergeNothingToUndo', { path }),
        exitCode: 1,
      };
    }
    fieldsToHeadings(workbook);
    replaceFile(path, await workbookBytes(workbook));
    return { json: { master: path, undone: true }, text: (lang) => say(lang, 'mergeUndone', { path }) };
  }
  const texts = masterTexts(workbook);
  const sheetsOf = requireMasterSheets(texts, path);
  const set = parseCriteriaSet(sheetsOf.definition);
  const units = parseUnits(sheetsOf.units);
  const files = args.positionals.slice(1);
  const sheets = await readReturnedFiles(
    files.map((f) => {
      const read = readUserBytes(f);
      return { name: read.file, data: read.bytes };
    }),
  );
  const batch = consolidateUnitSheets(set, units, sheets);
  const before = sheetRows(workbook.getWorksheet(SHEET_NAMES.scores));
  const merge = planScoreMerge(set, units, before, batch, SHEET_NAMES.scores);
  const apply = merge.changes.length === 0 || args.options.yes === true;
  if (apply) {
    applyMergeToMaster(workbook, before, merge);
    fieldsToHeadings(workbook);
    replaceFile(path, await workbookBytes(workbook));
  }
  return {
    json: mergeJson(path, sheets.length, merge, apply),
    text: (lang) => mergeText(path, sheets.length, merge, apply, lang),
    exitCode: apply ? undefined : 1,
  };
}

function mergeJson(path: string, sheets: number, merge: ScoreMerge, written: boolean): Record<string, unknown> {
  return {
    master: path,
    written,
    sheets,
    new_units: merge.newUnits,
    updated_units: merge.updatedUnits,
    untouched_units: merge.untouchedUnits,
    filled: merge.filled,
    changes: merge.changes,
  };
}

function mergeText(path: string, sheets: number, merge: ScoreMerge, written: boolean, lang: Lang): string {
  const lines = [
    say(lang, 'mergeSummary', {
      sheets,
      newUnits: merge.newUnits.length,
      updated: merge.updatedUnits.length,
      untouched: merge.untouchedUnits.length,
      filled: merge.filled,
      changed: merge.changes.length,
    }),
    ...merge.changes.map((c) =>
      say(lang, 'mergeChangeLine', {
        unit: c.unit,
        code: c.code,
        field: scoreFieldName(c.field)[lang],
        before: c.before,
        after: c.after,
      }),
    ),
    written ? say(lang, 'mergeWritten', { path }) : say(lang, 'mergeNeedsYes', { count: merge.changes.length }),
  ];
  return lines.join('\n');
}

import {
  DEFAULT_CLASSES,
  EngineError,
  MAX_GOAL_RANK,
  requireInteger,
  requireNumber,
  internalResults,
  internalTarget,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  type ClassRule,
  type CriteriaSet,
  type InternalResults,
  type InternalTarget,
  type InternalUnit,
  type ScoreSheet,
} from '../../engine/all';
import { option, options, requireOption } from '../args';
import { OPTION } from '../options';
import type { CliArgs, CliCommand, Lang } from '../command';
import { score, signed, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { readTextFile } from '../user-data';

const text = (vi: string, en: string) => ({ vi, en });

const SUBCOMMANDS = ['check', 'results', 'target'] as const;

interface Inputs {
  readonly set: CriteriaSet;
  readonly units: readonly InternalUnit[] | null;
  readonly scores: ScoreSheet | null;
  readonly previous: ScoreSheet | null;
  readonly classes: ClassRule;
}

/**
 * The class bands for the set: `--classes` (repeatable; `kind:bands` applies to one unit kind, plain bands to every
 * kind), else the set's own `# classes:` declaration, else the sample default. `--top-floor` (or the set's
 * `# top_floor:`) adds the per-area floor for the top class.
 */
function classesFor(args: CliArgs, set: CriteriaSet): ClassRule {
  const given = options(args, 'classes');
  const forKind = given.find((g) => set.kind !== null && g.startsWith(`${set.kind}:`));
  const general = given.filter((g) => !/^[a-z_]+:/.test(g)).at(-1);
  const text = forKind?.slice(set.kind!.length + 1) ?? general ?? set.classes ?? DEFAULT_CLASSES;
  const floorText = option(args, 'top-floor');
  const floor = floorText === undefined ? set.topAreaFloor : requireNumber(floorText, '--top-floor');
  if (floor !== null && !Number.isFinite(floor))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: `--top-floor ${floorText}`,
      ...cliMessage('topFloorInvalid', { value: floorText }),
    });
  return parseClassBands(text, floor, forKind ?? general ?? `${set.file} # classes`);
}

function readInputs(args: CliArgs, needScores: boolean): Inputs {
  const set = parseCriteriaSet(readTextFile(requireOption(args, 'definition', 'expectCriteriaFile')));
  const unitsPath = needScores ? requireOption(args, 'units', 'expectUnitsFile') : option(args, 'units');
  const units = unitsPath === undefined ? null : parseUnits(readTextFile(unitsPath));
  const scoresPath = needScores ? requireOption(args, 'scores', 'expectScoresFile') : option(args, 'scores');
  if (scoresPath !== undefined && units === null)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--scores',
      ...cliMessage('scoresNeedUnits'),
    });
  const scores = scoresPath === undefined ? null : parseScores(readTextFile(scoresPath), set, units!);
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

export function internalResultsJson(results: InternalResults, set: CriteriaSet): Record<string, unknown> {
  return {
    set: setJson(set),
    classes: results.classes.bands.map((b) => ({ label: b.label, min: b.min })),
    top_area_floor: results.classes.topAreaFloor,
    units: results.units.map((u) => ({
      unit: u.unit,
      name: u.name.vi,
      kind: u.kind,
      group: u.group,
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

function resultsText(results: InternalResults, set: CriteriaSet, lang: Lang): string {
  const title = set.name?.[lang] ?? set.file;
  const lines = [say(lang, 'internalTitle', { title })];
  const header = say(lang, 'internalHeader').split('|');
  for (const group of [...new Set(results.units.map((u) => u.group))]) {
    const members = results.units.filter((u) => u.group === group);
    lines.push('', say(lang, 'internalGroup', { group, of: members[0]!.of }));
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
  positionals: { max: 1, name: { vi: 'check|results|target', en: 'check|results|target' } },
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
  },
  exclusive: [['class', 'rank']],
  example: 'internal check --definition samples/internal/criteria-departments.csv',
  run(args) {
    const sub = args.positionals[0];
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: sub ?? '',
        ...cliMessage('internalSubcommand', { got: sub ?? '' }),
      });
    }
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
      const inputs = readInputs(args, false);
      const json = checkJson(inputs);
      return { json, text: (lang) => checkText(json, inputs, lang) };
    }
    const inputs = readInputs(args, true);
    const results = internalResults({
      set: inputs.set,
      units: inputs.units!,
      scores: inputs.scores!,
      previous: inputs.previous,
      classes: inputs.classes,
    });
    if (sub === 'results')
      return { json: internalResultsJson(results, inputs.set), text: (lang) => resultsText(results, inputs.set, lang) };
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

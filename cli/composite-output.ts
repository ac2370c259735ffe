import {
  compositeDefinitionFor,
  compositeRanking,
  compositeRowOf,
  compositeSensitivity,
  compositeTarget,
  compositeYearOf,
  foldName,
  indexModule,
  readGoal,
  readUserIndex,
  simulateComposite,
  type CompositeData,
  type CompositeSimulation,
  type CompositeStanding,
  type Dataset,
} from '../engine/all';
import { numberPairs, option, options, requireOption, yearOption } from './args';
import type { CliArgs, CommandResult, Lang } from './command';
import { score, signed, table } from './format';
import { say } from './i18n/messages';
import { readTextFile } from './user-data';

/**
 * The composite index a command works on: the user's (`--index-definition FILE --data FILE`), else null (the
 * registered ones are in the dataset, see runByIndex).
 */
export function userComposite(args: CliArgs): CompositeData | null {
  const definition = option(args, 'index-definition');
  if (definition === undefined) return null;
  const data = requireOption(args, 'data', 'expectIndexDataFile');
  return readUserIndex(readTextFile(definition), readTextFile(data));
}

/**
 * A registered composite index with the user's later years added (`--data FILE`, its module's reader: PCI's profile
 * and published-results rows; a year with only the top N totals ranks "in the published top N" / "outside it").
 */
export function withImportedYears(args: CliArgs, dataset: Dataset, data: CompositeData): CompositeData {
  const files = options(args, 'data');
  if (files.length === 0) return data;
  const years = new Map(data.years);
  for (const path of files)
    for (const [y, year] of indexModule(data.index).composite!.readYears(readTextFile(path), dataset.provinces))
      years.set(y, year);
  return { ...data, years };
}

/** The unit a command names: --unit, else --province; registered province names resolve through the registry. */
function unitQuery(args: CliArgs, dataset: Dataset) {
  const unit = option(args, 'unit') ?? requireOption(args, 'province', 'expectProvinceOrCity');
  const aliases = (name: string) => {
    const code = dataset.provinces.byKey.get(foldName(name));
    return code === undefined ? null : dataset.provinces.byCode.get(code)!.nameVi;
  };
  return { year: yearOption(args), unit, aliases };
}

const standingJson = (s: CompositeStanding) => ({
  unit: s.unit,
  total: s.total,
  computed: s.computed,
  difference: s.difference,
  rank: s.rank,
  of: s.of,
  rank_label: s.rankLabel,
  group: s.group,
});

/** The year's notes: the definition's (inferred or approximate weights, 2011) and any data/source disagreement. */
function notes(data: CompositeData, year: number, lang: Lang): string[] {
  const definition = compositeDefinitionFor(data, year);
  return [`! ${definition.note[lang]}`, ...compositeYearOf(data, year).warnings.map((w) => `! ${w[lang]}`)];
}

/** `ranking`: every unit of the year, best first. */
export function compositeRankingOutput(args: CliArgs, data: CompositeData): CommandResult {
  const year = yearOption(args);
  const rows = compositeRanking(data, year);
  const definition = compositeDefinitionFor(data, year);
  return {
    json: {
      index: data.index,
      year,
      definition: definition.id,
      weights: definition.weights,
      rows: rows.map(standingJson),
      warnings: compositeYearOf(data, year).warnings,
    },
    text: (lang) =>
      [
        say(lang, 'compositeTitle', { name: data.name[lang], year }),
        '',
        table(
          say(lang, 'compositeRankingHeader').split('|'),
          rows.map((r) => [r.rank, r.unit, score(r.total, lang), r.group?.[lang] ?? null]),
        ),
        ...notes(data, year, lang),
      ].join('\n'),
  };
}

function measuresTable(s: CompositeSimulation, lang: Lang): string {
  return table(
    say(lang, 'compositeMeasureHeader').split('|'),
    s.measures.map((m) => [
      m.code,
      m.name[lang],
      m.weight,
      score(m.pointValue, lang),
      score(m.base, lang),
      score(m.value, lang),
      signed(m.totalChange, lang),
    ]),
  );
}

const simulationJson = (s: CompositeSimulation) => ({
  definition: s.definition.id,
  weights: s.definition.weights,
  base: standingJson(s.base),
  scenario: standingJson(s.scenario),
  measures: s.measures.map((m) => ({
    code: m.code,
    name_vi: m.name.vi,
    name_en: m.name.en,
    weight: m.weight,
    point_value: m.pointValue,
    base: m.base,
    value: m.value,
    total_change: m.totalChange,
  })),
});

function standingLine(label: 'compositeBase' | 'compositeScenario', s: CompositeStanding, lang: Lang): string {
  return say(lang, label, {
    total: score(s.total, lang) ?? '-',
    rank: s.rankLabel[lang],
    group: s.group?.[lang] ?? null,
  });
}

/** `score`: one unit's total, rank, group and measures with their weights. */
export function compositeScoreOutput(args: CliArgs, dataset: Dataset, data: CompositeData): CommandResult {
  return simulationOutput(args, data, simulateComposite(data, { ...unitQuery(args, dataset), changes: [] }), false);
}

/** `simulate --set code=v --add code=x`: the weighted what-if. */
export function compositeSimulateOutput(args: CliArgs, dataset: Dataset, data: CompositeData): CommandResult {
  const changes = [
    ...Object.entries(numberPairs(args, 'set')).map(([measure, set]) => ({ measure, set })),
    ...Object.entries(numberPairs(args, 'add')).map(([measure, add]) => ({ measure, add })),
  ];
  return simulationOutput(args, data, simulateComposite(data, { ...unitQuery(args, dataset), changes }), true);
}

function simulationOutput(args: CliArgs, data: CompositeData, s: CompositeSimulation, changed: boolean) {
  const year = yearOption(args);
  return {
    json: { index: data.index, year, ...simulationJson(s) },
    text: (lang: Lang) =>
      [
        say(lang, 'compositeTitle', { name: data.name[lang], year }) + ` – ${s.base.unit}`,
        standingLine('compositeBase', s.base, lang),
        ...(changed ? [standingLine('compositeScenario', s.scenario, lang)] : []),
        '',
        measuresTable(s, lang),
        ...notes(data, year, lang),
      ].join('\n'),
  };
}

/** `target --rank K | --total T [--weights code=effort,...]`: the least weighted effort to the goal. */
export function compositeTargetOutput(args: CliArgs, dataset: Dataset, data: CompositeData): CommandResult {
  const query = unitQuery(args, dataset);
  // A group goal is a band's minimum total (groups: bands) or the top N's rank (groups: top N).
  const rule = compositeDefinitionFor(data, query.year).groups;
  const bands = rule?.kind === 'bands' ? rule.bands : [];
  const goal = readGoal(
    { rank: option(args, 'rank'), group: option(args, 'group'), total: option(args, 'total') },
    {
      group: (text) => bands.find((b) => foldName(b.name.vi) === foldName(text))?.name.vi ?? null,
      groupsHint: bands.map((b) => b.name.vi).join(', ') || '-',
      total: true,
    },
    '--rank/--group/--total',
  );
  const t = compositeTarget(data, {
    ...query,
    goal: 'group' in goal ? { total: bands.find((b) => b.name.vi === goal.group)!.min } : goal,
    effortWeights: numberPairs(args, 'weights'),
  });
  return {
    json: {
      index: data.index,
      year: query.year,
      goal: t.goal,
      required_total: t.requiredTotal,
      reachable: t.reachable,
      allocation: t.allocation,
      effort: t.effort,
      ...simulationJson(t),
    },
    text: (lang) =>
      [
        say(lang, 'compositeTitle', { name: data.name[lang], year: query.year }) + ` – ${t.base.unit}`,
        say(lang, t.reachable ? 'compositeTargetMet' : 'compositeTargetUnreachable', {
          required: score(t.requiredTotal, lang) ?? '-',
          effort: score(t.effort, lang) ?? '0',
        }),
        standingLine('compositeBase', t.base, lang),
        standingLine('compositeScenario', t.scenario, lang),
        '',
        measuresTable(t, lang),
        ...notes(data, query.year, lang),
      ].join('\n'),
  };
}

/** `sensitivity`: what one point of each measure is worth (its weight), and the room left. */
export function compositeSensitivityOutput(args: CliArgs, dataset: Dataset, data: CompositeData): CommandResult {
  const query = unitQuery(args, dataset);
  const rows = compositeSensitivity(data, query);
  const unit = compositeRowOf(compositeYearOf(data, query.year), query.unit, query.aliases).unit;
  return {
    json: {
      index: data.index,
      year: query.year,
      unit,
      measures: rows.map((m) => ({
        code: m.code,
        weight: m.weight,
        point_value: m.pointValue,
        base: m.base,
        room: m.room,
        max_gain: m.maxGain,
      })),
    },
    text: (lang) =>
      [
        say(lang, 'compositeTitle', { name: data.name[lang], year: query.year }) + ` – ${unit}`,
        '',
        table(
          say(lang, 'compositeSensitivityHeader').split('|'),
          rows.map((m) => [
            m.code,
            m.name[lang],
            m.weight,
            score(m.pointValue, lang),
            score(m.base, lang),
            score(m.maxGain, lang),
          ]),
        ),
        ...notes(data, query.year, lang),
      ].join('\n'),
  };
}

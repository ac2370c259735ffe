import {
  EngineError,
  evaluatePlan,
  findProvince,
  FIRST_UNITS_YEAR,
  parsePlan,
  trackRecordNote,
  unitLabel,
  unitRegistry,
  type PapiPlan,
  type PlanReport,
  type ProvinceRegistry,
} from '../../engine/all';
import { UNITS_OPTIONS } from '../options';
import { uniqueNotes, unitsOption } from '../units-option';
import type { CliCommand, Lang } from '../command';
import { groupName, score, signed, table, fixed } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { readJsonFile } from '../user-data';

export function planJson(r: PlanReport): Record<string, unknown> {
  return {
    name: r.plan.name,
    source: r.plan.source ?? null,
    province: r.province.nameVi,
    units: r.plan.units === 'units-2025' ? 2025 : 63,
    province_ascii: r.province.nameAscii,
    gso_code: r.province.code,
    baseline_year: r.plan.baselineYear,
    target_year: r.plan.targetYear,
    goal: r.plan.goal,
    dimensions: r.dimensions.map((d) => ({
      code: d.code,
      name_vi: d.name.vi,
      name_en: d.name.en,
      baseline: d.baseline,
      target: d.target,
      gap: d.gap,
      agency: r.plan.agencies?.[d.code] ?? null,
    })),
    baseline_total: r.baselineTotal,
    implied_total: r.impliedTotal,
    fields: r.fields.map((f) => ({
      year: f.year,
      total: f.total,
      rank: f.rank,
      of: f.of,
      group: f.group,
      meets_goal: f.meetsGoal,
      dimensions: f.dimensions,
    })),
    chance: r.chance && {
      field_year: r.chance.fieldYear,
      goal: r.chance.goal,
      probability: r.chance.probability,
      rank: r.chance.rank,
      of: r.chance.of,
      iterations: r.chance.iterations,
      seed: r.chance.seed,
      assumptions: r.chance.assumptions,
      pool: r.chance.pool,
      track_record: trackRecordNote(r.plan.units === 'units-2025'),
    },
    achieved: r.achieved && {
      year: r.achieved.year,
      total: r.achieved.total,
      rank: r.achieved.rank,
      of: r.achieved.of,
      group: r.achieved.group,
      goal_met: r.achieved.goalMet,
      dimensions: r.achieved.dimensions,
    },
    notes: r.notes,
  };
}

function planText(r: PlanReport, registry: ProvinceRegistry, lang: Lang): string {
  const name =
    r.plan.units === 'units-2025'
      ? unitLabel(unitRegistry(registry), r.province)[lang]
      : lang === 'vi'
        ? r.province.nameVi
        : r.province.nameAscii;
  const goal = [
    r.plan.goal.rank !== undefined ? say(lang, 'goalRank', { rank: r.plan.goal.rank }) : null,
    r.plan.goal.group ? groupName(r.plan.goal.group, lang) : null,
    r.plan.goal.total !== undefined ? say(lang, 'goalTotal', { total: r.plan.goal.total }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const actual = (code: string) => r.achieved?.dimensions.find((d) => d.code === code);
  const header = say(lang, 'planHeader', { baselineYear: r.plan.baselineYear, targetYear: r.plan.targetYear }).split(
    '|',
  );
  const rows = r.dimensions.map((d) => {
    const a = actual(d.code);
    return [
      d.code.toUpperCase(),
      d.name[lang],
      score(d.baseline, lang),
      fixed(d.target, lang, 2),
      signed(d.gap, lang),
      score(a?.actual ?? null, lang),
      a?.met == null ? null : a.met ? '✓' : '✗',
    ];
  });
  const lines = [
    `${r.plan.name} – ${name}`,
    say(lang, 'planGoalLine', {
      targetYear: r.plan.targetYear,
      goal,
      baselineYear: r.plan.baselineYear,
      baselineTotal: score(r.baselineTotal, lang),
      impliedTotal: score(r.impliedTotal, lang),
    }),
    '',
    table(header, rows),
    '',
    ...r.fields.map((f) =>
      say(lang, 'planPlaced', {
        year: f.year,
        rank: f.rank,
        of: f.of,
        group: groupName(f.group, lang),
        meetsGoal: f.meetsGoal,
      }),
    ),
  ];
  if (r.chance)
    lines.push(
      say(lang, 'planChance', {
        targetYear: r.plan.targetYear,
        fieldYear: r.chance.fieldYear,
        iterations: r.chance.iterations,
        seed: r.chance.seed,
        percent: fixed(r.chance.probability * 100, lang, 1),
        median: r.chance.rank.median,
        p5: r.chance.rank.p5,
        p95: r.chance.rank.p95,
      }),
      trackRecordNote(r.plan.units === 'units-2025')[lang],
    );
  if (r.achieved)
    lines.push(
      say(lang, 'planAchieved', {
        year: r.achieved.year,
        total: score(r.achieved.total, lang),
        rank: r.achieved.rank,
        of: r.achieved.of,
        group: groupName(r.achieved.group, lang),
        goalMet: r.achieved.goalMet,
        met: r.achieved.dimensions.filter((d) => d.met).length,
        count: r.achieved.dimensions.length,
      }),
    );
  for (const note of uniqueNotes([...r.notes, ...(r.chance?.assumptions ?? [])])) lines.push(`- ${note[lang]}`);
  return lines.join('\n');
}

export const command: CliCommand = {
  name: 'plan',
  summary: cliMessage('summaryPlan'),
  options: { units: UNITS_OPTIONS.units },
  positionals: { max: 1, name: cliMessage('planFilePlaceholder') },
  example: 'plan samples/an-giang-2025-plan.json',
  run(args, context) {
    const path = args.positionals[0];
    if (path === undefined)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: 'plan',
        ...cliMessage('planFileMissing'),
      });
    const { file, json } = readJsonFile(path);
    const plan = parsePlan(json, file);
    const units = unitsOption(args);
    if (units === null) refuseFormerProvinceFrom2025(json, plan, context.dataset().provinces, file);
    const report = evaluatePlan(context.dataset(), units === null ? plan : { ...plan, units });
    return { json: planJson(report), text: (lang) => planText(report, context.dataset().provinces, lang) };
  },
};

/**
 * A plan for 2025 or later that names a province merged on 1 July 2025 and does not say which set it means: without
 * "units" it would be checked as the former province (another field, another rank and chance) with no word. Refused,
 * naming the province, its unit and both ways to say it ("units": 2025, or "units": 63 to keep the former province).
 */
function refuseFormerProvinceFrom2025(json: unknown, plan: PapiPlan, provinces: ProvinceRegistry, file: string): void {
  if (plan.targetYear < FIRST_UNITS_YEAR || provinces.set !== 'former') return;
  if ((json as Record<string, unknown>).units !== undefined) return;
  const former = findProvince(provinces, plan.province);
  const merged = provinces.unitOf.get(former.code);
  if (!merged || merged.members.length < 2) return;
  const units = unitRegistry(provinces);
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: `${file}: units`,
    ...cliMessage('planUnitsMissing', {
      file,
      nameVi: former.nameVi,
      nameAscii: former.nameAscii,
      year: plan.targetYear,
      unit: unitLabel(units, units.byCode.get(merged.code)!),
    }),
  });
}

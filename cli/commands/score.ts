import {
  parScore,
  parUnitResults,
  papiProfile,
  sipasResults,
  unitBaseline,
  unitLabel,
  unitRegistry,
  type Dataset,
  type MeasureResult,
  type PapiProfile,
  type ParResult,
} from '../../engine/all';
import { parUnitOutput, sipasOutput } from '../par-units-output';
import { provinceTitle, unitJson, unitsOption } from '../units-option';
import { option, requireOption, yearOption } from '../args';
import { parQueryFromArgs } from '../scenario-options';
import { COMPOSITE_OPTIONS, INDEX_WITH_SIPAS, OPTION, UNITS_OPTIONS } from '../options';
import { compositeScoreOutput } from '../composite-output';
import type { CliCommand, Lang } from '../command';
import { groupName, score, signed, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { runByIndex } from '../index-option';
import { withUserData } from '../user-data';

function measureJson(m: MeasureResult): Record<string, unknown> {
  return {
    code: m.code,
    name_vi: m.name.vi,
    name_en: m.name.en,
    score: m.score,
    rank: m.rank,
    of: m.of,
    group: m.group,
    on_cutoff: m.onCutoff,
    ...(m.subdimensions.length ? { subdimensions: m.subdimensions.map(measureJson) } : {}),
  };
}

export function papiProfileJson(profile: PapiProfile, dataset: Dataset): Record<string, unknown> {
  const unit = dataset.provinces.unitOf.get(profile.province.code);
  return {
    index: 'papi',
    province: profile.province.nameVi,
    province_ascii: profile.province.nameAscii,
    gso_code: profile.province.code,
    year: profile.year,
    definition: profile.definitionId,
    total: profile.total.score,
    rank: profile.total.rank,
    of: profile.total.of,
    group: profile.total.group,
    on_cutoff: profile.total.onCutoff,
    cutoffs: profile.total.cutoffs,
    boundary: profile.boundary,
    dimensions: profile.dimensions.map(measureJson),
    change: profile.change && {
      previous_year: profile.change.previousYear,
      comparable: profile.change.comparable,
      total: profile.change.total.score,
      rank: profile.change.total.rank,
      dimensions: profile.change.dimensions.map((d) => ({ code: d.code, score: d.score, rank: d.rank })),
      note: profile.change.note,
    },
    strengths: profile.strengths,
    weaknesses: profile.weaknesses,
    unit_2025: unit ? { gso_code: unit.code, name: unit.nameVi, name_ascii: unit.nameAscii } : null,
    unit: unitJson(dataset, profile.year, profile.province.code),
    label: unitLabel(dataset.provinces, profile.province),
    warnings: profile.warnings,
  };
}

function papiText(profile: PapiProfile, dataset: Dataset, lang: Lang): string {
  const p = profile;
  const name = provinceTitle(dataset, p.province, lang);
  const head = say(lang, 'papiScoreLine', {
    year: p.year,
    name,
    score: score(p.total.score),
    rank: p.total.rank,
    of: p.total.of,
    group: groupName(p.total.group, lang),
  });
  const change = p.change?.dimensions;
  const rows = p.dimensions.map((d, i) => [
    d.code.toUpperCase(),
    d.name[lang],
    score(d.score),
    d.rank === null ? null : `${d.rank}/${d.of}`,
    groupName(d.group, lang),
    signed(change?.[i]?.score ?? null),
    change?.[i]?.rank == null ? null : signed(change[i]!.rank, 0),
  ]);
  const header = say(lang, 'papiScoreHeader').split('|');
  const lines = [head, '', table(header, rows)];
  if (p.change)
    lines.push(
      '',
      say(lang, 'changeAgainst', {
        year: p.change.previousYear,
        score: signed(p.change.total.score),
        rank: signed(p.change.total.rank, 0),
      }),
    );
  const names = (codes: readonly string[]) => codes.map((c) => c.toUpperCase()).join(', ') || '–';
  lines.push(say(lang, 'strengthsWeaknesses', { strengths: names(p.strengths), weaknesses: names(p.weaknesses) }));
  for (const w of [...(p.change?.note ? [p.change.note] : []), ...p.warnings]) lines.push(`! ${w[lang]}`);
  const merged = dataset.provinces.set === 'former' ? dataset.provinces.unitOf.get(p.province.code) : undefined;
  if (merged && merged.members.length > 1) {
    const units = unitRegistry(dataset.provinces);
    const label = unitLabel(units, units.byCode.get(merged.code)!);
    lines.push(
      say(lang, 'formerProvinceHere', { nameVi: p.province.nameVi, nameAscii: p.province.nameAscii, unit: label }),
    );
  }
  const unit =
    dataset.provinces.set === 'units-2025' ? unitBaseline(dataset, { year: p.year, unit: p.province.code }) : null;
  if (unit?.estimated) {
    lines.push('', say(lang, 'formerProvincesTitle'));
    for (const q of unit.predecessors)
      lines.push(
        `  ${lang === 'vi' ? q.nameVi : q.nameAscii}: ${score(q.total) ?? '–'}, ${q.rank === null ? '–' : `${q.rank}/${q.of}`}, ${(q.share * 100).toFixed(1)}%`,
      );
    lines.push(
      say(lang, 'simpleMeanLine', {
        mean: score(unit.total.simpleMean),
        min: score(unit.total.min),
        max: score(unit.total.max),
      }),
    );
  }
  return lines.join('\n');
}

export function parResultJson(result: ParResult): Record<string, unknown> {
  return {
    index: 'par',
    year: result.year,
    definition: result.definitionId,
    total: result.total,
    percent: result.percent,
    group: result.group,
    areas: result.areas.map((a) => ({
      code: a.code,
      name_vi: a.name.vi,
      name_en: a.name.en,
      points: a.points,
      max: a.max,
      lost: a.lost,
      verified: a.verified,
      not_applicable: a.notApplicable,
    })),
    points_lost: result.pointsLost.map((l) => ({
      code: l.code,
      level: l.level,
      name_vi: l.name.vi,
      name_en: l.name.en,
      lost: l.lost,
    })),
    rank_estimate: result.rankEstimate && {
      low: result.rankEstimate.low,
      high: result.rankEstimate.high,
      estimate: result.rankEstimate.estimate,
      of: result.rankEstimate.of,
      known: result.rankEstimate.known,
    },
    warnings: result.warnings,
  };
}

function parText(result: ParResult, lang: Lang): string {
  const r = result.rankEstimate;
  const head = say(lang, 'parScoreLine', {
    year: result.year,
    total: result.total.toFixed(2),
    percent: result.percent.toFixed(2),
    group: result.group,
  });
  const rank = r ? say(lang, 'parRankEstimate', { low: r.low, high: r.high, of: r.of, known: r.known }) : '';
  const header = say(lang, 'parScoreHeader').split('|');
  const rows = result.areas.map((a) => [
    a.code,
    a.name[lang],
    a.points.toFixed(2),
    a.max === null ? say(lang, 'unverifiedMax') : a.max.toFixed(2),
    a.lost === null ? null : a.lost.toFixed(2),
  ]);
  const lost = result.pointsLost
    .slice(0, 5)
    .map((l) => `${l.code} ${l.lost.toFixed(2)}`)
    .join(', ');
  return [
    head,
    rank,
    '',
    table(header, rows),
    '',
    say(lang, 'mostPointsLost', { lost }),
    ...result.warnings.map((w) => `! ${w[lang]}`),
  ].join('\n');
}

export const command: CliCommand = {
  name: 'score',
  summary: cliMessage('summaryScore'),
  options: {
    index: INDEX_WITH_SIPAS,
    year: OPTION.year,
    province: OPTION.province,
    boundary: OPTION.boundary,
    data: OPTION.data,
    'allow-partial': OPTION['allow-partial'],
    'par-data': OPTION['par-data'],
    points: OPTION.points,
    maxima: OPTION.maxima,
    na: OPTION.na,
    criteria: OPTION.criteria,
    ...UNITS_OPTIONS,
    ...COMPOSITE_OPTIONS,
  },
  exclusive: [['data', 'data-dir']],
  example: 'score --index papi --year 2019 --province "An Giang"',
  run(args, context) {
    const year = yearOption(args);
    // The published data with the user's (--data is a PAPI year here; a composite index reads its own files).
    const withData = () => withUserData(context.dataset(), args, year);
    const units = unitsOption(args) === 'units-2025';
    // PAR INDEX / SIPAS of a unit or a province: published results only (each predecessor's, never an average).
    const published = (index: 'par' | 'sipas') => {
      const province = requireOption(args, 'province', 'expectProvinceOrCity');
      if (units) return parUnitOutput(parUnitResults(withData(), { year, unit: province, index }));
      return sipasOutput(year, sipasResults(withData(), { year, province }));
    };
    return runByIndex(
      args,
      {
        papi: () => {
          const dataset = withData();
          const province = requireOption(args, 'province', 'expectProvinceOrCity');
          const profile = papiProfile(dataset, { year, province, boundary: option(args, 'boundary') });
          return { json: papiProfileJson(profile, dataset), text: (lang) => papiText(profile, dataset, lang) };
        },
        par: () => {
          if (units && option(args, 'points') === undefined) return published('par');
          const dataset = withData();
          const result = parScore(dataset, parQueryFromArgs(args, dataset, year));
          return { json: parResultJson(result), text: (lang) => parText(result, lang) };
        },
        sipas: () => published('sipas'),
      },
      { dataset: context.dataset, run: (data) => compositeScoreOutput(args, context.dataset(), data) },
    );
  },
};

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
import { INDEX_WITH_SIPAS, OPTION, UNITS_OPTIONS } from '../options';
import type { CliCommand, Lang } from '../command';
import { groupName, score, signed, t, table } from '../format';
import { indexName } from '../index-option';
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
  const head = t(
    lang,
    `PAPI ${p.year} – ${name}: ${score(p.total.score)} điểm, hạng ${p.total.rank ?? '–'}/${p.total.of}, ${groupName(p.total.group, lang) ?? 'không xếp nhóm'}`,
    `PAPI ${p.year} – ${name}: ${score(p.total.score)} points, rank ${p.total.rank ?? '–'} of ${p.total.of}, ${groupName(p.total.group, lang) ?? 'no group'}`,
  );
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
  const header = t(
    lang,
    'Mã|Chỉ số nội dung|Điểm|Hạng|Nhóm|± điểm|± hạng',
    'Code|Dimension|Score|Rank|Group|± score|± rank',
  ).split('|');
  const lines = [head, '', table(header, rows)];
  if (p.change)
    lines.push(
      '',
      t(
        lang,
        `So với ${p.change.previousYear}: tổng ${signed(p.change.total.score) ?? '–'} điểm, ${signed(p.change.total.rank, 0) ?? '–'} bậc.`,
        `Against ${p.change.previousYear}: total ${signed(p.change.total.score) ?? '–'} points, ${signed(p.change.total.rank, 0) ?? '–'} places.`,
      ),
    );
  const names = (codes: readonly string[]) => codes.map((c) => c.toUpperCase()).join(', ') || '–';
  lines.push(
    t(
      lang,
      `Điểm mạnh (nhóm cao nhất): ${names(p.strengths)}. Điểm yếu (nhóm thấp nhất): ${names(p.weaknesses)}.`,
      `Strengths (best group): ${names(p.strengths)}. Weaknesses (poor group): ${names(p.weaknesses)}.`,
    ),
  );
  for (const w of [...(p.change?.note ? [p.change.note] : []), ...p.warnings]) lines.push(`! ${w[lang]}`);
  const merged = dataset.provinces.set === 'former' ? dataset.provinces.unitOf.get(p.province.code) : undefined;
  if (merged && merged.members.length > 1) {
    const units = unitRegistry(dataset.provinces);
    const label = unitLabel(units, units.byCode.get(merged.code)!);
    lines.push(
      t(
        lang,
        `! ${p.province.nameVi} ở đây là tỉnh cũ (trước 1/7/2025); từ 1/7/2025 thuộc ${label.vi}: xem --units 2025.`,
        `! ${p.province.nameAscii} here is the former province (before 1 July 2025); from 1 July 2025 it is part of ${label.en}: see --units 2025.`,
      ),
    );
  }
  const unit =
    dataset.provinces.set === 'units-2025' ? unitBaseline(dataset, { year: p.year, unit: p.province.code }) : null;
  if (unit?.estimated) {
    lines.push(
      '',
      t(
        lang,
        'Các tỉnh cũ (điểm công bố, hạng trên các tỉnh cũ, tỉ trọng):',
        'Former provinces (published score, rank among the former provinces, weight share):',
      ),
    );
    for (const q of unit.predecessors)
      lines.push(
        `  ${lang === 'vi' ? q.nameVi : q.nameAscii}: ${score(q.total) ?? '–'}, ${q.rank === null ? '–' : `${q.rank}/${q.of}`}, ${(q.share * 100).toFixed(1)}%`,
      );
    lines.push(
      t(
        lang,
        `  Bình quân giản đơn: ${score(unit.total.simpleMean) ?? '–'}; thấp nhất – cao nhất: ${score(unit.total.min) ?? '–'} – ${score(unit.total.max) ?? '–'}`,
        `  Simple mean: ${score(unit.total.simpleMean) ?? '–'}; lowest – highest: ${score(unit.total.min) ?? '–'} – ${score(unit.total.max) ?? '–'}`,
      ),
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
  const head = t(
    lang,
    `PAR INDEX ${result.year}: ${result.total.toFixed(2)} điểm (${result.percent.toFixed(2)}%), nhóm ${result.group ?? '–'}`,
    `PAR INDEX ${result.year}: ${result.total.toFixed(2)} points (${result.percent.toFixed(2)}%), group ${result.group ?? '–'}`,
  );
  const rank = r
    ? t(
        lang,
        `Thứ hạng ước tính: ${r.low === r.high ? r.low : `${r.low}–${r.high}`}/${r.of} (dựa trên ${r.known} mốc đã công bố)`,
        `Estimated rank: ${r.low === r.high ? r.low : `${r.low}–${r.high}`} of ${r.of} (from ${r.known} published points)`,
      )
    : '';
  const header = t(lang, 'Mã|Lĩnh vực|Điểm|Tối đa|Mất', 'Code|Area|Points|Max|Lost').split('|');
  const rows = result.areas.map((a) => [
    a.code,
    a.name[lang],
    a.points.toFixed(2),
    a.max === null ? t(lang, '? (chưa xác minh)', '? (unverified)') : a.max.toFixed(2),
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
    t(lang, `Mất nhiều điểm nhất: ${lost || '–'}`, `Most points lost: ${lost || '–'}`),
    ...result.warnings.map((w) => `! ${w[lang]}`),
  ].join('\n');
}

export const command: CliCommand = {
  name: 'score',
  summary: {
    vi: 'Điểm, thứ hạng và nhóm của một tỉnh (PAPI), hoặc điểm PAR INDEX từ điểm các lĩnh vực',
    en: "A province's score, rank and group (PAPI), or a PAR INDEX score from area points",
  },
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
  },
  exclusive: [['data', 'data-dir']],
  example: 'score --index papi --year 2019 --province "An Giang"',
  run(args, context) {
    const year = yearOption(args);
    const dataset = withUserData(context.dataset(), args, year);
    const index = indexName(args, ['papi', 'par', 'sipas']);
    const units = unitsOption(args) === 'units-2025';
    if (index === 'sipas' || (index === 'par' && units && option(args, 'points') === undefined)) {
      // PAR INDEX / SIPAS of a unit or a province: published results only (each predecessor's, never an average).
      const province = requireOption(args, 'province', {
        vi: 'tên tỉnh, thành phố, ví dụ "An Giang"',
        en: 'a province name, e.g. "An Giang"',
      });
      if (units) return parUnitOutput(parUnitResults(dataset, { year, unit: province, index }));
      return sipasOutput(year, sipasResults(dataset, { year, province }));
    }
    if (index === 'par') {
      const result = parScore(dataset, parQueryFromArgs(args, dataset, year));
      return { json: parResultJson(result), text: (lang) => parText(result, lang) };
    }
    const province = requireOption(args, 'province', {
      vi: 'tên tỉnh, thành phố, ví dụ "An Giang"',
      en: 'a province name, e.g. "An Giang"',
    });
    const profile = papiProfile(dataset, { year, province, boundary: option(args, 'boundary') });
    return { json: papiProfileJson(profile, dataset), text: (lang) => papiText(profile, dataset, lang) };
  },
};

import { definitionFor, topComponents } from '../definitions/catalog';
import type { LocalName } from '../definitions/index-definition';
import type { Dataset } from '../dataset/dataset';
import { EngineError, type DataProblem } from '../errors';
import { criteriaLeaves, type ParCriteriaTree } from './par-criteria';
import { parRankEstimate, type ParRankEstimate } from './par-rank-estimate';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import { MAXIMA_SUM_EPSILON, SCORE_EPSILON } from './score-order';

export interface ParAreaResult {
  readonly code: string;
  readonly name: LocalName;
  readonly points: number;
  /** null: the maximum is not published and was not supplied */
  readonly max: number | null;
  readonly lost: number | null;
  readonly verified: boolean;
  readonly notApplicable: boolean;
}

export interface ParLoss {
  readonly code: string;
  readonly name: LocalName;
  readonly lost: number;
  readonly level: 'area' | 'criterion';
}

export interface ParResult {
  readonly index: 'par';
  readonly year: number;
  readonly definitionId: string;
  readonly total: number;
  /** total as a percentage of the maximum that applies (100, less any not-applicable areas) */
  readonly percent: number;
  readonly group: string | null;
  readonly areas: readonly ParAreaResult[];
  /** points lost per area (and per criterion with a criteria tree), largest first; areas with unknown maxima are left out */
  readonly pointsLost: readonly ParLoss[];
  readonly rankEstimate: ParRankEstimate | null;
  readonly warnings: readonly LocalName[];
}

export interface ParQuery {
  readonly year: number;
  /** area points { a1: 9.5, ... }; with a criteria tree, areas covered by the tree are summed from it instead */
  readonly points?: Readonly<Record<string, number>>;
  /** maxima for areas whose maximum is not published (unverified); published maxima cannot be overridden */
  readonly maxima?: Readonly<Record<string, number>>;
  /** areas that do not apply: their maximum is removed and the percentage rescaled (an explicit, documented option) */
  readonly notApplicable?: readonly string[];
  readonly criteria?: ParCriteriaTree;
}

/**
 * PAR INDEX from area (or criteria) points: total, percentage of the applicable maximum, the year's group, points lost
 * per area sorted by size, and a rank estimate against the year's published results. Points outside [0, max], unknown
 * areas, missing areas and overrides of published maxima are errors; an unknown maximum is a warning (its loss is not
 * computed), never a fabricated number.
 *
 * @example parScore(dataset, { year: 2019, points: { a1: 9, a2: 9, a3: 13, a4: 10, a5: 14, a6: 6, a7: 13, a8: 11 } }).percent // => 85
 */
export function parScore(dataset: Dataset, query: ParQuery): ParResult {
  const definition = definitionFor(dataset.definitions, 'par', Number(query.year));
  const areas = topComponents(definition);
  const codes = new Set(areas.map((a) => a.code));
  const problems: DataProblem[] = [];
  const problem = (column: string, text: Bilingual) =>
    problems.push({ file: 'input', row: null, column, vi: text.vi, en: text.en });
  const notApplicable = new Set((query.notApplicable ?? []).map((c) => c.toLowerCase()));
  for (const code of [...Object.keys(query.points ?? {}), ...Object.keys(query.maxima ?? {}), ...notApplicable]) {
    if (!codes.has(code)) problem(code, message('notAnArea', { code, definition: definition.id, count: areas.length }));
  }
  const warnings: LocalName[] = [];
  const results: ParAreaResult[] = [];
  const losses: ParLoss[] = [];
  for (const area of areas) {
    const supplied = query.maxima?.[area.code];
    if (supplied !== undefined && area.max !== null && supplied !== area.max) {
      problem(area.code, message('areaMaxPublished', { area: area.code, max: area.max, supplied }));
    }
    if (supplied !== undefined && !(supplied > 0 && supplied <= 100))
      problem(area.code, message('areaMaxOutOfRange', { supplied }));
    const fromTree = query.criteria?.areaMaxima[area.code];
    const max = area.max ?? supplied ?? fromTree ?? null;
    const leaves = query.criteria ? criteriaLeaves(query.criteria, area.code) : [];
    let points = query.points?.[area.code];
    if (leaves.length > 0) {
      const missing = leaves.filter((l) => l.points === null).map((l) => l.code);
      if (missing.length > 0) problem(area.code, message('criteriaPointsMissing', { criteria: missing.join(', ') }));
      points = leaves.reduce((s, l) => s + (l.points ?? 0), 0);
      for (const l of leaves)
        if (l.max - (l.points ?? 0) > 0)
          losses.push({ code: l.code, name: l.name, lost: l.max - (l.points ?? 0), level: 'criterion' });
    }
    const na = notApplicable.has(area.code);
    if (na && query.points?.[area.code] !== undefined) {
      problem(area.code, message('areaBothNaAndPoints', { area: area.code, points: query.points[area.code] }));
    }
    if (points === undefined && !na) {
      problem(area.code, message('areaPointsMissing', { area: area.code, nameVi: area.name.vi, nameEn: area.name.en }));
      continue;
    }
    if (na && max === null) problem(area.code, message('areaNaWithoutMax', { area: area.code }));
    const value = na ? 0 : points!;
    if (!Number.isFinite(value) || value < 0 || (max !== null && value > max + SCORE_EPSILON)) {
      problem(area.code, message('areaPointsOutOfRange', { value, area: area.code, max }));
    }
    const lost = na || max === null ? null : max - value;
    results.push({
      code: area.code,
      name: area.name,
      points: value,
      max,
      lost,
      verified: area.verified !== false || supplied !== undefined || fromTree !== undefined,
      notApplicable: na,
    });
    if (lost !== null && lost > 0) losses.push({ code: area.code, name: area.name, lost, level: 'area' });
  }
  const unknownPoints = results.filter((r) => r.max === null).reduce((s, r) => s + r.points, 0);
  const knownAreaMax = results.filter((r) => r.max !== null).reduce((s, r) => s + r.max!, 0);
  if (unknownPoints > 100 - knownAreaMax + SCORE_EPSILON) {
    problem('points', message('unknownMaximaPointsAbove', { points: unknownPoints, remaining: 100 - knownAreaMax }));
  }
  const knownMax = results.filter((r) => r.max !== null).reduce((s, r) => s + r.max!, 0);
  if (
    results.every((r) => r.max !== null) &&
    results.length === areas.length &&
    Math.abs(knownMax - 100) > MAXIMA_SUM_EPSILON
  ) {
    problem('maxima', message('areaMaximaNot100', { total: knownMax }));
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: JSON.stringify(query.points ?? {}),
      ...message('parPointsInvalid', { year: query.year }),
      problems,
    });
  }
  const unknown = results.filter((r) => r.max === null).map((r) => r.code);
  if (unknown.length > 0) {
    warnings.push(message('parMaximaUnknown', { areas: unknown.join(', ') }));
  }
  const total = results.reduce((s, r) => s + r.points, 0);
  const applicable = 100 - results.filter((r) => r.notApplicable).reduce((s, r) => s + r.max!, 0);
  const percent = (total / applicable) * 100;
  if (applicable < 100) warnings.push(message('parAreasLeftOut', { areas: [...notApplicable].join(', ') }));
  const rule = definition.groupRules!.find((r) => r.years[0] <= query.year && query.year <= r.years[1])!;
  const band =
    [...rule.bands].sort((a, b) => b.minPercent - a.minPercent).find((b) => percent >= b.minPercent - SCORE_EPSILON) ??
    null;
  if (!rule.complete) warnings.push(message('parGroupRulePartial', { year: query.year }));
  let rankEstimate: ParRankEstimate | null = null;
  if (dataset.par.has(Number(query.year)))
    rankEstimate = parRankEstimate(dataset, { year: query.year, total: percent });
  else warnings.push(message('parNoResultsForRank', { year: query.year }));
  return {
    index: 'par',
    year: Number(query.year),
    definitionId: definition.id,
    total,
    percent,
    group: band?.group ?? null,
    areas: results,
    pointsLost: losses.sort((a, b) => b.lost - a.lost),
    rankEstimate,
    warnings,
  };
}

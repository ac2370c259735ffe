import { childrenOf, nodeName, topComponents } from '../definitions/catalog';
import type { IndexDefinition, LocalName } from '../definitions/index-definition';
import { definitionOfYear, papiYearOf, type Dataset } from '../dataset/dataset';
import type { IndexYear } from '../dataset/index-year';
import { EngineError } from '../errors';
import type { Province } from '../provinces/province';
import { findProvince } from '../provinces/province-registry';
import { groupBoundary } from './group-boundary';
import { cutoffNear, type BoundaryConvention, type PapiGroup, type QuartileCutoffs } from './quartile-groups';
import { yearStandings } from './year-standings';
import { estimateNoteOf } from '../units/estimate-note';
import { message } from '../i18n/messages';

export interface MeasureResult {
  readonly code: string;
  readonly name: LocalName;
  readonly score: number | null;
  readonly rank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
  /** the cut-off the score sits on within rounding (its group depends on the convention), or null */
  readonly onCutoff: 'p25' | 'p50' | 'p75' | null;
  readonly cutoffs: QuartileCutoffs | null;
  readonly subdimensions: readonly MeasureResult[];
}

export interface MeasureChange {
  readonly code: string;
  readonly score: number | null;
  /** positive = moved up (e.g. from 25th to 21st is +4) */
  readonly rank: number | null;
}

export interface PapiProfile {
  readonly index: 'papi';
  readonly year: number;
  readonly definitionId: string;
  readonly province: Province;
  readonly total: MeasureResult;
  readonly dimensions: readonly MeasureResult[];
  /**
   * Against the previous year, or null without one. Scores are compared only within a series (PAPI 2011-2017:
   * 6 dimensions; 2018 on: 8); across series only ranks are (plans do: "giảm 7 bậc so với năm 2017"), with a note.
   */
  readonly change: {
    readonly previousYear: number;
    readonly comparable: boolean;
    readonly total: MeasureChange;
    readonly dimensions: readonly MeasureChange[];
    readonly note: LocalName | null;
  } | null;
  /** dimensions in the best group */
  readonly strengths: readonly string[];
  /** dimensions in the poor group */
  readonly weaknesses: readonly string[];
  readonly boundary: BoundaryConvention;
  readonly warnings: readonly LocalName[];
}

export interface PapiQuery {
  readonly year: number;
  readonly province: string;
  /** boundary convention for groups; default 'lower' */
  readonly boundary?: BoundaryConvention | string | null;
}

/**
 * A province's PAPI standing in a year: total and every dimension (with sub-dimensions) with score, rank "r of N",
 * group and whether it sits on a cut-off; change against the previous year of the same series; strengths and
 * weaknesses. Missing scores are null and unranked.
 *
 * @example papiProfile(dataset, { year: 2018, province: 'An Giang' }).total.rank // => 25
 */
export function papiProfile(dataset: Dataset, query: PapiQuery): PapiProfile {
  const year = papiYearOf(dataset, query.year);
  const province = findProvince(dataset.provinces, query.province);
  const index = year.provinces.indexOf(province.code);
  if (index < 0) {
    throw new EngineError({
      code: 'UNKNOWN_PROVINCE',
      input: query.province,
      ...message('provinceNotInPapiYear', { year: year.year, nameVi: province.nameVi, nameAscii: province.nameAscii }),
    });
  }
  const definition = definitionOfYear(dataset, year);
  const boundary = groupBoundary(definition, year.year, query.boundary);
  const measure = (code: string, name: LocalName): MeasureResult => {
    const standings = yearStandings(year, code, boundary(code));
    const score = standings.scores[index] ?? null;
    return {
      code,
      name,
      score,
      rank: standings.ranks[index] ?? null,
      of: standings.of,
      group: standings.groups[index] ?? null,
      onCutoff: score === null || standings.cutoffs === null ? null : cutoffNear(score, standings.cutoffs),
      cutoffs: standings.cutoffs,
      subdimensions: childrenOf(definition, code)
        .filter((c) => year.scores.has(c.code))
        .map((c) => measure(c.code, nodeName(c, year.year))),
    };
  };
  const dimensions = topComponents(definition).map((d) => measure(d.code, nodeName(d, year.year)));
  const total = { ...measure('total', definition.nodes.find((n) => n.code === 'total')!.name), subdimensions: [] };
  const warnings: LocalName[] = [];
  // Notes on how the whole year was read (e.g. a new year that reuses the latest methodology known).
  for (const note of year.warnings) if (note.row === null) warnings.push({ vi: note.vi, en: note.en });
  const estimate = year.estimate?.units.get(province.code);
  if (estimate?.merged) warnings.push(estimateNoteOf(year)!);
  const lacking = estimate?.merged
    ? (estimate.missing.get('total') ?? [])
        .map((c) => dataset.provinces.former?.byCode.get(c))
        .filter((p) => p !== undefined)
    : [];
  if (lacking.length > 0) {
    warnings.push(
      message('unitIncompleteFormer', {
        nameVi: province.nameVi,
        nameAscii: province.nameAscii,
        year: year.year,
        namesVi: lacking.map((p) => p.nameVi).join(', '),
        namesAscii: lacking.map((p) => p.nameAscii).join(', '),
      }),
    );
  } else if (total.score === null)
    warnings.push(
      message('papiTotalMissing', { nameVi: province.nameVi, nameAscii: province.nameAscii, year: year.year }),
    );
  for (const m of [total, ...dimensions]) {
    if (m.onCutoff !== null)
      warnings.push(message('onCutoff', { measure: m.code.toUpperCase(), cutoff: m.onCutoff.toUpperCase() }));
  }
  return {
    index: 'papi',
    year: year.year,
    definitionId: definition.id,
    province,
    total,
    dimensions,
    change: changeFromPrevious(dataset, year, definition, province.code, total, dimensions, query.boundary),
    strengths: dimensions.filter((d) => d.group === 'best').map((d) => d.code),
    weaknesses: dimensions.filter((d) => d.group === 'poor').map((d) => d.code),
    boundary: boundary('total'),
    warnings,
  };
}

function changeFromPrevious(
  dataset: Dataset,
  year: IndexYear,
  definition: IndexDefinition,
  code: string,
  total: MeasureResult,
  dimensions: readonly MeasureResult[],
  override: string | null | undefined,
): PapiProfile['change'] {
  const candidate = dataset.papi.get(year.year - 1);
  // A year keyed by the other set of units is not compared code by code (in the 2025-units view both are units).
  const previous = candidate && (candidate.unitSet ?? 'former') === (year.unitSet ?? 'former') ? candidate : undefined;
  const previousDefinition = previous && definitionOfYear(dataset, previous);
  if (!previous || !previousDefinition) return null;
  const comparable = previousDefinition.series === definition.series;
  const index = previous.provinces.indexOf(code);
  const diff = (m: MeasureResult): MeasureChange => {
    if (!previous.scores.has(m.code)) return { code: m.code, score: null, rank: null };
    const before = yearStandings(previous, m.code, groupBoundary(previousDefinition, previous.year, override)(m.code));
    const score = index < 0 ? null : (before.scores[index] ?? null);
    const rank = index < 0 ? null : (before.ranks[index] ?? null);
    return {
      code: m.code,
      score: !comparable || m.score === null || score === null ? null : m.score - score,
      rank: m.rank === null || rank === null ? null : rank - m.rank,
    };
  };
  const note = !comparable
    ? message('previousYearOtherMethod', { year: previous.year, definition: previousDefinition.id })
    : previousDefinition.id === definition.id
      ? null
      : message('definitionsDifferBelowDimensions', { definition: definition.id, previous: previousDefinition.id });
  return { previousYear: previous.year, comparable, total: diff(total), dimensions: dimensions.map(diff), note };
}

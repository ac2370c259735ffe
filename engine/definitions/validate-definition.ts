import { EngineError, type DataProblem } from '../errors';
import type { IndexDefinition } from './index-definition';
import { message } from '../i18n/messages';
import { definitionIndexIds, definitionRulesOf } from '../indices/registry';
import type { Bilingual } from '../i18n/catalogue';
import { SCORE_EPSILON } from '../scoring/score-order';

const TOLERANCE = SCORE_EPSILON;

/**
 * Checks a definition before any scoring uses it: unique codes, one root, known parents, NFC bilingual names,
 * bounds in order, children whose maxima add up to their parent's (and minima, where the index's module says so:
 * PAPI), known maxima that do not exceed the parent's (PAR INDEX), and the group rule the module names (quartiles,
 * or bands for every year). Throws INVALID_DEFINITION listing every problem.
 */
export function validateDefinition(definition: IndexDefinition): IndexDefinition {
  const file = `definitions/${definition.id}.json`;
  const problems: DataProblem[] = [];
  const problem = (column: string, text: Bilingual) =>
    problems.push({ file, row: null, column, vi: text.vi, en: text.en });
  // What the index's module says about its definitions (registry), never the index's name.
  const rules = definitionRulesOf(definition.index);
  if (rules === null) problem('index', message('defNeedIndex', { known: definitionIndexIds() }));
  const codes = new Set<string>();
  const roots = definition.nodes.filter((n) => n.parent === null);
  if (roots.length !== 1) problem('nodes', message('rootCount', { count: roots.length }));
  for (const node of definition.nodes) {
    if (codes.has(node.code)) problem(node.code, message('codeDuplicate', {}));
    codes.add(node.code);
    for (const lang of ['vi', 'en'] as const) {
      const name = node.name?.[lang] ?? '';
      if (name.trim() === '' || name !== name.normalize('NFC'))
        problem(node.code, message('nameMissingOrNotNfc', { lang }));
    }
    if (node.max !== null && !(node.min <= node.max))
      problem(node.code, message('boundsReversed', { min: node.min, max: node.max }));
    if (node.max === null && node.verified !== false) problem(node.code, message('unknownMaxNotMarked', {}));
  }
  for (const node of definition.nodes) {
    if (node.parent !== null && !codes.has(node.parent))
      problem(node.code, message('parentMissing', { parent: node.parent }));
  }
  for (const parent of definition.nodes) {
    const children = definition.nodes.filter((n) => n.parent === parent.code);
    if (children.length === 0) continue;
    const known = children.filter((c) => c.max !== null);
    const sumMax = known.reduce((s, c) => s + (c.max ?? 0), 0);
    const sumMin = children.reduce((s, c) => s + c.min, 0);
    if (parent.max !== null && sumMax > parent.max + TOLERANCE) {
      problem(parent.code, message('childrenMaxAbove', { sum: sumMax, max: parent.max }));
    }
    if (parent.max !== null && known.length === children.length && Math.abs(sumMax - parent.max) > TOLERANCE) {
      problem(parent.code, message('childrenMaxNot', { sum: sumMax, max: parent.max }));
    }
    if (rules?.minimaAddUp && Math.abs(sumMin - parent.min) > TOLERANCE) {
      problem(parent.code, message('childrenMinNot', { sum: sumMin, min: parent.min }));
    }
  }
  const [from, to] = definition.years;
  if (to !== null && to < from) problem('years', message('yearRangeInvalid', {}));
  if (rules?.groups === 'quartile' && definition.groupRule?.kind !== 'quartile')
    problem('groupRule', message('quartileRuleNeeded', { index: definition.index.toUpperCase() }));
  const quartile = definition.groupRule;
  if (rules?.groups === 'quartile' && quartile !== undefined) {
    const convention = (value: unknown) => value === 'lower' || value === 'upper';
    if (quartile.boundary !== undefined && !convention(quartile.boundary))
      problem('groupRule.boundary', message('boundaryValueInvalid', { value: String(quartile.boundary) }));
    (quartile.exceptions ?? []).forEach((e, i) => {
      const at = `groupRule.exceptions[${i}]`;
      if (!convention(e.boundary)) problem(at, message('exceptionBoundaryInvalid', {}));
      if (typeof e.source !== 'string' || e.source.trim() === '') problem(at, message('exceptionSourceMissing', {}));
      const inRange = (y: number) => Number.isInteger(y) && y >= from && (to === null || y <= to);
      if (
        !Array.isArray(e.years) ||
        e.years.length !== 2 ||
        !inRange(e.years[0]) ||
        !inRange(e.years[1]) ||
        e.years[1] < e.years[0]
      )
        problem(at, message('exceptionYearsOutside', {}));
      for (const m of e.measures ?? [])
        if (!codes.has(m)) problem(at, message('exceptionMeasureUnknown', { measure: m }));
    });
  }
  if (rules?.groups === 'bands') {
    for (let year = from; year <= (to ?? from); year++) {
      if (!definition.groupRules?.some((r) => r.years[0] <= year && year <= r.years[1]))
        problem('groupRules', message('groupRuleMissing', { year }));
    }
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DEFINITION',
      input: definition.id,
      ...message('definitionInvalid', { id: definition.id }),
      problems,
    });
  }
  return definition;
}

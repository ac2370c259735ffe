import { EngineError, type DataProblem } from '../errors';
import type { IndexDefinition } from './index-definition';
import { message } from '../i18n/messages';
import { definitionIndexIds, definitionRulesOf } from '../indices/registry';
import type { Bilingual } from '../i18n/catalogue';
import { SCORE_EPSILON } from '../scoring/score-order';
import { checkMeasureTree } from './measure-tree';

/**
 * Checks a definition before any scoring uses it: the tree rules of every index (checkMeasureTree: unique codes, one
 * root, known parents, no cycles, NFC bilingual names, children whose maxima add up to their parent's, or known maxima
 * that do not exceed it while some are unpublished (PAR INDEX), and minima where the index's module says so: PAPI),
 * bounds in order, and the group rule the module names (quartiles, or bands for every year). Throws
 * INVALID_DEFINITION listing every problem, each at the node's code.
 */
export function validateDefinition(definition: IndexDefinition): IndexDefinition {
  const file = `definitions/${definition.id}.json`;
  const problems: DataProblem[] = [];
  const problem = (column: string, text: Bilingual) =>
    problems.push({ file, row: null, column, vi: text.vi, en: text.en });
  // What the index's module says about its definitions (registry), never the index's name.
  const rules = definitionRulesOf(definition.index);
  if (rules === null) problem('index', message('defNeedIndex', { known: definitionIndexIds() }));
  // The tree rules every index shares (measure-tree.ts); a node's problem is reported at its code.
  const tree = checkMeasureTree(definition.nodes, {
    root: { code: null },
    names: ['vi', 'en'],
    maxima: 'add-up',
    minima: rules?.minimaAddUp ?? false,
    tolerance: SCORE_EPSILON,
  });
  for (const p of tree.problems) problem(p.at === null ? 'nodes' : definition.nodes[p.at]!.code, p.text);
  const codes = new Set(definition.nodes.map((n) => n.code));
  for (const node of definition.nodes) {
    if (node.max !== null && !(node.min <= node.max))
      problem(node.code, message('boundsReversed', { min: node.min, max: node.max }));
    if (node.max === null && node.verified !== false) problem(node.code, message('unknownMaxNotMarked', {}));
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

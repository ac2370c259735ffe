import { EngineError, type DataProblem } from '../errors';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import { FITTED_WEIGHTS_EPSILON, MAXIMA_SUM_EPSILON } from '../scoring/score-order';
import { leavesOf, type CompositeDefinition } from './composite-index';

/** Where a node or field of a definition was read: the file, and the line and column when it came from a CSV. */
export type Locate = (code: string | null, field: string) => { readonly row: number | null; readonly column: string };

/**
 * The one validator of a composite definition (shipped or a user's file): codes unique and named in NFC, one root
 * `total`, known parents, leaves with a positive maximum, weights (weighted sum) positive and adding up to the scale,
 * group bands with numbers. Throws INVALID_DEFINITION listing every problem with its row and field.
 *
 * @example validateCompositeDefinition(compositeDefinitionFor(dataset.composite.get('pci'), 2016), 'pci').id // => 'pci-2013-2021'
 */
export function validateCompositeDefinition(
  definition: CompositeDefinition,
  file: string,
  locate: Locate = (_code, field) => ({ row: null, column: field }),
): CompositeDefinition {
  const problems: DataProblem[] = [];
  const problem = (code: string | null, field: string, text: Bilingual) =>
    problems.push({ file, ...locate(code, field), ...text });
  const codes = new Set<string>();
  for (const node of definition.nodes) {
    if (codes.has(node.code)) problem(node.code, 'code', message('compositeCodeRepeated', { code: node.code }));
    codes.add(node.code);
    if (node.name.vi.normalize('NFC') !== node.name.vi || node.name.vi.trim() === '')
      problem(node.code, 'name_vi', message('compositeNameInvalid', { code: node.code }));
  }
  const roots = definition.nodes.filter((n) => n.parent === null);
  if (roots.length !== 1 || roots[0]!.code !== 'total') problem(null, 'parent', message('compositeRootInvalid', {}));
  for (const node of definition.nodes)
    if (node.parent !== null && !codes.has(node.parent))
      problem(node.code, 'parent', message('compositeParentUnknown', { code: node.code, parent: node.parent }));
  const leaves = leavesOf(definition);
  if (leaves.length === 0) problem(null, 'code', message('compositeNoMeasures', {}));
  for (const leaf of leaves) {
    if (!(leaf.max > 0)) problem(leaf.code, 'max', message('compositeMaxInvalid', { code: leaf.code }));
    if (definition.aggregation === 'weighted-sum' && !(leaf.weight !== null && leaf.weight > 0))
      problem(leaf.code, 'weight', message('compositeWeightInvalid', { code: leaf.code }));
  }
  if (definition.aggregation === 'weighted-sum' && leaves.every((l) => l.weight !== null && l.weight > 0)) {
    const sum = leaves.reduce((s, l) => s + l.weight!, 0);
    const tolerance = definition.weights === 'exact' ? MAXIMA_SUM_EPSILON : FITTED_WEIGHTS_EPSILON;
    if (Math.abs(sum - definition.scale) > tolerance)
      problem(null, 'weight', message('compositeWeightsSum', { sum: Number(sum.toFixed(6)), scale: definition.scale }));
  }
  if (!(definition.scale > 0)) problem(null, 'scale', message('scaleNotPositive', { value: String(definition.scale) }));
  const groups = definition.groups;
  if (groups?.kind === 'bands' && groups.bands.some((b) => !Number.isFinite(b.min)))
    problem(null, 'groups', message('compositeBandsInvalid', {}));
  if (groups?.kind === 'top' && !(Number.isInteger(groups.n) && groups.n > 0))
    problem(null, 'groups', message('compositeBandsInvalid', {}));
  if (problems.length > 0)
    throw new EngineError({
      code: 'INVALID_DEFINITION',
      input: file,
      ...message('definitionInvalid', { id: definition.id }),
      problems,
    });
  return definition;
}

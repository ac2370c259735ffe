import { checkMeasureTree } from '../definitions/measure-tree';
import { EngineError, type DataProblem } from '../errors';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';
import { FITTED_WEIGHTS_EPSILON, MAXIMA_SUM_EPSILON } from '../scoring/score-order';
import type { CompositeDefinition } from './composite-index';

/**
 * Where a node or field of a definition was read: the line and column when it came from a CSV. `at` is the node's
 * position in the definition's list (null for the definition as a whole), so a repeated code's rows differ.
 */
export type Locate = (
  code: string | null,
  field: string,
  at: number | null,
) => { readonly row: number | null; readonly column: string };

/**
 * The validator of a composite definition (shipped or a user's file): the tree rules of every index
 * (checkMeasureTree: codes unique and named in NFC, one root `total`, known parents, no cycles, leaves with a positive
 * maximum, and for a weighted sum weights positive and adding up to the scale, within MAXIMA_SUM_EPSILON when exact,
 * FITTED_WEIGHTS_EPSILON when fitted), a positive scale and group bands with numbers. Throws INVALID_DEFINITION
 * listing every problem with its row and field.
 *
 * @example validateCompositeDefinition(compositeDefinitionFor(dataset.composite.get('pci'), 2016), 'pci').id // => 'pci-2013-2021'
 */
export function validateCompositeDefinition(
  definition: CompositeDefinition,
  file: string,
  locate: Locate = (_code, field) => ({ row: null, column: field }),
): CompositeDefinition {
  const problems: DataProblem[] = [];
  const problem = (at: number | null, field: string, text: Bilingual) =>
    problems.push({ file, ...locate(at === null ? null : definition.nodes[at]!.code, field, at), ...text });
  const weighted = definition.aggregation === 'weighted-sum';
  const tree = checkMeasureTree(
    definition.nodes,
    {
      root: { code: 'total' },
      names: ['vi'],
      maxima: null,
      leaves: true,
      weights: weighted
        ? {
            scale: definition.scale,
            tolerance: definition.weights === 'exact' ? MAXIMA_SUM_EPSILON : FITTED_WEIGHTS_EPSILON,
          }
        : undefined,
      tolerance: MAXIMA_SUM_EPSILON,
    },
    (at) => locate(definition.nodes[at]!.code, 'code', at).row,
  );
  for (const p of tree.problems) problem(p.at, p.field, p.text);
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

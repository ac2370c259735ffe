import { EngineError } from '../errors';
import type { DefinitionNode, IndexDefinition, IndexId, LocalName } from './index-definition';
import { validateDefinition } from './validate-definition';
import { INDEX_MODULES } from '../indices/registry';
import { message } from '../i18n/messages';

/**
 * The definitions shipped with the engine (each index module's, engine/indices/<index>/), validated once at load. A
 * new methodology is a new JSON file in its index's folder.
 */
export const shippedDefinitions: readonly IndexDefinition[] = INDEX_MODULES.flatMap((m) => m.definitions).map((d) =>
  validateDefinition(d),
);

/**
 * The definitions of one index, in file order.
 *
 * @example definitionsOf(shippedDefinitions, 'par').map((d) => d.id) // => ['par-2017-2019', 'par-2020-2021', 'par-2022-2024']
 */
export function definitionsOf(definitions: readonly IndexDefinition[], index: IndexId): IndexDefinition[] {
  return definitions.filter((d) => d.index === index);
}

/**
 * The definition in force for an index and results year. An index with no definition here (an unregistered id, or
 * one whose methodology is not a definition file) is INVALID_INPUT naming the indices that have one.
 *
 * @example definitionFor(shippedDefinitions, 'papi', 2019).id // => 'papi-2019-2020'
 */
export function definitionFor(definitions: readonly IndexDefinition[], index: IndexId, year: number): IndexDefinition {
  if (!definitions.some((d) => d.index === index))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: index,
      ...message('indexUnknown', { index, known: [...new Set(definitions.map((d) => d.index))].join(', ') }),
    });
  const found = definitionsOf(definitions, index).find(
    (d) => d.years[0] <= year && (d.years[1] === null || year <= d.years[1]),
  );
  if (found) return found;
  const known = definitionsOf(definitions, index)
    .map((d) => `${d.years[0]}-${d.years[1] ?? ''}`)
    .join(', ');
  throw new EngineError({
    code: 'UNKNOWN_YEAR',
    input: String(year),
    ...message('methodologyUnknownYear', { index: index.toUpperCase(), year, known }),
  });
}

/**
 * The children of a node, in file order.
 *
 * @example childrenOf(definition, 'd3').map((n) => n.code) // => ['d3_1', 'd3_2', 'd3_3']
 */
export function childrenOf(definition: IndexDefinition, code: string): DefinitionNode[] {
  return definition.nodes.filter((n) => n.parent === code);
}

/**
 * The top-level components: PAPI dimensions or PAR areas.
 *
 * @example topComponents(definition).length // => 8
 */
export function topComponents(definition: IndexDefinition): DefinitionNode[] {
  return childrenOf(definition, 'total');
}

/**
 * A node by its code as users type it ("D3.2" is d3_2), or UNKNOWN_MEASURE naming the codes the definition has.
 *
 * @example nodeOf(definition, 'D3.2').parent // => 'd3'
 */
export function nodeOf(definition: IndexDefinition, code: string): DefinitionNode {
  const node = definition.nodes.find((n) => n.code === code.toLowerCase().replace('.', '_'));
  if (node) return node;
  throw new EngineError({
    code: 'UNKNOWN_MEASURE',
    input: code,
    ...message('measureNotInDefinition', {
      code,
      definition: definition.id,
      known: definition.nodes.map((n) => n.code).join(', '),
    }),
  });
}

/**
 * The name of a node in force in a given year (PAPI 2016 relabelled two D3 sub-dimensions).
 *
 * @example nodeName(nodeOf(definitionFor(dataset.definitions, 'papi', 2016), 'd3_2'), 2016).en // => 'Responsive to Citizen Actions'
 */
export function nodeName(node: DefinitionNode, year: number): LocalName {
  const later = (node.renamed ?? []).filter((r) => r.from <= year).at(-1);
  return later?.name ?? node.name;
}

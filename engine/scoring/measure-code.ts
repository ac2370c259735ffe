import { EngineError } from '../errors';
import type { IndexDefinition } from '../definitions/index-definition';
import { message } from '../i18n/messages';
import { definitionRulesOf } from '../indices/registry';

/**
 * Reads a measure as users type it: "total", "d3", "D3", "3", "d3.2", "3.2", "d3_2", or the code of a PAR area
 * ("a5"); empty means the total. Throws UNKNOWN_MEASURE naming the codes the definition has.
 *
 * @example measureCode(definition, '3.2') // => 'd3_2'
 */
export function measureCode(definition: IndexDefinition, input: string | null | undefined): string {
  const raw = String(input ?? '')
    .trim()
    .toLowerCase();
  if (raw === '' || raw === 'total' || raw === 'tong' || raw === 'tổng') return 'total';
  // A bare number is a top-level component of the index ('3.2' -> 'd3_2' in PAPI, '5' -> 'a5' in PAR INDEX).
  const prefix = definitionRulesOf(definition.index)?.codePrefix ?? '';
  const code = raw.replace(/^(\d)/, `${prefix}$1`).replace(/[.\-]/g, '_');
  if (definition.nodes.some((n) => n.code === code)) return code;
  const known = definition.nodes.map((n) => n.code).join(', ');
  throw new EngineError({
    code: 'UNKNOWN_MEASURE',
    input: String(input),
    ...message('measureInvalid', { code: String(input), definition: definition.id, known }),
  });
}

import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import type { IndexModule } from './index-module';
import { internalModule } from './internal/internal-module';
import { papiModule } from './papi/papi-module';
import { parModule, sipasModule } from './par/par-module';
import { pciModule } from './pci/pci-module';

/** Every index the product ships, one module each. A new index is a folder here and one line in this list. */
export const INDEX_MODULES: readonly IndexModule[] = [papiModule, parModule, sipasModule, internalModule, pciModule];

/**
 * The registered index of an id (case-insensitive), or INVALID_INPUT naming the ids known.
 *
 * @example indexModule('PAR').name.en // => 'PAR INDEX'
 */
export function indexModule(id: string): IndexModule {
  const found = INDEX_MODULES.find((m) => m.id === id.trim().toLowerCase());
  if (found) return found;
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: id,
    ...message('indexUnknown', { index: id, known: INDEX_MODULES.map((m) => m.id).join(', ') }),
  });
}

/**
 * How a definition file of `index` is read and checked (its module's definitionRules), or null when no registered
 * index has definition files of that id.
 *
 * @example definitionRulesOf('papi')?.codePrefix // => 'd'
 * @example definitionRulesOf('sipas') // => null
 */
export function definitionRulesOf(index: string): NonNullable<IndexModule['definitionRules']> | null {
  return INDEX_MODULES.find((m) => m.id === index)?.definitionRules ?? null;
}

/** The ids of the indices whose methodology is a definition file, for messages: 'papi, par'. */
export const definitionIndexIds = (): string =>
  INDEX_MODULES.filter((m) => m.definitionRules)
    .map((m) => m.id)
    .join(', ');

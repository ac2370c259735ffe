import { EngineError, indexModule, type CompositeData, type Dataset } from '../engine/all';
import { userComposite, withImportedYears } from './composite-output';
import { option, refuseTogether } from './args';
import type { CliArgs, CommandResult } from './command';
import { cliMessage } from './i18n/messages';
import { unitsOption } from './units-option';

/**
 * --index (default papi), resolved through the engine's index registry, among the indices a command handles.
 * Unknown or unhandled: INVALID_INPUT naming the ones allowed.
 */
export function indexName<I extends string>(args: CliArgs, allowed: readonly I[]): I {
  const index = (option(args, 'index') ?? 'papi').toLowerCase();
  if ((allowed as readonly string[]).includes(index)) return indexModule(index).id as I;
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: index,
    ...cliMessage('indexInvalid', { index, allowed }),
  });
}

/** A command's work for each index it handles, keyed by the registry's ids: `--index` picks one, no name branches. */
export type ByIndex<I extends string> = Readonly<Record<I, () => CommandResult>>;

/**
 * Runs the handler of the index `--index` names (see indexName). A command that handles composite indices gives
 * `composite`: it then also runs for every composite index of the dataset (PCI, ...) and for a user's index
 * (`--index-definition FILE --data FILE`), with no handler per index.
 */
export function runByIndex<I extends string>(
  args: CliArgs,
  handlers: ByIndex<I>,
  composite?: { readonly dataset: () => Dataset; readonly run: (data: CompositeData) => CommandResult },
): CommandResult {
  refuseTogether(args, [['index', 'index-definition']]);
  const user = composite ? userComposite(args) : null;
  if (user !== null) return runComposite(args, user, composite!.run);
  const composites = composite ? composite.dataset().composite : new Map<string, CompositeData>();
  const id = indexName(args, [...Object.keys(handlers), ...composites.keys()]);
  const handler = (handlers as Readonly<Record<string, () => CommandResult>>)[id];
  return handler
    ? handler()
    : runComposite(args, withImportedYears(args, composite!.dataset(), composites.get(id)!), composite!.run);
}

/**
 * A composite index's results are its units' own (PCI: each former province's published result): the 2025 units
 * view, which recomputes a population-weighted survey mean (PAPI), does not apply and is refused, not ignored.
 */
function runComposite(args: CliArgs, data: CompositeData, run: (data: CompositeData) => CommandResult) {
  if (unitsOption(args) === 'units-2025')
    throw new EngineError({
      code: 'UNSUPPORTED',
      input: '--units 2025',
      ...cliMessage('compositeUnitsNotApplicable', { index: data.name.en }),
    });
  return run(data);
}

import { EngineError, indexModule } from '../engine/all';
import { option } from './args';
import type { CliArgs, CommandResult } from './command';
import { cliMessage } from './i18n/messages';

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

/** Runs the handler of the index `--index` names (see indexName). */
export function runByIndex<I extends string>(args: CliArgs, handlers: ByIndex<I>): CommandResult {
  return handlers[indexName(args, Object.keys(handlers) as I[])]();
}

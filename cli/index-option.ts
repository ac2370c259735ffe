import { EngineError } from '../engine';
import { option } from './args';
import type { CliArgs } from './command';
import { cliMessage } from './i18n/messages';

type IndexName = 'papi' | 'par' | 'sipas';

/** --index papi|par (default papi); `score` and `ranking` also take sipas. */
export function indexName<I extends IndexName = 'papi' | 'par'>(
  args: CliArgs,
  allowed: readonly I[] = ['papi', 'par'] as I[],
): I {
  const index = (option(args, 'index') ?? 'papi').toLowerCase();
  if ((allowed as readonly string[]).includes(index)) return index as I;
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: index,
    ...cliMessage('indexInvalid', { index, allowed }),
  });
}

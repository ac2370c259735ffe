import { EngineError } from '../engine';
import { option } from './args';
import type { CliArgs } from './command';

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
    vi: `Chỉ số "${index}" không hợp lệ: cần ${allowed.join(' hoặc ')}.`,
    en: `Index "${index}" is invalid: expected ${allowed.join(' or ')}.`,
  });
}

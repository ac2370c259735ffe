import { EngineError } from '../engine';
import { option } from './args';
import type { CliArgs } from './command';

/** --index papi|par (default papi). */
export function indexName(args: CliArgs): 'papi' | 'par' {
  const index = (option(args, 'index') ?? 'papi').toLowerCase();
  if (index === 'papi' || index === 'par') return index;
  throw new EngineError({ code: 'INVALID_INPUT', input: index, vi: `Chỉ số "${index}" không hợp lệ: cần papi hoặc par.`, en: `Index "${index}" is invalid: expected papi or par.` });
}

import type { ChanceQuery, ChanceResult, LocalName } from '../../../engine';

/** Messages between the task pane and the chance worker. */
export type ToWorker = { readonly type: 'start'; readonly query: ChanceQuery; readonly chunk?: number };

export type FromWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: ChanceResult }
  | { readonly type: 'error'; readonly error: LocalName & { readonly code: string; readonly suggestions: readonly string[] } };

/** Iterations per chunk: small enough for a smooth progress bar, large enough that posting costs nothing. */
export const DEFAULT_CHUNK = 250;

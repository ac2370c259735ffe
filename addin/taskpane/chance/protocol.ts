import type { ChancePlan, ChanceQuery, ChanceResult, LocalName, RankCounts } from '../../../engine';
import type { DataFiles } from '../../shared/load-dataset';

/**
 * Messages between the task pane and a chance worker. One worker: 'start' runs the whole query. Several workers (one
 * per core): the first is asked for the 'plan' (it has the dataset), then each runs whole-block 'share's of the run
 * and posts its 'counts'; the pane adds them (the sum does not depend on the number of workers). `units`: the query
 * is about the 34 units of 1 July 2025 (the worker runs it on the 2025-units view of the published data). `yearFiles`:
 * the year files a planner added in the pane (data-folder path -> CSV text), which the worker adds to the deployed data.
 */
export type ToWorker =
  | {
      readonly type: 'start';
      readonly query: ChanceQuery;
      readonly chunk?: number;
      readonly units?: boolean;
      readonly yearFiles?: DataFiles;
    }
  | { readonly type: 'plan'; readonly query: ChanceQuery; readonly units?: boolean; readonly yearFiles?: DataFiles }
  | {
      readonly type: 'share';
      readonly plan: Pick<ChancePlan, 'model' | 'options'>;
      readonly start: number;
      readonly end: number;
      readonly chunk: number;
    };

export type FromWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: ChanceResult }
  | { readonly type: 'plan'; readonly plan: ChancePlan }
  | { readonly type: 'counts'; readonly counts: RankCounts }
  | {
      readonly type: 'error';
      readonly error: LocalName & { readonly code: string; readonly suggestions: readonly string[] };
    };

/** Iterations per chunk: small enough for a smooth progress bar, large enough that posting costs nothing. */
export const DEFAULT_CHUNK = 250;

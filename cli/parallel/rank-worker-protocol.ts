import type { RankCounts, RankModel, RankRunOptions } from '../../engine';

/** Messages between the Node rank pool (rank-pool.ts) and its worker threads (rank-worker.ts). */
export type ToRankWorker = {
  readonly type: 'run';
  readonly job: number;
  readonly model: RankModel;
  /** a share: createRankRun options with `start` and `iterations` = the share's end */
  readonly options: RankRunOptions;
  /** iterations per step between progress messages and stop checks */
  readonly chunk: number;
  /** Int32Array over a SharedArrayBuffer: element 0 becomes 1 to stop every worker after its current step */
  readonly stop: Int32Array;
};

export type FromRankWorker =
  | { readonly type: 'progress'; readonly job: number; readonly done: number }
  | { readonly type: 'counts'; readonly job: number; readonly counts: RankCounts }
  | { readonly type: 'error'; readonly job: number; readonly message: string };

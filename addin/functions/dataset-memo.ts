import type { Dataset } from '../../engine';

/**
 * A bounded per-dataset memo for custom functions: Excel recalculates every cell of a sheet, and many cells ask the
 * same question (thousands of =PAPI.SCORE cells over a few provinces, a column of identical =PAPI.CHANCE cells). The
 * key is canonical (the caller's choice: what the arguments mean, not how they were typed); the dataset object is part
 * of the identity, so new data never meets old answers. When full, the memo starts over (simple, and enough for a
 * workbook's working set). Failures are not stored: they are thrown again with their message.
 */
export function datasetMemo<T>(limit: number): (dataset: Dataset, key: string, compute: () => T) => T {
  const memos = new WeakMap<Dataset, Map<string, T>>();
  return (dataset, key, compute) => {
    let memo = memos.get(dataset);
    if (!memo) memos.set(dataset, (memo = new Map()));
    if (memo.has(key)) return memo.get(key)!;
    const value = compute();
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}

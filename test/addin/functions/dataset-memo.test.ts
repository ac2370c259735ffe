import { describe, expect, it } from 'vitest';
import { datasetMemo } from '../../../addin/functions/dataset-memo';
import type { Dataset } from '../../../engine';
import { dataset } from '../../helpers/published';

describe('datasetMemo (custom functions: one computation per distinct question)', () => {
  it('computes a key once per dataset, again for another dataset, and starts over when full', () => {
    const memo = datasetMemo<number>(3);
    let computed = 0;
    const ask = (d: Dataset, key: string) => memo(d, key, () => ++computed);
    expect([ask(dataset, 'a'), ask(dataset, 'a'), ask(dataset, 'b'), ask(dataset, 'a')]).toEqual([1, 1, 2, 1]);
    expect(computed).toBe(2);
    const other = { ...dataset } as Dataset; // another dataset object: never meets the first one's answers
    expect(ask(other, 'a')).toBe(3);
    ask(dataset, 'c');
    ask(dataset, 'd'); // the 4th key of a memo of 3: it starts over with just this one
    expect(ask(dataset, 'a')).toBe(6);
  });

  it('does not store failures: the next call computes (and fails or succeeds) again', () => {
    const memo = datasetMemo<number>(10);
    let calls = 0;
    const failing = () => {
      calls++;
      throw new Error('no');
    };
    expect(() => memo(dataset, 'x', failing)).toThrow('no');
    expect(memo(dataset, 'x', () => 7)).toBe(7);
    expect(calls).toBe(1);
  });
});

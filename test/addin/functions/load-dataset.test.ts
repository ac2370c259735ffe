// addin/shared/load-dataset.ts: the dataset the custom functions (and the task pane) share, loaded once, from
// the files data/index.json lists beside the script in a browser or from an injected files map in Node.
import { afterEach, describe, expect, it } from 'vitest';
import { dataIndexUrl, publishedDataset, setDataSource } from '../../../addin/shared/load-dataset';
import { dataFiles } from '../../helpers/published';

afterEach(() => setDataSource(() => Promise.reject(new Error('no source in this test'))));

describe('publishedDataset', () => {
  it('loads an injected files map once and shares the result', async () => {
    let reads = 0;
    setDataSource(async () => {
      reads++;
      return dataFiles;
    });
    const [a, b] = await Promise.all([publishedDataset(), publishedDataset()]);
    expect(a).toBe(b);
    expect(a.papi.get(2018)?.provinces.length).toBe(63);
    expect(await publishedDataset()).toBe(a);
    expect(reads).toBe(1);
  });

  it('does not cache a failed load: the next call tries again', async () => {
    let calls = 0;
    setDataSource(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return dataFiles;
    });
    await expect(publishedDataset()).rejects.toThrow('offline');
    expect((await publishedDataset()).provinces.all).toHaveLength(63);
    expect(calls).toBe(2);
  });

  it('rejects invalid data with the engine error (all or nothing)', async () => {
    setDataSource({ 'papi/papi_2018_dimensions.csv': 'province,d1\n' });
    await expect(publishedDataset()).rejects.toMatchObject({ code: 'INVALID_DATA' });
  });

  it('finds the data list (data/index.json) beside the running script', () => {
    expect(dataIndexUrl('https://localhost:3000/functions.js')).toBe('https://localhost:3000/data/index.json');
    expect(dataIndexUrl('https://example.org/addin/taskpane.html?x=1')).toBe(
      'https://example.org/addin/data/index.json',
    );
  });
});

// =PAPI.INDEX.SCORE / INDEX.RANK / INDEX.SIMULATE: any composite index registered (PCI) in a cell, through the built
// bundle as Excel runs it.
import { describe, expect, it } from 'vitest';
import { builtFunctions } from '../../helpers/built-functions';

const { h, cellError } = builtFunctions();

describe('=PAPI.INDEX.* over PCI', () => {
  it('score and rank from the official tables', async () => {
    expect(((await h.call('INDEX.SCORE', 'pci', 'Đà Nẵng', 2016)) as number).toFixed(2)).toBe('70.00');
    expect(await h.call('INDEX.RANK', 'pci', 'tp hcm', 2016)).toBe(8);
    expect(await h.call('INDEX.RANK', 'PCI', 'Hà Nội', 2015)).toBe(24);
    expect(((await h.call('INDEX.SCORE', 'pci', 'An Giang', 2016, 'transparency')) as number).toFixed(2)).toBe('6.20');
  });

  it('simulate: +1 transparency moves An Giang 2016 by +2.0 to rank 23', async () => {
    const [row] = (await h.call('INDEX.SIMULATE', 'pci', 'An Giang', 2016, [['transparency', '+1']], 'en')) as [
      number,
      number,
      number,
      string,
    ][];
    expect(row![0]).toBeCloseTo(57.790867 + 2, 6);
    expect(row!.slice(1)).toEqual([23, 63, 'rank 23 of 63']);
  });

  it('an unknown index or year is a bilingual error naming it', async () => {
    expect((await cellError('INDEX.SCORE', 'dti', 'An Giang', 2016)).message).toContain('dti');
    expect((await cellError('INDEX.RANK', 'pci', 'An Giang', 2030)).message).toContain('2030');
  });
});

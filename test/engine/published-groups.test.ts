import { describe, expect, it } from 'vitest';
import { PAPI_GROUPS, papiProfile, papiRanking, shippedDefinitions, validateDefinition } from '../../engine/all';
import { dataset } from '../helpers/published';

const counts = (year: number, boundary?: 'lower' | 'upper') =>
  PAPI_GROUPS.map((g) => papiRanking(dataset, { year, boundary }).filter((r) => r.group === g).length);
const dimension = (year: number, province: string, code: string) =>
  papiProfile(dataset, { year, province }).dimensions.find((d) => d.code === code)!;

/** Every published group statement we know, reproduced by the convention each year's definition records. */
describe('published PAPI group statements', () => {
  it('2020 total: 16 best / 16 high-average / 15 low-average / 16 poor of 63; Bắc Kạn on the median is high-average', () => {
    expect(counts(2020)).toEqual([16, 16, 15, 16]);
    const bacKan = papiProfile(dataset, { year: 2020, province: 'Bắc Kạn' }).total;
    expect(bacKan.onCutoff).toBe('p50');
    expect(bacKan.group).toBe('high-average');
  });

  it('2024 total: 15 / 15 / 15 / 16 of 61', () => {
    expect(counts(2024)).toEqual([15, 15, 15, 16]);
    expect(papiRanking(dataset, { year: 2024 })[0]!.of).toBe(61);
  });

  it('2023: Sơn La D7 exactly on the median is low-average; TP. Hồ Chí Minh D1 exactly on P25 is poor', () => {
    const sonLa = dimension(2023, 'Sơn La', 'd7');
    expect([sonLa.onCutoff, sonLa.group]).toEqual(['p50', 'low-average']);
    const hcm = dimension(2023, 'TP. Hồ Chí Minh', 'd1');
    expect([hcm.onCutoff, hcm.group]).toEqual(['p25', 'poor']);
  });

  it('no single convention does all of this (why the convention is per year in the definition)', () => {
    expect(counts(2020, 'lower')).not.toEqual([16, 16, 15, 16]);
    expect(counts(2024, 'upper')).not.toEqual([15, 15, 15, 16]);
  });

  it('--boundary still overrides the definition', () => {
    expect(papiProfile(dataset, { year: 2020, province: 'Bắc Kạn', boundary: 'lower' }).total.group).toBe(
      'low-average',
    );
    expect(
      papiProfile(dataset, { year: 2023, province: 'Sơn La', boundary: 'upper' }).dimensions.find(
        (d) => d.code === 'd7',
      )!.group,
    ).toBe('high-average');
  });

  it('every exception in the definitions names its source, and a bad one is refused', () => {
    const papi = shippedDefinitions.filter((d) => d.index === 'papi');
    for (const d of papi) expect(d.groupRule?.source ?? '').not.toBe('');
    const base = papi.find((d) => d.id === 'papi-2019-2020')!;
    const bad = {
      ...base,
      groupRule: {
        ...base.groupRule!,
        exceptions: [{ years: [2021, 2021] as const, measures: ['d9'], boundary: 'middle' as 'lower', source: '' }],
      },
    };
    expect(() => validateDefinition(bad)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_DEFINITION',
        problems: expect.arrayContaining([expect.objectContaining({ column: 'groupRule.exceptions[0]' })]),
      }),
    );
  });
});

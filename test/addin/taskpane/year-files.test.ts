// The pane's "add a newly published year" (addin/taskpane/actions/year-files.ts): the same checks as papi data add.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptYearFiles, yearFromFiles } from '../../../addin/taskpane/actions/year-files';
import { dataset } from '../../helpers/published';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv'),
  'utf8',
);
const refused = (files: { file: string; text: string }[]) => {
  try {
    yearFromFiles(dataset, files);
  } catch (error) {
    return error as { vi: string; en: string; problems: { file: string; row: number; column: string }[] };
  }
  throw new Error('accepted');
};

describe('yearFromFiles', () => {
  it('returns a 34-unit year in the data folder layout', () => {
    const { year, files } = yearFromFiles(dataset, [{ file: 'papi_2025_dimensions.csv', text: FIXTURE }]);
    expect(year).toBe(2025);
    expect(Object.keys(files)).toEqual(['papi/papi_2025_dimensions.csv']);
  });

  it('refuses badly named files, several years, a year already in the data and a bad cell', () => {
    expect(refused([{ file: 'scores.csv', text: FIXTURE }]).en).toMatch(/File names must be like papi_<year>/);
    const twice = [
      { file: 'papi_2025_dimensions.csv', text: FIXTURE },
      { file: 'sipas_2026.csv', text: '' },
    ];
    expect(refused(twice).en).toContain('several years (2025, 2026)');
    expect(refused([{ file: 'papi_2024_dimensions.csv', text: FIXTURE }]).vi).toContain('Năm 2024 đã có');
    const bad = refused([{ file: 'papi_2025_dimensions.csv', text: FIXTURE.replace(',4.9436,', ',14.9436,') }]);
    expect(bad.problems[0]).toMatchObject({ file: 'papi_2025_dimensions.csv', row: 3, column: 'd1' });
  });

  it('reads only a map of texts from the store', () => {
    const store = (value: unknown) => ({ kind: 'browser' as const, read: () => value, write: async () => {} });
    expect(keptYearFiles(store(null))).toEqual({});
    expect(keptYearFiles(store(['x']))).toEqual({});
    expect(keptYearFiles(store({ 'papi/a.csv': 'x', n: 1 }))).toEqual({ 'papi/a.csv': 'x' });
  });
});

// `papi data add <deployed folder> --data-dir <folder>`: a year added to a deployed copy's data list (data/index.json),
// validated as --data-dir validates it, all or nothing. The served end-to-end run is test/e2e/release.e2e.test.ts.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../cli/data-files';
import { run } from '../helpers/run-cli';

const FIXTURE_2025 = join(import.meta.dirname, '../fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv');
const PUBLISHED = JSON.stringify(readDataFiles());
let copy = '';
let year = '';

/** Every file of a folder (names and bytes). */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'papi-data-add-'));
  copy = join(root, 'copy');
  mkdirSync(join(copy, 'data'), { recursive: true });
  writeFileSync(join(copy, 'data/published.json'), PUBLISHED);
  writeFileSync(join(copy, 'data/index.json'), '{"files": ["published.json"]}\n');
  year = join(root, 'year');
  mkdirSync(year);
});

describe('papi data add', () => {
  it('adds a 34-unit year and lists it after the published data', async () => {
    copyFileSync(FIXTURE_2025, join(year, 'papi_2025_dimensions.csv'));
    const result = await run('data', 'add', copy, '--data-dir', year, '--lang', 'en');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Added 2025 (the 34 units of 1 July 2025)');
    expect(JSON.parse(readFileSync(join(copy, 'data/index.json'), 'utf8')).files).toEqual([
      'published.json',
      'papi-2025.json',
    ]);
    expect(Object.keys(JSON.parse(readFileSync(join(copy, 'data/papi-2025.json'), 'utf8')))).toEqual([
      'papi/papi_2025_dimensions.csv',
    ]);
  });

  it('refuses, writing nothing: not a deployed copy, no year, several years, a year already there, a bad file', async () => {
    const refused = async (args: string[], text: RegExp) => {
      const before = snapshot(copy);
      const result = await run('data', 'add', ...args, '--json');
      expect(result.code, args.join(' ')).toBe(1);
      const { error } = JSON.parse(result.out);
      expect(`${error.message_vi} / ${error.message_en}`).toMatch(text);
      expect(snapshot(copy)).toEqual(before);
      return error;
    };
    await refused([year, '--data-dir', year], /không phải bản triển khai.* \/ .*not a deployed copy/);
    await refused([copy, '--data-dir', year], /không có tệp của năm nào.* \/ .*has no year's files/);
    copyFileSync(FIXTURE_2025, join(year, 'papi_2025_dimensions.csv'));
    writeFileSync(
      join(year, 'papi_2026_dimensions.csv'),
      readFileSync(FIXTURE_2025, 'utf8').replaceAll(',2025,', ',2026,'),
    );
    await refused(
      [copy, '--data-dir', year],
      /nhiều năm \(2025, 2026\).* \/ .*several years \(2025, 2026\): choose one with --year/,
    );
    await refused([copy, '--data-dir', year, '--year', '2024'], /2024 đã có.* \/ .*2024 is already in/);
    const text = readFileSync(FIXTURE_2025, 'utf8').replace(/^(Hà Nội,01,2025,)6\.6769/m, '$1abc');
    writeFileSync(join(year, 'papi_2025_dimensions.csv'), text);
    const error = await refused([copy, '--data-dir', year, '--year', '2025'], /không có gì được nạp/);
    expect(error.problems[0]).toMatchObject({ file: 'papi_2025_dimensions.csv', row: 2, column: 'd1' });
  });
});

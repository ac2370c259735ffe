import { describe, expect, it } from 'vitest';
import { EngineError, papiRanking, withPapiYear, type DataProblem, type PapiYearFiles } from '../../engine';
import { dataFiles, dataset } from '../helpers/published';

const header = 'province,province_vi,gso_code,year,d1,d2,d3,d4,d5,d6,d7,d8,total,total_basis';

function problemsOf(files: PapiYearFiles): DataProblem[] {
  try {
    withPapiYear(dataset, files);
  } catch (error) {
    expect((error as EngineError).code).toBe('INVALID_DATA');
    return [...(error as EngineError).problems];
  }
  throw new Error('expected the files to be rejected');
}

describe('adding or replacing a PAPI year from CSV', () => {
  it('adds a year from the published layout (the 2023 files relabelled 2025), with sub-dimensions', () => {
    const relabel = (text: string) => text.replace(/,2023,/g, ',2025,');
    const subdimensions = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => ({
      file: `papi_2025_d${k}_subdimensions.csv`,
      text: relabel(dataFiles[`papi/papi_2023_d${k}_subdimensions.csv`]!),
    }));
    const next = withPapiYear(dataset, {
      dimensions: { file: 'papi_2025_dimensions.csv', text: relabel(dataFiles['papi/papi_2023_dimensions.csv']!) },
      subdimensions,
    });
    expect(papiRanking(next, { year: 2025 }).map((r) => r.code)).toEqual(
      papiRanking(dataset, { year: 2023 }).map((r) => r.code),
    );
    expect(next.papi.get(2025)!.scores.get('d8_3')).toEqual(dataset.papi.get(2023)!.scores.get('d8_3'));
    expect(dataset.papi.has(2025)).toBe(false); // the original is untouched
  });

  it('replaces a year, accepts names in any form, a decimal comma and ";" separators, and computes a missing total', () => {
    const text = 'province;d1;d2;d3;d4;d5;d6;d7;d8\nTP HCM;5,5;5;5;5;5;5;5;5\nthanh pho ha noi;6;6;6;6;6;6;6;6\n';
    const next = withPapiYear(dataset, { dimensions: { file: 'mine.csv', text }, year: 2023 });
    expect(papiRanking(next, { year: 2023 }).map((r) => [r.nameVi, r.score, r.rank, r.of])).toEqual([
      ['Hà Nội', 48, 1, 2],
      ['TP. Hồ Chí Minh', 40.5, 2, 2],
    ]);
  });

  it('reports every problem with file, row and column, and loads nothing', () => {
    const text = [
      'province,d1,d2,d3,d4,d5,d6,d7,d8,total,extra',
      'An Giang,5,5,5,5,5,5,5,5,40,x',
      'Quang Tr,5,5,5,5,5,5,5,5,40,x',
      'An Giang,5,5,5,5,5,5,5,5,40,x',
      'Ha Noi,5,5,5,5,5,5,5,11,46,x',
      'Hue,5,5,5,5,5,5,5,abc,,x',
      'Can Tho,5,5,5,5,5,5,5,5,41,x',
    ].join('\n');
    const problems = problemsOf({ dimensions: { file: 'bad.csv', text }, year: 2024 });
    const where = problems.map((p) => `${p.file}:${p.row}:${p.column}`);
    expect(where).toEqual([
      'bad.csv:1:extra',
      'bad.csv:3:province',
      'bad.csv:4:province',
      'bad.csv:5:d8',
      'bad.csv:6:d8',
      'bad.csv:7:total',
    ]);
    expect(problems[1]!.en).toMatch(/Did you mean Quảng Trị/);
    expect(problems[3]!.vi).toMatch(/nằm ngoài khoảng \[1, 10\]/);
    expect(problems[5]!.en).toMatch(/differs from the sum of the dimensions/);
  });

  it('rejects a missing dimension column and a year it has no methodology for', () => {
    expect(
      problemsOf({ dimensions: { file: 'x.csv', text: 'province,d1,d2\nAn Giang,5,5\n' }, year: 2024 }).map(
        (p) => p.column,
      ),
    ).toEqual(expect.arrayContaining(['d3', 'd8']));
    expect(() =>
      withPapiYear(dataset, { dimensions: { file: 'x.csv', text: 'province,d1\n' }, year: 2009 }),
    ).toThrowError(/2009/);
  });

  it('rejects sub-dimensions that do not sum to their dimension, or exceed 10/n', () => {
    const dims = `${header}\nAn Giang,An Giang,89,2024,5,5,5,5,5,5,5,5,40,\n`;
    const d8 = 'province,year,d8,d8_1,d8_2,d8_3\nAn Giang,2024,5,1,1,1\n';
    const d1 = 'province,year,d1,d1_1,d1_2,d1_3,d1_4\nAn Giang,2024,5,2.6,1,1,0.4\n';
    const problems = problemsOf({
      dimensions: { file: 'papi_2024_dimensions.csv', text: dims },
      subdimensions: [
        { file: 'd8.csv', text: d8 },
        { file: 'd1.csv', text: d1 },
      ],
    });
    expect(problems.map((p) => `${p.file}:${p.row}:${p.column}`)).toEqual(['d8.csv:2:d8', 'd1.csv:2:d1_1']);
    expect(problems[0]!.en).toMatch(/add up to 3\.000000, not D8 5/);
    expect(problems[1]!.en).toMatch(/outside \[0\.25, 2\.5\]/);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../engine';
import { neutraliseCell, rankingCsv, toCsv } from '../../../addin/taskpane/csv';
import { dataset } from '../../helpers/published';

describe('CSV export neutralises formulas', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+84 912', "'+84 912"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['An Giang', 'An Giang'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('text %j -> %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it('keeps numbers as numbers (a negative number is data) and blanks missing values', () => {
    expect(neutraliseCell(-0.25)).toBe('-0.25');
    expect(neutraliseCell(44.37)).toBe('44.37');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(Number.NaN)).toBe('');
  });

  it('quotes after neutralising, with a BOM and CRLF', () => {
    expect(
      toCsv([
        ['=HYPERLINK("http://x","y")', 'a,b', 1],
        ['Hà Nội', null, -1],
      ]),
    ).toBe('\uFEFF"\'=HYPERLINK(""http://x"",""y"")","a,b",1\r\nHà Nội,,-1\r\n');
  });

  it('exports the scenario ranking with a hostile scenario name neutralised', () => {
    const result = evaluateScenario(dataset, {
      name: '=cmd|"/c calc"!A1',
      index: 'papi',
      year: 2019,
      changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
    });
    const lines = rankingCsv(result, 'en')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Scenario,Year,Rank,Province,Total,Changed');
    expect(lines).toHaveLength(1 + 63 + 1 + 4 + 8 + 1);
    for (const line of lines.slice(1, 64)) expect(line.startsWith('"\'=cmd|""/c calc""!A1",2019,')).toBe(true);
    expect(lines.find((l) => l.includes('An Giang,'))).toMatch(/,10,An Giang,45\.\d+,1$/);
    expect(lines.every((l) => !/(^|,)[=+@]/.test(l))).toBe(true);
  });
});

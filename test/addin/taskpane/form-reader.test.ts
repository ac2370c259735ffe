import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../engine';
import {
  numbersByCode,
  optionalNumber,
  readDecimal,
  readGoal,
  readWhole,
  requireNumber,
} from '../../../addin/taskpane/form-reader';
import { chanceQueryOf } from '../../../addin/taskpane/panels/chance-panel';

const field = { vi: 'Hạng mục tiêu', en: 'Target rank' };

/** The error a reader throws, or a failure when it does not throw. */
function errorOf(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error('expected an error');
}

describe('readDecimal: the pane reads both decimal separators', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(readDecimal('4,5')).toBe(4.5);
    expect(readDecimal('4.5')).toBe(4.5);
    expect(readDecimal(' -0,25 ')).toBe(-0.25);
    expect(readDecimal('+7')).toBe(7);
    expect(readDecimal(',5')).toBe(0.5);
  });

  it('reads thousands grouping only when both separators are present', () => {
    expect(readDecimal('1.234,5')).toBe(1234.5);
    expect(readDecimal('1,234.5')).toBe(1234.5);
    expect(readDecimal('1 234,5')).toBe(1234.5);
    expect(readDecimal('1.234')).toBe(1.234);
  });

  it('returns null for blanks and junk, never NaN', () => {
    for (const junk of ['', '   ', 'abc', '4,5,6', '4.5.6', '1e3', 'NaN', 'Infinity', '4,5 điểm', '--1', '1.234.5'])
      expect(readDecimal(junk), junk).toBeNull();
  });
});

describe('readWhole: whole numbers with thousands separators', () => {
  it('reads plain and grouped whole numbers in both languages', () => {
    expect(readWhole('10000')).toBe(10000);
    expect(readWhole('10.000')).toBe(10000);
    expect(readWhole('10,000')).toBe(10000);
    expect(readWhole('1 000 000')).toBe(1_000_000);
    expect(readWhole('-3')).toBe(-3);
  });

  it('refuses decimals, junk and blanks', () => {
    for (const junk of ['', '2.5', '2,5', '10.00', 'mười', '1e4', '99999999999999999999'])
      expect(readWhole(junk), junk).toBeNull();
  });
});

describe('requireNumber and optionalNumber: one error type naming the field', () => {
  it('returns the value within the rule', () => {
    expect(requireNumber('4,5', { field: { vi: 'Điểm', en: 'Score' }, min: 0, max: 10 })).toBe(4.5);
    expect(requireNumber('20', { field, whole: true, min: 1 })).toBe(20);
    expect(optionalNumber('  ', { field, whole: true })).toBeNull();
    expect(optionalNumber('3', { field, whole: true })).toBe(3);
  });

  it('a blank required field says it is blank, in both languages', () => {
    const error = errorOf(() => requireNumber('', { field, whole: true, min: 1 }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.en).toBe('Target rank is blank: expected a whole number from 1.');
    expect(error.vi).toBe('Hạng mục tiêu đang để trống: cần một số nguyên từ 1.');
    expect(error.en).not.toMatch(/NaN|undefined|null/);
  });

  it('junk, a decimal where a whole number is needed, and out-of-range values are refused by name', () => {
    expect(errorOf(() => requireNumber('mười', { field, whole: true, min: 1 })).en).toBe(
      'Target rank "mười" is invalid: expected a whole number from 1.',
    );
    expect(errorOf(() => requireNumber('2,5', { field, whole: true, min: 1 })).en).toBe(
      'Target rank "2,5" is invalid: expected a whole number from 1.',
    );
    expect(errorOf(() => requireNumber('0', { field, whole: true, min: 1 })).en).toMatch(/"0" is invalid/);
    expect(errorOf(() => requireNumber('11', { field: { vi: 'Điểm', en: 'Score' }, min: 0, max: 10 })).en).toBe(
      'Score "11" is invalid: expected a number (decimal comma or point) from 0 to 10.',
    );
    expect(errorOf(() => requireNumber('0', { field: { vi: 'Công sức', en: 'Effort' }, min: 0, above: true })).vi).toBe(
      'Công sức "0" không hợp lệ: cần một số (dấu phẩy hoặc dấu chấm thập phân) lớn hơn 0.',
    );
  });

  it('numbersByCode leaves blanks out and names the bad code', () => {
    expect(
      numbersByCode({ d1: '2,5', d2: ' ', d3: '0.5' }, (code) => ({
        field: { vi: code, en: code },
        min: 0,
        above: true,
      })),
    ).toEqual({ d1: 2.5, d3: 0.5 });
    expect(
      errorOf(() =>
        numbersByCode({ d4: '-1' }, (code) => ({
          field: { vi: `Công sức cho ${code}`, en: `Effort for ${code}` },
          min: 0,
          above: true,
        })),
      ).en,
    ).toMatch(/^Effort for d4 "-1" is invalid/);
  });
});

describe('readGoal: the goal fields of the target, chance and plan panels', () => {
  it('reads a rank, a group or a total', () => {
    expect(readGoal({ kind: 'rank', rank: '20', group: 'best' })).toEqual({ rank: 20 });
    expect(readGoal({ kind: 'group', rank: '', group: 'high-average' })).toEqual({ group: 'high-average' });
    expect(readGoal({ kind: 'total', rank: '', group: '', total: '45,5' })).toEqual({ total: 45.5 });
  });

  it('a blank rank is an error that names the field (no "NaN" on screen)', () => {
    const error = errorOf(() => readGoal({ kind: 'rank', rank: '', group: 'best' }));
    expect(error.en).toBe('Target rank is blank: expected a whole number from 1.');
    expect(errorOf(() => readGoal({ kind: 'group', rank: '', group: 'top10' })).en).toMatch(
      /^Target group "top10" is invalid/,
    );
  });

  it('the chance form: grouped iterations, a blank seed is the default, a blank rank is refused', () => {
    const form = { kind: 'rank', rank: '10', group: 'best', iterations: '10.000', seed: '', othersMove: true };
    const query = chanceQueryOf(form, 2019, '89', []);
    expect(query).toMatchObject({ goal: { rank: 10 }, iterations: 10000, othersMove: true });
    expect(Number.isInteger(query.seed)).toBe(true);
    expect(errorOf(() => chanceQueryOf({ ...form, rank: '' }, 2019, '89', [])).en).toBe(
      'Target rank is blank: expected a whole number from 1.',
    );
    expect(errorOf(() => chanceQueryOf({ ...form, iterations: '50' }, 2019, '89', [])).en).toMatch(
      /^Iterations "50" is invalid: expected a whole number from 100 to 1000000\.$/,
    );
  });
});

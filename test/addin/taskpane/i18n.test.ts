import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../engine';
import { describeError, formatNumber, formatRank, formatRankChange, formatSigned, groupName, languageOf, MESSAGES, t } from '../../../addin/taskpane/i18n';

describe('task pane messages', () => {
  it('has every text in Vietnamese and English, NFC-normalised, with the same placeholders', () => {
    for (const [key, { vi, en }] of Object.entries(MESSAGES)) {
      expect(vi.length, key).toBeGreaterThan(0);
      expect(en.length, key).toBeGreaterThan(0);
      expect(vi, key).toBe(vi.normalize('NFC'));
      const holes = (s: string) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
      expect(holes(vi), key).toEqual(holes(en));
    }
  });

  it('follows Office display language tags', () => {
    expect(languageOf('vi-VN')).toBe('vi');
    expect(languageOf('vi')).toBe('vi');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('fr-FR')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('formats for each language', () => {
    expect(t('vi', 'rankOf', 21, 63)).toBe('21/63');
    expect(formatRank(21, 63, 'en')).toBe('21 of 63');
    expect(formatRank(null, 61, 'vi')).toBe('không xếp hạng');
    expect(formatNumber(44.3687, 'vi')).toBe('44,37');
    expect(formatNumber(44.3687, 'en')).toBe('44.37');
    expect(formatSigned(-0.5, 'vi')).toBe('-0,50');
    expect(formatSigned(0.25, 'en')).toBe('+0.25');
    expect(formatRankChange(4, 'vi')).toBe('↑4 bậc');
    expect(formatRankChange(-2, 'en')).toBe('↓2 places');
    expect(groupName('best', 'vi')).toBe('Nhóm đạt điểm cao nhất');
  });

  it('shows engine errors in the chosen language with their suggestions', () => {
    const error = new EngineError({ code: 'UNKNOWN_PROVINCE', input: 'Quang Tri x', vi: 'Không tìm thấy tỉnh', en: 'Unknown province', suggestions: ['Quảng Trị'] });
    expect(describeError(error, 'vi')).toEqual({ message: 'Không tìm thấy tỉnh', suggestions: ['Quảng Trị'] });
    expect(describeError(error, 'en').message).toBe('Unknown province');
    expect(describeError({ vi: 'a', en: 'b' }, 'en').message).toBe('b');
    expect(describeError(new Error('boom'), 'vi').message).toBe('Lỗi không mong đợi: boom');
  });
});

import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../engine';
import {
  describeError,
  formatNumber,
  formatPercent,
  formatRank,
  formatRankChange,
  formatSigned,
  groupName,
  inBoth,
  languageOf,
  t,
  tBoth,
  type MessageKey,
} from '../../../addin/taskpane/i18n';
import { PANE_MESSAGES_EN } from '../../../addin/taskpane/i18n/messages-en';
import { PANE_MESSAGES_VI } from '../../../addin/taskpane/i18n/messages-vi';
import { VIETNAMESE } from '../../helpers/catalogue-checks';

describe('task pane messages', () => {
  // Every template rendered with markers for its arguments (‹0›, ‹1›...): the same ids in both catalogues, both texts
  // non-empty, the same arguments used in each.
  const ids = Object.keys(PANE_MESSAGES_VI) as MessageKey[];
  const render = (lang: 'vi' | 'en', id: MessageKey) => t(lang, id, ...Array.from({ length: 8 }, (_, i) => `‹${i}›`));
  const markers = (text: string) => [...new Set(text.match(/‹\d›/g) ?? [])].sort();

  it('has the same message ids in both catalogues, every text NFC with the same arguments', () => {
    expect(ids.length).toBeGreaterThan(300);
    expect(Object.keys(PANE_MESSAGES_EN).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const vi = render('vi', id);
      const en = render('en', id);
      expect(vi.length, id).toBeGreaterThan(0);
      expect(en.length, id).toBeGreaterThan(0);
      expect(vi, id).toBe(vi.normalize('NFC'));
      expect(markers(vi), id).toEqual(markers(en));
    }
  });

  // Texts with no words of their own: a name, a sign, a placeholder; and the language switch, which names the other one.
  const NO_VIETNAMESE_WORDS = ['switchLanguage', 'indexPapi', 'indexPar', 'show', 'rankOf', 'missing', 'sipas'];
  const SAME_IN_BOTH = ['indexPapi', 'indexPar', 'missing', 'sipas'];

  it.each(ids)('%s: Vietnamese with diacritics, English without Vietnamese and different from it', (key) => {
    const vi = render('vi', key);
    const en = render('en', key);
    const words = (s: string) => s.replace(/‹\d›/g, '');
    if (!NO_VIETNAMESE_WORDS.includes(key)) expect(words(vi)).toMatch(VIETNAMESE);
    if (key !== 'switchLanguage') expect(words(en)).not.toMatch(VIETNAMESE);
    if (!SAME_IN_BOTH.includes(key)) expect(en).not.toBe(vi);
  });

  it('gives a message in both languages for errors (tBoth) and builds a text per language (inBoth)', () => {
    expect(tBoth('importEmpty', 'a.json')).toEqual({
      vi: 'Tệp a.json không có kịch bản nào.',
      en: 'File a.json holds no scenario.',
    });
    // a {n} inside an argument is not filled again; braces that are not {n} stay as written
    expect(tBoth('saveBrowserFailed', 'k{1}', 'full').en).toBe('Could not save in this browser (k{1}): full');
    expect(tBoth('importShapeInvalid', 'x').vi).toBe(
      'Tệp x: cần {"scenarios": [...]}, một danh sách kịch bản hoặc một kịch bản.',
    );
    expect(inBoth((lang) => t(lang, 'fieldEffortFor', 'D3'))).toEqual({ vi: 'Công sức cho D3', en: 'Effort for D3' });
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
    expect(formatRankChange(4, 'vi')).toBe('↑4 hạng');
    expect(formatRankChange(1, 'vi')).toBe('↑1 hạng');
    expect(formatRankChange(1, 'en')).toBe('↑1 place');
    expect(formatRankChange(-1, 'en')).toBe('↓1 place');
    expect(formatRankChange(-2, 'en')).toBe('↓2 places');
    expect(formatRankChange(null, 'en')).toBe('—');
    expect(groupName('best', 'vi')).toBe('Nhóm đạt điểm cao nhất');
  });

  it('one locale formatter: vi writes a decimal comma and a thousands dot, en the reverse; missing is a dash', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,50');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.50');
    expect(formatNumber(1_000_000, 'vi', 0)).toBe('1.000.000');
    expect(formatNumber(1_000_000, 'en', 0)).toBe('1,000,000');
    expect(formatNumber(-0.001, 'en')).toBe('0.00');
    for (const missing of [null, undefined, Number.NaN, Infinity]) expect(formatNumber(missing, 'en')).toBe('—');
    expect(formatPercent(0.4251, 'vi')).toBe('42,5%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(null, 'vi')).toBe('—');
  });

  it('shows engine errors in the chosen language with their suggestions', () => {
    const error = new EngineError({
      code: 'UNKNOWN_PROVINCE',
      input: 'Quang Tri x',
      vi: 'Không tìm thấy tỉnh',
      en: 'Unknown province',
      suggestions: ['Quảng Trị'],
    });
    expect(describeError(error, 'vi')).toEqual({ message: 'Không tìm thấy tỉnh', suggestions: ['Quảng Trị'] });
    expect(describeError(error, 'en').message).toBe('Unknown province');
    expect(describeError({ vi: 'a', en: 'b' }, 'en').message).toBe('b');
    expect(describeError(new Error('boom'), 'vi').message).toBe('Lỗi không mong đợi: boom');
  });
});

// The command line's message catalogues (cli/i18n/messages-vi.ts, messages-en.ts): the same ids in both languages,
// every text non-empty with its placeholders filled, Vietnamese texts with their diacritics (in NFC), English texts
// free of Vietnamese, and the command line's errors, headers and lines taken from them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES, cliMessage, say, type CliMessageId } from '../../cli/i18n/messages';
import { run } from '../helpers/run-cli';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ids = Object.keys(CLI_MESSAGES.vi).sort() as CliMessageId[];

/**
 * Any parameter reads as a marker, so every template renders without knowing its parameters: the marker is truthy,
 * reads as "‹name›" in a text, and its own fields (a text in both languages) and methods (a list's join) are markers too.
 */
const marker = (name: string): unknown =>
  new Proxy(() => marker(name), {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => `‹${name}›` : marker(name)),
  });
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? marker(key) : undefined) });
const render = (lang: 'vi' | 'en', id: CliMessageId): string =>
  (CLI_MESSAGES[lang][id] as (p: unknown) => string)(anyParams);
const withoutMarkers = (text: string) => text.replace(/‹\w+›/g, '');

describe('CLI message catalogues', () => {
  it('have the same message ids in Vietnamese and English', () => {
    expect(ids.length).toBeGreaterThan(50);
    expect(Object.keys(CLI_MESSAGES.en).sort()).toEqual(ids);
  });

  it.each(ids)('%s: both texts are non-empty with every placeholder filled', (id) => {
    for (const lang of ['vi', 'en'] as const) {
      const text = render(lang, id);
      expect(withoutMarkers(text).trim(), lang).not.toBe('');
      expect(text, lang).not.toMatch(/undefined|\$\{|\[object |function /);
    }
  });

  it.each(ids)('%s: the Vietnamese text is NFC and has Vietnamese diacritics', (id) => {
    const text = render('vi', id);
    expect(text.normalize('NFC')).toBe(text);
    expect(withoutMarkers(text)).toMatch(VIETNAMESE);
  });

  it.each(ids)('%s: the English text has no Vietnamese and differs from the Vietnamese one', (id) => {
    const text = render('en', id);
    expect(withoutMarkers(text)).not.toMatch(VIETNAMESE);
    expect(text).not.toBe(render('vi', id));
  });

  it('keep every text in the source files in NFC (including texts behind conditions)', () => {
    for (const file of ['cli/i18n/messages-vi.ts', 'cli/i18n/messages-en.ts']) {
      const source = readFileSync(file, 'utf8');
      expect(source.normalize('NFC'), file).toBe(source);
    }
  });

  it('put the parameters into the language asked for', () => {
    const params = { percent: '42.5', iterations: 10000, seed: 7 };
    expect(say('vi', 'chanceProbability', params)).toBe('Xác suất đạt mục tiêu: 42.5% (10000 lượt, hạt giống 7)');
    expect(say('en', 'chanceProbability', params)).toBe('Probability of the goal: 42.5% (10000 iterations, seed 7)');
    expect(say('en', 'parRankEstimate', { low: 3, high: 3, of: 63, known: 12 })).toBe(
      'Estimated rank: 3 of 63 (from 12 published points)',
    );
    expect(say('vi', 'parRankEstimate', { low: 3, high: 5, of: 63, known: 12 })).toBe(
      'Thứ hạng ước tính: 3–5/63 (dựa trên 12 mốc đã công bố)',
    );
    const missing = cliMessage('optionMissing', { option: '--year', expected: cliMessage('expectYear') });
    expect(missing).toEqual({
      vi: 'Thiếu --year: cần năm, ví dụ 2019.',
      en: 'Missing --year: expected a year, e.g. 2019.',
    });
  });

  it('give the command line its errors from the catalogue', async () => {
    const result = await run('scor', '--json');
    expect(result.code).toBe(1);
    const error = JSON.parse(result.out).error;
    const expected = cliMessage('commandUnknown', { name: 'scor', near: 'score' });
    expect({ vi: error.message_vi, en: error.message_en }).toEqual(expected);
    expect(expected.vi).toBe('Lệnh "scor" không tồn tại. Có phải "score"? Xem papi --help.');
  });

  it('give the command line its table headers from the catalogue', async () => {
    const result = await run(
      'sensitivity',
      '--index',
      'papi',
      '--year',
      '2019',
      '--province',
      'An Giang',
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain(say('en', 'sensitivityIntro', { rank: 27, of: 63 }).split('.')[1]!.trim());
    const vi = await run('ranking', '--index', 'papi', '--year', '2019');
    expect(vi.out.split('\n')[2]).toMatch(/^Hạng\s+Tỉnh, thành phố\s+Điểm\s+Nhóm$/);
    expect(say('vi', 'rankingHeader', { units: false })).toBe('Hạng|Tỉnh, thành phố|Điểm|Nhóm');
  });
});

// The command line's message catalogues (cli/i18n/messages-vi.ts, messages-en.ts): the same ids in both languages,
// every text non-empty with its placeholders filled, Vietnamese texts with their diacritics (in NFC), English texts
// free of Vietnamese, and the command line's errors, headers and lines taken from them.
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES, cliMessage, say } from '../../cli/i18n/messages';
import { catalogueChecks } from '../helpers/catalogue-checks';
import { run } from '../helpers/run-cli';

describe('CLI message catalogues', () => {
  catalogueChecks(CLI_MESSAGES, ['cli/i18n/messages-vi.ts', 'cli/i18n/messages-en.ts'], 90);

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

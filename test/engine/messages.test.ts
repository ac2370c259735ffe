// The engine's message catalogues (engine/i18n/messages-vi.ts, messages-en.ts): the same ids in both languages,
// Vietnamese texts in NFC with their diacritics, English texts free of Vietnamese, and errors built from them.
import { describe, expect, it } from 'vitest';
import { EngineError, MESSAGES, message, requireNumber } from '../../engine/all';
import { catalogueChecks } from '../helpers/catalogue-checks';

describe('engine message catalogues', () => {
  catalogueChecks(MESSAGES, ['engine/i18n/messages-vi.ts', 'engine/i18n/messages-en.ts'], 20, {
    asciiEnglish: true,
    nameOnly: ['goalGroupPhrase'],
  });

  it('put the parameters into both languages', () => {
    expect(message('pairGivenTwice', { input: '--set', code: 'd1', first: '5', second: '6' })).toEqual({
      vi: 'd1 xuất hiện hai lần trong --set (5 và 6): chỉ ghi một lần.',
      en: 'd1 is given twice in --set (5 and 6): give it once.',
    });
    const one = message('papiScoreCount', { expected: 1, definition: '', got: 2 });
    expect(one.en).toBe('Expected 1 dimension score, got 2.');
    expect(message('papiScoreCount', { expected: 8, definition: ' (papi-2021-)', got: 7 })).toEqual({
      vi: 'Cần 8 điểm chỉ số nội dung (papi-2021-), nhận được 7.',
      en: 'Expected 8 dimension scores (papi-2021-), got 7.',
    });
    const none = message('papiScoreCount', { expected: null, definition: '', got: 0 });
    expect(none.vi).toBe('Cần ít nhất một điểm chỉ số nội dung, nhận được 0.');
  });

  it('put a reason in the same language into the larger message', () => {
    const reason = message('expectYear', { example: 2019 });
    expect(message('fieldInvalid', { source: 'a.json', path: 'year', reason })).toEqual({
      vi: 'a.json, trường "year": cần một năm, ví dụ 2019.',
      en: 'a.json, field "year": expected a year, e.g. 2019.',
    });
  });

  it('give engine errors their texts from the catalogue', () => {
    let error: unknown = null;
    try {
      requireNumber('', '--goal');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('INVALID_INPUT');
    const { vi, en } = error as EngineError;
    expect({ vi, en }).toEqual(message('numberMissing', { input: '--goal' }));
    expect((error as EngineError).vi).toBe('Thiếu giá trị của --goal: cần một số, ví dụ 9.5 hoặc 9,5.');
  });
});

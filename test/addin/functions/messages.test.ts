// The Excel functions' message catalogues (addin/functions/i18n/messages-vi.ts, messages-en.ts) pass the checks of
// every catalogue, and the built functions take their cell errors, headers and notes from them.
import { describe, expect, it } from 'vitest';
import { cellMessage, cellText, FUNCTION_MESSAGES } from '../../../addin/functions/i18n/messages';
import { catalogueChecks } from '../../helpers/catalogue-checks';
import { builtFunctions } from '../../helpers/built-functions';
import { ErrorCode } from '../../../scripts/functions-harness';

const { h, cellError } = builtFunctions();

describe('Excel function message catalogues', () => {
  catalogueChecks(
    FUNCTION_MESSAGES,
    ['addin/functions/i18n/messages-vi.ts', 'addin/functions/i18n/messages-en.ts'],
    40,
  );

  it('put a label in the same language into the larger message', () => {
    expect(cellMessage('numberExpected', { what: cellMessage('argScoreAt', { position: 3 }), value: 'abc' })).toEqual({
      vi: 'Điểm thứ 3: cần một số, nhận được "abc".',
      en: 'Score 3: expected a number, got "abc".',
    });
  });

  it('give a cell error both texts from the catalogue', async () => {
    const error = await cellError('SCORE', '', 2019);
    expect(error.code).toBe(ErrorCode.invalidValue);
    const { vi, en } = cellMessage('argumentMissing', { what: cellMessage('argProvince') });
    expect(error.message).toBe(`${vi} / ${en}`);
    expect(vi).toBe('Thiếu tên tỉnh, thành phố.');
  });

  it('give a table its header from the catalogue, in the language asked for', async () => {
    const vi = (await h.call('TABLE', 2019)) as unknown[][];
    expect(vi[0]).toEqual(cellText('vi', 'tableHeader').split('|'));
    expect(vi[0]).toEqual(['Hạng', 'Tỉnh, thành phố', 'Điểm', 'Nhóm']);
    const en = (await h.call('TABLE', 2019, null, 'en')) as unknown[][];
    expect(en[0]).toEqual(['Rank', 'Province', 'Score', 'Group']);
  });
});

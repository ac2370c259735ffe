import { EngineError } from '../errors';
import { message } from '../i18n/messages';

/**
 * Parses the text of a JSON file (a scenario, a plan) as saved by any editor: a UTF-8 byte-order mark is accepted; a
 * syntax error names the file and says where.
 *
 * @example parseJsonText({ file: 'a.json', text: '\uFEFF{"year": 2019}' }).year // => 2019
 */
export function parseJsonText(file: { readonly file: string; readonly text: string }): any {
  try {
    return JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: file.file,
      ...message('jsonInvalid', { file: file.file, detail }),
    });
  }
}

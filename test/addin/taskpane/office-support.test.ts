import { describe, expect, it } from 'vitest';
import {
  CUSTOM_FUNCTIONS_SET,
  customFunctionsSupported,
  notesSupported,
} from '../../../addin/taskpane/actions/office-support';

describe('custom functions support (Office.context.requirements)', () => {
  it('asks for the CustomFunctionsRuntime 1.1 requirement set', () => {
    const asked: [string, string | undefined][] = [];
    const requirements = { isSetSupported: (name: string, version?: string) => (asked.push([name, version]), true) };
    expect(customFunctionsSupported(requirements)).toBe(true);
    expect(asked).toEqual([['CustomFunctionsRuntime', '1.1']]);
    expect(CUSTOM_FUNCTIONS_SET).toEqual({ name: 'CustomFunctionsRuntime', version: '1.1' });
  });

  it('is false where the set is missing, the question fails, or there is no host', () => {
    expect(customFunctionsSupported({ isSetSupported: () => false })).toBe(false);
    expect(
      customFunctionsSupported({
        isSetSupported: () => {
          throw new Error('no host');
        },
      }),
    ).toBe(false);
    expect(customFunctionsSupported(null)).toBe(false);
  });

  it('cell notes need ExcelApi 1.18; without them (or a host) the headings are written alone', () => {
    const asked: [string, string | undefined][] = [];
    expect(notesSupported({ isSetSupported: (name, version) => (asked.push([name, version]), true) })).toBe(true);
    expect(asked).toEqual([['ExcelApi', '1.18']]);
    expect(notesSupported({ isSetSupported: () => false })).toBe(false);
    expect(notesSupported(undefined)).toBe(false);
  });
});

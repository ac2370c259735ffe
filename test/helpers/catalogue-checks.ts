// The checks every pair of message catalogues passes (the engine's, the CLI's, the Excel functions'): the same ids in
// both languages, every text non-empty with its placeholders filled, Vietnamese texts with their diacritics (in NFC),
// English texts free of Vietnamese and different from the Vietnamese ones.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

type Templates = Readonly<Record<string, (p: never) => string>>;

/**
 * Any parameter reads as a marker, so every template renders without knowing its parameters: the marker is truthy,
 * reads as "‹name›" in a text, and its own fields (a text in both languages) and methods (a list's join) are markers too.
 */
const marker = (name: string): unknown =>
  new Proxy(() => marker(name), {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => `‹${name}›` : marker(name)),
  });
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? marker(key) : undefined) });

export const withoutMarkers = (text: string) => text.replace(/‹\w+›/g, '');

/**
 * The `it` blocks for one pair of catalogues; call inside a describe. `asciiEnglish`: English texts are ASCII plus a
 * few typographic signs (× → – … ≤ ≥ ±), not only free of Vietnamese (the CLI's tables also use box-drawing lines).
 * `nameOnly`: ids whose Vietnamese text is only a quoted name (no words of its own), exempt from the diacritics check.
 */
export function catalogueChecks(
  catalogues: { vi: Templates; en: Templates },
  files: readonly string[],
  minIds: number,
  { asciiEnglish = false, nameOnly = [] as readonly string[] } = {},
) {
  const ids = Object.keys(catalogues.vi).sort();
  const render = (lang: 'vi' | 'en', id: string): string =>
    (catalogues[lang][id] as unknown as (p: unknown) => string)(anyParams);

  it('have the same message ids in Vietnamese and English', () => {
    expect(ids.length).toBeGreaterThanOrEqual(minIds);
    expect(Object.keys(catalogues.en).sort()).toEqual(ids);
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
    if (!nameOnly.includes(id)) expect(withoutMarkers(text)).toMatch(VIETNAMESE);
  });

  it.each(ids)('%s: the English text has no Vietnamese and differs from the Vietnamese one', (id) => {
    const text = render('en', id);
    expect(withoutMarkers(text)).not.toMatch(VIETNAMESE);
    if (asciiEnglish) expect(withoutMarkers(text)).toMatch(/^[\x20-\x7e×→–…≤≥±]+$/);
    expect(text).not.toBe(render('vi', id));
  });

  it('keep every text in the source files in NFC (including texts behind conditions)', () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source.normalize('NFC'), file).toBe(source);
    }
  });
}

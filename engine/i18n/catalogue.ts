/** A text already in both languages, e.g. a reason put into a larger message. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** One language's texts for a table of message parameters P (message id -> its parameters): a template per id. */
export type Catalogue<P> = { readonly [K in keyof P]: (p: P[K]) => string };

/** The parameters after a message id: none (or `{}`) for a message without parameters (Record<string, never>). */
export type ParamsOf<P, K extends keyof P> = P[K] extends Record<string, never> ? [params?: P[K]] : [params: P[K]];

/**
 * The two readers of a layer's pair of catalogues (the engine's, the CLI's, the Excel functions'):
 * `both` gives a message in both languages (an error's vi and en), `say` gives it in the language asked for (a table
 * header, a label). Both catalogues are typed by the same parameter table, so an id missing from one does not compile.
 *
 * @example catalogueReader<{ hello: { name: string } }>({ hello: (p) => `Chào ${p.name}` }, { hello: (p) => `Hello ${p.name}` }).both('hello', { name: 'An' }) // => { vi: 'Chào An', en: 'Hello An' }
 */
export function catalogueReader<P>(vi: Catalogue<P>, en: Catalogue<P>) {
  const both = <K extends keyof P>(id: K, ...params: ParamsOf<P, K>): Bilingual => {
    const p = (params[0] ?? {}) as P[K];
    return { vi: vi[id](p), en: en[id](p) };
  };
  const say = <K extends keyof P>(lang: 'vi' | 'en', id: K, ...params: ParamsOf<P, K>): string =>
    (lang === 'vi' ? vi : en)[id]((params[0] ?? {}) as P[K]);
  return { both, say };
}

/**
 * A text in both languages on one line, Vietnamese first (a heading of a form both audiences read, a progress line).
 *
 * @example both({ vi: 'Mô phỏng', en: 'Simulating' }) // => 'Mô phỏng / Simulating'
 */
export function both(text: Bilingual): string {
  return `${text.vi} / ${text.en}`;
}

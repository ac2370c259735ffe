// Runs the built dist/functions.js the way Excel does, without Excel: the bundle is evaluated in a node:vm context
// with a simulated CustomFunctions global (associate registry, Error, ErrorCode) and a fetch that serves the
// data folder (dist/data/index.json and the files it lists) from disk, and functions are called by their metadata id with missing optional
// arguments as null and an invocation object appended. The bundle and the dataset load once per harness, so
// calls are cheap to repeat (benchmarks call PAPI.SCORE thousands of times).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build, ROOT } from './build';

/** CustomFunctions.ErrorCode as the Office runtime defines it. */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** CustomFunctions.Error: what a function throws to show #VALUE! or #N/A with a message. */
export class CustomFunctionsError extends Error {
  readonly code: ErrorCodeValue;
  constructor(code: ErrorCodeValue, message?: string) {
    super(message);
    this.name = 'CustomFunctions.Error';
    this.code = code;
  }
}

interface MetadataFunction {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean }[];
}

export interface FunctionsHarness {
  /** Calls a function by id as Excel would: omitted trailing arguments are null, an invocation object is appended. */
  call(id: string, ...args: unknown[]): Promise<unknown>;
  /** ids in functions.json order */
  readonly ids: string[];
  /** ids passed to CustomFunctions.associate, in call order */
  readonly associated: string[];
  readonly metadata: { functions: MetadataFunction[] };
  /** how many times published.json was fetched (the dataset is loaded once) */
  readonly fetches: () => number;
}

export interface HarnessOptions {
  /** folder with functions.js, functions.json and data/ (default dist/) */
  readonly dir?: string;
  /** the published files map to serve instead of dir/data/published.json */
  readonly files?: Readonly<Record<string, string>>;
  /**
   * a copy already served over HTTP (e.g. http://127.0.0.1:8000/tools/papi/): functions.json, functions.js and the
   * data are fetched from there instead of read from `dir`
   */
  readonly served?: string;
}

/** Loads the built functions bundle into a fresh simulated runtime. */
export async function loadFunctionsHarness(options: HarnessOptions = {}): Promise<FunctionsHarness> {
  const dir = resolve(options.dir ?? join(ROOT, 'dist'));
  const published = options.files ? JSON.stringify(options.files) : null;
  const origin = options.served ?? 'https://localhost:3000/';
  /** A file of the copy by its path below the origin: from the server when `served`, from `dir` otherwise. */
  const read = async (path: string): Promise<string | null> => {
    if (path === 'data/published.json' && published !== null) return published;
    if (options.served) {
      const response = await globalThis.fetch(new URL(path, origin), { cache: 'no-store' });
      return response.ok ? response.text() : null;
    }
    const file = join(dir, path);
    return file.startsWith(dir) && existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const metadata = JSON.parse((await read('functions.json'))!) as { functions: MetadataFunction[] };
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const associated: string[] = [];
  let fetches = 0;

  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (typeof fn !== 'function') throw new TypeError(`associate(${id}): not a function`);
      registry.set(id.toUpperCase(), fn);
      associated.push(id);
    },
    Error: CustomFunctionsError,
    ErrorCode,
  };
  const fetch = async (url: string | URL) => {
    const href = String(url);
    const path = href.startsWith(origin) ? href.slice(origin.length) : null;
    if (path === 'data/published.json') fetches++;
    const text = path === null ? null : await read(path);
    if (text === null) return { ok: false, status: 404, json: async () => null, text: async () => '' };
    // A fresh parse per fetch, like a browser's Response.json().
    return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown, text: async () => text };
  };
  const context = createContext({
    CustomFunctions,
    fetch,
    document: { currentScript: { src: new URL('functions.js', origin).href } },
    location: { href: new URL('taskpane.html', origin).href },
    console,
    URL,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  });
  runInContext((await read('functions.js'))!, context, { filename: 'functions.js' });

  const byId = new Map(metadata.functions.map((f) => [f.id, f]));
  return {
    ids: metadata.functions.map((f) => f.id),
    associated,
    metadata,
    fetches: () => fetches,
    async call(id: string, ...args: unknown[]) {
      const fn = registry.get(id.toUpperCase());
      const meta = byId.get(id.toUpperCase());
      if (!fn || !meta) throw new Error(`No custom function ${id}`);
      if (args.length > meta.parameters.length)
        throw new Error(`${id} takes ${meta.parameters.length} arguments, got ${args.length}`);
      const padded = [...args, ...Array.from({ length: meta.parameters.length - args.length }, () => null)];
      const result = await fn(...padded, { functionName: `PAPI.${meta.name}`, address: 'Sheet1!A1' });
      // Arrays made inside the vm context have that context's prototypes: copy them into this realm.
      return typeof result === 'object' && result !== null ? structuredClone(result) : result;
    },
  };
}

let built: Promise<string> | undefined;

/**
 * Builds the functions bundle once per test file into a fresh temporary folder (test files run in parallel, so
 * they never share dist/), without the task pane and office.js copies. Returns the folder.
 */
export function buildFunctionsForTests(): Promise<string> {
  built ??= build({ outDir: mkdtempSync(join(tmpdir(), 'papi-functions-')), taskpane: false, officeLocal: false }).then(
    (r) => r.outDir,
  );
  return built;
}

/** The CustomFunctions.Error a call rejects with (fails the test when the call succeeds or throws anything else). */
export async function rejectedCell(h: FunctionsHarness, id: string, ...args: unknown[]): Promise<CustomFunctionsError> {
  try {
    const value = await h.call(id, ...args);
    throw new Error(`${id} returned ${JSON.stringify(value)} instead of an error`);
  } catch (error) {
    if (!(error instanceof CustomFunctionsError)) throw error;
    return error;
  }
}

// Runs the built dist/functions.js the way Excel does, without Excel: the bundle is evaluated in a node:vm context
// with a simulated CustomFunctions global (associate registry, Error, ErrorCode) and a fetch that serves
// dist/data/published.json from disk, and functions are called by their metadata id with missing optional
// arguments as null and an invocation object appended. The bundle and the dataset load once per harness, so
// calls are cheap to repeat (benchmarks call PAPI.SCORE thousands of times).
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
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
  /** folder with functions.js, functions.json and data/published.json (default dist/) */
  readonly dir?: string;
  /** the published files map to serve instead of dir/data/published.json */
  readonly files?: Readonly<Record<string, string>>;
}

/** Loads the built functions bundle into a fresh simulated runtime. */
export async function loadFunctionsHarness(options: HarnessOptions = {}): Promise<FunctionsHarness> {
  const dir = resolve(options.dir ?? join(ROOT, 'dist'));
  const metadata = JSON.parse(readFileSync(join(dir, 'functions.json'), 'utf8')) as { functions: MetadataFunction[] };
  const published = options.files
    ? JSON.stringify(options.files)
    : readFileSync(join(dir, 'data/published.json'), 'utf8');
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const associated: string[] = [];
  let fetches = 0;
  const origin = 'https://localhost:3000/';

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
    fetches++;
    if (href !== new URL('data/published.json', origin).href)
      return { ok: false, status: 404, json: async () => null, text: async () => '' };
    // A fresh parse per fetch, like a browser's Response.json().
    return { ok: true, status: 200, json: async () => JSON.parse(published) as unknown, text: async () => published };
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
  runInContext(readFileSync(join(dir, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });

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

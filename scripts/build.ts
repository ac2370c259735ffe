// `npm run build`: bundles the add-in into dist/ and generates what Excel reads.
//   functions.js (+ .map)   the =PAPI.* custom functions, minified IIFE, with CustomFunctions.associate(id, fn) for each
//   functions.json          generated from the JSDoc of addin/functions/functions.ts (custom-functions-metadata)
//   functions-vi.json       the same with Vietnamese names and descriptions (addin/functions/translations-vi.json)
//   taskpane.js, chance-worker.js, taskpane.html, taskpane.css   the task pane, when its sources exist
//   data/published.json     the shipped data folder as relative path -> text, loaded once by the add-in
//   assets/icon-*.png       ribbon and add-in icons (drawn here: no binary files in the repository)
//   data/index.json         the list of data files the add-in loads ({"files": ["published.json"]}); `papi data add`
//                           appends a year's file to a deployed copy, so a new year needs no rebuild
//   manifest.xml            the project root's manifest with every URL under the base URL (`--base-url`, default
//                           https://localhost:3000/ for `npm start`) and <Version> from package.json
//   office-local/           a local copy of office.js for offline browser tests (the shipped HTML uses the CDN)
// Any metadata or translation problem fails the build with a non-zero exit and a message naming it.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { build as esbuild, type BuildOptions as EsbuildOptions } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { readDataFiles } from '../cli/data-files';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FUNCTIONS_SOURCE = join(ROOT, 'addin/functions/functions.ts');
const TRANSLATIONS_VI = join(ROOT, 'addin/functions/translations-vi.json');
const TASKPANE_DIR = join(ROOT, 'addin/taskpane');
const OFFICE_JS_DIR = join(ROOT, 'node_modules/@microsoft/office-js/dist');
/** Browsers Excel's add-in runtimes use (WebView2 / Edge, Safari WKWebView on Mac, Excel on the web). */
const BROWSER_TARGET = ['es2020', 'chrome100', 'edge100', 'firefox100', 'safari15'];

export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

export interface BuildOptions {
  /** output folder (default dist/ at the project root); emptied first */
  readonly outDir?: string;
  /** also bundle the task pane when its sources exist (default true) */
  readonly taskpane?: boolean;
  /** copy office.js for offline tests (default true) */
  readonly officeLocal?: boolean;
  /** the custom functions source and its Vietnamese table (defaults: addin/functions/); tests point them elsewhere */
  readonly functionsSource?: string;
  readonly translationsVi?: string;
  /** where the web files will be served (https://host/path/); every manifest URL is put under it */
  readonly baseUrl?: string;
  readonly log?: (line: string) => void;
}

export interface BuildResult {
  readonly outDir: string;
  /** every file written, relative to outDir, with its size in bytes */
  readonly files: Readonly<Record<string, number>>;
  readonly ids: readonly string[];
  readonly milliseconds: number;
}

interface FunctionParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
  options?: Record<string, unknown>;
  [key: string]: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
interface Translation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

/** Builds the add-in into `outDir`. Throws BuildError (with every problem listed) when the metadata is not right. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const baseUrl = checkBaseUrl(options.baseUrl ?? LOCALHOST_BASE);
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  const log = options.log ?? (() => {});
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const functionsSource = resolve(options.functionsSource ?? FUNCTIONS_SOURCE);
  const translationsVi = resolve(options.translationsVi ?? TRANSLATIONS_VI);
  const { metadata, associate } = await functionsMetadata(functionsSource);
  writeFileSync(join(outDir, 'functions.json'), `${JSON.stringify(metadata, null, 2)}\n`);
  const translations = JSON.parse(readFileSync(translationsVi, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(outDir, 'functions-vi.json'),
    `${JSON.stringify(localise(metadata, translations, relative(ROOT, translationsVi)), null, 2)}\n`,
  );

  await bundleFunctions(outDir, functionsSource, associate);
  if (options.taskpane ?? true) await bundleTaskpane(outDir, log);

  mkdirSync(join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, 'data/published.json'), JSON.stringify(readDataFiles()));
  writeFileSync(join(outDir, DATA_INDEX), dataIndexText({ files: ['published.json'] }));
  writeIcons(join(outDir, 'assets'));
  const manifest = manifestFor(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), baseUrl, packageVersion());
  writeFileSync(join(outDir, 'manifest.xml'), manifest);
  if (options.officeLocal ?? true) copyOfficeJs(join(outDir, 'office-local'));

  const files = listFiles(outDir);
  const milliseconds = Math.round(performance.now() - started);
  log(
    `Built ${Object.keys(files).length} files into ${relative(process.cwd(), outDir) || '.'} for ${baseUrl} in ${milliseconds} ms; functions.js ${files['functions.js']} bytes.`,
  );
  return { outDir, files, ids: metadata.functions.map((f) => f.id), milliseconds };
}

/** The base URL of the development build (`npm start` serves dist/ there); the root manifest.xml is written for it. */
export const LOCALHOST_BASE = 'https://localhost:3000/';

/**
 * A base URL the manifest can use: absolute, HTTPS (plain HTTP only for localhost, for development), no query or
 * fragment; a missing final "/" is added. Anything else is a BuildError naming the value, in both languages.
 */
export function checkBaseUrl(raw: string): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  const local = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url === null || !(url.protocol === 'https:' || (url.protocol === 'http:' && local)))
    throw new BuildError(
      `--base-url "${raw}": cần một địa chỉ https:// đầy đủ (http:// chỉ cho localhost), ví dụ https://intranet.tinh.gov.vn/papi/ / ` +
        `needs a full https:// address (http:// only for localhost), e.g. https://intranet.province.gov.vn/papi/`,
    );
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new BuildError(
      `--base-url "${raw}": không được có ?, # hay tên đăng nhập / must not contain ?, # or a user name`,
    );
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** package.json's version as the four-part <Version> Office wants: 0.1.0 -> 0.1.0.0 (a pre-release tag is refused). */
export function packageVersion(): string {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw new BuildError(
      `package.json "version": "${version}": cần dạng 1.2.3 cho <Version> của manifest / must be like 1.2.3 for the manifest's <Version>`,
    );
  return `${version}.0`;
}

/**
 * The manifest for one host: every URL on LOCALHOST_BASE in the template moved under `baseUrl`, <Version> set.
 * <Id> is left as it is (it must never change between releases). A template URL elsewhere is a BuildError, so no
 * URL can escape the base.
 */
export function manifestFor(template: string, baseUrl: string, version: string): string {
  const outside = [...template.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)]
    .map((m) => m[1]!)
    .filter((u) => !u.startsWith(LOCALHOST_BASE));
  if (outside.length > 0) throw new BuildError(`manifest.xml: URLs not on ${LOCALHOST_BASE}: ${outside.join(', ')}`);
  const base = baseUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return template
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`)
    .replace(/\b(DefaultValue|Value)="https:\/\/localhost:3000\//g, `$1="${base}`);
}

/** The data folder's list of files the add-in loads (data/index.json), in load order. */
export const DATA_INDEX = 'data/index.json';
export interface DataIndex {
  readonly files: readonly string[];
}
export const dataIndexText = (index: DataIndex): string => `${JSON.stringify(index, null, 2)}\n`;

/** functions.json from the JSDoc, failing on any generator error (its CLI exits 0 even then). */
async function functionsMetadata(
  source: string,
): Promise<{ metadata: Metadata; associate: { id: string; functionName: string }[] }> {
  const result = await generateCustomFunctionsMetadata(source, false);
  const problems = [...result.errors];
  if (problems.length === 0 && !result.metadataJson) problems.push('no @customfunction found');
  if (problems.length > 0)
    throw new BuildError(`functions.json: ${relative(ROOT, source)} has metadata errors:\n  ${problems.join('\n  ')}`);
  const metadata = JSON.parse(result.metadataJson) as Metadata;
  const text = readFileSync(source, 'utf8');
  for (const f of metadata.functions) {
    if (!/^[A-Z][A-Z0-9]*(\.[A-Z][A-Z0-9]*)*$/.test(f.id))
      problems.push(`${f.id}: ids are upper-case dotted names (e.g. PAR.SCORE)`);
    if (f.options?.volatile) problems.push(`${f.id}: must not be volatile (it would recalculate on every change)`);
  }
  for (const a of result.associate) {
    if (!new RegExp(`^export (async )?function ${a.functionName}\\b`, 'm').test(text))
      problems.push(`${a.id}: function ${a.functionName} must be exported`);
  }
  if (problems.length > 0) throw new BuildError(`functions.json:\n  ${problems.join('\n  ')}`);
  return { metadata, associate: result.associate.map((a) => ({ id: a.id, functionName: a.functionName })) };
}

/** Names Excel accepts for a localised function or parameter: letters, digits, "." and "_", at least 3. */
export const LOCALISED_NAME = /^[\p{L}\p{N}._]{3,}$/u;

/**
 * functions-vi.json: the generated metadata with Vietnamese name and description for every function and parameter;
 * ids, types and order are untouched. A missing, left-over or invalid translation is a build error.
 */
export function localise(
  metadata: Metadata,
  table: Record<string, unknown>,
  tableName = 'translations-vi.json',
): Metadata {
  const problems: string[] = [];
  const check = (where: string, name: unknown, description: unknown) => {
    if (typeof name !== 'string' || !LOCALISED_NAME.test(name))
      problems.push(`${where}: name "${String(name)}" must be letters, digits, "." or "_" (at least 3)`);
    else if (name !== name.normalize('NFC')) problems.push(`${where}: name "${name}" is not NFC`);
    if (typeof description !== 'string' || description.trim() === '') problems.push(`${where}: description is missing`);
    else if (description !== description.normalize('NFC')) problems.push(`${where}: description is not NFC`);
  };
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const key of Object.keys(table))
    if (!key.startsWith('//') && !ids.has(key)) problems.push(`${key}: no such function (left-over translation)`);
  const names = new Set<string>();
  const functions = metadata.functions.map((f) => {
    const t = table[f.id] as Translation | undefined;
    if (!t) {
      problems.push(`${f.id}: no Vietnamese translation`);
      return f;
    }
    check(f.id, t.name, t.description);
    if (names.has(t.name)) problems.push(`${f.id}: name "${t.name}" is used twice`);
    names.add(t.name);
    const known = new Set(f.parameters.map((p) => p.name));
    for (const p of Object.keys(t.parameters ?? {}))
      if (!known.has(p)) problems.push(`${f.id}.${p}: no such parameter (left-over translation)`);
    const parameters = f.parameters.map((p) => {
      const tp = t.parameters?.[p.name];
      if (!tp) {
        problems.push(`${f.id}.${p.name}: no Vietnamese translation`);
        return p;
      }
      check(`${f.id}.${p.name}`, tp.name, tp.description);
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  if (problems.length > 0)
    throw new BuildError(`functions-vi.json: ${tableName} is incomplete:\n  ${problems.join('\n  ')}`);
  return { ...metadata, functions };
}

const bundleDefaults: EsbuildOptions = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: BROWSER_TARGET,
  minify: true,
  sourcemap: 'external',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'silent',
};

/**
 * functions.js: functions.ts plus one CustomFunctions.associate per metadata id, so ids and functions cannot drift.
 * Outside Excel (the task pane opened in a plain browser) there is no CustomFunctions global and nothing registers.
 */
async function bundleFunctions(
  outDir: string,
  source: string,
  associate: readonly { id: string; functionName: string }[],
): Promise<void> {
  const lines = associate.map(
    (a) => `  CustomFunctions.associate(${JSON.stringify(a.id)}, functions.${a.functionName});`,
  );
  const contents = `import * as functions from './${basename(source, '.ts')}';\nif (typeof CustomFunctions !== 'undefined') {\n${lines.join('\n')}\n}\n`;
  await esbuildOrFail({
    ...bundleDefaults,
    stdin: { contents, resolveDir: dirname(source), sourcefile: 'functions-entry.ts', loader: 'ts' },
    outfile: join(outDir, 'functions.js'),
  });
}

/** The task pane (written alongside): bundled and copied when its sources exist. */
async function bundleTaskpane(outDir: string, log: (line: string) => void): Promise<void> {
  for (const name of ['taskpane', 'chance-worker']) {
    const entry = join(TASKPANE_DIR, `${name}.ts`);
    if (existsSync(entry))
      await esbuildOrFail({ ...bundleDefaults, entryPoints: [entry], outfile: join(outDir, `${name}.js`) });
    else log(`(skipped ${relative(ROOT, entry)}: not present)`);
  }
  for (const name of ['taskpane.html', 'taskpane.css']) {
    const file = join(TASKPANE_DIR, name);
    if (existsSync(file)) copyFileSync(file, join(outDir, name));
  }
  // exceljs (unit score workbooks of the internal index) is large: shipped as its own file, loaded on first use.
  copyFileSync(join(ROOT, 'node_modules/exceljs/dist/exceljs.min.js'), join(outDir, 'exceljs.min.js'));
}

async function esbuildOrFail(options: EsbuildOptions): Promise<void> {
  try {
    const result = await esbuild(options);
    if (result.errors.length > 0) throw new BuildError(result.errors.map((e) => e.text).join('\n'));
  } catch (error) {
    if (error instanceof BuildError) throw error;
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
    const detail =
      errors?.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`).join('\n  ') ??
      String(error);
    throw new BuildError(`esbuild (${options.outfile ? relative(ROOT, options.outfile) : ''}):\n  ${detail}`);
  }
}

/**
 * office.js for tests that must not reach the CDN. In a browser with no Office host (checked in Chromium), office.js
 * fetches only o15apptofilemappingtable.js beside it before Office.onReady resolves; the string tables of the two
 * display languages are copied too (small) in case a host-less path asks for them.
 */
function copyOfficeJs(target: string): void {
  if (!existsSync(OFFICE_JS_DIR)) throw new BuildError(`${relative(ROOT, OFFICE_JS_DIR)} is missing: run npm ci.`);
  mkdirSync(target, { recursive: true });
  for (const file of ['office.js', 'o15apptofilemappingtable.js'])
    copyFileSync(join(OFFICE_JS_DIR, file), join(target, file));
  for (const locale of ['en-us', 'vi-vn'])
    if (existsSync(join(OFFICE_JS_DIR, locale)))
      cpSync(join(OFFICE_JS_DIR, locale), join(target, locale), { recursive: true });
}

/** Icon sizes the manifest names (IconUrl 32, HighResolutionIconUrl 64, ribbon 16/32/80). */
export const ICON_SIZES = [16, 32, 64, 80] as const;

/** Draws the icon: three rising bars (a ranking) on the add-in's blue, as an RGBA PNG. */
function writeIcons(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const size of ICON_SIZES) {
    const pixels = Buffer.alloc(size * size * 4);
    const bars = [0.45, 0.65, 0.85];
    const barWidth = size / 5;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        const bar = bars.findIndex(
          (_, b) => x >= barWidth * (b * 1.3 + 0.9) && x < barWidth * (b * 1.3 + 0.9) + barWidth,
        );
        const top = bar >= 0 ? size * (1 - bars[bar]!) : size;
        const white = bar >= 0 && y >= top && y < size * 0.88;
        pixels.set(white ? [255, 255, 255, 255] : [0, 94, 184, 255], i);
      }
    }
    writeFileSync(join(folder, `icon-${size}.png`), png(size, size, pixels));
  }
}

function png(width: number, height: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, body.length + 4);
  return out;
}

function listFiles(dir: string): Record<string, number> {
  const files: Record<string, number> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = statSync(path).size;
    }
  };
  walk(dir);
  return files;
}

/** `--base-url URL` or `--base-url=URL` from a command line (undefined when absent). */
export function baseUrlArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base-url') {
      if (argv[i + 1] === undefined) throw new BuildError('--base-url: thiếu địa chỉ / the address is missing');
      return argv[i + 1];
    }
    if (argv[i]!.startsWith('--base-url=')) return argv[i]!.slice('--base-url='.length);
  }
  return undefined;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntry) {
  try {
    await build({ baseUrl: baseUrlArgument(process.argv.slice(2)), log: (line) => console.log(line) });
  } catch (error) {
    console.error(error instanceof BuildError ? `Build failed / Lỗi build:\n${error.message}` : error);
    process.exitCode = 1;
  }
}

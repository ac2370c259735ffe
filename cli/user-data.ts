import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { SAMPLES_DIR } from './data-files';
import {
  EngineError,
  MAX_FILE_BYTES,
  parseDefinition,
  parseJsonText,
  parseUnitWeights,
  withDefinition,
  withYearFiles,
  type Dataset,
  type TextFile,
} from '../engine/all';
import { withUnits } from './units-option';
import type { CliArgs } from './command';
import { option, options } from './args';
import { cliMessage, type Bilingual } from './i18n/messages';

/**
 * Reads a user file as UTF-8, bounded: a directory is refused without reading; a regular file over MAX_FILE_BYTES is
 * refused from its size before any byte is read; anything else (a device such as /dev/zero, a pipe) is read up to
 * the limit and refused past it, never to its end.
 */
export function readTextFile(path: string): TextFile {
  const { file, bytes } = readUserBytes(path);
  return { file, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

/** A user file's bytes (an .xlsx, a .zip), bounded exactly as readTextFile. */
export function readUserBytes(path: string): { file: string; bytes: Uint8Array } {
  const file = basename(path);
  const refuse = (message: Bilingual) => new EngineError({ code: 'INVALID_INPUT', input: path, ...message });
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const shipped = shippedSample(path);
    if (shipped !== null) return { ...readUserBytes(shipped), file };
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw refuse(
      missing ? cliMessage('fileNotFound', { path, cwd: process.cwd() }) : cliMessage('fileUnreadable', { path }),
    );
  }
  if (stat.isDirectory()) throw refuse(cliMessage('fileIsFolder', { path }));
  const tooLarge = () => refuse(cliMessage('fileTooLarge', { path, mb: MAX_FILE_BYTES / 1048576 }));
  if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw tooLarge();
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(Math.min(MAX_FILE_BYTES + 1, stat.isFile() ? stat.size + 1 : MAX_FILE_BYTES + 1));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) throw tooLarge();
    return { file, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw refuse(cliMessage('fileUnreadable', { path }));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a new file, never over an existing one (refused, naming it): the user's files are not overwritten.
 */
export function writeNewFile(path: string, bytes: Uint8Array): void {
  try {
    writeFileSync(path, bytes, { flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: path,
      ...(code === 'EEXIST' ? cliMessage('outExists', { path }) : cliMessage('fileUnreadable', { path })),
    });
  }
}

/**
 * Replaces a file's content all at once: written beside it first, then renamed over it, so that a failure leaves the
 * file as it was, byte for byte.
 */
export function replaceFile(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, bytes, { flag: 'wx' });
  renameSync(temporary, path);
}

/**
 * `samples/...` as the README and `--help` write it, when the current folder has no such file: the copy shipped with
 * the package (so the documented examples run from any folder after `npm install papi-par-engine`); null otherwise.
 */
function shippedSample(path: string): string | null {
  const parts = path.split(/[\\/]/);
  if (isAbsolute(path) || parts[0] !== 'samples' || parts.includes('..')) return null;
  const shipped = join(SAMPLES_DIR, ...parts.slice(1));
  return existsSync(shipped) ? shipped : null;
}

/**
 * The dataset a command works on, from the published one and the user's files, in this order: `--definition file.json`
 * (a methodology the product does not ship, repeatable), `--data <file.csv>` (repeatable: the dimensions file and
 * optional sub-dimension files, told apart by their d<k>_<n> columns) or `--data-dir DIR` (every
 * `papi_<year>_*.csv`, and `parindex_<year>.csv` / `sipas_<year>.csv` when present), `--par-data <file.csv>` (a full
 * PAR INDEX comparator table), `--sipas-data <file.csv>`; then the 2025-units view for `--units 2025` (weights from
 * `--unit-weights file.csv`) or a year keyed by the units. Validation is all or nothing.
 */
export function withUserData(dataset: Dataset, args: CliArgs, year: number): Dataset {
  let result = dataset;
  for (const path of options(args, 'definition')) {
    const { file, json } = readJsonFile(path);
    result = withDefinition(result, parseDefinition(json, file));
  }
  const dir = option(args, 'data-dir');
  if (dir !== undefined && options(args, 'data').length > 0) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--data-dir',
      ...cliMessage('dataDirAndData'),
    });
  }
  const folder = dir === undefined ? null : filesOfYear(dir, year);
  const par = option(args, 'par-data');
  const sipas = option(args, 'sipas-data');
  result = withYearFiles(result, {
    year,
    papi: folder?.papi ?? options(args, 'data').map(readTextFile),
    par: par === undefined ? (folder?.par ?? null) : readTextFile(par),
    sipas: sipas === undefined ? (folder?.sipas ?? null) : readTextFile(sipas),
    allowPartial: args.options['allow-partial'] === true,
  });
  const weightsPath = option(args, 'unit-weights');
  const weights = weightsPath === undefined ? null : parseUnitWeights(readTextFile(weightsPath), result.provinces);
  return withUnits(result, args, year, weights);
}

/** The files of one year in a folder (`--data-dir`): PAPI dimensions and sub-dimensions, PAR INDEX, SIPAS. */
export function filesOfYear(
  dir: string,
  year: number,
): { papi: TextFile[]; par: TextFile | null; sipas: TextFile | null } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: dir,
      ...cliMessage('folderUnreadable', { dir }),
    });
  }
  const papi = names
    .filter((n) => new RegExp(`^papi_${year}_(dimensions|d\\d+_subdimensions)\\.csv$`, 'i').test(n))
    .map((n) => readTextFile(join(dir, n)));
  const one = (name: string) => (names.includes(name) ? readTextFile(join(dir, name)) : null);
  const found = { papi, par: one(`parindex_${year}.csv`), sipas: one(`sipas_${year}.csv`) };
  if (papi.length === 0 && found.par === null && found.sipas === null) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: dir,
      ...cliMessage('folderHasNoYear', { dir, year }),
    });
  }
  return found;
}

/** A JSON file's parsed content (a byte-order mark is accepted); a syntax error names the file and where it is. */
export function readJsonFile(path: string): { file: string; json: unknown } {
  const file = readTextFile(path);
  return { file: file.file, json: parseJsonText(file) };
}

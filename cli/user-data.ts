import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { EngineError, MAX_FILE_BYTES, parseJsonText, withPapiYear, withParResults, type Dataset, type TextFile } from '../engine';
import type { CliArgs } from './command';
import { option, options } from './args';

/**
 * Reads a user file as UTF-8, bounded: a directory is refused without reading; a regular file over MAX_FILE_BYTES is
 * refused from its size before any byte is read; anything else (a device such as /dev/zero, a pipe) is read up to
 * the limit and refused past it, never to its end.
 */
export function readTextFile(path: string): TextFile {
  const file = basename(path);
  const refuse = (vi: string, en: string) => new EngineError({ code: 'INVALID_INPUT', input: path, vi, en });
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw refuse(`Không đọc được tệp "${path}".`, `Cannot read file "${path}".`);
  }
  if (stat.isDirectory()) throw refuse(`"${path}" là một thư mục, không phải tệp.`, `"${path}" is a directory, not a file.`);
  const tooLarge = () => refuse(`Tệp "${path}" lớn hơn ${MAX_FILE_BYTES / 1048576} MB: không đọc.`, `File "${path}" is larger than ${MAX_FILE_BYTES / 1048576} MB: not read.`);
  if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw tooLarge();
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(Math.min(MAX_FILE_BYTES + 1, stat.isFile() ? stat.size + 1 : MAX_FILE_BYTES + 1));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) throw tooLarge();
    return { file, text: buffer.subarray(0, length).toString('utf8') };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw refuse(`Không đọc được tệp "${path}".`, `Cannot read file "${path}".`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Applies `--data <file.csv>` (repeatable: the dimensions file and optional sub-dimension files, told apart by their
 * d<k>_<n> columns) for PAPI, or `--par-data <file.csv>` (a full comparator table) for PAR INDEX, to the published
 * dataset for the year of `--year`. Validation is all or nothing.
 */
export function withUserData(dataset: Dataset, args: CliArgs, year: number): Dataset {
  let result = dataset;
  const files = options(args, 'data').map(readTextFile);
  if (files.length > 0) {
    // Sub-dimension files have d<k>_<n> columns; the header may be comma-, semicolon- or tab-separated.
    const isSubdimensions = (f: TextFile) => /(^|[,;\t])\s*"?d\d+_\d+"?\s*([,;\t]|$)/m.test(f.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
    const main = files.filter((f) => !isSubdimensions(f));
    if (main.length !== 1) {
      throw new EngineError({ code: 'INVALID_INPUT', input: files.map((f) => f.file).join(', '), vi: `Cần đúng một tệp chỉ số nội dung (cột d1..d8) trong --data, có ${main.length}.`, en: `--data needs exactly one dimensions file (columns d1..d8), got ${main.length}.` });
    }
    result = withPapiYear(result, { dimensions: main[0]!, subdimensions: files.filter(isSubdimensions), year, allowPartial: args.options['allow-partial'] === true });
  }
  const par = option(args, 'par-data');
  if (par !== undefined) result = withParResults(result, year, readTextFile(par));
  return result;
}

/** A JSON file's parsed content (a byte-order mark is accepted); a syntax error names the file and where it is. */
export function readJsonFile(path: string): { file: string; json: unknown } {
  const file = readTextFile(path);
  return { file: file.file, json: parseJsonText(file) };
}

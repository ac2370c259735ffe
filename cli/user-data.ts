import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EngineError, parseJsonText, withPapiYear, withParResults, type Dataset, type TextFile } from '../engine';
import type { CliArgs } from './command';
import { option, options } from './args';

export function readTextFile(path: string): TextFile {
  try {
    return { file: basename(path), text: readFileSync(path, 'utf8') };
  } catch {
    throw new EngineError({ code: 'INVALID_INPUT', input: path, vi: `Không đọc được tệp "${path}".`, en: `Cannot read file "${path}".` });
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
    const isSubdimensions = (f: TextFile) => /(^|,)\s*d\d+_\d+\s*(,|$)/m.test(f.text.split(/\r?\n/, 1)[0] ?? '');
    const main = files.filter((f) => !isSubdimensions(f));
    if (main.length !== 1) {
      throw new EngineError({ code: 'INVALID_INPUT', input: files.map((f) => f.file).join(', '), vi: `Cần đúng một tệp chỉ số nội dung (cột d1..d8) trong --data, có ${main.length}.`, en: `--data needs exactly one dimensions file (columns d1..d8), got ${main.length}.` });
    }
    result = withPapiYear(result, { dimensions: main[0]!, subdimensions: files.filter(isSubdimensions), year });
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

import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dataPathOf, EngineError, loadDataset, withYearFiles, yearsOfFileNames } from '../../engine/all';
import { option, yearOption } from '../args';
import type { CliArgs, CliCommand } from '../command';
import { cliMessage, say } from '../i18n/messages';
import { OPTION, UNITS_OPTIONS } from '../options';
import { filesOfYear, readJsonFile } from '../user-data';

/** The data list of a deployed copy (the add-in reads it at run time: addin/shared/load-dataset.ts). */
const INDEX = join('data', 'index.json');
const LISTED_FILE = /^[\w.-]+\.json$/;

/** The files map a deployed copy loads today: every file its data/index.json lists, merged in order. */
function deployedFiles(dir: string): { names: string[]; files: Record<string, string> } {
  const indexPath = join(dir, INDEX);
  if (!existsSync(indexPath))
    throw new EngineError({ code: 'INVALID_INPUT', input: dir, ...cliMessage('deployedCopyMissing', { dir }) });
  const names = (readJsonFile(indexPath).json as { files?: unknown } | null)?.files;
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && LISTED_FILE.test(n)))
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: indexPath,
      ...cliMessage('deployedIndexInvalid', { file: indexPath }),
    });
  const files: Record<string, string> = {};
  for (const name of names as string[]) Object.assign(files, readJsonFile(join(dir, 'data', name)).json);
  return { names: names as string[], files };
}

/** The one year whose files the folder holds (`--year` picks one when there are several). */
function yearOfFolder(dir: string, args: CliArgs): number {
  if (option(args, 'year') !== undefined) return yearOption(args);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    throw new EngineError({ code: 'INVALID_INPUT', input: dir, ...cliMessage('folderUnreadable', { dir }) });
  }
  const years = yearsOfFileNames(names);
  if (years.length === 0)
    throw new EngineError({ code: 'INVALID_INPUT', input: dir, ...cliMessage('dataDirNoYear', { dir }) });
  if (years.length > 1)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: dir,
      ...cliMessage('dataDirManyYears', { dir, years: years.join(', ') }),
    });
  return years[0]!;
}

/** Writes a file beside its final name, then renames it into place (a reader never sees half a file). */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * `papi data add <deployed folder> --data-dir <folder>`: a newly published year added to a deployed copy of the add-in
 * without a rebuild. The year's files are validated exactly as `--data-dir` validates them for any command (all or
 * nothing, problems by file, row and column; a year from 2025 is read for the 34 units), then checked to load as the
 * add-in will load them; only then is `data/<index>-<year>.json` written and appended to `data/index.json`. A refused
 * year writes nothing, and a year already in the copy is refused.
 */
export const command: CliCommand = {
  name: 'data',
  summary: cliMessage('summaryData'),
  positionals: { max: 2, name: cliMessage('dataDeployedPlaceholder') },
  options: { 'data-dir': UNITS_OPTIONS['data-dir'], year: OPTION.year, 'allow-partial': OPTION['allow-partial'] },
  example: 'data add ./papi-addin --data-dir ./papi-2025',
  run(args) {
    const [sub, dir] = args.positionals;
    if (sub !== 'add' || dir === undefined)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: sub ?? '',
        ...cliMessage('dataSubcommand', { got: sub ?? '' }),
      });
    const source = option(args, 'data-dir');
    if (source === undefined)
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: '--data-dir',
        ...cliMessage('optionMissing', { option: '--data-dir', expected: cliMessage('optionDataDirValue') }),
      });
    const deployed = deployedFiles(dir);
    const year = yearOfFolder(source, args);
    const before = loadDataset(deployed.files);
    const file = `papi-${year}.json`;
    if (before.papi.has(year) || before.par.has(year) || before.sipas.has(year) || deployed.names.includes(file))
      throw new EngineError({ code: 'INVALID_INPUT', input: dir, ...cliMessage('yearAlreadyDeployed', { year, dir }) });
    // The same files and validation as `--data-dir <folder>` for any command (throws with every problem).
    const found = filesOfYear(source, year);
    withYearFiles(before, { year, ...found, allowPartial: args.options['allow-partial'] === true });
    const added: Record<string, string> = {};
    for (const f of [...found.papi, found.par, found.sipas])
      if (f !== null) added[dataPathOf(basename(f.file))] = f.text;
    // As the add-in will read it: the deployed files and the new ones through loadDataset.
    const papiYear = loadDataset({ ...deployed.files, ...added }).papi.get(year);
    writeAtomically(join(dir, 'data', file), JSON.stringify(added));
    writeAtomically(join(dir, INDEX), `${JSON.stringify({ files: [...deployed.names, file] }, null, 2)}\n`);
    const units = papiYear?.unitSet === 'units-2025' ? 'unitsOf2025' : 'formerProvinces';
    const json = {
      year,
      folder: dir,
      file: `data/${file}`,
      files: Object.keys(added),
      units: papiYear?.provinces.length ?? null,
      unit_set: papiYear?.unitSet ?? (papiYear ? 'former' : null),
    };
    return {
      json,
      text: (lang) =>
        say(lang, 'dataAdded', {
          year,
          dir,
          file: json.file,
          units: say(lang, units),
          files: json.files.join(', '),
        }),
    };
  },
};

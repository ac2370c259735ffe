import { EngineError, isEngineError, closestWord, type Dataset } from '../engine/all';
import { parseCommandArgs, refuseTogether } from './args';
import type { Lang } from './command';
import { commands } from './commands/index';
import { loadPublishedDataset, packageVersion } from './data-files';
import { commandHelp, overview } from './help';
import { COMMON_OPTIONS } from './options';
import { printable } from './printable';
import { both, cliMessage } from './i18n/messages';

/**
 * `papi <command> [options]`: human-readable tables in Vietnamese (default) or English (`--lang en`), or the JSON
 * contract with `--json`. Bad input exits 1 with a bilingual message naming the input (no stack trace); with --json
 * the error is a JSON object on stdout: {"error": {code, input, message_vi, message_en, suggestions, problems}}.
 */
export async function main(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
  dataset: () => Dataset = loadPublishedDataset,
): Promise<number> {
  // Read before parsing, so that a parse error is reported in the form asked for.
  const asJson = argv.includes('--json');
  const lang: Lang = argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'vi';
  const name = argv[0];
  try {
    if (name === '--version' || name === '-v') {
      out(`${packageVersion()}\n`);
      return 0;
    }
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      out(`${overview(commands, lang)}\n`);
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      const near = closestWord(
        name,
        commands.map((c) => c.name),
      );
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: name,
        suggestions: near ? [near] : [],
        ...cliMessage('commandUnknown', { name, near }),
      });
    }
    const args = parseCommandArgs(argv.slice(1), { ...command.options, ...COMMON_OPTIONS }, command.positionals);
    if (args.options.help === true) {
      out(`${commandHelp(command, lang)}\n`);
      return 0;
    }
    refuseTogether(args, command.exclusive ?? []);
    const result = await command.run(args, { dataset });
    out(asJson ? `${JSON.stringify(result.json, null, 2)}\n` : `${printable(result.text(lang))}\n`);
    return result.exitCode ?? 0;
  } catch (error) {
    if (isEngineError(error)) {
      if (asJson) out(`${JSON.stringify({ error: errorJson(error) }, null, 2)}\n`);
      else err(`${printable(errorText(error))}\n`);
      return 1;
    }
    const message = (error as Error)?.message ?? String(error);
    const unexpected = cliMessage('unexpectedError', { message });
    if (asJson)
      out(
        `${JSON.stringify({ error: { code: 'UNEXPECTED', input: null, message_vi: unexpected.vi, message_en: unexpected.en, suggestions: [], problems: [] } })}\n`,
      );
    else err(printable(`${both(cliMessage('unexpectedErrorLabel'))}: ${message}\n`));
    return 2;
  }
}

/** The --json error object. */
export function errorJson(error: EngineError): Record<string, unknown> {
  return {
    code: error.code,
    input: error.input,
    message_vi: error.vi,
    message_en: error.en,
    suggestions: error.suggestions,
    more_problems: error.moreProblems,
    problems: error.problems.map((p) => ({
      file: p.file,
      row: p.row,
      column: p.column,
      message_vi: p.vi,
      message_en: p.en,
    })),
  };
}

function errorText(error: EngineError): string {
  const problems = error.problems.map(
    (p) =>
      `  ${p.file}${p.row === null ? '' : `:${p.row}`}${p.column === null ? '' : ` [${p.column}]`}: ${p.vi} / ${p.en}`,
  );
  const label = cliMessage('errorLabel');
  return `${label.vi}: ${error.vi} ${label.en}: ${error.en}${problems.length ? `\n${problems.join('\n')}` : ''}`;
}

const isEntry =
  process.argv[1] !== undefined && /(cli[\\/]main\.(ts|js)|bin[\\/]papi\.mjs|[\\/]papi)$/.test(process.argv[1]);
if (isEntry) process.exitCode = await main(process.argv.slice(2));

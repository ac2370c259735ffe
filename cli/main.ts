import { isEngineError } from '../engine';
import { option, parseArgs } from './args';
import type { Lang } from './command';
import { commands } from './commands/index';
import { loadPublishedDataset } from './data-files';

/**
 * `papi <command> [options]`: human-readable tables in Vietnamese (default) or English (`--lang en`), or the JSON
 * contract with `--json`. Bad input exits 1 with a bilingual message naming the input (no stack trace).
 */
export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const args = parseArgs(argv);
  const lang: Lang = option(args, 'lang') === 'en' ? 'en' : 'vi';
  const name = args.positionals[0];
  const command = commands.find((c) => c.name === name);
  if (!command || args.options.help === true) {
    const usage = commands.map((c) => `  papi ${c.usage[lang]}`).join('\n');
    const text = lang === 'vi' ? `Cách dùng:\n${usage}\n\nTùy chọn chung: --json, --lang vi|en` : `Usage:\n${usage}\n\nCommon options: --json, --lang vi|en`;
    if (command || name === undefined || name === 'help') {
      out(`${text}\n`);
      return 0;
    }
    err(`Lệnh "${name}" không tồn tại. / Unknown command "${name}".\n${text}\n`);
    return 1;
  }
  try {
    const result = await command.run({ positionals: args.positionals.slice(1), options: args.options }, { dataset: loadPublishedDataset });
    out(args.options.json === true ? `${JSON.stringify(result.json, null, 2)}\n` : `${result.text(lang)}\n`);
    return result.exitCode ?? 0;
  } catch (error) {
    if (isEngineError(error)) {
      const problems = error.problems.map((p) => `  ${p.file}${p.row === null ? '' : `:${p.row}`}${p.column === null ? '' : ` [${p.column}]`}: ${p.vi} / ${p.en}`);
      err(`Lỗi: ${error.vi} Error: ${error.en}\n${problems.join('\n')}${problems.length ? '\n' : ''}`);
      return 1;
    }
    err(`Lỗi không mong đợi / Unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

const isEntry = process.argv[1] !== undefined && /(cli[\\/]main\.ts|bin[\\/]papi\.mjs|[\\/]papi)$/.test(process.argv[1]);
if (isEntry) process.exitCode = await main(process.argv.slice(2));

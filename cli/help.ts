import type { CliCommand, Lang } from './command';
import { COMMON_OPTIONS, type OptionTable } from './options';

const optionLines = (table: OptionTable, lang: Lang) =>
  Object.entries(table).map(([name, spec]) => {
    const head = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value?.[lang] ?? '<…>'}` : ''}`;
    const repeat =
      spec.multiple && !/lặp lại|repeatable/.test(spec.help[lang])
        ? lang === 'vi'
          ? ' (lặp lại được)'
          : ' (repeatable)'
        : '';
    return `  ${head.padEnd(28)} ${spec.help[lang]}${repeat}`;
  });

/** `papi <command> --help`: what it does, every option it takes, one example. */
export function commandHelp(command: CliCommand, lang: Lang): string {
  const positional = command.positionals?.name ? ` <${command.positionals.name[lang]}>` : '';
  return [
    `papi ${command.name}${positional} [${lang === 'vi' ? 'tùy chọn' : 'options'}]`,
    command.summary[lang],
    '',
    lang === 'vi' ? 'Tùy chọn:' : 'Options:',
    ...optionLines(command.options, lang),
    ...optionLines(COMMON_OPTIONS, lang),
    ...(command.exclusive?.length
      ? [
          '',
          `${lang === 'vi' ? 'Không dùng cùng nhau' : 'Not together'}: ${command.exclusive.map(([a, b]) => `--${a} / --${b}`).join('; ')}`,
        ]
      : []),
    '',
    `${lang === 'vi' ? 'Ví dụ' : 'Example'}: papi ${command.example}`,
  ].join('\n');
}

/** `papi --help`: the commands, one line each. */
export function overview(commands: readonly CliCommand[], lang: Lang): string {
  return [
    lang === 'vi'
      ? 'Cách dùng: papi <lệnh> [tùy chọn]   (papi <lệnh> --help: chi tiết một lệnh)'
      : 'Usage: papi <command> [options]   (papi <command> --help: one command in detail)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary[lang]}`),
    '',
    lang === 'vi' ? 'Tùy chọn chung: --json, --lang vi|en, --help' : 'Common options: --json, --lang vi|en, --help',
  ].join('\n');
}

import type { CliCommand, Lang } from './command';
import { say } from './i18n/messages';
import { COMMON_OPTIONS, type OptionTable } from './options';

const optionLines = (table: OptionTable, lang: Lang) =>
  Object.entries(table).map(([name, spec]) => {
    const head = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value?.[lang] ?? '<…>'}` : ''}`;
    const repeat = spec.multiple && !/lặp lại|repeatable/.test(spec.help[lang]) ? say(lang, 'repeatable') : '';
    return `  ${head.padEnd(28)} ${spec.help[lang]}${repeat}`;
  });

/** `papi <command> --help`: what it does, every option it takes, one example. */
export function commandHelp(command: CliCommand, lang: Lang): string {
  const positional = command.positionals?.name ? ` <${command.positionals.name[lang]}>` : '';
  return [
    `papi ${command.name}${positional} [${say(lang, 'optionsWord')}]`,
    command.summary[lang],
    '',
    say(lang, 'optionsHeading'),
    ...optionLines(command.options, lang),
    ...optionLines(COMMON_OPTIONS, lang),
    ...(command.exclusive?.length
      ? ['', `${say(lang, 'notTogether')}: ${command.exclusive.map(([a, b]) => `--${a} / --${b}`).join('; ')}`]
      : []),
    '',
    `${say(lang, 'exampleWord')}: papi ${command.example}`,
  ].join('\n');
}

/** `papi --help`: the commands, one line each. */
export function overview(commands: readonly CliCommand[], lang: Lang): string {
  return [
    say(lang, 'usage'),
    '',
    ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary[lang]}`),
    '',
    say(lang, 'commonOptions'),
  ].join('\n');
}

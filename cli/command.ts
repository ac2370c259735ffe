import type { Dataset } from '../engine';
import type { PositionalSpec } from './args';
import type { OptionTable } from './options';

export type Lang = 'vi' | 'en';

/** Parsed command line: positional arguments and --options (repeatable options collect into arrays). */
export interface CliArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true | readonly string[]>>;
}

/** What a command gives back: the JSON object of the --json contract and a human-readable table in either language. */
export interface CommandResult {
  readonly json: unknown;
  readonly text: (lang: Lang) => string;
  /** exit status when not 0 (e.g. 130: interrupted by Ctrl-C, a partial result was printed) */
  readonly exitCode?: number;
}

/**
 * One `papi <name>` command. It declares every option it accepts (the parser refuses the rest), the options that
 * exclude each other, and one example; `run` reads its options, calls engine functions and returns the result; it
 * throws EngineError for bad input (main.ts prints the bilingual message and exits 1). Commands do no arithmetic of
 * their own beyond formatting.
 */
export interface CliCommand {
  readonly name: string;
  readonly summary: { readonly vi: string; readonly en: string };
  /** every option the command accepts, besides the common --json, --lang and --help */
  readonly options: OptionTable;
  readonly positionals?: PositionalSpec;
  /** pairs of options that cannot be given together */
  readonly exclusive?: readonly (readonly [string, string])[];
  /** one complete example, without the leading `papi` */
  readonly example: string;
  readonly run: (args: CliArgs, context: { readonly dataset: () => Dataset }) => CommandResult | Promise<CommandResult>;
}

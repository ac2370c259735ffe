import type { CliCommand } from '../command';
import { command as provinces } from './provinces';
import { command as ranking } from './ranking';
import { command as score } from './score';

/** Every `papi` command, in the order `papi --help` lists them. */
export const commands: readonly CliCommand[] = [score, ranking, provinces];

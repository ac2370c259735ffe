import type { CliCommand } from '../command';
import { command as provinces } from './provinces';
import { command as ranking } from './ranking';
import { command as score } from './score';
import { command as simulate } from './simulate';
import { command as target } from './target';
import { command as chance } from './chance';
import { command as sensitivity } from './sensitivity';
import { command as plan } from './plan';
import { command as backtest } from './backtest';
import { command as internal } from './internal';
import { command as data } from './data';

/** Every `papi` command, in the order `papi --help` lists them. */
export const commands: readonly CliCommand[] = [
  score,
  ranking,
  simulate,
  target,
  sensitivity,
  chance,
  plan,
  backtest,
  internal,
  provinces,
  data,
];

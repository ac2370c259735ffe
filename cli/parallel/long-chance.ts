// `papi chance` for long runs: above LONG_RUN iterations the Monte Carlo runs on every core (rank-pool.ts), shows its
// progress on stderr, and Ctrl-C (SIGINT) stops it cleanly with the result of the iterations completed, marked partial.
// Shorter runs take a second or two on one thread and go straight to rankChance.
import {
  chanceFromCounts,
  planChance,
  rankChance,
  type ChanceQuery,
  type ChanceResult,
  type Dataset,
} from '../../engine';
import { both, cliMessage } from '../i18n/messages';
import { createRankPool } from './rank-pool';

/** Runs longer than this (iterations) show progress and can be interrupted. */
export const LONG_RUN = 1_000_000;

export interface LongRunHost {
  /** where progress goes (stderr) */
  readonly progress: (text: string) => void;
  /** whether progress may redraw one line (a terminal) rather than print a line per tenth */
  readonly redraw: boolean;
  /** workers to use (default: every core) */
  readonly workers?: number;
}

const defaultHost: LongRunHost = {
  progress: (text) => process.stderr.write(text),
  redraw: process.stderr.isTTY === true,
};

/** rankChance, on every core with progress and Ctrl-C for a long run; `partial` is set when interrupted. */
export async function chanceWithProgress(
  dataset: Dataset,
  query: ChanceQuery,
  host: LongRunHost = defaultHost,
): Promise<ChanceResult> {
  const plan = planChance(dataset, query);
  const total = plan.options.iterations;
  if (total <= LONG_RUN) return rankChance(dataset, query);
  const pool = createRankPool(host.workers);
  let interrupted = false;
  // Every Ctrl-C while the run lasts asks for the same clean stop (a second one does not kill the partial result).
  const onSigint = () => {
    if (!interrupted) host.progress(`\n${both(cliMessage('stoppingOnRequest'))}\n`);
    interrupted = true;
    pool.stop();
  };
  process.on('SIGINT', onSigint);
  let shownTenth = -1;
  let lastDraw = 0;
  const show = (done: number) => {
    const percent = Math.floor((done / total) * 100);
    const line = `${both(cliMessage('simulatingLabel'))}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${percent}%)`;
    if (host.redraw) {
      const now = Date.now();
      if (now - lastDraw < 200 && done < total) return;
      lastDraw = now;
      host.progress(`\r${line}`);
    } else if (Math.floor(percent / 10) > shownTenth) {
      shownTenth = Math.floor(percent / 10);
      host.progress(`${line}\n`);
    }
  };
  try {
    show(0);
    const counts = await pool.run(plan.model, plan.options, { onProgress: show, chunk: 10_000 });
    if (host.redraw) host.progress('\n');
    if (counts.stopped && !interrupted) throw new Error('the Monte Carlo stopped early');
    return chanceFromCounts(plan, counts);
  } finally {
    process.off('SIGINT', onSigint);
    await pool.close();
  }
}

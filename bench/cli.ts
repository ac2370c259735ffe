// Bench row for the command line as a whole process (called from bench/run.ts): `papi score` from the installed
// package (npm pack + npm install into an empty folder: compiled JavaScript, plain Node) against today's source path
// (bin/papi.mjs through tsx, compiling TypeScript at start), measured alternately in the same run.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { packAndInstall } from '../scripts/install-package';
import type { BenchRow } from './timing';

const REPS = 7;
const ARGS = ['score', '--index', 'papi', '--year', '2019', '--province', 'An Giang', '--json'];
const TARGET_SECONDS = 0.4;

function wallSeconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

export async function cliBench(): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const installed = packAndInstall();
  const source = join(process.cwd(), 'bin', 'papi.mjs');
  const runInstalled = () => execFileSync(installed.bin, ARGS, { cwd: installed.dir, stdio: 'pipe' });
  const runSource = () => execFileSync(process.execPath, [source, ...ARGS], { stdio: 'pipe' });
  runInstalled();
  runSource();
  const runNode = () => execFileSync(process.execPath, ['-e', '0'], { stdio: 'pipe' });
  const packaged: number[] = [];
  const tsx: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < REPS; i++) {
    packaged.push(wallSeconds(runInstalled));
    tsx.push(wallSeconds(runSource));
    bare.push(wallSeconds(runNode));
  }
  const measured = median(packaged);
  const baseline = median(tsx);
  return {
    rows: [
      {
        name: `CLI: \`papi score\` whole process, installed package (n=${REPS})`,
        measured: `${measured.toFixed(2)} s`,
        baseline: `${baseline.toFixed(2)} s (tsx, sources)`,
        ratio: `${(baseline / measured).toFixed(1)}x`,
        target: `< ${TARGET_SECONDS} s`,
        ok: measured < TARGET_SECONDS ? 'yes' : 'no',
      },
    ],
    notes: [
      `CLI: node_modules/.bin/papi in a folder where the npm pack tarball was installed offline (no dev dependencies), alternated with node bin/papi.mjs (tsx) from the sources; wall time of the whole process including Node start-up and loading the published data. Node start-up alone (\`node -e 0\`) took ${median(bare).toFixed(2)} s in the same run.`,
    ],
  };
}

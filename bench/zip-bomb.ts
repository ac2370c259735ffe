// Bench case for the archive limits (called from bench/internal.ts): a 1 MB zip that expands to 1 GiB, handed to the
// returned-files reader in a fresh process (bench/zip-bomb-child.ts: time and peak memory of that process), once
// with honest sizes (refused from the directory) and once lying about its size (stopped while expanding). Baseline:
// what expanding it at all costs, at its cheapest: Node's zlib streaming the member and dropping every byte (constant
// memory; the reader before the limits held it all, 38 s and 2.2 GB in the issue).
import { execFileSync } from 'node:child_process';
import { createInflateRaw } from 'node:zlib';
import { zipBomb } from './zip-bomb-file';
import type { BenchRow } from './timing';

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x >= 100 ? 0 : 1)} ms`);

function child(...args: string[]): { ms: number; refused: string; maxRssMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/zip-bomb-child.ts', ...args], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** The cheapest full expansion: the member's deflate data streamed through zlib, output counted and dropped. */
async function inflateAll(bomb: Uint8Array): Promise<{ ms: number; bytes: number }> {
  const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
  const start = 30 + view.getUint16(26, true);
  const data = bomb.subarray(start, start + view.getUint32(18, true));
  const started = performance.now();
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => (bytes += chunk.length));
    inflate.on('end', resolve);
    inflate.on('error', reject);
    inflate.end(data);
  });
  return { ms: performance.now() - started, bytes };
}

export async function zipBombBench(progress: (line: string) => void): Promise<{ rows: BenchRow[]; notes: string[] }> {
  progress('internal index: a 1 GiB zip bomb (1 MB), refused in a fresh process');
  const bomb = zipBomb(1024);
  const baseline = await inflateAll(bomb);
  const honest = child();
  const lying = child('--lie');
  const row = (name: string, r: { ms: number; maxRssMb: number }): BenchRow => ({
    name,
    measured: `${ms(r.ms)} (n=1), peak ${Math.round(r.maxRssMb)} MB`,
    baseline: `${ms(baseline.ms)} (n=1)`,
    ratio: `${(baseline.ms / r.ms).toFixed(0)}×`,
    target: '< 1 s, < 200 MB',
    ok: r.ms < 1000 && r.maxRssMb < 200 ? 'yes' : 'NO',
  });
  return {
    rows: [
      row(
        '7b. Internal index, a 1 MB .zip expanding to 1 GiB refused (readReturnedFiles; baseline: zlib inflating it, output dropped)',
        honest,
      ),
      row('7c. The same bomb declaring 4 KB (stopped while expanding; same baseline)', lying),
    ],
    notes: [
      `case 7b/7c: bomb of ${(bomb.length / 1048576).toFixed(2)} MB expanding to ${(baseline.bytes / 1073741824).toFixed(2)} GiB; refusals: "${honest.refused}" / "${lying.refused}". Peak = the child process's maxRSS (Node and tsx included).`,
    ],
  };
}

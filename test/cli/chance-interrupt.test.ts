import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rankChance, trackRecordNote } from '../../engine';
import { dataset } from '../helpers/published';

const ARGS = [
  'bin/papi.mjs',
  'chance',
  '--year',
  '2019',
  '--province',
  'An Giang',
  '--rank',
  '20',
  '--seed',
  '3',
  '--json',
];

/** Runs the real CLI in its own process; `interrupt` decides, from stderr so far, when to send SIGINT. */
function papi(
  iterations: number,
  interrupt?: (stderr: string) => boolean,
): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [...ARGS, '--iterations', String(iterations)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setInterval> | undefined;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      // Ctrl-C, repeated until the CLI says it is stopping (a signal can be lost on a loaded machine; every one
      // asks for the same clean stop)
      if (timer === undefined && interrupt?.(err)) {
        const press = () => (/Stopping on request/.test(err) ? clearInterval(timer) : child.kill('SIGINT'));
        timer = setInterval(press, 500);
        press();
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, out, err });
    });
  });
}

describe('papi chance: long runs (above 1,000,000 iterations) on every core, with progress and Ctrl-C', () => {
  it('Ctrl-C stops cleanly: exit 130, the result of the iterations completed, marked partial', async () => {
    // interrupted once progress is reported (non-terminal stderr: one progress line per tenth)
    const r = await papi(9_000_000, (err) => /Simulating: [1-9][\d,]* \/ 9,000,000/.test(err));
    expect(r.signal).toBeNull();
    expect([r.code, r.err]).toEqual([130, expect.stringContaining('Stopping on request')]);
    expect(r.err).toMatch(/Đang dừng theo yêu cầu \(Ctrl-C\).*Stopping on request \(Ctrl-C\)/);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ partial: true, requested_iterations: 9_000_000, seed: 3 });
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.iterations).toBeLessThan(9_000_000);
    expect(result.probability).toBeGreaterThan(0.2);
    expect(result.probability).toBeLessThan(0.6);
  }, 180_000);

  it('an uninterrupted long run reports progress to 100% and equals rankChance on one thread', async () => {
    const r = await papi(1_002_000);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Simulating: 0 \/ 1,002,000 \(0%\)/);
    expect(r.err).toMatch(/Simulating: 1,002,000 \/ 1,002,000 \(100%\)/);
    const result = JSON.parse(r.out);
    expect(result.partial).toBeUndefined();
    const single = rankChance(dataset, {
      year: 2019,
      province: 'An Giang',
      goal: { rank: 20 },
      seed: 3,
      iterations: 1_002_000,
    });
    expect(result).toEqual({
      ...JSON.parse(JSON.stringify(single)),
      province: 'An Giang',
      gso_code: '89',
      units: 63,
      track_record: trackRecordNote(false),
    });
  }, 180_000);
});

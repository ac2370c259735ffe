import { expect } from 'vitest';
import { main } from '../../cli/main';

/** Runs `papi <argv>` in-process and collects its output and exit code. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

/** Runs with --json, expects success, and parses the output. */
export async function json(...argv: string[]) {
  const result = await run(...argv, '--json');
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
}

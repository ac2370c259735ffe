import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('scripts/make-internal-samples.ts', () => {
  it('re-running the seeded script writes exactly the committed sample files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'internal-samples-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-internal-samples.ts', dir], { stdio: 'pipe' });
      const written = readdirSync(dir).sort();
      expect(written).toEqual(
        readdirSync('samples/internal')
          .filter((f) => f.endsWith('.csv'))
          .sort(),
      );
      for (const name of written)
        expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join('samples/internal', name), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

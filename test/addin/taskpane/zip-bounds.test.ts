import { execFileSync } from 'node:child_process';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZIP_LIMITS, zipMemberBytes, zipMembers, ZipRefused } from '../../../addin/taskpane/actions/zip-bounds';

/** The bomb handed to the returned-files reader in a fresh process: its outcome, time and peak memory. */
function inChild(...args: string[]): { bytes: number; ms: number; refused: string; maxRssMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/zip-bomb-child.ts', ...args], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('archives are checked before they are expanded', () => {
  it('a 1 MB zip that expands to 1 GiB is refused from its directory in under a second, the process under 200 MB', () => {
    const result = inChild();
    expect(result.bytes).toBeLessThan(1.1 * 1048576);
    expect(result.refused).toBe(`bomb.zip expands to more than ${ZIP_LIMITS.total / 1048576} MB: not expanded`);
    expect(result.ms).toBeLessThan(1000);
    expect(result.maxRssMb).toBeLessThan(200);
  });

  it('the same bomb lying about its size (4 KB declared) is stopped once it passes 4 KB, as a .zip or as an .xlsx', () => {
    for (const args of [['--lie'], ['--lie', '--xlsx']]) {
      const result = inChild(...args);
      expect(result.refused).toMatch(/expands past its declared size \(4096 bytes\): not expanded/);
      expect(result.ms).toBeLessThan(1000);
      expect(result.maxRssMb).toBeLessThan(200);
    }
  });

  it('members are counted, paths and nesting checked, from the directory alone', () => {
    const many = zipSync(
      Object.fromEntries(Array.from({ length: ZIP_LIMITS.members + 1 }, (_, i) => [`${i}.xlsx`, new Uint8Array(1)])),
    );
    expect(() => zipMembers('many.zip', many)).toThrow(/holds 5001 files, over the limit of 5000/);
    const absolute = zipSync({ '/etc/x.xlsx': new Uint8Array(1) });
    expect(() => zipMembers('abs.zip', absolute)).toThrow(/absolute or "\.\." path/);
    expect(() => zipMembers('n.zip', zipSync({ 'a.rar': new Uint8Array(1) }))).toThrow(/archive inside the archive/);
    expect(() => zipMembers('x.zip', new TextEncoder().encode('PK not really'))).toThrow(ZipRefused);
  });

  it('an ordinary archive expands to exactly its members', () => {
    const text = new TextEncoder().encode('a'.repeat(100_000));
    const zip = zipSync({ 'a.xlsx': text, 'b.xlsx': new Uint8Array([1, 2, 3]) });
    const members = zipMembers('ok.zip', zip);
    expect(members.map((m) => [m.name, m.size])).toEqual([
      ['a.xlsx', 100_000],
      ['b.xlsx', 3],
    ]);
    expect(zipMemberBytes('ok.zip', zip, members[0]!)).toEqual(text);
    expect([...zipMemberBytes('ok.zip', zip, members[1]!)]).toEqual([1, 2, 3]);
  });
});

// manifest.xml checked offline with test/helpers/manifest-checks.ts (structure, order, shared runtime, resids, every URL
// under the base and served by the build, vi-vn overrides), and the build's manifest for another host (--base-url).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, checkBaseUrl, LOCALHOST_BASE, manifestFor, packageVersion } from '../../scripts/build';
import { manifestProblems } from '../helpers/manifest-checks';

const BUILD_SCRIPT = join(import.meta.dirname, '../../scripts/build.ts');
const MANIFEST = readFileSync(join(import.meta.dirname, '../../manifest.xml'), 'utf8');
let files: Readonly<Record<string, number>> = {};
let outDir = '';

beforeAll(async () => {
  // The whole add-in as `npm run build` makes it (task pane included), so every URL can be checked against it.
  const result = await build({ outDir: mkdtempSync(join(tmpdir(), 'papi-manifest-')), officeLocal: false });
  files = result.files;
  outDir = result.outDir;
});

describe('manifest.xml', () => {
  it('has no structural problem and every URL names a file of the build', () => {
    expect(manifestProblems(MANIFEST, (p) => files[p] !== undefined)).toEqual([]);
  });

  it("is written into the build for https://localhost:3000/ with package.json's version", () => {
    const built = readFileSync(join(outDir, 'manifest.xml'), 'utf8');
    const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version;
    expect(built).toContain(`<Version>${version}.0</Version>`);
    expect(built).toBe(MANIFEST.replace('<Version>0.0.0.0</Version>', `<Version>${version}.0</Version>`));
  });

  it('serves the icons it names as PNG files', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(outDir, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
});

describe('a build for another host (--base-url)', () => {
  const BASE = 'https://example.test/tools/papi/';
  const manifest = () => manifestFor(MANIFEST, checkBaseUrl(BASE), packageVersion());

  it('puts every URL under the base, each naming a file of the build; Id unchanged', () => {
    const xml = manifest();
    expect(manifestProblems(xml, (p) => files[p] !== undefined, BASE)).toEqual([]);
    expect(xml).not.toMatch(/Value="https:\/\/localhost/);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(/<Id>([^<]*)<\/Id>/.exec(xml)![1]).toBe(/<Id>([^<]*)<\/Id>/.exec(MANIFEST)![1]);
    // the checker would see a URL left on localhost
    expect(
      manifestProblems(xml.replace(`${BASE}functions.js`, `${LOCALHOST_BASE}functions.js`), undefined, BASE),
    ).toContain(`URL ${LOCALHOST_BASE}functions.js is not on ${BASE}`);
  });

  it('adds the final "/", accepts http only for localhost, refuses the rest in both languages', () => {
    expect(checkBaseUrl('https://example.test/tools/papi')).toBe(BASE);
    expect(checkBaseUrl('http://localhost:8080/x/')).toBe('http://localhost:8080/x/');
    for (const bad of ['http://example.test/papi/', 'ftp://example.test/', 'example.test/papi', 'https://x.test/?a=1'])
      expect(() => checkBaseUrl(bad), bad).toThrow(new RegExp(`"${bad.replace(/[?./]/g, '\\$&')}".* / `));
    expect(() => checkBaseUrl('http://example.test/')).toThrow(/cần một địa chỉ https:\/\/.*needs a full https:\/\//);
  });

  it('npm run build -- --base-url http://example.test/ exits 1 with the bilingual message', () => {
    let result: { status: number | null; stderr: string } = { status: 0, stderr: '' };
    try {
      execFileSync(process.execPath, ['--import', 'tsx', BUILD_SCRIPT, '--base-url', 'http://example.test/'], {
        cwd: join(import.meta.dirname, '../..'),
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      result = error as { status: number; stderr: string };
    }
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('needs a full https:// address');
    expect(result.stderr).toContain('cần một địa chỉ https://');
  });
});

describe('the manifest checker catches', () => {
  const broken = (from: string | RegExp, to: string) => {
    const xml = MANIFEST.replace(from, to);
    expect(xml).not.toBe(MANIFEST);
    return manifestProblems(xml);
  };

  it('Runtimes not first under Host', () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(MANIFEST)![0];
    const moved = MANIFEST.replace(runtimes, '').replace('</DesktopFormFactor>', `</DesktopFormFactor>${runtimes}`);
    expect(manifestProblems(moved)).toContain('<Runtimes> must be the first element under <Host>');
  });

  it('top-level elements out of order', () => {
    const version = /\s*<Version>[^<]*<\/Version>/.exec(MANIFEST)![0];
    expect(
      manifestProblems(MANIFEST.replace(version, '').replace('</ProviderName>', `</ProviderName>${version}`)),
    ).toContain('OfficeApp: <Version> must come before <ProviderName>');
  });

  it('a missing SharedRuntime requirement, an undefined resid, a URL elsewhere, a missing vi-vn override', () => {
    expect(broken(/\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, '')).toContain(
      'Requirements must include SharedRuntime 1.1',
    );
    expect(broken('resid="PapiGroup.Label"', 'resid="Group.Label"')).toContain(
      'resid "Group.Label" is not defined in Resources',
    );
    expect(broken('https://localhost:3000/functions.js', 'https://example.org/functions.js')).toContain(
      'URL https://example.org/functions.js is not on https://localhost:3000/',
    );
    expect(broken(/\s*<bt:Override Locale="vi-vn" Value="Kịch bản"\/>/, '')).toContain(
      'string TaskpaneButton.Label has no vi-vn override',
    );
    expect(broken('functions-vi.json', 'functions.json')).toContain(
      'the functions metadata must be functions.json with a vi-vn override to functions-vi.json',
    );
  });

  it('a bad Id or Version, and a URL the build does not serve', () => {
    expect(broken(/<Id>[^<]*<\/Id>/, '<Id>papi-addin</Id>')).toContain('Id must be a GUID');
    expect(broken('<Version>0.0.0.0</Version>', '<Version>1.0.0.0.1</Version>')).toContain(
      'Version must look like 1.0.0.0',
    );
    expect(manifestProblems(MANIFEST, (p) => p !== 'functions-vi.json')).toContain(
      'URL https://localhost:3000/functions-vi.json names a file the build does not produce',
    );
  });
});

// The engine as an installable package: `npm pack`, install the tarball into an empty folder offline with no dev
// dependencies, then use it from plain Node (no TypeScript toolchain at run time) and through `npx papi`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FLAGS } from '../e2e/pane-browser';
import { packAndInstall, type InstalledPackage } from '../../scripts/install-package';
import { NODE_VALUES, PUBLIC_VALUES, sorted } from '../helpers/public-api';
import { unitWorkbook } from '../../addin/taskpane/actions/internal-workbook';
import { parseCriteriaSet, parseScores, parseUnits, UNIT_SHEET_NAME } from '../../engine/all';

let installed: InstalledPackage;

beforeAll(() => {
  installed = packAndInstall();
}, 300_000);

const node = (script: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: installed.dir,
    encoding: 'utf8',
    stdio: 'pipe',
  });

describe('npm pack → npm install <tarball> in an empty folder', () => {
  it('installs no TypeScript toolchain and no other package', () => {
    expect(readdirSync(join(installed.dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'papi-par-engine',
    ]);
    const shipped = join(installed.dir, 'node_modules', 'papi-par-engine');
    expect(existsSync(join(shipped, 'dist', 'pkg', 'index.js'))).toBe(true);
    expect(existsSync(join(shipped, 'data', 'papi', 'papi_2019_dimensions.csv'))).toBe(true);
    expect(existsSync(join(shipped, 'cli'))).toBe(false); // no TypeScript sources
  });

  it('plain Node imports papiProfile and loadPublishedDataset from the package', () => {
    const out = node(`
      import { papiProfile, loadPublishedDataset } from 'papi-par-engine';
      const p = papiProfile(loadPublishedDataset(), { year: 2019, province: 'An Giang' });
      console.log(JSON.stringify({ rank: p.total.rank, of: p.total.of, group: p.total.group, total: p.total.score }));`);
    expect(JSON.parse(out)).toMatchObject({ rank: 21, of: 63, group: 'high-average' });
    expect(JSON.parse(out).total).toBeCloseTo(44.37, 2);
  });

  it('both entries export exactly the documented public API, and internals are not reachable', () => {
    const keys = (entry: string) =>
      JSON.parse(node(`const m = await import('${entry}'); console.log(JSON.stringify(Object.keys(m).sort()));`));
    expect(keys('papi-par-engine/engine')).toEqual(sorted(PUBLIC_VALUES));
    expect(keys('papi-par-engine')).toEqual(sorted([...PUBLIC_VALUES, ...NODE_VALUES]));
    expect(
      node(`import { papiTotal } from 'papi-par-engine/engine'; console.log(papiTotal([5, 5, 5, 5, 5, 5, 5, 5.5]));`),
    ).toBe('40.5\n');
    const chunk = readdirSync(join(installed.dir, 'node_modules', 'papi-par-engine', 'dist', 'pkg', 'chunks'))[0]!;
    for (const internal of [
      'papi-par-engine/dist/pkg/cli.js',
      `papi-par-engine/dist/pkg/chunks/${chunk}`,
      'papi-par-engine/engine/all',
      'papi-par-engine/engine/simulation/rank-stream',
    ]) {
      expect(() => node(`await import('${internal}');`), internal).toThrow(
        /ERR_PACKAGE_PATH_NOT_EXPORTED|not exported/,
      );
    }
  });

  it('ships type declarations that a TypeScript project resolves', () => {
    writeFileSync(
      join(installed.dir, 'check.ts'),
      `import { papiProfile, loadPublishedDataset, type PapiProfile } from 'papi-par-engine';
const profile: PapiProfile = papiProfile(loadPublishedDataset(), { year: 2019, province: 'An Giang' });
const rank: number | null = profile.total.rank;
// @ts-expect-error the year is a number
papiProfile(loadPublishedDataset(), { year: '2019', province: 'An Giang' });
// @ts-expect-error internal helpers are not exported
import { blockState } from 'papi-par-engine';
// @ts-expect-error internal helpers are not exported
import { readCsv } from 'papi-par-engine/engine';
export { rank };
`,
    );
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--types',
      'node',
      '--typeRoots',
      join(process.cwd(), 'node_modules', '@types'),
      'check.ts',
    ];
    expect(() =>
      execFileSync(process.execPath, [tsc, ...args], { cwd: installed.dir, encoding: 'utf8' }),
    ).not.toThrow();
  }, 120_000);

  it('npx papi score --index papi --year 2019 --province "An Giang" --json runs the compiled CLI', () => {
    const out = execFileSync(
      'npx',
      ['papi', 'score', '--index', 'papi', '--year', '2019', '--province', 'An Giang', '--json'],
      {
        cwd: installed.dir,
        encoding: 'utf8',
        env: { ...process.env, npm_config_loglevel: 'error', npm_config_offline: 'true' },
      },
    );
    expect(JSON.parse(out)).toMatchObject({
      province: 'An Giang',
      year: 2019,
      rank: 21,
      of: 63,
      group: 'high-average',
    });
    const bad = (() => {
      try {
        execFileSync(installed.bin, ['score', '--year', '2019', '--provnce', 'An Giang'], {
          cwd: installed.dir,
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return null;
      } catch (error) {
        return error as { status: number; stderr: string };
      }
    })();
    expect(bad?.status).toBe(1);
    expect(bad?.stderr).toMatch(/Did you mean --province\?/);
  });

  it('ships LICENSE (MIT and the bundled data sources) and says so in package.json', () => {
    const shipped = join(installed.dir, 'node_modules', 'papi-par-engine');
    const license = readFileSync(join(shipped, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License/);
    for (const source of [
      'data/papi/',
      'data/parindex/',
      'data/provinces/',
      'data/pci/',
      'CECODES, RTA and UNDP',
      'VCCI',
    ])
      expect(license).toContain(source);
    expect(JSON.parse(readFileSync(join(shipped, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it('the README sample command runs from an empty folder; a missing file is "not found"; papi --version', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const sample = /npx papi (plan\s+samples\/\S+\.json)/.exec(readme)![1]!.split(/\s+/);
    expect(existsSync(join(installed.dir, 'samples'))).toBe(false);
    const out = execFileSync(installed.bin, [...sample, '--json'], { cwd: installed.dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ province: 'An Giang', units: 2025 });
    let failed: { status: number; stderr: string } | null = null;
    try {
      execFileSync(installed.bin, ['plan', 'samples/no-such-plan.json'], { cwd: installed.dir, stdio: 'pipe' });
    } catch (error) {
      failed = error as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(1);
    expect(String(failed?.stderr)).toContain('Không tìm thấy tệp "samples/no-such-plan.json"');
    expect(String(failed?.stderr)).toContain('File "samples/no-such-plan.json" not found');
    const version = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version;
    expect(execFileSync(installed.bin, ['--version'], { cwd: installed.dir, encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it('papi-par-engine/engine bundles for a browser (esbuild) and runs papiProfile in Chromium', async () => {
    const result = await build({
      absWorkingDir: installed.dir,
      stdin: {
        contents: `import { loadDataset, papiProfile } from 'papi-par-engine/engine';
          window.profile = (files) => papiProfile(loadDataset(files), { year: 2019, province: 'An Giang' }).total;`,
        resolveDir: installed.dir,
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const bundle = result.outputFiles[0]!.text;
    expect(bundle).not.toMatch(/node:module|createRequire/);
    const files = JSON.parse(
      node(`import { readDataFiles } from 'papi-par-engine'; console.log(JSON.stringify(readDataFiles()));`),
    );
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: bundle });
      const total = await page.evaluate(
        (f) => (window as unknown as { profile: (x: unknown) => unknown }).profile(f),
        files,
      );
      expect(total).toMatchObject({ rank: 21, of: 63, group: 'high-average' });
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('a TypeScript project with the default module resolution finds the engine entry (typesVersions)', () => {
    writeFileSync(
      join(installed.dir, 'check-default.ts'),
      `import { papiTotal } from 'papi-par-engine/engine';\nconst total: number | null = papiTotal([5, 5, 5, 5, 5, 5, 5, 5.5]);\nexport { total };\n`,
    );
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--types',
      'node',
      '--typeRoots',
      join(process.cwd(), 'node_modules', '@types'),
      'check-default.ts',
    ];
    expect(() =>
      execFileSync(process.execPath, [tsc, ...args], { cwd: installed.dir, encoding: 'utf8' }),
    ).not.toThrow();
  }, 120_000);

  it('the internal index cycle without Excel runs from the installed package: workbook → sheets → consolidate → results', async () => {
    // exceljs is not a dependency of the package: it must be bundled (a dynamic import the build could miss)
    const S = join(process.cwd(), 'samples', 'internal');
    const sample = (name: string) => ({ file: name, text: readFileSync(join(S, name), 'utf8') });
    const set = parseCriteriaSet(sample('criteria-departments.csv'));
    const units = parseUnits(sample('units.csv'));
    const scores = parseScores(sample('scores-departments-2025.csv'), set, units);
    const departments = units.filter((u) => u.kind === 'so_ban_nganh');
    const papi = (...args: string[]) =>
      execFileSync(installed.bin, [...args, '--json'], { cwd: installed.dir, encoding: 'utf8', stdio: 'pipe' });
    const definition = ['--definition', join(S, 'criteria-departments.csv'), '--units', join(S, 'units.csv')];
    const cycle = join(installed.dir, 'cycle');
    mkdirSync(cycle);
    const master = join(cycle, 'master.xlsx');
    papi('internal', 'workbook', ...definition, '--out', master);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(master) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Định nghĩa', 'Đơn vị', 'Điểm']);

    const zip = join(cycle, 'sheets.zip');
    expect(JSON.parse(papi('internal', 'sheets', ...definition, '--out', zip)).units).toEqual(
      departments.map((u) => u.unit),
    );
    const inside = unzipSync(readFileSync(zip));
    expect(Object.keys(inside)).toHaveLength(departments.length);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(inside[`${departments[0]!.unit}.xlsx`] as never);
    expect(sheet.getWorksheet(UNIT_SHEET_NAME)!.getCell('B2').value).toBe(departments[0]!.unit);

    // the units return their sheets filled in (the sample scores); two batches
    const returned = async (codes: readonly string[]) => {
      const paths: string[] = [];
      for (const code of codes) {
        const path = join(cycle, `${code}.xlsx`);
        const unit = departments.find((u) => u.unit === code)!;
        writeFileSync(path, await unitWorkbook(set, unit, scores.byUnit.get(code)));
        paths.push(path);
      }
      return paths;
    };
    const codes = departments.map((u) => u.unit);
    const first = JSON.parse(
      papi('internal', 'consolidate', '--master', master, ...(await returned(codes.slice(0, 5)))),
    );
    expect([first.written, first.new_units.length]).toEqual([true, 5]);
    const second = JSON.parse(papi('internal', 'consolidate', '--master', master, ...(await returned(codes.slice(5)))));
    expect([second.written, second.new_units.length, second.untouched_units.length]).toEqual([
      true,
      codes.length - 5,
      5,
    ]);

    const fromMaster = JSON.parse(papi('internal', 'results', '--master', master));
    const fromCsv = JSON.parse(
      papi('internal', 'results', ...definition, '--scores', join(S, 'scores-departments-2025.csv')),
    );
    const ranked = (r: { units: { unit: string; percent: number | null; rank: number | null }[] }) =>
      r.units.map((u) => [u.unit, u.percent, u.rank]);
    expect(ranked(fromMaster)).toEqual(ranked(fromCsv));
    expect(fromMaster.units.filter((u: { percent: number | null }) => u.percent !== null).length).toBeGreaterThan(5);
  }, 120_000);
});

// Packs the project (`npm pack`, whose prepack builds dist/pkg) and installs the tarball into an empty temporary
// folder, offline and without the project's dev dependencies: what an analyst gets from `npm install <tarball>`.
// Used by the package test and by the CLI bench row.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface InstalledPackage {
  /** the temporary project folder the package is installed in */
  readonly dir: string;
  readonly tarball: string;
  /** the installed `papi` command (node_modules/.bin/papi) */
  readonly bin: string;
}

export function packAndInstall(): InstalledPackage {
  const dir = mkdtempSync(join(tmpdir(), 'papi-package-'));
  const packs = join(dir, 'packs');
  mkdirSync(packs);
  const quiet = {
    cwd: ROOT,
    encoding: 'utf8' as const,
    env: { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false' },
  };
  execFileSync('npm', ['pack', '--pack-destination', packs], quiet);
  const tarball = join(
    packs,
    readdirSync(packs).find((f) => f.endsWith('.tgz'))!,
  );
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'analyst-project', version: '1.0.0', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--omit=dev', tarball], {
    ...quiet,
    cwd: app,
  });
  return { dir: app, tarball, bin: join(app, 'node_modules', '.bin', 'papi') };
}

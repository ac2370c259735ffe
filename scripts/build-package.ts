// Builds the installable package into dist/pkg/: compiled ESM (esbuild; the runtime libraries are bundled in, so the
// package has no runtime dependencies to fetch) and .d.ts files (tsc), for `npm pack` (run by `prepack`).
//   index.js            Node entry: the engine API + loadPublishedDataset (node/index.ts)
//   engine.js           the pure engine's public API (engine/index.ts), no Node imports
//   cli.js              `papi` (cli/main.ts), started by bin/papi.mjs
//   rank-worker.mjs, rank-worker-body.js   the chance worker threads (cli/parallel)
//   types/              declarations (types/node/index.d.ts, types/engine/index.d.ts)
//   chunks/             shared code, and exceljs (the internal index's .xlsx commands), loaded only when used
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'pkg');

/** The exceljs loader (loadExcelJs) and the module name it imports, hidden from esbuild for the task pane's build. */
const EXCELJS_LOADER = /[\\/]addin[\\/]taskpane[\\/]actions[\\/]internal-workbook\.ts$/;
const HIDDEN_EXCELJS_IMPORT = "import(/* @vite-ignore */ ['excel', 'js'].join(''))";

/**
 * exceljs inside the package: `papi internal workbook | sheets | consolidate | results` must run from an installed
 * tarball, which has no exceljs (the package has no runtime dependencies). The loader's import is made literal for
 * this build so that esbuild bundles exceljs into a chunk loaded on first use, and it is exceljs's self-contained
 * browser bundle: the Node build's CommonJS `require`s of fs, stream, zlib... fail in an ES module bundle, and the
 * browser bundle is the one the task pane runs anyway. The build fails if the loader's import is no longer found.
 */
const exceljsInPackage: Plugin = {
  name: 'exceljs-in-package',
  setup(b) {
    b.onLoad({ filter: EXCELJS_LOADER }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(HIDDEN_EXCELJS_IMPORT))
        throw new Error(`${args.path}: the exceljs import "${HIDDEN_EXCELJS_IMPORT}" is gone; update build-package.ts`);
      return { contents: source.replace(HIDDEN_EXCELJS_IMPORT, "import('exceljs')"), loader: 'ts' };
    });
    b.onResolve({ filter: /^exceljs$/ }, () => ({
      path: createRequire(import.meta.url).resolve('exceljs/dist/exceljs.min.js'),
    }));
  },
};

export async function buildPackage(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      index: 'node/index.ts',
      engine: 'engine/index.ts',
      cli: 'cli/main.ts',
      'rank-worker-body': 'cli/parallel/rank-worker-body.ts',
    },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    // No `require` banner: engine.js must not import node:module (it is the browser/bundler entry). papaparse's one
    // require('stream') is for Node stream input, which nothing here uses; esbuild leaves it a lazy __require shim.
    logLevel: 'warning',
    plugins: [exceljsInPackage],
  });
  copyFileSync(join(ROOT, 'cli', 'parallel', 'rank-worker.mjs'), join(OUT, 'rank-worker.mjs'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.package.json')],
    { stdio: 'inherit' },
  );
  addDeclarationExtensions(join(OUT, 'types'));
}

/**
 * The sources import without extensions (bundler resolution); a consumer with `moduleResolution: nodenext` needs
 * explicit ones in the package's declarations: './errors' -> './errors.js', '../engine' -> '../engine/index.js'.
 */
function addDeclarationExtensions(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      addDeclarationExtensions(path);
      continue;
    }
    if (!entry.name.endsWith('.d.ts')) continue;
    const text = readFileSync(path, 'utf8').replace(
      /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\2/g,
      (whole, head: string, quote: string, specifier: string) => {
        if (/\.(js|json)$/.test(specifier)) return whole;
        const target = join(dirname(path), specifier);
        if (existsSync(`${target}.d.ts`)) return `${head}${quote}${specifier}.js${quote}`;
        if (existsSync(join(target, 'index.d.ts'))) return `${head}${quote}${specifier}/index.js${quote}`;
        return whole;
      },
    );
    writeFileSync(path, text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildPackage();

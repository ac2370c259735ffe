#!/usr/bin/env node
// `npx papi ...`. In an installed package: the compiled CLI (dist/pkg/cli.js, plain Node, no TypeScript toolchain).
// In the source tree: the TypeScript sources through tsx, so that it always matches them.
import { existsSync } from 'node:fs';

const sources = new URL('../cli/main.ts', import.meta.url);
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
} else {
  await import(new URL('../dist/pkg/cli.js', import.meta.url).href);
}

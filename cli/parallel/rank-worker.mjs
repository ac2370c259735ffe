// Entry of a rank pool worker thread. From the compiled package it loads rank-worker-body.js; from the sources
// (tsx, vitest) it registers tsx in this thread first, since Node 20 does not pass the loader hooks on to workers.
import { existsSync } from 'node:fs';

const compiled = new URL('./rank-worker-body.js', import.meta.url);
if (existsSync(compiled)) await import(compiled.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./rank-worker-body.ts', import.meta.url).href);
}

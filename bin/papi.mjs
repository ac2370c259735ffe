#!/usr/bin/env node
// `npx papi ...`: runs the TypeScript CLI through tsx, so it always matches the sources.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');

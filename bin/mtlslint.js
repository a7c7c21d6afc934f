#!/usr/bin/env node
// Thin launcher for the bundled CLI that `npm run build` writes (run on install by `prepare`).
import module from 'node:module';

// Node 22.1+ caches compiled code between runs: a pre-commit hook starts many times a day.
module.enableCompileCache?.();

await import('../dist/mtlslint.mjs');

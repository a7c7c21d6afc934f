#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run on install by `prepare`).
import module from 'node:module';

// Node 22.1+ caches compiled code between runs: a pre-commit hook starts many times a day.
module.enableCompileCache?.();

const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// Launcher of the bundled CLI (dist/, committed: installing mtlslint builds nothing).
import module from 'node:module';

// Said plainly rather than as a syntax error from the bundle: pre-commit runs whichever Node.js is on PATH.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`mtlslint: needs Node.js 20.19 or newer; this is ${process.version}\n`);
  process.exit(2);
}

// Node 22.1+ caches compiled code between runs: a pre-commit hook starts many times a day.
module.enableCompileCache?.();

await import('../dist/mtlslint.mjs');

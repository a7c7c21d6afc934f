#!/usr/bin/env node
'use strict';
// Launcher of the bundled CLI (dist/, committed: installing mtlslint builds nothing). CommonJS, as the
// bundle is: an ES module launcher would make Node start its ES module loader for nothing.

// Said plainly rather than as a syntax error from the bundle: pre-commit runs whichever Node.js is on PATH.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`mtlslint: needs Node.js 20.19 or newer; this is ${process.version}\n`);
  process.exit(2);
}

require('../dist/mtlslint.cjs');

#!/usr/bin/env node
// Bundles an entry point with every dependency into one ES module, with the WASM files the
// Terraform parser loads copied beside it:
//   node scripts/bundle.mjs cli            → dist/mtlslint.mjs (the `mtlslint` bin: one file
//                                            loads far faster than ~150 modules) and
//                                            dist/lint-worker.mjs (the worker threads of large runs)
//   node scripts/bundle.mjs action         → action/dist/index.mjs (committed: the GitHub
//                                            Action runs without installing anything)
//   node scripts/bundle.mjs action --check → exit 1 when the committed Action bundle is stale
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const targets = {
  cli: { entry: 'src/cli/bin.ts', outfile: join(root, 'dist', 'mtlslint.mjs'), worker: { entry: 'src/engine/lint-worker.ts', outfile: join(root, 'dist', 'lint-worker.mjs') } },
  action: { entry: 'src/action/index.ts', outfile: join(root, 'action', 'dist', 'index.mjs') },
};

const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
];

async function bundle(target, write) {
  const { entry, outfile, worker } = targets[target];
  if (worker) await bundleEntry(worker.entry, worker.outfile, write);
  return bundleEntry(entry, outfile, write);
}

async function bundleEntry(entry, outfile, write) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES module builds first: jsonc-parser's UMD build requires its parts in a way a bundler cannot follow.
    mainFields: ['module', 'main'],
    outfile,
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    write,
  });
  if (write) {
    mkdirSync(dirname(outfile), { recursive: true });
    for (const file of wasmFiles) copyFileSync(file, join(dirname(outfile), file.split(/[\\/]/).pop()));
  }
  return result.outputFiles?.[0]?.text;
}

const [target = '', flag] = process.argv.slice(2);
if (!(target in targets)) {
  console.error('usage: bundle.mjs cli|action [--check]');
  process.exit(2);
}
if (flag === '--check') {
  const fresh = await bundle(target, false);
  const committed = readFileSync(targets[target].outfile, 'utf8');
  if (fresh !== committed) {
    console.error(`${targets[target].outfile} is stale: run \`npm run bundle:${target}\` and commit it`);
    process.exit(1);
  }
} else {
  await bundle(target, true);
}

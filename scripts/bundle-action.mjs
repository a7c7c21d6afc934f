#!/usr/bin/env node
// Bundles the GitHub Action entry (src/action/index.ts) with every dependency into
// action/dist/, so that the action runs without installing anything. The WASM files
// the Terraform parser loads are copied beside it. `--check` only compares.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const outdir = join(root, 'action', 'dist');

export const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
];

export async function bundle(write) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/action/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES module builds first: jsonc-parser's UMD build requires its parts in a way a bundler cannot follow.
    mainFields: ['module', 'main'],
    outfile: join(outdir, 'index.mjs'),
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    write,
  });
  if (write) {
    mkdirSync(outdir, { recursive: true });
    for (const file of wasmFiles) copyFileSync(file, join(outdir, file.split(/[\\/]/).pop()));
  }
  return result.outputFiles?.[0]?.text;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const fresh = await bundle(false);
    const committed = readFileSync(join(outdir, 'index.mjs'), 'utf8');
    if (fresh !== committed) {
      console.error('action/dist/index.mjs is stale: run `npm run bundle:action` and commit it');
      process.exit(1);
    }
  } else {
    await bundle(true);
  }
}

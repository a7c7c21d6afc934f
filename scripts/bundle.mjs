#!/usr/bin/env node
// Bundles the entry points with every dependency into ES modules, with the WASM files the
// Terraform parser loads copied beside them. Both outputs are committed, so that installing
// mtlslint (from Git or npm), the pre-commit hook and the GitHub Action build nothing:
//   dist/mtlslint.mjs, dist/lint-worker.mjs  the `mtlslint` bin and the worker threads of large runs
//   action/dist/index.mjs                    the GitHub Action
//   THIRD_PARTY_NOTICES.md                   the licenses of the bundled packages
// node scripts/bundle.mjs          → writes all of them
// node scripts/bundle.mjs --check  → exit 1 when any committed output differs from a fresh build
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packageDirOf, thirdPartyNotices } from './notices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const targets = [
  { entries: { mtlslint: 'src/cli/bin.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir: join(root, 'dist') },
  { entries: { index: 'src/action/index.ts' }, outdir: join(root, 'action', 'dist') },
];

const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
];
const NOTICES = join(root, 'THIRD_PARTY_NOTICES.md');

/** Every output file of a fresh build: absolute path → contents. */
async function outputs() {
  const files = new Map();
  const inputs = new Set();
  for (const { entries, outdir } of targets) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: entries,
      outdir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // ES module builds first: jsonc-parser's UMD build requires its parts in a way a bundler cannot follow.
      mainFields: ['module', 'main'],
      // CommonJS dependencies inside an ES module bundle still call require().
      banner: { js: "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);" },
      legalComments: 'none',
      logLevel: 'warning',
      write: false,
      metafile: true,
    });
    for (const f of result.outputFiles) files.set(f.path, Buffer.from(f.contents));
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(input);
    for (const wasm of wasmFiles) files.set(join(outdir, wasm.split(/[\\/]/).pop()), readFileSync(wasm));
  }
  const copied = wasmFiles.map((f) => packageDirOf(relative(root, f)));
  files.set(NOTICES, Buffer.from(thirdPartyNotices(root, inputs, copied)));
  return files;
}

function filesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

const fresh = await outputs();
if (process.argv.includes('--check')) {
  const stale = [];
  for (const [path, contents] of fresh) {
    let committed;
    try {
      committed = readFileSync(path);
    } catch {
      committed = undefined;
    }
    if (!committed || !committed.equals(contents)) stale.push(relative(root, path));
  }
  // Nothing else in the output directories: a file left from an older build would ship too.
  for (const { outdir } of targets) for (const path of filesIn(outdir)) if (!fresh.has(path)) stale.push(`${relative(root, path)} (not built any more)`);
  if (stale.length) {
    console.error(`stale build outputs: ${stale.join(', ')}\nrun \`npm run bundle:action\` (it builds dist/, action/dist/ and THIRD_PARTY_NOTICES.md) and commit them`);
    process.exit(1);
  }
} else {
  for (const { outdir } of targets) rmSync(outdir, { recursive: true, force: true });
  for (const [path, contents] of fresh) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
}

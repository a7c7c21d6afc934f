#!/usr/bin/env node
// Bundles the entry points with every dependency into ES modules, with the WASM files the
// Terraform parser loads copied beside them. The outputs are committed, so that installing
// mtlslint (from Git or npm), the pre-commit hook and the GitHub Action build nothing:
//   dist/mtlslint.mjs, dist/lint-worker.mjs  the `mtlslint` bin and the worker threads of large runs,
//                                            split into chunks beside them: a run loads what it uses
//                                            (the parsers of its formats, one formatter, Ajv only
//                                            with a config file), in a few files rather than ~150
//   action/dist/index.mjs                    the GitHub Action (one file: it runs once per job)
//   THIRD_PARTY_NOTICES.md                   the licenses of the bundled packages
// node scripts/bundle.mjs            → writes all of them (npm run build, npm run bundle:action)
// node scripts/bundle.mjs --check    → exit 1 when any committed output differs from a fresh build
// node scripts/bundle.mjs cli --loads → prints, per entry, the source files loaded before any
//                                      dynamic import (what every run pays for)
// node scripts/bundle.mjs cli --outdir D → the CLI bundle of this tree's sources written to directory D
//                                      (for tests that start the CLI as a process)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packageDirOf, thirdPartyNotices } from './notices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const targets = {
  // Chunks sit beside the entries (not in a subdirectory): the worker entry and the WASM files are
  // found relative to the module that asks for them.
  cli: { entries: { mtlslint: 'src/cli/bin.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir: join(root, 'dist'), split: true },
  // One committed file: the Action runs once per job, and a single file is simple to review and check.
  action: { entries: { index: 'src/action/index.ts' }, outdir: join(root, 'action', 'dist'), split: false },
};

// The Terraform parser's runtime is loaded from a file beside the bundle, not bundled: after its WASM
// fails on a file, a fresh copy of the module is imported (see parsers/terraform/hcl/tree-sitter.ts).
const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  join(dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm')), 'web-tree-sitter.js'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
];
const NOTICES = join(root, 'THIRD_PARTY_NOTICES.md');

// CommonJS dependencies inside an ES module bundle still call require().
const BANNER = "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);";

/**
 * An output without the banner when nothing in it uses `require`: most chunks hold only our own
 * ES modules, and a run loads some thirty of them (each would make a `require` for nothing).
 */
function contentsOf(file) {
  const text = file.text;
  if (!text.startsWith(BANNER) || /\brequire\b/.test(text.slice(BANNER.length))) return Buffer.from(file.contents);
  return Buffer.from(text.slice(BANNER.length).replace(/^\n/, ''));
}

function bundle(target) {
  const { entries, outdir, split } = targets[target];
  return build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: split,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES module builds first: jsonc-parser's UMD build requires its parts in a way a bundler cannot follow.
    mainFields: ['module', 'main'],
    banner: { js: BANNER },
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    metafile: true,
  });
}

/** Every output file of a fresh build: absolute path → contents. */
async function outputs() {
  const files = new Map();
  const inputs = new Set();
  for (const [target, { outdir }] of Object.entries(targets)) {
    const result = await bundle(target);
    for (const f of result.outputFiles) files.set(f.path, contentsOf(f));
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(input);
    for (const wasm of wasmFiles) files.set(join(outdir, wasm.split(/[\\/]/).pop()), readFileSync(wasm));
  }
  files.set(NOTICES, Buffer.from(thirdPartyNotices(root, inputs, wasmFiles.map((f) => packageDirOf(relative(root, f))))));
  return files;
}

/** Entry name → the inputs of every output reached from it by static imports only. */
function staticLoads(meta) {
  const out = {};
  for (const [file, output] of Object.entries(meta.outputs)) {
    if (!output.entryPoint) continue;
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of meta.outputs[f]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    visit(file);
    out[file.split('/').pop()] = [...seen].flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {})).sort();
  }
  return out;
}

function filesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

const args = process.argv.slice(2);
if (args.includes('--loads')) {
  const target = args.find((a) => a in targets) ?? 'cli';
  console.log(JSON.stringify(staticLoads((await bundle(target)).metafile), null, 2));
} else if (args.includes('--outdir')) {
  const target = args.find((a) => a in targets) ?? 'cli';
  const dir = resolve(args[args.indexOf('--outdir') + 1] ?? '');
  const result = await bundle(target);
  mkdirSync(dir, { recursive: true });
  for (const f of result.outputFiles) writeFileSync(join(dir, relative(targets[target].outdir, f.path)), contentsOf(f));
  for (const wasm of wasmFiles) writeFileSync(join(dir, wasm.split(/[\\/]/).pop()), readFileSync(wasm));
} else if (args.includes('--check')) {
  const fresh = await outputs();
  const stale = [];
  for (const [path, contents] of fresh) {
    let committed;
    try {
      committed = readFileSync(path);
    } catch {
      committed = undefined;
    }
    if (!committed?.equals(contents)) stale.push(relative(root, path));
  }
  // Nothing else in the output directories: a file left from an older build would ship too.
  for (const { outdir } of Object.values(targets)) for (const path of filesIn(outdir)) if (!fresh.has(path)) stale.push(`${relative(root, path)} (not built any more)`);
  if (stale.length) {
    console.error(`stale build outputs: ${stale.join(', ')}\nrun \`npm run bundle:action\` (it builds dist/, action/dist/ and THIRD_PARTY_NOTICES.md) and commit them`);
    process.exit(1);
  }
} else if (args.length === 0 || args.every((a) => a in targets)) {
  // Always everything: the outputs share THIRD_PARTY_NOTICES.md, and a partial build would leave it stale.
  const fresh = await outputs();
  for (const { outdir } of Object.values(targets)) rmSync(outdir, { recursive: true, force: true });
  for (const [path, contents] of fresh) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
} else {
  console.error('usage: bundle.mjs [--check] | bundle.mjs cli --loads | bundle.mjs cli --outdir DIR');
  process.exit(2);
}

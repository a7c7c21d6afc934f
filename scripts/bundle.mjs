#!/usr/bin/env node
// Bundles an entry point with every dependency into one ES module, with the WASM files the
// Terraform parser loads copied beside it:
//   node scripts/bundle.mjs cli            → dist/mtlslint.mjs (the `mtlslint` bin) and
//                                            dist/lint-worker.mjs (the worker threads of large runs),
//                                            split into chunks beside them: a run loads what it uses
//                                            (the parsers of its formats, one formatter, Ajv only
//                                            with a config file), in a few files rather than ~150
//   node scripts/bundle.mjs action         → action/dist/index.mjs (committed: the GitHub
//                                            Action runs without installing anything)
//   node scripts/bundle.mjs action --check → exit 1 when the committed Action bundle is stale
//   node scripts/bundle.mjs cli --loads    → prints, per entry, the source files loaded before
//                                            any dynamic import (what every run pays for)
//   node scripts/bundle.mjs cli --outdir D → the same bundle written to directory D
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const targets = {
  // Chunks sit beside the entries (not in a subdirectory): the worker entry and the WASM files are
  // found relative to the module that asks for them.
  cli: { entries: { mtlslint: 'src/cli/bin.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir: join(root, 'dist'), split: true },
  // One committed file: the Action runs once per job, and a single file is simple to review and check.
  action: { entries: { index: 'src/action/index.ts' }, outdir: join(root, 'action', 'dist'), split: false },
};

const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
];

async function bundle(target, write, metafile = false) {
  const { entries, outdir, split } = targets[target];
  if (write && split && existsSync(outdir)) {
    // Chunk names carry content hashes: drop the previous build's.
    for (const name of readdirSync(outdir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.mjs'))) rmSync(join(outdir, name.name));
  }
  const result = await build({
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
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    write,
    metafile,
  });
  if (metafile) return staticLoads(result.metafile);
  if (write) {
    mkdirSync(outdir, { recursive: true });
    for (const file of wasmFiles) copyFileSync(file, join(outdir, file.split(/[\\/]/).pop()));
  }
  return result.outputFiles?.[0]?.text;
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

const [target = '', flag, dir] = process.argv.slice(2);
if (!(target in targets)) {
  console.error('usage: bundle.mjs cli|action [--check | --loads | --outdir DIR]');
  process.exit(2);
}
// Tests that start the CLI as a process bundle this tree's sources into a directory of their own.
if (flag === '--outdir') targets[target].outdir = resolve(dir ?? '');
if (flag === '--check') {
  const fresh = await bundle(target, false);
  const outfile = join(targets[target].outdir, `${Object.keys(targets[target].entries)[0]}.mjs`);
  const committed = readFileSync(outfile, 'utf8');
  if (fresh !== committed) {
    console.error(`${outfile} is stale: run \`npm run bundle:${target}\` and commit it`);
    process.exit(1);
  }
} else if (flag === '--loads') {
  console.log(JSON.stringify(await bundle(target, false, true), null, 2));
} else {
  await bundle(target, true);
}

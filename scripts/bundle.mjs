#!/usr/bin/env node
// Bundles the entry points with every dependency, with the WASM files the Terraform parser loads
// copied beside them. The outputs are committed, so that installing mtlslint (from Git or npm), the
// pre-commit hook and the GitHub Action build nothing:
//   dist/                  the `mtlslint` command (bin/mtlslint.cjs → dist/mtlslint.cjs) and the worker
//                          threads of large runs (dist/lint-worker.cjs). esbuild splits them into ES
//                          module chunks (a run loads what it uses: the parsers of its formats, one
//                          formatter, Ajv only with a config file), each then turned into a CommonJS
//                          body (minified, ASCII) that dist/loader.cjs (src/loader/) compiles with V8's
//                          code cache: Node 20 compiles ES modules from source on every run.
//   action/dist/index.mjs  the GitHub Action (one ES module: it runs once per job)
//   THIRD_PARTY_NOTICES.md the licenses of the bundled packages
// node scripts/bundle.mjs            → writes all of them (npm run build, npm run bundle:action)
// node scripts/bundle.mjs --check    → exit 1 when any committed output differs from a fresh build
// node scripts/bundle.mjs cli --loads → prints, per entry, the source files loaded before any
//                                      dynamic import (what every run pays for)
// node scripts/bundle.mjs cli --outdir D → the CLI bundle of this tree's sources written to directory D
//                                      (for tests that start the CLI as a process)
// node scripts/bundle.mjs cli --outdir D --names → the same with the sources' own names for
//                                      variables and functions (for profiles and stack traces)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { jsoncCoreSource } from './jsonc-core.mjs';
import { packageDirOf, thirdPartyNotices } from './notices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const targets = {
  // Chunks sit beside the entries (not in a subdirectory): the worker entry and the WASM files are
  // found relative to the module that asks for them.
  // The entries' bodies are mtlslint-main-<hash>.cjs and lint-worker-main-<hash>.cjs, run by the launchers below.
  cli: { entries: { 'mtlslint-main': 'src/cli/bin.ts', 'lint-worker-main': 'src/engine/lint-worker.ts' }, outdir: join(root, 'dist'), split: true },
  // One committed file: the Action runs once per job, and a single file is simple to review and check.
  action: { entries: { index: 'src/action/index.ts' }, outdir: join(root, 'action', 'dist'), split: false },
};

// The Terraform parser's runtime is loaded from a file beside the bundle, not bundled: after its WASM
// fails on a file, a fresh copy of the module is loaded (see parsers/terraform/hcl/tree-sitter.ts). Its
// CommonJS build: importing the ES module build would start Node's ES module loader for it alone.
const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  join(dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm')), 'web-tree-sitter.cjs'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
];
const NOTICES = join(root, 'THIRD_PARTY_NOTICES.md');

/**
 * The CLI's chunks have short names for variables and functions, those a chunk imports from another
 * too (`minifyIdentifiers`; properties keep theirs): every run reads each chunk it loads twice (the
 * chunk and the copy in its cache file), makes it a string, and has V8 read its cache, whose scopes
 * carry those names. A one-file ARM run reads 22% fewer bytes of chunks and caches (1.40 → 1.09 MB)
 * and is ~8 ms faster (106 → 98 ms, Node 20, 21 interleaved rounds); Bicep ~6 ms, Terraform ~4 ms.
 * The cost: an internal error's stack names functions by their short names (at positions in a
 * one-line chunk, as before); `--names` builds with the sources' names, for profiling and debugging.
 */
const SHORT_NAMES = !process.argv.includes('--names');

// The Action is an ES module: CommonJS dependencies inside it still call require().
const BANNER = "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);";

/**
 * jsonc-parser for the CLI's chunks: its main module also carries the editing and formatting
 * modules, and the formatter's builds some 1,200 indentation strings when it loads (about 300 kB of
 * garbage in every run, whatever it lints). Only the ARM fixer edits (parsers/arm/fix.ts): it gets
 * the package as it is, in its own chunk; every other import gets the scanner and parser modules
 * alone, and the error names the main module would give (scripts/jsonc-core.mjs).
 */
const jsoncCore = {
  name: 'jsonc-core',
  setup(build) {
    build.onResolve({ filter: /^jsonc-parser$/ }, (args) => (/[\\/]parsers[\\/]arm[\\/]fix\.ts$/.test(args.importer) ? undefined : { path: 'jsonc-core', namespace: 'jsonc-core' }));
    build.onLoad({ filter: /.*/, namespace: 'jsonc-core' }, () => ({
      contents: jsoncCoreSource(join(dirname(require.resolve('jsonc-parser/package.json')), 'lib', 'esm', 'impl')),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

function bundle(target) {
  const { entries, outdir, split } = targets[target];
  return build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    // The split CLI is made CommonJS chunk by chunk (commonjs() below); its imports name the final files.
    outExtension: { '.js': split ? '.cjs' : '.mjs' },
    splitting: split,
    chunkNames: '[name]-[hash]',
    // The CLI's entry bodies too carry a hash of their contents: the code cache (src/loader/) keys a
    // chunk's cache file by its name and length, so that two installs of other versions, used in
    // turn, would otherwise replace each other's cache of an entry at every run.
    ...(split ? { entryNames: '[name]-[hash]' } : {}),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES module builds first: jsonc-parser's UMD build requires its parts in a way a bundler cannot follow.
    mainFields: ['module', 'main'],
    // The CommonJS chunks are given their `require`; the Action is an ES module and makes one.
    ...(split ? { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: SHORT_NAMES, charset: 'ascii' } : { banner: { js: BANNER } }),
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    metafile: true,
    ...(split ? { plugins: [jsoncCore] } : {}),
  });
}

/** `import(` as a call, not a method named import. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\(/;

/**
 * An ES module chunk as the body of a CommonJS function that dist/loader.cjs compiles (see
 * src/loader/chunk-loader.ts for its parameters): `import.meta.url` becomes `__mtlslintMetaUrl`, and
 * `import()` the loader's `__mtlslintImport()` (code compiled by `vm.Script` cannot import on Node 20).
 */
async function commonjs(name, text) {
  // Every `import(` left must be a dynamic import to rename: converting them all to require() must leave
  // none (one in a string or a regular expression would stay, and would be renamed wrongly).
  const probe = await transform(text, { format: 'cjs', target: 'node20', supported: { 'dynamic-import': false }, logLevel: 'silent' });
  if (DYNAMIC_IMPORT.test(probe.code)) throw new Error(`${name}: "import(" outside a dynamic import; the CommonJS conversion cannot rename it`);
  const result = await transform(text.replace(new RegExp(DYNAMIC_IMPORT, 'g'), '__mtlslintImport('), {
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: SHORT_NAMES,
    charset: 'ascii',
    define: { 'import.meta.url': '__mtlslintMetaUrl' },
    logLevel: 'silent',
  });
  if (result.warnings.length || /\bimport\.meta\b/.test(result.code)) throw new Error(`${name}: ${result.warnings.map((w) => w.text).join('; ') || 'import.meta left'}`);
  return chunkBody(result.code, name);
}

/**
 * Code as the function expression the loader compiles and calls with these parameters, in this order
 * (see src/loader/chunk-loader.ts); strict, as the ES modules it was made from are (esbuild's
 * CommonJS output does not say so). ASCII only: the loader reads chunks as Latin-1.
 */
function chunkBody(code, name = 'chunk') {
  if (/[^\x00-\x7f]/.test(code)) throw new Error(`${name}: not ASCII; the loader reads chunks as Latin-1`);
  return Buffer.from(`(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';${code}\n})`, 'latin1');
}

/**
 * A file the launchers require as it is (not a chunk): the loader, bundled from src/loader/, and
 * the command's `lint --use-server` client (src/cli/launch.ts), which must not load the loader and
 * the chunks first. Node built-ins only.
 */
async function standalone(entryPoint, options = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    ...options,
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/**
 * `wantsServer` (src/server/wants-server.ts) as a script that defines it, for the command's
 * launcher: only a run it says is for the server requires client.cjs (any other pays for no
 * file more than before).
 */
async function wantsServerScript() {
  return (await standalone('src/server/wants-server.ts', { format: 'iife', globalName: 'mtlslintServerWanted' })).toString().trim();
}

/**
 * A launcher: plain CommonJS that Node runs, handing an entry body to the loader. The command's
 * first hands a `lint --use-server` run to client.cjs (src/cli/launch.ts), which sends it to the
 * server without loading the chunks, and runs the entry only when no server answers.
 */
async function launcher(what, entry, thread = 'main') {
  const intro = `'use strict';\n// ${what}: loads the bundle's chunks with V8's code cache (loader.cjs, src/loader/)`;
  if (thread !== 'main') return Buffer.from(`${intro}.\nrequire('./loader.cjs').runEntry(__dirname, '${entry}', '${thread}');\n`);
  return Buffer.from(
    `${intro}; a lint run for the server goes to client.cjs first (src/cli/launch.ts).\n${await wantsServerScript()}\n` +
      `const run = () => require('./loader.cjs').runEntry(__dirname, '${entry}');\n` +
      `if (mtlslintServerWanted.wantsServer(process.argv.slice(2), process.env)) require('./client.cjs').launch(__dirname, run);\nelse run();\n`,
  );
}

/** The file name esbuild gave the output of an entry point. */
function entryFile(meta, entryPoint) {
  const out = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entryPoint)?.[0];
  if (!out) throw new Error(`bundle: no output for ${entryPoint}`);
  return out.split('/').pop();
}

/** The files of a target's directory: path → contents. */
async function targetFiles(target) {
  const { outdir, split } = targets[target];
  const result = await bundle(target);
  const files = new Map();
  for (const f of result.outputFiles) files.set(f.path, split ? await commonjs(relative(root, f.path), f.text) : Buffer.from(f.contents));
  if (split) {
    files.set(join(outdir, 'loader.cjs'), await standalone('src/loader/chunk-loader.ts'));
    files.set(join(outdir, 'client.cjs'), await standalone('src/cli/launch.ts'));
    files.set(join(outdir, 'mtlslint.cjs'), await launcher('The mtlslint command', entryFile(result.metafile, 'src/cli/bin.ts')));
    files.set(join(outdir, 'lint-worker.cjs'), await launcher('A lint worker thread (src/engine/lint-pool.ts)', entryFile(result.metafile, 'src/engine/lint-worker.ts'), 'worker'));
  }
  for (const wasm of wasmFiles) {
    const name = wasm.split(/[\\/]/).pop();
    // Beside the chunks, the Terraform grammar's runtime is a chunk too: compiled with the code cache
    // (compiling its 170 kB from source cost a Terraform run 6–20 ms). The Action loads it with require().
    const contents = readFileSync(wasm);
    files.set(join(outdir, name), split && name.endsWith('.cjs') ? chunkBody(contents.toString('latin1'), name) : contents);
  }
  return { files, metafile: result.metafile };
}

/** Every output file of a fresh build: absolute path → contents. */
async function outputs() {
  const files = new Map();
  const inputs = new Set();
  for (const target of Object.keys(targets)) {
    const built = await targetFiles(target);
    for (const [path, contents] of built.files) files.set(path, contents);
    for (const input of Object.keys(built.metafile.inputs)) inputs.add(input);
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
  const { files } = await targetFiles(target);
  mkdirSync(dir, { recursive: true });
  for (const [path, contents] of files) writeFileSync(join(dir, relative(targets[target].outdir, path)), contents);
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
  console.error('usage: bundle.mjs [--check] | bundle.mjs cli --loads | bundle.mjs cli --outdir DIR [--names]');
  process.exit(2);
}

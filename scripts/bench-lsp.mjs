#!/usr/bin/env node
// Measures the language server as an editor sees it: `mtlslint lsp` (dist/, run `npm run build`
// first) is driven over stdio by a real LSP client; each file is opened, then edited N times
// (default 1000), each edit waiting for the diagnostics of its version. Prints the latency from
// sending a change to receiving its diagnostics (debounce included) and the server's resident
// memory along the way.
//   node scripts/bench-lsp.mjs [--edits N] [files…]
// With --in-process (run as `node --expose-gc scripts/bench-lsp.mjs --in-process …`), the server
// is bundled from src/ and runs in this process over in-memory streams, and the memory reported
// is the JavaScript heap in use after a full garbage collection: a leak shows as steady growth.
// Default files: the Bicep and Terraform samples, and AVM's web-site module when ../shared is there.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let edits = 1000;
let inProcess = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--edits') edits = Number(args[++i]);
  else if (args[i] === '--in-process') inProcess = true;
  else files.push(resolve(args[i]));
}
if (inProcess && typeof globalThis.gc !== 'function') {
  console.error('--in-process needs node --expose-gc');
  process.exit(2);
}
if (!files.length) {
  files.push(join(root, 'samples/bicep/secure-api/main.bicep'), join(root, 'samples/terraform/main.tf'));
  const avm = join(root, '../shared/corpus/avm/bicep-web-site/main.bicep');
  if (existsSync(avm)) files.push(resolve(avm));
  else console.log('[note] ../shared/corpus/avm is absent: AVM web-site module not measured');
}

let conn;
let memory;
let child;
if (inProcess) {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-bench-'));
  // The same bundle as the CLI's (chunks, WASM), then the server module is imported from it.
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), 'cli', '--outdir', dir]);
  const server = join(dir, 'bench-server.mjs');
  await build({ absWorkingDir: root, entryPoints: ['src/lsp/server.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], outfile: server, banner: { js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);" }, logLevel: 'warning' });
  const { runLanguageServer } = await import(pathToFileURL(server).href);
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  void runLanguageServer({ version: 'bench', input: toServer, output: fromServer });
  conn = createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  memory = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed / 1048576;
  };
} else {
  const bin = join(root, 'dist/mtlslint.cjs');
  if (!existsSync(bin)) {
    console.error('dist/mtlslint.cjs is missing: run `npm run build`');
    process.exit(2);
  }
  child = spawn(process.execPath, [bin, 'lsp'], { stdio: 'pipe' });
  child.stderr.pipe(process.stderr);
  conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  memory = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
const waiting = new Map();
conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
  const key = `${p.uri}@${p.version}`;
  const w = waiting.get(key);
  if (w) {
    waiting.delete(key);
    w(p);
  }
});
conn.onRequest('client/registerCapability', () => null);
conn.listen();

const published = (uri, version) => new Promise((r) => waiting.set(`${uri}@${version}`, r));
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
await conn.sendNotification(InitializedNotification.type, {});

for (const file of files) {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const comment = file.endsWith('.tf') || file.endsWith('.tfvars') ? '#' : '//';
  const lines = text.split('\n').length;
  let version = 1;
  let t0 = performance.now();
  let first = published(uri, version);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version, text } });
  const open = await first;
  const openMs = performance.now() - t0;
  const latencies = [];
  const used = [[0, memory()]];
  for (let i = 1; i <= edits; i++) {
    version++;
    // Replace the last line with a comment that changes on every edit (a keystroke's worth).
    const change = { range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 1000 } }, text: `${comment} edit ${i}` };
    const done = published(uri, version);
    t0 = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    latencies.push(performance.now() - t0);
    if (i % 250 === 0) used.push([i, memory()]);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`\n${file.startsWith(root) ? file.slice(root.length + 1) : file} (${lines} lines, ${open.diagnostics.length} diagnostics)`);
  console.log(`  open → diagnostics: ${openMs.toFixed(1)} ms (cold for the first file: parser start-up)`);
  console.log(`  change → diagnostics over ${edits} edits: p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (debounce included)`);
  console.log(`  ${inProcess ? 'heap in use after GC' : 'server RSS'} (MiB) after edits: ${used.map(([n, m]) => `${n}: ${m.toFixed(1)}`).join(', ')}`);
}

await conn.sendRequest(ShutdownRequest.type);
if (inProcess) process.exit(0); // the in-process server would exit this process on `exit` anyway
await conn.sendNotification(ExitNotification.type);

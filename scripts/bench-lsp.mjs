#!/usr/bin/env node
// Measures the language server as an editor sees it: `mtlslint lsp` (dist/, run `npm run build`
// first) is driven over stdio by a real LSP client; each file is opened, then edited N times
// (default 1000), each edit waiting for the diagnostics of its version. Prints the latency from
// sending a change to receiving its diagnostics (debounce included) and the server's resident
// memory along the way.
//   node scripts/bench-lsp.mjs [--edits N] [files…]
// Default files: the Bicep and Terraform samples, and AVM's web-site module when ../shared is there.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--edits') edits = Number(args[++i]);
  else files.push(resolve(args[i]));
}
if (!files.length) {
  files.push(join(root, 'samples/bicep/secure-api/main.bicep'), join(root, 'samples/terraform/main.tf'));
  const avm = join(root, '../shared/corpus/avm/bicep-web-site/main.bicep');
  if (existsSync(avm)) files.push(resolve(avm));
  else console.log('[note] ../shared/corpus/avm is absent: AVM web-site module not measured');
}

const bin = join(root, 'dist/mtlslint.mjs');
if (!existsSync(bin)) {
  console.error('dist/mtlslint.mjs is missing: run `npm run build`');
  process.exit(2);
}
const child = spawn(process.execPath, [bin, 'lsp'], { stdio: 'pipe' });
child.stderr.pipe(process.stderr);
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
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

const rssMiB = () => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};
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
  const memory = [[0, rssMiB()]];
  for (let i = 1; i <= edits; i++) {
    version++;
    // Replace the last line with a comment that changes on every edit (a keystroke's worth).
    const change = { range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 1000 } }, text: `${comment} edit ${i}` };
    const done = published(uri, version);
    t0 = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    latencies.push(performance.now() - t0);
    if (i % 250 === 0) memory.push([i, rssMiB()]);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`\n${file.startsWith(root) ? file.slice(root.length + 1) : file} (${lines} lines, ${open.diagnostics.length} diagnostics)`);
  console.log(`  open → diagnostics: ${openMs.toFixed(1)} ms (cold for the first file: parser start-up)`);
  console.log(`  change → diagnostics over ${edits} edits: p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (debounce included)`);
  console.log(`  server RSS (MiB) after edits: ${memory.map(([n, m]) => `${n}: ${m.toFixed(1)}`).join(', ')}`);
}

await conn.sendRequest(ShutdownRequest.type);
await conn.sendNotification(ExitNotification.type);

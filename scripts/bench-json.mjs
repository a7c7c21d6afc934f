#!/usr/bin/env node
// Times the JSON reader (parsers/shared/json.ts: scanner pass + jsonc-parser tree) on large files:
// a large compiled template without raw control characters (the common case) and the same template
// with multi-line strings (raw line breaks and tabs, which Azure accepts).
// Usage: node scripts/bench-json.mjs [source-root=.] [template.json]
//   source-root: a checkout whose parsers/shared/json.ts is timed (compare two checkouts).
//   template.json: a large template to time too (e.g. a compiled Azure Verified Module main.json).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [rootArg = '.', extra] = process.argv.slice(2);
const root = resolve(rootArg);
const out = mkdtempSync(join(tmpdir(), 'bench-json-'));
await build({ entryPoints: [join(root, 'parsers/shared/json.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'json.mjs'), mainFields: ['module', 'main'], logLevel: 'error' });
const { readJson } = await import(pathToFileURL(join(out, 'json.mjs')).href);
rmSync(out, { recursive: true, force: true });

/** A synthetic template of about `mb` MiB: many resources, each with a script property. */
function synthetic(mb, multiline) {
  const resources = [];
  const script = multiline ? 'set -e\napt-get update\n\techo \\"done\\"\r\nexit 0' : 'set -e; apt-get update; echo done; exit 0';
  for (let i = 0, size = 0; size < mb * 1024 * 1024; i++, size += resources[resources.length - 1].length)
    resources.push(`    { "type": "Microsoft.Compute/virtualMachines/extensions", "apiVersion": "2023-03-01", "name": "vm${i}/setup",
      "properties": { "settings": { "commandToExecute": "${multiline ? script : JSON.stringify(script).slice(1, -1)}" }, "tags": { "n": ${i} } } }`);
  return `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n${resources.join(',\n')}\n  ]\n}\n`;
}

function time(name, text) {
  readJson('/bench.json', text); // warm-up
  const runs = 10;
  const t0 = process.hrtime.bigint();
  let errors = 0;
  for (let i = 0; i < runs; i++) errors = readJson('/bench.json', text).errors.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  const mbps = text.length / 1024 / 1024 / (ms / 1000);
  console.log(`${name.padEnd(34)} ${(text.length / 1024 / 1024).toFixed(2).padStart(6)} MiB  ${ms.toFixed(1).padStart(7)} ms/read  ${mbps.toFixed(1).padStart(6)} MiB/s  errors=${errors}`);
}

time('synthetic, single-line strings', synthetic(4, false));
time('synthetic, multi-line strings', synthetic(4, true));
if (extra) time(extra.split('/').slice(-2).join('/'), readFileSync(extra, 'utf8'));

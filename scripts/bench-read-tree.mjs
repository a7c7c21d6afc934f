#!/usr/bin/env node
// The physical limit `npm run bench` compares mtlslint with: walk a tree, read every file and
// JSON.parse the JSON ones, in one thread. Skips what mtlslint always skips (.git, node_modules).
// Usage: node scripts/bench-read-tree.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['.git', 'node_modules', '.terraform']);
let files = 0;
let parsed = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(path);
    } else if (entry.isFile()) {
      const text = readFileSync(path, 'utf8');
      files++;
      if (entry.name.endsWith('.json')) {
        try {
          JSON.parse(text);
          parsed++;
        } catch {
          // not JSON after all: read is all it costs
        }
      }
    }
  }
}
walk(process.argv[2] ?? '.');
process.stdout.write(`${files} files read, ${parsed} parsed\n`);

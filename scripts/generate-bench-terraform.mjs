#!/usr/bin/env node
// Writes N copies of samples/terraform (each a root module with its local module), each root
// holding `copies` renamed copies of main.tf, for timing `mtlslint lint` on a large Terraform tree.
// Usage: node scripts/generate-bench-terraform.mjs <dir> [roots=100] [copies=10]
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dir, rootsText = '100', copiesText = '10'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: generate-bench-terraform.mjs <dir> [roots] [copies]');
  process.exit(2);
}
const sample = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'terraform');
const main = readFileSync(join(sample, 'main.tf'), 'utf8');
for (let r = 0; r < Number(rootsText); r++) {
  const root = join(dir, `root-${r}`);
  mkdirSync(root, { recursive: true });
  cpSync(sample, root, { recursive: true });
  renameSync(join(root, 'main.tf'), join(root, 'main-0.tf'));
  // Block labels must stay unique within a module: suffix every resource, module and data label.
  for (let c = 1; c < Number(copiesText); c++) {
    const text = main.replace(/^(resource|data|module)(\s+"[^"]+")?(\s+)"([^"]+)"/gm, (_m, kw, type = '', sp, name) => `${kw}${type}${sp}"${name}_${c}"`);
    writeFileSync(join(root, `main-${c}.tf`), text.replace(/\b(azurerm_[a-z_]+|module)\.([A-Za-z0-9_-]+)\b/g, (m, kind, name) => `${kind}.${name}_${c}`));
  }
}

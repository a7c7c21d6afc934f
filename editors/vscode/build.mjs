#!/usr/bin/env node
// Builds the extension for packaging: type-checks src/, bundles it with vscode-languageclient
// into dist/extension.js (`vscode` is provided by the editor), and copies the bundled mtlslint
// CLI (the repository's dist/, from `npm run build` at the root) into server/ with the config
// schema, so that the .vsix carries its language server and installs nothing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
// The repository's own esbuild and TypeScript: the extension adds no second copy.
const require = createRequire(join(repo, 'package.json'));
const { build } = await import(require.resolve('esbuild'));

const cli = join(repo, 'dist');
if (!existsSync(join(cli, 'mtlslint.cjs'))) {
  console.error('dist/mtlslint.cjs is missing: run `npm run build` at the repository root first');
  process.exit(1);
}

execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', join(here, 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });

await build({
  absWorkingDir: here,
  entryPoints: ['src/extension.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  outfile: join(here, 'dist', 'extension.js'),
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const server = join(here, 'server');
rmSync(server, { recursive: true, force: true });
mkdirSync(server);
// Everything the bundled CLI loads at run time: its loader and chunks, the worker and the Terraform WASM.
cpSync(cli, server, { recursive: true, filter: (src) => src === cli || /\.(cjs|js|wasm)$/.test(src) });
cpSync(join(repo, 'schemas', 'mtlslint.config.schema.json'), join(server, 'mtlslint.config.schema.json'));

import { copyFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
let built: Promise<string> | undefined;

/**
 * The CLI bundled from the current sources into a temporary directory (with the Terraform WASM
 * beside it), so that tests which start `mtlslint` as a process run this tree's code, not a
 * `dist/` that may be stale. Built once per test file.
 */
export function cliBundle(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-cli-'));
    const outfile = join(dir, 'mtlslint.mjs');
    await build({
      absWorkingDir: ROOT,
      entryPoints: ['src/cli/bin.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      mainFields: ['module', 'main'],
      outfile,
      banner: { js: "import { createRequire as __mtlslintCreateRequire } from 'node:module';\nconst require = __mtlslintCreateRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    const require = createRequire(join(ROOT, 'package.json'));
    for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm']) {
      const file = require.resolve(wasm);
      copyFileSync(file, join(dir, file.split(/[\\/]/).pop() ?? ''));
    }
    return outfile;
  })();
  return built;
}

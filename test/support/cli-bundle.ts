import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
let built: Promise<string> | undefined;

/**
 * The CLI bundled from the current sources (`scripts/bundle.mjs cli`, chunks and WASM included)
 * into a temporary directory, so that tests which start `mtlslint` as a process run this tree's
 * code as it ships, not a `dist/` that may be stale. Built once per test file.
 */
export function cliBundle(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-cli-'));
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), 'cli', '--outdir', dir]);
    return join(dir, 'mtlslint.cjs');
  })();
  return built;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: the CLIs the tests start keep their code cache (src/loader/code-cache.ts)
 * in a directory of the run's own, not in the user's `~/.cache/mtlslint`. Worker threads and the
 * processes they start inherit the environment set here.
 */
export default function setup(): () => void {
  const home = mkdtempSync(join(tmpdir(), 'mtlslint-test-cache-'));
  process.env['XDG_CACHE_HOME'] = home;
  if (process.platform === 'win32') process.env['LOCALAPPDATA'] = home;
  return () => rmSync(home, { recursive: true, force: true });
}

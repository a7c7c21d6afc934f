import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverSocketPath } from '../../src/server/address.js';
import { startServer } from '../../src/server/server.js';
import { lintThroughServer, spawnServer, startServerInBackground } from '../../src/server/use-server.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-use-server-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

function io(env: Record<string, string>) {
  const written: [number, string][] = [];
  return { written, io: { stdout: (t: string) => written.push([1, t]), stderr: (t: string) => written.push([2, t]), cwd: base, env, isTTY: false } };
}

describe.runIf(posix)('linting through the server, from the client', () => {
  const dist = join(base, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'chunk-A.cjs'), '');
  const runtime = join(base, 'run');
  mkdirSync(runtime, { mode: 0o700 });
  const env = { XDG_RUNTIME_DIR: runtime };

  it('no server answers: undefined, nothing printed (the caller lints itself)', async () => {
    const { written, io: client } = io(env);
    expect(await lintThroughServer(['lint', '.'], client, dist)).toBeUndefined();
    expect(written).toEqual([]);
  });

  it("prints what the server's run printed, in order, and answers its exit status", async () => {
    const path = serverSocketPath(dist, env) as string;
    let seen: unknown;
    const server = await startServer({
      socketPath: path,
      idleMs: 60_000,
      version: '1',
      run: async (request) => {
        seen = request;
        return { kind: 'run', code: 1, output: [[1, 'out 1\n'], [2, 'err\n'], [1, 'out 2\n']] };
      },
    });
    try {
      const { written, io: client } = io({ ...env, NO_COLOR: '1' });
      expect(await lintThroughServer(['lint', 'x', '--use-server'], client, dist)).toBe(1);
      expect(written).toEqual([
        [1, 'out 1\n'],
        [2, 'err\n'],
        [1, 'out 2\n'],
      ]);
      expect(seen).toEqual({ kind: 'run', argv: ['lint', 'x', '--use-server'], cwd: base, env: { ...env, NO_COLOR: '1' }, isTTY: false });
      // Another build (another file in its directory) has a server of its own: none here.
      writeFileSync(join(dist, 'chunk-B.cjs'), '');
      expect(await lintThroughServer(['lint', 'x'], io(env).io, dist)).toBeUndefined();
    } finally {
      server.close();
      await server.ended;
    }
  });

  it('starts no server in CI, nor where there is no launcher (the sources)', () => {
    expect(startServerInBackground({ CI: 'true' }, dist)).toBe(false);
    expect(spawnServer({}, join(base, 'nowhere'))).toBe(false);
    expect(spawnServer({}, dist)).toBe(false);
  });
});

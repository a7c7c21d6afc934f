import { existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { lintAsProcess, oneThreadUnlessTold } from '../../src/cli/server-command.js';
import { askServer } from '../../src/server/client.js';
import { encode, MAX_REQUEST_BYTES, type LintRequest, type RunResponse } from '../../src/server/protocol.js';
import { startServer, type RunningServer } from '../../src/server/server.js';

const PROJECT = resolve(import.meta.dirname, '../..');
/** The server's run, with the CLI's entry as the bundled command hands it. */
const serve = (request: LintRequest): Promise<RunResponse> => lintAsProcess(request, main);
const base = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-server-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const posix = process.platform !== 'win32';
let n = 0;
const socketPath = (): string => join(base, `s${n++}.sock`);

/** What a process of its own prints for these arguments: exit status and output, in order. */
async function inProcess(argv: string[], env: Record<string, string> = { NO_COLOR: '1' }): Promise<RunResponse> {
  const output: [1 | 2, string][] = [];
  const code = await main(argv, { stdout: (t) => output.push([1, t]), stderr: (t) => output.push([2, t]), cwd: PROJECT, env, isTTY: false, readStdin: () => '' });
  // Adjacent writes to one stream are joined, as the server does.
  const joined: [1 | 2, string][] = [];
  for (const [fd, t] of output) {
    const last = joined[joined.length - 1];
    if (last?.[0] === fd) last[1] += t;
    else joined.push([fd, t]);
  }
  return { kind: 'run', code, output: joined };
}

const request = (argv: string[], env: Record<string, string> = { NO_COLOR: '1' }): LintRequest => ({ kind: 'run', argv, cwd: PROJECT, env, isTTY: false });

/** Sends raw bytes and answers what comes back. */
function raw(path: string, bytes: Buffer | string, endAfter = true): Promise<string> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    const s = connect(path, () => (endAfter ? s.end(bytes) : s.write(bytes)));
    s.on('data', (d: Buffer) => chunks.push(d));
    s.on('error', () => done(Buffer.concat(chunks).toString()));
    s.on('close', () => done(Buffer.concat(chunks).toString()));
  });
}

async function withServer<T>(fn: (path: string, server: RunningServer) => Promise<T>, idleMs = 60_000): Promise<T> {
  const path = socketPath();
  const server = await startServer({ socketPath: path, idleMs, version: '9.9.9', run: serve });
  try {
    return await fn(path, server);
  } finally {
    server.close();
    await server.ended;
  }
}

describe.runIf(posix)('the server', () => {
  it('lints as the process of its own would: same exit status, same output in the same order, for each format and run', async () => {
    await withServer(async (path) => {
      for (const argv of [
        ['lint', 'samples/arm'],
        ['lint', 'samples/bicep', '--format', 'json'],
        ['lint', 'samples/terraform', '-f', 'sarif'],
        ['lint', 'samples', '--max-warnings', '0', '--quiet'],
        ['lint', 'no/such/dir'],
        ['lint', '--no-such-option'],
        ['lint', '--help'],
      ]) {
        expect(await askServer(path, request(argv)), argv.join(' ')).toEqual(await inProcess(argv));
      }
      // The client's environment, not the server's: colours on for it alone.
      const colored = await askServer(path, request(['lint', 'samples/arm'], { FORCE_COLOR: '1' }));
      expect(colored).toEqual(await inProcess(['lint', 'samples/arm'], { FORCE_COLOR: '1' }));
      expect(colored?.kind === 'run' && colored.output[0]?.[1]).toContain('\x1b[');
      const status = await askServer(path, { kind: 'status' });
      expect(status).toEqual({ kind: 'status', pid: process.pid, version: '9.9.9', runs: 8, idleMs: 60_000 });
    });
  }, 60_000);

  it('serves clients that ask at once, one run after the other, each its own report', async () => {
    await withServer(async (path) => {
      const runs = [['lint', 'samples/arm', '-f', 'json'], ['lint', 'samples/bicep'], ['lint', 'samples/terraform', '-f', 'github'], ['lint', 'samples/arm', '--quiet']];
      const answers = await Promise.all(runs.map((argv) => askServer(path, request(argv))));
      for (const [i, argv] of runs.entries()) expect(answers[i], argv.join(' ')).toEqual(await inProcess(argv));
    });
  }, 60_000);

  it('reads the files afresh on every run: a file changed between two runs gives the new result', async () => {
    const dir = mkdtempSync(join(base, 'tree-'));
    const file = join(dir, 'azuredeploy.json');
    const site = (httpsOnly: boolean): string =>
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2022-09-01', name: 'app', location: 'westeurope', properties: { httpsOnly, clientCertEnabled: true, clientCertMode: 'Required' } }],
      });
    await withServer(async (path) => {
      writeFileSync(file, site(false));
      const first = await askServer(path, { ...request(['lint', file, '-f', 'json']) });
      writeFileSync(file, site(true));
      const second = await askServer(path, { ...request(['lint', file, '-f', 'json']) });
      const ids = (r: typeof first): string[] => (r?.kind === 'run' ? (JSON.parse(r.output[0]?.[1] ?? '[]') as { findings?: { ruleId: string }[] }).findings?.map((f) => f.ruleId) ?? [] : []);
      expect(ids(first)).toContain('https-only');
      expect(ids(second)).not.toContain('https-only');
    });
  }, 60_000);

  it('refuses what is not a request, and goes on serving', async () => {
    await withServer(async (path) => {
      expect(await raw(path, 'not json\n')).toMatch(/"kind":"refused"/);
      expect(await raw(path, `${JSON.stringify({ v: 1, kind: 'run', argv: ['lint'], cwd: 'relative', env: {}, isTTY: false })}\n`)).toMatch(/refused.*cwd/);
      expect(await raw(path, Buffer.alloc(MAX_REQUEST_BYTES + 10, 0x20))).toMatch(/refused.*larger than/);
      // A client that closes before its request is whole gets nothing, and the server is none the worse.
      expect(await raw(path, '{"v":1,"kind":')).toBe('');
      // Other commands are not run in the server.
      expect(await askServer(path, request(['lsp', '--stdio']))).toEqual({ kind: 'run', code: 2, output: [[2, 'mtlslint: the server runs `lint` only\n']] });
      expect(await askServer(path, request(['lint', 'samples/arm']))).toEqual(await inProcess(['lint', 'samples/arm']));
    });
  }, 60_000);

  it.each([
    [['lint', 'infra'], ['lint', '--threads', '1', 'infra']],
    [['lint', 'infra', '--threads', '3'], ['lint', 'infra', '--threads', '3']],
    [['lint', '--threads=2', 'infra'], ['lint', '--threads=2', 'infra']],
    [['lint', '--', '--threads'], ['lint', '--threads', '1', '--', '--threads']],
  ])('lints in one thread unless the run says --threads: %j runs as %j', (argv, ran) => {
    expect(oneThreadUnlessTold(argv)).toEqual(ran);
  });

  it('is not read from standard input', async () => {
    await withServer(async (path) => {
      const r = await askServer(path, request(['lint', '--stdin', '--stdin-filename', 'main.bicep']));
      expect(r).toEqual({ kind: 'run', code: 2, output: [[2, 'mtlslint: standard input is not sent to the server: lint it without --use-server\n']] });
    });
  });

  it('its socket is its owner\'s alone, and gone when it ends', async () => {
    const path = socketPath();
    const server = await startServer({ socketPath: path, idleMs: 60_000, version: '1', run: serve });
    expect(lstatSync(path).isSocket()).toBe(true);
    expect(lstatSync(path).mode & 0o077).toBe(0);
    expect(await askServer(path, { kind: 'stop' })).toEqual({ kind: 'stopping' });
    await server.ended;
    expect(existsSync(path)).toBe(false);
    // Nor is the name it listened on before taking the socket path.
    expect(readdirSync(base).filter((name) => name.startsWith('.t-'))).toEqual([]);
    expect(await askServer(path, { kind: 'status' })).toBeUndefined();
  });

  it('one server per socket; a socket left by a server that died is replaced; anything else there is left alone', async () => {
    await withServer(async (path) => {
      await expect(startServer({ socketPath: path, idleMs: 1000, version: '1', run: serve })).rejects.toThrow(/already listens/);
    });
    // A socket nothing listens on any more (its server was killed).
    const stale = socketPath();
    // A process killed while it listens leaves its socket file behind.
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(stale)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect(lstatSync(stale).isSocket()).toBe(true);
    const server = await startServer({ socketPath: stale, idleMs: 60_000, version: '1', run: serve });
    expect((await askServer(stale, { kind: 'status' }))?.kind).toBe('status');
    server.close();
    await server.ended;
    const file = socketPath();
    writeFileSync(file, 'mine');
    await expect(startServer({ socketPath: file, idleMs: 1000, version: '1', run: serve })).rejects.toThrow(/is there and is not a socket: it is left alone/);
    expect(lstatSync(file).isFile()).toBe(true);
  });

  it('ends by itself when its socket file is replaced by another server\'s (two started at once): it is unreachable', async () => {
    const path = socketPath();
    const first = await startServer({ socketPath: path, idleMs: 60_000, version: '1', run: serve, ownershipCheckMs: 20 });
    // What the second of two servers started at once does: it removes the file and listens there.
    rmSync(path);
    const second = await startServer({ socketPath: path, idleMs: 60_000, version: '2', run: serve, ownershipCheckMs: 20 });
    await first.ended;
    // The second server's socket is left as it was, and answers.
    expect(await askServer(path, { kind: 'status' })).toMatchObject({ kind: 'status', version: '2' });
    second.close();
    await second.ended;
    expect(existsSync(path)).toBe(false);
  });

  it('ends once it has answered a run after which its process is no longer as a fresh one (a WASM grammar failed)', async () => {
    const path = socketPath();
    let worn = false;
    const server = await startServer({
      socketPath: path,
      idleMs: 60_000,
      version: '1',
      run: async () => ({ kind: 'run', code: 0, output: [[1, 'done\n']] }),
      spent: () => worn,
    });
    expect(await askServer(path, request(['lint']))).toEqual({ kind: 'run', code: 0, output: [[1, 'done\n']] });
    expect((await askServer(path, { kind: 'status' }))?.kind).toBe('status');
    worn = true;
    expect(await askServer(path, request(['lint']))).toEqual({ kind: 'run', code: 0, output: [[1, 'done\n']] });
    await server.ended;
    expect(existsSync(path)).toBe(false);
  });

  it('ends by itself after its idle time without a run', async () => {
    const path = socketPath();
    const server = await startServer({ socketPath: path, idleMs: 200, version: '1', run: serve });
    const started = Date.now();
    await server.ended;
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(existsSync(path)).toBe(false);
  });

  it('a client finds no server where none listens: it then lints itself', async () => {
    expect(await askServer(join(base, 'none.sock'), { kind: 'status' })).toBeUndefined();
    const path = socketPath();
    writeFileSync(path, '');
    expect(await askServer(path, request(['lint']))).toBeUndefined();
    expect(encode({ kind: 'status' })).toBe('{"v":1,"kind":"status"}\n');
  });

  it('a client that hears nothing for its bound gives up (a stopped or hung server): it then lints itself', async () => {
    const path = socketPath();
    // Accepts and never says a word, as a stopped server's socket does (the kernel accepts for it).
    const mute = createServer(() => undefined);
    await new Promise<void>((done) => mute.listen(path, done));
    try {
      const started = Date.now();
      expect(await askServer(path, request(['lint', 'samples/arm']), 200)).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      mute.close();
    }
  });

  it('a run longer than the client\'s bound is still answered: the server tells a waiting client it is alive', async () => {
    const path = socketPath();
    const slow = async (r: LintRequest): Promise<RunResponse> => {
      await new Promise((done) => setTimeout(done, 600));
      return serve(r);
    };
    const server = await startServer({ socketPath: path, idleMs: 60_000, version: '1', run: slow, keepaliveMs: 50 });
    try {
      const argv = ['lint', 'samples/arm'];
      expect(await askServer(path, request(argv), 250)).toEqual(await inProcess(argv));
    } finally {
      server.close();
      await server.ended;
    }
  });
});

import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, renameSync, unlinkSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { askServer } from './client.js';
import { decodeRequest, encode, frame, KEEPALIVE_MS, MAX_REQUEST_BYTES, type LintRequest, type Response, type RunResponse } from './protocol.js';

export interface ServerOptions {
  socketPath: string;
  /** It ends after this long without a request. */
  idleMs: number;
  /** The package version, for `status`. */
  version: string;
  /** Runs one lint as its own process would (see src/cli/server-command.ts). Runs one at a time. */
  run: (request: LintRequest) => Promise<RunResponse>;
  /** Asked after each run: true ends the server once the run is answered (the process is no longer as a fresh one would be). */
  spent?: () => boolean;
  /** How often it checks that its socket file is still the one it made; 5 s unless told. */
  ownershipCheckMs?: number;
  /** How often it tells a waiting client it is alive (see protocol.ts); `KEEPALIVE_MS` unless told. */
  keepaliveMs?: number;
}

export interface RunningServer {
  /** Resolves when the server has ended: idle, asked to stop, or `close`d. */
  readonly ended: Promise<void>;
  close(): void;
}

/** A client that sends nothing (or not all of its request) for this long is let go. */
const REQUEST_TIMEOUT_MS = 10_000;

const OWNERSHIP_CHECK_MS = 5_000;

/**
 * Listens on `socketPath` (see address.ts) and answers requests one run at a time: the lints of a
 * pre-commit hook's parallel processes queue here rather than share the process. Refuses to start
 * where another server answers; a socket file left by a server that did not end cleanly is
 * replaced. The socket is made readable and writable by its owner only. Of two started at once,
 * the later takes the socket path and the earlier ends within `ownershipCheckMs`.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { socketPath, idleMs, version, run, spent, ownershipCheckMs = OWNERSHIP_CHECK_MS, keepaliveMs = KEEPALIVE_MS } = options;
  if (await askServer(socketPath, { kind: 'status' })) throw new Error(`a server already listens on ${socketPath}`);

  let runs = 0;
  let busy = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  let ownership: NodeJS.Timeout | undefined;
  let ending = false;
  /** The socket file this server made (device and inode), once it listens. */
  let ownSocket: string | undefined;
  let endedResolve: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (endedResolve = resolve));

  const server = createServer({ allowHalfOpen: true }, (socket) => serve(socket));
  const close = (): void => {
    if (ending) return;
    ending = true;
    if (idle) clearTimeout(idle);
    if (ownership) clearInterval(ownership);
    server.close(() => endedResolve());
    // Ours only: a server started after this one ended badly may have put its own socket there.
    if (ownSocket !== undefined && sameFile(socketPath, ownSocket)) {
      try {
        unlinkSync(socketPath);
      } catch {
        // gone already
      }
    }
  };
  const armIdle = (): void => {
    if (idle) clearTimeout(idle);
    if (!ending && busy === 0) idle = setTimeout(close, idleMs).unref();
  };

  function serve(socket: Socket): void {
    socket.on('error', () => undefined);
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy());
    const chunks: Buffer[] = [];
    let size = 0;
    let answered = false;
    const answer = (response: Response): void => {
      if (!socket.destroyed) socket.end(encode(response));
    };
    // A client that stops sending before its request is whole gets no answer.
    socket.on('end', () => {
      if (!answered) socket.destroy();
    });
    socket.on('data', (data: Buffer) => {
      if (answered) return;
      chunks.push(data);
      size += data.length;
      // Joined once, when the newline has come (or the bound is passed): a large request is not copied again at every chunk.
      if (data.indexOf(10) < 0 && size <= MAX_REQUEST_BYTES) return;
      let text: string | undefined;
      try {
        text = frame(Buffer.concat(chunks, size), MAX_REQUEST_BYTES);
      } catch (err) {
        answered = true;
        answer({ kind: 'refused', reason: (err as Error).message });
        return;
      }
      if (text === undefined) return;
      answered = true;
      socket.setTimeout(0);
      let request;
      try {
        request = decodeRequest(text);
      } catch (err) {
        answer({ kind: 'refused', reason: err instanceof Error ? err.message : String(err) });
        return;
      }
      if (request.kind === 'status') return answer({ kind: 'status', pid: process.pid, version, runs, idleMs });
      if (request.kind === 'stop') {
        answer({ kind: 'stopping' });
        close();
        return;
      }
      if (ending) return answer({ kind: 'refused', reason: 'the server is ending' });
      const lint = request;
      busy++;
      if (idle) clearTimeout(idle);
      // Queued or running, the client hears from it (a space before the answer): alive, not hung.
      const keepalive = setInterval(() => {
        if (!socket.destroyed) socket.write(' ');
      }, keepaliveMs);
      queue = queue
        .then(() => run(lint))
        .then(
          (response) => {
            runs++;
            answer(response);
            if (spent?.()) close();
          },
          // run() answers failures itself (exit 2 with a message); this is the server's own fault: the client lints in its own process.
          (err: unknown) => answer({ kind: 'refused', reason: `the server failed: ${err instanceof Error ? err.message : String(err)}` }),
        )
        // Cleared before a timer can run again: only microtasks come between the answer and this.
        .finally(() => {
          clearInterval(keepalive);
          busy--;
          armIdle();
        });
    });
  }

  // It listens on a name of its own, made its owner's alone (not with the umask around listen: a
  // worker thread, an embedding or the tests, cannot set it), then renamed onto the socket path:
  // clients never see it before it is private, a socket left by a killed server is replaced at
  // once, and closing, which unlinks the name listened on, never removes another server's socket.
  // Shorter than the socket's own name, so that it fits in sockaddr_un wherever the socket path does (see address.ts).
  const listening = join(dirname(socketPath), `.t-${randomBytes(3).toString('hex')}`);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listening, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  try {
    chmodSync(listening, 0o600);
    if (!socketOrAbsent(socketPath)) throw new Error(`${socketPath} is there and is not a socket: it is left alone`);
    renameSync(listening, socketPath);
  } catch (err) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw err;
  }
  const own = (ownSocket = fileId(socketPath));
  armIdle();
  // Two servers started at the same moment: the later one replaced this one's socket file (or it
  // was removed), so no client can reach this one any more. It ends rather than idling unreached.
  if (own !== undefined) {
    ownership = setInterval(() => {
      if (busy === 0 && !sameFile(socketPath, own)) close();
    }, ownershipCheckMs).unref();
  }
  return { ended, close };
}

/** Nothing at `path`, or a socket (one a killed server left behind, which the new one replaces). */
function socketOrAbsent(path: string): boolean {
  try {
    return lstatSync(path).isSocket();
  } catch {
    return true;
  }
}

function fileId(path: string): string | undefined {
  try {
    const s = lstatSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

const sameFile = (path: string, id: string): boolean => fileId(path) === id;

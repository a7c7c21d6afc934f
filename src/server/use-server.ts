import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serverSocketPath } from './address.js';

export { USE_SERVER_ENV, wantsServer } from './wants-server.js';

/** What a run prints to and is run in (the CLI's CliIO is one, with more). */
export interface RunIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

/**
 * Lints through the server of this build when one answers: prints what it printed, in order, and
 * answers its exit status. Undefined when none answers (none started, another build's, a server
 * that failed): the caller lints in its own process, with the same result.
 */
export async function lintThroughServer(argv: readonly string[], io: RunIO, dir: string): Promise<number | undefined> {
  const socketPath = serverSocketPath(dir, io.env);
  if (socketPath === undefined) return undefined;
  const { askServer } = await import('./client.js');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(io.env)) if (v !== undefined) env[k] = v;
  const response = await askServer(socketPath, { kind: 'run', argv: [...argv], cwd: io.cwd, env, isTTY: io.isTTY });
  if (response?.kind !== 'run') return undefined;
  for (const [fd, text] of response.output) (fd === 1 ? io.stdout : io.stderr)(text);
  return response.code;
}

/**
 * After a `lint --use-server` that found no server: starts this build's server for the next runs,
 * in the background, without waiting for it. Not in CI (`CI` set: a process that outlives the job
 * is not wanted there).
 */
export function startServerInBackground(env: Readonly<Record<string, string | undefined>>, dir: string): boolean {
  return env['CI'] ? false : spawnServer(env, dir);
}

/**
 * Starts `mtlslint server run` of this build as a process of its own (detached, no standard
 * streams, in the bundle's directory so that it holds no other directory open). False from the
 * sources (there is no launcher to start) and where it cannot be spawned.
 */
export function spawnServer(env: Readonly<Record<string, string | undefined>>, dir: string, idleMinutes?: number): boolean {
  if (process.platform === 'win32') return false;
  const launcher = join(dir, 'mtlslint.cjs');
  if (!existsSync(launcher)) return false;
  // Not loader/node-builtin.ts (see address.ts); loaded only to start a server.
  const { spawn } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const args = [launcher, 'server', 'run', ...(idleMinutes !== undefined ? ['--idle-timeout', String(idleMinutes)] : [])];
  try {
    spawn(process.execPath, args, { detached: true, stdio: 'ignore', cwd: dir, env: { ...env } }).unref();
    return true;
  } catch {
    return false;
  }
}

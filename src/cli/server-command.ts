import { isWorn } from '../../parsers/shared/process-state.js';
import { UsageError } from '../engine/errors.js';
import { bundleDir, serverSocketPath } from '../server/address.js';
import { askServer } from '../server/client.js';
import type { LintRequest, Output, RunResponse } from '../server/protocol.js';
import { startServer } from '../server/server.js';
import { spawnServer, USE_SERVER_ENV } from '../server/use-server.js';
import type { ParsedArgs } from './args.js';
import type { RunCli } from './commands.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

export const SERVER_ACTIONS = ['start', 'stop', 'status', 'run'] as const;
/** Minutes a server waits for a run before it ends, unless told otherwise. */
export const DEFAULT_IDLE_MINUTES = 30;
/** How long `start` waits for the server it started to answer. */
const START_WAIT_MS = 10_000;

/**
 * `mtlslint server start|stop|status|run`: a process of this build that stays, so that `lint
 * --use-server` runs (a pre-commit hook's) find its code compiled and its memory grown rather
 * than starting Node's and V8's work afresh. `run` serves in the foreground (what `start` starts in
 * the background). A server ends after `--idle-timeout` minutes without a run.
 */
export async function serverCommand(args: ParsedArgs, io: CliIO, cli: RunCli): Promise<number> {
  const [action, ...extra] = args.positionals;
  if (action === undefined || !(SERVER_ACTIONS as readonly string[]).includes(action) || extra.length > 0) {
    throw new UsageError(`Name one action: mtlslint server ${SERVER_ACTIONS.join('|')}`);
  }
  const minutes = args.values['idle-timeout'] ?? DEFAULT_IDLE_MINUTES;
  if (typeof minutes !== 'number' || !(minutes > 0) || minutes > 7 * 24 * 60) throw new UsageError('--idle-timeout must be a number of minutes, more than 0 and at most a week');
  const dir = bundleDir(import.meta.url);
  const socketPath = serverSocketPath(dir, io.env);
  if (socketPath === undefined) {
    io.stderr(`mtlslint: no server here: it needs a directory no one else can write for its socket ($XDG_RUNTIME_DIR or the temporary directory), and a POSIX system; lint runs in its own process\n`);
    return 2;
  }
  switch (action) {
    case 'status': {
      const status = await askServer(socketPath, { kind: 'status' });
      if (status?.kind !== 'status') {
        io.stdout(`No mtlslint server runs for this installation (${socketPath}).\n`);
        return 1;
      }
      io.stdout(
        `An mtlslint ${status.version} server runs (pid ${status.pid}, ${status.runs} ${status.runs === 1 ? 'run' : 'runs'} so far) on ${socketPath}; it ends after ${status.idleMs / 60_000} minutes without a run.\n`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await askServer(socketPath, { kind: 'stop' });
      io.stdout(stopped?.kind === 'stopping' ? 'Stopped the mtlslint server.\n' : 'No mtlslint server ran for this installation.\n');
      return 0;
    }
    case 'start': {
      const running = await askServer(socketPath, { kind: 'status' });
      if (running?.kind === 'status') {
        io.stdout(`An mtlslint server already runs (pid ${running.pid}).\n`);
        return 0;
      }
      if (!spawnServer(io.env, dir, minutes)) {
        io.stderr('mtlslint: could not start a server: only the installed command (bin/mtlslint.cjs) can\n');
        return 2;
      }
      for (const until = Date.now() + START_WAIT_MS; Date.now() < until; ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const status = await askServer(socketPath, { kind: 'status' });
        if (status?.kind === 'status') {
          io.stdout(
            `Started an mtlslint server (pid ${status.pid}): \`mtlslint lint --use-server\` (or ${USE_SERVER_ENV}=1) lints through it. It ends after ${minutes} minutes without a run, or with \`mtlslint server stop\`.\n`,
          );
          return 0;
        }
      }
      io.stderr(`mtlslint: the server did not answer within ${START_WAIT_MS / 1000} s (run \`mtlslint server run\` to see why)\n`);
      return 2;
    }
    default: {
      const server = await startServer({ socketPath, idleMs: minutes * 60_000, version: packageVersion(), run: (request) => lintAsProcess(request, cli), spent: isWorn });
      const stop = (): void => server.close();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      await server.ended;
      process.removeListener('SIGTERM', stop);
      process.removeListener('SIGINT', stop);
      return 0;
    }
  }
}

/**
 * The server lints in its own thread unless the run says `--threads`: its code is warm, a worker
 * thread's would start cold at every run (on the 2-core machine, the JSON tree through the server
 * took 278 ms in one thread, 325 ms with one worker, 441 ms with two). The report is the same
 * either way. Put first, so that a `--threads` of the run, later, wins.
 */
export function oneThreadUnlessTold(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.some((a) => a === '--threads' || a.startsWith('--threads='))) return [...argv];
  return [argv[0] ?? 'lint', '--threads', '1', ...argv.slice(1)];
}

/**
 * One `lint` as the client's own process would have run it: its arguments, working directory,
 * environment and terminal, what it prints kept in order. Other commands are not run here (the
 * client sends only `lint`). Standard input is not sent (see wants-server.ts).
 */
export async function lintAsProcess(request: LintRequest, cli: RunCli): Promise<RunResponse> {
  const output: Output = [];
  const write = (fd: 1 | 2) => (text: string): void => {
    const last = output[output.length - 1];
    if (last?.[0] === fd) last[1] += text;
    else output.push([fd, text]);
  };
  if (request.argv[0] !== 'lint') return { kind: 'run', code: 2, output: [[2, 'mtlslint: the server runs `lint` only\n']] };
  const code = await cli(oneThreadUnlessTold(request.argv), {
    stdout: write(1),
    stderr: write(2),
    cwd: request.cwd,
    env: request.env,
    isTTY: request.isTTY,
    readStdin: () => {
      throw new UsageError('standard input is not sent to the server: lint it without --use-server');
    },
  });
  return { kind: 'run', code, output };
}

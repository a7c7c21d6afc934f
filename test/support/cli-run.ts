import { main, type CliIO } from '../../src/cli/main.js';

export { tempRepo } from './temp-repo.js';

/** Runs `mtlslint <argv>` in process from `cwd`, capturing what it prints. */
export async function runCli(cwd: string, argv: readonly string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, isTTY: false, readStdin: () => stdin };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

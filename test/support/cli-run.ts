import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main.js';

/** A fresh repository (`.git` bounds the config search) with the given files. */
export function tempRepo(files: Record<string, string>, prefix = 'mtlslint-cli-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** Runs `mtlslint <argv>` in process from `cwd`, capturing what it prints. */
export async function runCli(cwd: string, argv: readonly string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, isTTY: false, readStdin: () => stdin };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

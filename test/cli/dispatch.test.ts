import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { packageVersion } from '../../src/cli/version.js';

const PROJECT = resolve(import.meta.dirname, '../..');

function run(argv: string[], cwd = PROJECT) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, isTTY: false, readStdin: () => '' };
  return main(argv, io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

describe('command dispatch', () => {
  it('--version prints the version only', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: `${packageVersion()}\n`, err: '' });
  });

  it.each([['--help'], ['-h']])('%s lists the commands on standard output', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^mtlslint <command> \[options\]\n/);
    for (const c of ['lint [paths..]', 'rules', 'init']) expect(r.out).toContain(`mtlslint ${c}`);
  });

  it('<command> --help prints that command’s options and runs nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-help-'));
    const r = await run(['init', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^mtlslint init \[options\]\n/);
    expect((await run(['lint', 'nowhere', '--help'], dir)).out).toContain('--sarif-include-suppressed');
  });

  it.each([
    [[], "mtlslint: Name a command: lint, rules, lsp, server, init. Run 'mtlslint --help' for more.\n"],
    [['--frob'], 'mtlslint: Unknown argument: --frob. Commands: lint, rules, lsp, server, init.\n'],
    [['lint', '--format'], 'mtlslint: --format needs a value (FORMAT[:FILE])\n'],
    [['lint', '--threads', 'x'], "mtlslint: --threads must be a number, got 'x'\n"],
    [['lint', '--threads', '1.5'], 'mtlslint: --threads must be a whole number, 1 or more\n'],
  ])('%j: usage error, exit 2, one line', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, out: '', err: message });
  });

  it('a repeated single-valued option: the last one wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-last-'));
    writeFileSync(join(dir, 'main.json'), '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}\n');
    const r = await run(['lint', '-f', 'json', '-o', 'a.json', '--max-warnings', '5', '--max-warnings=0', '-o', 'b.json'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'))).toMatchObject({ findings: [] });
  });
});

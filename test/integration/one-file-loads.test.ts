import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBundle } from '../support/cli-bundle.js';

/**
 * What a one-file run (the pre-commit case) makes Node load beyond its own start: the report goes
 * out through a pipe, to a terminal or to /dev/null without Node's stream modules (colours on or off), a report that shows no
 * fingerprints needs no node:crypto (they are hashed when first read), deadlines no perf_hooks,
 * built-ins come without node:module (which brings Node's ES module loader and source maps), and
 * the command line is split without util.parseArgs, and the Terraform grammar's V8 flags are set
 * without node:v8 where Node still has V8's binding (Node 24 has not: there node:v8 is expected;
 * it loads Node's stream and net modules; src/loader/v8-flags.ts), and no
 * node:os: the core count is asked only by a walk that finds many files (src/engine/lint-pool.ts).
 * Each of these costs a one-file run 2–9 ms (node:v8 about 15). Checked on the built CLI, never by timing.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'mtlslint-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_LOADED = ['stream', 'net', 'tty', 'crypto', 'perf_hooks', 'internal/fs/sync_write_stream', 'module', 'internal/modules/esm/loader', 'internal/source_map/source_map', 'internal/util/parse_args/parse_args', 'v8', 'os'];

/** The environment without NO_COLOR or FORCE_COLOR: the flags alone decide. */
const withoutColorSettings = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NO_COLOR' && k !== 'FORCE_COLOR'));

/**
 * Where the report goes: a pipe (as a pre-commit hook or CI reads it), `/dev/null` (where benchmark
 * tools such as hyperfine send it), or a terminal (a pseudo-terminal that python3's `pty` module
 * opens, relaying what is written to it).
 */
type Sink = 'pipe' | 'null' | 'terminal';

function modulesLoaded(cli: string, file: string, args: string[] = [], sink: Sink = 'pipe'): { status: number | null; stdout: string; modules: string[] } {
  return modulesOf([cli, 'lint', file, ...args], sink);
}

function modulesOf(script: string[], sink: Sink = 'pipe'): { status: number | null; stdout: string; modules: string[] } {
  const list = join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const preload = join(dir, 'record-loads.cjs');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  const command = [process.execPath, '-r', preload, ...script];
  const r =
    sink === 'terminal'
      ? spawnSync('python3', ['-c', 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)', ...command], { cwd: PROJECT, encoding: 'utf8', env: withoutColorSettings })
      : spawnSync(command[0] as string, command.slice(1), { cwd: PROJECT, encoding: 'utf8', env: withoutColorSettings, stdio: ['ignore', sink === 'null' ? 'ignore' : 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout ?? '', modules: readFileSync(list, 'utf8').split('\n') };
}

/** What this Node loads for a CommonJS script of its own (Node 24 starts its ES module loader for any). */
const atStart = (() => {
  const empty = join(dir, 'empty.cjs');
  writeFileSync(empty, '');
  return new Set(modulesOf([empty]).modules);
})();

/** Where `process.binding('v8')` is gone (Node 24), V8's flags are set through `node:v8`, which loads these (src/loader/v8-flags.ts). */
const v8Fallback = (() => {
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    (process as unknown as { binding: (name: string) => unknown }).binding('v8');
    return [];
  } catch {
    const script = join(dir, 'v8.cjs');
    writeFileSync(script, "require('node:v8');\n");
    return modulesOf([script]).modules.filter((m) => !atStart.has(m));
  } finally {
    process.noDeprecation = quiet;
  }
})();

/** Those of `names` the run loaded beyond this Node's own start (and, for Terraform, the V8 flag fallback). */
function loadedOf(modules: string[], names: readonly string[], terraform: boolean): string[] {
  return modules.filter((m) => names.some((name) => m === `NativeModule ${name}`) && !atStart.has(m) && !(terraform && v8Fallback.includes(m)));
}

describe('a one-file run of the built CLI', () => {
  for (const file of ['samples/arm/secure-api/azuredeploy.json', 'samples/bicep/secure-api/main.bicep', 'samples/terraform/main.tf']) {
    const terraform = file.endsWith('.tf');
    it(`loads none of ${NOT_LOADED.join(', ')} (${file}, report through a pipe, colours on and off)`, async () => {
      const cli = await cliBundle();
      for (const [format, color] of [['stylish', '--no-color'], ['stylish', '--color'], ['json', '--no-color']] as const) {
        const r = modulesLoaded(cli, file, ['--format', format, color]);
        expect(r.status, r.stdout).toBeLessThanOrEqual(1);
        expect(r.stdout.length).toBeGreaterThan(0);
        // The Terraform sample has findings: its JSON report, which shows their fingerprints, loads node:crypto (and the stream modules it needs).
        const shown = terraform && format === 'json' ? NOT_LOADED.filter((name) => name !== 'crypto' && name !== 'stream') : NOT_LOADED;
        expect(loadedOf(r.modules, shown, terraform)).toEqual([]);
        // Only a Terraform run sets V8 flags (the grammar's WASM tiering, src/engine/wasm-tiering.ts), through V8's binding.
        expect(r.modules.includes('Internal Binding v8')).toBe(terraform);
        if (terraform) expect(r.modules.includes('NativeModule v8')).toBe(v8Fallback.length > 0);
      }
    }, 120_000);
  }

  it.runIf(process.platform === 'linux')('loads none of them either with its report at a terminal (in colour) or sent to /dev/null', async () => {
    const cli = await cliBundle();
    for (const file of ['samples/arm/secure-api/azuredeploy.json', 'samples/bicep/secure-api/main.bicep', 'samples/terraform/main.tf']) {
      const atTerminal = modulesLoaded(cli, file, ['--format', 'stylish'], 'terminal');
      expect(atTerminal.status, atTerminal.stdout).toBeLessThanOrEqual(1);
      // The terminal was told it is one: stylish output in colour, as Node's stream would have said.
      if (file.endsWith('.tf')) expect(atTerminal.stdout).toMatch(/\u001b\[\d+m/);
      expect(atTerminal.stdout).toMatch(/problems?|No problems|Checked/);
      expect(loadedOf(atTerminal.modules, NOT_LOADED, file.endsWith('.tf'))).toEqual([]);

      const toNull = modulesLoaded(cli, file, ['--format', 'stylish'], 'null');
      expect(toNull.status).toBe(atTerminal.status);
      expect(loadedOf(toNull.modules, NOT_LOADED, file.endsWith('.tf'))).toEqual([]);
    }
  }, 120_000);

  it('reports findings with their fingerprints (the Terraform sample has findings)', async () => {
    const cli = await cliBundle();
    const r = modulesLoaded(cli, 'samples/terraform/main.tf', ['--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { fingerprint?: string }[] };
    const prints = report.findings.map((f) => f.fingerprint);
    expect(prints.length).toBeGreaterThan(0);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{32}$/);
    expect(r.modules).toContain('NativeModule crypto');
    // The terminal's report of the same findings hashes none.
    const stylish = modulesLoaded(cli, 'samples/terraform/main.tf', ['--format', 'stylish']);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('problems');
    expect(stylish.modules).not.toContain('NativeModule crypto');
  }, 120_000);
});

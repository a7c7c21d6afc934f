import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';

const FIXTURES = resolve(import.meta.dirname, '../engine/fixtures/collapse');

async function run(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, isTTY: false, readStdin: () => '' };
  const code = await main(['lint', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-nothing-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/README.md'), '# docs\n');
  return dir;
}

describe('mtlslint lint with nothing to lint', () => {
  it('exits 2 and says so for a directory with no lintable file', async () => {
    const dir = repo();
    expect(await run(dir, ['docs'])).toEqual({
      code: 2,
      out: '',
      err: 'mtlslint: No files to lint in docs: no Bicep, ARM template or parameter file, Terraform or Terraform plan was found there (ignored files and folders are left out).\n',
    });
    // The default path is the working directory: the same.
    expect((await run(join(dir, 'docs'), [])).code).toBe(2);
  });

  it('does not look into a linked file outside the tree to decide whether a directory holds anything', async () => {
    const dir = repo();
    const outside = mkdtempSync(join(tmpdir(), 'mtlslint-outside-'));
    writeFileSync(join(outside, 'template.json'), '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }\n');
    symlinkSync(join(outside, 'template.json'), join(dir, 'docs/linked.json'));
    // Read, the target would make `docs` a directory with a template; confined, it is not ours.
    expect(await run(dir, ['docs'])).toMatchObject({ code: 2, out: '', err: expect.stringContaining('mtlslint: No files to lint in docs') });
  });

  it('exits 0 for files named one by one that hold nothing to lint (pre-commit)', async () => {
    const dir = repo();
    expect(await run(dir, ['docs/README.md'])).toEqual({ code: 0, out: '\u2714 No problems. Checked 0 files: no App Service site, slot or certificate in them.\n', err: '' });
  });

  it('a clean run says what it checked', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'main.bicep'), "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'api'\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n  }\n}\n");
    expect(await run(dir, ['main.bicep'])).toEqual({ code: 0, out: '\u2714 No problems. Checked 1 site in 1 file.\n', err: '' });
  });
});

describe('mtlslint lint --baseline with a baseline written by mtlslint 0.1', () => {
  it('still suppresses the findings it recorded, and says how to update it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-v1-'));
    mkdirSync(join(dir, '.git'));
    // The fixtures sit where they were when the baseline was written (paths in it are repository-relative).
    cpSync(FIXTURES, join(dir, 'test/engine/fixtures/collapse'), { recursive: true });
    const cwd = join(dir, 'test/engine/fixtures/collapse');
    const result = await run(cwd, ['arm', 'bicep', 'terraform', '--baseline', 'baseline-v1.json']);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      'mtlslint: the baseline suppressed 8 findings; 4 baseline entries no longer occur (fixed): run with --baseline-write to drop them\n' +
        'mtlslint: the baseline baseline-v1.json is in the version 1 format (mtlslint 0.1): its entries still match; rewrite it with --baseline-write to use the new fingerprints\n',
    );
    // One site declaration each in arm/, bicep/modules and terraform/modules (deployed 3, 3 and 3 times).
    expect(result.out).toBe('\u2714 No problems. Checked 3 sites in 9 files.\n');
  });
});

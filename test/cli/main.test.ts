import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseRuleFlags, type CliIO } from '../../src/cli/main.js';

const PROJECT = resolve(import.meta.dirname, '../..');

function io(cwd = PROJECT, stdin = '', env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env,
    isTTY: false,
    readStdin: () => stdin,
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

const BAD = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": { "httpsOnly": true, "clientCertEnabled": true, "clientCertMode": "Optional" }
    }
  ]
}
`;

function tempTemplate(text: string): string {
  const d = mkdtempSync(join(tmpdir(), 'mtlslint-cli-'));
  writeFileSync(join(d, 'main.json'), text);
  return d;
}

describe('mtlslint lint', () => {
  it('lints the bundled samples, reports the bad one and exits 1', async () => {
    const t = io();
    const code = await main(['lint', 'samples'], t.cli);
    expect(code).toBe(1);
    expect(t.out()).toContain('samples/arm/legacy-portal/azuredeploy.json');
    expect(t.out()).not.toContain('samples/arm/secure-api/azuredeploy.json');
    expect(t.out()).toMatch(/\d+ problems? \(\d+ errors?/);
  });

  it('exits 0 on a clean template and prints nothing alarming', async () => {
    const t = io();
    const code = await main(['lint', 'samples/arm/secure-api'], t.cli);
    expect(t.err()).toBe('');
    expect(code).toBe(0);
  });

  it('writes JSON with exact positions', async () => {
    const d = tempTemplate(BAD);
    const t = io(d);
    const code = await main(['lint', '--format', 'json'], t.cli);
    expect(code).toBe(1);
    const report = JSON.parse(t.out()) as { findings: { ruleId: string; file: string; line: number; column: number }[] };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['client-cert-mode', 'main.json', 9, 87]]);
  });

  it('--rule turns a rule down, and warnings pass unless --max-warnings is exceeded', async () => {
    const d = tempTemplate(BAD);
    expect(await main(['lint', '--rule', 'client-cert-mode=warn'], io(d).cli)).toBe(0);
    expect(await main(['lint', '--rule', 'client-cert-mode=warn', '--max-warnings', '0'], io(d).cli)).toBe(1);
    expect(await main(['lint', '--rule', 'client-cert-mode=off'], io(d).cli)).toBe(0);
  });

  it('--quiet leaves warnings out of the report', async () => {
    const d = tempTemplate(BAD);
    const t = io(d);
    await main(['lint', '--rule', 'client-cert-mode=warn', '--quiet', '-f', 'json'], t.cli);
    expect((JSON.parse(t.out()) as { findings: unknown[] }).findings).toEqual([]);
  });

  it('--output-file writes the report to a file', async () => {
    const d = tempTemplate(BAD);
    const t = io(d);
    expect(await main(['lint', '-f', 'sarif', '-o', 'out/report.sarif'], t.cli)).toBe(1);
    expect(t.out()).toBe('');
    const sarif = JSON.parse(readFileSync(join(d, 'out/report.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('--stdin lints standard input under the given name', async () => {
    const t = io(PROJECT, BAD);
    const code = await main(['lint', '--stdin', '--stdin-filename', 'infra/site.json', '-f', 'github'], t.cli);
    expect(code).toBe(1);
    expect(t.out()).toMatch(/^::error file=infra\/site\.json,line=9,col=87/m);
  });

  it.each([
    [['lint', '--format', 'xml'], /Invalid values/],
    [['lint', '--rule', 'no-such-rule=error'], /unknown rule 'no-such-rule'/],
    [['lint', '--rule', 'https-only=loud'], /severity must be/],
    [['lint', 'does/not/exist'], /No such file or directory: does\/not\/exist/],
    [['frobnicate'], /Unknown argument|Unknown command/],
    [['lint', '--stdin'], /--stdin needs --stdin-filename/],
  ])('usage error %j exits 2 with a message', async (argv, message) => {
    const t = io();
    expect(await main(argv, t.cli)).toBe(2);
    expect(t.err()).toMatch(message);
  });
});

describe('mtlslint rules', () => {
  it('lists every rule as text and as JSON', async () => {
    const t = io();
    expect(await main(['rules'], t.cli)).toBe(0);
    expect(t.out()).toMatch(/^https-only\s+error\s+safe\s+\S/m);
    expect(t.out()).toMatch(/^client-cert-mode\s+error\s+unsafe\s+\S/m);
    const j = io();
    await main(['rules', '--format', 'json'], j.cli);
    const ids = (JSON.parse(j.out()) as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual([
      'https-only',
      'client-cert-enabled',
      'client-cert-mode',
      'client-cert-exclusion-paths',
      'tls-renegotiation',
      'min-tls-version',
      'client-cert-settings-ignored',
      'load-certificates-scope',
      'certificate-secret-in-source',
      'parse-error',
      'unresolved-setting',
      'not-analysed',
      'unused-directive',
      'directive-reason',
    ]);
  });
});

describe('parseRuleFlags', () => {
  const known = new Set(['https-only', 'client-cert-mode']);
  it.each([
    [['https-only=warn'], { 'https-only': 'warn' }],
    [['https-only:off,client-cert-mode=note'], { 'https-only': 'off', 'client-cert-mode': 'note' }],
    [['https-only=warning'], { 'https-only': 'warn' }],
  ])('%j', (flags, expected) => {
    expect(parseRuleFlags(flags, known)).toEqual(expected);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';

const BAD_SITE = `resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'good'
  location: 'westeurope'
  properties: { httpsOnly: true, clientCertEnabled: true, clientCertMode: 'Optional' }
}
`;

function repo(): string {
  const d = mkdtempSync(join(tmpdir(), 'mtlslint-special-'));
  mkdirSync(join(d, '.git'));
  writeFileSync(join(d, 'good.bicep'), BAD_SITE);
  return d;
}

const goodFinding = (findings: { ruleId: string; range: { file: string; start: { line: number } } }[], d: string) =>
  findings.some((f) => f.ruleId === 'client-cert-mode' && f.range.file === join(d, 'good.bicep') && f.range.start.line === 4);

describe('files that are not regular files are never read', () => {
  it.skipIf(!existsSync('/dev/zero'))('a module path to /dev/zero is refused where it is named', async () => {
    const d = repo();
    writeFileSync(join(d, 'main.bicep'), "module m '/dev/zero' = {\n  name: 'm'\n}\n");
    const r = await lintPaths(['.'], { cwd: d });
    const own = r.findings.filter((f) => f.range.file === join(d, 'main.bicep'));
    expect(own.map((f) => [f.ruleId, f.range.start.line, f.range.start.column])).toEqual([['not-analysed', 1, 10]]);
    expect(goodFinding(r.findings, d)).toBe(true);
  });

  it.skipIf(!existsSync('/dev/urandom'))('loadTextContent of /dev/urandom is refused and leaves the value unresolved', async () => {
    const d = repo();
    writeFileSync(join(d, 'main.bicep'), BAD_SITE.replace("'good'", "loadTextContent('/dev/urandom')"));
    const r = await lintPaths(['.'], { cwd: d });
    const own = r.findings.filter((f) => f.range.file === join(d, 'main.bicep'));
    expect(own.filter((f) => f.ruleId === 'not-analysed').map((f) => [f.range.start.line, f.range.start.column])).toEqual([[2, 9]]);
    expect(goodFinding(r.findings, d)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('a FIFO named like a template does not hang the run', async () => {
    const d = repo();
    execFileSync('mkfifo', [join(d, 'pipe.bicep')]);
    execFileSync('mkfifo', [join(d, 'pipe.json')]);
    const r = await lintPaths(['.'], { cwd: d });
    expect(goodFinding(r.findings, d)).toBe(true);
  });

  it('a looping symlink beside a file named on the command line (pre-commit) is skipped', async () => {
    const d = repo();
    symlinkSync(join(d, 'loop.bicep'), join(d, 'loop.bicep'));
    symlinkSync(join(d, 'b.tf'), join(d, 'a.tf'));
    symlinkSync(join(d, 'a.tf'), join(d, 'b.tf'));
    const r = await lintPaths(['good.bicep'], { cwd: d });
    expect(goodFinding(r.findings, d)).toBe(true);
  });

  it('filebase64() does not tell whether a path outside the tree exists', async () => {
    const d = repo();
    const tf = (p: string) => `resource "azurerm_linux_web_app_slot" "s" {\n  name = "s"\n  app_service_id = "x"\n  site_config {}\n  client_certificate_enabled = filebase64("${p}") != ""\n}\n`;
    const outside = mkdtempSync(join(tmpdir(), 'mtlslint-outside-'));
    writeFileSync(join(outside, 'exists.pfx'), 'x');
    mkdirSync(join(d, 'a'));
    mkdirSync(join(d, 'b'));
    writeFileSync(join(d, 'a', 'main.tf'), tf(join(outside, 'exists.pfx')));
    writeFileSync(join(d, 'b', 'main.tf'), tf(join(outside, 'absent.pfx')));
    const r = await lintPaths(['.'], { cwd: d });
    const messages = (dir: string) => r.findings.filter((f) => f.range.file === join(d, dir, 'main.tf')).map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message.replaceAll(outside, '<o>').replace(/(exists|absent)\.pfx/g, '<f>')}`);
    expect(messages('a')).toEqual(messages('b'));
  });
});

describe('parameter and variable files go only to the parser of their own format', () => {
  it('--var-file dev.tfvars beside ARM and Bicep files is not read as JSON', async () => {
    const d = repo();
    writeFileSync(join(d, 'dev.tfvars'), 'name = "x"\n');
    writeFileSync(join(d, 'main.tf'), 'variable "name" {}\nresource "azurerm_linux_web_app" "x" {\n  name = var.name\n  https_only = false\n  site_config {}\n}\n');
    writeFileSync(join(d, 'arm.json'), JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [] }));
    const r = await lintPaths(['.'], { cwd: d, parameterFiles: ['dev.tfvars'] });
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(goodFinding(r.findings, d)).toBe(true);
    expect(r.findings.some((f) => f.ruleId === 'https-only' && f.range.file === join(d, 'main.tf') && f.range.start.line === 4)).toBe(true);
  });
});

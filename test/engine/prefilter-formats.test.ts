import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';

/**
 * The Bicep and Terraform prefilters (parsers/*\/relevance.ts) skip what cannot hold or feed App
 * Service, and parse the files that feed one that can: a module's other files, a Bicep file's
 * neighbours and parameter files. Findings are as with everything parsed, positions included.
 */
const base = mkdtempSync(join(tmpdir(), 'mtlslint-prefilter-formats-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

function tree(files: Record<string, string>): string {
  const dir = join(base, String(n++));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function lint(dir: string, prefilter: boolean) {
  const result = await lintPaths(['.'], { cwd: dir, root: dir, prefilter, threads: 1 });
  const findings = result.findings.map((f) => ({ rule: f.ruleId, file: relative(dir, f.range.file), line: f.range.start.line, column: f.range.start.column, message: f.message }));
  return { findings, files: result.files.map((f) => relative(dir, f)).sort() };
}

describe('Bicep and Terraform prefilter', () => {
  it('parses the variables file of a Terraform module whose site reads it, and reports as with everything parsed', async () => {
    const dir = tree({
      'infra/main.tf': 'resource "azurerm_linux_web_app" "app" {\n  name       = "app"\n  https_only = var.https_only\n  site_config {}\n}\n',
      'infra/variables.tf': 'variable "https_only" {\n  type    = bool\n  default = false\n}\n',
    });
    const on = await lint(dir, true);
    expect(on).toEqual(await lint(dir, false));
    const https = on.findings.filter((f) => f.rule === 'https-only');
    // At the default in variables.tf, which names nothing the prefilter looks for: it was parsed with main.tf.
    expect(https).toEqual([expect.objectContaining({ file: 'infra/variables.tf', line: 3, column: 13 })]);
    expect(https[0]?.message).toContain("from variable 'https_only', default false");
  });

  it('parses a Bicep file beside one that names a site, and its parameter file', async () => {
    const dir = tree({
      'bicep/main.bicep': "param httpsOnly bool = true\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: {\n    httpsOnly: httpsOnly\n  }\n}\n",
      'bicep/main.bicepparam': "using './main.bicep'\nparam httpsOnly = false\n",
      'bicep/other.bicep': 'var broken = {{\n',
    });
    const on = await lint(dir, true);
    expect(on).toEqual(await lint(dir, false));
    expect(on.findings.filter((f) => f.rule === 'parse-error').map((f) => [f.file, f.line])).toEqual([['bicep/other.bicep', 2]]);
    expect(on.findings.some((f) => f.rule === 'https-only' && f.file === 'bicep/main.bicepparam' && f.line === 2)).toBe(true);
  });

  it('does not parse Bicep and Terraform that cannot hold App Service, so their syntax errors are not reported; they count as linted', async () => {
    const dir = tree({
      'tf/main.tf': 'resource "azurerm_storage_account" "st" {{{\n',
      'bicep/main.bicep': "resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {{{\n",
    });
    const on = await lint(dir, true);
    expect(on.findings).toEqual([]);
    expect(on.files).toEqual(['bicep/main.bicep', 'tf/main.tf']);
    const all = await lint(dir, false);
    expect([...new Set(all.findings.filter((f) => f.rule === 'parse-error').map((f) => f.file))]).toEqual(['bicep/main.bicep', 'tf/main.tf']);
  });

  it('parses a Terraform module that calls another, so the called module is judged in its caller', async () => {
    const dir = tree({
      'root/main.tf': 'module "site" {\n  source     = "../site"\n  https_only = false\n}\n',
      'site/main.tf': 'variable "https_only" {\n  type = bool\n}\nresource "azurerm_linux_web_app" "app" {\n  name       = "app"\n  https_only = var.https_only\n  site_config {}\n}\n',
    });
    const on = await lint(dir, true);
    expect(on).toEqual(await lint(dir, false));
    // At the value the caller passes.
    expect(on.findings.filter((f) => f.rule === 'https-only').map((f) => [f.file, f.line, f.column])).toEqual([['root/main.tf', 3, 16]]);
  });
});

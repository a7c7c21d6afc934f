import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/engine/lint.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/fix/terraform');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const PATH = '/virtual/main.tf';

async function dryRun(text: string, extra: { path: string; text: string }[] = []) {
  return lintSources([{ path: PATH, text }, ...extra], { cwd: '/virtual', root: '/virtual', fix: 'dry-run', unsafeFixes: true });
}

const fixedText = async (text: string): Promise<string> => (await dryRun(text)).fixes?.find((f) => f.file === PATH)?.output ?? text;

describe('--fix for Terraform', () => {
  it('main.tf → main.fixed.tf: literals, a variable default used once, missing arguments aligned with their neighbours', async () => {
    expect(await fixedText(read('main.tf'))).toBe(read('main.fixed.tf'));
  });

  it('reports what it fixed and what it left, and a second run changes nothing', async () => {
    const result = await dryRun(read('main.tf'));
    expect(result.fixes?.[0]?.applied.map((a) => `${a.ruleId} ${a.setting}=${String(a.value)}`)).toEqual([
      'client-cert-mode clientCertMode=Required',
      'https-only httpsOnly=true',
      'client-cert-enabled clientCertEnabled=true',
      'https-only httpsOnly=true',
      'min-tls-version minTlsVersion=1.2',
      'https-only httpsOnly=true',
      'client-cert-mode clientCertMode=Required',
    ]);
    expect(result.skippedFixes?.map((s) => s.reason)).toEqual([
      "variable 'tls' is used elsewhere too",
      "variable 'tls' is used elsewhere too",
      "variable 'locked_mode' is used elsewhere too",
    ]);
    expect((await dryRun(read('main.fixed.tf'))).fixes).toEqual([]);
  });

  it('keeps CRLF line endings', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    expect(await fixedText(crlf(read('main.tf')))).toBe(crlf(read('main.fixed.tf')));
  });

  it('never changes a tfvars file or a variable declared in another file', async () => {
    const tf = `resource "azurerm_linux_web_app" "api" {
  name                       = "api"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  https_only                 = var.https
  client_certificate_enabled = true
  client_certificate_mode    = var.mode
  site_config {}
}
`;
    const result = await dryRun(tf, [
      { path: '/virtual/variables.tf', text: 'variable "https" {\n  type    = bool\n  default = false\n}\n\nvariable "mode" {\n  type = string\n}\n' },
      { path: '/virtual/terraform.tfvars', text: 'mode = "Optional"\n' },
    ]);
    expect(result.fixes).toEqual([]);
    expect(result.skippedFixes?.map((s) => `${s.ruleId}: ${s.reason}`)).toEqual([
      'client-cert-mode: the value comes from a tfvars file, a module argument or a local',
      'https-only: the variable is declared in another file',
    ]);
  });

  it('puts a new argument beside its closest related one, aligned with it', async () => {
    const tf = `resource "azurerm_linux_function_app" "worker" {
  name            = "worker"
  service_plan_id = "plan"
  https_only      = true

  client_certificate_enabled         = true
  client_certificate_exclusion_paths = "/healthz/"

  site_config {}
  tags = {}
}
`;
    expect(await fixedText(tf)).toBe(tf.replace('= true\n  client_certificate_exclusion_paths', '= true\n  client_certificate_mode            = "Required"\n  client_certificate_exclusion_paths'));
  });

  it('adds an argument to a block without arguments, and to a one-line block', async () => {
    const fixed = await fixedText(
      'resource "azurerm_linux_web_app" "a" {\n  site_config {}\n}\n\nresource "azurerm_linux_web_app" "b" {}\n',
    );
    expect(fixed).toBe(
      'resource "azurerm_linux_web_app" "a" {\n  https_only = true\n  client_certificate_enabled = true\n  site_config {}\n}\n\nresource "azurerm_linux_web_app" "b" {\n  https_only = true\n  client_certificate_enabled = true\n}\n',
    );
  });
});

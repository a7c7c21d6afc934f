import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';

/**
 * pre-commit passes only the changed files. Values still resolve with the rest of their
 * directory, and a changed parameter or variable file re-lints what it feeds.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const opts = { cwd: PROJECT, root: PROJECT };

async function findings(...paths: string[]) {
  const result = await lintPaths(paths, opts);
  return result.findings.map((f) => `${f.ruleId} ${f.range.file.slice(PROJECT.length + 1)}:${f.range.start.line}`);
}

describe('linting named files with their directory as context', () => {
  it('a changed terraform.tfvars reports the findings its values cause, where they are written', async () => {
    expect(await findings('samples/terraform/terraform.tfvars')).toEqual([
      'https-only samples/terraform/terraform.tfvars:2',
      'certificate-secret-in-source samples/terraform/terraform.tfvars:4',
      // The secret the tfvars supplies travels through a variable not marked sensitive.
      'certificate-secret-in-source samples/terraform/variables.tf:16',
    ]);
  });

  it('a changed .tf file is linted with the variables, tfvars and modules of its directory', async () => {
    expect(await findings('samples/terraform/main.tf')).toEqual([
      // module "support_portal" passes client_cert_mode = "Optional": reported once at the caller's
      // argument, for the module's web app and its slot together.
      'client-cert-mode samples/terraform/main.tf:39',
      'client-cert-mode samples/terraform/main.tf:52',
      'tls-renegotiation samples/terraform/main.tf:63',
      'client-cert-exclusion-paths samples/terraform/main.tf:63',
      'client-cert-exclusion-paths samples/terraform/main.tf:63',
      'tls-renegotiation samples/terraform/main.tf:67',
      'load-certificates-scope samples/terraform/main.tf:75',
      // Resources declared in main.tf whose values are written in the other files of the directory.
      'https-only samples/terraform/terraform.tfvars:2',
      'certificate-secret-in-source samples/terraform/terraform.tfvars:4',
      'certificate-secret-in-source samples/terraform/variables.tf:16',
    ]);
  });

  it('a changed ARM parameter file re-lints the template it feeds', async () => {
    expect(await findings('samples/arm/legacy-portal/azuredeploy.parameters.json')).toEqual([
      // The password the parameter file supplies goes through a parameter that is not securestring.
      'certificate-secret-in-source samples/arm/legacy-portal/azuredeploy.json:16',
      'certificate-secret-in-source samples/arm/legacy-portal/azuredeploy.parameters.json:6',
    ]);
  });

  it('a changed .bicepparam re-lints the template it points at', async () => {
    const result = await lintPaths(['samples/bicep/payments/main.bicepparam'], opts);
    const named = resolve(PROJECT, 'samples/bicep/payments/main.bicepparam');
    expect(result.findings.length).toBe(5);
    // Each finding is written in the .bicepparam, or its value comes from there.
    for (const f of result.findings) expect(f.range.file === named || f.related.some((r) => r.range.file === named)).toBe(true);
    expect(result.findings.filter((f) => f.range.file === named).map((f) => `${f.ruleId}:${f.range.start.line}`)).toEqual([
      // The site and its slot take the mode and TLS version from the same lines: one finding each.
      'client-cert-mode:4',
      'min-tls-version:5',
      'certificate-secret-in-source:7',
    ]);
  });

  it('naming the whole directory reports everything in it', async () => {
    const dir = await findings('samples/terraform');
    const named = await findings('samples/terraform/main.tf', 'samples/terraform/terraform.tfvars', 'samples/terraform/variables.tf');
    expect(named.sort()).toEqual(dir.filter((f) => !f.includes('/modules/') || named.includes(f)).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';
import { tempRepo } from '../support/temp-repo.js';

/*
 * Files named one by one (pre-commit, an editor) are linted with the files around them as context
 * (a Terraform module's other files, the templates beside a Bicep file): the summary counts the
 * sites reported on, as the findings are kept, not every site of that context.
 */

const files = {
  'infra/main.bicep': "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: { httpsOnly: true, clientCertEnabled: true }\n}\n",
  'infra/main.tf': [
    'resource "azurerm_linux_web_app" "a" {',
    '  https_only = var.https',
    '  client_certificate_enabled = true',
    '  site_config {}',
    '}',
    'resource "azurerm_linux_web_app" "b" {',
    '  https_only = true',
    '  client_certificate_enabled = true',
    '  site_config {}',
    '}',
    '',
  ].join('\n'),
  'infra/variables.tf': 'variable "https" {\n  default = false\n}\n',
  'infra/other.tf': 'resource "azurerm_resource_group" "rg" {\n  name = "rg"\n}\n',
};

describe('coverage of files named one by one', () => {
  const dir = tempRepo(files, 'mtlslint-focus-');
  it.each([
    { named: 'infra/main.bicep', sites: 1, findings: [] },
    // Its site's value is written in variables.tf: the finding points there, and is kept for the site's file too.
    { named: 'infra/main.tf', sites: 2, findings: ['https-only infra/variables.tf 2:13'] },
    { named: 'infra/other.tf', sites: 0, findings: [] },
    // The value comes from this file: the finding is kept, and its site counted.
    { named: 'infra/variables.tf', sites: 1, findings: ['https-only infra/variables.tf 2:13'] },
  ])('$named: $sites site(s)', async ({ named, sites, findings }) => {
    const result = await lintPaths([named], { cwd: dir, root: dir });
    expect(result.findings.map((f) => `${f.ruleId} ${f.range.file.slice(dir.length + 1)} ${f.range.start.line}:${f.range.start.column}`)).toEqual(findings);
    expect(result.coverage?.sites).toBe(sites);
  });

  it('the directory: every site', async () => {
    const result = await lintPaths(['infra'], { cwd: dir, root: dir });
    expect(result.coverage?.sites).toBe(3);
  });
});

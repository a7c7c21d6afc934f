import { describe, expect, it } from 'vitest';
import { clientCertSettingsIgnored } from '../../rules/client-cert-settings-ignored.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite, CERTS_ON } from './arm-fixtures.js';

const OFF = '"clientCertEnabled": false';

/** A module whose mode and exclusion paths default to values that need certificates on, which are off by default. */
const BICEP_MODULE = `param clientCertMode string = 'Optional'
param clientCertExclusionPaths string = '/healthz'

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders'
  properties: {
    clientCertMode: clientCertMode
    clientCertExclusionPaths: clientCertExclusionPaths
  }
}
`;
const TF_MODULE = `variable "mode" {
  default = "Optional"
}

variable "exclusions" {
  default = "/healthz"
}

resource "azurerm_linux_web_app" "this" {
  client_certificate_mode            = var.mode
  client_certificate_exclusion_paths = var.exclusions
}
`;

ruleTester(clientCertSettingsIgnored, {
  valid: [
    { name: 'certificates on with a mode and paths', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Required"', '"clientCertExclusionPaths": "/healthz/"']) },
    { name: 'certificates off and nothing else', format: 'arm', code: armSite([OFF]) },
    { name: 'certificates off with an empty exclusion list', format: 'arm', code: armSite([OFF, '"clientCertExclusionPaths": ""']) },
    {
      name: 'certificates unresolved: cannot know',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Required"'], { parameters: '{ "certs": { "type": "bool" } }' }),
    },
    { name: 'look-alike: another resource type', format: 'arm', code: armSite([OFF, '"clientCertMode": "Required"'], { type: 'Microsoft.Web/staticSites' }) },
    {
      name: 'Bicep: the mode and paths only come from module defaults the caller left unset',
      format: 'bicep',
      code: "module site './modules/site.bicep' = {\n  name: 'site'\n}\n",
      files: { 'modules/site.bicep': BICEP_MODULE },
    },
    {
      name: 'Terraform: the same for variable defaults of a called module',
      format: 'terraform',
      code: 'module "site" {\n  source = "./modules/site"\n}\n',
      files: { 'modules/site/main.tf': TF_MODULE },
    },
  ],
  invalid: [
    { name: 'mode with certificates off', format: 'arm', code: armSite([OFF, '"clientCertMode": "Required"']), errors: [{ messageId: 'modeIgnored', line: 13, column: 27, endColumn: 36 }] },
    {
      name: 'exclusion paths with certificates off by default',
      format: 'arm',
      code: armSite(['"clientCertExclusionPaths": "/healthz/"']),
      errors: [{ messageId: 'exclusionPathsIgnored', line: 12, column: 37, endColumn: 47 }],
    },
    {
      name: 'both',
      format: 'arm',
      code: armSite([OFF, '"clientCertMode": "Optional"', '"clientCertExclusionPaths": "/"']),
      errors: [
        { messageId: 'modeIgnored', line: 13, column: 27 },
        { messageId: 'exclusionPathsIgnored', line: 14, column: 37 },
      ],
    },
    {
      name: 'Bicep: a caller that sets the mode itself while certificates stay off',
      format: 'bicep',
      code: "module site './modules/site.bicep' = {\n  name: 'site'\n  params: {\n    clientCertMode: 'Required'\n  }\n}\n",
      files: { 'modules/site.bicep': BICEP_MODULE },
      errors: [{ messageId: 'modeIgnored', line: 4, column: 21, endColumn: 30 }],
    },
    {
      name: 'Terraform: a caller that sets the exclusion paths itself',
      format: 'terraform',
      code: 'module "site" {\n  source     = "./modules/site"\n  exclusions = "/status"\n}\n',
      files: { 'modules/site/main.tf': TF_MODULE },
      errors: [{ messageId: 'exclusionPathsIgnored', line: 3, column: 16, endColumn: 24 }],
    },
    {
      name: "Bicep: a file's own parameter defaults are its author's configuration",
      format: 'bicep',
      code: BICEP_MODULE,
      errors: [
        { messageId: 'modeIgnored', line: 1, column: 31, endColumn: 40 },
        { messageId: 'exclusionPathsIgnored', line: 2, column: 41, endColumn: 50 },
      ],
    },
    {
      name: 'certificates turned off by a parameter default',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Required"'], { parameters: '{ "certs": { "type": "bool", "defaultValue": false } }' }),
      errors: [{ messageId: 'modeIgnored', line: 13, column: 27 }],
    },
  ],
});

describe('client-cert-settings-ignored messages', () => {
  it('says why the mode has no effect', async () => {
    const code = armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Required"'], { parameters: '{ "certs": { "type": "bool", "defaultValue": false } }' });
    const [f] = (await lintText('arm', code, { rules: onlyRule(clientCertSettingsIgnored) })).findings;
    expect(f?.message).toBe(
      "Client certificate mode has no effect on Microsoft.Web/sites 'api': turn client certificates on or remove clientCertMode. clientCertEnabled is false (from parameter 'certs', default false), so the mode \"Required\" requests nothing.",
    );
  });

  it('says when off is the platform default', async () => {
    const [f] = (await lintText('arm', armSite(['"clientCertExclusionPaths": "/healthz/"']), { rules: onlyRule(clientCertSettingsIgnored) })).findings;
    expect(f?.message).toContain('clientCertEnabled is not set (web apps default to false)');
  });
});

import { describe, expect, it } from 'vitest';
import { certificateSecretInSource } from '../../rules/certificate-secret-in-source.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armCertificate, armParams } from './arm-fixtures.js';

const PFX = '"pfxBlob": "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAE"';
const PW_PARAM = '"password": "[parameters(\'pw\')]"';
/** On line 4 the parameter `pw` starts at column 19 and its default value at column 61. */
const pwParam = (type: string, withDefault: boolean): string =>
  `{ "pw": { "type": "${type}"${withDefault ? ', "defaultValue": "Example-Passw0rd"' : ''} } }`;

ruleTester(certificateSecretInSource, {
  valid: [
    { name: 'Key Vault reference', format: 'arm', code: armCertificate(['"keyVaultId": "[resourceId(\'Microsoft.KeyVault/vaults\', \'kv\')]"', '"keyVaultSecretName": "client-ca"']) },
    { name: 'secure parameter without default', format: 'arm', code: armCertificate([PW_PARAM], { parameters: pwParam('securestring', false) }) },
    {
      name: 'secure parameter from a Key Vault reference in the parameter file',
      format: 'arm',
      code: armCertificate([PW_PARAM], { parameters: pwParam('securestring', false) }),
      files: {
        'main.parameters.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "pw": { "reference": { "keyVault": { "id": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" }, "secretName": "pfx-password" } }
  }
}
`,
      },
    },
    { name: 'PFX from an expression that cannot be known', format: 'arm', code: armCertificate(['"pfxBlob": "[reference(\'blob\').value]"']) },
    { name: 'empty password', format: 'arm', code: armCertificate(['"password": ""']) },
    { name: 'look-alike: another resource type', format: 'arm', code: armCertificate([PFX], { type: 'Microsoft.Web/sites/hostNameBindings' }) },
  ],
  invalid: [
    { name: 'literal PFX', format: 'arm', code: armCertificate([PFX]), errors: [{ messageId: 'literal', line: 11, column: 20 }] },
    {
      name: 'literal PFX and password',
      format: 'arm',
      code: armCertificate([PFX, '"password": "Example-Passw0rd"']),
      errors: [
        { messageId: 'literal', line: 11, column: 20 },
        { messageId: 'literal', line: 12, column: 21, endColumn: 38 },
      ],
    },
    {
      name: 'non-secure parameter with a default: both problems',
      format: 'arm',
      code: armCertificate([PW_PARAM], { parameters: pwParam('string', true) }),
      errors: [
        { messageId: 'nonSecureParameter', line: 4, column: 19 },
        { messageId: 'literal', line: 4, column: 61, endColumn: 78 },
      ],
    },
    {
      name: 'non-secure parameter without a default',
      format: 'arm',
      code: armCertificate([PW_PARAM], { parameters: pwParam('string', false) }),
      errors: [{ messageId: 'nonSecureParameter', line: 4, column: 19 }],
    },
    {
      name: 'secure parameter with a literal default',
      format: 'arm',
      code: armCertificate([PW_PARAM], { parameters: pwParam('securestring', true) }),
      errors: [{ messageId: 'literal', line: 4, column: 67 }],
    },
    {
      name: 'literal in the parameter file',
      format: 'arm',
      code: armCertificate([PW_PARAM], { parameters: pwParam('securestring', false) }),
      files: { 'main.parameters.json': armParams({ pw: 'Example-Passw0rd' }) },
      errors: [{ messageId: 'literal', line: 5, column: 22, endColumn: 39 }],
    },
  ],
});

describe('certificate-secret-in-source messages', () => {
  it('says where the literal is and which parameter is not secure', async () => {
    const code = armCertificate([PW_PARAM], { parameters: pwParam('string', true) });
    const result = await lintText('arm', code, { rules: onlyRule(certificateSecretInSource) });
    expect(result.findings.map((f) => f.message)).toEqual([
      "Certificate secret through a non-secure parameter for Microsoft.Web/certificates 'client-ca': declare parameter 'pw' secure or use a Key Vault reference. The PFX password it carries is kept in clear text in the deployment history.",
      "Certificate secret in source for Microsoft.Web/certificates 'client-ca': move the PFX password to Key Vault and reference it (keyVaultId and keyVaultSecretName). The value of password is a literal from the default value of parameter 'pw'; anyone who can read the repository can use it.",
    ]);
  });
});

describe('certificate-secret-in-source on Terraform plan JSON', () => {
  const plan = (sensitive: boolean) => `{
  "format_version": "1.2",
  "terraform_version": "1.9.5",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "azurerm_app_service_certificate.cert",
          "mode": "managed",
          "type": "azurerm_app_service_certificate",
          "name": "cert",
          "values": {
            "password": "Cert-Passw0rd",
            "key_vault_secret_id": null
          },
          "sensitive_values": { ${sensitive ? '"password": true' : ''} }
        }
      ]
    }
  }
}
`;
  it.each([
    ['a plain value in the plan is a literal', false, [['literal', 13, 25]]],
    ['a value marked sensitive came from a sensitive variable, not necessarily from source', true, []],
  ])('%s', async (_name, sensitive, expected) => {
    const result = await lintText('terraform', '', { files: { 'plan.json': plan(sensitive) }, rules: onlyRule(certificateSecretInSource) });
    expect(result.findings.map((f) => [f.messageId, f.range.start.line, f.range.start.column])).toEqual(expected);
  });
});

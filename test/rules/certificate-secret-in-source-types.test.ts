import { describe, expect, it } from 'vitest';
import { certificateSecretInSource } from '../../rules/certificate-secret-in-source.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';

/*
 * Secure at any depth: a secret read from a member of a typed parameter is judged by the member's
 * declared type (Bicep `@secure()` on type members, imported types, array items, `*:`; ARM
 * `securestring` / `secureObject` through `definitions`, `$ref`, `properties`, `items`,
 * `additionalProperties`), and the message names the member.
 */

const CERT_TYPE = `type certType = {
  name: string
  @secure()
  password: string
  label: string
}
`; // lines 1-6

/** A certificate whose `password` is `expr`, after `prelude` (the certificate starts on the line after it). */
const bicepCert = (prelude: string, expr: string): string => `${prelude}resource c 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'client-ca'
  properties: {
    password: ${expr}
  }
}
`;

const armCert = (definitions: string, parameters: string, expr: string): string => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "definitions": ${definitions},
  "parameters": ${parameters},
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "client-ca",
      "properties": { "password": "${expr}" }
    }
  ]
}
`;

const ARM_DEFS = `{ "certType": { "type": "object", "properties": { "name": { "type": "string" }, "password": { "type": "securestring" }, "label": { "type": "string" } } } }`;

ruleTester(certificateSecretInSource, {
  valid: [
    { name: 'bicep: @secure() member of a user-defined type', format: 'bicep', code: bicepCert(`${CERT_TYPE}param cert certType\n`, 'cert.password') },
    { name: 'bicep: safe access to a @secure() member of a nullable typed parameter', format: 'bicep', code: bicepCert(`${CERT_TYPE}param cert certType?\n`, 'cert.?password') },
    {
      name: 'bicep: @secure() member of an imported type',
      format: 'bicep',
      code: bicepCert(`import { certType } from 'types.bicep'\nparam cert certType\n`, 'cert.password'),
      files: { 'types.bicep': `@export()\n${CERT_TYPE}` },
    },
    {
      name: 'bicep: @secure() member of an item of a typed array',
      format: 'bicep',
      code: bicepCert(`${CERT_TYPE}param certs certType[] = [{ name: 'a', password: kv.getSecret('pw'), label: 'x' }]\nresource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = { name: 'kv' }\n`, 'certs[0].password'),
    },
    {
      name: 'bicep: @secure() on the additional properties of an object type',
      format: 'bicep',
      code: bicepCert('type vault = {\n  @secure()\n  *: string\n}\nparam secrets vault\n', 'secrets.pfx'),
    },
    { name: 'bicep: a @secure() object: every member is secure', format: 'bicep', code: bicepCert('@secure()\nparam cert object\n', 'cert.password') },
    { name: 'arm: securestring property of a $ref definition', format: 'arm', code: armCert(ARM_DEFS, `{ "cert": { "$ref": "#/definitions/certType" } }`, "[parameters('cert').password]") },
    {
      name: 'arm: tryGet of a securestring member of a nullable $ref parameter',
      format: 'arm',
      code: armCert(ARM_DEFS, `{ "cert": { "$ref": "#/definitions/certType", "nullable": true } }`, "[tryGet(parameters('cert'), 'password')]"),
    },
    {
      name: 'arm: securestring items of an array',
      format: 'arm',
      code: armCert('{}', `{ "pws": { "type": "array", "items": { "type": "securestring" } } }`, "[parameters('pws')[0]]"),
    },
    {
      name: 'arm: securestring additionalProperties',
      format: 'arm',
      code: armCert('{}', `{ "pws": { "type": "object", "additionalProperties": { "type": "securestring" } } }`, "[parameters('pws').client]"),
    },
    { name: 'arm: secureObject: every member is secure', format: 'arm', code: armCert('{}', `{ "cert": { "type": "secureObject" } }`, "[parameters('cert').password]") },
  ],
  invalid: [
    {
      name: 'bicep: a member the type does not mark secure',
      format: 'bicep',
      code: bicepCert(`${CERT_TYPE}param cert certType\n`, 'cert.label'),
      errors: [{ messageId: 'nonSecureParameter', line: 7, column: 1, endColumn: 19 }],
    },
    {
      name: 'bicep: a literal default of a secure member is still a literal',
      format: 'bicep',
      code: bicepCert(`${CERT_TYPE}param cert certType = { name: 'a', password: 'Example-Passw0rd', label: 'x' }\n`, 'cert.password'),
      errors: [{ messageId: 'literal', line: 7, column: 46, endColumn: 63 }],
    },
    {
      name: 'bicep: a plain object parameter',
      format: 'bicep',
      code: bicepCert('param cert object\n', 'cert.password'),
      errors: [{ messageId: 'nonSecureParameter', line: 1, column: 1, endColumn: 17 }],
    },
    {
      name: 'arm: a string member of a $ref definition',
      format: 'arm',
      code: armCert(ARM_DEFS, `{ "cert": { "$ref": "#/definitions/certType" } }`, "[parameters('cert').label]"),
      errors: [{ messageId: 'nonSecureParameter', line: 5, column: 19 }],
    },
    {
      name: 'arm: plain string items',
      format: 'arm',
      code: armCert('{}', `{ "pws": { "type": "array", "items": { "type": "string" } } }`, "[parameters('pws')[0]]"),
      errors: [{ messageId: 'nonSecureParameter', line: 5, column: 19 }],
    },
  ],
});

describe('certificate-secret-in-source names the member', () => {
  it.each([
    ['bicep', bicepCert(`${CERT_TYPE}param cert certType\n`, 'cert.label')],
    ['arm', armCert(ARM_DEFS, `{ "cert": { "$ref": "#/definitions/certType" } }`, "[parameters('cert').label]")],
  ] as const)('%s', async (format, code) => {
    const result = await lintText(format, code, { rules: onlyRule(certificateSecretInSource) });
    expect(result.findings.map((f) => f.message)).toEqual([
      "Certificate secret through a non-secure parameter for Microsoft.Web/certificates 'client-ca': declare member 'label' of parameter 'cert' secure or use a Key Vault reference. The PFX password it carries is kept in clear text in the deployment history.",
    ]);
  });

  it('says the literal comes from the default of the member', async () => {
    const code = bicepCert(`${CERT_TYPE}param cert certType = { name: 'a', password: 'Example-Passw0rd', label: 'x' }\n`, 'cert.password');
    const result = await lintText('bicep', code, { rules: onlyRule(certificateSecretInSource) });
    expect(result.findings.map((f) => f.message)).toEqual([
      "Certificate secret in source for Microsoft.Web/certificates 'client-ca': move the PFX password to Key Vault and reference it (keyVaultId and keyVaultSecretName). The value of password is a literal from the default value of member 'password' of parameter 'cert'; anyone who can read the repository can use it.",
    ]);
  });
});

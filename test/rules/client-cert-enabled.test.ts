import { describe, expect, it } from 'vitest';
import { clientCertEnabled } from '../../rules/client-cert-enabled.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite } from './arm-fixtures.js';

ruleTester(clientCertEnabled, {
  valid: [
    { name: 'enabled', format: 'arm', code: armSite(['"clientCertEnabled": true']) },
    {
      name: 'enabled from a parameter default',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"'], { parameters: '{ "certs": { "type": "bool", "defaultValue": true } }' }),
    },
    {
      name: 'unresolved parameter is left to unresolved-setting',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"'], { parameters: '{ "certs": { "type": "bool" } }' }),
    },
    { name: 'look-alike: another resource type', format: 'arm', code: armSite(['"clientCertEnabled": false'], { type: 'Microsoft.Web/staticSites' }) },
  ],
  invalid: [
    { name: 'literal false', format: 'arm', code: armSite(['"clientCertEnabled": false']), errors: [{ messageId: 'disabled', line: 12, column: 30, endColumn: 34 }] },
    { name: 'absent: the platform default is false', format: 'arm', code: armSite(['"httpsOnly": true']), errors: [{ messageId: 'missing', line: 7, column: 7 }] },
    {
      name: 'HTTP/2 does not excuse missing client certificates',
      format: 'arm',
      code: armSite(['"clientCertEnabled": false', '"siteConfig": { "http20Enabled": true }']),
      errors: [{ messageId: 'disabled', line: 12, column: 30 }],
    },
    {
      name: 'false from a parameter default points at the default',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"'], { parameters: '{ "certs": { "type": "bool", "defaultValue": false } }' }),
      errors: [{ messageId: 'disabled', line: 4, column: 62 }],
    },
    {
      name: 'false computed by an expression points at the expression',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[equals(parameters(\'env\'), \'prod\')]"'], { parameters: '{ "env": { "type": "string", "defaultValue": "dev" } }' }),
      errors: [{ messageId: 'disabled', line: 12, column: 30 }],
    },
    { name: 'slot', format: 'arm', code: armSite([], { type: 'Microsoft.Web/sites/slots', name: 'api/staging' }), errors: [{ messageId: 'missing', line: 7, column: 7 }] },
  ],
});

describe('client-cert-enabled messages', () => {
  it('says the false is the default of function apps', async () => {
    const [f] = (await lintText('arm', armSite([], { kind: 'functionapp' }), { rules: onlyRule(clientCertEnabled) })).findings;
    expect(f?.message).toBe(
      "Client certificates are off on Microsoft.Web/sites 'api': set clientCertEnabled to true. It is not set and function apps default to false, so callers are never asked for a certificate.",
    );
    expect(f?.fix).toEqual({ setting: 'clientCertEnabled', value: true });
  });
});

import { describe, expect, it } from 'vitest';
import { loadCertificatesScope } from '../../rules/load-certificates-scope.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite } from './arm-fixtures.js';

const T1 = '3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A';
const T2 = 'b1d3f5e7a93f2a9c41d07b5e8c6a1f0b2d4e6c8a';
/** The value's opening quote is at 12:89, so index i of the value is at column 90 + i. */
const load = (value: string): string =>
  armSite([`"siteConfig": { "appSettings": [{ "name": "WEBSITE_LOAD_CERTIFICATES", "value": ${JSON.stringify(value)} }] }`]);

ruleTester(loadCertificatesScope, {
  valid: [
    { name: 'one thumbprint', format: 'arm', code: load(T1) },
    { name: 'two thumbprints, any case, spaces around', format: 'arm', code: load(`${T1}, ${T2}`) },
    { name: 'empty: nothing loaded', format: 'arm', code: load('') },
    { name: 'absent', format: 'arm', code: armSite([]) },
    { name: 'another app setting', format: 'arm', code: armSite(['"siteConfig": { "appSettings": [{ "name": "WEBSITE_LOAD_USER_PROFILE", "value": "*" }] }']) },
  ],
  invalid: [
    { name: 'every certificate', format: 'arm', code: load('*'), errors: [{ messageId: 'all', line: 12, column: 90, endColumn: 90 }] },
    { name: '* among thumbprints', format: 'arm', code: load(`${T1},*`), errors: [{ messageId: 'all', line: 12, column: 131 }] },
    { name: 'too short', format: 'arm', code: load('3F2A9C41'), errors: [{ messageId: 'malformed', line: 12, column: 90, endColumn: 97 }] },
    { name: 'not hexadecimal', format: 'arm', code: load(`${T1},${T1.slice(0, 39)}Z`), errors: [{ messageId: 'malformed', line: 12, column: 131, endColumn: 170 }] },
    { name: 'separated by ;', format: 'arm', code: load(`${T1};${T2}`), errors: [{ messageId: 'malformed', line: 12, column: 90, endColumn: 170 }] },
    { name: 'blank entry', format: 'arm', code: load(`${T1},`), errors: [{ messageId: 'blank', line: 12, column: 130 }] },
    {
      name: 'in a config/appsettings child resource',
      format: 'arm',
      code: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": {}
    },
    {
      "type": "Microsoft.Web/sites/config",
      "apiVersion": "2023-12-01",
      "name": "api/appsettings",
      "dependsOn": ["[resourceId('Microsoft.Web/sites', 'api')]"],
      "properties": { "WEBSITE_LOAD_CERTIFICATES": "*" }
    }
  ]
}
`,
      errors: [{ messageId: 'all', line: 16, column: 53 }],
    },
  ],
});

describe('load-certificates-scope messages', () => {
  it('quotes the malformed entry', async () => {
    const [f] = (await lintText('arm', load('3F2A9C41'), { rules: onlyRule(loadCertificatesScope) })).findings;
    expect(f?.message).toBe(
      'Malformed certificate thumbprint "3F2A9C41" in app setting WEBSITE_LOAD_CERTIFICATES of Microsoft.Web/sites \'api\': write the 40-digit hexadecimal SHA-1 thumbprint. A malformed entry loads nothing.',
    );
  });
});

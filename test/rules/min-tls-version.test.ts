import { describe, expect, it } from 'vitest';
import { minTlsVersion } from '../../rules/min-tls-version.js';
import { interpolate } from '../../src/engine/run-rules.js';
import { absent, knownDefault } from '../../src/model/index.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite } from './arm-fixtures.js';
import { check, range, terraformSite } from './model-fixtures.js';

const siteConfig = (body: string): string => armSite([`"siteConfig": { ${body} }`]);

ruleTester(minTlsVersion, {
  valid: [
    { name: '1.2 on both', format: 'arm', code: siteConfig('"minTlsVersion": "1.2", "scmMinTlsVersion": "1.2"') },
    { name: '1.3', format: 'arm', code: siteConfig('"minTlsVersion": "1.3"') },
    { name: 'absent: the platform default is 1.2', format: 'arm', code: armSite([]) },
    { name: 'a JSON number 1.2', format: 'arm', code: siteConfig('"minTlsVersion": 1.2') },
    {
      name: 'unresolved parameter is left to unresolved-setting',
      format: 'arm',
      code: siteConfig('"minTlsVersion": "[parameters(\'tls\')]"').replace('"parameters": {}', '"parameters": { "tls": { "type": "string" } }'),
    },
    { name: 'look-alike: another resource type', format: 'arm', code: armSite(['"siteConfig": { "minTlsVersion": "1.0" }'], { type: 'Microsoft.Web/serverfarms' }) },
  ],
  invalid: [
    {
      name: 'both below 1.2',
      format: 'arm',
      code: siteConfig('"minTlsVersion": "1.0", "scmMinTlsVersion": "1.1"'),
      errors: [
        { messageId: 'tooLow', line: 12, column: 42, endColumn: 46 },
        { messageId: 'tooLow', line: 12, column: 69, endColumn: 73 },
      ],
    },
    { name: 'SCM site only', format: 'arm', code: siteConfig('"scmMinTlsVersion": "1.1"'), errors: [{ messageId: 'tooLow', line: 12, column: 45 }] },
    { name: 'a JSON number 1.0', format: 'arm', code: siteConfig('"minTlsVersion": 1.0'), errors: [{ messageId: 'tooLow', line: 12, column: 42, endColumn: 44 }] },
    { name: 'not a TLS version', format: 'arm', code: siteConfig('"minTlsVersion": "TLS1.2"'), errors: [{ messageId: 'invalid', line: 12, column: 42 }] },
    { name: 'an unknown version', format: 'arm', code: siteConfig('"minTlsVersion": "1.10"'), errors: [{ messageId: 'invalid', line: 12, column: 42 }] },
    {
      name: 'from a parameter default',
      format: 'arm',
      code: siteConfig('"minTlsVersion": "[parameters(\'tls\')]"').replace('"parameters": {}', '"parameters": { "tls": { "type": "string", "defaultValue": "1.1" } }'),
      errors: [{ messageId: 'tooLow', line: 4, column: 62 }],
    },
    {
      name: 'a config/web child overrides the site',
      format: 'arm',
      code: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": { "siteConfig": { "minTlsVersion": "1.2" } },
      "resources": [
        {
          "type": "config",
          "apiVersion": "2023-12-01",
          "name": "web",
          "dependsOn": ["api"],
          "properties": { "minTlsVersion": "1.0" }
        }
      ]
    }
  ]
}
`,
      errors: [{ messageId: 'tooLow', line: 16, column: 44 }],
    },
  ],
});

describe('min-tls-version on the model', () => {
  it('reports a default below 1.2 and offers 1.2', () => {
    const site = terraformSite('azurerm_app_service', 'webApp', { minTlsVersion: absent(range(1, 1, 10), knownDefault('1.0')) });
    const { reports } = check(minTlsVersion, site);
    expect(reports.map((r) => [r.messageId, r.setting, r.fix?.value])).toEqual([['defaultTooLow', 'minTlsVersion', '1.2']]);
    expect(interpolate(minTlsVersion.meta.messages['defaultTooLow'] ?? '', reports[0]?.data ?? {})).toBe(
      'Minimum TLS 1.0 on the site of azurerm_app_service.api: set site_config.min_tls_version to "1.2". It is not set, and azurerm web apps default to 1.0.',
    );
  });
});

describe('min-tls-version messages', () => {
  it('says which endpoint and offers the fix', async () => {
    const [f] = (await lintText('arm', siteConfig('"scmMinTlsVersion": "1.1"'), { rules: onlyRule(minTlsVersion) })).findings;
    expect(f?.message).toBe(
      'Minimum TLS 1.1 on the SCM (Kudu) site of Microsoft.Web/sites \'api\': set siteConfig.scmMinTlsVersion to "1.2". It is 1.1, and TLS below 1.2 is deprecated.',
    );
    expect(f?.fix).toEqual({ setting: 'scmMinTlsVersion', value: '1.2', safety: 'safe' });
  });
});

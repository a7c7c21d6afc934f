import { describe, expect, it } from 'vitest';
import { clientCertEnabled } from '../../rules/client-cert-enabled.js';
import { interpolate } from '../../src/engine/run-rules.js';
import { absent, knownDefault, setValue } from '../../src/model/index.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite } from './arm-fixtures.js';
import { check, range, terraformSite } from './model-fixtures.js';

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
    expect(f?.fix).toEqual({ setting: 'clientCertEnabled', value: true, safety: 'unsafe' });
  });
});

describe('client-cert-enabled on the model (Terraform resource types)', () => {
  it('asks for a mode where the mode is the switch, without a boolean fix', () => {
    const site = terraformSite('azurerm_logic_app_standard', 'logicApp', { clientCertEnabled: absent(range(1, 1, 10), knownDefault(false)) });
    const { reports } = check(clientCertEnabled, site);
    expect(reports.map((r) => [r.messageId, r.setting, r.fix])).toEqual([['missingMode', 'clientCertEnabled', undefined]]);
    expect(interpolate(clientCertEnabled.meta.messages['missingMode'] ?? '', reports[0]?.data ?? {})).toBe(
      'Client certificates are off on azurerm_logic_app_standard.api: set client_certificate_mode to "Required". For this resource type certificates are only on when a mode is set.',
    );
  });

  it('says when a legacy slot type cannot enable client certificates', () => {
    const site = terraformSite('azurerm_app_service_slot', 'webApp', { clientCertEnabled: absent(range(1, 1, 10), knownDefault(false)) });
    expect(check(clientCertEnabled, site).reports.map((r) => r.messageId)).toEqual(['unsupported']);
  });

  it('uses the azurerm argument names', () => {
    const site = terraformSite('azurerm_app_service', 'webApp', { clientCertEnabled: setValue(false, range(4, 25, 5), []) });
    const { reports } = check(clientCertEnabled, site);
    expect(reports.map((r) => [r.messageId, r.data?.['property'], r.fix?.value])).toEqual([['disabled', 'client_cert_enabled', true]]);
  });
});

import { describe, expect, it } from 'vitest';
import { clientCertMode } from '../../rules/client-cert-mode.js';
import { interpolate } from '../../src/engine/run-rules.js';
import { absent, knownDefault, setValue, unknownDefault } from '../../src/model/index.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite, CERTS_ON } from './arm-fixtures.js';
import { check, range, terraformSite } from './model-fixtures.js';

const allowApiOptional = { allow: [{ name: 'ap*', mode: 'Optional', reason: 'partner callers cannot present certificates yet' }] };

ruleTester(clientCertMode, {
  valid: [
    { name: 'Required', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Required"']) },
    { name: 'modes compare case-insensitively', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "required"']) },
    { name: 'absent: ARM defaults to Required when enabled', format: 'arm', code: armSite(CERTS_ON) },
    { name: 'absent on a function app: ARM defaults to Required too', format: 'arm', code: armSite(CERTS_ON, { kind: 'functionapp' }) },
    { name: 'certificates off: left to client-cert-enabled', format: 'arm', code: armSite(['"clientCertEnabled": false', '"clientCertMode": "Optional"']) },
    { name: 'certificates off by default', format: 'arm', code: armSite(['"clientCertMode": "Optional"']) },
    {
      name: 'certificates unresolved: left to client-cert-enabled',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Optional"'], { parameters: '{ "certs": { "type": "bool" } }' }),
    },
    { name: 'allowed by glob with a reason', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Optional"']), options: allowApiOptional },
  ],
  invalid: [
    { name: 'Optional', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Optional"']), errors: [{ messageId: 'optional', line: 13, column: 27, endColumn: 36 }] },
    {
      name: 'OptionalInteractiveUser',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertMode": "OptionalInteractiveUser"']),
      errors: [{ messageId: 'optionalInteractiveUser', line: 13, column: 27, endColumn: 51 }],
    },
    { name: 'unknown mode', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Sometimes"']), errors: [{ messageId: 'unknownMode', line: 13, column: 27 }] },
    {
      name: 'HTTP/2 does not excuse an optional mode',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertMode": "Optional"', '"siteConfig": { "http20Enabled": true }']),
      errors: [{ messageId: 'optional', line: 13, column: 27 }],
    },
    {
      name: 'Optional from a parameter default points at the default',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertMode": "[parameters(\'mode\')]"'], { parameters: '{ "mode": { "type": "string", "defaultValue": "Optional" } }' }),
      errors: [{ messageId: 'optional', line: 4, column: 63, endColumn: 72 }],
    },
    {
      name: 'allow entry for another site',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertMode": "Optional"'], { name: 'orders' }),
      options: allowApiOptional,
      errors: [{ messageId: 'optional', line: 13, column: 27 }],
    },
    {
      name: 'allow entry for another mode',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertMode": "OptionalInteractiveUser"']),
      options: allowApiOptional,
      errors: [{ messageId: 'optionalInteractiveUser', line: 13, column: 27 }],
    },
    {
      name: 'slot',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertMode": "Optional"'], { type: 'Microsoft.Web/sites/slots', name: 'api/staging' }),
      errors: [{ messageId: 'optional', line: 13, column: 27 }],
    },
  ],
});

describe('client-cert-mode on the model', () => {
  it('reports a function app whose mode is only the Optional platform default', () => {
    const site = terraformSite('azurerm_linux_function_app', 'functionApp', {
      clientCertEnabled: setValue(true, range(5, 32, 4), []),
      clientCertMode: absent(range(1, 1, 10), knownDefault('Optional')),
    });
    const { reports } = check(clientCertMode, site);
    expect(reports.map((r) => [r.messageId, r.setting, r.fix?.value])).toEqual([['defaultNotRequired', 'clientCertMode', 'Required']]);
    const template = clientCertMode.meta.messages['defaultNotRequired'] ?? '';
    expect(interpolate(template, reports[0]?.data ?? {})).toBe(
      'Client certificates are optional on azurerm_linux_function_app.api: set client_certificate_mode to "Required". It is not set, and azurerm function apps default to Optional; Optional lets every request without a certificate through.',
    );
  });

  it('allows the default mode when the allow list names it', () => {
    const site = terraformSite('azurerm_linux_function_app', 'functionApp', {
      clientCertEnabled: setValue(true, range(5, 32, 4), []),
      clientCertMode: absent(range(1, 1, 10), knownDefault('Optional')),
    });
    const options = { allow: [{ name: 'azurerm_linux_function_app.*', mode: 'Optional', reason: 'webhook endpoint' }] };
    expect(check(clientCertMode, site, options).reports).toEqual([]);
  });

  it('does not guess an unknown default', () => {
    const site = terraformSite('azurerm_app_service', 'webApp', {
      clientCertEnabled: setValue(true, range(5, 32, 4), []),
      clientCertMode: absent(range(1, 1, 10), unknownDefault('service default')),
    });
    expect(check(clientCertMode, site)).toEqual({ reports: [], unresolved: [] });
  });
});

describe('client-cert-mode messages', () => {
  it('names the parameter the mode comes from', async () => {
    const code = armSite([...CERTS_ON, '"clientCertMode": "[parameters(\'mode\')]"'], { parameters: '{ "mode": { "type": "string", "defaultValue": "Optional" } }' });
    const [f] = (await lintText('arm', code, { rules: onlyRule(clientCertMode) })).findings;
    expect(f?.message).toBe(
      "Client certificates are optional on Microsoft.Web/sites 'api': set clientCertMode to \"Required\". It is \"Optional\" (from parameter 'mode', default \"Optional\"), which lets every request without a certificate through.",
    );
  });

  it.each([
    ['bicep', "var on = true\nvar mode = 'Optional'\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'a'\n  properties: {\n    clientCertEnabled: on\n    clientCertMode: on ? mode : null\n  }\n}\n", 2, 12, "Microsoft.Web/sites 'a'", 'clientCertMode'],
    ['arm', '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "variables": { "on": true, "mode": "Optional" },\n  "resources": [{ "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "a", "properties": { "clientCertEnabled": "[variables(\'on\')]", "clientCertMode": "[if(variables(\'on\'), variables(\'mode\'), null())]" } }]\n}\n', 3, 38, "Microsoft.Web/sites 'a'", 'clientCertMode'],
    ['terraform', 'locals {\n  on   = true\n  mode = "Optional"\n}\nresource "azurerm_linux_web_app" "a" {\n  name = "a"\n  location = "w"\n  resource_group_name = "r"\n  service_plan_id = "p"\n  client_certificate_enabled = local.on\n  client_certificate_mode = local.on ? local.mode : null\n  site_config {}\n}\n', 3, 10, 'azurerm_linux_web_app.a', 'client_certificate_mode'],
  ] as const)('names where a conditional\'s chosen value is written, not what decides the condition (%s)', async (format, code, line, column, label, property) => {
    const [f] = (await lintText(format, code, { rules: onlyRule(clientCertMode) })).findings;
    expect([f?.range.start.line, f?.range.start.column]).toEqual([line, column]);
    const from = format === 'terraform' ? "local 'mode'" : "variable 'mode'";
    expect(f?.message).toBe(`Client certificates are optional on ${label}: set ${property} to "Required". It is "Optional" (from ${from}), which lets every request without a certificate through.`);
  });

  it('asks for unresolved modes', async () => {
    const code = armSite([...CERTS_ON, '"clientCertMode": "[parameters(\'mode\')]"'], { parameters: '{ "mode": { "type": "string" } }' });
    const result = await lintText('arm', code, { rules: { ...onlyRule(clientCertMode), 'unresolved-setting': 'note' } });
    expect(result.findings.map((f) => [f.ruleId, f.subject?.setting, f.range.start.line, f.range.start.column])).toEqual([['unresolved-setting', 'clientCertMode', 13, 27]]);
  });
});

import { describe, expect, it } from 'vitest';
import { httpsOnly } from '../../rules/https-only.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armParams, armSite } from './arm-fixtures.js';

ruleTester(httpsOnly, {
  valid: [
    { name: 'httpsOnly true', format: 'arm', code: armSite(['"httpsOnly": true']) },
    {
      name: 'true from a parameter default',
      format: 'arm',
      code: armSite(['"httpsOnly": "[parameters(\'httpsOnly\')]"'], { parameters: '{ "httpsOnly": { "type": "bool", "defaultValue": true } }' }),
    },
    {
      name: 'unresolved parameter is left to unresolved-setting',
      format: 'arm',
      code: armSite(['"httpsOnly": "[parameters(\'httpsOnly\')]"'], { parameters: '{ "httpsOnly": { "type": "bool" } }' }),
    },
    { name: 'look-alike: another resource type', format: 'arm', code: armSite(['"httpsOnly": false'], { type: 'Microsoft.Web/serverfarms' }) },
  ],
  invalid: [
    {
      name: 'literal false',
      format: 'arm',
      code: armSite(['"httpsOnly": false']),
      errors: [{ messageId: 'disabled', line: 12, column: 22, endLine: 12, endColumn: 26 }],
    },
    { name: 'absent: the platform default is false', format: 'arm', code: armSite(['"clientCertEnabled": true']), errors: [{ messageId: 'missing', line: 7, column: 7 }] },
    {
      name: 'false from a parameter default points at the default',
      format: 'arm',
      code: armSite(['"httpsOnly": "[parameters(\'httpsOnly\')]"'], { parameters: '{ "httpsOnly": { "type": "bool", "defaultValue": false } }' }),
      errors: [{ messageId: 'disabled', line: 4, column: 66, endColumn: 70 }],
    },
    {
      name: 'false from the parameter file beside the template',
      format: 'arm',
      code: armSite(['"httpsOnly": "[parameters(\'httpsOnly\')]"'], { parameters: '{ "httpsOnly": { "type": "bool", "defaultValue": true } }' }),
      files: { 'main.parameters.json': armParams({ httpsOnly: false }) },
      errors: [{ messageId: 'disabled', line: 5, column: 29 }],
    },
    {
      name: 'a site in a compiled Bicep module (nested deployment, inner scope)',
      format: 'arm',
      code: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "site",
      "properties": {
        "expressionEvaluationOptions": { "scope": "inner" },
        "mode": "Incremental",
        "parameters": { "httpsOnly": { "value": false } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "httpsOnly": { "type": "bool", "defaultValue": true } },
          "resources": [
            {
              "type": "Microsoft.Web/sites",
              "apiVersion": "2023-12-01",
              "name": "api",
              "properties": { "httpsOnly": "[parameters('httpsOnly')]" }
            }
          ]
        }
      }
    }
  ]
}
`,
      errors: [{ messageId: 'disabled', line: 12, column: 49, endColumn: 53 }],
    },
    {
      name: 'slots are linted like sites',
      format: 'arm',
      code: armSite(['"httpsOnly": false'], { type: 'Microsoft.Web/sites/slots', name: 'api/staging' }),
      errors: [{ messageId: 'disabled', line: 12, column: 22 }],
    },
    {
      name: 'function apps too',
      format: 'arm',
      code: armSite([], { kind: 'functionapp' }),
      errors: [{ messageId: 'missing', line: 7, column: 7 }],
    },
  ],
});

describe('https-only messages', () => {
  it('names the resource, the property and the parameter the value comes from', async () => {
    const code = armSite(['"httpsOnly": "[parameters(\'httpsOnly\')]"'], { parameters: '{ "httpsOnly": { "type": "bool", "defaultValue": false } }' });
    const [f] = (await lintText('arm', code, { rules: onlyRule(httpsOnly) })).findings;
    expect(f?.message).toBe(
      "Microsoft.Web/sites 'api' serves plain HTTP: set httpsOnly to true. It is false (from parameter 'httpsOnly', default false), and requests over HTTP never carry a client certificate.",
    );
    expect(f?.fix).toEqual({ setting: 'httpsOnly', value: true, safety: 'safe' });
  });

  it('names the deployment that passes the value to a nested template, and the parameter file', async () => {
    const nested = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'site',
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            mode: 'Incremental',
            parameters: { httpsOnly: { value: false } },
            template: {
              // The nested template's own variable on the way is not named: its parameter, given by the deployment, is.
              parameters: { httpsOnly: { type: 'bool', defaultValue: true } },
              variables: { https: "[parameters('httpsOnly')]" },
              resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: 'api', properties: { httpsOnly: "[variables('https')]" } }],
            },
          },
        },
      ],
    });
    const [f] = (await lintText('arm', nested, { rules: onlyRule(httpsOnly) })).findings;
    expect(f?.message).toBe(
      "Microsoft.Web/sites 'api' serves plain HTTP: set httpsOnly to true. It is false (from parameter 'httpsOnly', set in deployment 'site'), and requests over HTTP never carry a client certificate.",
    );
    // A template variable on the way is not what the user sets: the parameter is, in the parameter file.
    const code = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { httpsOnly: { type: 'bool', defaultValue: true } },
      variables: { https: "[parameters('httpsOnly')]" },
      resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: 'api', properties: { httpsOnly: "[variables('https')]" } }],
    });
    const [g] = (await lintText('arm', code, { rules: onlyRule(httpsOnly), files: { 'main.parameters.json': armParams({ httpsOnly: false }) } })).findings;
    expect(g?.message).toBe(
      "Microsoft.Web/sites 'api' serves plain HTTP: set httpsOnly to true. It is false (from parameter 'httpsOnly', set in the parameter file), and requests over HTTP never carry a client certificate.",
    );
  });

  it('says when false is the platform default', async () => {
    const [f] = (await lintText('arm', armSite([]), { rules: onlyRule(httpsOnly) })).findings;
    expect(f?.message).toContain('It is not set and web apps default to false');
  });
});

describe('https-only and unresolved values', () => {
  it('asks for the unresolved-setting diagnostic instead of guessing', async () => {
    const code = armSite(['"httpsOnly": "[parameters(\'httpsOnly\')]"'], { parameters: '{ "httpsOnly": { "type": "bool" } }' });
    const result = await lintText('arm', code, { rules: { ...onlyRule(httpsOnly), 'unresolved-setting': 'note' } });
    expect(result.findings.map((f) => [f.ruleId, f.subject?.setting, f.range.start.line, f.range.start.column])).toEqual([['unresolved-setting', 'httpsOnly', 12, 22]]);
  });

  it('says that a Terraform expression does not evaluate, rather than that it is known at deployment', async () => {
    const code = [
      'variable "apps" {',
      '  default = { api = { tls = "1.2" } }',
      '}',
      'resource "azurerm_linux_web_app" "app" {',
      '  for_each = var.apps',
      '  name = each.key',
      '  location = "westeurope"',
      '  resource_group_name = "rg"',
      '  service_plan_id = "plan"',
      '  https_only = var.apps.https_only',
      '  site_config {}',
      '}',
      '',
    ].join('\n');
    const result = await lintText('terraform', code, { rules: { ...onlyRule(httpsOnly), 'unresolved-setting': 'note' } });
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column])).toEqual([['unresolved-setting', 'invalid', 10, 16, 10, 34]]);
    expect(result.findings[0]?.message).toBe(
      '\'httpsOnly\' of azurerm_linux_web_app.app["api"] does not evaluate (var.apps.https_only: no attribute "https_only"): with the values in the linted files, Terraform would stop with an error here, so https-only could not check it.',
    );
  });

  it.each([
    ['arm', '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "variables": { "cfg": { "tls": true } },\n  "resources": [{ "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "a", "properties": { "httpsOnly": "[variables(\'cfg\').https]" } }]\n}\n', 4, 120, "[variables('cfg').https]", 'the deployment'],
    ['arm', '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": [{ "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "a", "properties": { "httpsOnly": "[variables(\'https\')]" } }]\n}\n', 3, 120, "[variables('https')]", 'the deployment'],
    ['bicep', "var cfg = { tls: true }\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'a'\n  properties: {\n    httpsOnly: cfg.https\n  }\n}\n", 5, 16, 'cfg.https', 'the build or the deployment'],
    ['bicep', "var flags = [true]\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'a'\n  properties: {\n    httpsOnly: flags[1]\n  }\n}\n", 5, 16, 'flags[1]', 'the build or the deployment'],
  ] as const)('says that a %s expression does not evaluate (%s)', async (format, code, line, column, expression, tool) => {
    const result = await lintText(format, code, { rules: { ...onlyRule(httpsOnly), 'unresolved-setting': 'note' } });
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.range.start.line, f.range.start.column])).toEqual([['unresolved-setting', 'invalid', line, column]]);
    expect(result.findings[0]?.message).toMatch(new RegExp(`^'httpsOnly' of Microsoft\\.Web/sites 'a' does not evaluate \\(${expression.replace(/[[\]().']/g, '\\$&')}: .*\\): with the values in the linted files, ${tool} would stop with an error here, so https-only could not check it\\.$`));
  });

  it('says why a value is unknown even after a long expression: the expression is cut, not the reason', async () => {
    const long = `[and(parameters('httpsOnly'), ${Array.from({ length: 12 }, (_, i) => `equals(${i}, ${i})`).join(', ')})]`;
    const code = armSite([`"httpsOnly": "${long}"`], { parameters: '{ "httpsOnly": { "type": "bool" } }' });
    const result = await lintText('arm', code, { rules: { ...onlyRule(httpsOnly), 'unresolved-setting': 'note' } });
    const message = result.findings[0]?.message ?? '';
    expect(message).toContain("(" + long.slice(0, 79) + "…: parameter 'httpsOnly' has no default value and no parameter file sets it), so https-only could not check it.");
  });
});

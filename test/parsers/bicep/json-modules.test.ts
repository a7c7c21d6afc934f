import { describe, expect, it } from 'vitest';
import { lintText } from '../../support/rule-tester.js';

/*
 * A JSON template as a Bicep module (`module x './t.json'`, also `.jsonc`): read by the ARM front
 * end, its parameters taking the caller's params; findings point at the caller's line when the
 * caller passes the value, into the JSON otherwise.
 */
const TEMPLATE = `{
  // a hand-written template, with comments (.jsonc)
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "name": { "type": "string" },
    "httpsOnly": { "type": "bool", "defaultValue": true },
    "clientCertEnabled": { "type": "bool", "defaultValue": false }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "[parameters('name')]",
      "properties": { "httpsOnly": "[parameters('httpsOnly')]", "clientCertEnabled": "[parameters('clientCertEnabled')]" }
    }
  ]
}
`;

/** Distinct places: the template is also an ARM template of the run, linted on its own with its defaults too. */
const rows = (findings: { ruleId: string; messageId?: string; range: { file: string; start: { line: number; column: number } } }[]) => [
  ...new Set(findings.map((f) => `${f.ruleId}/${f.messageId ?? ''} ${f.range.file.split('/').pop()}:${f.range.start.line}:${f.range.start.column}`)),
].sort();

describe('JSON template modules', () => {
  it.each(['site.json', 'site.jsonc'])('%s receives the caller’s params; findings point at the caller or into the JSON', async (name) => {
    const main = [
      `module api './modules/${name}' = {`, // 1
      "  name: 'api'", // 2
      '  params: {', // 3
      "    name: 'orders-api'", // 4
      '    httpsOnly: false', // 5
      '  }', // 6
      '}', // 7
    ].join('\n');
    const result = await lintText('bicep', main, { files: { [`modules/${name}`]: TEMPLATE } });
    expect(rows(result.findings)).toEqual([`client-cert-enabled/disabled ${name}:8:60`, 'https-only/disabled main.bicep:5:16']);
    expect(result.findings.find((f) => f.ruleId === 'https-only')?.subject?.name).toBe('orders-api');
  });

  it('a JSON module that is not a template is a positioned parse error', async () => {
    const result = await lintText('bicep', "module m './m.json' = {\n  name: 'm'\n}\n", { files: { 'm.json': '[1, 2' } });
    expect(rows(result.findings).filter((r) => r.startsWith('parse-error'))).toEqual(['parse-error/parseError m.json:1:6', 'parse-error/parseError m.json:1:1'].sort());
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../../src/engine/lint.js';
import type { Finding } from '../../../src/engine/types.js';
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

/*
 * A JSON module that is also a template of the run is judged through its callers only, as a Bicep
 * module is: linting the directory gives the caller's findings, each once; a JSON template nobody
 * calls is linted on its own.
 */
describe('JSON template modules in a linted directory', () => {
  const CALLER = ["module api './modules/site.json' = {", "  name: 'api'", '  params: {', "    name: 'orders-api'", '    httpsOnly: false', "    minTls: '1.2'", '  }', '}', ''].join('\n');
  const MODULE = [
    '{', // 1
    '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",', // 2
    '  "contentVersion": "1.0.0.0",', // 3
    '  "parameters": {', // 4
    '    "name": { "type": "string" },', // 5
    '    "httpsOnly": { "type": "bool", "defaultValue": true },', // 6
    '    "clientCertEnabled": { "type": "bool", "defaultValue": false },', // 7
    '    "minTls": { "type": "string", "defaultValue": "1.0" }', // 8
    '  },', // 9
    '  "resources": [', // 10
    '    {', // 11
    '      "type": "Microsoft.Web/sites",', // 12
    '      "apiVersion": "2023-12-01",', // 13
    '      "name": "[parameters(\'name\')]",', // 14
    '      "properties": {', // 15
    '        "httpsOnly": "[parameters(\'httpsOnly\')]",', // 16
    '        "clientCertEnabled": "[parameters(\'clientCertEnabled\')]",', // 17
    '        "siteConfig": { "minTlsVersion": "[parameters(\'minTls\')]" }', // 18
    '      }', // 19
    '    }', // 20
    '  ]', // 21
    '}', // 22
    '',
  ].join('\n');
  const tree = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-json-module-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
  const all = (findings: readonly Finding[], dir: string): string[] =>
    findings.map((f) => `${f.ruleId}/${f.messageId ?? ''} ${relative(dir, f.range.file)}:${f.range.start.line}:${f.range.start.column} ×${f.instances?.length ?? 1}`).sort();

  it.each(['site.json', 'site.jsonc'])('%s: the directory gives the caller’s findings, each once', async (name) => {
    const dir = tree({ 'main.bicep': CALLER.replace('site.json', name), [`modules/${name}`]: MODULE });
    const expected = [
      // The module's default, not set by the caller: at the default, once.
      `client-cert-enabled/disabled modules/${name}:7:60 ×1`,
      // Set by the caller: at the caller's line. The module's own default minTls '1.0' is not judged.
      'https-only/disabled main.bicep:5:16 ×1',
    ];
    const whole = await lintPaths(['.'], { cwd: dir, root: dir });
    const caller = await lintPaths(['main.bicep'], { cwd: dir, root: dir });
    expect(all(whole.findings, dir)).toEqual(expected);
    expect(all(caller.findings, dir)).toEqual(expected);
    expect(whole.findings.find((f) => f.ruleId === 'https-only')?.subject?.name).toBe('orders-api');
  });

  it('a JSON template that nobody calls is linted on its own, with its defaults', async () => {
    const dir = tree({ 'main.bicep': CALLER.replace("'./modules/site.json'", "'./modules/other.json'"), 'modules/other.json': MODULE, 'modules/site.json': MODULE });
    const rows = all((await lintPaths(['.'], { cwd: dir, root: dir })).findings, dir);
    expect(rows.filter((r) => r.includes('site.json'))).toEqual([
      'client-cert-enabled/disabled modules/site.json:7:60 ×1',
      'min-tls-version/tooLow modules/site.json:8:51 ×1',
    ]);
  });

  it('a JSON module called through a Bicep module is judged through that chain only', async () => {
    const dir = tree({
      'main.bicep': "module mid './mid/mid.bicep' = {\n  name: 'mid'\n}\n",
      'mid/mid.bicep': CALLER.replace("'./modules/site.json'", "'../modules/site.json'"),
      'modules/site.json': MODULE,
    });
    const rows = all((await lintPaths(['.'], { cwd: dir, root: dir })).findings, dir);
    expect(rows).toEqual(['client-cert-enabled/disabled modules/site.json:7:60 ×1', 'https-only/disabled mid/mid.bicep:5:16 ×1']);
  });

  it('its defaults are never evaluated: a bound its defaults would reach is not noted when the caller stays within it', async () => {
    // 100 nested deployments of 100 sites with the default n; the caller deploys one.
    const nested = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { n: { type: 'int', defaultValue: 100 } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: "[format('d{0}', copyIndex())]",
          copy: { name: 'd', count: "[parameters('n')]" },
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            template: {
              $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
              contentVersion: '1.0.0.0',
              resources: [
                {
                  type: 'Microsoft.Web/sites',
                  apiVersion: '2023-12-01',
                  name: "[format('s{0}', copyIndex())]",
                  copy: { name: 's', count: 100 },
                  properties: { httpsOnly: true, clientCertEnabled: true, clientCertMode: 'Required', siteConfig: { minTlsVersion: '1.2' } },
                },
              ],
            },
          },
        },
      ],
    }, null, 2);
    const dir = tree({ 'main.bicep': "module fleet './fleet.json' = {\n  name: 'fleet'\n  params: {\n    n: 1\n  }\n}\n", 'fleet.json': nested });
    const alone = tree({ 'fleet.json': nested });
    expect(all((await lintPaths(['.'], { cwd: alone, root: alone })).findings, alone)).toEqual(['not-analysed/notAnalysed fleet.json:34:26 ×1']);
    const whole = await lintPaths(['.'], { cwd: dir, root: dir });
    expect(all(whole.findings, dir)).toEqual([]);
  });
});

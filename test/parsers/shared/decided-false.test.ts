import { describe, expect, it } from 'vitest';
import { lintSources } from '../../../src/engine/lint.js';

/*
 * A condition known false inside a module or nested deployment deploys nothing: the caller decides
 * the module's values. Unless the value is a default of the outermost template's parameters, which
 * a parameter file can still change: then the resource is kept, marked conditional, and checked.
 * Rows: rule file:line:column.
 */

const DIR = '/virtual/decided-false';

async function rows(files: Record<string, string>): Promise<string[]> {
  const result = await lintSources(
    Object.entries(files).map(([name, text]) => ({ path: `${DIR}/${name}`, text })),
    { cwd: DIR, root: DIR },
  );
  return result.findings.filter((f) => f.ruleId === 'https-only').map((f) => `${f.ruleId} ${f.range.file.slice(DIR.length + 1)}:${f.range.start.line}:${f.range.start.column}`);
}

const MODULE = [
  'param enable bool', //                                                   1
  "resource inner 'Microsoft.Web/sites@2023-12-01' = if (enable) {", //     2
  "  name: 'inner'", //                                                     3
  "  location: 'westeurope'", //                                            4
  '  properties: { httpsOnly: false }', //                                  5
  '}', //                                                                   6
  '',
].join('\n');

function armRoot(enableDefault: string, passed: string): string {
  return JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { enableSite: { type: 'bool', defaultValue: JSON.parse(enableDefault) } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'm',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { enable: { value: passed } },
            template: {
              $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
              contentVersion: '1.0.0.0',
              parameters: { enable: { type: 'bool' } },
              resources: [
                {
                  type: 'Microsoft.Web/sites',
                  apiVersion: '2023-12-01',
                  name: 'inner',
                  location: 'westeurope',
                  condition: "[parameters('enable')]",
                  properties: { httpsOnly: false },
                },
              ],
            },
          },
        },
      ],
    },
    null,
    2,
  );
}

describe('a condition known false inside a module', () => {
  it('Bicep: false from the caller deploys nothing; false from a root parameter default is kept and checked', async () => {
    expect(await rows({ 'main.bicep': "module m './m.bicep' = {\n  name: 'm'\n  params: { enable: false }\n}\n", 'm.bicep': MODULE })).toEqual([]);
    expect(
      await rows({ 'main.bicep': "param enableSite bool = false\nmodule m './m.bicep' = {\n  name: 'm'\n  params: { enable: enableSite }\n}\n", 'm.bicep': MODULE }),
    ).toEqual(['https-only m.bicep:5:28']);
  });

  it('ARM: the same for a nested deployment', async () => {
    expect(await rows({ 'main.json': armRoot('false', '[bool(false)]') })).toEqual([]);
    const kept = armRoot('false', "[parameters('enableSite')]");
    const lines = kept.split('\n');
    const line = lines.findIndex((l) => l.includes('"httpsOnly": false'));
    expect(await rows({ 'main.json': kept })).toEqual([`https-only main.json:${line + 1}:${(lines[line] ?? '').indexOf('false') + 1}`]);
  });
});

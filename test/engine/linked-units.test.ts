import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';
import { tempRepo } from '../support/temp-repo.js';

/*
 * An ARM template that links another by relativePath deploys it with its own arguments: the linked
 * template is judged through that link, as a Bicep module is through its caller, even though the
 * partition put the two files in different units (it does not read JSON to find links).
 */

const schema = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0"';
const linking = (name: string, https: boolean) =>
  [
    '{', // 1
    `  ${schema},`, // 2
    '  "resources": [', // 3
    '    {', // 4
    '      "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01",', // 5
    `      "name": "${name}",`, // 6
    '      "properties": {', // 7
    '        "mode": "Incremental",', // 8
    '        "templateLink": { "relativePath": "nested/site.json" },', // 9
    `        "parameters": { "https": { "value": ${https} } }`, // 10
    '      }', // 11
    '    }', // 12
    '  ]', // 13
    '}', // 14
  ].join('\n');
const site = [
  '{', // 1
  `  ${schema},`, // 2
  '  "parameters": { "https": { "type": "bool" } },', // 3
  '  "resources": [', // 4
  '    {', // 5
  '      "type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "linked-app", "location": "westeurope",', // 6
  '      "properties": { "httpsOnly": "[parameters(\'https\')]", "clientCertEnabled": true, "clientCertMode": "Required" }', // 7
  '    }', // 8
  '  ]', // 9
  '}', // 10
].join('\n');

const show = (dir: string, result: Awaited<ReturnType<typeof lintPaths>>) =>
  result.findings.map((f) => `${f.ruleId} ${f.range.file.slice(dir.length + 1)} ${f.range.start.line}:${f.range.start.column}${f.instances ? ` ×${f.instances.length}` : ''}`);

describe('ARM templates linked by relativePath', () => {
  it('a linked template is judged through the deployments that link it, not again on its own', async () => {
    const dir = tempRepo({ 'infra/a.json': linking('a', false), 'infra/b.json': linking('b', true), 'infra/nested/site.json': site }, 'mtlslint-linked-');
    const result = await lintPaths(['.'], { cwd: dir, root: dir });
    // Deployed with httpsOnly false by a.json (where the value is written), true by b.json; never on its own (its parameter has no value there).
    expect(show(dir, result)).toEqual(['https-only infra/a.json 10:45 ×1']);
    expect(result.coverage?.sites).toBe(1);
    // The same in one thread and with the files named one by one.
    expect(show(dir, await lintPaths(['infra/a.json', 'infra/b.json', 'infra/nested/site.json'], { cwd: dir, root: dir, threads: 1 }))).toEqual(['https-only infra/a.json 10:45 ×1']);
  });

  it('the linked template named alone is linted on its own: nothing in the run links it', async () => {
    const dir = tempRepo({ 'infra/a.json': linking('a', false), 'infra/nested/site.json': site }, 'mtlslint-linked-');
    const result = await lintPaths(['infra/nested/site.json'], { cwd: dir, root: dir });
    expect(show(dir, result)).toEqual(['unresolved-setting infra/nested/site.json 7:36 ×1']);
  });
});

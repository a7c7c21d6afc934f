import { describe, expect, it } from 'vitest';
import { certificates, parseFiles, sites } from './helpers.js';
import { pos, view } from './helpers.js';

/*
 * Null as ARM has it, on the compiled form of the Bicep cases: `"nullable": true` parameters
 * nobody sets are null; `coalesce`, `tryGet`, `empty`, `contains`, `length` compute on null; a copy
 * over `coalesce(null, createArray())` makes no instance; inside a nested deployment a condition
 * known false deploys nothing, and null passed to a parameter with a default takes the default.
 */

const MAIN = '/infra/main.json';
const template = (parameters: string, resources: string): string => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": ${parameters},
  "resources": [
${resources}
  ]
}
`;

describe('ARM null semantics', () => {
  it('a nullable parameter nobody sets is null: a copy over coalesce(null, createArray()) makes no instance', async () => {
    const out = await parseFiles({
      [MAIN]: template(
        '{ "names": { "type": "array", "nullable": true } }',
        `    { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "[coalesce(parameters('names'), createArray())[copyIndex()]]", "copy": { "name": "s", "count": "[length(coalesce(parameters('names'), createArray()))]" } },
    { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "[coalesce(parameters('names'), createArray('only'))[copyIndex()]]", "copy": { "name": "t", "count": "[length(coalesce(parameters('names'), createArray('only')))]" } }`,
      ),
    });
    expect(sites(out).map((s) => `${s.name}${s.instance ?? ''} ${pos(s.declaration)}`)).toEqual(['only[0] 7:7-7:35']);
  });

  it('functions compute on null', async () => {
    const out = await parseFiles({
      [MAIN]: template(
        '{ "cfg": { "type": "object", "nullable": true }, "list": { "type": "array", "nullable": true } }',
        `    { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "a", "properties": {
      "httpsOnly": "[and(empty(parameters('cfg')), equals(length(parameters('list')), 0), not(contains(parameters('list'), 'x')))]",
      "clientCertMode": "[coalesce(tryGet(parameters('cfg'), 'mode'), 'Optional')]" } }`,
      ),
    });
    const a = sites(out)[0]!;
    expect(view(a.settings.httpsOnly)).toMatchObject({ kind: 'set', value: true, at: '7:20-7:131' });
    expect(view(a.settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Optional', at: '8:25-8:83' });
  });

  it('inside a nested deployment, null takes the parameter default and a false condition deploys nothing', async () => {
    const out = await parseFiles({
      [MAIN]: template(
        '{ "settings": { "type": "object", "defaultValue": {} } }',
        `    {
      "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "api",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": { "mode": { "value": "[tryGet(parameters('settings'), 'mode')]" }, "cert": { "value": "[tryGet(parameters('settings'), 'cert')]" } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "mode": { "type": "string", "defaultValue": "Required" }, "cert": { "type": "object", "nullable": true } },
          "resources": [
            { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "api", "properties": { "clientCertEnabled": true, "clientCertMode": "[parameters('mode')]" } },
            { "condition": "[not(empty(parameters('cert')))]", "type": "Microsoft.Web/certificates", "apiVersion": "2023-12-01", "name": "c", "properties": { "password": "lit" } }
          ]
        }
      }
    }`,
      ),
    });
    expect(out.diagnostics).toEqual([]);
    expect(view(sites(out)[0]!.settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Required', at: '15:71-15:80' });
    expect(certificates(out)).toEqual([]);
  });

  it('a nullable parameter of the outermost template nobody sets is a default in all but name: a nested condition false because of it keeps the resource, marked conditional', async () => {
    const out = await parseFiles({
      [MAIN]: template(
        '{ "cert": { "type": "object", "nullable": true } }',
        `    {
      "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "api",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": { "cert": { "value": "[parameters('cert')]" } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "cert": { "type": "object", "nullable": true } },
          "resources": [
            { "condition": "[not(empty(parameters('cert')))]", "type": "Microsoft.Web/certificates", "apiVersion": "2023-12-01", "name": "c", "properties": { "password": "lit" } }
          ]
        }
      }
    }`,
      ),
    });
    expect(out.diagnostics).toEqual([]);
    expect(certificates(out).map((c) => [c.name, c.conditional?.expression])).toEqual([['c', "[not(empty(parameters('cert')))]"]]);
  });
});

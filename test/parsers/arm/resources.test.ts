import { describe, expect, it } from 'vitest';
import { collectResources, type ResourceInstance } from '../../../parsers/arm/resources.js';
import { Scope } from '../../../parsers/arm/scope.js';
import { readJson } from '../../../parsers/shared/json.js';
import { parseFiles, pos, sites } from './helpers.js';

/** The resources of a template as collectResources finds them. */
function collect(template: unknown): ResourceInstance[] {
  const file = readJson('/infra/t.json', JSON.stringify(template, null, 2));
  if (!file.root) throw new Error('not JSON');
  const out: ResourceInstance[] = [];
  let id = 0;
  collectResources(file.root, Scope.create(file, file.root, () => undefined), { diagnostic: () => {}, nextTemplateId: () => id++ }, { via: [], instance: '' }, out);
  return out;
}

const template = (resources: unknown[]) => ({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', parameters: { p: { type: 'string', defaultValue: 'x' } }, resources });

describe('collectResources: what the mapping reads, and nothing else', () => {
  it('names sites, slots, their configs, certificates and deployments, and parents of nested children; other resources are not collected', () => {
    const found = collect(
      template([
        { type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: "[format('app-{0}', parameters('p'))]" },
        { type: 'Microsoft.Web/sites/slots', apiVersion: '2023-12-01', name: "[format('app-{0}/blue', parameters('p'))]" },
        { type: 'Microsoft.Web/sites/config', apiVersion: '2023-12-01', name: "[format('app-{0}/web', parameters('p'))]" },
        { type: 'Microsoft.Web/certificates', apiVersion: '2023-12-01', name: "[concat('cert-', parameters('p'))]" },
        { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: "[concat('dep-', parameters('p'))]" },
        {
          type: 'Microsoft.Sql/servers',
          apiVersion: '2023-05-01-preview',
          name: "[concat('sql-', parameters('p'))]",
          resources: [{ type: 'databases', apiVersion: '2023-05-01-preview', name: "[concat('db-', parameters('p'))]" }],
        },
        { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: "[concat('st', parameters('p'))]" },
      ]),
    );
    expect(found.map((r) => [r.type, r.name?.segments.join('/'), r.displayName])).toEqual([
      ['Microsoft.Web/sites', 'app-x', 'app-x'],
      ['Microsoft.Web/sites/slots', 'app-x/blue', 'app-x/blue'],
      ['Microsoft.Web/sites/config', 'app-x/web', 'app-x/web'],
      ['Microsoft.Web/certificates', 'cert-x', 'cert-x'],
      ['Microsoft.Resources/deployments', 'dep-x', 'dep-x'],
      // A parent is collected, and named, for its children; the database and the storage account,
      // neither read by the mapping nor a parent, are not.
      ['Microsoft.Sql/servers', 'sql-x', 'sql-x'],
    ]);
  });

  it('evaluates no copy loop, condition or name of a resource the mapping does not read: the budgets are left to the sites', async () => {
    // 60 loops of 100 storage accounts are more than the 5,000 instances a template tree may expand,
    // and their conditions (10 lambda calls per instance) more than the 50,000 calls it may evaluate:
    // read, they would leave the site loop after them cut, and its name unknown.
    const storage = Array.from({ length: 60 }, (_, i) => ({
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-01-01',
      name: `[concat('st${i}-', copyIndex())]`,
      copy: { name: `accounts${i}`, count: 100 },
      condition: "[greater(length(map(range(0, 10), lambda('i', lambdaVariables('i')))), 0)]",
    }));
    const site = {
      type: 'Microsoft.Web/sites',
      apiVersion: '2023-12-01',
      name: "[concat(first(map(createArray('app'), lambda('x', lambdaVariables('x')))), copyIndex())]",
      copy: { name: 'apps', count: 3 },
      properties: { httpsOnly: true },
    };
    const out = await parseFiles({ '/infra/t.json': JSON.stringify(template([...storage, site]), null, 2) });
    expect(sites(out).map((s) => s.name)).toEqual(['app0', 'app1', 'app2']);
    expect(out.diagnostics).toEqual([]);
  });

  it('a site nested (with its full type) in another resource still takes that parent name', () => {
    const found = collect(
      template([{ type: 'Microsoft.Other/things', apiVersion: '2020-01-01', name: 'outer', resources: [{ type: 'Microsoft.Web/sites/config', apiVersion: '2023-12-01', name: 'web' }] }]),
    );
    expect(found.map((r) => [r.typeKey, r.name?.segments.join('/')])).toEqual([
      ['microsoft.other/things', 'outer'],
      ['microsoft.web/sites/config', 'outer/web'],
    ]);
  });

  it('names no rule reads spend none of the evaluation budget the sites need', async () => {
    // Each storage account's name would invoke a lambda 1,000 times: 60 of them are more than the
    // 50,000 invocations a template may evaluate. The site after them is still named.
    const storage = Array.from({ length: 60 }, (_, i) => ({
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-01-01',
      name: `[concat('st${i}', string(length(map(range(0, 1000), lambda('i', lambdaVariables('i'))))))]`,
    }));
    const site = {
      type: 'Microsoft.Web/sites',
      apiVersion: '2023-12-01',
      name: "[first(map(createArray('app'), lambda('x', lambdaVariables('x'))))]",
      properties: { httpsOnly: true },
    };
    const out = await parseFiles({ '/infra/t.json': JSON.stringify(template([...storage, site]), null, 2) });
    expect(sites(out).map((s) => [s.name, pos(s.declaration)])).toEqual([['app', '311:7-311:35']]);
  });
});

describe('ARM resource names', () => {
  it('shows a name known to be empty (a default of \'\' set at deployment) as written', async () => {
    const t = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', parameters: { siteName: { type: 'string', defaultValue: '' } }, resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: "[parameters('siteName')]" }] };
    const out = await parseFiles({ '/infra/main.json': JSON.stringify(t, null, 2) });
    expect(sites(out).map((s) => [s.name, pos(s.declaration)])).toEqual([["[parameters('siteName')]", '11:7-11:35']]);
  });
});

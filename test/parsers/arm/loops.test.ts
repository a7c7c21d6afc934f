import { describe, expect, it } from 'vitest';
import { parseFiles, parseFixture, pos, site, sites, view } from './helpers.js';

describe('ARM parser: copy loops and conditions', () => {
  it('expands a loop with a known count into one entity per index, copyIndex() evaluated', async () => {
    const out = await parseFixture('loops.json');
    expect(out.diagnostics).toEqual([]);
    const eu = site(out, 'app-eu', '[0]');
    const us = site(out, 'app-us', '[1]');
    expect(pos(eu.declaration)).toBe('12:7-12:35');
    expect(pos(us.declaration)).toBe('12:7-12:35');
    expect(eu.looped).toBeUndefined();
    expect(view(eu.settings.minTlsVersion)).toEqual({
      kind: 'set',
      value: '1.0',
      at: '8:48-8:52',
      trail: ['property@18:42', 'parameter(tls)@8:5', 'parameter-default@8:47'],
    });
    expect(view(us.settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.2', at: '8:55-8:59' });
    // a looped config child attaches to the instance with the same evaluated name
    expect(view(eu.settings.http20Enabled)).toEqual({ kind: 'set', value: false, at: '26:40-26:65', trail: ['property@26:40'] });
    expect(view(us.settings.http20Enabled)).toEqual({ kind: 'set', value: true, at: '26:40-26:65', trail: ['property@26:40'] });
  });

  it('keeps one looped entity when the count is unknown, with copyIndex()-dependent values unresolved', async () => {
    const out = await parseFixture('loops.json');
    const w = site(out, "[format('worker-{0}', copyIndex(1))]");
    expect(w.instance).toBeUndefined();
    expect(w.looped?.expression).toBe("[parameters('workers')]");
    expect(pos(w.looped?.range)).toBe('32:45-32:69');
    expect(view(w.settings.httpsOnly)).toEqual({
      kind: 'unresolved',
      at: '33:36-33:61',
      trail: ['property@33:36'],
      expression: '[equals(copyIndex(), 0)]',
      reason: 'depends on copyIndex() of a loop that was not expanded',
    });
    expect(view(w.settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: true });
  });

  it('does not expand loops over 100 instances', async () => {
    const out = await parseFixture('loops.json');
    const many = sites(out).filter((s) => s.name.startsWith('[concat(\'many-\''));
    expect(many).toHaveLength(1);
    expect(many[0]?.looped?.expression).toBe('500');
  });

  it('marks conditional resources, keeping those whose condition is false; a true condition is not marked', async () => {
    const out = await parseFixture('loops.json');
    const blue = site(out, 'blue');
    expect(blue.conditional?.expression).toBe("[parameters('deployBlue')]");
    expect(pos(blue.conditional?.range)).toBe('43:20-43:47');
    expect(site(out, 'green').conditional).toBeUndefined();
  });

  it('evaluates property loops (Bicep for-expressions inside properties)', async () => {
    const out = await parseFixture('loops.json');
    expect(view(site(out, 'settings-loop').settings.loadCertificates)).toEqual({
      kind: 'set',
      value: 'us',
      at: '5:58-5:61',
      trail: ['property@68:26', 'parameter(regions)@5:5', 'parameter-default@5:51'],
    });
  });

  it('expands a loop of zero instances into no entity', async () => {
    const text = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      resources: [{ type: 'Microsoft.Web/sites', name: "[concat('s', copyIndex())]", copy: { name: 'none', count: 0 }, properties: {} }],
    });
    const out = await parseFiles({ '/t/zero.json': text });
    expect(out.diagnostics).toEqual([]);
    expect(out.entities).toEqual([]);
  });

  it('checks once, looped, a loop of zero instances with the template\'s defaults (a parameter file may fill it); not one a parameter file or a nested deployment\'s caller empties', async () => {
    const template = (count: unknown) =>
      JSON.stringify(
        {
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
          parameters: { names: { type: 'array', defaultValue: [] } },
          resources: [
            { type: 'Microsoft.Web/sites', name: "[parameters('names')[copyIndex()]]", copy: { name: 'sites', count }, properties: { httpsOnly: true } },
          ],
        },
        null,
        2,
      );
    const byDefault = await parseFiles({ '/t/main.json': template("[length(parameters('names'))]") });
    const s = site(byDefault, "[parameters('names')[copyIndex()]]");
    expect(s.instance).toBeUndefined();
    expect(s.looped?.expression).toBe("[length(parameters('names'))]");
    expect(pos(s.looped?.range)).toBe('15:18-15:48');
    expect(view(s.settings.httpsOnly)).toMatchObject({ kind: 'set', value: true });
    // A parameter file that gives the empty list decides it.
    const given = await parseFiles(
      {
        '/t/main.json': template("[length(parameters('names'))]"),
        '/t/main.parameters.json': JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: { names: { value: [] } } }),
      },
      ['/t/main.parameters.json'],
    );
    expect(given.entities).toEqual([]);
    // Inside a nested deployment, a caller that passes the empty list decides it too.
    const nested = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          name: 'inner',
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            mode: 'Incremental',
            parameters: { names: { value: [] } },
            template: JSON.parse(template("[length(parameters('names'))]")),
          },
        },
      ],
    });
    expect((await parseFiles({ '/t/nested.json': nested })).entities).toEqual([]);
  });

  it('a config child the defaults leave out does not change a site they deploy; a parameter file that turns it on, or a site left out with it, does', async () => {
    const template = JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        parameters: { harden: { type: 'bool', defaultValue: false } },
        resources: [
          { type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: 'a', properties: { siteConfig: { minTlsVersion: '1.0' } } },
          { condition: "[parameters('harden')]", type: 'Microsoft.Web/sites/config', apiVersion: '2023-12-01', name: 'a/web', properties: { minTlsVersion: '1.2' } },
          { condition: "[parameters('harden')]", type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: 'b', properties: { siteConfig: { minTlsVersion: '1.0' } } },
          { condition: "[parameters('harden')]", type: 'Microsoft.Web/sites/config', apiVersion: '2023-12-01', name: 'b/web', properties: { minTlsVersion: '1.2' } },
        ],
      },
      null,
      2,
    );
    const byDefault = await parseFiles({ '/t/main.json': template });
    expect(view(site(byDefault, 'a').settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.0' });
    expect(view(site(byDefault, 'b').settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.2' });
    const turnedOn = await parseFiles(
      {
        '/t/main.json': template,
        '/t/main.parameters.json': JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: { harden: { value: true } } }),
      },
      ['/t/main.parameters.json'],
    );
    expect(view(site(turnedOn, 'a').settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.2' });
  });

  it('evaluates a condition per loop instance', async () => {
    const text = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      resources: [
        { condition: '[equals(copyIndex(), 1)]', type: 'Microsoft.Web/sites', name: "[concat('s', copyIndex())]", copy: { name: 'two', count: 2 }, properties: {} },
      ],
    });
    const out = await parseFiles({ '/t/cond.json': text });
    expect(sites(out).map((s) => [s.name, s.conditional?.expression])).toEqual([
      ['s0', '[equals(copyIndex(), 1)]'],
      ['s1', undefined],
    ]);
  });
});

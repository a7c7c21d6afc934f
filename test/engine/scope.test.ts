import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MtlsScope } from '../../src/engine/config.js';
import { lintSources } from '../../src/engine/lint.js';
import { pathGlobMatch } from '../../src/engine/scope.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A site with client certificates off and TLS 1.0: mTLS rules and transport rules both have something to say. */
const site = (type: string, name: string, tags = '') => `    {
      "type": "${type}",
      "apiVersion": "2023-12-01",
      "name": "${name}",${tags ? `\n      "tags": ${tags},` : ''}
      "properties": { "httpsOnly": false, "siteConfig": { "minTlsVersion": "1.0" } }
    }`;

const template = (...resources: string[]) => `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
${resources.join(',\n')}
  ]
}
`;

const RULES = { 'unresolved-setting': 'off' } as const;

/** `name: rule, rule, …` for every site, in file order. */
async function rulesBySite(files: Record<string, string>, requireMtls: MtlsScope): Promise<string[]> {
  const result = await lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { cwd: '/repo', root: '/repo', rules: RULES, requireMtls },
  );
  const by = new Map<string, Set<string>>();
  for (const f of result.findings) {
    const key = `${f.range.file.replace('/repo/', '')} ${f.subject?.name ?? ''}`;
    const set = by.get(key) ?? new Set<string>();
    set.add(f.ruleId === "parse-error" ? `${f.ruleId} ${f.message}` : f.ruleId);
    by.set(key, set);
  }
  return [...by].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${[...v].sort().join(', ')}`);
}

const ALL = 'client-cert-enabled, https-only, min-tls-version';
const TRANSPORT = 'https-only, min-tls-version';

describe('requireMtls scope', () => {
  it('"all" (the default) applies the mTLS rules to every site', async () => {
    expect(await rulesBySite({ 'infra/main.json': template(site('Microsoft.Web/sites', 'api'), site('Microsoft.Web/sites', 'www')) }, 'all')).toEqual([
      `infra/main.json api: ${ALL}`,
      `infra/main.json www: ${ALL}`,
    ]);
  });

  it('by tag: only tagged sites get the mTLS rules; "false" means no; the others keep https-only and min-tls-version', async () => {
    const text = template(
      site('Microsoft.Web/sites', 'api', '{ "requires-mtls": "true" }'),
      site('Microsoft.Web/sites', 'www'),
      site('Microsoft.Web/sites', 'old', '{ "Requires-MTLS": "false" }'),
      site('Microsoft.Web/sites', 'ops', '{ "requires-mtls": "" }'),
      site('Microsoft.Web/sites', 'dyn', `"[parameters('tags')]"`),
    ).replace('"contentVersion": "1.0.0.0",', '"contentVersion": "1.0.0.0",\n  "parameters": { "tags": { "type": "object" } },');
    expect(await rulesBySite({ 'infra/main.json': text }, { tag: 'requires-mtls' })).toEqual([
      `infra/main.json api: ${ALL}`,
      // Tags only known at deployment: kept in scope rather than silently skipped.
      `infra/main.json dyn: ${ALL}`,
      `infra/main.json old: ${TRANSPORT}`,
      `infra/main.json ops: ${ALL}`,
      `infra/main.json www: ${TRANSPORT}`,
    ]);
  });

  it('slots follow their site: the tag of the site counts, not the slot', async () => {
    const text = template(
      site('Microsoft.Web/sites', 'api', '{ "requires-mtls": "true" }'),
      site('Microsoft.Web/sites/slots', 'api/staging'),
      site('Microsoft.Web/sites', 'www'),
      site('Microsoft.Web/sites/slots', 'www/staging', '{ "requires-mtls": "true" }'),
    );
    expect(await rulesBySite({ 'infra/main.json': text }, { tag: 'requires-mtls' })).toEqual([
      `infra/main.json api: ${ALL}`,
      `infra/main.json api/staging: ${ALL}`,
      `infra/main.json www: ${TRANSPORT}`,
      `infra/main.json www/staging: ${TRANSPORT}`,
    ]);
  });

  it('by name globs (case-insensitive); slots follow the name of their site', async () => {
    const text = template(
      site('Microsoft.Web/sites', 'orders-api'),
      site('Microsoft.Web/sites/slots', 'orders-api/staging'),
      site('Microsoft.Web/sites', 'marketing'),
    );
    expect(await rulesBySite({ 'infra/main.json': text }, { names: ['*-API'] })).toEqual([
      `infra/main.json marketing: ${TRANSPORT}`,
      `infra/main.json orders-api: ${ALL}`,
      `infra/main.json orders-api/staging: ${ALL}`,
    ]);
  });

  it('by path globs, relative to the repository root', async () => {
    const files = {
      'infra/secure/main.json': template(site('Microsoft.Web/sites', 'api')),
      'infra/public/main.json': template(site('Microsoft.Web/sites', 'www')),
    };
    expect(await rulesBySite(files, { paths: ['infra/secure/**'] })).toEqual([
      `infra/public/main.json www: ${TRANSPORT}`,
      `infra/secure/main.json api: ${ALL}`,
    ]);
    expect(await rulesBySite(files, { names: ['www'], paths: ['infra/secure'] })).toEqual([
      `infra/public/main.json www: ${ALL}`,
      `infra/secure/main.json api: ${ALL}`,
    ]);
  });

  it('Terraform: a slot follows the tags of the site it references', async () => {
    const site = (name: string, tags: string) => `resource "azurerm_linux_web_app" "${name}" {
  name                = "${name}"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = false
  tags                = ${tags}
  site_config {}
}

resource "azurerm_linux_web_app_slot" "${name}_staging" {
  name           = "staging"
  app_service_id = azurerm_linux_web_app.${name}.id
  https_only     = false
  site_config {}
}
`;
    const files = { 'main.tf': `${site('api', '{ requires-mtls = "true" }')}\n${site('www', '{ team = "web" }')}` };
    const only = ['client-cert-enabled, https-only', 'https-only'];
    expect(await rulesBySite(files, { tag: 'requires-mtls' })).toEqual([
      `main.tf azurerm_linux_web_app.api: ${only[0]}`,
      `main.tf azurerm_linux_web_app.www: ${only[1]}`,
      `main.tf azurerm_linux_web_app_slot.api_staging: ${only[0]}`,
      `main.tf azurerm_linux_web_app_slot.www_staging: ${only[1]}`,
    ]);
  });

  it.each([
    ['infra/**', 'infra/a/b/main.json', true],
    ['infra/*.json', 'infra/main.json', true],
    ['infra/*.json', 'infra/a/main.json', false],
    ['**/secure/*.bicep', 'x/y/secure/app.bicep', true],
    ['**/secure/*.bicep', 'secure/app.bicep', true],
    ['infra/secure', 'infra/secure/app.bicep', true],
    ['./infra/app.tf', 'infra/app.tf', true],
    ['infra/ap?.tf', 'infra/app.tf', true],
    ['infra/app.tf', 'infra/app.tf.json', false],
  ])('pathGlobMatch(%s, %s) = %s', (glob, path, expected) => {
    expect(pathGlobMatch(glob, path)).toBe(expected);
  });
});

describe('path globs', () => {
  const regexPathGlob = (pattern: string, path: string) => {
    let src = '';
    const p = pattern.replace(/^\.\//, '').replace(/^\//, '');
    for (let i = 0; i < p.length; i++) {
      const c = p[i] as string;
      if (c === '*' && p[i + 1] === '*') {
        const slash = p[i + 2] === '/';
        src += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else if (c === '*') src += '[^/]*';
      else if (c === '?') src += '[^/]';
      else src += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    return new RegExp(`^${src}(?:/.*)?$`).test(path);
  };

  it('match exactly what the regular-expression translation matched', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?/]{0,8}$/), fc.stringMatching(/^[ab/]{0,10}$/), (pattern, path) => {
        expect(pathGlobMatch(pattern, path)).toBe(regexPathGlob(pattern, path));
      }),
      { numRuns: 3000 },
    );
  });

  it('stay linear with many `**/` segments against a deep path', () => {
    const started = performance.now();
    expect(pathGlobMatch('**/'.repeat(8) + 'x.bicep', `${'a/'.repeat(2000)}y.bicep`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

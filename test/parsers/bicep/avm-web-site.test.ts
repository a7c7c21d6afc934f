import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../../src/engine/lint.js';
import type { Finding } from '../../../src/engine/types.js';

/*
 * Microsoft's Azure Verified Module for App Service (read in place from ../shared, never copied):
 * typed parameters with @secure() members, nullable parameters, loops over `x ?? []`, modules under
 * `if (!empty(x))`. Expectations are sets of distinct (rule, message id, file, line, column): the same
 * place reached through several loop instances is one row.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const root = path.resolve(projectRoot, '../shared/corpus/avm/bicep-web-site');
const present = existsSync(path.join(root, 'main.bicep'));
if (!present) console.warn(`AVM corpus not found at ${root}: the AVM web-site tests are skipped.`);

const rows = (findings: readonly Finding[], base: string): string[] =>
  [...new Set(findings.map((f) => `${f.ruleId}/${f.messageId} ${path.relative(base, f.range.file)}:${f.range.start.line}:${f.range.start.column}`))].sort();

const lintOne = async (file: string, at = root) => lintSources([{ path: file, text: readFileSync(file, 'utf8') }], { cwd: at, root: at });

/** The site's client certificates are off by the module's default (main.bicep line 109). */
const SITE = ['client-cert-enabled/disabled main.bicep:109:32'];
/**
 * Slots the caller declares without client-certificate settings get the slot module's defaults
 * (a mode that only comes from an unset module default is not reported as ignored).
 */
const SLOTS = ['client-cert-enabled/disabled slot/main.bicep:98:32'];

/** A module outside the module's folder (the AVM repository's shared test assets) is named, not read. */
const outside = (name: string, line: number): string => `not-analysed/notAnalysed tests/e2e/${name}/main.test.bicep:${line}:31`;

/** Registry modules the deployed code calls (private endpoints) are not in a module cache here: noted where declared. */
const PRIVATE_ENDPOINTS = 'not-analysed/notAnalysed main.bicep:526:29';
const SLOT_PRIVATE_ENDPOINTS = 'not-analysed/notAnalysed slot/main.bicep:457:30';

/**
 * An `appsettings` config (config/main.bicep, tied to the site or slot the caller deploys by the
 * name it passes) keeps the app's current settings by default (`retainCurrentAppSettings`:
 * `list('${app.id}/config/appsettings')`), so WEBSITE_LOAD_CERTIFICATES is only known at deployment.
 */
const APP_SETTINGS = 'unresolved-setting/unresolved config/main.bicep:121:15';
const SLOT_APP_SETTINGS = 'unresolved-setting/unresolved slot/config/main.bicep:127:15';

/** Per e2e case, by the platform facts: what each caller deploys. */
const E2E: Record<string, string[]> = {
  'functionApp.defaults': SITE,
  'functionApp.max': [...SITE, ...SLOTS, outside('functionApp.max', 50), PRIVATE_ENDPOINTS, SLOT_PRIVATE_ENDPOINTS, APP_SETTINGS, SLOT_APP_SETTINGS],
  // Its certificate is a managed one (canonicalName, no PFX): no secret in source.
  hostName: [...SITE, ...SLOTS, 'not-analysed/notAnalysed tests/e2e/hostName/dependencies.bicep:23:19'],
  'linuxContainerWebApp.defaults': SITE,
  'waf-aligned': [...SITE, outside('waf-aligned', 46), PRIVATE_ENDPOINTS],
  // Its `web` config (access restrictions) is tied to the site and writes no setting the rules read.
  'webApp.accessRestrictions': SITE,
  // Its second config is an `appsettings` one; the `azurestorageaccounts` one carries no setting the rules read.
  'webApp.azurestorageaccounts': [...SITE, APP_SETTINGS],
  'webApp.defaults': SITE,
  'webApp.max': [...SITE, ...SLOTS, outside('webApp.max', 51), PRIVATE_ENDPOINTS, SLOT_PRIVATE_ENDPOINTS, APP_SETTINGS, SLOT_APP_SETTINGS],
  'webAppLinux.defaults': SITE,
  'webAppLinux.max': [...SITE, ...SLOTS, outside('webAppLinux.max', 50), PRIVATE_ENDPOINTS, SLOT_PRIVATE_ENDPOINTS, APP_SETTINGS, SLOT_APP_SETTINGS],
  'winContainerWebApp.defaults': SITE,
};

describe.skipIf(!present)('AVM bicep-web-site', () => {
  it('has an expectation for every e2e case', () => {
    expect(readdirSync(path.join(root, 'tests/e2e')).sort()).toEqual(Object.keys(E2E).sort());
  });

  for (const [name, expected] of Object.entries(E2E)) {
    it(`e2e ${name}: the findings of what the caller deploys`, async () => {
      const result = await lintOne(path.join(root, 'tests/e2e', name, 'main.test.bicep'));
      expect(rows(result.findings, root)).toEqual([...expected].sort());
    });
  }

  it('main.bicep and its compiled main.json give the same findings', async () => {
    const bicep = await lintOne(path.join(root, 'main.bicep'));
    const armDir = '/virtual-arm/avm';
    const arm = await lintSources([{ path: `${armDir}/main.json`, text: readFileSync(path.join(root, 'main.json'), 'utf8') }], { cwd: armDir, root: armDir });
    const what = (fs: readonly Finding[]) => [...new Set(fs.map((f) => `${f.ruleId}/${f.messageId} ${f.subject?.resourceType} ${f.subject?.setting} ${f.message}`))].sort();
    expect(rows(bicep.findings, root)).toEqual(SITE);
    expect(rows(arm.findings, armDir)).toEqual(['client-cert-enabled/disabled main.json:5066:23']);
    expect(what(bicep.findings)).toEqual(what(arm.findings));
  });

  it('a caller that passes a certificate literal is told where it is written, with the member it passes through', async () => {
    // A virtual caller beside the module (never written to disk).
    const caller = path.join(root, 'caller.virtual.bicep');
    const text = [
      "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = { name: 'kv' }", // 1
      "module site './main.bicep' = {", // 2
      "  name: 'site'", // 3
      '  params: {', // 4
      "    name: 'app'", // 5
      "    kind: 'app'", // 6
      "    serverFarmResourceId: 'farm'", // 7
      '    clientCertEnabled: true', // 8
      "    clientCertMode: 'Required'", // 9
      '    hostNameBindings: [', // 10
      "      { name: 'a.example.com', certificate: { name: 'a', password: 'Example-Passw0rd', pfxBlob: kv.getSecret('pfx') } }", // 11
      '    ]', // 12
      '  }', // 13
      '}', // 14
    ].join('\n');
    const result = await lintSources([{ path: caller, text }], { cwd: root, root });
    const secrets = result.findings.filter((f) => f.ruleId === 'certificate-secret-in-source');
    expect(rows(secrets, root)).toEqual(['certificate-secret-in-source/literal caller.virtual.bicep:11:68']);
    expect(secrets[0]?.message).toContain("The value of password is a literal passed to a module in its argument 'hostNameBindings'");
  });

  it('the whole module: no certificate secret, nothing on a resource no caller deploys', async () => {
    const sources: { path: string; text: string }[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(bicep|json)$/.test(e.name) && e.name !== 'version.json') sources.push({ path: full, text: readFileSync(full, 'utf8') });
      }
    };
    walk(root);
    const result = await lintSources(sources, { cwd: root, root });
    expect(result.findings.filter((f) => f.ruleId === 'certificate-secret-in-source')).toEqual([]);
    // The standalone compiled templates are linted with their own defaults, like any root template.
    expect(rows(result.findings, root)).toEqual(
      [
        ...SITE,
        ...SLOTS,
        'client-cert-enabled/disabled main.json:5066:23',
        'client-cert-enabled/disabled slot/main.json:4511:23',
        'client-cert-settings-ignored/modeIgnored slot/main.json:4531:23',
        outside('functionApp.max', 50),
        outside('waf-aligned', 46),
        outside('webApp.max', 51),
        outside('webAppLinux.max', 50),
        PRIVATE_ENDPOINTS,
        SLOT_PRIVATE_ENDPOINTS,
        'not-analysed/notAnalysed tests/e2e/hostName/dependencies.bicep:23:19',
        APP_SETTINGS,
        SLOT_APP_SETTINGS,
      ].sort(),
    );
  });
});

import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpsOnly } from '../../rules/https-only.js';
import { readBaseline } from '../../src/engine/baseline.js';
import { lintPaths, lintSources } from '../../src/engine/lint.js';
import { runRules } from '../../src/engine/run-rules.js';
import { resolveRuleSettings } from '../../src/engine/severity.js';
import type { Finding } from '../../src/engine/types.js';
import { setValue } from '../../src/model/index.js';
import { range, terraformSite } from '../rules/model-fixtures.js';

/*
 * One result per place: a module reached from several callers, or a resource expanded from a
 * loop, reports each problem once, at the place the value is written, with its deployments.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures/collapse');

const lint = (paths: string[], cwd = FIXTURES, root = PROJECT) => lintPaths(paths, { cwd, root });

/** `rule file:line:column`, with the deployments: caller files of each instance. */
function row(f: Finding, cwd = FIXTURES): string {
  const callers = (f.instances ?? []).map((i) => i.via.map((v) => `${relative(cwd, v.range.file)}:${v.range.start.line}`).join(' > ') || '(itself)');
  return `${f.ruleId} ${relative(cwd, f.range.file)}:${f.range.start.line}:${f.range.start.column} [${callers.join(', ')}]`;
}

const fingerprintOf = (findings: readonly Finding[], ruleId: string): string | undefined => findings.find((f) => f.ruleId === ruleId)?.fingerprint;

describe('module callers collapse into one result per place', () => {
  it('Bicep: a module default callers leave unset is reported once, at the default, listing those callers', async () => {
    const { findings } = await lint(['bicep']);
    expect(findings.map((f) => row(f))).toEqual([
      // app-b passes httpsOnly: false: reported at its argument, for its deployment only.
      'https-only bicep/app-b/main.bicep:5:16 [bicep/app-b/main.bicep:1]',
      // clientCertEnabled = false is the module's default: app-a and app-b leave it unset, app-c sets it.
      'client-cert-enabled bicep/modules/site.bicep:3:32 [bicep/app-a/main.bicep:1, bicep/app-b/main.bicep:1]',
    ]);
    const [https, enabled] = findings as [Finding, Finding];
    // Named as the user sets it: the module's parameter, given in the module call.
    expect(https.message).toBe(
      "Microsoft.Web/sites 'app-b' serves plain HTTP: set httpsOnly to true. It is false (from parameter 'httpsOnly', set in module 'site'), and requests over HTTP never carry a client certificate.",
    );
    expect(enabled.message).toBe(
      "Client certificates are off on Microsoft.Web/sites 'site': set clientCertEnabled to true. It is false (from parameter 'clientCertEnabled', default false), so callers are never asked for a certificate (in 2 deployments).",
    );
    // The callers are related locations, after the resource and before the way the value came.
    expect(enabled.related.map((r) => `${relative(FIXTURES, r.range.file)}:${r.range.start.line}:${r.range.start.column} ${r.message}`)).toEqual([
      "bicep/modules/site.bicep:7:1 Microsoft.Web/sites 'site' is declared here",
      "bicep/app-a/main.bicep:1:1 deployed through 'site'",
      "bicep/app-b/main.bicep:1:1 deployed through 'site'",
      'bicep/modules/site.bicep:12:24 clientCertEnabled is set here',
      "bicep/modules/site.bicep:3:1 through parameter 'clientCertEnabled'",
    ]);
    expect(enabled.instances?.map((i) => i.resource)).toEqual(["Microsoft.Web/sites 'app-a'", "Microsoft.Web/sites 'app-b'"]);
    expect(enabled.subject).toEqual({ format: 'bicep', resourceType: 'Microsoft.Web/sites', name: 'site', kind: 'webApp', setting: 'clientCertEnabled' });
  });

  it('Terraform: the same for a module directory called by several roots', async () => {
    const { findings } = await lint(['terraform']);
    expect(findings.map((f) => row(f))).toEqual([
      'https-only terraform/example-b/main.tf:4:16 [terraform/example-b/main.tf:1]',
      'client-cert-enabled terraform/modules/site/main.tf:8:13 [terraform/example-a/main.tf:1, terraform/example-b/main.tf:1]',
    ]);
    const enabled = findings[1] as Finding;
    expect(enabled.message).toMatch(/\(in 2 deployments\)\.$/);
    expect(enabled.related.filter((r) => r.message.startsWith('deployed through')).map((r) => `${relative(FIXTURES, r.range.file)}:${r.range.start.line}`)).toEqual([
      'terraform/example-a/main.tf:1',
      'terraform/example-b/main.tf:1',
    ]);
  });

  it('a module is not judged on a default that every caller in the run sets', async () => {
    // app-c / example-c set clientCertEnabled and the mode: nothing is left to report in the module.
    expect((await lint(['bicep/modules', 'bicep/app-c'])).findings.map((f) => row(f))).toEqual([]);
    expect((await lint(['terraform/modules', 'terraform/example-c'])).findings.map((f) => row(f))).toEqual([]);
  });

  it('a module linted without its callers is judged on its defaults', async () => {
    expect((await lint(['bicep/modules'])).findings.map((f) => row(f))).toEqual([
      'client-cert-enabled bicep/modules/site.bicep:3:32 [(itself)]',
      // Linted on its own, the module's defaults are its author's configuration.
      'client-cert-settings-ignored bicep/modules/site.bicep:4:31 [(itself)]',
    ]);
  });

  it('client-cert-settings-ignored does not fire on a mode that only comes from a module default the caller left unset', async () => {
    for (const dir of ['bicep', 'terraform']) {
      const { findings } = await lint([dir]);
      expect(findings.filter((f) => f.ruleId === 'client-cert-settings-ignored')).toEqual([]);
    }
  });

  it('keeps its fingerprint when a caller is added or removed', async () => {
    for (const [modules, a, b, c] of [
      ['bicep/modules', 'bicep/app-a', 'bicep/app-b', 'bicep/app-c'],
      ['terraform/modules', 'terraform/example-a', 'terraform/example-b', 'terraform/example-c'],
    ] as const) {
      const one = (await lint([modules, a])).findings;
      const two = (await lint([modules, a, b])).findings;
      const three = (await lint([modules, a, b, c])).findings;
      const alone = (await lint([modules])).findings;
      expect(one.find((f) => f.ruleId === 'client-cert-enabled')?.instances).toHaveLength(1);
      expect(two.find((f) => f.ruleId === 'client-cert-enabled')?.instances).toHaveLength(2);
      const fingerprint = fingerprintOf(one, 'client-cert-enabled');
      expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
      for (const run of [two, three, alone]) expect(fingerprintOf(run, 'client-cert-enabled')).toBe(fingerprint);
      // b's own finding does not move either when a and c come and go.
      expect(fingerprintOf((await lint([modules, b])).findings, 'https-only')).toBe(fingerprintOf(three, 'https-only'));
    }
  });

  it('keeps its fingerprint when lines move and the resource is renamed at deployment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-collapse-'));
    cpSync(join(FIXTURES, 'bicep'), dir, { recursive: true });
    const before = fingerprintOf((await lint(['.'], dir, dir)).findings, 'client-cert-enabled');
    const site = join(dir, 'modules/site.bicep');
    writeFileSync(site, `// Owned by the platform team.\n\n${readFileSync(site, 'utf8')}`);
    const caller = join(dir, 'app-a/main.bicep');
    writeFileSync(caller, readFileSync(caller, 'utf8').replace("name: 'app-a'", "name: 'app-a-renamed'"));
    expect(fingerprintOf((await lint(['.'], dir, dir)).findings, 'client-cert-enabled')).toBe(before);
  });
});

describe('notes collapse like findings', () => {
  it('a module called by two root modules names a registry module it cannot read once, at the module block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-notes-'));
    for (const root of ['ex1', 'ex2']) {
      mkdirSync(join(dir, root));
      writeFileSync(join(dir, root, 'main.tf'), 'module "site" {\n  source = "../m"\n}\n');
    }
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'm', 'main.tf'), 'module "reg" {\n  source  = "Azure/avm-res-web-site/azurerm"\n  version = "0.19.0"\n}\n');
    const { findings } = await lintPaths(['.'], { cwd: dir, root: dir });
    const notes = findings.filter((f) => f.ruleId === 'not-analysed');
    expect(notes.map((f) => row(f, dir))).toEqual(['not-analysed m/main.tf:1:1 []']);
    expect(notes[0]?.message).toMatch(/^module\.reg: source "Azure\/avm-res-web-site\/azurerm" \(version 0\.19\.0\) — it is not available locally: run `terraform init` in the root module \(\.\.\/ex1\).* \(in 2 deployments\)$/);
  });
});

describe('loop instances collapse into one result per place', () => {
  it('ARM copy loop: one result per place, its instances listed', async () => {
    const { findings } = await lint(['arm']);
    expect(findings.map((f) => `${f.ruleId}/${f.messageId} ${f.range.start.line}:${f.range.start.column} ${(f.instances ?? []).map((i) => i.instance).join(',')}`)).toEqual([
      'client-cert-mode/optional 17:27 [0],[1],[2]',
      'tls-renegotiation/bodyLimit 18:37 [0],[1],[2]',
      'client-cert-exclusion-paths/broadPrefix 18:38 [0],[1],[2]',
      'client-cert-exclusion-paths/duplicate 18:43 [0],[1],[2]',
    ]);
    expect(findings[0]?.message).toBe(
      `Client certificates are optional on Microsoft.Web/sites '[format('orders-{0}', parameters('regions')[copyIndex()])]': set clientCertMode to "Required". It is "Optional", which lets every request without a certificate through (in 3 deployments).`,
    );
    expect(findings[0]?.instances?.map((i) => i.resource)).toEqual([
      "Microsoft.Web/sites 'orders-westeurope[0]'",
      "Microsoft.Web/sites 'orders-northeurope[1]'",
      "Microsoft.Web/sites 'orders-swedencentral[2]'",
    ]);
  });

  it('Bicep for loop: the same', async () => {
    const text = `resource sites 'Microsoft.Web/sites@2023-12-01' = [for region in ['westeurope', 'northeurope']: {
  name: 'orders-\${region}'
  location: region
  properties: {
    httpsOnly: false
  }
}]
`;
    const { findings } = await lintSources([{ path: 'loop.bicep', text }], { cwd: '/repo', root: '/repo' });
    expect(findings.filter((f) => f.ruleId === 'https-only').map((f) => `${f.range.start.line}:${f.range.start.column} ${f.instances?.length} ${f.message}`)).toEqual([
      "5:16 2 Microsoft.Web/sites 'sites' serves plain HTTP: set httpsOnly to true. It is false, and requests over HTTP never carry a client certificate (in 2 deployments).",
    ]);
  });
});

describe('fingerprints', () => {
  it('are unique in a run: results that share a description are told apart by the text they point at', async () => {
    const text = `resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders'
  location: 'westeurope'
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertExclusionPaths: '/api;/ap;/a'
  }
}
`;
    const { findings } = await lintSources([{ path: 'main.bicep', text }], { cwd: '/repo', root: '/repo' });
    const broad = findings.filter((f) => f.ruleId === 'client-cert-exclusion-paths');
    // "/api" and "/ap" are both covered by "/a": same rule, message id, setting and resource.
    expect(broad.map((f) => `${f.messageId} ${f.range.start.column}`)).toEqual(['covered 32', 'covered 37', 'broadPrefix 41']);
    const all = findings.map((f) => f.fingerprint);
    expect(new Set(all).size).toBe(all.length);
    // The same input gives the same fingerprints.
    const again = await lintSources([{ path: 'main.bicep', text }], { cwd: '/repo', root: '/repo' });
    expect(again.findings.map((f) => f.fingerprint)).toEqual(all);
  });

  it('do not depend on message wording: a reworded rule keeps them', () => {
    const site = terraformSite('azurerm_linux_web_app', 'webApp', { httpsOnly: setValue(false, range(3, 16, 5), [{ kind: 'property', range: range(3, 16, 5) }], 'false') });
    const reworded = { ...httpsOnly, meta: { ...httpsOnly.meta, messages: Object.fromEntries(Object.keys(httpsOnly.meta.messages).map((id) => [id, `Reworded: {{resource}} (${id}).`])) } };
    const run = (rule: typeof httpsOnly) => runRules([site], { rules: [rule], settings: resolveRuleSettings([rule]), root: '/virtual' });
    const [original] = run(httpsOnly);
    const [changed] = run(reworded);
    expect(changed?.message).toBe('Reworded: azurerm_linux_web_app.api (disabled).');
    expect(original?.message).not.toBe(changed?.message);
    expect(changed?.fingerprint).toBe(original?.fingerprint);
  });
});

describe('baselines written by mtlslint 0.1 (version 1)', () => {
  it('still match the same findings, collapsed or not', async () => {
    // baseline-v1.json was written by mtlslint 0.1 (`--baseline-write`) on these fixtures: one entry
    // per deployment, with the fingerprints of that version.
    const v1 = readBaseline(join(FIXTURES, 'baseline-v1.json'));
    expect(v1.version).toBe(1);
    expect(v1.entries).toHaveLength(22);
    const result = await lintPaths(['arm', 'bicep', 'terraform'], { cwd: FIXTURES, root: PROJECT, baseline: v1 });
    expect(result.findings.filter((f) => !f.suppressions?.length).map((f) => row(f))).toEqual([]);
    expect(result.findings).toHaveLength(8);
    // The 4 entries of client-cert-settings-ignored (a mode only from a module default) no longer occur.
    expect(result.baseline).toEqual({ matched: 8, fixed: 4 });
    expect(v1.entries.filter((e) => e.ruleId === 'client-cert-settings-ignored')).toHaveLength(4);
  });

  it('a new finding still shows against a version 1 baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-baseline-v1-'));
    cpSync(join(FIXTURES, 'arm'), join(dir, 'test/engine/fixtures/collapse/arm'), { recursive: true });
    copyFileSync(join(FIXTURES, 'baseline-v1.json'), join(dir, 'baseline-v1.json'));
    const loop = join(dir, 'test/engine/fixtures/collapse/arm/loop.json');
    writeFileSync(loop, readFileSync(loop, 'utf8').replace('"httpsOnly": true', '"httpsOnly": false'));
    const result = await lintPaths(['test/engine/fixtures/collapse/arm'], { cwd: dir, root: dir, baseline: readBaseline(join(dir, 'baseline-v1.json')) });
    expect(result.findings.filter((f) => !f.suppressions?.length).map((f) => `${f.ruleId} ${f.range.start.line}`)).toEqual(['https-only 15']);
  });
});

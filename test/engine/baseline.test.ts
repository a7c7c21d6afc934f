import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineOf, readBaseline, writeBaseline } from '../../src/engine/baseline.js';
import { UsageError } from '../../src/engine/errors.js';
import { lintPaths, lintSources } from '../../src/engine/lint.js';
import type { Finding } from '../../src/engine/types.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const TEMPLATE = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "properties": { "httpsOnly": false, "clientCertEnabled": true, "clientCertMode": "Optional" }
    },
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "billing-api",
      "properties": { "httpsOnly": true, "clientCertEnabled": false }
    }
  ]
}
`;

const lint = (text: string, baseline?: ReturnType<typeof baselineOf>) =>
  lintSources([{ path: 'infra/main.json', text }], { cwd: '/repo', root: '/repo', ...(baseline ? { baseline } : {}) });

const open = (findings: readonly Finding[]) => findings.filter((f) => !f.suppressions?.length).map((f) => `${f.ruleId} ${f.range.start.line}`);

describe('baseline', () => {
  it('records findings by fingerprint with the rule, file and message for people', async () => {
    const result = await lint(TEMPLATE);
    const baseline = baselineOf(result.findings, result.root);
    expect(baseline.version).toBe(2);
    expect(baseline.entries.map((e) => [e.ruleId, e.file])).toEqual([
      ['https-only', 'infra/main.json'],
      ['client-cert-mode', 'infra/main.json'],
      ['client-cert-enabled', 'infra/main.json'],
    ]);
    expect(baseline.entries.every((e) => /^[0-9a-f]{32}$/.test(e.fingerprint))).toBe(true);
  });

  it('suppresses recorded findings as external "baseline" even after lines are inserted above, and reports only new ones', async () => {
    const baseline = baselineOf((await lint(TEMPLATE)).findings, '/repo');
    // Unrelated edits: comments and a parameter above, and a new problem on the second site.
    const edited = TEMPLATE.replace('"contentVersion": "1.0.0.0",', '"contentVersion": "1.0.0.0",\n  // Owned by the payments team.\n  "parameters": { "unused": { "type": "string", "defaultValue": "x" } },\n').replace(
      '"properties": { "httpsOnly": true, "clientCertEnabled": false }',
      '"properties": { "httpsOnly": false, "clientCertEnabled": false }',
    );
    const result = await lint(edited, baseline);
    expect(open(result.findings)).toEqual(['https-only 18']);
    expect(result.findings.filter((f) => f.suppressions?.length).map((f) => [f.ruleId, f.range.start.line, f.suppressions])).toEqual([
      ['https-only', 12, [{ kind: 'external', justification: 'baseline' }]],
      ['client-cert-mode', 12, [{ kind: 'external', justification: 'baseline' }]],
      ['client-cert-enabled', 18, [{ kind: 'external', justification: 'baseline' }]],
    ]);
    expect(result.baseline).toEqual({ matched: 3, fixed: 0 });
  });

  it('counts baseline entries that no longer occur as fixed', async () => {
    const baseline = baselineOf((await lint(TEMPLATE)).findings, '/repo');
    const result = await lint(TEMPLATE.replace('"clientCertMode": "Optional"', '"clientCertMode": "Required"'), baseline);
    expect(open(result.findings)).toEqual([]);
    expect(result.baseline).toEqual({ matched: 2, fixed: 1 });
  });

  it('needs one entry per occurrence: a second identical finding is new', () => {
    const f = (): Finding => ({ ruleId: 'r', messageId: 'm', message: 'x', severity: 'error', range: { file: '/a', start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 1 }, related: [], fingerprint: 'abc' });
    const findings = [f(), f()];
    expect(applyBaseline(findings, { version: 1, entries: [{ fingerprint: 'abc', ruleId: 'r', file: 'a', message: 'x' }] })).toEqual({ matched: 1, fixed: 0 });
    expect(findings.map((x) => x.suppressions?.length ?? 0)).toEqual([1, 0]);
  });

  it('keeps findings suppressed by a directive out of the baseline', async () => {
    const text = TEMPLATE.replace('    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "billing-api"', '    // mtlslint-disable-next-line client-cert-enabled -- internal tool\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "billing-api"');
    const baseline = baselineOf((await lint(text)).findings, '/repo');
    expect(baseline.entries.map((e) => e.ruleId)).toEqual(['https-only', 'client-cert-mode']);
  });

  it('writes and reads the file; a broken file is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-baseline-'));
    const baseline = baselineOf((await lint(TEMPLATE)).findings, '/repo');
    writeBaseline(join(dir, '.mtlslint-baseline.json'), baseline);
    expect(readFileSync(join(dir, '.mtlslint-baseline.json'), 'utf8').endsWith('}\n')).toBe(true);
    expect(readBaseline(join(dir, '.mtlslint-baseline.json'))).toEqual(baseline);
    expect(() => readBaseline(join(dir, 'missing.json'))).toThrow(UsageError);
    writeBaseline(join(dir, 'bad.json'), { version: 3 } as unknown as typeof baseline);
    expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(/not an mtlslint baseline/);
  });
});

describe('version 1 baselines keep matching findings whose messages were reworded', () => {
  const PROJECT = resolve(import.meta.dirname, '../..');
  const FIXTURES = join(import.meta.dirname, 'fixtures/reworded');

  it('matches every finding 0.1 recorded, though the message now names the parameter or variable the user sets', async () => {
    // baseline-v1.json was written by mtlslint 0.1 (the engine as of 92593dc^) on these fixtures:
    // its messages name the local or template variable on the way ("from local 'certs', its default").
    const v1 = readBaseline(join(FIXTURES, 'baseline-v1.json'));
    expect(v1.version).toBe(1);
    const result = await lintPaths(['arm', 'bicep', 'terraform/root'], { cwd: FIXTURES, root: PROJECT, baseline: v1 });
    const rows = result.findings.map((f) => `${f.suppressions?.length ? 'matched' : 'open'} ${f.ruleId} ${relative(FIXTURES, f.range.file)}:${f.range.start.line}:${f.range.start.column} ${f.message}`);
    expect(rows).toEqual([
      "matched https-only arm/main.json:5:52 Microsoft.Web/sites 'app-arm' serves plain HTTP: set httpsOnly to true. It is false (from parameter 'httpsOnly', default false), and requests over HTTP never carry a client certificate.",
      'matched min-tls-version arm/main.json:6:51 Minimum TLS 1.0 on the site of Microsoft.Web/sites \'app-arm\': set siteConfig.minTlsVersion to "1.2". It is 1.0 (from parameter \'minTls\', default "1.0"), and TLS below 1.2 is deprecated.',
      "matched client-cert-enabled bicep/main.bicep:2:33 Client certificates are off on Microsoft.Web/sites 'app-bicep': set clientCertEnabled to true. It is false (from parameter 'enableCertificates', default false), so callers are never asked for a certificate.",
      'matched client-cert-settings-ignored bicep/main.bicep:3:21 Client certificate mode has no effect on Microsoft.Web/sites \'app-bicep\': turn client certificates on or remove clientCertMode. clientCertEnabled is false (from parameter \'enableCertificates\', default false), so the mode "Optional" (from parameter \'mode\', default \'Optional\') requests nothing.',
      // 0.1 did not evaluate optional() attribute defaults: these two were unresolved-setting notes then
      // (the 2 entries counted as fixed), so no version 1 entry stands for them.
      "open client-cert-enabled terraform/module/main.tf:4:49 Client certificates are off on module.slots.azurerm_linux_web_app_slot.slot[\"blue\"]: set client_certificate_enabled to true. It is false (from variable 'slots', whose attribute 'client_certificate_enabled' defaults to false), so callers are never asked for a certificate.",
      'open client-cert-settings-ignored terraform/module/main.tf:14:32 Client certificate mode has no effect on module.slots.azurerm_linux_web_app_slot.slot["blue"]: turn client certificates on or remove client_certificate_mode. client_certificate_enabled is false (from variable \'slots\', whose attribute \'client_certificate_enabled\' defaults to false), so the mode "Required" requests nothing.',
      "matched client-cert-enabled terraform/root/main.tf:4:13 Client certificates are off on azurerm_linux_web_app.site: set client_certificate_enabled to true. It is false (from variable 'client_certificate_enabled', default false), so callers are never asked for a certificate.",
      'open min-tls-version terraform/root/main.tf:13:44 Minimum TLS 1.1 on the site of azurerm_linux_web_app.site: set site_config.minimum_tls_version to "1.2". It is 1.1 (from variable \'site_config\', whose attribute \'minimum_tls_version\' defaults to "1.1"), and TLS below 1.2 is deprecated.',
      'matched client-cert-settings-ignored terraform/root/main.tf:30:32 Client certificate mode has no effect on azurerm_linux_web_app.site: turn client certificates on or remove client_certificate_mode. client_certificate_enabled is false (from variable \'client_certificate_enabled\', default false), so the mode "Required" requests nothing.',
      "matched https-only terraform/root/terraform.tfvars:1:14 azurerm_linux_web_app.site serves plain HTTP: set https_only to true. It is false (from variable 'https_only', set in a tfvars file), and requests over HTTP never carry a client certificate.",
    ]);
    expect(result.baseline).toEqual({ matched: 7, fixed: 2 });
    // What the 2 unmatched entries were, and that every matched finding's message differs from the one 0.1 recorded.
    expect(v1.entries.filter((e) => e.ruleId === 'unresolved-setting').map((e) => e.message.replace(/ is only known.*/, ''))).toEqual([
      '\'clientCertEnabled\' of module.slots.azurerm_linux_web_app_slot.slot["blue"]',
      "'minTlsVersion' of azurerm_linux_web_app.site",
    ]);
    const recorded = new Set(v1.entries.map((e) => e.message));
    expect(result.findings.filter((f) => recorded.has(f.message))).toEqual([]);
  });
});

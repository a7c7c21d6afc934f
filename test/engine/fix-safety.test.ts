import { describe, expect, it } from 'vitest';
import { allRules, lintSources } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/types.js';

/*
 * Fix applicability, as Ruff has it: https only and minimum TLS are safe (every caller that works
 * keeps working); turning client certificates on and requiring them are unsafe (every caller
 * without a certificate is rejected from then on) and are applied only with `unsafeFixes`.
 */

const SOURCES = {
  bicep: {
    path: '/v/main.bicep',
    text: `resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: 'westeurope'
  properties: {
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Optional'
    siteConfig: {
      minTlsVersion: '1.0'
    }
  }
}
`,
    unsafe: [['client-cert-mode', 7, 21]],
  },
  arm: {
    path: '/v/main.json',
    text: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "properties": {
        "httpsOnly": false,
        "clientCertEnabled": false,
        "siteConfig": { "minTlsVersion": "1.0" }
      }
    }
  ]
}
`,
    unsafe: [['client-cert-enabled', 11, 30]],
  },
  terraform: {
    path: '/v/main.tf',
    text: `resource "azurerm_linux_web_app" "api" {
  name                       = "orders-api"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  https_only                 = false
  client_certificate_enabled = true
  client_certificate_mode    = "Optional"
  site_config {
    minimum_tls_version = "1.0"
  }
}
`,
    unsafe: [['client-cert-mode', 8, 32]],
  },
} as const;

const positions = (r: LintResult, ids: readonly string[]) =>
  r.findings.filter((f) => ids.includes(f.ruleId)).map((f) => [f.ruleId, f.range.start.line, f.range.start.column]);

describe('fix safety', () => {
  it('the rules say it: https-only and min-tls-version safe, client certificates unsafe, the rest not fixable', () => {
    const fixable = Object.fromEntries(allRules().filter((r) => r.meta.fixable).map((r) => [r.id, r.meta.fixable]));
    expect(fixable).toEqual({ 'https-only': 'safe', 'min-tls-version': 'safe', 'client-cert-enabled': 'unsafe', 'client-cert-mode': 'unsafe' });
  });

  it.each(Object.entries(SOURCES))('%s: by default only the safe fixes are applied, and the unsafe ones counted', async (_format, { path, text, unsafe }) => {
    const result = await lintSources([{ path, text }], { cwd: '/v', root: '/v', fix: 'dry-run' });
    expect(result.fixes?.flatMap((f) => f.applied.map((a) => a.ruleId)).sort()).toEqual(['https-only', 'min-tls-version']);
    expect(result.unsafeFixesLeft).toBe(unsafe.length);
    // What is left is reported where it is written; the safe ones are gone.
    expect(positions(result, ['https-only', 'min-tls-version', 'client-cert-enabled', 'client-cert-mode'])).toEqual(unsafe);
    expect(result.fixes?.[0]?.original).toBe(text);
    expect(result.skippedFixes).toEqual([]);
  });

  it.each(Object.entries(SOURCES))('%s: with unsafeFixes, every fix', async (_format, { path, text, unsafe }) => {
    const result = await lintSources([{ path, text }], { cwd: '/v', root: '/v', fix: 'dry-run', unsafeFixes: true });
    expect(result.fixes?.flatMap((f) => f.applied.map((a) => a.ruleId)).sort()).toEqual(['https-only', 'min-tls-version', ...unsafe.map(([id]) => id)].sort());
    expect(result.unsafeFixesLeft).toBeUndefined();
    expect(positions(result, ['https-only', 'min-tls-version', 'client-cert-enabled', 'client-cert-mode'])).toEqual([]);
  });

  it('a fix for one named finding (an editor quick fix) is applied whatever its safety', async () => {
    const { path, text } = SOURCES.bicep;
    const first = await lintSources([{ path, text }], { cwd: '/v', root: '/v' });
    const mode = first.findings.find((f) => f.ruleId === 'client-cert-mode');
    expect(mode?.fix).toEqual({ setting: 'clientCertMode', value: 'Required', safety: 'unsafe' });
    const result = await lintSources([{ path, text }], { cwd: '/v', root: '/v', fix: 'dry-run', fixOnly: new Set([mode?.fingerprint ?? '']) });
    expect(result.fixes?.flatMap((f) => f.applied.map((a) => a.ruleId))).toEqual(['client-cert-mode']);
  });
});

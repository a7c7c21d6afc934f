import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import type { JsonReport } from '../../src/formatters/json.js';
import { lintSources } from '../../src/engine/lint.js';
import { minTlsVersion } from '../../rules/min-tls-version.js';
import { lintText, onlyRule } from '../support/rule-tester.js';

/*
 * The four bugs that came from one fact written in several places (issue 9). Each case fails
 * without the setting catalogs / engine-owned baseline and passes with them.
 */

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

describe('a minTlsVersion written as a JSON number is read the same in ARM and azapi', () => {
  const arm = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": { "siteConfig": { "minTlsVersion": 1 } }
    }
  ]
}
`;
  const azapi = `resource "azapi_resource" "api" {
  type = "Microsoft.Web/sites@2023-12-01"
  name = "api"
  body = jsonencode({
    properties = { siteConfig = { minTlsVersion = 1 } }
  })
}
`;
  it('both say "too low 1.0" at the number', async () => {
    const rules = onlyRule(minTlsVersion);
    const a = (await lintText('arm', arm, { rules })).findings.filter((f) => f.ruleId === 'min-tls-version');
    const t = (await lintText('terraform', azapi, { rules })).findings.filter((f) => f.ruleId === 'min-tls-version');
    expect(a.map((f) => [f.messageId, f.range.start.line, f.range.start.column])).toEqual([['tooLow', 9, 56]]);
    expect(t.map((f) => [f.messageId, f.range.start.line, f.range.start.column])).toEqual([['tooLow', 5, 51]]);
    expect(t[0]?.message).toContain('Minimum TLS 1.0 on the site');
    expect(a[0]?.message).toContain('Minimum TLS 1.0 on the site');
  });
});

describe('a directive above a decorated Bicep resource covers the resource', () => {
  const bicep = `// mtlslint-disable-next-line min-tls-version -- legacy clients until March
@description('The orders API')
resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders'
  location: 'westeurope'
  properties: {
    siteConfig: {
      minTlsVersion: '1.0'
    }
  }
}
`;
  const arm = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    // mtlslint-disable-next-line min-tls-version -- legacy clients until March
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders",
      "properties": { "siteConfig": { "minTlsVersion": "1.0" } }
    }
  ]
}
`;
  it.each([
    ['bicep', bicep],
    ['arm', arm],
  ] as const)('%s: the finding is suppressed and the directive is used', async (format, code) => {
    const rules = { ...onlyRule(minTlsVersion), 'unused-directive': 'warn' } as const;
    const result = await lintText(format, code, { rules });
    expect(result.findings.filter((f) => f.ruleId === 'unused-directive')).toEqual([]);
    const tls = result.findings.filter((f) => f.ruleId === 'min-tls-version');
    expect(tls.map((f) => f.suppressions)).toEqual([[{ kind: 'inSource', justification: 'legacy clients until March' }]]);
  });
});

describe('a slot whose site is not in the run names its site the same in ARM and Bicep', () => {
  const arm = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "parameters": { "site": { "type": "string" } },
  "resources": [
    {
      "type": "Microsoft.Web/sites/slots",
      "apiVersion": "2023-12-01",
      "name": "[format('{0}/{1}', parameters('site'), 'staging')]",
      "properties": { "clientCertEnabled": false }
    }
  ]
}
`;
  const bicep = `param site string

resource slot 'Microsoft.Web/sites/slots@2023-12-01' = {
  name: '\${site}/staging'
  location: 'westeurope'
  properties: {
    clientCertEnabled: false
  }
}
`;
  // The same slot under an `existing` site: still a site the run does not lint.
  const bicepExisting = `param site string

resource app 'Microsoft.Web/sites@2023-12-01' existing = {
  name: site
}

resource slot 'Microsoft.Web/sites/slots@2023-12-01' = {
  parent: app
  name: 'staging'
  location: 'westeurope'
  properties: {
    clientCertEnabled: false
  }
}
`;
  async function inScope(path: string, text: string, names: string[]): Promise<boolean> {
    const result = await lintSources([{ path, text }], {
      cwd: '/repo',
      root: '/repo',
      rules: { 'unresolved-setting': 'off' },
      requireMtls: { names },
    });
    return result.findings.some((f) => f.ruleId === 'client-cert-enabled');
  }
  it.each([['site'], ['s*'], ['other']])('requireMtls.names [%s] decides both alike', async (glob) => {
    const a = await inScope('/repo/main.json', arm, [glob]);
    const b = await inScope('/repo/main.bicep', bicep, [glob]);
    const c = await inScope('/repo/main.bicep', bicepExisting, [glob]);
    expect(a).toBe(b);
    expect(c).toBe(b);
    expect(a).toBe(glob !== 'other');
  });
});

describe('--baseline-write keeps a directive whose reason is "baseline" in force', () => {
  it('exit 0, the directive suppression stays inSource, the baseline records nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mtlslint-i9-'));
    mkdirSync(join(root, '.git'));
    writeFileSync(
      join(root, 'main.bicep'),
      `resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders'
  location: 'westeurope'
  properties: {
    siteConfig: {
      // mtlslint-disable-next-line min-tls-version -- baseline
      minTlsVersion: '1.0'
    }
  }
}
`,
    );
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: root, env: {}, isTTY: false, readStdin: () => '' };
    const code = await main(['lint', '--rule', 'https-only=off,client-cert-enabled=off', '-f', 'json', '--baseline-write', 'baseline.json'], io);
    const report = JSON.parse(out.join('')) as JsonReport;
    const tls = report.findings.filter((f) => f.ruleId === 'min-tls-version');
    expect(tls.map((f) => f.suppressions)).toEqual([[{ kind: 'inSource', justification: 'baseline' }]]);
    expect(code).toBe(0);
  });
});

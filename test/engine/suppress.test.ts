import { describe, expect, it } from 'vitest';
import { lintText } from '../support/rule-tester.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const template = (resourceLines: string) => `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
${resourceLines}
  ]
}
`;

const ONLY = { 'https-only': 'error', 'client-cert-enabled': 'error', 'unused-directive': 'warn' } as const;
const rules = { ...Object.fromEntries(['client-cert-mode', 'client-cert-exclusion-paths', 'tls-renegotiation', 'min-tls-version', 'client-cert-settings-ignored', 'load-certificates-scope', 'certificate-secret-in-source', 'unresolved-setting'].map((id) => [id, 'off' as const])), ...ONLY };

async function run(resourceLines: string) {
  const result = await lintText('arm', template(resourceLines), { rules });
  return result.findings.map((f) => ({
    rule: f.ruleId,
    line: f.range.start.line,
    suppressed: f.suppressions?.map((s) => s.justification ?? '(no reason)') ?? [],
  }));
}

describe('inline directives', () => {
  it('a directive above the offending line suppresses that finding, with its reason', async () => {
    expect(
      await run(`    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "a",
      "properties": {
        // mtlslint-disable-next-line https-only -- internal-only app behind Front Door, HTTP is redirected there
        "httpsOnly": false,
        "clientCertEnabled": true
      }
    }`),
    ).toEqual([{ rule: 'https-only', line: 11, suppressed: ['internal-only app behind Front Door, HTTP is redirected there'] }]);
  });

  it('a directive above the resource object covers every finding of that resource', async () => {
    expect(
      await run(`    // mtlslint-disable-next-line https-only, client-cert-enabled -- public marketing site
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "a",
      "properties": { "httpsOnly": false }
    }`),
    ).toEqual([
      { rule: 'client-cert-enabled', line: 7, suppressed: ['public marketing site'] },
      { rule: 'https-only', line: 10, suppressed: ['public marketing site'] },
    ]);
  });

  it('a directive for another rule suppresses nothing and is reported as unused', async () => {
    expect(
      await run(`    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "a",
      "properties": {
        // mtlslint-disable-next-line client-cert-enabled -- wrong rule
        "httpsOnly": false,
        "clientCertEnabled": true
      }
    }`),
    ).toEqual([
      { rule: 'unused-directive', line: 10, suppressed: [] },
      { rule: 'https-only', line: 11, suppressed: [] },
    ]);
  });
});

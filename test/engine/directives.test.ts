import { describe, expect, it } from 'vitest';
import type { RuleConfig } from '../../src/engine/lint.js';
import { lintText, type TestFormat } from '../support/rule-tester.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const arm = (resourceLines: string) => `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
${resourceLines}
  ]
}
`;

/** https-only and client-cert-enabled on, the directive diagnostics on, everything else off. */
const RULES: Record<string, RuleConfig> = {
  ...Object.fromEntries(
    [
      'client-cert-mode',
      'client-cert-exclusion-paths',
      'tls-renegotiation',
      'min-tls-version',
      'client-cert-settings-ignored',
      'load-certificates-scope',
      'certificate-secret-in-source',
      'unresolved-setting',
    ].map((id) => [id, 'off' as const]),
  ),
  'https-only': 'error',
  'client-cert-enabled': 'error',
  'unused-directive': 'warn',
  'directive-reason': 'error',
};

interface Row {
  rule: string;
  messageId: string;
  line: number;
  column: number;
  suppressed?: string;
}

async function run(format: TestFormat, code: string, rules: Record<string, RuleConfig> = {}): Promise<Row[]> {
  const result = await lintText(format, code, { rules: { ...RULES, ...rules } });
  return result.findings.map((f) => {
    const row: Row = { rule: f.ruleId, messageId: f.messageId, line: f.range.start.line, column: f.range.start.column };
    if (f.suppressions?.length) row.suppressed = f.suppressions.map((s) => `${s.kind}: ${s.justification ?? '(no reason)'}`).join('; ');
    return row;
  });
}

const ARM_SITE = (before: string, properties: string) => arm(`${before}    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "a",
      "properties": {
${properties}
      }
    }`);

describe('directives in ARM templates', () => {
  it('a block comment directive works like a line comment', async () => {
    expect(
      await run(
        'arm',
        ARM_SITE('', '        /* mtlslint-disable-next-line https-only -- redirect at Front Door */\n        "httpsOnly": false,\n        "clientCertEnabled": true'),
      ),
    ).toEqual([{ rule: 'https-only', messageId: 'disabled', line: 11, column: 22, suppressed: 'inSource: redirect at Front Door' }]);
  });

  it('a directive naming several rules suppresses each; a rule that matched nothing is reported on its own', async () => {
    expect(
      await run(
        'arm',
        ARM_SITE('    // mtlslint-disable-next-line https-only, client-cert-enabled, client-cert-mode -- public marketing site\n', '        "httpsOnly": false'),
        { 'client-cert-mode': 'error' },
      ),
    ).toEqual([
      { rule: 'unused-directive', messageId: 'unusedRule', line: 5, column: 5 },
      { rule: 'client-cert-enabled', messageId: 'missing', line: 7, column: 7, suppressed: 'inSource: public marketing site' },
      { rule: 'https-only', messageId: 'disabled', line: 11, column: 22, suppressed: 'inSource: public marketing site' },
    ]);
  });

  it('a directive without a reason still suppresses, and is reported as directive-reason', async () => {
    expect(await run('arm', ARM_SITE('', '        // mtlslint-disable-next-line https-only\n        "httpsOnly": false,\n        "clientCertEnabled": true'))).toEqual([
      { rule: 'directive-reason', messageId: 'missingReason', line: 10, column: 9 },
      { rule: 'https-only', messageId: 'disabled', line: 11, column: 22, suppressed: 'inSource: (no reason)' },
    ]);
  });

  it('a bare "--" is no reason either', async () => {
    const rows = await run('arm', ARM_SITE('', '        // mtlslint-disable-next-line https-only --   \n        "httpsOnly": false,\n        "clientCertEnabled": true'));
    expect(rows.map((r) => r.rule)).toEqual(['directive-reason', 'https-only']);
  });

  it('requireDirectiveReason: false (directive-reason off) accepts directives without a reason', async () => {
    expect(
      await run('arm', ARM_SITE('', '        // mtlslint-disable-next-line https-only\n        "httpsOnly": false,\n        "clientCertEnabled": true'), { 'directive-reason': 'off' }),
    ).toEqual([{ rule: 'https-only', messageId: 'disabled', line: 11, column: 22, suppressed: 'inSource: (no reason)' }]);
  });

  it('a directive without rule ids suppresses every rule on the next line', async () => {
    expect(await run('arm', ARM_SITE('', '        // mtlslint-disable-next-line -- all of it is known\n        "httpsOnly": false, "clientCertEnabled": false'))).toEqual([
      { rule: 'client-cert-enabled', messageId: 'disabled', line: 11, column: 50, suppressed: 'inSource: all of it is known' },
      { rule: 'https-only', messageId: 'disabled', line: 11, column: 22, suppressed: 'inSource: all of it is known' },
    ].sort((a, b) => a.column - b.column));
  });

  it('unused directives are reported by default, and not with unused-directive off (reportUnusedDirectives: false)', async () => {
    const code = ARM_SITE('', '        // mtlslint-disable-next-line client-cert-enabled -- stale\n        "httpsOnly": true,\n        "clientCertEnabled": true');
    expect(await run('arm', code)).toEqual([{ rule: 'unused-directive', messageId: 'unusedDirective', line: 10, column: 9 }]);
    expect(await run('arm', code, { 'unused-directive': 'off' })).toEqual([]);
    expect((await lintText('arm', code, { rules: { ...RULES, 'unused-directive': 'error' } })).findings[0]?.severity).toBe('error');
  });

  it('metadata.mtlslint suppresses the whole resource with the reason it gives', async () => {
    expect(
      await run(
        'arm',
        arm(`    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "a",
      "metadata": { "mtlslint": { "https-only": "redirect at Front Door", "client-cert-enabled": "public site" } },
      "properties": { "httpsOnly": false }
    }`),
      ),
    ).toEqual([
      { rule: 'client-cert-enabled', messageId: 'missing', line: 6, column: 7, suppressed: 'inSource: public site' },
      { rule: 'https-only', messageId: 'disabled', line: 10, column: 36, suppressed: 'inSource: redirect at Front Door' },
    ]);
  });

  it('metadata.mtlslint with an empty reason, and one naming a rule that reports nothing', async () => {
    expect(
      await run(
        'arm',
        arm(`    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "a",
      "metadata": { "mtlslint": { "https-only": "", "client-cert-enabled": "public site" } },
      "properties": { "httpsOnly": true }
    }`),
      ),
    ).toEqual([
      { rule: 'client-cert-enabled', messageId: 'missing', line: 6, column: 7, suppressed: 'inSource: public site' },
      { rule: 'directive-reason', messageId: 'missingReason', line: 9, column: 35 },
      { rule: 'unused-directive', messageId: 'unusedDirective', line: 9, column: 35 },
    ]);
  });
});

const TF_SITE = (before: string, attributes: string) => `${before}resource "azurerm_linux_web_app" "api" {
  name                = "api"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
${attributes}
  site_config {}
}
`;

describe('directives in Terraform', () => {
  it('# and // comments, next line and whole resource', async () => {
    expect(
      await run(
        'terraform',
        TF_SITE('# mtlslint-disable-next-line client-cert-enabled -- public marketing site\n', '  // mtlslint-disable-next-line https-only -- redirect at Front Door\n  https_only = false'),
      ),
    ).toEqual([
      { rule: 'client-cert-enabled', messageId: 'missing', line: 2, column: 1, suppressed: 'inSource: public marketing site' },
      { rule: 'https-only', messageId: 'disabled', line: 8, column: 16, suppressed: 'inSource: redirect at Front Door' },
    ]);
  });

  it('missing reason and unused directive', async () => {
    expect(
      await run('terraform', TF_SITE('# mtlslint-disable-next-line client-cert-enabled\n', '  # mtlslint-disable-next-line https-only -- stale\n  https_only = true')),
    ).toEqual([
      { rule: 'directive-reason', messageId: 'missingReason', line: 1, column: 1 },
      { rule: 'client-cert-enabled', messageId: 'missing', line: 2, column: 1, suppressed: 'inSource: (no reason)' },
      { rule: 'unused-directive', messageId: 'unusedDirective', line: 7, column: 3 },
    ]);
  });
});

const BICEP_SITE = (before: string, properties: string) => `${before}resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'api'
  location: 'westeurope'
  properties: {
${properties}
  }
}
`;

describe('directives in Bicep', () => {
  it('next line and whole resource, with reasons', async () => {
    expect(
      await run(
        'bicep',
        BICEP_SITE('// mtlslint-disable-next-line client-cert-enabled -- public marketing site\n', '    // mtlslint-disable-next-line https-only -- redirect at Front Door\n    httpsOnly: false'),
      ),
    ).toEqual([
      { rule: 'client-cert-enabled', messageId: 'missing', line: 2, column: 1, suppressed: 'inSource: public marketing site' },
      { rule: 'https-only', messageId: 'disabled', line: 7, column: 16, suppressed: 'inSource: redirect at Front Door' },
    ]);
  });

  it('missing reason, several rules, unused rule', async () => {
    expect(
      await run('bicep', BICEP_SITE('// mtlslint-disable-next-line client-cert-enabled, https-only\n', '    httpsOnly: true')),
    ).toEqual([
      { rule: 'directive-reason', messageId: 'missingReason', line: 1, column: 1 },
      { rule: 'unused-directive', messageId: 'unusedRule', line: 1, column: 1 },
      { rule: 'client-cert-enabled', messageId: 'missing', line: 2, column: 1, suppressed: 'inSource: (no reason)' },
    ]);
  });
});

describe('a rule id that is not a rule', () => {
  it('ARM: reported as an unknown rule, the known rule still suppresses', async () => {
    const rows = await run('arm', ARM_SITE('', '        // mtlslint-disable-next-line https-onyl, https-only -- redirect at Front Door\n        "httpsOnly": false,\n        "clientCertEnabled": true'));
    expect(rows).toEqual([
      { rule: 'unused-directive', messageId: 'unknownRule', line: 10, column: 9 },
      { rule: 'https-only', messageId: 'disabled', line: 11, column: 22, suppressed: 'inSource: redirect at Front Door' },
    ]);
  });

  it('Bicep: a directive of only a misspelt rule is unknown, not unused, and the finding stays', async () => {
    const result = await lintText('bicep', BICEP_SITE('', '    // mtlslint-disable-next-line htps-only -- redirect at Front Door\n    httpsOnly: false'), { rules: RULES });
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.range.start.line, f.range.start.column, f.message, f.suppressions?.length ?? 0])).toEqual([
      ['client-cert-enabled', 'missing', 1, 1, expect.any(String), 0],
      ['unused-directive', 'unknownRule', 5, 5, "Unknown rule 'htps-only' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids.", 0],
      ['https-only', 'disabled', 6, 16, expect.any(String), 0],
    ]);
  });

  it('Terraform: each unknown id on its own, next to an unused known one', async () => {
    expect(await run('terraform', TF_SITE('', '  # mtlslint-disable-next-line client-cert-mode, no-such-rule -- stale\n  https_only = true'), { 'client-cert-enabled': 'off' })).toEqual([
      { rule: 'unused-directive', messageId: 'unusedDirective', line: 6, column: 3 },
      { rule: 'unused-directive', messageId: 'unknownRule', line: 6, column: 3 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/engine/config.js';
import { allRules, lintSources } from '../../src/engine/lint.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A site with certificates on and exclusion paths, and a warning-level problem (every certificate loaded). */
const template = (paths: string, before = '') => `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
${before}    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "${paths}",
        "siteConfig": { "http20Enabled": false, "appSettings": [{ "name": "WEBSITE_LOAD_CERTIFICATES", "value": "*" }] }
      }
    }
  ]
}
`;

async function lintWith(config: string, text: string) {
  const { rules } = parseConfig('/repo/mtlslint.config.json', config, allRules());
  const result = await lintSources([{ path: 'main.json', text }], { cwd: '/repo', root: '/repo', rules });
  return result.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.severity} ${f.range.start.line}:${f.range.start.column}${f.suppressions ? ' suppressed' : ''}`);
}

describe('presets end to end', () => {
  it('recommended: exclusion paths only for real problems, warnings stay warnings', async () => {
    expect(await lintWith('{ "extends": "mtlslint:recommended" }', template('/healthz/'))).toEqual([
      'tls-renegotiation/bodyLimit note 13:37',
      'load-certificates-scope/all warn 14:114',
    ]);
  });

  it('strict: every exclusion path must be allowed, and warnings are errors', async () => {
    expect(await lintWith('{ "extends": "mtlslint:strict" }', template('/healthz/'))).toEqual([
      'tls-renegotiation/bodyLimit note 13:37',
      'client-cert-exclusion-paths/notAllowed error 13:38',
      'load-certificates-scope/all error 14:114',
    ]);
  });

  it('strict: an allowed entry with its reason makes the exclusion acceptable', async () => {
    const config = `{
  "extends": "mtlslint:strict",
  "rules": { "client-cert-exclusion-paths": ["error", { "allowed": [{ "path": "/healthz/", "reason": "platform probe; no payload" }] }] }
}`;
    expect(await lintWith(config, template('/healthz/;/metrics/'))).toEqual([
      'tls-renegotiation/bodyLimit note 13:37',
      'client-cert-exclusion-paths/notAllowed error 13:48',
      'load-certificates-scope/all error 14:114',
    ]);
  });

  it('strict: a directive with a reason accepts the exclusion; without a reason it is an error itself', async () => {
    const withReason = template('/healthz/', '').replace(
      '        "clientCertExclusionPaths"',
      '        // mtlslint-disable-next-line client-cert-exclusion-paths -- platform probe; no payload\n        "clientCertExclusionPaths"',
    );
    expect(await lintWith('{ "extends": "mtlslint:strict" }', withReason)).toEqual([
      'tls-renegotiation/bodyLimit note 14:37',
      'client-cert-exclusion-paths/notAllowed error 14:38 suppressed',
      'load-certificates-scope/all error 15:114',
    ]);
    const noReason = withReason.replace(' -- platform probe; no payload', '');
    expect(await lintWith('{ "extends": "mtlslint:strict" }', noReason)).toEqual([
      'directive-reason/missingReason error 13:9',
      'tls-renegotiation/bodyLimit note 14:37',
      'client-cert-exclusion-paths/notAllowed error 14:38 suppressed',
      'load-certificates-scope/all error 15:114',
    ]);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../../src/engine/lint.js';

const SAMPLES = resolve(import.meta.dirname, '../../../samples/bicep');

async function lint(path: string) {
  const result = await lintPaths([path], { cwd: SAMPLES, root: SAMPLES });
  return result.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.range.file.slice(SAMPLES.length + 1)}:${f.range.start.line}:${f.range.start.column} ${f.subject?.name ?? ''}`);
}

describe('samples/bicep', () => {
  it('payments: reports the deliberate problems listed at the top of main.bicep, where each value is written', async () => {
    expect(await lint('payments')).toEqual([
      'certificate-secret-in-source/nonSecureParameter payments/main.bicep:17:1 payments-prod-client-ca',
      'certificate-secret-in-source/nonSecureParameter payments/main.bicep:18:1 payments-prod-client-ca',
      'tls-renegotiation/bodyLimit payments/main.bicep:36:31 payments-prod-api',
      // Each exclusion path at its entry inside the quotes of `'/health;/api'`, though the site is declared in the module.
      'client-cert-exclusion-paths/prefixOverreach payments/main.bicep:36:32 payments-prod-api',
      'client-cert-exclusion-paths/broadPrefix payments/main.bicep:36:40 payments-prod-api',
      'tls-renegotiation/http2 payments/main.bicep:37:20 payments-prod-api',
      // Passed to the module, which uses it for the site and its staging slot: one result for both,
      // named by the module's declaration.
      'https-only/disabled payments/main.bicep:48:16 site',
      'load-certificates-scope/all payments/main.bicep:51:35 payments-prod-portal',
      'client-cert-mode/optional payments/main.bicepparam:4:27 site',
      'min-tls-version/tooLow payments/main.bicepparam:5:22 site',
      'certificate-secret-in-source/literal payments/main.bicepparam:7:31 payments-prod-client-ca',
    ]);
  });

  it('secure-api: clean', async () => {
    expect(await lint('secure-api')).toEqual([]);
  });
});

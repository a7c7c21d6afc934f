import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineOf, readBaseline, writeBaseline } from '../../src/engine/baseline.js';
import { UsageError } from '../../src/engine/errors.js';
import { lintSources } from '../../src/engine/lint.js';
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

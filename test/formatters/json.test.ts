import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { json, MAX_LISTED_INSTANCES, type JsonReport } from '../../src/formatters/json.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { fixtureRules } from './fixture-rules.js';
import {
  certModeFinding,
  COVERAGE,
  CWD,
  fullResult,
  httpsOnlyFinding,
  lintResult,
  MAIN_BICEP,
  parseErrorFinding,
  PROD_TFVARS,
  ROOT,
  suppressedScmFinding,
  tfvarsModeFinding,
} from './fixture-findings.js';

const FIXES = [
  {
    file: MAIN_BICEP,
    applied: [{ ruleId: 'https-only', messageId: 'disabled', fingerprint: httpsOnlyFinding.fingerprint, setting: 'httpsOnly', value: true }],
    output: 'fixed text\n',
  },
];
const SKIPPED = [{ ruleId: 'client-cert-mode', file: PROD_TFVARS, fingerprint: 'f00', reason: 'the value comes from a tfvars file' }];

const ctx: FormatContext = { rules: fixtureRules, cwd: CWD, root: ROOT, color: true, toolVersion: '1.4.2' };
// Every optional coverage field: `not-analysed` turned off, its notes counted but not listed.
const HIDDEN_NOTES = { ...COVERAGE, notAnalysed: 2, notAnalysedHidden: 2 };
const DOC = readFileSync(new URL('../../docs/json-output.md', import.meta.url), 'utf8');

/** A finding reached through more loop instances than a report lists. */
const fanned = {
  ...httpsOnlyFinding,
  instances: Array.from({ length: MAX_LISTED_INSTANCES + 7 }, (_, n) => ({
    resource: `module.app[${n}].azurerm_linux_web_app.this`,
    via: [{ range: suppressedScmFinding.range, message: `deployed through 'module.app[${n}]'` }],
  })),
};

function parse(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

/** Every key path in a JSON value, arrays written as `[]`: `findings[].related[].file`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...keyPaths(v, path)];
  });
}

describe('json formatter', () => {
  it('has the documented top-level shape and summary', () => {
    const report = parse(json(fullResult(), ctx));
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'findings']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'mtlslint', version: '1.4.2' });
    expect(report.summary).toEqual({ errors: 5, warnings: 1, notes: 1, suppressed: 1, files: 4 });
    expect(report.findings).toHaveLength(8);
  });

  it('writes a finding with relative / paths, inclusive ends, related locations, subject and fingerprint', () => {
    const report = parse(json(lintResult([tfvarsModeFinding]), ctx));
    expect(report.findings[0]).toEqual({
      ruleId: 'client-cert-mode',
      messageId: 'notRequired',
      severity: 'error',
      message: "Client certificate mode is 'Optional': requests without a certificate are accepted.",
      file: 'infra/tf/prod.tfvars',
      line: 1,
      column: 13,
      endLine: 1,
      endColumn: 22,
      related: [
        { file: 'infra/tf/app.tf', line: 1, column: 1, endLine: 1, endColumn: 46, message: 'azurerm_linux_function_app.worker' },
        {
          file: 'infra/tf/app.tf',
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 44,
          message: "client_certificate_mode is set from variable 'cert_mode'",
        },
        { file: 'infra/tf/prod.tfvars', line: 1, column: 1, endLine: 1, endColumn: 22, message: "'cert_mode' is assigned in prod.tfvars" },
      ],
      subject: {
        format: 'terraform',
        resourceType: 'azurerm_linux_function_app',
        name: 'azurerm_linux_function_app.worker',
        kind: 'functionApp',
        setting: 'clientCertMode',
      },
      instances: [{ resource: 'azurerm_linux_function_app.worker', via: [] }],
      fingerprint: tfvarsModeFinding.fingerprint,
      helpUri: 'https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md',
    });
  });

  it('keeps suppressed findings with their suppressions, and subject null without a resource', () => {
    const report = parse(json(lintResult([suppressedScmFinding, parseErrorFinding]), ctx));
    expect(report.summary).toEqual({ errors: 1, warnings: 0, notes: 0, suppressed: 1, files: 4 });
    const [parseError, suppressed] = report.findings;
    expect(parseError).toMatchObject({ ruleId: 'parse-error', subject: null, related: [], file: 'infra/broken.bicep', line: 4, column: 20 });
    expect(parseError).not.toHaveProperty('suppressions');
    expect(suppressed?.suppressions).toEqual([
      { kind: 'inSource', justification: 'Kudu deploy agent speaks TLS 1.0 until the Q3 upgrade' },
    ]);
  });

  it('orders findings by file, line and column whatever the input order', () => {
    const report = parse(json(lintResult([tfvarsModeFinding, httpsOnlyFinding, certModeFinding, parseErrorFinding]), ctx));
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'infra/broken.bicep:4:20',
      'infra/main.bicep:2:25',
      'infra/main.bicep:8:16',
      'infra/tf/prod.tfvars:1:13',
    ]);
  });

  it('writes / paths for Windows input', () => {
    const range = { ...httpsOnlyFinding.range, file: 'C:\\work\\repo\\infra\\main.bicep' };
    const report = parse(json(lintResult([{ ...httpsOnlyFinding, range, related: [] }]), { ...ctx, cwd: 'C:\\work\\repo' }));
    expect(report.findings[0]?.file).toBe('infra/main.bicep');
  });

  it('is valid JSON ending in a newline, also when clean', () => {
    const out = json(lintResult([]), ctx);
    expect(out.endsWith('}\n')).toBe(true);
    expect(parse(out)).toEqual({
      version: 1,
      tool: { name: 'mtlslint', version: '1.4.2' },
      summary: { errors: 0, warnings: 0, notes: 0, suppressed: 0, files: 4 },
      findings: [],
    });
  });

  it('writes fixes (dry run: with the fixed text) and skipped fixes, paths relative', () => {
    const report = parse(json(lintResult([], { fixes: FIXES, skippedFixes: SKIPPED }), ctx));
    expect(report.fixes).toEqual([
      {
        file: 'infra/main.bicep',
        applied: [{ ruleId: 'https-only', messageId: 'disabled', fingerprint: httpsOnlyFinding.fingerprint, setting: 'httpsOnly', value: true }],
        output: 'fixed text\n',
      },
    ]);
    expect(report.skippedFixes).toEqual([{ ruleId: 'client-cert-mode', file: 'infra/tf/prod.tfvars', fingerprint: 'f00', reason: 'the value comes from a tfvars file' }]);
    expect(Object.keys(parse(json(lintResult([]), ctx)))).toEqual(['version', 'tool', 'summary', 'findings']);
  });

  it('lists at most MAX_LISTED_INSTANCES deployments per finding and counts the rest', () => {
    const [finding] = parse(json(lintResult([fanned]), ctx)).findings;
    expect(finding?.instances).toHaveLength(MAX_LISTED_INSTANCES);
    expect(finding?.instances[0]?.resource).toBe('module.app[0].azurerm_linux_web_app.this');
    expect(finding?.instances.at(-1)?.resource).toBe(`module.app[${MAX_LISTED_INSTANCES - 1}].azurerm_linux_web_app.this`);
    expect(finding?.instancesOmitted).toBe(7);
    const [few] = parse(json(lintResult([{ ...fanned, instances: fanned.instances.slice(0, MAX_LISTED_INSTANCES) }]), ctx)).findings;
    expect(few?.instances).toHaveLength(MAX_LISTED_INSTANCES);
    expect(few && 'instancesOmitted' in few).toBe(false);
  });

  it('documents every key it emits in docs/json-output.md', () => {
    // A result that exercises every optional field: loop instance, suppression with justification, fixes.
    const looped = {
      ...suppressedScmFinding,
      subject: { ...suppressedScmFinding.subject!, instance: '["eu"]' },
      instances: [{ resource: 'module.app.azurerm_linux_function_app.worker["eu"]', instance: '["eu"]', via: [{ range: suppressedScmFinding.range, message: "deployed through 'module.app'" }] }],
    };
    const paths = new Set(keyPaths(parse(json(lintResult([...fullResult().findings, looped, fanned], { fixes: FIXES, skippedFixes: SKIPPED, coverage: HIDDEN_NOTES }), ctx))));
    expect(paths.size).toBeGreaterThan(30);
    for (const path of ['findings[].subject.instance', 'findings[].suppressions[].justification', 'findings[].related[].endColumn']) {
      expect(paths).toContain(path);
    }
    const undocumented = [...paths].filter((p) => !DOC.includes(`| \`${p}\` |`));
    expect(undocumented).toEqual([]);
  });

  it('documents nothing it does not emit', () => {
    const documented = [...DOC.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    const looped = {
      ...suppressedScmFinding,
      subject: { ...suppressedScmFinding.subject!, instance: '[0]' },
      instances: [{ resource: 'module.app.azurerm_linux_function_app.worker[0]', instance: '[0]', via: [{ range: suppressedScmFinding.range, message: "deployed through 'module.app'" }] }],
    };
    const paths = new Set(keyPaths(parse(json(lintResult([...fullResult().findings, looped, fanned], { fixes: FIXES, skippedFixes: SKIPPED, coverage: HIDDEN_NOTES }), ctx))));
    expect(documented.filter((p) => p !== undefined && !paths.has(p))).toEqual([]);
  });

  it('has a doc example that is a valid report of the same shape', () => {
    const example = /## Example\n\n```json\n([\s\S]*?)\n```/.exec(DOC)?.[1];
    expect(example).toBeDefined();
    const parsed = JSON.parse(example ?? '') as unknown;
    const emitted = new Set(keyPaths(parse(json(lintResult(fullResult().findings, { coverage: COVERAGE }), ctx))));
    for (const p of keyPaths(parsed)) expect(DOC.includes(`| \`${p}\` |`), p).toBe(true);
    expect(keyPaths(parsed).filter((p) => !emitted.has(p) && p !== 'findings[].subject.instance' && p !== 'findings[].instances[].instance')).toEqual([]);
  });
});

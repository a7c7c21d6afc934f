import type { Log, Result, Run } from 'sarif';
import { describe, expect, it } from 'vitest';
import { buildSarif, FINGERPRINT_KEY, GITHUB_SARIF_LIMITS, sarif } from '../../src/formatters/sarif.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { githubProfileProblems, sarifSchemaErrors } from '../support/sarif-schema.js';
import { clientCertMode, fixtureRules } from './fixture-rules.js';
import {
  certModeFinding,
  CWD,
  exclusionFinding,
  finding,
  fullResult,
  httpsOnlyFinding,
  lintResult,
  parseErrorFinding,
  rangeOf,
  MAIN_BICEP,
  ROOT,
  suppressedScmFinding,
  tfvarsModeFinding,
  unresolvedFinding,
} from './fixture-findings.js';
import type { Finding } from '../../src/engine/types.js';

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({
  rules: fixtureRules,
  cwd: CWD,
  root: ROOT,
  color: false,
  toolVersion: '0.1.0',
  ...over,
});

/** Through the formatter's text, as a consumer would read it. */
function log(findings: Finding[], over: Partial<FormatContext> = {}): Log {
  return JSON.parse(sarif(lintResult(findings), ctx(over))) as Log;
}

function run(l: Log): Run {
  const r = l.runs[0];
  if (!r) throw new Error('no run');
  return r;
}

function expectValid(l: Log): void {
  expect(sarifSchemaErrors(l)).toEqual([]);
  expect(githubProfileProblems(l)).toEqual([]);
}

function windowsFinding(): Finding {
  const win = (r: Finding['range']): Finding['range'] => ({
    ...r,
    file: r.file.replace(ROOT, 'C:\\Users\\dev\\repo').replace(/\//g, '\\'),
  });
  return {
    ...certModeFinding,
    range: win(certModeFinding.range),
    related: certModeFinding.related.map((r) => ({ ...r, range: win(r.range) })),
  };
}

describe('sarif: official schema and GitHub profile', () => {
  it.each<{ name: string; findings: () => Finding[]; over?: Partial<FormatContext> }>([
    { name: 'a clean run', findings: () => [] },
    { name: 'findings in two files with related locations', findings: () => fullResult().findings },
    { name: 'suppressed findings included', findings: () => fullResult().findings, over: { includeSuppressed: true } },
    { name: 'an automation id', findings: () => [httpsOnlyFinding], over: { automationId: 'mtlslint/infra/' } },
    {
      name: 'a Windows-style path',
      findings: () => [windowsFinding()],
      over: { root: 'C:\\Users\\dev\\repo', cwd: 'C:\\Users\\dev\\repo' },
    },
  ])('$name', ({ findings, over }) => {
    expectValid(log(findings(), over));
  });

  it('the helpers do reject invalid SARIF and profile violations', () => {
    const bad = log([httpsOnlyFinding]);
    (run(bad).results?.[0] as unknown as Record<string, unknown>).level = 'fatal';
    expect(sarifSchemaErrors(bad).join('\n')).toMatch(/results\/0\/level must be equal to one of the allowed values/);

    const profile = log([httpsOnlyFinding]);
    const r = run(profile);
    const result = r.results?.[0];
    const rule = r.tool.driver.rules?.[1];
    if (!result || !rule) throw new Error('fixture');
    result.ruleIndex = 1;
    result.locations![0]!.physicalLocation!.artifactLocation!.uri = '../infra\\main.bicep';
    rule.properties = { tags: ['mtls'], 'security-severity': 8.1 };
    delete result.partialFingerprints;
    expect(githubProfileProblems(profile)).toEqual([
      'runs[0].rules[1] (client-cert-mode): tags do not include \'security\'',
      'runs[0].rules[1] (client-cert-mode): security-severity is not a string',
      "runs[0].results[0]: ruleIndex 1 does not point at 'https-only'",
      'runs[0].results[0]: no partialFingerprints',
      "runs[0].results[0].locations[0]: uri '../infra\\main.bicep' contains '\\'",
      "runs[0].results[0].locations[0]: uri '../infra\\main.bicep' leaves the root",
    ]);
  });
});

describe('sarif: log and run', () => {
  it('declares the schema, the tool, %SRCROOT% and the column kind', () => {
    const l = log([]);
    expect(l.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(l.version).toBe('2.1.0');
    expect(l.runs).toHaveLength(1);
    const r = run(l);
    expect(r.tool.driver).toMatchObject({
      name: 'mtlslint',
      semanticVersion: '0.1.0',
      version: '0.1.0',
      informationUri: 'https://github.com/mtlslint/mtlslint',
    });
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(r.columnKind).toBe('utf16CodeUnits');
    expect(r.results).toEqual([]);
    expect(r.invocations).toEqual([{ executionSuccessful: true }]);
    expect(r).not.toHaveProperty('automationDetails');
  });

  it('sets automationDetails.id when given', () => {
    expect(run(log([], { automationId: 'mtlslint/prod/' })).automationDetails).toEqual({ id: 'mtlslint/prod/' });
  });
});

describe('sarif: rules', () => {
  const rules = run(log([])).tool.driver.rules ?? [];

  it('has one entry per rule of the run, engine diagnostics included, in order', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'https-only',
      'client-cert-mode',
      'client-cert-exclusion-paths',
      'min-tls-version',
      'parse-error',
      'unresolved-setting',
      'not-analysed',
      'unused-directive',
      'directive-reason',
    ]);
  });

  it('describes a rule from its docs', () => {
    const rule = rules[1];
    expect(rule).toMatchObject({
      id: 'client-cert-mode',
      name: 'ClientCertMode',
      shortDescription: { text: 'Requires client certificate mode Required.' },
      helpUri: 'https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'mtls', 'authentication'], 'security-severity': '8.1', precision: 'high' },
    });
    expect(rule?.fullDescription?.text).toBe(
      "Reports an effective clientCertMode other than Required: Optional accepts requests without a certificate, " +
        'OptionalInteractiveUser does not even ask for one. See the App Service docs (https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth).',
    );
    expect(rule?.help?.markdown).toContain('## How to fix');
    expect(rule?.help?.markdown).toContain("```bicep\nresource site 'Microsoft.Web/sites@2023-12-01' = {");
    expect(rule?.help?.text).toContain('How to fix: Set clientCertMode: \'Required\'');
    expect(rule?.help?.text).not.toMatch(/`/);
  });

  it.each([
    { id: 'https-only', level: 'error', severity: '7.5' },
    { id: 'client-cert-exclusion-paths', level: 'warning', severity: '5.3' },
    { id: 'parse-error', level: 'error', severity: '4.0' },
    { id: 'unresolved-setting', level: 'note', severity: '2.0' },
    { id: 'unused-directive', level: 'warning', severity: '1.0' },
  ])('$id: default level $level, security-severity "$severity"', ({ id, level, severity }) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule?.defaultConfiguration?.level).toBe(level);
    expect(rule?.properties?.['security-severity']).toBe(severity);
  });

  it('every rule: markdown help, security tag, severity string in 0–10', () => {
    for (const rule of rules) {
      expect(rule.help?.markdown, rule.id).toMatch(/^# /);
      expect(rule.properties?.tags, rule.id).toContain('security');
      const sev = rule.properties?.['security-severity'] as unknown;
      expect(typeof sev, rule.id).toBe('string');
      expect(sev, rule.id).toMatch(/^\d+\.\d$/);
      expect(Number(sev)).toBeGreaterThanOrEqual(0);
      expect(Number(sev)).toBeLessThanOrEqual(10);
    }
  });

  it('adds a described rule for a finding whose rule the run does not know', () => {
    const stray = { ...httpsOnlyFinding, ruleId: 'retired-rule' };
    const l = log([stray]);
    expectValid(l);
    const r = run(l);
    expect(r.tool.driver.rules?.at(-1)?.id).toBe('retired-rule');
    expect(r.results?.[0]?.ruleIndex).toBe(r.tool.driver.rules!.length - 1);
  });

  it('lists a rule passed twice once', () => {
    const l = log([certModeFinding], { rules: [...fixtureRules, clientCertMode] });
    expect(run(l).tool.driver.rules?.filter((r) => r.id === 'client-cert-mode')).toHaveLength(1);
    expectValid(l);
  });
});

describe('sarif: results', () => {
  it('writes a result with rule index, level, message, region (exclusive end), related locations, fingerprint and subject', () => {
    const r = run(log([certModeFinding]));
    const rules = r.tool.driver.rules ?? [];
    expect(r.results).toEqual<Result[]>([
      {
        ruleId: 'client-cert-mode',
        ruleIndex: rules.findIndex((x) => x.id === 'client-cert-mode'),
        level: 'error',
        message: { text: "Client certificate mode is 'Optional': requests without a certificate are accepted." },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'infra/main.bicep', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 25, endLine: 2, endColumn: 35 },
            },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            message: { text: "Microsoft.Web/sites 'site'" },
            physicalLocation: {
              artifactLocation: { uri: 'infra/main.bicep', uriBaseId: '%SRCROOT%' },
              region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 47 },
            },
          },
          {
            id: 2,
            message: { text: "clientCertMode is set from parameter 'certMode'" },
            physicalLocation: {
              artifactLocation: { uri: 'infra/main.bicep', uriBaseId: '%SRCROOT%' },
              region: { startLine: 10, startColumn: 21, endLine: 10, endColumn: 29 },
            },
          },
          {
            id: 3,
            message: { text: "parameter 'certMode' is declared here" },
            physicalLocation: {
              artifactLocation: { uri: 'infra/main.bicep', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 22 },
            },
          },
        ],
        partialFingerprints: { 'mtlslint/v1': certModeFinding.fingerprint },
        properties: {
          messageId: 'notRequired',
          subject: { format: 'bicep', resourceType: 'Microsoft.Web/sites', name: 'site', kind: 'webApp', setting: 'clientCertMode' },
        },
      },
    ]);
  });

  it('maps severities to levels and points ruleIndex at the same id', () => {
    const r = run(log(fullResult().findings));
    const rules = r.tool.driver.rules ?? [];
    const results = r.results ?? [];
    expect(results.map((x) => [x.ruleId, x.level])).toEqual([
      ['parse-error', 'error'],
      ['client-cert-mode', 'error'],
      ['https-only', 'error'],
      ['client-cert-exclusion-paths', 'warning'],
      ['min-tls-version', 'error'],
      ['unresolved-setting', 'note'],
      ['client-cert-mode', 'error'],
    ]);
    for (const res of results) expect(rules[res.ruleIndex ?? -1]?.id).toBe(res.ruleId);
    for (const res of results) expect(res.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('puts a value from another file at that file, with the resource as related location', () => {
    const res = run(log([tfvarsModeFinding])).results?.[0];
    expect(res?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('infra/tf/prod.tfvars');
    expect(res?.relatedLocations?.map((l) => l.physicalLocation?.artifactLocation?.uri)).toEqual([
      'infra/tf/app.tf',
      'infra/tf/app.tf',
      'infra/tf/prod.tfvars',
    ]);
  });

  it('omits relatedLocations and subject when a finding has none', () => {
    const res = run(log([parseErrorFinding])).results?.[0];
    expect(res).not.toHaveProperty('relatedLocations');
    expect(res?.properties).toEqual({ messageId: 'parseError' });
  });

  it('writes repository-relative / URIs for Windows paths, percent-encoded', () => {
    const l = log([windowsFinding()], { root: 'C:\\Users\\dev\\repo', cwd: 'C:\\Users\\dev\\repo\\infra' });
    const r = run(l);
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///C:/Users/dev/repo/' } });
    expect(r.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'infra/main.bicep',
      uriBaseId: '%SRCROOT%',
    });
    const spaced = { ...httpsOnlyFinding, range: { ...httpsOnlyFinding.range, file: `${ROOT}/infra/my app/#main.bicep` }, related: [] };
    expect(run(log([spaced])).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'infra/my%20app/%23main.bicep',
    );
  });

  it('uses an absolute file URI for a file outside the root rather than ../', () => {
    const outside = { ...httpsOnlyFinding, range: { ...httpsOnlyFinding.range, file: '/work/shared/modules/site.bicep' }, related: [] };
    const l = log([outside]);
    expect(sarifSchemaErrors(l)).toEqual([]);
    expect(run(l).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'file:///work/shared/modules/site.bicep',
    });
  });

  it('leaves suppressed findings out by default', () => {
    const r = run(log([suppressedScmFinding, httpsOnlyFinding]));
    expect(r.results?.map((x) => x.ruleId)).toEqual(['https-only']);
    expect(r.results?.[0]).not.toHaveProperty('suppressions');
    expect(run(log([suppressedScmFinding])).results).toEqual([]);
  });

  it('includes suppressed findings with suppressions when asked', () => {
    const external = { ...exclusionFinding, suppressions: [{ kind: 'external' as const }] };
    const r = run(log([suppressedScmFinding, external, httpsOnlyFinding], { includeSuppressed: true }));
    expect(r.results?.map((x) => [x.ruleId, x.suppressions])).toEqual([
      ['https-only', undefined],
      ['client-cert-exclusion-paths', [{ kind: 'external' }]],
      ['min-tls-version', [{ kind: 'inSource', justification: 'Kudu deploy agent speaks TLS 1.0 until the Q3 upgrade' }]],
    ]);
  });
});

describe('sarif: parse errors', () => {
  it('reports a parse error as a result and as a tool execution notification with its location', () => {
    const r = run(log([parseErrorFinding, httpsOnlyFinding]));
    expect(r.results?.map((x) => x.ruleId)).toEqual(['parse-error', 'https-only']);
    const rules = r.tool.driver.rules ?? [];
    expect(r.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: "Expected '}' to close the object started on line 3, found the end of the file." },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'infra/broken.bicep', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 4, startColumn: 20, endLine: 4, endColumn: 21 },
                },
              },
            ],
            associatedRule: { id: 'parse-error', index: rules.findIndex((x) => x.id === 'parse-error') },
          },
        ],
      },
    ]);
  });

  it('has no notification for a suppressed parse error', () => {
    const suppressed = { ...parseErrorFinding, suppressions: [{ kind: 'external' as const, justification: 'generated' }] };
    expect(run(log([suppressed])).invocations).toEqual([{ executionSuccessful: true }]);
  });
});

describe('sarif: GitHub limits', () => {
  /** `n` findings spread over lines, cycling severities. */
  function many(n: number): Finding[] {
    const base = rangeOf(MAIN_BICEP, 'false');
    const severities = ['note', 'warn', 'error'] as const;
    return Array.from({ length: n }, (_, i) =>
      finding({
        ruleId: 'https-only',
        messageId: 'disabled',
        message: `httpsOnly is false (#${i}).`,
        severity: severities[i % 3]!,
        range: { ...base, start: { line: i + 1, column: 3 }, end: { line: i + 1, column: 7 } },
        subject: { format: 'bicep', resourceType: 'Microsoft.Web/sites', name: `site${i}`, setting: 'httpsOnly' },
      }),
    );
  }

  it('uses the published hard limits', () => {
    expect(GITHUB_SARIF_LIMITS).toEqual({ resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1_000, tagsPerRule: 20 });
  });

  it('truncates above 25 000 results, keeping errors first, and says so', () => {
    const l = buildSarif(lintResult(many(25_003)), ctx());
    const r = run(l);
    expect(r.results).toHaveLength(25_000);
    // 8 335 notes, 8 334 warnings, 8 334 errors: three notes are dropped.
    expect(r.results?.filter((x) => x.level === 'note')).toHaveLength(8_332);
    expect(r.results?.filter((x) => x.level === 'warning')).toHaveLength(8_334);
    expect(r.results?.filter((x) => x.level === 'error')).toHaveLength(8_334);
    expect(r.invocations?.[0]?.toolConfigurationNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text:
            'Only 25000 of 25003 results are included: GitHub code scanning rejects a run with more than 25000. ' +
            'Errors were kept first, then warnings, then notes; run with --format json for the full list.',
        },
        descriptor: { id: 'sarif-limit-exceeded' },
      },
    ]);
    expect(githubProfileProblems(l)).toEqual([]);
  });

  it('does not truncate at exactly the limit', () => {
    const r = run(buildSarif(lintResult(many(7)), ctx(), { ...GITHUB_SARIF_LIMITS, resultsPerRun: 7 }));
    expect(r.results).toHaveLength(7);
    expect(r.invocations?.[0]).not.toHaveProperty('toolConfigurationNotifications');
  });

  it('keeps results in position order after choosing by severity', () => {
    const l = buildSarif(lintResult(many(6)), ctx(), { ...GITHUB_SARIF_LIMITS, resultsPerRun: 3 });
    expect(run(l).results?.map((x) => [x.level, x.locations?.[0]?.physicalLocation?.region?.startLine])).toEqual([
      ['warning', 2],
      ['error', 3],
      ['error', 6],
    ]);
    expectValid(l);
  });

  it('cuts related locations and tags, and drops rules beyond the limit that no result needs', () => {
    const related = Array.from({ length: 6 }, (_, i) => ({ range: rangeOf(MAIN_BICEP, 'param', i % 2), message: `hop ${i}` }));
    const f = { ...certModeFinding, related };
    const l = buildSarif(lintResult([f, unresolvedFinding]), ctx(), {
      resultsPerRun: 100,
      rulesPerRun: 3,
      locationsPerResult: 4,
      tagsPerRule: 2,
    });
    const r = run(l);
    expect(r.results?.[0]?.relatedLocations?.map((x) => x.id)).toEqual([1, 2, 3]);
    expect(r.tool.driver.rules?.map((x) => x.id)).toEqual(['https-only', 'client-cert-mode', 'unresolved-setting']);
    for (const rule of r.tool.driver.rules ?? []) expect((rule.properties?.tags as string[])[0]).toBe('security');
    expect(r.tool.driver.rules?.[1]?.properties?.tags).toEqual(['security', 'mtls']);
    for (const res of r.results ?? []) expect(r.tool.driver.rules?.[res.ruleIndex ?? -1]?.id).toBe(res.ruleId);
    expect(r.invocations?.[0]?.toolConfigurationNotifications?.map((n) => n.message.text)).toEqual([
      'Only 3 of 9 rules are described: GitHub code scanning rejects a run with more than 3; results of the rules left out are omitted.',
      'Tags of 3 rules were cut to 2, the most GitHub code scanning accepts per rule.',
      'Related locations of 1 result were cut so that each result has at most 4 locations, the most GitHub code scanning accepts.',
    ]);
    expect(sarifSchemaErrors(l)).toEqual([]);
  });
});

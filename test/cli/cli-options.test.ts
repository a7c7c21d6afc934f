import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../support/cli-run.js';

const APP = `param location string = resourceGroup().location

resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  properties: {
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Optional'
    clientCertExclusionPaths: '/api'
    siteConfig: {
      minTlsVersion: '1.0'
    }
  }
}
`;

/** Only warnings: exclusion paths on an otherwise sound site. */
const WARN_ONLY = `resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: 'westeurope'
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/api;/internal'
    siteConfig: {
      http20Enabled: false
    }
  }
}
`;

const repo = (files: Record<string, string>): string => tempRepo(files, 'mtlslint-options-');
const run = (cwd: string, args: string[]) => runCli(cwd, ['lint', ...args]);

describe('repeated single-valued options: the last one wins, never a stack trace', () => {
  it('-o a -o b writes b only', async () => {
    const root = repo({ 'infra/app.bicep': APP });
    const r = await run(root, ['infra', '-f', 'json', '-o', 'a.json', '-o', 'b.json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(existsSync(join(root, 'a.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(root, 'b.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('-c, --baseline and --baseline-write: the last one is used', async () => {
    const root = repo({ 'infra/app.bicep': APP, 'quiet.json': '{ "rules": { "min-tls-version": "off" } }', 'loud.json': '{}' });
    const config = await run(root, ['infra', '-f', 'json', '-c', 'loud.json', '-c', 'quiet.json']);
    expect(config.err).toBe('');
    expect((JSON.parse(config.out) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).not.toContain('min-tls-version');

    const write = await run(root, ['infra', '--baseline-write', 'first.json', '--baseline-write', 'second.json']);
    expect(write.code).toBe(0);
    expect(existsSync(join(root, 'first.json'))).toBe(false);
    expect(existsSync(join(root, 'second.json'))).toBe(true);

    writeFileSync(join(root, 'empty.json'), '{ "version": 1, "entries": [] }\n');
    const baseline = await run(root, ['infra', '--baseline', 'empty.json', '--baseline', 'second.json']);
    expect(baseline.code).toBe(0);
    expect(baseline.err).toMatch(/^mtlslint: the baseline suppressed \d+ findings/);
  });

  it('-f sarif -f json: both would go to standard output, a usage error that says what to do', async () => {
    const root = repo({ 'infra/app.bicep': APP });
    expect(await run(root, ['infra', '-f', 'sarif', '-f', 'json'])).toEqual({
      code: 2,
      out: '',
      err: 'mtlslint: --format sarif and json would all go to standard output: give each but one its own file (-f json:FILE)\n',
    });
  });
});

describe('several formats in one run, each to its own destination', () => {
  it('-f stylish -f sarif:FILE -f junit:FILE -f json -o FILE', async () => {
    const root = repo({ 'infra/app.bicep': APP });
    const r = await run(root, ['infra', '-f', 'stylish', '-f', 'sarif:reports/mtlslint.sarif', '-f', 'junit:reports/junit.xml']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^infra\/app\.bicep\n\s+7:16\s+error\s+https-only /);
    const sarif = JSON.parse(readFileSync(join(root, 'reports/mtlslint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((x) => x.ruleId)).toContain('https-only');
    expect(readFileSync(join(root, 'reports/junit.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);

    // -o is the destination of the format given without a file.
    const o = await run(root, ['infra', '-f', 'json', '-f', 'github:gh.txt', '-o', 'report.json']);
    expect(o.out).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toMatchObject({ version: 1 });
    expect(readFileSync(join(root, 'gh.txt'), 'utf8')).toMatch(/^::error file=infra\/app\.bicep,line=7,/);
  });

  it.each([
    [['-f', 'json:'], "mtlslint: --format 'json:': name the file after ':' (for example json:mtlslint.json)\n"],
    [['-f', 'sarif:a.out', '-f', 'json:a.out'], 'mtlslint: two reports would be written to a.out: give each format its own file\n'],
    [['-f', 'checkstyle'], "mtlslint: Invalid values: --format 'checkstyle': choose one of stylish, json, sarif, github, junit, azure, optionally with :FILE\n"],
    [['-f', 'json', '-f', 'sarif', '-o', 'x'], 'mtlslint: --format json and sarif would all go to x: give each but one its own file (-f sarif:FILE)\n'],
  ])('%j is a usage error', async (args, err) => {
    const root = repo({ 'infra/app.bicep': APP });
    expect(await run(root, ['infra', ...args])).toEqual({ code: 2, out: '', err });
  });
});

describe('--max-warnings', () => {
  it.each([['abc', "mtlslint: --max-warnings must be a number, got 'abc'\n"], ['1.5', 'mtlslint: --max-warnings must be a whole number, 0 or more (-1: no limit), got 1.5\n'], ['-3', 'mtlslint: --max-warnings must be a whole number, 0 or more (-1: no limit), got -3\n']])(
    '%s is a usage error',
    async (value, err) => {
      const root = repo({ 'infra/app.bicep': WARN_ONLY });
      expect(await run(root, ['infra', '--max-warnings', value])).toEqual({ code: 2, out: '', err });
    },
  );

  it('says why the run fails when the warnings exceed it', async () => {
    const root = repo({ 'infra/app.bicep': WARN_ONLY });
    const within = await run(root, ['infra', '--max-warnings', '5']);
    expect(within.code).toBe(0);
    expect(within.err).toBe('');
    const over = await run(root, ['infra', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.err).toBe('mtlslint: 2 warnings, more than --max-warnings 1 allows\n');
  });
});

describe('--statistics', () => {
  it('stylish: a table of counts per rule instead of the findings; json: the same rows', async () => {
    const root = repo({ 'infra/app.bicep': APP });
    const text = await run(root, ['infra', '--statistics']);
    expect(text.code).toBe(1);
    expect(text.out).toBe(
      [
        'count  rule                         errors  warnings  notes  fixable',
        '    1  client-cert-exclusion-paths       0         1      0        0',
        '    1  client-cert-mode                  1         0      0        1',
        '    1  https-only                        1         0      0        1',
        '    1  min-tls-version                   1         0      0        1',
        '    1  tls-renegotiation                 0         0      1        0',
        '',
      ].join('\n'),
    );
    const json = await run(root, ['infra', '--statistics', '-f', 'json']);
    expect(JSON.parse(json.out)).toContainEqual({
      ruleId: 'https-only',
      count: 1,
      errors: 1,
      warnings: 0,
      notes: 0,
      fixable: 1,
      helpUri: 'https://github.com/mtlslint/mtlslint/blob/main/docs/rules/https-only.md',
    });
    expect(await run(root, ['infra', '--statistics', '-f', 'sarif'])).toEqual({ code: 2, out: '', err: 'mtlslint: --statistics prints counts as stylish text or json, not sarif\n' });
  });
});

describe('--only', () => {
  it('runs just the named rules', async () => {
    const root = repo({ 'infra/app.bicep': APP, 'infra/broken.bicep': "resource x 'Microsoft.Web/sites@2023-12-01' = {\n" });
    const r = await run(root, ['infra', '--only', 'https-only,min-tls-version', '-f', 'json']);
    const ids = (JSON.parse(r.out) as { findings: { ruleId: string; line: number; column: number }[] }).findings.map((f) => [f.ruleId, f.line, f.column]);
    // A file that does not parse is still said.
    expect(ids).toEqual([
      ['https-only', 7, 16],
      ['min-tls-version', 12, 22],
      ['https-only', 1, 1],
      ['parse-error', 2, 1],
    ]);
  });

  it('turns on a rule the config turns off; an unknown id is a usage error with a suggestion', async () => {
    const root = repo({ 'infra/app.bicep': APP, 'mtlslint.config.json': '{ "rules": { "client-cert-mode": "off" } }' });
    const r = await run(root, ['infra', '--only', 'client-cert-mode', '-f', 'json']);
    expect((JSON.parse(r.out) as { findings: { ruleId: string; severity: string }[] }).findings.map((f) => [f.ruleId, f.severity])).toEqual([['client-cert-mode', 'error']]);
    expect(await run(root, ['infra', '--only', 'client-cert-mod'])).toEqual({
      code: 2,
      out: '',
      err: "mtlslint: --only: unknown rule 'client-cert-mod' (did you mean 'client-cert-mode'?). Run 'mtlslint rules' for the list.\n",
    });
  });
});

describe('--fix-dry-run and --unsafe-fixes', () => {
  it('stylish prints the safe fixes as a unified diff, then what is left; the summary counts the unsafe ones', async () => {
    const root = repo({ 'infra/app.bicep': APP });
    const r = await run(root, ['infra', '--fix-dry-run']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('mtlslint: would fix 2 findings in 1 file; 1 more fixable with --unsafe-fixes\n');
    expect(r.out.startsWith(
      [
        '--- a/infra/app.bicep',
        '+++ b/infra/app.bicep',
        '@@ -4,12 +4,12 @@',
        "   name: 'orders-api'",
        '   location: location',
        '   properties: {',
        '-    httpsOnly: false',
        '+    httpsOnly: true',
        '     clientCertEnabled: true',
        "     clientCertMode: 'Optional'",
        "     clientCertExclusionPaths: '/api'",
        '     siteConfig: {',
        "-      minTlsVersion: '1.0'",
        "+      minTlsVersion: '1.2'",
        '     }',
        '   }',
        ' }',
        '',
        'infra/app.bicep',
        '',
      ].join('\n'),
    )).toBe(true);
    expect(r.out).toMatch(/\n\s+9:21\s+error\s+client-cert-mode /);
    expect(r.out).not.toMatch(/https-only|min-tls-version/);
    expect(readFileSync(join(root, 'infra/app.bicep'), 'utf8')).toBe(APP);
  });

  it('--unsafe-fixes applies the rest; json carries no diff; --unsafe-fixes alone is a usage error', async () => {
    const root = repo({ 'infra/app.bicep': APP });
    const r = await run(root, ['infra', '--fix', '--unsafe-fixes', '-f', 'json']);
    expect(r.err).toBe('mtlslint: fixed 3 findings in 1 file\n');
    expect(readFileSync(join(root, 'infra/app.bicep'), 'utf8')).toContain("clientCertMode: 'Required'");
    expect(r.out.startsWith('{')).toBe(true);
    expect(await run(root, ['infra', '--unsafe-fixes'])).toEqual({ code: 2, out: '', err: 'mtlslint: --unsafe-fixes goes with --fix or --fix-dry-run\n' });
  });
});

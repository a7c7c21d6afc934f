import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/formatters/json.js';
import { parseConfig } from '../../src/engine/config.js';
import { allRules } from '../../src/engine/lint.js';
import { runCli, tempRepo } from '../support/cli-run.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const FIXTURES = join(import.meta.dirname, '../engine/fixtures/fix/arm');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const repo = (files: Record<string, string>): string => tempRepo(files, 'mtlslint-cli5-');
const lint = (cwd: string, argv: string[]) => runCli(cwd, ['lint', ...argv]);

const json = (text: string): JsonReport => JSON.parse(text) as JsonReport;

describe('configuration from the CLI', () => {
  it('a broken config is exit 2 with file, line, column and what is wrong', async () => {
    const root = repo({ 'mtlslint.config.json': '{\n  "rules": { "https-only": "loud" }\n}\n', 'infra/main.json': fixture('literals.json') });
    const r = await lint(join(root, 'infra'), []);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtlslint: ../mtlslint.config.json:2:28: rules.https-only: severity must be one of "off", "note", "warn", "error" (or "warning", "info", "none", 0, 1, 2)\n');
    expect(r.out).toBe('');
  });

  it('finds the config up from the working directory; --rule goes over it; --config names another', async () => {
    const root = repo({
      'mtlslint.config.json': '{ "rules": { "https-only": "off", "min-tls-version": "warn" } }',
      'strict.json': '{ "extends": "mtlslint:strict" }',
      'infra/main.json': fixture('literals.json'),
    });
    const rules = (text: string) => [...new Set(json(text).findings.map((f) => `${f.ruleId}:${f.severity}`))].sort();
    const base = await lint(join(root, 'infra'), ['-f', 'json']);
    expect(rules(base.out)).toEqual(['client-cert-enabled:error', 'client-cert-mode:error', 'min-tls-version:warn', 'tls-renegotiation:note']);
    const over = await lint(join(root, 'infra'), ['-f', 'json', '--rule', 'min-tls-version=off']);
    expect(rules(over.out)).toEqual(['client-cert-enabled:error', 'client-cert-mode:error', 'tls-renegotiation:note']);
    const other = await lint(root, ['-f', 'json', '--config', 'strict.json']);
    expect(rules(other.out)).toEqual(['client-cert-enabled:error', 'client-cert-mode:error', 'https-only:error', 'min-tls-version:error', 'tls-renegotiation:note']);
    expect((await lint(root, ['--config', 'nope.json'])).err).toBe('mtlslint: --config: no such file: nope.json\n');
  });

  it('ignore globs and parameter files from the config, relative to it', async () => {
    const root = repo({
      'infra/mtlslint.config.json': '{ "ignore": ["legacy/"], "parameters": ["params/prod.json"] }',
      'infra/legacy/main.json': fixture('literals.json'),
      'infra/app/main.json': fixture('parameters.json').replace('"defaultValue": false', '"defaultValue": true'),
      'infra/params/prod.json':
        '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": { "httpsOnly": { "value": false } } }',
    });
    const r = await lint(join(root, 'infra'), ['-f', 'json', '--rule', 'min-tls-version=off', '--rule', 'client-cert-mode=off']);
    expect(json(r.out).findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['https-only params/prod.json:1']);
  });

  it('reportUnusedDirectives and requireDirectiveReason from the config', async () => {
    const text = fixture('literals.json').replace('        "clientCertEnabled": "false",', '        // mtlslint-disable-next-line client-cert-mode\n        "clientCertEnabled": "false",');
    const ids = async (config: string) => {
      const root = repo({ 'mtlslint.config.json': config, 'main.json': text });
      return json((await lint(root, ['-f', 'json'])).out).findings.filter((f) => f.ruleId.includes('directive')).map((f) => `${f.ruleId} ${f.severity} ${f.line}`);
    };
    expect(await ids('{}')).toEqual(['directive-reason error 12', 'unused-directive warn 12']);
    expect(await ids('{ "reportUnusedDirectives": "error", "requireDirectiveReason": false }')).toEqual(['unused-directive error 12']);
    expect(await ids('{ "reportUnusedDirectives": false }')).toEqual(['directive-reason error 12']);
    expect(await ids('{ "extends": "mtlslint:strict", "reportUnusedDirectives": "note" }')).toEqual(['directive-reason error 12', 'unused-directive note 12']);
  });

  it('requireMtls from the config: an out-of-scope site keeps https-only only', async () => {
    const root = repo({ 'mtlslint.config.json': '{ "requireMtls": { "names": ["orders-*"] } }', 'main.json': fixture('missing.json') });
    const r = await lint(root, ['-f', 'json']);
    expect(json(r.out).findings.map((f) => `${f.ruleId} ${f.subject?.name}`)).toEqual([
      'client-cert-enabled orders-api',
      'https-only orders-api',
      'https-only billing-api',
      'https-only reports-api',
      'https-only billing-api/staging',
    ]);
  });
});

describe('mtlslint init', () => {
  it('writes a starter config that references the schema and loads cleanly; never overwrites', async () => {
    const root = repo({});
    const first = await runCli(root, ['init']);
    expect(first.code).toBe(0);
    expect(first.out).toBe("Wrote mtlslint.config.json. Edit it, then run 'mtlslint lint'.\n");
    const text = readFileSync(join(root, 'mtlslint.config.json'), 'utf8');
    expect(text).toContain('"$schema": "./node_modules/mtlslint/schemas/mtlslint.config.schema.json"');
    expect(parseConfig(join(root, 'mtlslint.config.json'), text, allRules())).toMatchObject({ requireMtls: 'all', reportUnusedDirectives: 'warn', requireDirectiveReason: true });
    writeFileSync(join(root, 'mtlslint.config.json'), '{ "mine": true }');
    const again = await runCli(root, ['init']);
    expect(again.code).toBe(2);
    expect(again.err).toBe('mtlslint: mtlslint.config.json already exists here; not overwriting it\n');
    expect(readFileSync(join(root, 'mtlslint.config.json'), 'utf8')).toBe('{ "mine": true }');
  });
});

describe('--fix and --fix-dry-run', () => {
  it('--fix writes the exact expected files, reports what is left, and a second run changes nothing', async () => {
    const root = repo({ 'a/main.json': fixture('literals.json'), 'b/main.json': fixture('missing.json') });
    const r = await lint(root, ['--fix', '--unsafe-fixes', '-f', 'json']);
    expect(readFileSync(join(root, 'a/main.json'), 'utf8')).toBe(fixture('literals.fixed.json'));
    expect(readFileSync(join(root, 'b/main.json'), 'utf8')).toBe(fixture('missing.fixed.json'));
    expect(r.err).toBe('mtlslint: fixed 12 findings in 2 files\n');
    expect(r.code).toBe(0);
    const report = json(r.out);
    expect(report.findings).toEqual([]);
    expect(report.fixes?.map((f) => [f.file, f.applied.length, 'output' in f])).toEqual([
      ['a/main.json', 5, false],
      ['b/main.json', 7, false],
    ]);
    // No temporary files are left behind.
    expect(readdirSync(join(root, 'a'))).toEqual(['main.json']);

    const second = await lint(root, ['--fix', '--unsafe-fixes']);
    expect(second.err).toBe('mtlslint: fixed 0 findings in 0 files\n');
    expect(readFileSync(join(root, 'a/main.json'), 'utf8')).toBe(fixture('literals.fixed.json'));
  });

  it('with named files (pre-commit), fixes only those, not their siblings', async () => {
    const root = repo({ 'infra/main.json': fixture('literals.json'), 'infra/other.json': fixture('literals.json') });
    const r = await lint(root, ['--fix', '--unsafe-fixes', 'infra/main.json']);
    expect(r.err).toBe('mtlslint: fixed 5 findings in 1 file\n');
    expect(readFileSync(join(root, 'infra/main.json'), 'utf8')).toBe(fixture('literals.fixed.json'));
    expect(readFileSync(join(root, 'infra/other.json'), 'utf8')).toBe(fixture('literals.json'));
  });

  it('keeps a byte order mark and CRLF line endings', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const root = repo({ 'main.json': `\ufeff${crlf(fixture('missing.json'))}` });
    await lint(root, ['--fix', '--unsafe-fixes']);
    expect(readFileSync(join(root, 'main.json'), 'utf8')).toBe(`\ufeff${crlf(fixture('missing.fixed.json'))}`);
  });

  it('--fix-dry-run writes nothing and carries the fixed text in the JSON report', async () => {
    const root = repo({ 'main.json': fixture('parameters.json') });
    const r = await lint(root, ['--fix-dry-run', '--unsafe-fixes', '-f', 'json']);
    expect(readFileSync(join(root, 'main.json'), 'utf8')).toBe(fixture('parameters.json'));
    const report = json(r.out);
    expect(report.fixes).toEqual([
      {
        file: 'main.json',
        applied: [
          expect.objectContaining({ ruleId: 'https-only', messageId: 'disabled', setting: 'httpsOnly', value: true }),
          expect.objectContaining({ ruleId: 'client-cert-mode', messageId: 'optional', setting: 'clientCertMode', value: 'Required' }),
        ],
        output: fixture('parameters.fixed.json'),
      },
    ]);
    expect(report.skippedFixes?.map((s) => `${s.ruleId} ${s.file}: ${s.reason}`)).toEqual([
      "min-tls-version main.json: parameter 'tls' is used elsewhere too",
      "min-tls-version main.json: parameter 'tls' is used elsewhere too",
      `client-cert-mode main.json: "Required" is not in the allowedValues of parameter 'lockedMode'`,
    ]);
    expect(r.err).toBe('mtlslint: would fix 2 findings in 1 file; 3 fixable findings left as they are (see --format json)\n');
    expect(r.code).toBe(1);
  });

  it('--fix-dry-run works on standard input (an editor integration can apply the output)', async () => {
    const root = repo({});
    const r = await runCli(root, ['lint', '--stdin', '--stdin-filename', 'infra/main.json', '--fix-dry-run', '--unsafe-fixes', '-f', 'json'], fixture('missing.json'));
    expect(r.code).toBe(0);
    const report = json(r.out);
    expect(report.fixes?.map((f) => [f.file, f.output])).toEqual([['infra/main.json', fixture('missing.fixed.json')]]);
    expect(existsSync(join(root, 'infra'))).toBe(false);
  });

  it.each([
    [['--fix', '--fix-dry-run'], 'mtlslint: --fix and --fix-dry-run cannot be used together\n'],
    [['--fix', '--stdin', '--stdin-filename', 'x.json'], 'mtlslint: --fix cannot write to standard input: use --fix-dry-run with --format json\n'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await lint(repo({}), argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message);
  });
});

describe('--baseline', () => {
  it('adopts a legacy repository: write, then fail only on new findings, and say how many are fixed', async () => {
    const root = repo({ 'infra/main.json': fixture('literals.json') });
    const written = await lint(root, ['--baseline-write', '.mtlslint-baseline.json']);
    expect(written.code).toBe(0);
    expect(written.err).toBe('mtlslint: wrote 6 findings to the baseline .mtlslint-baseline.json\n');
    const baseline = JSON.parse(readFileSync(join(root, '.mtlslint-baseline.json'), 'utf8')) as { entries: { ruleId: string; file: string }[] };
    expect(baseline.entries.map((e) => `${e.ruleId} ${e.file}`)).toEqual([
      'https-only infra/main.json',
      'client-cert-enabled infra/main.json',
      'min-tls-version infra/main.json',
      'min-tls-version infra/main.json',
      'client-cert-mode infra/main.json',
      'tls-renegotiation infra/main.json',
    ]);

    // Unrelated lines above shift every finding: still all accepted.
    const text = readFileSync(join(root, 'infra/main.json'), 'utf8');
    writeFileSync(join(root, 'infra/main.json'), text.replace('"resources": [', '// Platform team, reviewed 2026-11\n  "resources": [\n'));
    const same = await lint(root, ['--baseline', '.mtlslint-baseline.json', '-f', 'json']);
    expect(same.code).toBe(0);
    expect(same.err).toBe('mtlslint: the baseline suppressed 6 findings; 0 baseline entries no longer occur (fixed)\n');
    expect(json(same.out).summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 6 });

    // One fixed, one new.
    writeFileSync(
      join(root, 'infra/main.json'),
      readFileSync(join(root, 'infra/main.json'), 'utf8').replace('"httpsOnly": false,', '"httpsOnly": true,').replace('"name": "billing-api",', '"name": "billing-api",\n      "tags": {},').replace(
        '"httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode"',
        '"httpsOnly": false,\n        "clientCertEnabled": true,\n        "clientCertMode"',
      ),
    );
    const changed = await lint(root, ['--baseline', '.mtlslint-baseline.json', '-f', 'json']);
    expect(changed.code).toBe(1);
    expect(changed.err).toBe('mtlslint: the baseline suppressed 5 findings; 1 baseline entry no longer occurs (fixed): run with --baseline-write to drop them\n');
    expect(json(changed.out).findings.filter((f) => !f.suppressions).map((f) => `${f.ruleId} ${f.subject?.name}`)).toEqual(['https-only billing-api']);
  });
});

describe('suppressed findings in SARIF', () => {
  const TEXT = fixture('literals.json').replace('        "httpsOnly": false,', '        // mtlslint-disable-next-line https-only -- redirect at Front Door\n        "httpsOnly": false,');

  it('are left out by default and kept with --sarif-include-suppressed, with kind and justification', async () => {
    const root = repo({ 'main.json': TEXT });
    const plain = JSON.parse((await lint(root, ['-f', 'sarif'])).out) as Log;
    expect(plain.runs[0]?.results?.some((r) => r.ruleId === 'https-only')).toBe(false);
    const full = JSON.parse((await lint(root, ['-f', 'sarif', '--sarif-include-suppressed'])).out) as Log;
    const suppressed = full.runs[0]?.results?.filter((r) => r.suppressions);
    expect(suppressed?.map((r) => [r.ruleId, r.suppressions])).toEqual([['https-only', [{ kind: 'inSource', justification: 'redirect at Front Door' }]]]);
    expect(sarifSchemaErrors(full)).toEqual([]);
  });

  it('baseline suppressions are kind external', async () => {
    const root = repo({ 'main.json': TEXT });
    await lint(root, ['--baseline-write', 'b.json']);
    const log = JSON.parse((await lint(root, ['-f', 'sarif', '--sarif-include-suppressed', '--baseline', 'b.json'])).out) as Log;
    const kinds = log.runs[0]?.results?.map((r) => `${r.ruleId} ${r.suppressions?.map((s) => `${s.kind}:${s.justification}`).join(',')}`);
    expect(kinds).toContain('https-only inSource:redirect at Front Door');
    expect(kinds).toContain('client-cert-enabled external:baseline');
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(existsSync(join(root, 'b.json'))).toBe(true);
  });
});

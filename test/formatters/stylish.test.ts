import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { fixtureRules } from './fixture-rules.js';
import {
  COVERAGE,
  CWD,
  exclusionFinding,
  fullResult,
  httpsOnlyFinding,
  lintResult,
  parseErrorFinding,
  ROOT,
  suppressedScmFinding,
  unresolvedFinding,
} from './fixture-findings.js';

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({
  rules: fixtureRules,
  cwd: CWD,
  root: ROOT,
  color: false,
  toolVersion: '0.1.0',
  ...over,
});

describe('stylish', () => {
  it('groups by file, aligns columns, lists a tfvars value where it is written (naming its resource), leaves suppressed findings out', () => {
    expect(stylish(fullResult(), ctx())).toBe(
      [
        'infra/broken.bicep',
        "  4:20  error  parse-error  Expected '}' to close the object started on line 3, found the end of the file.",
        '',
        'infra/main.bicep',
        "   2:25  error    client-cert-mode             Client certificate mode is 'Optional': requests without a certificate are accepted.",
        '   8:16  error    https-only                   httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
        "  11:31  warning  client-cert-exclusion-paths  Exclusion path '/api' exempts every request under it from client certificates.",
        '',
        'infra/tf/app.tf',
        '   7:31  error  min-tls-version     minimum_tls_version is 1.1: TLS versions below 1.2 are deprecated.',
        "  10:31  note   unresolved-setting  'http20Enabled' of azurerm_linux_function_app.worker is only known at deployment time (var.http2), so tls-renegotiation could not check it.",
        '',
        'infra/tf/prod.tfvars',
        "  1:13  error  client-cert-mode  Client certificate mode is 'Optional': requests without a certificate are accepted. (resource declared at infra/tf/app.tf:1)",
        '',
        '✖ 7 problems (5 errors, 1 warning, 1 note)',
        '',
      ].join('\n'),
    );
  });

  it('colors severity, position, rule id, file name and summary when asked', () => {
    const out = stylish(lintResult([exclusionFinding, httpsOnlyFinding]), ctx({ color: true }));
    expect(out).toBe(
      [
        '\x1b[4minfra/main.bicep\x1b[24m',
        '  \x1b[2m 8:16\x1b[22m  \x1b[31merror\x1b[39m    \x1b[2mhttps-only\x1b[22m                   httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
        "  \x1b[2m11:31\x1b[22m  \x1b[33mwarning\x1b[39m  \x1b[2mclient-cert-exclusion-paths\x1b[22m  Exclusion path '/api' exempts every request under it from client certificates.",
        '',
        '\x1b[1m\x1b[31m✖ 2 problems (1 error, 1 warning, 0 notes)\x1b[39m\x1b[22m',
        '',
      ].join('\n'),
    );
  });

  it('ends with what was checked, and a clean run says it checked something', () => {
    expect(stylish(lintResult(fullResult().findings, { coverage: COVERAGE }), ctx()).trimEnd().split('\n').slice(-2)).toEqual([
      '\u2716 7 problems (5 errors, 1 warning, 1 note)',
      'Checked 2 sites in 4 files; 1 setting only known at deployment.',
    ]);
    expect(stylish(lintResult([], { coverage: { ...COVERAGE, unresolved: 0 } }), ctx())).toBe('\u2714 No problems. Checked 2 sites in 4 files.\n');
    const everything = { files: 52, sites: 14, slots: 3, certificates: 1, unresolved: 6, notAnalysed: 2, notRead: 1 };
    expect(stylish(lintResult([], { coverage: everything }), ctx())).toBe(
      '\u2714 No problems. Checked 14 sites, 3 slots and 1 certificate in 52 files; 6 settings only known at deployment; 2 not analysed (see the not-analysed notes); 1 file not read.\n',
    );
    expect(stylish(lintResult([], { coverage: { ...everything, sites: 0, slots: 0, certificates: 0, unresolved: 0, notAnalysed: 0, notRead: 0 } }), ctx())).toBe(
      '\u2714 No problems. Checked 52 files: no App Service site, slot or certificate in them.\n',
    );
    // Only what there is: no "0 sites".
    expect(stylish(lintResult([], { coverage: { ...everything, sites: 0, slots: 0, unresolved: 0, notAnalysed: 0, notRead: 0 } }), ctx())).toBe('\u2714 No problems. Checked 1 certificate in 52 files.\n');
    expect(stylish(lintResult([], { coverage: { ...everything, sites: 0, certificates: 0, unresolved: 0, notAnalysed: 0, notRead: 0 } }), ctx())).toBe('\u2714 No problems. Checked 3 slots in 52 files.\n');
    // Results not made by the engine (no coverage) print nothing when clean, as before.
    expect(stylish(lintResult([]), ctx())).toBe('');
  });

  it('has no escape codes without color', () => {
    expect(stylish(fullResult(), ctx())).not.toMatch(/\x1b\[/);
  });

  it.each([
    { name: 'no findings', findings: [] },
    { name: 'only suppressed findings', findings: [suppressedScmFinding] },
  ])('prints nothing at all for $name', ({ findings }) => {
    expect(stylish(lintResult(findings), ctx())).toBe('');
    expect(stylish(lintResult(findings), ctx({ color: true }))).toBe('');
  });

  it.each([
    { findings: [parseErrorFinding], summary: '✖ 1 problem (1 error, 0 warnings, 0 notes)', color: '\x1b[31m' },
    { findings: [exclusionFinding], summary: '✖ 1 problem (0 errors, 1 warning, 0 notes)', color: '\x1b[33m' },
    { findings: [unresolvedFinding], summary: '✖ 1 problem (0 errors, 0 warnings, 1 note)', color: '\x1b[36m' },
  ])('summary "$summary" (singular, colored by the worst severity)', ({ findings, summary, color }) => {
    expect(stylish(lintResult(findings), ctx()).trimEnd().split('\n').at(-1)).toBe(summary);
    expect(stylish(lintResult(findings), ctx({ color: true })).trimEnd().split('\n').at(-1)).toBe(
      `\x1b[1m${color}${summary}\x1b[39m\x1b[22m`,
    );
  });

  it('prints paths relative to cwd, also outside it', () => {
    const out = stylish(lintResult([httpsOnlyFinding]), ctx({ cwd: `${ROOT}/infra/tf` }));
    expect(out.split('\n')[0]).toBe('../main.bicep');
  });

  it('keeps a multi-line message on one line', () => {
    const f = { ...parseErrorFinding, message: 'Unexpected token.\nExpected a property name.' };
    expect(stylish(lintResult([f]), ctx()).split('\n')[1]).toBe(
      '  4:20  error  parse-error  Unexpected token. Expected a property name.',
    );
  });

  it('names no other place for a finding at its resource\'s declaration, whose first related location is a module\'s caller', () => {
    // As the engine leaves it: the declaration is the primary range, so related holds the callers only.
    const declaration = httpsOnlyFinding.related[0]!.range;
    const caller = { range: { ...declaration, file: `${ROOT}/infra/app.bicep` }, message: "deployed through 'api'" };
    const f = { ...httpsOnlyFinding, range: declaration, related: [caller], resource: { declaration } };
    expect(stylish(lintResult([f]), ctx()).split('\n')[1]).toBe(`  ${declaration.start.line}:${declaration.start.column}  error  https-only  ${httpsOnlyFinding.message}`);
  });

  it('handles Windows paths', () => {
    const file = 'C:\\repo\\infra\\main.bicep';
    const range = { ...httpsOnlyFinding.range, file };
    const f = { ...httpsOnlyFinding, range, related: [{ range: { ...httpsOnlyFinding.related[0]!.range, file }, message: 'site' }] };
    expect(stylish(lintResult([f]), ctx({ cwd: 'C:\\repo' })).split('\n')[0]).toBe('infra/main.bicep');
  });
});

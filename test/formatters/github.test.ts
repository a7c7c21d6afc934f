import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { fixtureRules } from './fixture-rules.js';
import {
  certModeFinding,
  CWD,
  exclusionFinding,
  fullResult,
  httpsOnlyFinding,
  lintResult,
  ROOT,
  suppressedScmFinding,
  unresolvedFinding,
} from './fixture-findings.js';

const ctx: FormatContext = { rules: fixtureRules, cwd: CWD, root: ROOT, color: true, toolVersion: '0.1.0' };

describe('github escaping', () => {
  it.each([
    { input: 'plain text', data: 'plain text', property: 'plain text' },
    { input: '100%', data: '100%25', property: '100%25' },
    { input: 'line 1\nline 2', data: 'line 1%0Aline 2', property: 'line 1%0Aline 2' },
    { input: 'crlf\r\n', data: 'crlf%0D%0A', property: 'crlf%0D%0A' },
    { input: 'a: b, c', data: 'a: b, c', property: 'a%3A b%2C c' },
    { input: 'C:\\infra\\main.bicep', data: 'C:\\infra\\main.bicep', property: 'C%3A\\infra\\main.bicep' },
    // `%` first, so that the escapes themselves are not escaped again.
    { input: '%0A:', data: '%250A:', property: '%250A%3A' },
    { input: '::error::', data: '::error::', property: '%3A%3Aerror%3A%3A' },
    { input: "mode 'Optional'", data: "mode 'Optional'", property: "mode 'Optional'" },
  ])('$input', ({ input, data, property }) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});

describe('github formatter', () => {
  it('writes one command per unsuppressed finding, error/warning/notice, in file order', () => {
    expect(github(fullResult(), ctx)).toBe(
      [
        "::error file=infra/broken.bicep,line=4,col=20,endLine=4,endColumn=20,title=mtlslint (parse-error)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/parse-error.md::Expected '}' to close the object started on line 3, found the end of the file.",
        "::error file=infra/main.bicep,line=2,col=25,endLine=2,endColumn=34,title=mtlslint (client-cert-mode)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md::Client certificate mode is 'Optional': requests without a certificate are accepted.",
        '::error file=infra/main.bicep,line=8,col=16,endLine=8,endColumn=20,title=mtlslint (https-only)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/https-only.md::httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
        "::warning file=infra/main.bicep,line=11,col=31,endLine=11,endColumn=44,title=mtlslint (client-cert-exclusion-paths)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-exclusion-paths.md::Exclusion path '/api' exempts every request under it from client certificates.",
        '::error file=infra/tf/app.tf,line=7,col=31,endLine=7,endColumn=35,title=mtlslint (min-tls-version)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/min-tls-version.md::minimum_tls_version is 1.1: TLS versions below 1.2 are deprecated.',
        "::notice file=infra/tf/app.tf,line=10,col=31,endLine=10,endColumn=39,title=mtlslint (unresolved-setting)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/unresolved-setting.md::'http20Enabled' of azurerm_linux_function_app.worker is only known at deployment time (var.http2), so tls-renegotiation could not check it.",
        "::error file=infra/tf/prod.tfvars,line=1,col=13,endLine=1,endColumn=22,title=mtlslint (client-cert-mode)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md::Client certificate mode is 'Optional': requests without a certificate are accepted.",
        '',
      ].join('\n'),
    );
  });

  it('is empty when clean or everything is suppressed', () => {
    expect(github(lintResult([]), ctx)).toBe('');
    expect(github(lintResult([suppressedScmFinding]), ctx)).toBe('');
  });

  it('leaves columns out of a multi-line range (the runner rejects them)', () => {
    const range = { ...certModeFinding.range, end: { line: 5, column: 3 } };
    expect(github(lintResult([{ ...certModeFinding, range }]), ctx)).toBe(
      "::error file=infra/main.bicep,line=2,endLine=5,title=mtlslint (client-cert-mode)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md::Client certificate mode is 'Optional': requests without a certificate are accepted.\n",
    );
  });

  it('escapes the message and the properties', () => {
    const file = `${ROOT}/infra/a,b:c%.bicep`;
    const f = { ...unresolvedFinding, message: '50% done\nnext: line', range: { ...unresolvedFinding.range, file } };
    expect(github(lintResult([f]), ctx)).toBe(
      '::notice file=infra/a%2Cb%3Ac%25.bicep,line=10,col=31,endLine=10,endColumn=39,title=mtlslint (unresolved-setting)%3A https%3A//github.com/mtlslint/mtlslint/blob/main/docs/rules/unresolved-setting.md::50%25 done%0Anext: line\n',
    );
  });

  it('uses / separated paths relative to the repository root for Windows paths', () => {
    const range = { ...exclusionFinding.range, file: 'D:\\a\\repo\\infra\\main.bicep' };
    expect(github(lintResult([{ ...exclusionFinding, range }]), { ...ctx, cwd: 'D:\\a\\repo\\infra', root: 'D:\\a\\repo' })).toMatch(
      /^::warning file=infra\/main\.bicep,line=11,/,
    );
  });

  it('paths stay relative to the repository root when run from a subfolder (the runner resolves them there)', () => {
    expect(github(lintResult([exclusionFinding]), { ...ctx, cwd: `${ROOT}/infra/tf` })).toMatch(/^::warning file=infra\/main\.bicep,line=11,/);
  });

  it('ignores the color setting', () => {
    expect(github(lintResult([httpsOnlyFinding]), { ...ctx, color: true })).not.toMatch(/\x1b/);
  });
});

import { describe, expect, it } from 'vitest';
import { azure, escapeAzureData, escapeAzureProperty } from '../../src/formatters/azure.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { fixtureRules } from './fixture-rules.js';
import { certModeFinding, CWD, fullResult, lintResult, ROOT, suppressedScmFinding, unresolvedFinding } from './fixture-findings.js';

// Run from a subfolder: paths stay relative to the repository root, where the pipeline checks out.
const ctx: FormatContext = { rules: fixtureRules, cwd: `${CWD}/infra/tf`, root: ROOT, color: true, toolVersion: '0.1.0' };

/** What the agent does with a command line: properties split at `;`, then each value and the message unescaped. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } | undefined {
  const at = line.indexOf('##vso[');
  if (at < 0) return undefined;
  const end = line.indexOf(']', at);
  const head = line.slice(at + 6, end);
  const space = head.indexOf(' ');
  const unescape = (s: string) => s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%AZP25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of head.slice(space + 1).split(';').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: head.slice(0, space), properties, message: unescape(line.slice(end + 1)) };
}

describe('azure escaping', () => {
  it.each([
    { input: 'plain text', data: 'plain text', property: 'plain text' },
    { input: '100%', data: '100%AZP25', property: '100%AZP25' },
    { input: 'line 1\nline 2\r', data: 'line 1%0Aline 2%0D', property: 'line 1%0Aline 2%0D' },
    { input: 'a;b]c', data: 'a;b]c', property: 'a%3Bb%5Dc' },
    // `%` first, so that the escapes themselves are not escaped again.
    { input: '%0A;', data: '%AZP250A;', property: '%AZP250A%3B' },
  ])('$input', ({ input, data, property }) => {
    expect(escapeAzureData(input)).toBe(data);
    expect(escapeAzureProperty(input)).toBe(property);
  });
});

describe('azure formatter', () => {
  it('writes a logissue command per error and warning, notes as plain lines, in file order', () => {
    expect(azure(fullResult(), ctx)).toBe(
      [
        "##vso[task.logissue type=error;sourcepath=infra/broken.bicep;linenumber=4;columnnumber=20;code=parse-error]Expected '}' to close the object started on line 3, found the end of the file.",
        "##vso[task.logissue type=error;sourcepath=infra/main.bicep;linenumber=2;columnnumber=25;code=client-cert-mode]Client certificate mode is 'Optional': requests without a certificate are accepted.",
        '##vso[task.logissue type=error;sourcepath=infra/main.bicep;linenumber=8;columnnumber=16;code=https-only]httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
        "##vso[task.logissue type=warning;sourcepath=infra/main.bicep;linenumber=11;columnnumber=31;code=client-cert-exclusion-paths]Exclusion path '/api' exempts every request under it from client certificates.",
        '##vso[task.logissue type=error;sourcepath=infra/tf/app.tf;linenumber=7;columnnumber=31;code=min-tls-version]minimum_tls_version is 1.1: TLS versions below 1.2 are deprecated.',
        "mtlslint note: infra/tf/app.tf:10:31: unresolved-setting: 'http20Enabled' of azurerm_linux_function_app.worker is only known at deployment time (var.http2), so tls-renegotiation could not check it.",
        "##vso[task.logissue type=error;sourcepath=infra/tf/prod.tfvars;linenumber=1;columnnumber=13;code=client-cert-mode]Client certificate mode is 'Optional': requests without a certificate are accepted.",
        '',
      ].join('\n'),
    );
  });

  it('is empty when clean or everything is suppressed', () => {
    expect(azure(lintResult([]), ctx)).toBe('');
    expect(azure(lintResult([suppressedScmFinding]), ctx)).toBe('');
  });

  it('escapes so that the agent reads back exactly the path and message', () => {
    const file = `${ROOT}/infra/a;b]c%.bicep`;
    const message = 'value ]; 50% done\r\nnext ##vso[task.setvariable variable=x]y';
    const out = azure(lintResult([{ ...certModeFinding, message, range: { ...certModeFinding.range, file } }]), ctx);
    expect(out.split('\n')).toHaveLength(2);
    expect(parseCommand(out.trimEnd())).toEqual({
      command: 'task.logissue',
      properties: { type: 'error', sourcepath: 'infra/a;b]c%.bicep', linenumber: '2', columnnumber: '25', code: 'client-cert-mode' },
      message,
    });
  });

  it('a plain note line cannot carry a logging command', () => {
    const message = 'x ##vso[task.setvariable variable=token]leak\n##[error]fake';
    const out = azure(lintResult([{ ...unresolvedFinding, message }]), ctx);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).not.toContain('##');
    expect(parseCommand(out)).toBeUndefined();
  });
});

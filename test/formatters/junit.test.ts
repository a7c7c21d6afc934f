import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { junit } from '../../src/formatters/junit.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { xmlAttribute, xmlText } from '../../src/formatters/escape.js';
import { fixtureRules } from './fixture-rules.js';
import { certModeFinding, CWD, fullResult, httpsOnlyFinding, lintResult, ROOT, suppressedScmFinding, unresolvedFinding } from './fixture-findings.js';

const ctx: FormatContext = { rules: fixtureRules, cwd: `${CWD}/infra`, root: ROOT, color: true, toolVersion: '0.1.0' };
const XSD = readFileSync(new URL('./junit.xsd', import.meta.url), 'utf8');

/** Validates with libxml2 (xmllint compiled to WebAssembly) against the JUnit schema beside this test. */
async function validate(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: XSD }] });
  return result.errors.map((e) => e.rawMessage);
}

describe('xml escaping', () => {
  it.each([
    { input: 'a < b & c > d', text: 'a &lt; b &amp; c &gt; d', attribute: 'a &lt; b &amp; c &gt; d' },
    { input: `"quoted" 'single'`, text: `"quoted" 'single'`, attribute: `&quot;quoted&quot; 'single'` },
    { input: 'line\nnext\tcol\r', text: 'line\nnext\tcol\r', attribute: 'line&#10;next&#9;col&#13;' },
    { input: ']]>', text: ']]&gt;', attribute: ']]&gt;' },
    { input: 'bell\u0007 esc\u001b[31m', text: 'bell\\u0007 esc\\u001B[31m', attribute: 'bell\\u0007 esc\\u001B[31m' },
    { input: 'lone \uD800 pair \uD83D\uDE00 \uFFFF', text: 'lone \\uD800 pair \uD83D\uDE00 \\uFFFF', attribute: 'lone \\uD800 pair \uD83D\uDE00 \\uFFFF' },
  ])('$input', ({ input, text, attribute }) => {
    expect(xmlText(input)).toBe(text);
    expect(xmlAttribute(input)).toBe(attribute);
  });
});

describe('junit formatter', () => {
  it('writes a suite per file and a case per unsuppressed finding, with repository-relative paths', () => {
    expect(junit(fullResult(), ctx)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="mtlslint" tests="7" failures="6" errors="0" time="0">',
        '  <testsuite name="infra/broken.bicep" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="parse-error (4:20)" classname="infra/broken.bicep" file="infra/broken.bicep" line="4" time="0">',
        `      <failure message="Expected '}' to close the object started on line 3, found the end of the file." type="error">infra/broken.bicep:4:20: error parse-error: Expected '}' to close the object started on line 3, found the end of the file.`,
        'Rule documentation: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/parse-error.md</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="infra/main.bicep" tests="3" failures="3" errors="0" skipped="0" time="0">',
        '    <testcase name="client-cert-mode (2:25)" classname="infra/main.bicep" file="infra/main.bicep" line="2" time="0">',
        `      <failure message="Client certificate mode is 'Optional': requests without a certificate are accepted." type="error">infra/main.bicep:2:25: error client-cert-mode: Client certificate mode is 'Optional': requests without a certificate are accepted.`,
        "  Microsoft.Web/sites 'site' (infra/main.bicep:4:1)",
        "  clientCertMode is set from parameter 'certMode' (infra/main.bicep:10:21)",
        "  parameter 'certMode' is declared here (infra/main.bicep:2:1)",
        'Rule documentation: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md</failure>',
        '    </testcase>',
        '    <testcase name="https-only (8:16)" classname="infra/main.bicep" file="infra/main.bicep" line="8" time="0">',
        '      <failure message="httpsOnly is false: plain HTTP requests reach the app without a client certificate." type="error">infra/main.bicep:8:16: error https-only: httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
        "  Microsoft.Web/sites 'site' (infra/main.bicep:4:1)",
        'Rule documentation: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/https-only.md</failure>',
        '    </testcase>',
        '    <testcase name="client-cert-exclusion-paths (11:31)" classname="infra/main.bicep" file="infra/main.bicep" line="11" time="0">',
        `      <failure message="Exclusion path '/api' exempts every request under it from client certificates." type="warning">infra/main.bicep:11:31: warning client-cert-exclusion-paths: Exclusion path '/api' exempts every request under it from client certificates.`,
        "  Microsoft.Web/sites 'site' (infra/main.bicep:4:1)",
        'Rule documentation: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-exclusion-paths.md</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="infra/tf/app.tf" tests="2" failures="1" errors="0" skipped="1" time="0">',
        '    <testcase name="min-tls-version (7:31)" classname="infra/tf/app.tf" file="infra/tf/app.tf" line="7" time="0">',
        '      <failure message="minimum_tls_version is 1.1: TLS versions below 1.2 are deprecated." type="error">infra/tf/app.tf:7:31: error min-tls-version: minimum_tls_version is 1.1: TLS versions below 1.2 are deprecated.',
        '  azurerm_linux_function_app.worker (infra/tf/app.tf:1:1)',
        'Rule documentation: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/min-tls-version.md</failure>',
        '    </testcase>',
        '    <testcase name="unresolved-setting (10:31)" classname="infra/tf/app.tf" file="infra/tf/app.tf" line="10" time="0">',
        `      <skipped message="'http20Enabled' of azurerm_linux_function_app.worker is only known at deployment time (var.http2), so tls-renegotiation could not check it."/>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="infra/tf/prod.tfvars" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="client-cert-mode (1:13)" classname="infra/tf/prod.tfvars" file="infra/tf/prod.tfvars" line="1" time="0">',
        `      <failure message="Client certificate mode is 'Optional': requests without a certificate are accepted." type="error">infra/tf/prod.tfvars:1:13: error client-cert-mode: Client certificate mode is 'Optional': requests without a certificate are accepted.`,
        '  azurerm_linux_function_app.worker (infra/tf/app.tf:1:1)',
        "  client_certificate_mode is set from variable 'cert_mode' (infra/tf/app.tf:5:32)",
        "  'cert_mode' is assigned in prod.tfvars (infra/tf/prod.tfvars:1:1)",
        'Rule documentation: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('validates against the JUnit schema', async () => {
    expect(await validate(junit(fullResult(), ctx))).toEqual([]);
  });

  it('the schema check is real: it rejects a report that breaks the format', async () => {
    const good = junit(fullResult(), ctx);
    expect(await validate(good.replace('tests="3"', 'tests="three"'))).not.toEqual([]);
    expect(await validate(good.replace(' classname="infra/main.bicep"', ''))).not.toEqual([]);
    expect(await validate(good.replace('<skipped ', '<skipped/><failure '))).not.toEqual([]);
    expect(await validate(good.replace('<testsuite ', '<suite '))).not.toEqual([]);
  });

  it('counts match the cases in every suite', () => {
    const xml = junit(fullResult(), ctx);
    for (const suite of xml.split('<testsuite ').slice(1)) {
      const cases = suite.match(/<testcase /g)?.length ?? 0;
      const failures = suite.match(/<failure /g)?.length ?? 0;
      const skipped = suite.match(/<skipped /g)?.length ?? 0;
      expect(suite).toMatch(new RegExp(`^name="[^"]*" tests="${cases}" failures="${failures}" errors="0" skipped="${skipped}"`));
    }
  });

  it('a clean run lists every file as a passing case, and still validates', async () => {
    const xml = junit(lintResult([suppressedScmFinding]), ctx);
    expect(xml).toContain(
      '  <testsuite name="infra/tf/app.tf" tests="1" failures="0" errors="0" skipped="0" time="0">\n' +
        '    <testcase name="no findings" classname="infra/tf/app.tf" file="infra/tf/app.tf" time="0"/>\n' +
        '  </testsuite>',
    );
    expect(xml).toContain('<testsuites name="mtlslint" tests="4" failures="0" errors="0" time="0">');
    expect(await validate(xml)).toEqual([]);
  });

  it('an empty run is an empty testsuites element', async () => {
    const xml = junit(lintResult([], { files: [] }), ctx);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mtlslint" tests="0" failures="0" errors="0" time="0"/>\n');
    expect(await validate(xml)).toEqual([]);
  });

  it('keeps test names unique within a suite', () => {
    const twin = { ...httpsOnlyFinding, messageId: 'other', message: 'Another finding at the same place.' };
    const xml = junit(lintResult([httpsOnlyFinding, twin]), ctx);
    expect(xml).toContain('<testcase name="https-only (8:16)" ');
    expect(xml).toContain('<testcase name="https-only (8:16) #2" ');
  });

  it('escapes hostile file names and messages, and the result still validates', async () => {
    const file = `${ROOT}/infra/<a href="x">&amp;\u0001.bicep`;
    const f = { ...certModeFinding, message: 'bad ]]> "value" <script>\u001b[2J\nnext', range: { ...certModeFinding.range, file }, related: [] };
    const xml = junit(lintResult([f, unresolvedFinding]), ctx);
    expect(xml).toContain('name="infra/&lt;a href=&quot;x&quot;&gt;&amp;amp;\\u0001.bicep"');
    expect(xml).toContain('message="bad ]]&gt; &quot;value&quot; &lt;script&gt;\\u001B[2J next"');
    expect(xml).not.toContain('\u001b');
    expect(await validate(xml)).toEqual([]);
  });
});

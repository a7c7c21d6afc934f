import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/engine/lint.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/fix/bicep');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const PATH = '/virtual/main.bicep';

async function dryRun(text: string, extra: { path: string; text: string }[] = []) {
  return lintSources([{ path: PATH, text }, ...extra], { cwd: '/virtual', root: '/virtual', fix: 'dry-run', unsafeFixes: true });
}

const fixedText = async (text: string): Promise<string> => (await dryRun(text)).fixes?.find((f) => f.file === PATH)?.output ?? text;

describe('--fix for Bicep', () => {
  it('main.bicep → main.fixed.bicep: literals in their quote style, a parameter default used once, missing properties', async () => {
    expect(await fixedText(read('main.bicep'))).toBe(read('main.fixed.bicep'));
  });

  it('reports what it left, and a second run changes nothing', async () => {
    const result = await dryRun(read('main.bicep'));
    expect(result.skippedFixes?.map((s) => `${s.ruleId}: ${s.reason}`)).toEqual([
      `client-cert-mode: 'Required' is not in the @allowed values of parameter 'lockedMode'`,
      "min-tls-version: parameter 'tls' is used elsewhere too",
      "min-tls-version: parameter 'tls' is used elsewhere too",
    ]);
    expect((await dryRun(read('main.fixed.bicep'))).fixes).toEqual([]);
  });

  it('keeps CRLF line endings and four-space indentation', async () => {
    const convert = (t: string) => t.replace(/ {2}/g, '    ').replace(/\n/g, '\r\n');
    expect(await fixedText(convert(read('main.bicep')))).toBe(convert(read('main.fixed.bicep')));
  });

  it('puts a new property beside its closest related one', async () => {
    const bicep = "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'api'\n  properties: {\n    serverFarmId: 'plan'\n    httpsOnly: true\n    publicNetworkAccess: 'Disabled'\n    siteConfig: {\n      ftpsState: 'Disabled'\n    }\n  }\n}\n";
    expect(await fixedText(bicep)).toBe(bicep.replace('httpsOnly: true\n', 'httpsOnly: true\n    clientCertEnabled: true\n'));
  });

  it('never changes a .bicepparam file', async () => {
    const bicep = "param https bool = true\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'api'\n  properties: {\n    httpsOnly: https\n    clientCertEnabled: true\n  }\n}\n";
    const result = await dryRun(bicep, [{ path: '/virtual/main.bicepparam', text: "using './main.bicep'\n\nparam https = false\n" }]);
    expect(result.fixes).toEqual([]);
    expect(result.skippedFixes?.map((s) => `${s.ruleId}: ${s.reason}`)).toEqual(['https-only: the value comes from a parameter file, a variable, a module argument or a function']);
  });

  it('leaves a literal that a lambda chose or a function returned: rewriting it changes the choice', async () => {
    const site = (tls: string) =>
      `func pick(v string) string => v\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'api'\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n    siteConfig: {\n      minTlsVersion: ${tls}\n    }\n  }\n}\n`;
    for (const tls of ["first(filter(['1.0', '1.2'], v => v != '1.2'))", "pick('1.0')"]) {
      const result = await dryRun(site(tls));
      expect(result.fixes).toEqual([]);
      expect(result.skippedFixes?.map((s) => `${s.ruleId}: ${s.reason}`)).toEqual(['min-tls-version: the value comes from a parameter file, a variable, a module argument or a function']);
    }
  });
});

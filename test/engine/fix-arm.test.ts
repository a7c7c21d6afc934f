import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixer } from '../../parsers/arm/fix.js';
import { ARM_SITE_FACTS } from '../../parsers/shared/arm-catalog.js';
import { lintSources } from '../../src/engine/lint.js';
import { absent, knownDefault, type AppServiceSite, type LineMap } from '../../src/model/index.js';
import { LineMap as Lines } from '../../src/model/source.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/fix/arm');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const PATH = '/virtual/main.json';

async function dryRun(text: string, extra: { path: string; text: string }[] = []) {
  return lintSources([{ path: PATH, text }, ...extra], { cwd: '/virtual', root: '/virtual', fix: 'dry-run', unsafeFixes: true });
}

async function fixedText(text: string): Promise<string> {
  const result = await dryRun(text);
  return result.fixes?.find((f) => f.file === PATH)?.output ?? text;
}

describe('--fix for ARM templates: exact output', () => {
  it.each(['literals', 'missing', 'parameters', 'children'])('%s.json → its .fixed.json', async (name) => {
    expect(await fixedText(read(`${name}.json`))).toBe(read(`${name}.fixed.json`));
  });

  it.each(['literals', 'missing', 'parameters', 'children'])('%s: a second run changes nothing (idempotent)', async (name) => {
    const once = await fixedText(read(`${name}.json`));
    const again = await dryRun(once);
    expect(again.fixes).toEqual([]);
  });

  it('reports what it fixed and re-lints the fixed text', async () => {
    const result = await dryRun(read('literals.json'));
    expect(result.fixes?.[0]?.applied.map((a) => [a.ruleId, a.setting, a.value])).toEqual([
      ['https-only', 'httpsOnly', true],
      ['client-cert-enabled', 'clientCertEnabled', true],
      ['min-tls-version', 'minTlsVersion', '1.2'],
      ['min-tls-version', 'scmMinTlsVersion', '1.2'],
      ['client-cert-mode', 'clientCertMode', 'Required'],
    ]);
    // What is reported is the state after the fixes: the fixed findings are gone.
    expect(result.findings.filter((f) => ['https-only', 'client-cert-enabled', 'min-tls-version', 'client-cert-mode'].includes(f.ruleId))).toEqual([]);
  });

  it('leaves parameters alone that are used more than once, restricted by allowedValues, or set by a parameter file', async () => {
    const result = await dryRun(read('parameters.json'));
    expect(result.skippedFixes?.map((s) => [s.ruleId, s.reason])).toEqual([
      ['min-tls-version', "parameter 'tls' is used elsewhere too"],
      ['min-tls-version', "parameter 'tls' is used elsewhere too"],
      ['client-cert-mode', `"Required" is not in the allowedValues of parameter 'lockedMode'`],
    ]);
    const withFile = await dryRun(read('parameters.json').replace('"defaultValue": false', '"defaultValue": true'), [
      {
        path: '/virtual/main.parameters.json',
        text: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": { "httpsOnly": { "value": false } }\n}\n',
      },
    ]);
    expect(withFile.skippedFixes?.find((s) => s.ruleId === 'https-only')?.reason).toBe('the value comes from a parameter file, variable, module argument or function');
    expect(withFile.fixes?.some((f) => f.file.endsWith('main.parameters.json'))).toBe(false);
  });

  it('fixes in passes what a fix exposes: the mode is checked once certificates are on', async () => {
    const text = read('literals.json').replace('"clientCertEnabled": "false",', '"clientCertEnabled": false,\n        "clientCertMode": "Optional",');
    const result = await dryRun(text);
    expect(result.fixes?.[0]?.applied.map((a) => a.setting)).toEqual(['httpsOnly', 'clientCertEnabled', 'minTlsVersion', 'scmMinTlsVersion', 'clientCertMode', 'clientCertMode']);
    expect(result.fixes?.[0]?.output).toBe(read('literals.fixed.json').replace('"clientCertEnabled": true,', '"clientCertEnabled": true,\n        "clientCertMode": "Required",'));
    expect((await dryRun(result.fixes?.[0]?.output ?? '')).fixes).toEqual([]);
  });

  it('does not fix suppressed findings', async () => {
    const text = read('literals.json').replace('        "httpsOnly": false,', '        // mtlslint-disable-next-line https-only -- redirect happens at Front Door\n        "httpsOnly": false,');
    const output = await fixedText(text);
    expect(output).toContain('"httpsOnly": false,');
    expect(output).toContain('"clientCertEnabled": true,');
  });

  it('keeps CRLF line endings and tab indentation', async () => {
    const text = read('missing.json').replace(/ {2}/g, '\t').replace(/\n/g, '\r\n');
    const expected = read('missing.fixed.json').replace(/ {2}/g, '\t').replace(/\n/g, '\r\n');
    expect(await fixedText(text)).toBe(expected);
  });

  it('keeps four-space indentation', async () => {
    const text = read('missing.json').replace(/ {2}/g, '    ');
    const expected = read('missing.fixed.json').replace(/ {2}/g, '    ');
    expect(await fixedText(text)).toBe(expected);
  });

  it('keeps a trailing comma style', async () => {
    const text = read('missing.json').replace('// the shared plan', ', // the shared plan').replace(`'plan')]" ,`, `'plan')]",`);
    const output = await fixedText(text);
    expect(output).toContain(`"[resourceId('Microsoft.Web/serverfarms', 'plan')]", // the shared plan\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n      }`);
  });
});

/** The fixer on its own: settings the catalog never reports as missing in ARM (the default is 1.2) still insert correctly. */
describe('ARM fixer: inserting into siteConfig', () => {
  const template = (properties: string) => `{
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "name": "api",
      "properties": ${properties}
    }
  ]
}
`;
  function site(text: string): AppServiceSite {
    const map: LineMap = new Lines(text);
    const start = text.indexOf('{\n      "type"');
    const end = text.indexOf('\n    }') + 6;
    const extent = map.range(PATH, start, end);
    const declaration = map.range(PATH, text.indexOf('"type"'), text.indexOf('"type"') + 29);
    const missing = absent<string>(declaration, knownDefault('1.0'));
    return {
      format: 'arm',
      file: PATH,
      resourceType: 'Microsoft.Web/sites',
      name: 'api',
      declaration,
      extent,
      entity: 'site',
      kind: 'webApp',
      ...ARM_SITE_FACTS,
      tags: absent(declaration, knownDefault({})),
      settings: {
        httpsOnly: absent(declaration, knownDefault(false)),
        clientCertEnabled: absent(declaration, knownDefault(false)),
        clientCertMode: absent(declaration, knownDefault('Required')),
        clientCertExclusionPaths: absent(declaration, knownDefault('')),
        minTlsVersion: missing,
        scmMinTlsVersion: missing,
        http20Enabled: absent(declaration, knownDefault(false)),
        publicNetworkAccess: absent(declaration, knownDefault('')),
        loadCertificates: absent(declaration, knownDefault('')),
      },
    };
  }

  it.each([
    [
      'creates siteConfig when needed',
      '{\n        "httpsOnly": true\n      }',
      '{\n        "httpsOnly": true,\n        "siteConfig": {\n          "minTlsVersion": "1.2",\n          "scmMinTlsVersion": "1.2"\n        }\n      }',
    ],
    [
      'inserts into an existing siteConfig',
      '{\n        "siteConfig": {\n          "http20Enabled": false\n        }\n      }',
      '{\n        "siteConfig": {\n          "http20Enabled": false,\n          "minTlsVersion": "1.2",\n          "scmMinTlsVersion": "1.2"\n        }\n      }',
    ],
    ['keeps a one-line siteConfig on one line', '{ "siteConfig": {} }', '{ "siteConfig": { "minTlsVersion": "1.2", "scmMinTlsVersion": "1.2" } }'],
  ])('%s', (_name, before, after) => {
    const text = template(before);
    const entity = site(text);
    const outcome = fixer.fix(
      [
        { id: 0, entity, setting: 'scmMinTlsVersion', value: '1.2' },
        { id: 1, entity, setting: 'minTlsVersion', value: '1.2' },
      ],
      new Map([[PATH, text]]),
    );
    expect(outcome.skipped).toEqual([]);
    expect(outcome.texts.get(PATH)).toBe(template(after));
  });

  it('refuses a siteConfig that is an expression', () => {
    const text = template(`{ "siteConfig": "[variables('cfg')]" }`);
    const outcome = fixer.fix([{ id: 0, entity: site(text), setting: 'minTlsVersion', value: '1.2' }], new Map([[PATH, text]]));
    expect(outcome.skipped).toEqual([{ id: 0, reason: "'siteConfig' is not an object literal" }]);
    expect(outcome.texts.size).toBe(0);
  });
});

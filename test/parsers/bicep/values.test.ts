import { describe, expect, it } from 'vitest';
import { parseMain, site, view } from './helpers.js';

/** Wraps `properties` lines into a site at line 3 onwards; `head` holds lines 1–2 (params, vars). */
function siteWith(head: string, properties: string): string {
  return `${head}\nresource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: {\n${properties}\n  }\n}\n`;
}

interface Case {
  name: string;
  code: string;
  setting: 'httpsOnly' | 'clientCertEnabled' | 'clientCertMode' | 'clientCertExclusionPaths' | 'minTlsVersion' | 'http20Enabled';
  expected: Record<string, unknown>;
}

// Line 1–2: head; 3: resource; 4: name; 5: properties; 6+: the properties given.
const cases: Case[] = [
  {
    name: 'a literal on the property',
    code: siteWith('\n', '    httpsOnly: false'),
    setting: 'httpsOnly',
    expected: { kind: 'set', value: false, at: '6:16-6:20', trail: ['property@6:16'] },
  },
  {
    name: 'a parameter default: the value is written at the default',
    code: siteWith("param https bool = false\n", '    httpsOnly: https'),
    setting: 'httpsOnly',
    expected: { kind: 'set', value: false, at: '1:20-1:24', trail: ['property@6:16', 'parameter(https)@1:1', 'parameter-default@1:20'] },
  },
  {
    name: 'a parameter without default stays unresolved at the parameter',
    code: siteWith('param https bool\n', '    httpsOnly: https'),
    setting: 'httpsOnly',
    expected: {
      kind: 'unresolved',
      at: '6:16-6:20',
      trail: ['property@6:16', 'parameter(https)@1:1'],
      expression: 'https',
      reason: "parameter 'https' has no default value and no parameter file sets it",
    },
  },
  {
    name: 'a decorated parameter: the hop starts at the keyword',
    code: siteWith("@allowed(['Required', 'Optional'])\nparam mode string = 'Optional'", "    clientCertMode: mode"),
    setting: 'clientCertMode',
    expected: { kind: 'set', value: 'Optional', at: '2:21-2:30', trail: ['property@6:21', 'parameter(mode)@2:1', 'parameter-default@2:21'] },
  },
  {
    name: 'a variable',
    code: siteWith("var paths = '/health;/status'\n", '    clientCertExclusionPaths: paths'),
    setting: 'clientCertExclusionPaths',
    expected: { kind: 'set', value: '/health;/status', at: '1:13-1:29', trail: ['property@6:31', 'variable(paths)@1:1'] },
  },
  {
    name: 'a variable through a parameter',
    code: siteWith("param env string = 'dev'\nvar mode = env == 'prod' ? 'Required' : 'Optional'", '    clientCertMode: mode'),
    setting: 'clientCertMode',
    expected: {
      kind: 'set',
      value: 'Optional',
      at: '2:41-2:50',
      trail: ['property@6:21', 'variable(mode)@2:1', 'parameter(env)@1:1', 'parameter-default@1:20'],
    },
  },
  {
    name: 'string interpolation is computed where it is written',
    code: siteWith("param major string = '1'\n", "    clientCertExclusionPaths: '/v${major}/health'"),
    setting: 'clientCertExclusionPaths',
    expected: { kind: 'set', value: '/v1/health', at: '6:31-6:49', trail: ['property@6:31', 'parameter(major)@1:1', 'parameter-default@1:22'] },
  },
  {
    name: 'a ternary on a known condition takes the chosen branch',
    code: siteWith('param prod bool = true\n', "    clientCertMode: prod ? 'Required' : 'Optional'"),
    setting: 'clientCertMode',
    expected: { kind: 'set', value: 'Required', at: '6:28-6:37', trail: ['property@6:21', 'parameter(prod)@1:1', 'parameter-default@1:19'] },
  },
  {
    name: 'a ternary on an unknown condition is unresolved',
    code: siteWith('\n', "    clientCertMode: resourceGroup().location == 'x' ? 'Required' : 'Optional'"),
    setting: 'clientCertMode',
    expected: {
      kind: 'unresolved',
      at: '6:21-6:77',
      trail: ['property@6:21'],
      expression: "resourceGroup().location == 'x' ? 'Required' : 'Optional'",
      reason: 'resourceGroup() is only known at deployment',
    },
  },
  {
    name: '?? falls back when the left side is null',
    code: siteWith("param overrides object = {}\n", "    clientCertMode: overrides.?mode ?? 'Optional'"),
    setting: 'clientCertMode',
    expected: { kind: 'set', value: 'Optional', at: '6:40-6:49', trail: ['property@6:21'] },
  },
  {
    name: '?? keeps a known left side',
    code: siteWith("param overrides object = { https: false }\n", '    httpsOnly: overrides.?https ?? true'),
    setting: 'httpsOnly',
    expected: { kind: 'set', value: false, at: '1:35-1:39', trail: ['property@6:16', 'parameter(overrides)@1:1', 'parameter-default@1:26'] },
  },
  {
    name: '! of a parameter',
    code: siteWith('param allowHttp bool = true\n', '    httpsOnly: !allowHttp'),
    setting: 'httpsOnly',
    expected: { kind: 'set', value: false, at: '6:16-6:25', trail: ['property@6:16', 'parameter(allowHttp)@1:1', 'parameter-default@1:24'] },
  },
  {
    name: 'toLower and contains',
    code: siteWith("param tier string = 'PROD'\n", "    clientCertEnabled: contains(['prod', 'test'], toLower(tier))"),
    setting: 'clientCertEnabled',
    expected: { kind: 'set', value: true, at: '6:24-6:64', trail: ['property@6:24', 'parameter(tier)@1:1', 'parameter-default@1:21'] },
  },
  {
    name: 'empty() of a parameter',
    code: siteWith("param paths string = ''\n", '    clientCertEnabled: !empty(paths)'),
    setting: 'clientCertEnabled',
    expected: { kind: 'set', value: false, at: '6:24-6:36', trail: ['property@6:24', 'parameter(paths)@1:1', 'parameter-default@1:22'] },
  },
  {
    name: 'a deploy-time function is unresolved with its text',
    code: siteWith('\n', "    clientCertExclusionPaths: '/${uniqueString(resourceGroup().id)}'"),
    setting: 'clientCertExclusionPaths',
    expected: {
      kind: 'unresolved',
      at: '6:31-6:68',
      trail: ['property@6:31'],
      expression: "'/${uniqueString(resourceGroup().id)}'",
      reason: 'uniqueString() is only known at deployment',
    },
  },
  {
    name: 'a resource property is unresolved',
    code: siteWith("resource other 'Microsoft.Web/sites@2023-12-01' existing = { name: 'x' }\n", '    httpsOnly: other.properties.httpsOnly'),
    setting: 'httpsOnly',
    expected: {
      kind: 'unresolved',
      at: '6:16-6:41',
      trail: ['property@6:16'],
      expression: 'other.properties.httpsOnly',
      reason: 'other.properties is only known at deployment',
    },
  },
  {
    name: 'a wrong type is unresolved at the value',
    code: siteWith('\n', "    httpsOnly: 'yes'"),
    setting: 'httpsOnly',
    expected: { kind: 'unresolved', at: '6:16-6:20', trail: ['property@6:16'], expression: "'yes'", reason: 'expected a boolean' },
  },
];

describe('Bicep evaluator: where values come from', () => {
  it.each(cases)('$name', async ({ code, setting, expected }) => {
    const out = await parseMain(code);
    expect(out.diagnostics).toEqual([]);
    expect(view(site(out, 'app').settings[setting])).toEqual(expected);
  });
});

describe('Bicep evaluator: objects', () => {
  it('union() and spreads keep each member where it is written', async () => {
    const code = [
      "var base = { minTlsVersion: '1.1', http20Enabled: true }", // 1
      "var extra = { clientCertMode: 'Optional' }", // 2
      "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 3
      "  name: 'app'", // 4
      '  properties: {', // 5
      '    ...extra', // 6
      '    clientCertEnabled: true', // 7
      "    siteConfig: union(base, { http20Enabled: false })", // 8
      '  }', // 9
      '}', // 10
    ].join('\n');
    const out = await parseMain(code);
    const s = site(out, 'app').settings;
    expect(view(s.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', at: '2:31-2:40', trail: ['property@6:5', 'variable(extra)@2:1'] });
    expect(view(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', at: '1:29-1:33', trail: ['property@8:17', 'variable(base)@1:1'] });
    expect(view(s.http20Enabled)).toEqual({ kind: 'set', value: false, at: '8:46-8:50', trail: ['property@8:17'] });
    expect(view(s.clientCertEnabled)).toEqual({ kind: 'set', value: true, at: '7:24-7:27', trail: ['property@7:24'] });
  });

  it('a key written after an unknown spread is known; any other key is unresolved (as shallowMerge() on the compiled template)', async () => {
    const code = "param extra object\nresource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: {\n    ...extra\n    httpsOnly: true\n  }\n}\n";
    const out = await parseMain(code);
    expect(view(site(out, 'app').settings.httpsOnly)).toMatchObject({ kind: 'set', value: true, at: '6:16-6:19' });
    expect(view(site(out, 'app').settings.clientCertEnabled)).toMatchObject({ kind: 'unresolved', at: '5:8-5:12' });
  });

  it('app settings from a literal array and from a for-expression', async () => {
    const code = [
      "param thumbs array = ['a', 'b']", // 1
      "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 2
      "  name: 'app'", // 3
      '  properties: {', // 4
      '    siteConfig: {', // 5
      '      appSettings: [for t in thumbs: {', // 6
      "        name: 'WEBSITE_LOAD_CERTIFICATES'", // 7
      '        value: t', // 8
      '      }]', // 9
      '    }', // 10
      '  }', // 11
      '}', // 12
    ].join('\n');
    const out = await parseMain(code);
    // The last entry wins, as the platform keeps the last of duplicate names.
    expect(view(site(out, 'app').settings.loadCertificates)).toEqual({
      kind: 'set',
      value: 'b',
      at: '1:28-1:30',
      trail: ['property@8:16', 'parameter(thumbs)@1:1', 'parameter-default@1:22'],
    });
  });
});

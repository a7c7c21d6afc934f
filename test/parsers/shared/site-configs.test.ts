import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../../src/engine/lint.js';

/*
 * `Microsoft.Web/sites/config` (`web`, `appsettings`) and slot configs whose site is declared
 * elsewhere: `parent: existingSite`, a module or nested deployment that receives the site's name.
 * Each case in Bicep and in the ARM JSON the Bicep compiles to (written by hand: no compiler here).
 * Rows: rule/messageId file:line:column, and the resource the message names.
 */

const DIR = '/virtual/site-configs';

async function rows(files: Record<string, string>): Promise<string[]> {
  const result = await lintSources(
    Object.entries(files).map(([name, text]) => ({ path: `${DIR}/${name}`, text })),
    { cwd: DIR, root: DIR },
  );
  return result.findings
    .map((f) => `${f.ruleId}/${f.messageId} ${f.range.file.slice(DIR.length + 1)}:${f.range.start.line}:${f.range.start.column} ${/Microsoft\.Web\/[a-z/]+ '.*?'(?=[:,. ]|$)/i.exec(f.message)?.[0] ?? ''}`)
    .sort();
}

/** The related locations of the one finding of a rule. */
async function related(files: Record<string, string>, ruleId: string): Promise<string[]> {
  const result = await lintSources(
    Object.entries(files).map(([name, text]) => ({ path: `${DIR}/${name}`, text })),
    { cwd: DIR, root: DIR },
  );
  const found = result.findings.filter((f) => f.ruleId === ruleId);
  expect(found).toHaveLength(1);
  return (found[0]?.related ?? []).map((r) => `${r.range.file.slice(DIR.length + 1)}:${r.range.start.line}:${r.range.start.column} ${r.message}`);
}

/** Lines 1–14 (with `first` the line before): a site with every mTLS setting right and TLS 1.2 inline. */
function bicepSite(symbol: string, name: string): string[] {
  return [
    `resource ${symbol} 'Microsoft.Web/sites@2023-12-01' = {`,
    `  name: ${name}`,
    "  location: 'westeurope'",
    '  properties: {',
    '    httpsOnly: true',
    '    clientCertEnabled: true',
    "    clientCertMode: 'Required'",
    '    siteConfig: {',
    "      minTlsVersion: '1.2'",
    '      http20Enabled: false',
    '    }',
    '  }',
    '}',
  ];
}

/** A Bicep module that configures the site it is given by name (lines in comments). */
const BICEP_CONFIG_MODULE = [
  'param siteName string', // 1
  "resource site 'Microsoft.Web/sites@2023-12-01' existing = {", // 2
  '  name: siteName', // 3
  '}', // 4
  "resource web 'Microsoft.Web/sites/config@2023-12-01' = {", // 5
  '  parent: site', // 6
  "  name: 'web'", // 7
  '  properties: {', // 8
  "    minTlsVersion: '1.0'", // 9
  '  }', // 10
  '}', // 11
  "resource appsettings 'Microsoft.Web/sites/config@2023-12-01' = {", // 12
  '  parent: site', // 13
  "  name: 'appsettings'", // 14
  '  properties: {', // 15
  "    WEBSITE_LOAD_CERTIFICATES: '*'", // 16
  '  }', // 17
  '}', // 18
].join('\n');

function bicepCaller(param: string, sites: string[][], target: string): string {
  return [
    param, // 1
    ...sites.flat(), // 2…
    "module cfg './config.bicep' = {",
    "  name: 'cfg'",
    '  params: {',
    `    siteName: ${target}`,
    '  }',
    '}',
  ].join('\n');
}

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** An ARM site resource (13 lines, indented for a `resources` array). */
function armSite(name: string): string[] {
  return [
    '    {', // +0
    '      "type": "Microsoft.Web/sites",', // +1
    '      "apiVersion": "2023-12-01",', // +2
    `      "name": "${name}",`, // +3
    '      "location": "westeurope",', // +4
    '      "properties": {', // +5
    '        "httpsOnly": true,', // +6
    '        "clientCertEnabled": true,', // +7
    '        "clientCertMode": "Required",', // +8
    '        "siteConfig": { "minTlsVersion": "1.2", "http20Enabled": false }', // +9
    '      }', // +10
    '    },', // +11
  ];
}

/**
 * An ARM template whose sites come first, then a nested deployment (inner scope, as compiled Bicep
 * modules are) that receives the site's name and configures it.
 */
function armCaller(parameter: string, sites: string[][], target: string): string {
  return [
    '{', // 1
    `  "$schema": "${SCHEMA}",`, // 2
    '  "contentVersion": "1.0.0.0",', // 3
    `  "parameters": { ${parameter} },`, // 4
    '  "resources": [', // 5
    ...sites.flat(), // 6…
    '    {',
    '      "type": "Microsoft.Resources/deployments",',
    '      "apiVersion": "2022-09-01",',
    '      "name": "cfg",',
    '      "properties": {',
    '        "mode": "Incremental",',
    '        "expressionEvaluationOptions": { "scope": "inner" },',
    `        "parameters": { "siteName": { "value": "${target}" } },`,
    '        "template": {',
    `          "$schema": "${SCHEMA}",`,
    '          "contentVersion": "1.0.0.0",',
    '          "parameters": { "siteName": { "type": "string" } },',
    '          "resources": [',
    '            {',
    '              "type": "Microsoft.Web/sites/config",', // +14 after the sites
    '              "apiVersion": "2023-12-01",',
    `              "name": "[format('{0}/{1}', parameters('siteName'), 'web')]",`,
    '              "properties": { "minTlsVersion": "1.0" }', // +17
    '            },',
    '            {',
    '              "type": "Microsoft.Web/sites/config",', // +20
    '              "apiVersion": "2023-12-01",',
    `              "name": "[format('{0}/{1}', parameters('siteName'), 'appsettings')]",`,
    '              "properties": { "WEBSITE_LOAD_CERTIFICATES": "*" }', // +23
    '            }',
    '          ]',
    '        }',
    '      }',
    '    }',
    '  ]',
    '}',
  ].join('\n');
}

describe('site configs on a site declared elsewhere', () => {
  it('Bicep: a config under `parent: existingSite` overrides the inline siteConfig of the site the file deploys', async () => {
    const main = [
      ...bicepSite('site', "'app-a'"), // 1–13
      "resource existingSite 'Microsoft.Web/sites@2023-12-01' existing = {", // 14
      "  name: 'app-a'", // 15
      '}', // 16
      "resource web 'Microsoft.Web/sites/config@2023-12-01' = {", // 17
      '  parent: existingSite', // 18
      "  name: 'web'", // 19
      "  properties: { minTlsVersion: '1.0' }", // 20
      '}', // 21
    ].join('\n');
    expect(await rows({ 'main.bicep': main })).toEqual(["min-tls-version/tooLow main.bicep:20:32 Microsoft.Web/sites 'app-a'"]);
  });

  it('ARM: the same, languageVersion 2.0 with an existing site and a config named by it', async () => {
    const template = [
      '{', // 1
      `  "$schema": "${SCHEMA}",`, // 2
      '  "languageVersion": "2.0",', // 3
      '  "contentVersion": "1.0.0.0",', // 4
      '  "resources": {', // 5
      '    "site": {', // 6
      '      "type": "Microsoft.Web/sites",', // 7
      '      "apiVersion": "2023-12-01",', // 8
      '      "name": "app-a",', // 9
      '      "location": "westeurope",', // 10
      '      "properties": { "httpsOnly": true, "clientCertEnabled": true, "clientCertMode": "Required", "siteConfig": { "minTlsVersion": "1.2", "http20Enabled": false } }', // 11
      '    },', // 12
      '    "existingSite": { "existing": true, "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "app-a" },', // 13
      '    "web": {', // 14
      '      "type": "Microsoft.Web/sites/config",', // 15
      '      "apiVersion": "2023-12-01",', // 16
      `      "name": "[format('{0}/{1}', 'app-a', 'web')]",`, // 17
      '      "properties": { "minTlsVersion": "1.0" },', // 18
      '      "dependsOn": ["existingSite"]', // 19
      '    }', // 20
      '  }', // 21
      '}', // 22
    ].join('\n');
    expect(await rows({ 'main.json': template })).toEqual(["min-tls-version/tooLow main.json:18:40 Microsoft.Web/sites 'app-a'"]);
  });

  it('Bicep: a module that declares the existing site merges into the site its caller deploys', async () => {
    const main = bicepCaller("param siteName string = 'app-b'", [bicepSite('site', 'siteName')], 'site.name');
    expect(await rows({ 'main.bicep': main, 'config.bicep': BICEP_CONFIG_MODULE })).toEqual([
      "load-certificates-scope/all config.bicep:16:32 Microsoft.Web/sites 'app-b'",
      "min-tls-version/tooLow config.bicep:9:20 Microsoft.Web/sites 'app-b'",
    ]);
    // The finding names the config that writes the value, and the site it is written onto.
    expect(await related({ 'main.bicep': main, 'config.bicep': BICEP_CONFIG_MODULE }, 'min-tls-version')).toEqual([
      "main.bicep:2:1 Microsoft.Web/sites 'app-b' is declared here",
      "config.bicep:5:1 minTlsVersion is written onto the site by Microsoft.Web/sites/config 'web', deployed after it",
    ]);
  });

  it('ARM: a nested deployment that receives the site name merges into the site of the outer template', async () => {
    const template = armCaller('"siteName": { "type": "string", "defaultValue": "app-b" }', [armSite("[parameters('siteName')]")], "[parameters('siteName')]");
    // Sites on lines 6–17; the nested template's configs write their values on lines 35 and 41 (inside the quotes of "*").
    expect(await rows({ 'main.json': template })).toEqual([
      "load-certificates-scope/all main.json:41:61 Microsoft.Web/sites 'app-b'",
      "min-tls-version/tooLow main.json:35:48 Microsoft.Web/sites 'app-b'",
    ]);
    expect(await related({ 'main.json': template }, 'min-tls-version')).toEqual([
      "main.json:7:7 Microsoft.Web/sites 'app-b' is declared here",
      "main.json:32:15 minTlsVersion is written onto the site by Microsoft.Web/sites/config 'app-b/web', deployed after it",
    ]);
  });

  it('Bicep and ARM: with two sites, only the one the config names gets its values', async () => {
    const main = bicepCaller("param other string = 'app-e1'", [bicepSite('first', 'other'), bicepSite('second', "'app-e2'")], 'second.name');
    expect(await rows({ 'main.bicep': main, 'config.bicep': BICEP_CONFIG_MODULE })).toEqual([
      "load-certificates-scope/all config.bicep:16:32 Microsoft.Web/sites 'app-e2'",
      "min-tls-version/tooLow config.bicep:9:20 Microsoft.Web/sites 'app-e2'",
    ]);
    const template = armCaller('"other": { "type": "string", "defaultValue": "app-e1" }', [armSite("[parameters('other')]"), armSite('app-e2')], 'app-e2');
    // Two sites (lines 6–29) move the nested configs 12 lines down.
    expect(await rows({ 'main.json': template })).toEqual([
      "load-certificates-scope/all main.json:53:61 Microsoft.Web/sites 'app-e2'",
      "min-tls-version/tooLow main.json:47:48 Microsoft.Web/sites 'app-e2'",
    ]);
  });

  it('Bicep and ARM: a name only known at deployment, passed as is (a parameter, `site.name`, `[parameters(…)]`), still ties', async () => {
    const main = bicepCaller('param siteName string', [bicepSite('site', 'siteName')], 'site.name');
    expect(await rows({ 'main.bicep': main, 'config.bicep': BICEP_CONFIG_MODULE })).toEqual([
      "load-certificates-scope/all config.bicep:16:32 Microsoft.Web/sites 'site'",
      "min-tls-version/tooLow config.bicep:9:20 Microsoft.Web/sites 'site'",
    ]);
    // The caller's own parameter, passed by name, is the same value too.
    expect(await rows({ 'main.bicep': bicepCaller('param siteName string', [bicepSite('site', 'siteName')], 'siteName'), 'config.bicep': BICEP_CONFIG_MODULE })).toHaveLength(2);
    const template = armCaller('"siteName": { "type": "string" }', [armSite("[parameters('siteName')]")], "[parameters('siteName')]");
    expect(await rows({ 'main.json': template })).toEqual([
      "load-certificates-scope/all main.json:41:61 Microsoft.Web/sites '[parameters('siteName')]'",
      "min-tls-version/tooLow main.json:35:48 Microsoft.Web/sites '[parameters('siteName')]'",
    ]);
  });

  it('Bicep and ARM: a site name computed from a value only known at deployment cannot be matched: a note at each config, its values checked there', async () => {
    // The module is given the site's resource id and takes the name from it: only known at deployment.
    const byId = BICEP_CONFIG_MODULE.replace('param siteName string', 'param siteId string').replace('  name: siteName', "  name: last(split(siteId, '/'))");
    const main = bicepCaller("param siteName string = 'app-d'", [bicepSite('site', 'siteName')], 'site.id').replace('    siteName: site.id', '    siteId: site.id');
    expect(await rows({ 'main.bicep': main, 'config.bicep': byId })).toEqual([
      "load-certificates-scope/all config.bicep:16:33 Microsoft.Web/sites 'last(split(siteId,'/'))'",
      "min-tls-version/tooLow config.bicep:9:20 Microsoft.Web/sites 'last(split(siteId,'/'))'",
      "unresolved-setting/unmatchedConfig config.bicep:12:1 Microsoft.Web/sites/config 'appsettings'",
      "unresolved-setting/unmatchedConfig config.bicep:5:1 Microsoft.Web/sites/config 'web'",
    ]);
    // The same in ARM: a config named by a name computed from the site's resource id.
    const template = armCaller('"siteName": { "type": "string", "defaultValue": "app-d" }', [armSite("[parameters('siteName')]")], "[resourceId('Microsoft.Web/sites', parameters('siteName'))]").replaceAll(
      "parameters('siteName'), 'web')",
      "last(split(parameters('siteName'), '/')), 'web')",
    ).replaceAll("parameters('siteName'), 'appsettings')", "last(split(parameters('siteName'), '/')), 'appsettings')");
    expect(await rows({ 'main.json': template })).toEqual([
      "load-certificates-scope/all main.json:41:61 Microsoft.Web/sites 'last(split(parameters('siteName'),'/'))'",
      "min-tls-version/tooLow main.json:35:48 Microsoft.Web/sites 'last(split(parameters('siteName'),'/'))'",
      "unresolved-setting/unmatchedConfig main.json:32:15 Microsoft.Web/sites/config 'last(split(parameters('siteName'),'/'))/web'",
      "unresolved-setting/unmatchedConfig main.json:38:15 Microsoft.Web/sites/config 'last(split(parameters('siteName'),'/'))/appsettings'",
    ]);
    // A value computed from the site's parameter is another name: never tied to the site named by the parameter.
    const other = bicepCaller('param siteName string', [bicepSite('site', 'siteName')], "'${siteName}-other'");
    expect((await rows({ 'main.bicep': other, 'config.bicep': BICEP_CONFIG_MODULE })).filter((r) => r.startsWith('unresolved-setting'))).toHaveLength(2);
    const otherArm = armCaller('"siteName": { "type": "string" }', [armSite("[parameters('siteName')]")], "[format('{0}-other', parameters('siteName'))]");
    expect((await rows({ 'main.json': otherArm })).filter((r) => r.startsWith('unresolved-setting'))).toHaveLength(2);
    const notes = await lintSources([{ path: `${DIR}/main.json`, text: template }], { cwd: DIR, root: DIR });
    expect(notes.findings.find((f) => f.ruleId === 'unresolved-setting')?.message).toBe(
      "Microsoft.Web/sites/config 'last(split(parameters('siteName'),'/'))/web' cannot be tied to a site of this deployment: the site's name is only known at deployment (last(split(parameters('siteName'),'/'))). The values it writes are checked here; the site's other settings are not.",
    );
  });

  it('Bicep and ARM: a config that raises TLS to 1.2 clears the 1.0 the site writes inline (ARM deploys the config after the site)', async () => {
    const weakSite = bicepSite('site', 'siteName').map((l) => l.replace("minTlsVersion: '1.2'", "minTlsVersion: '1.0'"));
    const module = BICEP_CONFIG_MODULE.replace("minTlsVersion: '1.0'", "minTlsVersion: '1.2'").replace("WEBSITE_LOAD_CERTIFICATES: '*'", "WEBSITE_LOAD_CERTIFICATES: '1234567890abcdef1234567890abcdef12345678'");
    expect(await rows({ 'main.bicep': bicepCaller("param siteName string = 'app-f'", [weakSite], 'site.name'), 'config.bicep': module })).toEqual([]);
    const weakArm = armSite("[parameters('siteName')]").map((l) => l.replace('"minTlsVersion": "1.2"', '"minTlsVersion": "1.0"'));
    const template = armCaller('"siteName": { "type": "string", "defaultValue": "app-f" }', [weakArm], "[parameters('siteName')]")
      .replace('"properties": { "minTlsVersion": "1.0" }', '"properties": { "minTlsVersion": "1.2" }')
      .replace('"WEBSITE_LOAD_CERTIFICATES": "*"', '"WEBSITE_LOAD_CERTIFICATES": "1234567890abcdef1234567890abcdef12345678"');
    expect(await rows({ 'main.json': template })).toEqual([]);
    // When the nested deployment configures another site, the site keeps its own 1.0, reported where it is written.
    const alone = armCaller('"siteName": { "type": "string", "defaultValue": "app-f" }', [weakArm], 'another-site');
    expect((await rows({ 'main.json': alone })).filter((r) => r.includes("'app-f'"))).toEqual(["min-tls-version/tooLow main.json:15:42 Microsoft.Web/sites 'app-f'"]);
  });

  it('Bicep: a slot config in a module merges into the slot its caller deploys, not into the site', async () => {
    const main = [
      "param siteName string = 'app-c'", // 1
      ...bicepSite('site', 'siteName'), // 2–14
      "resource slot 'Microsoft.Web/sites/slots@2023-12-01' = {", // 15
      '  parent: site', // 16
      "  name: 'staging'", // 17
      "  location: 'westeurope'", // 18
      '  properties: {', // 19
      '    httpsOnly: true', // 20
      '    clientCertEnabled: true', // 21
      '    siteConfig: {', // 22
      "      minTlsVersion: '1.2'", // 23
      '    }', // 24
      '  }', // 25
      '}', // 26
      "module cfg './slot-config.bicep' = {", // 27
      "  name: 'cfg'", // 28
      '  params: {', // 29
      '    siteName: site.name', // 30
      "    slotName: 'staging'", // 31
      '  }', // 32
      '}', // 33
    ].join('\n');
    const slotConfig = [
      'param siteName string', // 1
      'param slotName string', // 2
      "resource site 'Microsoft.Web/sites@2023-12-01' existing = {", // 3
      '  name: siteName', // 4
      '}', // 5
      "resource slot 'Microsoft.Web/sites/slots@2023-12-01' existing = {", // 6
      '  parent: site', // 7
      '  name: slotName', // 8
      '}', // 9
      "resource web 'Microsoft.Web/sites/slots/config@2023-12-01' = {", // 10
      '  parent: slot', // 11
      "  name: 'web'", // 12
      '  properties: {', // 13
      "    minTlsVersion: '1.1'", // 14
      '  }', // 15
      '}', // 16
    ].join('\n');
    expect(await rows({ 'main.bicep': main, 'slot-config.bicep': slotConfig })).toEqual(["min-tls-version/tooLow slot-config.bicep:14:20 Microsoft.Web/sites/slots 'app-c/staging'"]);
  });

  it('ARM: a slot config in a nested deployment merges into the slot of the outer template', async () => {
    const template = [
      '{', // 1
      `  "$schema": "${SCHEMA}",`, // 2
      '  "contentVersion": "1.0.0.0",', // 3
      '  "parameters": { "siteName": { "type": "string", "defaultValue": "app-c" } },', // 4
      '  "resources": [', // 5
      ...armSite("[parameters('siteName')]"), // 6–17
      '    {', // 18
      '      "type": "Microsoft.Web/sites/slots",', // 19
      '      "apiVersion": "2023-12-01",', // 20
      `      "name": "[format('{0}/{1}', parameters('siteName'), 'staging')]",`, // 21
      '      "location": "westeurope",', // 22
      '      "properties": { "httpsOnly": true, "clientCertEnabled": true, "siteConfig": { "minTlsVersion": "1.2" } }', // 23
      '    },', // 24
      '    {', // 25
      '      "type": "Microsoft.Resources/deployments",', // 26
      '      "apiVersion": "2022-09-01",', // 27
      '      "name": "cfg",', // 28
      '      "properties": {', // 29
      '        "mode": "Incremental",', // 30
      '        "expressionEvaluationOptions": { "scope": "inner" },', // 31
      `        "parameters": { "siteName": { "value": "[parameters('siteName')]" }, "slotName": { "value": "staging" } },`, // 32
      '        "template": {', // 33
      `          "$schema": "${SCHEMA}",`, // 34
      '          "contentVersion": "1.0.0.0",', // 35
      '          "parameters": { "siteName": { "type": "string" }, "slotName": { "type": "string" } },', // 36
      '          "resources": [', // 37
      '            {', // 38
      '              "type": "Microsoft.Web/sites/slots/config",', // 39
      '              "apiVersion": "2023-12-01",', // 40
      `              "name": "[format('{0}/{1}/{2}', parameters('siteName'), parameters('slotName'), 'web')]",`, // 41
      '              "properties": { "minTlsVersion": "1.1" }', // 42
      '            }', // 43
      '          ]', // 44
      '        }', // 45
      '      }', // 46
      '    }', // 47
      '  ]', // 48
      '}', // 49
    ].join('\n');
    expect(await rows({ 'main.json': template })).toEqual(["min-tls-version/tooLow main.json:42:48 Microsoft.Web/sites/slots 'app-c/staging'"]);
  });

  it('Bicep and ARM: a config of a site no template of the run deploys: its values checked at the config, a note says why', async () => {
    const module = BICEP_CONFIG_MODULE.replace('param siteName string', "param siteName string = 'legacy'");
    expect(await rows({ 'config.bicep': module })).toEqual([
      "load-certificates-scope/all config.bicep:16:33 Microsoft.Web/sites 'legacy'",
      "min-tls-version/tooLow config.bicep:9:20 Microsoft.Web/sites 'legacy'",
      "unresolved-setting/unmatchedConfig config.bicep:12:1 Microsoft.Web/sites/config 'appsettings'",
      "unresolved-setting/unmatchedConfig config.bicep:5:1 Microsoft.Web/sites/config 'web'",
    ]);
    const note = await lintSources([{ path: `${DIR}/config.bicep`, text: module }], { cwd: DIR, root: DIR });
    expect(note.findings.find((f) => f.ruleId === 'unresolved-setting')?.message).toBe(
      "Microsoft.Web/sites/config 'web' cannot be tied to a site of this deployment: site 'legacy' is only referenced as existing, not deployed here. The values it writes are checked here; the site's other settings are not.",
    );
    const template = [
      '{', // 1
      `  "$schema": "${SCHEMA}",`, // 2
      '  "contentVersion": "1.0.0.0",', // 3
      '  "parameters": { "siteName": { "type": "string", "defaultValue": "legacy" } },', // 4
      '  "resources": [', // 5
      '    {', // 6
      '      "type": "Microsoft.Web/sites/config",', // 7
      '      "apiVersion": "2023-12-01",', // 8
      `      "name": "[format('{0}/{1}', parameters('siteName'), 'web')]",`, // 9
      '      "properties": { "minTlsVersion": "1.0" }', // 10
      '    }', // 11
      '  ]', // 12
      '}', // 13
    ].join('\n');
    expect(await rows({ 'main.json': template })).toEqual([
      "min-tls-version/tooLow main.json:10:40 Microsoft.Web/sites 'legacy'",
      "unresolved-setting/unmatchedConfig main.json:7:7 Microsoft.Web/sites/config 'legacy/web'",
    ]);
  });

  it('ARM: a nested deployment of outer scope sees the parent template’s parameters: a name only known at deployment still ties', async () => {
    const template = armCaller('"siteName": { "type": "string" }', [armSite("[parameters('siteName')]")], "[parameters('siteName')]")
      .replace('"expressionEvaluationOptions": { "scope": "inner" },', '"expressionEvaluationOptions": { "scope": "outer" },')
      .replace('"parameters": { "siteName": { "type": "string" } },\n          "resources"', '"resources"');
    // Removing the inner parameters line moves the configs up by one.
    expect(await rows({ 'main.json': template })).toEqual([
      "load-certificates-scope/all main.json:40:61 Microsoft.Web/sites '[parameters('siteName')]'",
      "min-tls-version/tooLow main.json:34:48 Microsoft.Web/sites '[parameters('siteName')]'",
    ]);
  });

  it('Bicep: a JSON template module (the ARM front end) that configures the site the Bicep caller deploys', async () => {
    const main = bicepCaller("param siteName string = 'app-g'", [bicepSite('site', 'siteName')], 'site.name').replace("'./config.bicep'", "'./config.json'");
    const json = [
      '{', // 1
      `  "$schema": "${SCHEMA}",`, // 2
      '  "contentVersion": "1.0.0.0",', // 3
      '  "parameters": { "siteName": { "type": "string" } },', // 4
      '  "resources": [', // 5
      '    {', // 6
      '      "type": "Microsoft.Web/sites/config",', // 7
      '      "apiVersion": "2023-12-01",', // 8
      `      "name": "[format('{0}/{1}', parameters('siteName'), 'web')]",`, // 9
      '      "properties": { "minTlsVersion": "1.1" }', // 10
      '    }', // 11
      '  ]', // 12
      '}', // 13
    ].join('\n');
    expect(await rows({ 'main.bicep': main, 'config.json': json })).toEqual(["min-tls-version/tooLow config.json:10:40 Microsoft.Web/sites 'app-g'"]);
    // A name only known at deployment, passed as is, ties across the front ends too.
    const unset = main.replace("param siteName string = 'app-g'", 'param siteName string');
    expect(await rows({ 'main.bicep': unset, 'config.json': json })).toEqual(["min-tls-version/tooLow config.json:10:40 Microsoft.Web/sites 'site'"]);
  });

  it('fixture site-config-module: main.bicep and its compiled main.json (also in the differential test) give these findings', async () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/site-config-module');
    const lint = async (file: string) => {
      const result = await lintSources([{ path: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8') }], { cwd: dir, root: dir });
      return result.findings.map((f) => `${f.ruleId}/${f.messageId} ${path.relative(dir, f.range.file)}:${f.range.start.line}:${f.range.start.column}`).sort();
    };
    expect(await lint('main.bicep')).toEqual([
      // The site's own Optional mode; the config module's TLS 1.0, written onto the site (and, by the
      // second call, onto 'legacy-app', which this deployment does not create: hence the note).
      'client-cert-mode/optional main.bicep:11:21',
      'min-tls-version/tooLow config.bicep:11:20',
      'unresolved-setting/unmatchedConfig config.bicep:7:1',
    ]);
    expect(await lint('main.json')).toEqual([
      // The compiled template inlines the module twice: one config each; the first is tied to the site.
      'client-cert-mode/optional main.json:26:27',
      'min-tls-version/tooLow main.json:112:34',
      'min-tls-version/tooLow main.json:67:34',
      'unresolved-setting/unmatchedConfig main.json:108:15',
    ]);
  });

  it('Bicep: names that name each other (invalid, a cycle) are not followed forever: the config is noted', async () => {
    const main = [
      "resource a 'Microsoft.Web/sites@2023-12-01' existing = {", // 1
      '  name: b.name', // 2
      '}', // 3
      "resource b 'Microsoft.Web/sites@2023-12-01' existing = {", // 4
      '  name: a.name', // 5
      '}', // 6
      "module cfg './config.bicep' = {", // 7
      "  name: 'cfg'", // 8
      '  params: { siteName: a.name }', // 9
      '}', // 10
    ].join('\n');
    expect(await rows({ 'main.bicep': main, 'config.bicep': BICEP_CONFIG_MODULE })).toEqual([
      "load-certificates-scope/all config.bicep:16:33 Microsoft.Web/sites 'siteName'",
      "min-tls-version/tooLow config.bicep:9:20 Microsoft.Web/sites 'siteName'",
      "unresolved-setting/unmatchedConfig config.bicep:12:1 Microsoft.Web/sites/config 'appsettings'",
      "unresolved-setting/unmatchedConfig config.bicep:5:1 Microsoft.Web/sites/config 'web'",
    ]);
  });
});

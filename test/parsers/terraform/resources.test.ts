import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brief, certificate, parseFiles, parseOne, site } from './helpers.js';

/** One site resource per case: the settings the rules read, with exact positions. */
/** Absent settings point at the declaration: `resource "type" "x" {`, whose last column depends on the type. */
const HEADER = -1;

describe('azurerm site resources', () => {
  const cases: {
    title: string;
    type: string;
    body: string;
    kind: string;
    expect: Record<string, ReturnType<typeof brief>>;
  }[] = [
    {
      title: 'function app with certificates on and no mode: mode absent, default Optional',
      type: 'azurerm_linux_function_app',
      kind: 'functionApp',
      body: '  client_certificate_enabled = true\n',
      expect: {
        clientCertEnabled: { kind: 'set', value: true, line: 2, column: 32, endLine: 2, endColumn: 35 },
        clientCertMode: { kind: 'absent', value: 'Optional', line: 1, column: 1, endLine: 1, endColumn: HEADER },
        httpsOnly: { kind: 'absent', value: false, line: 1, column: 1, endLine: 1, endColumn: HEADER },
      },
    },
    {
      title: 'web app with certificates on and no mode: default Required',
      type: 'azurerm_linux_web_app',
      kind: 'webApp',
      body: '  client_certificate_enabled = true\n',
      expect: {
        clientCertEnabled: { kind: 'set', value: true, line: 2, column: 32, endLine: 2, endColumn: 35 },
        clientCertMode: { kind: 'absent', value: 'Required', line: 1, column: 1, endLine: 1, endColumn: HEADER },
      },
    },
    {
      title: 'windows web app: every setting written',
      type: 'azurerm_windows_web_app',
      kind: 'webApp',
      body: [
        '  https_only = true',
        '  client_certificate_enabled = true',
        '  client_certificate_mode = "OptionalInteractiveUser"',
        '  client_certificate_exclusion_paths = "/health;/api"',
        '  public_network_access_enabled = false',
        '  site_config {',
        '    minimum_tls_version = "1.3"',
        '    scm_minimum_tls_version = "1.1"',
        '    http2_enabled = true',
        '  }',
        '  app_settings = {',
        '    WEBSITE_LOAD_CERTIFICATES = "*"',
        '  }',
        '',
      ].join('\n'),
      expect: {
        httpsOnly: { kind: 'set', value: true, line: 2, column: 16, endLine: 2, endColumn: 19 },
        clientCertMode: { kind: 'set', value: 'OptionalInteractiveUser', line: 4, column: 29, endLine: 4, endColumn: 53 },
        clientCertExclusionPaths: { kind: 'set', value: '/health;/api', line: 5, column: 40, endLine: 5, endColumn: 53 },
        publicNetworkAccess: { kind: 'set', value: 'Disabled', line: 6, column: 35, endLine: 6, endColumn: 39 },
        minTlsVersion: { kind: 'set', value: '1.3', line: 8, column: 27, endLine: 8, endColumn: 31 },
        scmMinTlsVersion: { kind: 'set', value: '1.1', line: 9, column: 31, endLine: 9, endColumn: 35 },
        http20Enabled: { kind: 'set', value: true, line: 10, column: 21, endLine: 10, endColumn: 24 },
        loadCertificates: { kind: 'set', value: '*', line: 13, column: 33, endLine: 13, endColumn: 35 },
      },
    },
    {
      title: 'windows function app: defaults when nothing is written',
      type: 'azurerm_windows_function_app',
      kind: 'functionApp',
      body: '',
      expect: {
        clientCertEnabled: { kind: 'absent', value: false, line: 1, column: 1, endLine: 1, endColumn: HEADER },
        clientCertMode: { kind: 'absent', value: 'Optional', line: 1, column: 1, endLine: 1, endColumn: HEADER },
        minTlsVersion: { kind: 'absent', value: '1.2', line: 1, column: 1, endLine: 1, endColumn: HEADER },
        scmMinTlsVersion: { kind: 'absent', value: '1.2', line: 1, column: 1, endLine: 1, endColumn: HEADER },
        http20Enabled: { kind: 'absent', value: false, line: 1, column: 1, endLine: 1, endColumn: HEADER },
        clientCertExclusionPaths: { kind: 'absent', value: '', line: 1, column: 1, endLine: 1, endColumn: HEADER },
        loadCertificates: { kind: 'absent', value: '', line: 1, column: 1, endLine: 1, endColumn: HEADER },
      },
    },
    {
      title: 'flex consumption function app defaults the mode to Optional',
      type: 'azurerm_function_app_flex_consumption',
      kind: 'functionApp',
      body: '  client_certificate_enabled = true\n  site_config {\n    minimum_tls_version = "1.0"\n  }\n',
      expect: {
        clientCertMode: { kind: 'absent', value: 'Optional', line: 1, column: 1, endLine: 1, endColumn: HEADER },
        minTlsVersion: { kind: 'set', value: '1.0', line: 4, column: 27, endLine: 4, endColumn: 31 },
      },
    },
    {
      title: 'legacy app service: client_cert_enabled and min_tls_version',
      type: 'azurerm_app_service',
      kind: 'webApp',
      body: '  client_cert_enabled = true\n  client_cert_mode = "Optional"\n  site_config {\n    min_tls_version = "1.1"\n  }\n',
      expect: {
        clientCertEnabled: { kind: 'set', value: true, line: 2, column: 25, endLine: 2, endColumn: 28 },
        clientCertMode: { kind: 'set', value: 'Optional', line: 3, column: 22, endLine: 3, endColumn: 31 },
        minTlsVersion: { kind: 'set', value: '1.1', line: 5, column: 23, endLine: 5, endColumn: 27 },
      },
    },
    {
      title: 'legacy function app: a mode turns certificates on, at the mode',
      type: 'azurerm_function_app',
      kind: 'functionApp',
      body: '  client_cert_mode = "Required"\n',
      expect: {
        clientCertEnabled: { kind: 'set', value: true, line: 2, column: 22, endLine: 2, endColumn: 31 },
        clientCertMode: { kind: 'set', value: 'Required', line: 2, column: 22, endLine: 2, endColumn: 31 },
      },
    },
    {
      title: 'legacy function app without a mode: certificates off',
      type: 'azurerm_function_app',
      kind: 'functionApp',
      body: '  https_only = false\n',
      expect: {
        clientCertEnabled: { kind: 'absent', value: false, line: 1, column: 1, endLine: 1, endColumn: HEADER },
        httpsOnly: { kind: 'set', value: false, line: 2, column: 16, endLine: 2, endColumn: 20 },
      },
    },
    {
      title: 'logic app standard: a mode turns certificates on',
      type: 'azurerm_logic_app_standard',
      kind: 'logicApp',
      body: '  client_certificate_mode = "Optional"\n  site_config {\n    min_tls_version = "1.2"\n    http2_enabled = true\n  }\n',
      expect: {
        clientCertEnabled: { kind: 'set', value: true, line: 2, column: 29, endLine: 2, endColumn: 38 },
        clientCertMode: { kind: 'set', value: 'Optional', line: 2, column: 29, endLine: 2, endColumn: 38 },
        minTlsVersion: { kind: 'set', value: '1.2', line: 4, column: 23, endLine: 4, endColumn: 27 },
        http20Enabled: { kind: 'set', value: true, line: 5, column: 21, endLine: 5, endColumn: 24 },
      },
    },
    {
      title: 'logic app standard without a mode and no provider constraint: unknown default',
      type: 'azurerm_logic_app_standard',
      kind: 'logicApp',
      body: '',
      expect: {
        clientCertEnabled: { kind: 'absent', value: '<unknown>', line: 1, column: 1, endLine: 1, endColumn: HEADER },
      },
    },
  ];

  test.each(cases)('$title', async ({ type, body, kind, expect: want }) => {
    const out = await parseOne(`resource "${type}" "x" {\n${body}}\n`);
    expect(out.diagnostics).toEqual([]);
    const s = site(out, `${type}.x`);
    expect(s.kind).toBe(kind);
    expect(s.format).toBe('terraform');
    expect(s.resourceType).toBe(type);
    const headerEnd = `resource "${type}" "x" {`.length;
    for (const [key, value] of Object.entries(want)) {
      const wanted = value.endColumn === HEADER ? { ...value, endColumn: headerEnd } : value;
      expect({ key, ...brief(s.settings[key as keyof typeof s.settings]) }).toEqual({ key, ...wanted });
    }
  });

  test.each([
    { constraint: '~> 5.0', value: true },
    { constraint: '>= 5.1.0', value: true },
    { constraint: '~> 4.10', value: false },
    { constraint: '>= 3.0, < 5.0', value: false },
    { constraint: '>= 4.0', value: '<unknown>' },
  ])('logic app standard without a mode under azurerm $constraint: certificates $value', async ({ constraint, value }) => {
    const out = await parseOne(
      `terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "${constraint}"\n    }\n  }\n}\n\nresource "azurerm_logic_app_standard" "wf" {\n}\n`,
    );
    const s = site(out, 'azurerm_logic_app_standard.wf');
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'absent', value, line: 10, column: 1, endLine: 10, endColumn: 44 });
    expect(s.version).toBe(constraint);
  });

  test('the lock file decides what the constraint leaves open', async () => {
    const out = await parseFiles({}, { run: [join(import.meta.dirname, 'fixtures', 'lock', 'main.tf')] });
    const s = site(out, 'azurerm_logic_app_standard.wf');
    expect(s.version).toBe('5.1.0');
    expect(brief(s.settings.clientCertEnabled)).toMatchObject({ kind: 'absent', value: true, line: 10 });
  });

  test('slots link to their site and are read on their own (a slot weaker than its site)', async () => {
    const out = await parseOne(
      [
        'resource "azurerm_linux_web_app" "api" {',
        '  https_only                 = true',
        '  client_certificate_enabled = true',
        '}',
        '',
        'resource "azurerm_linux_web_app_slot" "staging" {',
        '  app_service_id             = azurerm_linux_web_app.api.id',
        '  client_certificate_enabled = false',
        '}',
        '',
        'resource "azurerm_windows_function_app_slot" "blue" {',
        '  function_app_id            = azurerm_windows_function_app.fn[0].id',
        '  client_certificate_enabled = true',
        '}',
        '',
        'resource "azurerm_app_service_slot" "old" {',
        '  app_service_name = azurerm_app_service.legacy.name',
        '}',
        '',
      ].join('\n'),
    );
    const slot = site(out, 'azurerm_linux_web_app_slot.staging');
    expect(slot.slotOf?.name).toBe('azurerm_linux_web_app.api');
    expect(slot.extent).toMatchObject({ start: { line: 6, column: 1 }, end: { line: 9, column: 1 } });
    expect(slot.slotOf?.range?.start).toEqual({ line: 7, column: 32 });
    expect(brief(slot.settings.clientCertEnabled)).toEqual({ kind: 'set', value: false, line: 8, column: 32, endLine: 8, endColumn: 36 });
    expect(brief(slot.settings.httpsOnly)).toMatchObject({ kind: 'absent', value: false, line: 6 });
    const fnSlot = site(out, 'azurerm_windows_function_app_slot.blue');
    // `fn[0].id`: the slot belongs to that instance.
    expect(fnSlot.slotOf?.name).toBe('azurerm_windows_function_app.fn[0]');
    expect(brief(fnSlot.settings.clientCertMode)).toMatchObject({ kind: 'absent', value: 'Optional', line: 11 });
    const old = site(out, 'azurerm_app_service_slot.old');
    expect(old.slotOf?.name).toBe('azurerm_app_service.legacy');
    expect(brief(old.settings.clientCertEnabled)).toMatchObject({ kind: 'absent', value: false, line: 16 });
  });

  test.each([
    { type: 'azurerm_linux_web_app_slot', parent: 'app_service_id', site: 'azurerm_linux_web_app', kind: 'webApp', mode: 'Required' },
    { type: 'azurerm_windows_web_app_slot', parent: 'app_service_id', site: 'azurerm_windows_web_app', kind: 'webApp', mode: 'Required' },
    { type: 'azurerm_linux_function_app_slot', parent: 'function_app_id', site: 'azurerm_linux_function_app', kind: 'functionApp', mode: 'Optional' },
    { type: 'azurerm_windows_function_app_slot', parent: 'function_app_id', site: 'azurerm_windows_function_app', kind: 'functionApp', mode: 'Optional' },
  ])('$type: linked through $parent, certificates on, mode default $mode', async ({ type, parent, site: siteType, kind, mode }) => {
    const header = `resource "${type}" "s" {`;
    const out = await parseOne(`${header}\n  ${parent} = ${siteType}.main.id\n  client_certificate_enabled = true\n}\n`);
    const s = site(out, `${type}.s`);
    expect(s.kind).toBe(kind);
    expect(s.slotOf).toEqual({ name: `${siteType}.main`, range: expect.objectContaining({ start: { line: 2, column: parent.length + 6 } }) });
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 3, column: 32, endLine: 3, endColumn: 35 });
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'absent', value: mode, line: 1, column: 1, endLine: 1, endColumn: header.length });
  });

  test.each([
    { type: 'azurerm_app_service_slot', parent: 'app_service_name', site: 'azurerm_app_service', kind: 'webApp' },
    { type: 'azurerm_function_app_slot', parent: 'function_app_name', site: 'azurerm_function_app', kind: 'functionApp' },
  ])('legacy $type: linked through $parent, no client certificate arguments', async ({ type, parent, site: siteType, kind }) => {
    const header = `resource "${type}" "s" {`;
    const out = await parseOne(`${header}\n  ${parent} = ${siteType}.main.name\n  https_only = true\n  site_config {\n    min_tls_version = "1.0"\n  }\n}\n`);
    const s = site(out, `${type}.s`);
    expect(s.kind).toBe(kind);
    expect(s.slotOf?.name).toBe(`${siteType}.main`);
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: true, line: 3, column: 16, endLine: 3, endColumn: 19 });
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 5, column: 23, endLine: 5, endColumn: 27 });
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'absent', value: false, line: 1, column: 1, endLine: 1, endColumn: header.length });
  });

  test('tags are read as a map', async () => {
    const out = await parseOne('resource "azurerm_linux_web_app" "x" {\n  tags = { requires-mtls = "true", env = "prod" }\n}\n');
    const s = site(out, 'azurerm_linux_web_app.x');
    expect(s.tags).toMatchObject({ kind: 'set', value: { 'requires-mtls': 'true', env: 'prod' } });
  });

  test('other resource types yield nothing', async () => {
    const out = await parseOne('resource "azurerm_resource_group" "rg" {\n  name = "x"\n}\ndata "azurerm_linux_web_app" "d" {\n}\n');
    expect(out.entities).toEqual([]);
  });
});

describe('azapi sites', () => {
  test('HCL body read with ARM names, case-insensitively, with ARM defaults', async () => {
    const out = await parseOne(
      [
        'resource "azapi_resource" "site" {',
        '  type      = "Microsoft.Web/sites@2023-12-01"',
        '  name      = "api"',
        '  body = {',
        '    kind = "functionapp,linux"',
        '    properties = {',
        '      httpsOnly        = true',
        '      ClientCertEnabled = true',
        '      clientCertMode   = "Optional"',
        '      siteConfig = {',
        '        minTlsVersion = "1.1"',
        '        appSettings = [{ name = "WEBSITE_LOAD_CERTIFICATES", value = "*" }]',
        '      }',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const s = site(out, 'azapi_resource.site');
    expect(s.resourceType).toBe('Microsoft.Web/sites');
    expect(s.kind).toBe('functionApp');
    expect(s.version).toBe('2023-12-01');
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: true, line: 7, column: 26, endLine: 7, endColumn: 29 });
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 8, column: 27, endLine: 8, endColumn: 30 });
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 9, column: 26, endLine: 9, endColumn: 35 });
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', line: 11, column: 25, endLine: 11, endColumn: 29 });
    expect(brief(s.settings.loadCertificates)).toEqual({ kind: 'set', value: '*', line: 12, column: 70, endLine: 12, endColumn: 72 });
    expect(brief(s.settings.http20Enabled)).toMatchObject({ kind: 'absent', value: '<unknown>' });
    expect(brief(s.settings.clientCertExclusionPaths)).toMatchObject({ kind: 'absent', value: '' });
  });

  test('jsonencode body, type from a local, slot with parent_id', async () => {
    const out = await parseOne(
      [
        'locals {',
        '  site_type = "Microsoft.Web/sites@2022-09-01"',
        '}',
        'resource "azapi_resource" "site" {',
        '  type = local.site_type',
        '  body = jsonencode({',
        '    properties = {',
        '      clientCertEnabled = true',
        '      clientCertMode    = "OptionalInteractiveUser"',
        '      clientCertExclusionPaths = "/public"',
        '    }',
        '  })',
        '}',
        'resource "azapi_resource" "slot" {',
        '  type      = "Microsoft.Web/sites/slots@2022-09-01"',
        '  parent_id = azapi_resource.site.id',
        '  body      = jsonencode({ properties = { httpsOnly = false } })',
        '}',
        'resource "azapi_resource" "plan" {',
        '  type = "Microsoft.Web/serverfarms@2022-09-01"',
        '}',
        '',
      ].join('\n'),
    );
    expect(out.entities.map((e) => e.name)).toEqual(['azapi_resource.site', 'azapi_resource.slot']);
    const s = site(out, 'azapi_resource.site');
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'OptionalInteractiveUser', line: 9, column: 27, endLine: 9, endColumn: 51 });
    expect(brief(s.settings.clientCertExclusionPaths)).toEqual({ kind: 'set', value: '/public', line: 10, column: 34, endLine: 10, endColumn: 42 });
    expect(s.kind).toBe('webApp');
    const slot = site(out, 'azapi_resource.slot');
    expect(slot.resourceType).toBe('Microsoft.Web/sites/slots');
    expect(slot.slotOf?.name).toBe('azapi_resource.site');
    expect(brief(slot.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 17, column: 55, endLine: 17, endColumn: 59 });
  });

  test('azapi type from a variable, body built in a local: trail through the local', async () => {
    const out = await parseOne(
      [
        'variable "type" {',
        '  default = "Microsoft.Web/sites@2024-04-01"',
        '}',
        'locals {',
        '  body = { properties = { httpsOnly = false } }',
        '}',
        'resource "azapi_resource" "s" {',
        '  type = var.type',
        '  body = local.body',
        '}',
        '',
      ].join('\n'),
    );
    const s = site(out, 'azapi_resource.s');
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 5, column: 39, endLine: 5, endColumn: 43 });
    expect(s.settings.httpsOnly.kind === 'set' && s.settings.httpsOnly.trail.map((h) => [h.kind, h.range.start.line, h.range.start.column])).toEqual([
      ['property', 9, 10],
      ['local', 5, 10],
    ]);
  });
});

describe('azapi JSON string bodies', () => {
  test('a heredoc JSON body is read; its members point at the string', async () => {
    const out = await parseOne(
      'resource "azapi_resource" "s" {\n  type = "Microsoft.Web/sites@2021-02-01"\n  body = <<JSON\n{ "properties": { "clientCertEnabled": true, "clientCertMode": "Optional" } }\nJSON\n}\n',
    );
    const s = site(out, 'azapi_resource.s');
    expect(brief(s.settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Optional', line: 3, column: 10 });
    expect(brief(s.settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: true, line: 3, column: 10 });
  });
});

describe('azapi config children', () => {
  test('sites/config "web" and "appsettings" write onto the site, at their own lines', async () => {
    const out = await parseOne(
      [
        'resource "azapi_resource" "site" {', //                                   1
        '  type = "Microsoft.Web/sites@2023-12-01"', //                             2
        '  body = { properties = { siteConfig = { http20Enabled = false } } }', // 3
        '}', //                                                                     4
        'resource "azapi_resource" "web" {', //                                     5
        '  type      = "Microsoft.Web/sites/config@2023-12-01"', //                 6
        '  name      = "web"', //                                                   7
        '  parent_id = azapi_resource.site.id', //                                  8
        '  body = {', //                                                            9
        '    properties = {', //                                                   10
        '      minTlsVersion = "1.0"', //                                          11
        '      http20Enabled = true', //                                           12
        '    }', //                                                                13
        '  }', //                                                                  14
        '}', //                                                                    15
        'resource "azapi_resource" "settings" {', //                               16
        '  type      = "Microsoft.Web/sites/config@2023-12-01"', //                17
        '  name      = "appsettings"', //                                          18
        '  parent_id = azapi_resource.site.id', //                                 19
        '  body      = { properties = { WEBSITE_LOAD_CERTIFICATES = "*" } }', //   20
        '}', //                                                                    21
        '',
      ].join('\n'),
    );
    expect(out.entities.map((e) => e.name)).toEqual(['azapi_resource.site']);
    const s = site(out, 'azapi_resource.site');
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 11, column: 23, endLine: 11, endColumn: 27 });
    // The child is applied after the site it references (as an ARM config is): its value wins.
    expect(brief(s.settings.http20Enabled)).toEqual({ kind: 'set', value: true, line: 12, column: 23, endLine: 12, endColumn: 26 });
    expect(s.settings.http20Enabled.kind === 'set' && s.settings.http20Enabled.trail.map((h) => [h.kind, h.name, h.range.start.line])).toEqual([
      ['config', 'azapi_resource.web', 5],
      ['property', undefined, 12],
    ]);
    expect(brief(s.settings.loadCertificates)).toEqual({ kind: 'set', value: '*', line: 20, column: 60, endLine: 20, endColumn: 62 });
  });

  test('an azurerm site_config value is replaced by an azapi config and by an update of the config, applied after the site', async () => {
    const out = await parseOne(
      [
        'resource "azurerm_linux_web_app" "app" {', //                              1
        '  client_certificate_enabled = true', //                                   2
        '  site_config {', //                                                       3
        '    minimum_tls_version = "1.2"', //                                       4
        '    http2_enabled       = false', //                                       5
        '  }', //                                                                   6
        '}', //                                                                     7
        'resource "azapi_resource" "web" {', //                                     8
        '  type      = "Microsoft.Web/sites/config@2023-12-01"', //                 9
        '  name      = "web"', //                                                  10
        '  parent_id = azurerm_linux_web_app.app.id', //                           11
        '  body      = { properties = { minTlsVersion = "1.0" } }', //             12
        '}', //                                                                    13
        'resource "azapi_update_resource" "web" {', //                             14
        '  type        = "Microsoft.Web/sites/config@2023-12-01"', //              15
        '  resource_id = "${azurerm_linux_web_app.app.id}/config/web"', //         16
        '  body        = { properties = { http20Enabled = true } }', //            17
        '}', //                                                                    18
        '',
      ].join('\n'),
    );
    expect(out.entities.map((e) => e.name)).toEqual(['azurerm_linux_web_app.app']);
    const s = site(out, 'azurerm_linux_web_app.app');
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 12, column: 48, endLine: 12, endColumn: 52 });
    expect(s.settings.minTlsVersion.kind === 'set' && s.settings.minTlsVersion.trail[0]).toMatchObject({ kind: 'config', name: 'azapi_resource.web' });
    expect(brief(s.settings.http20Enabled)).toEqual({ kind: 'set', value: true, line: 17, column: 50, endLine: 17, endColumn: 53 });
    expect(s.settings.http20Enabled.kind === 'set' && s.settings.http20Enabled.trail[0]).toMatchObject({ kind: 'config', name: 'azapi_update_resource.web' });
    expect(brief(s.settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: true, line: 2 });
  });

  test('an azapi_resource appsettings config replaces the site\'s app settings; an azapi_update_resource of it merges', async () => {
    const config = (resource: string, idLine: string): string =>
      [
        'resource "azurerm_linux_web_app" "app" {', //                                        1
        '  app_settings = { WEBSITE_LOAD_CERTIFICATES = "*" }', //                             2
        '  site_config {}', //                                                                 3
        '}', //                                                                                4
        `resource "${resource}" "settings" {`, //                                              5
        '  type = "Microsoft.Web/sites/config@2023-12-01"', //                                 6
        idLine, //                                                                              7
        '  body = { properties = { OTHER = "x" } }', //                                        8
        '}', //                                                                                9
        '',
      ].join('\n');
    const put = await parseOne(config('azapi_resource', '  name = "appsettings"\n  parent_id = azurerm_linux_web_app.app.id'));
    // The PUT body is the whole collection: the site's own WEBSITE_LOAD_CERTIFICATES is gone.
    expect(site(put, 'azurerm_linux_web_app.app').settings.loadCertificates.kind).toBe('absent');
    const update = await parseOne(config('azapi_update_resource', '  resource_id = "${azurerm_linux_web_app.app.id}/config/appsettings"'));
    expect(brief(site(update, 'azurerm_linux_web_app.app').settings.loadCertificates)).toEqual({ kind: 'set', value: '*', line: 2, column: 48, endLine: 2, endColumn: 50 });
  });
});

describe('azurerm_app_service_certificate', () => {
  test('literal password and pfx from a file in the repository; Key Vault reference', async () => {
    const out = await parseFiles({
      '/virtual/certs.tf': [
        'resource "azurerm_app_service_certificate" "inline" {',
        '  pfx_blob = filebase64("certs/api.pfx")',
        '  password = "hunter2"',
        '}',
        'resource "azurerm_app_service_certificate" "missing" {',
        '  pfx_blob = filebase64("${path.module}/gone.pfx")',
        '}',
        'resource "azurerm_app_service_certificate" "kv" {',
        '  key_vault_secret_id = azurerm_key_vault_certificate.c.secret_id',
        '}',
        '',
      ].join('\n'),
      '/virtual/certs/api.pfx': 'binary',
    }, { run: ['/virtual/certs.tf'] });
    const inline = certificate(out, 'azurerm_app_service_certificate.inline');
    expect(brief(inline.settings.pfxBlob)).toEqual({ kind: 'set', value: 'filebase64("certs/api.pfx")', line: 2, column: 14, endLine: 2, endColumn: 40 });
    expect(brief(inline.settings.password)).toEqual({ kind: 'set', value: 'hunter2', line: 3, column: 14, endLine: 3, endColumn: 22 });
    expect(brief(inline.settings.keyVaultSecret)).toMatchObject({ kind: 'absent', line: 1 });
    const missing = certificate(out, 'azurerm_app_service_certificate.missing');
    expect(brief(missing.settings.pfxBlob)).toMatchObject({ kind: 'unresolved', line: 6, column: 14 });
    const kv = certificate(out, 'azurerm_app_service_certificate.kv');
    expect(brief(kv.settings.keyVaultSecret)).toMatchObject({ kind: 'unresolved', value: 'azurerm_key_vault_certificate.c.secret_id', line: 9, column: 25 });
  });

  test('a sensitive variable marks the parameter hop secure', async () => {
    const out = await parseOne(
      'variable "pw" {\n  sensitive = true\n  default   = "s3cret"\n}\nresource "azurerm_app_service_certificate" "c" {\n  password = var.pw\n}\n',
    );
    const c = certificate(out, 'azurerm_app_service_certificate.c');
    expect(c.settings.password.kind === 'set' && c.settings.password.trail).toMatchObject([
      { kind: 'property' },
      { kind: 'parameter', name: 'pw', secure: true },
      { kind: 'parameter-default' },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import type { Hop, Setting } from '../../../src/model/index.js';
import { brief, names, parseFiles, parseOne, site } from './helpers.js';

const hops = (s: Setting<unknown>): [Hop['kind'], number, number][] =>
  s.kind === 'absent' ? [] : s.trail.map((h) => [h.kind, h.range.start.line, h.range.start.column]);

describe('variables and variable files', () => {
  const main = [
    'variable "mode" {', //                      1
    '  type    = string', //                     2
    '  default = "Required"', //                 3
    '}', //                                      4
    'variable "tls" {', //                       5
    '  default = "1.2"', //                      6
    '}', //                                      7
    'variable "nodefault" {}', //                8
    'resource "azurerm_linux_web_app" "api" {', // 9
    '  client_certificate_enabled = true', //   10
    '  client_certificate_mode    = var.mode', // 11
    '  https_only                 = var.nodefault', // 12
    '  site_config {', //                       13
    '    minimum_tls_version = var.tls', //     14
    '  }', //                                   15
    '}', //                                     16
    '',
  ].join('\n');

  test('a default: the finding points at the default, trail property → parameter → default', async () => {
    const out = await parseOne(main);
    const s = site(out, 'azurerm_linux_web_app.api');
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Required', line: 3, column: 13, endLine: 3, endColumn: 22 });
    expect(hops(s.settings.clientCertMode)).toEqual([
      ['property', 11, 32],
      ['parameter', 1, 1],
      ['parameter-default', 3, 13],
    ]);
  });

  test('no default and no value: unresolved at the declaration', async () => {
    const out = await parseOne(main);
    const s = site(out, 'azurerm_linux_web_app.api');
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'unresolved', value: 'var.nodefault', line: 8, column: 1, endLine: 8, endColumn: 22 });
    expect(hops(s.settings.httpsOnly)).toEqual([
      ['property', 12, 32],
      ['parameter', 8, 1],
    ]);
  });

  test('terraform.tfvars, then *.auto.tfvars in name order, then --var-file: later wins', async () => {
    const out = await parseFiles(
      {
        '/virtual/main.tf': main,
        '/virtual/terraform.tfvars': 'mode = "Optional"\ntls = "1.0"\nnodefault = true\n',
        '/virtual/b.auto.tfvars': 'tls = "1.1"\n',
        '/virtual/a.auto.tfvars.json': '{\n  "tls": "1.3",\n  "nodefault": false\n}\n',
        '/virtual/prod.tfvars': 'mode = "OptionalInteractiveUser"\n',
        '/elsewhere/override.tfvars': 'nodefault = "false"\n',
      },
      { run: ['/virtual/main.tf', '/virtual/terraform.tfvars', '/virtual/b.auto.tfvars', '/virtual/a.auto.tfvars.json', '/virtual/prod.tfvars'], parameterFiles: ['/elsewhere/override.tfvars'] },
    );
    const s = site(out, 'azurerm_linux_web_app.api');
    // prod.tfvars is not loaded by Terraform unless passed with -var-file.
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 1, column: 8, endLine: 1, endColumn: 17 });
    expect(s.settings.clientCertMode.kind === 'set' && s.settings.clientCertMode.range.file).toBe('/virtual/terraform.tfvars');
    expect(hops(s.settings.clientCertMode)).toEqual([
      ['property', 11, 32],
      ['parameter', 1, 1],
      ['tfvars', 1, 8],
    ]);
    // b.auto.tfvars sorts after a.auto.tfvars.json.
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', line: 1, column: 7, endLine: 1, endColumn: 11 });
    expect(s.settings.minTlsVersion.kind === 'set' && s.settings.minTlsVersion.range.file).toBe('/virtual/b.auto.tfvars');
    // --var-file comes last; a "false" string converts to bool as Terraform does.
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 1, column: 13, endLine: 1, endColumn: 19 });
    expect(out.texts.has('/elsewhere/override.tfvars')).toBe(true);
  });

  test('a --var-file that cannot be read is a parse error', async () => {
    const out = await parseFiles({ '/virtual/main.tf': main }, { parameterFiles: ['/virtual/missing.tfvars'] });
    expect(out.diagnostics).toMatchObject([{ ruleId: 'parse-error', range: { file: '/virtual/missing.tfvars', start: { line: 1, column: 1 } } }]);
  });

  test('a tfvars.json value points into the JSON file', async () => {
    const out = await parseFiles({ '/virtual/main.tf': main, '/virtual/terraform.tfvars.json': '{\n  "tls": "1.0"\n}\n' });
    const s = site(out, 'azurerm_linux_web_app.api');
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 2, column: 10, endLine: 2, endColumn: 14 });
  });

  test('an azd placeholder in a JSON variable file (main.tfvars.json of an azd project) is not known from the file', async () => {
    const out = await parseFiles(
      { '/virtual/main.tf': main, '/virtual/main.tfvars.json': '{\n  "tls": "${MIN_TLS=1.0}",\n  "mode": "Optional"\n}\n' },
      { run: ['/virtual/main.tf'], parameterFiles: ['/virtual/main.tfvars.json'] },
    );
    const s = site(out, 'azurerm_linux_web_app.api');
    expect(brief(s.settings.minTlsVersion)).toMatchObject({ kind: 'unresolved', line: 2, column: 10 });
    expect(s.settings.minTlsVersion.kind === 'unresolved' && s.settings.minTlsVersion.reason).toBe('${MIN_TLS=1.0} is filled in from the environment when azd deploys');
    // Other values of the file are read as written.
    expect(brief(s.settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Optional', line: 3, column: 11 });
  });

  test('variables, locals and resources across the files of a directory', async () => {
    const out = await parseFiles({
      '/virtual/variables.tf': 'variable "enabled" {\n  default = false\n}\n',
      '/virtual/locals.tf': 'locals {\n  certs = var.enabled\n}\n',
      '/virtual/main.tf': 'resource "azurerm_windows_web_app" "w" {\n  client_certificate_enabled = local.certs\n}\n',
    });
    const s = site(out, 'azurerm_windows_web_app.w');
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'set', value: false, line: 2, column: 13, endLine: 2, endColumn: 17 });
    expect(s.settings.clientCertEnabled.kind === 'set' && s.settings.clientCertEnabled.trail.map((h) => [h.kind, h.range.file])).toEqual([
      ['property', '/virtual/main.tf'],
      ['local', '/virtual/locals.tf'],
      ['parameter', '/virtual/variables.tf'],
      ['parameter-default', '/virtual/variables.tf'],
    ]);
  });
});

describe('expressions', () => {
  const cases: { title: string; prelude?: string; expr: string; want: ReturnType<typeof brief> | { kind: string; value: unknown } }[] = [
    { title: 'conditional on a known variable', prelude: 'variable "prod" {\n  default = true\n}\n', expr: 'var.prod ? "Required" : "Optional"', want: { kind: 'set', value: 'Required' } },
    { title: 'coalesce skips null and empty strings', expr: 'coalesce(null, "", "Optional")', want: { kind: 'set', value: 'Optional' } },
    { title: 'lower of a local', prelude: 'locals {\n  m = "OPTIONAL"\n}\n', expr: 'lower(local.m)', want: { kind: 'set', value: 'optional' } },
    { title: 'upper', expr: 'upper("required")', want: { kind: 'set', value: 'REQUIRED' } },
    { title: 'tostring', expr: 'tostring("Optional")', want: { kind: 'set', value: 'Optional' } },
    { title: 'template with known parts', prelude: 'locals {\n  x = "Opt"\n}\n', expr: '"${local.x}ional"', want: { kind: 'set', value: 'Optional' } },
    { title: 'object and list indexing', prelude: 'locals {\n  cfg = { modes = ["Optional", "Required"] }\n}\n', expr: 'local.cfg.modes[1]', want: { kind: 'set', value: 'Required' } },
    { title: 'lookup with a default', expr: 'lookup({ a = "x" }, "b", "Optional")', want: { kind: 'set', value: 'Optional' } },
    { title: 'a data source is unresolved with its text', expr: 'data.azurerm_key_vault_secret.mode.value', want: { kind: 'unresolved', value: 'data.azurerm_key_vault_secret.mode.value' } },
    { title: 'a resource attribute is unresolved', expr: 'azurerm_app_configuration_key.k.value', want: { kind: 'unresolved', value: 'azurerm_app_configuration_key.k.value' } },
    { title: 'a function we do not evaluate is unresolved', expr: 'format("%s", "Optional")', want: { kind: 'unresolved', value: 'format("%s", "Optional")' } },
    { title: 'a for expression, indexed', expr: '[for m in ["a"] : upper(m)][0]', want: { kind: 'set', value: 'A' } },
    // The unknown part is named: the index applied to it adds nothing.
    { title: 'a for over an unknown collection is unresolved', expr: '[for m in data.x.y.list : m][0]', want: { kind: 'unresolved', value: '[for m in data.x.y.list : m]' } },
    { title: 'null means not set', expr: 'null', want: { kind: 'absent', value: 'Required' } },
  ];

  test.each(cases)('$title', async ({ prelude, expr, want }) => {
    const out = await parseOne(`${prelude ?? ''}resource "azurerm_linux_web_app" "x" {\n  client_certificate_mode = ${expr}\n}\n`);
    expect(out.diagnostics).toEqual([]);
    expect(brief(site(out, 'azurerm_linux_web_app.x').settings.clientCertMode)).toMatchObject(want);
  });

  test('tobool of a string and a conditional with an unknown condition', async () => {
    const out = await parseOne(
      'resource "azurerm_linux_web_app" "x" {\n  https_only = tobool("true")\n  client_certificate_enabled = data.x.y.enabled ? true : false\n}\n',
    );
    const s = site(out, 'azurerm_linux_web_app.x');
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: true, line: 2, column: 23, endLine: 2, endColumn: 28 });
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'unresolved', value: 'data.x.y.enabled ? true : false', line: 3, column: 32, endLine: 3, endColumn: 62 });
  });

  test('escapes and heredocs are decoded', async () => {
    const out = await parseOne(
      'resource "azurerm_linux_web_app" "x" {\n  client_certificate_exclusion_paths = "/a\\u0062;/c"\n  app_settings = {\n    WEBSITE_LOAD_CERTIFICATES = <<-EOT\n      *\n    EOT\n  }\n}\n',
    );
    const s = site(out, 'azurerm_linux_web_app.x');
    expect(brief(s.settings.clientCertExclusionPaths)).toMatchObject({ kind: 'set', value: '/ab;/c' });
    expect(brief(s.settings.loadCertificates)).toMatchObject({ kind: 'set', value: '*\n', line: 4, column: 33 });
  });
});

describe('count, for_each and dynamic blocks', () => {
  test('count over a literal: one entity per index, count.index usable', async () => {
    const out = await parseOne(
      'locals {\n  modes = ["Required", "Optional"]\n}\nresource "azurerm_linux_web_app" "x" {\n  count = 2\n  client_certificate_mode = local.modes[count.index]\n}\n',
    );
    expect(names(out.entities)).toEqual(['azurerm_linux_web_app.x[0]', 'azurerm_linux_web_app.x[1]']);
    expect(brief(site(out, 'azurerm_linux_web_app.x', '[1]').settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 2, column: 24, endLine: 2, endColumn: 33 });
  });

  test('count = 0 yields nothing; an unknown condition marks the entity conditional', async () => {
    const out = await parseOne(
      'resource "azurerm_linux_web_app" "none" {\n  count = 0\n}\nresource "azurerm_linux_web_app" "maybe" {\n  count = var.on ? 1 : 0\n}\nvariable "on" {}\n',
    );
    expect(names(out.entities)).toEqual(['azurerm_linux_web_app.maybe[0]']);
    expect(out.entities[0]?.conditional).toMatchObject({ expression: 'var.on', range: { start: { line: 5, column: 11 } } });
  });

  test('for_each over a map: each.key and each.value, instance keys', async () => {
    const out = await parseOne(
      [
        'resource "azurerm_linux_function_app" "fn" {',
        '  for_each = {',
        '    eu = { mode = "Required" }',
        '    us = { mode = "Optional" }',
        '  }',
        '  name                       = each.key',
        '  client_certificate_enabled = true',
        '  client_certificate_mode    = each.value.mode',
        '}',
        '',
      ].join('\n'),
    );
    expect(names(out.entities)).toEqual(['azurerm_linux_function_app.fn["eu"]', 'azurerm_linux_function_app.fn["us"]']);
    expect(brief(site(out, 'azurerm_linux_function_app.fn', '["us"]').settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 4, column: 19, endLine: 4, endColumn: 28 });
  });

  test('for_each over toset of strings; unknown for_each marks the entity looped', async () => {
    const out = await parseOne(
      'resource "azurerm_linux_web_app" "a" {\n  for_each = toset(["x", "y", "x"])\n}\nresource "azurerm_linux_web_app" "b" {\n  for_each = var.sites\n}\nvariable "sites" {}\n',
    );
    expect(names(out.entities)).toEqual(['azurerm_linux_web_app.a["x"]', 'azurerm_linux_web_app.a["y"]', 'azurerm_linux_web_app.b']);
    expect(out.entities[2]?.looped).toMatchObject({ expression: 'var.sites', range: { start: { line: 5, column: 14 } } });
  });

  describe('no instances with the root module\'s defaults: checked once, as a variable file may change them', () => {
    const variables = 'variable "on" {\n  default = false\n}\nvariable "apps" {\n  default = []\n}\nvariable "n" {\n  default = 0\n}\n';
    test.each([
      {
        what: 'count from a condition on a default: instance [0], conditional on it',
        resource: 'resource "azurerm_linux_web_app" "a" {\n  count = var.on ? 1 : 0\n  https_only = true\n}\n',
        names: ['azurerm_linux_web_app.a[0]'],
        marked: { conditional: { expression: 'var.on', range: { start: { line: 2, column: 11 } } } },
      },
      {
        what: 'a count that is a default: one looped instance, count.index unknown',
        resource: 'resource "azurerm_linux_web_app" "a" {\n  count = var.n\n  name = "a-${count.index}"\n}\n',
        names: ['azurerm_linux_web_app.a'],
        marked: { looped: { expression: 'var.n', range: { start: { line: 2, column: 11 } } } },
      },
      {
        what: 'for_each over a for expression on a default: one looped instance',
        resource: 'resource "azurerm_linux_web_app" "a" {\n  for_each = { for app in var.apps : app.name => app }\n  https_only = each.value.https_only\n}\n',
        names: ['azurerm_linux_web_app.a'],
        marked: { looped: { expression: '{ for app in var.apps : app.name => app }', range: { start: { line: 2, column: 14 } } } },
      },
      { what: 'a literal count of 0: none', resource: 'resource "azurerm_linux_web_app" "a" {\n  count = 0\n}\n', names: [] },
      { what: 'a literal empty for_each: none', resource: 'resource "azurerm_linux_web_app" "a" {\n  for_each = {}\n}\n', names: [] },
      { what: 'a literal condition: none', resource: 'resource "azurerm_linux_web_app" "a" {\n  count = false ? 1 : 0\n}\n', names: [] },
    ])('$what', async ({ resource, names: expected, marked }) => {
      const out = await parseFiles({ '/virtual/main.tf': resource, '/virtual/variables.tf': variables });
      expect(names(out.entities)).toEqual(expected);
      if (marked) expect(out.entities[0]).toMatchObject(marked);
    });

    test('the loop\'s values are unknown, saying why, where the for_each is written', async () => {
      const out = await parseFiles({
        '/virtual/main.tf': 'resource "azurerm_linux_web_app" "a" {\n  for_each = var.apps\n  https_only = each.value.https_only\n}\n',
        '/virtual/variables.tf': variables,
      });
      expect(site(out, 'azurerm_linux_web_app.a').settings.httpsOnly).toMatchObject({
        kind: 'unresolved',
        expression: 'each.value',
        reason: "for_each is empty with the root module's defaults, which a variable file may change",
        range: { file: '/virtual/main.tf', start: { line: 2, column: 14 } },
      });
    });

    test('a variable file that sets the value decides it: none', async () => {
      const out = await parseFiles({
        '/virtual/main.tf': 'resource "azurerm_linux_web_app" "a" {\n  count = var.on ? 1 : 0\n}\nresource "azurerm_linux_web_app" "b" {\n  for_each = var.apps\n}\n',
        '/virtual/variables.tf': variables,
        '/virtual/terraform.tfvars': 'on = false\napps = []\n',
      });
      expect(names(out.entities)).toEqual([]);
    });

    test('a change to a site that the defaults leave out is not made: it would hide what the site deploys without it', async () => {
      const flagged = [
        'resource "azurerm_linux_web_app" "app" {',
        '  https_only = true',
        '  site_config {}',
        '}',
        'resource "azapi_update_resource" "mtls" {',
        '  count       = var.on ? 1 : 0',
        '  type        = "Microsoft.Web/sites@2023-12-01"',
        '  resource_id = azurerm_linux_web_app.app.id',
        '  body        = { properties = { clientCertEnabled = true } }',
        '}',
        '',
      ].join('\n');
      const out = await parseFiles({
        '/virtual/main.tf': flagged,
        '/virtual/variables.tf': variables,
      });
      expect(brief(site(out, 'azurerm_linux_web_app.app').settings.clientCertEnabled)).toMatchObject({ kind: 'absent' });
      // With the flag set by a variable file, the change is made.
      const on = await parseFiles({
        '/virtual/main.tf': flagged,
        '/virtual/variables.tf': variables,
        '/virtual/terraform.tfvars': 'on = true\n',
      });
      expect(brief(site(on, 'azurerm_linux_web_app.app').settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: true, line: 9 });
      // A site left out with it (both in a module called only when the flag is on): the change is made to it.
      const together = await parseFiles(
        {
          '/virtual/main.tf': `module "app" {\n  source = "./app"\n  count  = var.on ? 1 : 0\n}\n${variables}`,
          '/virtual/app/main.tf': [
            'resource "azurerm_linux_web_app" "app" {',
            '  https_only = true',
            '  site_config {}',
            '}',
            'resource "azapi_update_resource" "mtls" {',
            '  type        = "Microsoft.Web/sites@2023-12-01"',
            '  resource_id = azurerm_linux_web_app.app.id',
            '  body        = { properties = { clientCertEnabled = true } }',
            '}',
            '',
          ].join('\n'),
        },
        { run: ['/virtual/main.tf', '/virtual/app/main.tf'] },
      );
      expect(names(together.entities)).toEqual(['module.app[0].azurerm_linux_web_app.app']);
      expect(brief(site(together, 'module.app[0].azurerm_linux_web_app.app').settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: true, line: 8 });
    });

    test('in a called module, the caller decides: its argument, or the module\'s own default when it passes none; a root default passed on stays open', async () => {
      const out = await parseFiles(
        {
          '/virtual/main.tf': [
            'module "off" {\n  source = "./site"\n  on = false\n}',
            'module "unset" {\n  source = "./site"\n}',
            'module "passed" {\n  source = "./site"\n  on = var.on\n}',
            variables,
          ].join('\n'),
          '/virtual/site/main.tf': 'variable "on" {\n  default = false\n}\nresource "azurerm_linux_web_app" "a" {\n  count = var.on ? 1 : 0\n}\n',
        },
        { run: ['/virtual/main.tf', '/virtual/site/main.tf'] },
      );
      expect(names(out.entities)).toEqual(['module.passed.azurerm_linux_web_app.a[0]']);
      expect(out.entities[0]?.conditional).toMatchObject({ expression: 'var.on', range: { file: '/virtual/site/main.tf', start: { line: 5, column: 11 } } });
    });
  });

  test('dynamic "site_config" over a literal list reads the content with the iterator', async () => {
    const out = await parseOne(
      [
        'resource "azurerm_linux_web_app" "x" {',
        '  dynamic "site_config" {',
        '    for_each = [{ tls = "1.0" }]',
        '    content {',
        '      minimum_tls_version = site_config.value.tls',
        '      http2_enabled       = true',
        '    }',
        '  }',
        '}',
        'resource "azurerm_linux_web_app" "y" {',
        '  dynamic "site_config" {',
        '    for_each = var.cfg',
        '    iterator = c',
        '    content {',
        '      minimum_tls_version = c.value',
        '    }',
        '  }',
        '}',
        'variable "cfg" {}',
        '',
      ].join('\n'),
    );
    const x = site(out, 'azurerm_linux_web_app.x');
    expect(brief(x.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 3, column: 25, endLine: 3, endColumn: 29 });
    expect(brief(x.settings.http20Enabled)).toEqual({ kind: 'set', value: true, line: 6, column: 29, endLine: 6, endColumn: 32 });
    const y = site(out, 'azurerm_linux_web_app.y');
    expect(brief(y.settings.minTlsVersion)).toMatchObject({ kind: 'unresolved', value: 'var.cfg' });
  });

  test('dynamic blocks are made in the order Terraform makes them: map keys sorted, sets by value with the element as key', async () => {
    const out = await parseOne(
      [
        'resource "azurerm_linux_web_app" "map" {', //   1
        '  dynamic "site_config" {', //                  2
        '    for_each = {', //                           3
        '      west = "1.0"', //                         4
        '      east = "1.2"', //                         5
        '    }', //                                      6
        '    content {', //                              7
        '      minimum_tls_version = site_config.value', // 8
        '      ftps_state          = site_config.key', // 9
        '    }', //                                      10
        '  }', //                                        11
        '}', //                                          12
        'resource "azurerm_linux_web_app" "set" {', //   13
        '  dynamic "site_config" {', //                  14
        '    for_each = toset(["1.1", "1.0"])', //       15
        '    iterator = tls', //                         16
        '    content {', //                              17
        '      minimum_tls_version = tls.key', //        18
        '    }', //                                      19
        '  }', //                                        20
        '}', //                                          21
        '',
      ].join('\n'),
    );
    // "east" comes first, though written second: its block is the one read, and the value points there.
    expect(brief(site(out, 'azurerm_linux_web_app.map').settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.2', line: 5, column: 14, endLine: 5, endColumn: 18 });
    // A set's key is the element itself, and "1.0" sorts first.
    expect(brief(site(out, 'azurerm_linux_web_app.set').settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 15, column: 30, endLine: 15, endColumn: 34 });
  });
});

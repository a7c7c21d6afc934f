import { describe, expect, test } from 'vitest';
import { brief, parseFiles, site } from './helpers.js';

/**
 * A variable's value is converted to its type constraint before the module sees it:
 * optional attributes get their defaults (recursively, in maps, lists and sets of
 * objects too), `nullable = false` turns null into the default, primitives convert.
 * Every finding still points where the value is written: the caller's argument,
 * the variable default, or the `optional(…, default)` in the type.
 */
const TYPES = `variable "cfg" {
  type = object({
    mode    = optional(string, "Optional")
    enabled = optional(bool, true)
    site = optional(object({
      tls   = optional(string, "1.0")
      http2 = optional(bool)
    }), {})
    slots = optional(map(object({
      mode = optional(string, "OptionalInteractiveUser")
    })), {})
  })
  default = {}
}
`;

const MAIN = `resource "azurerm_linux_web_app" "x" {
  client_certificate_enabled = var.cfg.enabled
  client_certificate_mode    = var.cfg.mode
  site_config {
    minimum_tls_version = var.cfg.site.tls
    http2_enabled       = var.cfg.site.http2
  }
}
`;

describe('type constraints', () => {
  test('optional defaults apply to the variable default, also in nested objects', async () => {
    const out = await parseFiles({ '/t/variables.tf': TYPES, '/t/main.tf': MAIN });
    expect(out.diagnostics).toEqual([]);
    const s = site(out, 'azurerm_linux_web_app.x').settings;
    // `optional(string, "Optional")` on line 3: the default is written there.
    expect(brief(s.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 3, column: 32, endLine: 3, endColumn: 41 });
    expect(s.clientCertMode.range.file).toBe('/t/variables.tf');
    expect(brief(s.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 4, column: 30, endLine: 4, endColumn: 33 });
    // The nested object's own default `{}` gets its attributes' defaults.
    expect(brief(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 6, column: 32, endLine: 6, endColumn: 36 });
    // `optional(bool)` without a default is null: not set.
    expect(brief(s.http20Enabled)).toMatchObject({ kind: 'absent', value: false, line: 1 });
  });

  test('a caller value keeps what it writes and gets defaults for the rest; extra attributes are dropped', async () => {
    const out = await parseFiles({
      '/t/variables.tf': TYPES,
      '/t/main.tf': MAIN,
      '/t/terraform.tfvars': 'cfg = {\n  enabled = "false"\n  site    = { http2 = true, extra = 1 }\n}\n',
    });
    const s = site(out, 'azurerm_linux_web_app.x').settings;
    // "false" converts to the bool false; it is written in the tfvars file.
    expect(brief(s.clientCertEnabled)).toEqual({ kind: 'set', value: false, line: 2, column: 13, endLine: 2, endColumn: 19 });
    expect(s.clientCertEnabled.range.file).toBe('/t/terraform.tfvars');
    expect(brief(s.http20Enabled)).toEqual({ kind: 'set', value: true, line: 3, column: 23, endLine: 3, endColumn: 26 });
    expect(brief(s.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.0', line: 6, column: 32 });
    expect(brief(s.clientCertMode)).toMatchObject({ kind: 'set', value: 'Optional', line: 3 });
  });

  test('maps, lists and sets of objects get their defaults element by element', async () => {
    const out = await parseFiles({
      '/t/variables.tf': `variable "slots" {
  type = map(object({
    mode    = optional(string, "Required")
    enabled = optional(bool, false)
  }))
  default = { a = {}, b = { mode = "Optional" } }
}
variable "names" {
  type    = set(string)
  default = ["b", "a", "b"]
}
variable "list" {
  type    = list(object({ tls = optional(string, "1.1") }))
  default = [{}]
}
`,
      '/t/main.tf': `resource "azurerm_linux_web_app_slot" "s" {
  for_each                   = var.slots
  client_certificate_mode    = each.value.mode
  client_certificate_enabled = each.value.enabled
  https_only                 = length(var.names) == 2
  site_config {
    minimum_tls_version = var.list[0].tls
  }
}
`,
    });
    expect(out.diagnostics).toEqual([]);
    const a = site(out, 'azurerm_linux_web_app_slot.s', '["a"]').settings;
    const b = site(out, 'azurerm_linux_web_app_slot.s', '["b"]').settings;
    expect(brief(a.clientCertMode)).toEqual({ kind: 'set', value: 'Required', line: 3, column: 32, endLine: 3, endColumn: 41 });
    expect(brief(b.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 6, column: 36, endLine: 6, endColumn: 45 });
    expect(brief(a.clientCertEnabled)).toMatchObject({ kind: 'set', value: false, line: 4 });
    // A set has no duplicates.
    expect(brief(a.httpsOnly)).toMatchObject({ kind: 'set', value: true, line: 5 });
    expect(brief(a.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', line: 13, column: 50, endLine: 13, endColumn: 54 });
  });

  test('nullable = false: a null argument means the default; primitive conversions', async () => {
    const out = await parseFiles({
      '/m/variables.tf': `variable "mode" {
  type     = string
  default  = "Required"
  nullable = false
}
variable "tls" {
  type = string
}
variable "on" {
  type = bool
}
`,
      '/m/main.tf': `resource "azurerm_windows_web_app" "w" {
  client_certificate_mode    = var.mode
  client_certificate_enabled = var.on
  site_config {
    minimum_tls_version = var.tls
  }
}
`,
      '/r/main.tf': `module "m" {
  source = "../m"
  mode   = null
  tls    = 1.2
  on     = "true"
}
`,
    }, { run: ['/r/main.tf', '/m/variables.tf', '/m/main.tf'] });
    const s = site(out, 'module.m.azurerm_windows_web_app.w').settings;
    expect(brief(s.clientCertMode)).toEqual({ kind: 'set', value: 'Required', line: 3, column: 14, endLine: 3, endColumn: 23 });
    // The number 1.2 becomes the string "1.2", written at the caller.
    expect(brief(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.2', line: 4, column: 12, endLine: 4, endColumn: 14 });
    expect(s.minTlsVersion.range.file).toBe('/r/main.tf');
    expect(brief(s.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 5, column: 12, endLine: 5, endColumn: 17 });
  });

  test('a value Terraform would refuse for the type is unresolved with the reason', async () => {
    const out = await parseFiles({
      '/t/main.tf': `variable "on" {
  type    = bool
  default = "yes"
}
resource "azurerm_linux_web_app" "x" {
  client_certificate_enabled = var.on
}
`,
    });
    const s = site(out, 'azurerm_linux_web_app.x').settings.clientCertEnabled;
    expect(brief(s)).toMatchObject({ kind: 'unresolved', line: 3, column: 13 });
    expect(s.kind === 'unresolved' && s.reason).toBe('not a valid bool');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintPaths } from '../../../src/engine/lint.js';
import type { ParseDiagnostic } from '../../../src/model/index.js';
import { brief, names, parseFiles, site } from './helpers.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const at = (d: ParseDiagnostic): [string, number, number, number, number] => [d.ruleId, d.range.start.line, d.range.start.column, d.range.end.line, d.range.end.column];

describe('registry and remote modules', () => {
  const root = join(fixtures, 'registry', 'root');
  const main = join(root, 'main.tf');
  const installed = join(root, '.terraform', 'modules');

  test('modules.json maps module keys (also nested ones) to where terraform init put them', async () => {
    const out = await parseFiles({}, { run: [main] });
    expect(names(out.entities)).toEqual(['module.site.azurerm_linux_web_app.this', 'module.site.module.slot.azurerm_linux_web_app_slot.this']);
    const s = site(out, 'module.site.azurerm_linux_web_app.this');
    expect(s.file).toBe(join(installed, 'site', 'main.tf'));
    // The value the caller passes: the finding is at the caller's line.
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 4, column: 16, endLine: 4, endColumn: 20 });
    expect(s.settings.httpsOnly.range.file).toBe(main);
    // The module's own default: in the installed module.
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.2', line: 8, column: 13, endLine: 8, endColumn: 17 });
    expect(s.settings.minTlsVersion.range.file).toBe(join(installed, 'site', 'main.tf'));
    // `site.slot`: a registry module called by a registry module.
    const slot = site(out, 'module.site.module.slot.azurerm_linux_web_app_slot.this');
    expect(slot.file).toBe(join(installed, 'site.slot', 'main.tf'));
    expect(slot.slotOf?.name).toBe('module.site.azurerm_linux_web_app.this');
    expect(brief(slot.settings.clientCertEnabled)).toEqual({ kind: 'set', value: false, line: 7, column: 32, endLine: 7, endColumn: 36 });
  });

  test('linted as a user would: the finding is at the caller, and names the variable the caller sets', async () => {
    const result = await lintPaths([root], { cwd: root, root });
    const https = result.findings.filter((f) => f.ruleId === 'https-only' && f.subject?.name === 'module.site.azurerm_linux_web_app.this');
    expect(https.map((f) => [f.range.file, f.range.start.line, f.range.start.column])).toEqual([[main, 4, 16]]);
    expect(https[0]?.message).toBe(
      'module.site.azurerm_linux_web_app.this serves plain HTTP: set https_only to true. It is false (from variable \'https_only\', set in module.site), and requests over HTTP never carry a client certificate.',
    );
  });

  test('a module not installed, or installed outside .terraform/modules, is a note on its block', async () => {
    const out = await parseFiles({}, { run: [main] });
    expect(out.diagnostics.map(at)).toEqual([
      ['not-analysed', 7, 1, 7, 24],
      ['not-analysed', 11, 1, 11, 18],
    ]);
    expect(out.diagnostics[0]?.message).toBe(
      'module.not_installed: source "git::https://example.com/modules/site.git?ref=v1" — it is not available locally: run `terraform init` in the directory of this file to download it into .terraform/modules, then lint again. Its resources are not checked.',
    );
    expect(out.diagnostics[1]?.message).toBe(
      'module.outside: source "Azure/outside/azurerm" (version 2.0.0) — .terraform/modules/modules.json points it outside .terraform/modules (../elsewhere), which mtlslint does not read. Its resources are not checked.',
    );
  });

  test('an installed module file only the grammar reads is parsed by it: the grammar is loaded before evaluation', async () => {
    // Installed modules are read during evaluation, where nothing can be awaited (see preload in index.ts).
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-installed-'));
    try {
      writeFileSync(join(dir, 'main.tf'), 'module "site" {\n  source  = "Azure/site/azurerm"\n  version = "1.0.0"\n}\n');
      mkdirSync(join(dir, '.terraform', 'modules', 'site'), { recursive: true });
      writeFileSync(join(dir, '.terraform', 'modules', 'modules.json'), JSON.stringify({ Modules: [{ Key: 'site', Source: 'registry.terraform.io/Azure/site/azurerm', Dir: '.terraform/modules/site' }] }));
      const broken = join(dir, '.terraform', 'modules', 'site', 'main.tf');
      writeFileSync(broken, 'resource "azurerm_linux_web_app" "this" {\n  https_only = false\n  name = = "x"\n}\n');
      const out = await parseFiles({}, { run: [join(dir, 'main.tf')] });
      const errors = out.diagnostics.filter((d) => d.range.file === broken);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((d) => [d.ruleId, d.range.start.line])).toContainEqual(['parse-error', 3]);
      expect(errors.some((d) => d.message.includes('needs the full Terraform grammar'))).toBe(false);
      // Error recovery kept the resource: the grammar, not a note, read the file.
      expect(names(out.entities)).toEqual(['module.site.azurerm_linux_web_app.this']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without modules.json a registry module is a note naming its source and terraform init', async () => {
    const out = await parseFiles({ '/v/main.tf': 'module "site" {\n  source  = "Azure/avm-res-web-site/azurerm"\n  version = "0.1.0"\n}\n' });
    expect(out.entities).toEqual([]);
    expect(out.diagnostics.map(at)).toEqual([['not-analysed', 1, 1, 1, 15]]);
    expect(out.diagnostics[0]?.message).toContain('source "Azure/avm-res-web-site/azurerm" (version 0.1.0) — it is not available locally: run `terraform init`');
  });
});

describe('azapi config children and updates merge into their site by value', () => {
  const root = join(fixtures, 'azapi-modules', 'root', 'main.tf');
  const siteModule = join(fixtures, 'azapi-modules', 'modules', 'site', 'main.tf');

  test('type from an optional() default; app settings from a sub-module; web config and an update from the caller', async () => {
    const out = await parseFiles({}, { run: [root] });
    expect(names(out.entities)).toEqual(['module.site.azapi_resource.this']);
    const s = site(out, 'module.site.azapi_resource.this');
    expect(s.resourceType).toBe('Microsoft.Web/sites');
    expect(s.version).toBe('2024-04-01');
    // azapi_update_resource of the site itself (root line 28) wins over the site's httpsOnly = true.
    expect(brief(s.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 28, column: 19, endLine: 28, endColumn: 23 });
    expect(s.settings.httpsOnly.range.file).toBe(root);
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 4, column: 19, endLine: 4, endColumn: 22 });
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Required', line: 31, column: 47, endLine: 31, endColumn: 56 });
    expect(s.settings.clientCertMode.range.file).toBe(siteModule);
    // config/web applied from the root through module.site.resource_id.
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 17, column: 23, endLine: 17, endColumn: 27 });
    // config/appsettings in the appsettings sub-module, with the value the root passes.
    expect(brief(s.settings.loadCertificates)).toEqual({ kind: 'set', value: '*', line: 6, column: 33, endLine: 6, endColumn: 35 });
    expect(s.settings.loadCertificates.range.file).toBe(root);
  });

  test('a config of a site declared elsewhere, and an azapi type known only at deployment, are notes', async () => {
    const out = await parseFiles({}, { run: [root] });
    expect(out.diagnostics.map((d) => [...at(d), d.range.file === root ? 'root' : 'module'])).toEqual([
      ['not-analysed', 37, 15, 37, 89, 'root'],
      ['not-analysed', 6, 15, 6, 22, 'module'],
    ]);
    expect(out.diagnostics[1]?.message).toBe(
      'module.unknown.azapi_resource.maybe_site: its type is only known at deployment (terraform_data.kind.output is known only after apply); it could be Microsoft.Web/sites or a slot, whose mutual-TLS settings are then not checked. Give the type a value mtlslint can read (a literal, a variable default or a tfvars entry).',
    );
  });

  test('a type that is one of two known non-site types is not reported', async () => {
    const out = await parseFiles({
      '/v/main.tf': `resource "azapi_resource" "binding" {
  type      = can(regex("/slots/", terraform_data.p.id)) ? "Microsoft.Web/sites/slots/hostNameBindings@2024-04-01" : "Microsoft.Web/sites/hostNameBindings@2024-04-01"
  name      = "www.example.com"
  parent_id = terraform_data.p.id
}
`,
    });
    expect(out.diagnostics).toEqual([]);
    expect(out.entities).toEqual([]);
  });
});

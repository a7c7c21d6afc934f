import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Hop, Setting } from '../../../src/model/index.js';
import { brief, names, parseFiles, site } from './helpers.js';

const dir = join(import.meta.dirname, 'fixtures', 'modules');
const root = join(dir, 'root', 'main.tf');
const siteModule = join(dir, 'modules', 'site', 'main.tf');
const standalone = join(dir, 'standalone', 'main.tf');

const trail = (s: Setting<unknown>): [Hop['kind'], string, number, number][] =>
  s.kind === 'absent' ? [] : s.trail.map((h) => [h.kind, h.range.file === root ? 'root' : 'module', h.range.start.line, h.range.start.column]);

describe('local modules', () => {
  test('a module used by a caller of the run is linted only through its callers, once per call', async () => {
    const out = await parseFiles({}, { run: [root, siteModule, standalone] });
    expect(names(out.entities).sort()).toEqual([
      'azurerm_windows_web_app.solo',
      'module.each["a"].azurerm_linux_web_app.this',
      'module.each["a"].azurerm_logic_app_standard.wf',
      'module.each["b"].azurerm_linux_web_app.this',
      'module.each["b"].azurerm_logic_app_standard.wf',
      'module.site.azurerm_linux_web_app.this',
      'module.site.azurerm_logic_app_standard.wf',
    ]);
    // The registry module (no .terraform/modules) and the missing local source are reported, not skipped silently.
    expect(out.diagnostics.map((d) => [d.ruleId, d.range.file === root ? 'root' : 'standalone', d.range.start.line, d.range.start.column])).toEqual([
      ['not-analysed', 'root', 27, 1],
      ['not-analysed', 'standalone', 1, 1],
    ]);
  });

  test('the value a caller passes: the finding points at the caller line', async () => {
    const out = await parseFiles({}, { run: [root] });
    const s = site(out, 'module.site.azurerm_linux_web_app.this');
    expect(s.file).toBe(siteModule);
    expect(s.declaration.start).toEqual({ line: 10, column: 1 });
    expect(s.via).toEqual([{ name: 'module.site', range: expect.objectContaining({ file: root, start: { line: 14, column: 1 } }) }]);
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 16, column: 29, endLine: 16, endColumn: 38 });
    expect(s.settings.clientCertMode.range.file).toBe(root);
    expect(trail(s.settings.clientCertMode)).toEqual([
      ['property', 'module', 12, 32],
      ['parameter', 'module', 1, 1],
      ['module-argument', 'root', 16, 29],
    ]);
  });

  test('a caller variable passed on: module argument, then the root variable and its default', async () => {
    const out = await parseFiles({}, { run: [root] });
    const s = site(out, 'module.site.azurerm_linux_web_app.this');
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 11, column: 13, endLine: 11, endColumn: 17 });
    expect(trail(s.settings.minTlsVersion)).toEqual([
      ['property', 'module', 14, 27],
      ['parameter', 'module', 6, 1],
      ['module-argument', 'root', 17, 29],
      ['parameter', 'root', 10, 1],
      ['parameter-default', 'root', 11, 13],
    ]);
  });

  test('for_each on a module call: each instance gets its own value; the provider era is inherited', async () => {
    const out = await parseFiles({}, { run: [root] });
    expect(brief(site(out, 'module.each["b"].azurerm_linux_web_app.this').settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'OptionalInteractiveUser', line: 22 });
    const wf = site(out, 'module.site.azurerm_logic_app_standard.wf');
    expect(brief(wf.settings.clientCertEnabled)).toMatchObject({ kind: 'absent', value: true, line: 18 });
    expect(wf.version).toBe('~> 5.0');
  });

  test('a module directory alone in the run is linted standalone with its defaults', async () => {
    const out = await parseFiles({}, { run: [siteModule] });
    expect(names(out.entities)).toEqual(['azurerm_linux_web_app.this', 'azurerm_logic_app_standard.wf']);
    const s = site(out, 'azurerm_linux_web_app.this');
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Required', line: 3, column: 13, endLine: 3, endColumn: 22 });
    expect(brief(site(out, 'azurerm_logic_app_standard.wf').settings.clientCertEnabled)).toMatchObject({ kind: 'absent', value: '<unknown>' });
  });

  test('a missing local source yields nothing but a note on the module block', async () => {
    const out = await parseFiles({}, { run: [standalone] });
    expect(names(out.entities)).toEqual(['azurerm_windows_web_app.solo']);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'not-analysed',
        message: 'module.unused: no Terraform files in ../does-not-exist; its resources are not checked',
        range: expect.objectContaining({ file: standalone, start: { line: 1, column: 1 }, end: { line: 1, column: 17 } }),
      }),
    ]);
  });

  test('module files read through a caller keep their texts for snippets and fixes', async () => {
    const out = await parseFiles({}, { run: [root] });
    expect(out.texts.has(siteModule)).toBe(true);
    expect(out.texts.has(root)).toBe(true);
  });

  test('a module that calls itself does not loop', async () => {
    const out = await parseFiles({
      '/virtual/loop/main.tf': 'module "again" {\n  source = "./"\n}\nmodule "sub" {\n  source = "../loop2"\n}\nresource "azurerm_linux_web_app" "x" {}\n',
      '/virtual/loop2/main.tf': 'module "back" {\n  source = "../loop"\n}\n',
    }, { run: ['/virtual/loop/main.tf', '/virtual/loop2/main.tf'] });
    // Both directories are roots (they call each other); each reaches the other once, then stops.
    expect(names(out.entities).sort()).toEqual(['azurerm_linux_web_app.x', 'module.back.azurerm_linux_web_app.x']);
  });

  test('files of a root directory outside the run give values but no entities; null arguments and conditional calls', async () => {
    const main = join(import.meta.dirname, 'fixtures', 'siblings', 'main.tf');
    const out = await parseFiles({}, { run: [main] });
    expect(names(out.entities)).toEqual(['azurerm_linux_web_app.main', 'module.maybe[0].azurerm_windows_web_app.this']);
    const s = site(out, 'azurerm_linux_web_app.main');
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 2, column: 13, endLine: 2, endColumn: 22 });
    expect(s.settings.clientCertMode.range.file).toBe(join(import.meta.dirname, 'fixtures', 'siblings', 'variables.tf'));
    const m = site(out, 'module.maybe[0].azurerm_windows_web_app.this');
    expect(m.conditional).toMatchObject({ expression: 'var.enabled', range: { file: main, start: { line: 3, column: 12 } } });
    // `nullable = false`: null means the default; otherwise null is "not set".
    expect(brief(m.settings.clientCertMode)).toMatchObject({ kind: 'set', value: 'Required', line: 2 });
    expect(brief(m.settings.minTlsVersion)).toMatchObject({ kind: 'absent', value: '1.2', line: 10 });
  });
});

describe('a module call as a value', () => {
  const child = 'variable "mode" {\n  type = string\n}\noutput "mode" {\n  value = var.mode\n}\noutput "on" {\n  value = var.mode != "Optional"\n}\n';
  const site = (lines: string): string =>
    `resource "azurerm_linux_web_app" "x" {\n  name = "x"\n  location = "w"\n  resource_group_name = "r"\n  service_plan_id = "p"\n  site_config {}\n${lines}}\n`;
  const run = (call: string, uses: string) =>
    parseFiles({ '/virtual/v/m/main.tf': child, '/virtual/v/main.tf': `module "cfg" {\n  source = "./m"\n${call}}\n${uses}` });
  // [case, the call's repetition, the site using it, expected client certificate mode per instance, or the unresolved reason]
  const cases: [string, string, string, Record<string, string> | RegExp][] = [
    ['for_each over the call: each.value is an instance\'s outputs', '  for_each = { b = "Optional", a = "Required" }\n  mode = each.value\n', site('  for_each = module.cfg\n  client_certificate_mode = each.value.mode\n'), { '["a"]': 'Required', '["b"]': 'Optional' }],
    ['a for expression over the instances, by key', '  for_each = toset(["Optional", "Required"])\n  mode = each.key\n', `locals {\n  modes = { for k, m in module.cfg : k => m.mode if m.on }\n}\n${site('  for_each = local.modes\n  client_certificate_mode = each.value\n')}`, { '["Required"]': 'Required' }],
    ['count: a tuple of instances, splat and index', '  count = 2\n  mode = count.index == 0 ? "Optional" : "Required"\n', site('  count = length(module.cfg[*].mode)\n  client_certificate_mode = module.cfg[count.index].mode\n'), { '[0]': 'Optional', '[1]': 'Required' }],
    ['no repetition: the object of the outputs', '  mode = "OptionalInteractiveUser"\n', site('  client_certificate_mode = lookup(module.cfg, "mode", "Required")\n'), { '': 'OptionalInteractiveUser' }],
    ['a repetition not known: unknown, said why', '  for_each = var.modes\n  mode = each.value\n', `variable "modes" {}\n${site('  client_certificate_mode = values(module.cfg)[0].mode\n')}`, /the instances of module\.cfg are not known/],
  ];
  test.each(cases)('%s', async (_name, call, uses, want) => {
    const out = await run(call, uses);
    const sites = out.entities.filter((e) => e.entity === 'site');
    if (want instanceof RegExp) {
      expect(sites).toHaveLength(1);
      const s = sites[0]!.settings.clientCertMode;
      expect(s.kind).toBe('unresolved');
      expect(s.kind === 'unresolved' && s.reason).toMatch(want);
      return;
    }
    expect(Object.fromEntries(sites.map((e) => [e.instance ?? '', e.settings.clientCertMode.kind === 'set' ? e.settings.clientCertMode.value : e.settings.clientCertMode.kind]))).toEqual(want);
  });
});

describe('module declarations', () => {
  test('are read once per workspace, whatever calls them, and are the same declarations every time', async () => {
    const { loadHclReader } = await import('../../../parsers/terraform/hcl/tree-sitter.js');
    const { Workspace } = await import('../../../parsers/terraform/workspace.js');
    const { readModule } = await import('../../../parsers/terraform/module-model.js');
    const { virtualInput } = await import('./helpers.js');
    const moduleDir = join(dir, 'modules', 'site');
    const ws = new Workspace(virtualInput({}, { run: [root] }), await loadHclReader());
    const first = readModule(ws, moduleDir);
    expect([...first.variables.keys()].length).toBeGreaterThan(0);
    expect(readModule(ws, moduleDir)).toBe(first);
    // Another workspace (another unit, or a file changed in an editor) reads them again.
    const other = new Workspace(virtualInput({}, { run: [root] }), await loadHclReader());
    const again = readModule(other, moduleDir);
    expect(again).not.toBe(first);
    expect([...again.variables.keys()]).toEqual([...first.variables.keys()]);
  });
});

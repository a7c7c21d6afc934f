import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brief, certificate, names, parseFiles, site } from './helpers.js';

const plan = join(import.meta.dirname, 'fixtures', 'plan', 'plan.json');

describe('plan JSON', () => {
  test('sites of the root and child modules, named by address, pointing into the plan', async () => {
    const out = await parseFiles({}, { run: [plan] });
    expect(out.diagnostics).toEqual([]);
    expect(names(out.entities)).toEqual(['azurerm_linux_function_app.fn', 'azurerm_linux_function_app_slot.staging[0]', 'azapi_resource.site', 'azurerm_app_service_certificate.cert', 'module.web.azurerm_windows_web_app.this']);
    expect(out.entities.every((e) => e.format === 'terraform-plan' && e.file === plan)).toBe(true);
    const fn = site(out, 'azurerm_linux_function_app.fn');
    expect(fn.declaration).toMatchObject({ start: { line: 8, column: 22 }, end: { line: 8, column: 52 } });
    expect(fn.version).toBe('~> 4.0');
    expect(brief(fn.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 17, column: 40, endLine: 17, endColumn: 49 });
    expect(brief(fn.settings.scmMinTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 22, column: 44, endLine: 22, endColumn: 48 });
    expect(brief(fn.settings.loadCertificates)).toEqual({ kind: 'set', value: '*', line: 27, column: 44, endLine: 27, endColumn: 46 });
    expect(brief(fn.tags)).toMatchObject({ kind: 'absent', line: 8 });
  });

  test('unknown after apply is unresolved; slots find their site through the configuration', async () => {
    const out = await parseFiles({}, { run: [plan] });
    const slot = site(out, 'azurerm_linux_function_app_slot.staging', '[0]');
    expect(slot.slotOf?.name).toBe('azurerm_linux_function_app.fn');
    expect(brief(slot.settings.httpsOnly)).toMatchObject({ kind: 'unresolved', value: '(known after apply)', line: 34 });
    expect(brief(slot.settings.minTlsVersion)).toMatchObject({ kind: 'unresolved', value: '(known after apply)' });
    expect(brief(slot.settings.clientCertEnabled)).toEqual({ kind: 'set', value: false, line: 40, column: 43, endLine: 40, endColumn: 47 });
  });

  test('azapi bodies and child modules', async () => {
    const out = await parseFiles({}, { run: [plan] });
    const azapi = site(out, 'azapi_resource.site');
    expect(azapi.resourceType).toBe('Microsoft.Web/sites');
    expect(brief(azapi.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 54, column: 30, endLine: 54, endColumn: 34 });
    const web = site(out, 'module.web.azurerm_windows_web_app.this');
    expect(brief(web.settings.http20Enabled)).toEqual({ kind: 'set', value: true, line: 95, column: 38, endLine: 95, endColumn: 41 });
  });

  test('sensitive values get a secure plan hop; the others stay plain', async () => {
    const out = await parseFiles({}, { run: [plan] });
    const cert = certificate(out, 'azurerm_app_service_certificate.cert');
    expect(cert.settings.password).toMatchObject({ kind: 'set', value: 'from-a-sensitive-variable', range: { start: { line: 66, column: 25 } } });
    expect(cert.settings.password.kind === 'set' && cert.settings.password.trail.map((h) => [h.kind, h.secure])).toEqual([
      ['property', undefined],
      ['plan', true],
    ]);
    expect(cert.settings.pfxBlob.kind === 'set' && cert.settings.pfxBlob.trail.map((h) => h.kind)).toEqual(['property']);
  });

  test('a broken plan is a parse error with a position, not a crash', async () => {
    const out = await parseFiles({ '/virtual/plan.json': '{\n  "format_version": "1.2",\n  "planned_values": {\n' }, { run: ['/virtual/plan.json'] });
    expect(out.entities).toEqual([]);
    expect(out.diagnostics[0]).toMatchObject({ ruleId: 'parse-error', range: { start: { line: 4 } } });
  });
});

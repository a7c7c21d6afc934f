import { describe, expect, test } from 'vitest';
import { brief, parseFiles, site } from './helpers.js';

describe('.tf.json', () => {
  const text = [
    '{', //                                                           1
    '  "variable": {', //                                             2
    '    "mode": { "default": "Optional", "sensitive": false }', //   3
    '  },', //                                                        4
    '  "locals": { "tls": "1.0" },', //                               5
    '  "resource": {', //                                             6
    '    "azurerm_linux_web_app": {', //                              7
    '      "api": {', //                                              8
    '        "client_certificate_enabled": true,', //                 9
    '        "client_certificate_mode": "${var.mode}",', //           10
    '        "site_config": { "minimum_tls_version": "${local.tls}", "http2_enabled": true },', // 11
    '        "app_settings": { "WEBSITE_LOAD_CERTIFICATES": "*" }', // 12
    '      }', //                                                     13
    '    },', //                                                      14
    '    "azurerm_linux_web_app_slot": {', //                         15
    '      "s": [{ "app_service_id": "${azurerm_linux_web_app.api.id}", "https_only": false }]', // 16
    '    }', //                                                       17
    '  }', //                                                         18
    '}', //                                                           19
    '',
  ].join('\n');

  test('resources, variables and locals in JSON syntax, with template strings', async () => {
    const out = await parseFiles({ '/virtual/main.tf.json': text });
    expect(out.diagnostics).toEqual([]);
    const s = site(out, 'azurerm_linux_web_app.api');
    expect(s.declaration.start).toEqual({ line: 8, column: 7 });
    expect(brief(s.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 9, column: 39, endLine: 9, endColumn: 42 });
    expect(brief(s.settings.clientCertMode)).toEqual({ kind: 'set', value: 'Optional', line: 3, column: 26, endLine: 3, endColumn: 35 });
    expect(s.settings.clientCertMode.kind === 'set' && s.settings.clientCertMode.trail.map((h) => [h.kind, h.range.start.line, h.range.start.column])).toEqual([
      ['property', 10, 36],
      ['parameter', 3, 5],
      ['parameter-default', 3, 26],
    ]);
    expect(brief(s.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 5, column: 22, endLine: 5, endColumn: 26 });
    expect(brief(s.settings.http20Enabled)).toEqual({ kind: 'set', value: true, line: 11, column: 82, endLine: 11, endColumn: 85 });
    expect(brief(s.settings.loadCertificates)).toEqual({ kind: 'set', value: '*', line: 12, column: 56, endLine: 12, endColumn: 58 });
    const slot = site(out, 'azurerm_linux_web_app_slot.s');
    expect(slot.slotOf?.name).toBe('azurerm_linux_web_app.api');
    expect(brief(slot.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 16, column: 82, endLine: 16, endColumn: 86 });
  });

  test('a JSON syntax error is a parse error with a position', async () => {
    const out = await parseFiles({ '/virtual/main.tf.json': '{\n  "resource": {\n    "azurerm_linux_web_app": {,\n' });
    expect(out.diagnostics.length).toBeGreaterThan(0);
    expect(out.diagnostics[0]).toMatchObject({ ruleId: 'parse-error', range: { start: { line: 3, column: 31 } } });
  });
});

import { describe, expect, test } from 'vitest';
import { loadHclReader } from '../../../parsers/terraform/hcl/tree-sitter.js';
import { brief, parseFiles, parseOne, site } from './helpers.js';

describe('HCL reader', () => {
  test('spans are UTF-16 offsets, also after astral characters', async () => {
    const reader = await loadHclReader();
    const text = '# 😀 é\nx = "ü😀${y}"\n';
    const doc = reader.parse(text);
    const attr = doc.body.attributes[0];
    expect(attr?.name).toBe('x');
    expect(attr && text.slice(attr.expr.span.start, attr.expr.span.end)).toBe('"ü😀${y}"');
    expect(attr?.expr).toMatchObject({ type: 'template', parts: [{ type: 'text', value: 'ü😀' }, { type: 'interpolation', expr: { type: 'variable', name: 'y' } }] });
    expect(doc.comments).toEqual([{ text: '# 😀 é', span: { start: 0, end: 6 } }]);
  });

  test('the grammar loads once per process', async () => {
    const [a, b] = await Promise.all([loadHclReader(), loadHclReader()]);
    expect(a).toBe(b);
  });

  test.each([
    ['parenthesised arithmetic and legacy index', 'x = (1 + 2) * y.0', { type: 'binary', op: '*', left: { type: 'binary', op: '+' }, right: { type: 'index', key: { type: 'literal', value: 0 } } }],
    ['unary and logic', 'x = !a && b', { type: 'binary', op: '&&', left: { type: 'unary', op: '!' } }],
    ['function call with expansion', 'x = f(a...)', { type: 'call', name: 'f', expand: true }],
    ['object with mixed keys', 'x = { a = 1, "b" : 2 }', { type: 'object', items: [{ key: { type: 'variable', name: 'a' } }, { key: { type: 'literal', value: 'b' } }] }],
    ['full splat', 'x = a[*].b[0]', { type: 'splat', target: { type: 'variable', name: 'a' }, steps: [{ type: 'attr', name: 'b' }, { type: 'index', key: { type: 'literal', value: 0 } }] }],
    ['attribute splat', 'x = a.*.b', { type: 'splat', target: { type: 'variable', name: 'a' }, steps: [{ type: 'attr', name: 'b' }] }],
    ['for over a list with a condition', 'x = [for v in a : v.b if v.c]', { type: 'for', valueVar: 'v', collection: { type: 'variable', name: 'a' }, value: { type: 'getattr', name: 'b' }, condition: { type: 'getattr', name: 'c' }, group: false }],
    ['for over a map, grouping', 'x = {for k, v in a : v => k...}', { type: 'for', keyVar: 'k', valueVar: 'v', key: { type: 'variable', name: 'v' }, value: { type: 'variable', name: 'k' }, group: true }],
  ])('%s', async (_title, text, shape) => {
    const doc = (await loadHclReader()).parse(text);
    expect(doc.errors).toEqual([]);
    expect(doc.body.attributes[0]?.expr).toMatchObject(shape);
  });
});

describe('syntax errors', () => {
  test('an error has a position, and a resource after it is still mapped', async () => {
    const out = await parseOne(
      [
        'resource "azurerm_linux_web_app" "broken" {', //  1
        '  https_only = ', //                              2
        '  site_config {', //                               3
        '}', //                                             4
        '', //                                              5
        'resource "azurerm_linux_function_app" "ok" {', // 6
        '  client_certificate_enabled = true', //          7
        '}', //                                             8
        '',
      ].join('\n'),
    );
    expect(out.diagnostics.length).toBeGreaterThan(0);
    // `site_config` is taken as the missing value; the parser stumbles on it.
    expect(out.diagnostics.map((d) => [d.ruleId, d.message, d.range.file, d.range.start.line, d.range.start.column])).toEqual([
      ['parse-error', 'Syntax error: a name is not expected here', '/virtual/main.tf', 3, 3],
      ['parse-error', 'Syntax error: missing "}"', '/virtual/main.tf', 6, 1],
    ]);
    const ok = site(out, 'azurerm_linux_function_app.ok');
    expect(brief(ok.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, line: 7, column: 32, endLine: 7, endColumn: 35 });
    expect(brief(ok.settings.clientCertMode)).toMatchObject({ kind: 'absent', value: 'Optional', line: 6 });
  });

  test('a missing brace is reported where the block ends', async () => {
    const out = await parseOne('resource "azurerm_linux_web_app" "a" {\n  https_only = true\n\nresource "azurerm_linux_web_app" "b" {\n  https_only = false\n}\n');
    expect(out.diagnostics.map((d) => [d.message, d.range.start.line])).toEqual([['Syntax error: missing "}"', 4]]);
    expect(brief(site(out, 'azurerm_linux_web_app.b').settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 5, column: 16, endLine: 5, endColumn: 20 });
  });

  test('a file that cannot be read is a parse-error at 1:1', async () => {
    const out = await parseFiles({}, { run: ['/does/not/exist.tf'] });
    expect(out.diagnostics).toMatchObject([{ ruleId: 'parse-error', range: { start: { line: 1, column: 1 } } }]);
  });

  test('non-ASCII text before a value: columns count UTF-16 code units', async () => {
    const out = await parseOne(
      [
        '# Café ☕ 😀 config',
        'resource "azurerm_linux_web_app" "x" {',
        '  tags = { owner = "Zoë 😀" }', //  the emoji counts 2
        '  site_config { minimum_tls_version = "1.0" }',
        '}',
        '/* 😀 */ resource "azurerm_linux_web_app" "y" { https_only = false }',
        '',
      ].join('\n'),
    );
    const x = site(out, 'azurerm_linux_web_app.x');
    expect(brief(x.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', line: 4, column: 39, endLine: 4, endColumn: 43 });
    expect(brief(x.tags)).toEqual({ kind: 'set', value: { owner: 'Zoë 😀' }, line: 3, column: 10, endLine: 3, endColumn: 29 });
    const y = site(out, 'azurerm_linux_web_app.y');
    // `/* 😀 */ ` is 9 code units: the header starts at column 10.
    expect(y.declaration.start).toEqual({ line: 6, column: 10 });
    expect(brief(y.settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 6, column: 62, endLine: 6, endColumn: 66 });
  });

  test('CRLF line endings and a BOM', async () => {
    const out = await parseOne('\uFEFFresource "azurerm_linux_web_app" "x" {\r\n  https_only = false\r\n}\r\n');
    expect(out.diagnostics).toEqual([]);
    expect(brief(site(out, 'azurerm_linux_web_app.x').settings.httpsOnly)).toEqual({ kind: 'set', value: false, line: 2, column: 16, endLine: 2, endColumn: 20 });
  });
});

describe('directives', () => {
  test('# and // directives, with and without reason, target the next code line', async () => {
    const out = await parseOne(
      [
        '# mtlslint-disable-next-line client-cert-mode -- public health probe',
        'resource "azurerm_linux_web_app" "x" {',
        '  // mtlslint-disable-next-line https-only, min-tls-version',
        '',
        '  https_only = false',
        '  /* mtlslint-disable-next-line tls-renegotiation -- legacy clients */',
        '  http2 = true',
        '  # an ordinary comment',
        '}',
        '',
      ].join('\n'),
    );
    expect(out.directives.map((d) => ({ rules: d.rules, reason: d.reason, line: d.range.start.line, column: d.range.start.column, targetLine: d.targetLine }))).toEqual([
      { rules: ['client-cert-mode'], reason: 'public health probe', line: 1, column: 1, targetLine: 2 },
      { rules: ['https-only', 'min-tls-version'], reason: undefined, line: 3, column: 3, targetLine: 5 },
      { rules: ['tls-renegotiation'], reason: 'legacy clients', line: 6, column: 3, targetLine: 7 },
    ]);
    expect(out.directives[0]?.file).toBe('/virtual/main.tf');
  });

  test('directives in tfvars files are read too', async () => {
    const out = await parseFiles({
      '/virtual/main.tf': 'variable "m" {}\n',
      '/virtual/terraform.tfvars': '# mtlslint-disable-next-line client-cert-mode -- ok\nm = "Optional"\n',
    });
    expect(out.directives).toMatchObject([{ file: '/virtual/terraform.tfvars', targetLine: 2 }]);
  });
});

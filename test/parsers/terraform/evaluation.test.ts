import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFiles, site } from './helpers.js';

/**
 * The expression cases of fixtures/evaluation: each site's `client_certificate_mode` holds an
 * expression and, after `# =>`, the value Terraform computes for it (checked against Terraform
 * itself by terraform-oracle.test.ts where `terraform` is installed).
 */
const dir = join(import.meta.dirname, 'fixtures', 'evaluation');
const CASE = /resource "azurerm_linux_web_app" "(\w+)" \{\n {2}client_certificate_mode = (.*?) # => (.*)\n/g;

export function evaluationCases(): { name: string; expr: string; want: string; line: number }[] {
  const text = readFileSync(join(dir, 'main.tf'), 'utf8');
  return [...text.matchAll(CASE)].map((m) => ({
    name: m[1] as string,
    expr: m[2] as string,
    want: m[3] as string,
    line: text.slice(0, m.index).split('\n').length + 1,
  }));
}

describe('expressions as Terraform evaluates them', async () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tf')).map((f) => join(dir, f));
  const out = await parseFiles({}, { run: files });
  const cases = evaluationCases();

  test('there are cases and no diagnostics', () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(out.diagnostics).toEqual([]);
  });

  test.each(cases)('$name: $expr', ({ name, expr, want, line }) => {
    const s = site(out, `azurerm_linux_web_app.${name}`).settings.clientCertMode;
    if (want === 'unknown') {
      expect(s.kind).toBe('unresolved');
      // Positioned at the expression as written on the resource.
      expect(s.kind === 'unresolved' && s.trail[0]?.range.start).toEqual({ line, column: 29 });
      return;
    }
    expect(s.kind).toBe('set');
    if (s.kind !== 'set') return;
    const value = expr.startsWith('jsonencode(') ? JSON.parse(s.value) : s.value;
    expect(value).toEqual(JSON.parse(want));
    expect(s.trail[0]?.range.start).toEqual({ line, column: 29 });
  });
});

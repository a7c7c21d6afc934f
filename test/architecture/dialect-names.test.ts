import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARM_CERTIFICATE_SETTINGS, ARM_SITE_SETTINGS, ARM_TAGS, armWrittenName } from '../../parsers/shared/arm-catalog.js';
import { AZURERM_CERTIFICATE_ARGS, AZURERM_CERTIFICATE_TYPE, AZURERM_SITE_TYPES, type AzurermArgument } from '../../parsers/terraform/azurerm-catalog.js';

/*
 * The recipe "add a setting" (ARCHITECTURE.md) holds only while no rule and no engine code names a
 * property or resource type of either dialect: those live in the setting catalogs, and rules read
 * the model (and `entity.written` for messages). This test finds every such name in the code of
 * `rules/` and `src/` (comments, rule documentation, messages and documentation examples left out).
 */

const ROOT = join(import.meta.dirname, '../..');

/** The model's own keys are not dialect names, even where ARM spells a property the same. */
const MODEL_KEYS = new Set([...Object.keys(ARM_SITE_SETTINGS), ...Object.keys(ARM_CERTIFICATE_SETTINGS), 'tags']);

function dialectNames(): Set<string> {
  const names = new Set<string>(['siteConfig', 'appSettings', 'Microsoft.Web/sites', 'Microsoft.Web/sites/slots', 'Microsoft.Web/certificates']);
  for (const e of [...Object.values(ARM_SITE_SETTINGS), ...Object.values(ARM_CERTIFICATE_SETTINGS), ARM_TAGS]) {
    names.add(e.property);
    if (e.companion) names.add(e.companion);
    names.add(armWrittenName(e));
  }
  const args: AzurermArgument<unknown>[] = [...Object.values(AZURERM_CERTIFICATE_ARGS)];
  for (const [type, t] of Object.entries(AZURERM_SITE_TYPES)) {
    names.add(type);
    if (t.parent) names.add(t.parent);
    args.push(...(Object.values(t.args) as AzurermArgument<unknown>[]));
  }
  names.add(AZURERM_CERTIFICATE_TYPE);
  for (const a of args) {
    for (const p of a.path) names.add(p);
    if (a.appSetting) names.add(a.appSetting);
  }
  for (const k of MODEL_KEYS) names.delete(k);
  return names;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The offset just after the bracket that closes the one at `open`, skipping strings and comments. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/**
 * Without comments, and without multi-line string and template literals: those are whole example
 * documents (the diagnostics build theirs in helpers), not names.
 */
function withoutCommentsAndDocuments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) if (text[j] === '\\') j++;
      const literal = text.slice(i, j + 1);
      out += /\\n|\n/.test(literal) ? `${c}${c}` : literal;
      i = j;
    } else out += c;
  }
  return out;
}

/** The code of a file without comments, rule `meta` (documentation, messages), `examples()` and example documents. */
function code(text: string): string {
  let out = text;
  for (const start of [/\bmeta: \{/, /\nfunction examples\(\)[^{]*\{/]) {
    for (let m = start.exec(out); m; m = start.exec(out)) {
      const open = out.indexOf('{', m.index);
      out = out.slice(0, m.index) + out.slice(closing(out, open));
    }
  }
  return withoutCommentsAndDocuments(out);
}

function mentions(text: string, names: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const name of names) {
    const re = new RegExp(`(?<![\\w./-])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/-])`);
    if (re.test(text)) found.push(name);
  }
  return found;
}

describe('no rule or engine code names a property of either dialect', () => {
  const names = dialectNames();

  it('knows the names of both dialects from the catalogs', () => {
    for (const n of ['siteConfig.minTlsVersion', 'keyVaultId', 'https_only', 'client_cert_mode', 'minimum_tls_version', 'azurerm_logic_app_standard', 'WEBSITE_LOAD_CERTIFICATES'])
      expect(names.has(n), n).toBe(true);
    expect(names.has('httpsOnly'), 'a model key').toBe(false);
  });

  it('finds them where code does name them (the check can fail)', () => {
    expect(mentions(code("const x = entity.resourceType === 'azurerm_function_app';"), names)).toEqual(['azurerm_function_app']);
    expect(mentions(code("export const r = defineRule({ meta: { docs: { summary: 'https_only' } }, check() {} });"), names)).toEqual([]);
  });

  for (const dir of ['rules', 'src']) {
    for (const file of files(join(ROOT, dir))) {
      it(relative(ROOT, file), () => {
        expect(mentions(code(readFileSync(file, 'utf8')), names)).toEqual([]);
      });
    }
  }
});

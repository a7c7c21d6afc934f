import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { describe, expect, test } from 'vitest';
import type { Body, Expr } from '../../../parsers/terraform/hcl/ast.js';
import { loadHclReader } from '../../../parsers/terraform/hcl/tree-sitter.js';
import { AZURERM_SITE_TYPES } from '../../../parsers/terraform/azurerm-sites.js';

/**
 * Differential test: for every `.tf` file under test/ and samples/, the literal
 * attribute values our HCL reader reads in site resources (and their nested
 * blocks) equal what hcl2json (HashiCorp's own HCL library, compiled to WASM)
 * reads. Expressions are skipped: hcl2json renders them as `${...}` strings.
 */
const repo = join(import.meta.dirname, '..', '..', '..');

function tfFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : tfFiles(p);
    return e.name.endsWith('.tf') ? [p] : [];
  });
}

const SITE_TYPES = new Set([...Object.keys(AZURERM_SITE_TYPES), 'azapi_resource', 'azurerm_app_service_certificate']);

/** A literal value as plain JSON, or undefined for anything that needs evaluation. */
function literal(e: Expr): unknown {
  switch (e.type) {
    case 'literal':
      return e.value;
    case 'template':
      return e.parts.every((p) => p.type === 'text') ? e.parts.map((p) => (p.type === 'text' ? p.value : '')).join('') : undefined;
    case 'tuple': {
      const items = e.items.map(literal);
      return items.includes(undefined) ? undefined : items;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const i of e.items) {
        const k = i.key.type === 'variable' ? i.key.name : literal(i.key);
        const v = literal(i.value);
        if (typeof k !== 'string' || v === undefined) return undefined;
        out[k] = v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** hcl2json writes strings in JSON template syntax: a literal `${` is escaped. */
function asTemplateJson(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  if (Array.isArray(v)) return v.map(asTemplateJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asTemplateJson(x)]));
  return v;
}

type Json = Record<string, unknown>;

function compareBody(body: Body, json: Json, where: string, out: { where: string; ours: unknown; theirs: unknown }[]): void {
  for (const a of body.attributes) {
    const ours = literal(a.expr);
    if (ours === undefined) continue;
    out.push({ where: `${where}.${a.name}`, ours: asTemplateJson(ours), theirs: json[a.name] });
  }
  const seen = new Map<string, number>();
  for (const b of body.blocks) {
    const key = [b.type, ...b.labels.map((l) => l.value)].join('\u0000');
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    let node: unknown = json[b.type];
    for (const l of b.labels) node = (node as Json | undefined)?.[l.value];
    const item = Array.isArray(node) ? (node[index] as Json | undefined) : undefined;
    compareBody(b.body, item ?? {}, `${where}.${[b.type, ...b.labels.map((l) => l.value)].join('.')}[${index}]`, out);
  }
}

describe('HCL reader agrees with hcl2json on literal values of site resources', () => {
  const files = [...tfFiles(join(repo, 'test')), ...tfFiles(join(repo, 'samples'))];

  test('there are files to compare', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [relative(repo, f), f]))('%s', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const doc = (await loadHclReader()).parse(text);
    const theirs = (await hcl2json(file, text)) as Json;
    const compared: { where: string; ours: unknown; theirs: unknown }[] = [];
    for (const block of doc.body.blocks) {
      const [type, name] = block.labels;
      if (block.type !== 'resource' || !type || !name || !SITE_TYPES.has(type.value)) continue;
      const json = (((theirs.resource as Json | undefined)?.[type.value] as Json | undefined)?.[name.value] as Json[] | undefined)?.[0] ?? {};
      compareBody(block.body, json, `${type.value}.${name.value}`, compared);
    }
    for (const c of compared) expect({ where: c.where, value: c.ours }).toEqual({ where: c.where, value: c.theirs });
  });

  test('the kitchen-sink fixture compares many values', async () => {
    const file = join(import.meta.dirname, 'fixtures', 'differential', 'kitchen-sink.tf');
    const doc = (await loadHclReader()).parse(readFileSync(file, 'utf8'));
    const compared: { where: string; ours: unknown; theirs: unknown }[] = [];
    for (const b of doc.body.blocks) compareBody(b.body, {}, b.type, compared);
    expect(compared.length).toBeGreaterThan(25);
  });
});

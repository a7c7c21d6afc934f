import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/engine/lint.js';
import { ruleMarkdown } from '../../src/formatters/rule-markdown.js';

/**
 * docs/rules/*.md are generated from the rule modules. This test fails when they are stale;
 * `npm run docs` (UPDATE_DOCS=1) rewrites them.
 */
const DOCS = resolve(import.meta.dirname, '../../docs/rules');
const update = process.env['UPDATE_DOCS'] === '1';

function indexPage(): string {
  const rows = allRules().map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.meta.defaultSeverity} | ${r.meta.fixable || ''} | ${r.meta.docs.summary.replace(/\|/g, '\\|')} |`);
  return [
    '# Rules',
    '',
    'Generated from the rule modules in `rules/` by `npm run docs`; do not edit by hand.',
    '',
    '| rule | default | fixable | what it reports |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const pages = new Map<string, string>([...allRules().map((r) => [`${r.id}.md`, ruleMarkdown(r)] as const), ['README.md', indexPage()]]);

if (update) {
  mkdirSync(DOCS, { recursive: true });
  for (const [name, text] of pages) writeFileSync(join(DOCS, name), text);
}

describe('generated rule docs', () => {
  it.each([...pages.keys()])('docs/rules/%s is up to date (run `npm run docs` if not)', (name) => {
    const path = join(DOCS, name);
    expect(existsSync(path), `${path} exists`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(pages.get(name));
  });

  it('has no page for a rule that no longer exists', () => {
    const extra = readdirSync(DOCS).filter((f) => f.endsWith('.md') && !pages.has(f));
    expect(extra).toEqual([]);
  });
});

describe('README', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  it.each(allRules().map((r) => [r.id, r.meta.defaultSeverity, r.meta.fixable] as const))('lists %s with its default severity and fixability', (id, severity, fixable) => {
    const row = readme.split('\n').find((l) => l.startsWith(`| [\`${id}\`](docs/rules/${id}.md) |`));
    expect(row, `README rules table has a row for ${id}`).toBeDefined();
    const cells = (row ?? '').split('|').map((c) => c.trim());
    expect(cells[2]).toBe(severity);
    expect(cells[3]).toBe(fixable || '');
  });
});

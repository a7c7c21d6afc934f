import { describe, expect, it } from 'vitest';
import { markdownToPlain } from '../../src/formatters/markdown-text.js';
import { codeBlock, ruleMarkdown } from '../../src/formatters/rule-markdown.js';
import { clientCertMode, exclusionPaths, fixtureRules } from './fixture-rules.js';

describe('ruleMarkdown', () => {
  const md = ruleMarkdown(clientCertMode);

  it('has the sections in order', () => {
    const headings = [...md.matchAll(/^#{1,3} .*$/gm)].map((m) => m[0]);
    expect(headings).toEqual([
      '# client-cert-mode',
      '## What it checks',
      '## Why it matters',
      '## Examples',
      '### Bicep',
      '### ARM template (JSON)',
      '### Terraform',
      '## How to fix',
      '## Options',
      '## Default severity',
      '## Fixable',
    ]);
    expect(md.split('\n')[2]).toBe('Requires client certificate mode `Required`.');
  });

  it('puts every example in a fenced block of its language, bad before good', () => {
    const { examples } = clientCertMode.meta.docs;
    for (const [lang, pair] of [
      ['bicep', examples.bicep],
      ['json', examples.arm],
      ['hcl', examples.terraform],
    ] as const) {
      const bad = md.indexOf(`\`\`\`${lang}\n${pair.bad.trimEnd()}\n\`\`\``);
      const good = md.indexOf(`\`\`\`${lang}\n${pair.good.trimEnd()}\n\`\`\``);
      expect(bad, lang).toBeGreaterThan(0);
      expect(good, lang).toBeGreaterThan(bad);
    }
  });

  it('states options, default severity and fixability', () => {
    expect(md).toContain('## Options\n\n- `allow` (object)');
    expect(md).toContain('`error` (reported as an error; security severity 8.1 of 10)');
    expect(md).toContain('"client-cert-mode": "error"');
    expect(md).toContain('## Fixable\n\nYes, but the fix changes who can connect, so `--fix` applies it only with `--unsafe-fixes`');
    const other = ruleMarkdown(exclusionPaths);
    expect(other).toContain('## Options\n\nThis rule has no options.');
    expect(other).toContain('`warn` (reported as a warning; security severity 5.3 of 10)');
    expect(other).toContain('## Fixable\n\nNo:');
  });

  it('ends with exactly one newline', () => {
    for (const rule of fixtureRules) expect(ruleMarkdown(rule)).toMatch(/[^\n]\n$/);
  });
});

describe('codeBlock', () => {
  it.each([
    { code: 'a = 1\n', expected: '```hcl\na = 1\n```' },
    { code: 'x\r\ny\r\n\r\n', expected: '```hcl\nx\ny\n```' },
    { code: 'desc = "```"', expected: '````hcl\ndesc = "```"\n````' },
    { code: '`a` ````b````', expected: '`````hcl\n`a` ````b````\n`````' },
  ])('$code', ({ code, expected }) => {
    expect(codeBlock('hcl', code)).toBe(expected);
  });
});

describe('markdownToPlain', () => {
  it.each([
    { md: 'Set `httpsOnly` to `true`.', plain: 'Set httpsOnly to true.' },
    { md: 'A **bold** and *em* and _em_ word.', plain: 'A bold and em and em word.' },
    { md: 'snake_case_name and 2 * 3 * 4', plain: 'snake_case_name and 2 * 3 * 4' },
    { md: 'See [the docs](https://example.com/a).', plain: 'See the docs (https://example.com/a).' },
    { md: '[https://x.y](https://x.y)', plain: 'https://x.y' },
    { md: '## Heading\n\ntext', plain: 'Heading\n\ntext' },
    { md: '* one\n* two', plain: '- one\n- two' },
    { md: 'before\n\n```bicep\nparam x string = `*keep*`\n```\n\nafter', plain: 'before\n\nparam x string = `*keep*`\n\nafter' },
    { md: 'a\n\n\n\nb', plain: 'a\n\nb' },
  ])('$md', ({ md, plain }) => {
    expect(markdownToPlain(md)).toBe(plain);
  });
});

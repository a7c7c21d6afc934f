import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate, MAX_QUOTED_CHARS, relPath } from '../../src/engine/run-rules.js';

describe('relPath: a file as reports name it', () => {
  const root = resolve('/repo');

  it('is relative to the root, with / separators, the same on every call', () => {
    const file = join(root, 'infra', 'app', 'main.json');
    expect(relPath(root, file)).toBe('infra/app/main.json');
    expect(relPath(root, file)).toBe('infra/app/main.json');
  });

  it('is the path as given outside the root, and for the root itself', () => {
    expect(relPath(root, resolve('/elsewhere/main.json'))).toBe(resolve('/elsewhere/main.json').split('\\').join('/'));
    expect(relPath(root, root)).toBe(root.split('\\').join('/'));
  });

  it('follows a change of root', () => {
    const file = join(root, 'a', 'b.json');
    expect(relPath(root, file)).toBe('a/b.json');
    expect(relPath(join(root, 'a'), file)).toBe('b.json');
    expect(relPath(root, file)).toBe('a/b.json');
  });

  it('stays right past the number of paths it keeps', () => {
    for (let i = 0; i < 5000; i++) expect(relPath(root, join(root, `f${i}.json`))).toBe(`f${i}.json`);
    expect(relPath(root, join(root, 'f0.json'))).toBe('f0.json');
  });

  it('takes relative paths against the working directory', () => {
    expect(relPath('.', join('infra', 'main.json'))).toBe('infra/main.json');
    expect(relPath(process.cwd(), 'main.json')).toBe('main.json');
  });
});

describe('interpolate: a message worded from its template', () => {
  // The wording as one regular-expression replacement gives it, which templates are now split once to match.
  const byRegExp = (template: string, data: Record<string, string>): string =>
    template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? (data[key] as string) : m));

  it('replaces every placeholder, spaced or not, repeated or not, and leaves unknown ones as written', () => {
    const data = { resource: "Microsoft.Web/sites 'a'", value: '"1.0"', empty: '' };
    for (const template of [
      'On {{resource}}: it is {{value}}.',
      '{{ resource }}{{value}}{{resource}}',
      'no placeholder',
      '',
      '{{unknown}} and {{ value }} and {{ unknown }}',
      '{{empty}}{{',
      '{{{value}}}',
      '{{va-lue}} {{value}}}}',
    ])
      expect(interpolate(template, data)).toBe(byRegExp(template, data));
  });

  it('inserts values literally ($ patterns included) and clips long ones', () => {
    expect(interpolate('a {{v}} b', { v: "$& $1 $' $`" })).toBe("a $& $1 $' $` b");
    const long = 'x'.repeat(MAX_QUOTED_CHARS + 10);
    expect(interpolate('{{v}}', { v: long })).toBe(`${'x'.repeat(MAX_QUOTED_CHARS - 1)}… (${long.length} characters)`);
  });

  it('words the same template the same way every time, past the number of templates it keeps', () => {
    for (let i = 0; i < 1100; i++) expect(interpolate(`{{v}} ${i}`, { v: 'a' })).toBe(`a ${i}`);
    expect(interpolate('{{v}} 0', { v: 'b' })).toBe('b 0');
  });
});

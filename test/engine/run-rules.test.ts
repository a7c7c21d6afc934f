import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relPath } from '../../src/engine/run-rules.js';

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

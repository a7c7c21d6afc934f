import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUri, isInside, relativePath, relativeUri } from '../../src/formatters/paths.js';

describe('relativePath', () => {
  it.each([
    { file: '/repo/infra/main.bicep', base: '/repo', expected: 'infra/main.bicep' },
    { file: '/repo/main.tf', base: '/repo/', expected: 'main.tf' },
    { file: '/repo/infra/main.bicep', base: '/repo/tf', expected: '../infra/main.bicep' },
    { file: 'C:\\repo\\infra\\main.bicep', base: 'C:\\repo', expected: 'infra/main.bicep' },
    { file: 'C:/repo/infra/main.bicep', base: 'C:\\repo', expected: 'infra/main.bicep' },
    { file: 'c:\\Repo\\infra\\main.bicep', base: 'C:\\repo', expected: 'infra/main.bicep' },
    { file: 'D:\\other\\main.bicep', base: 'C:\\repo', expected: 'D:/other/main.bicep' },
    { file: '\\\\server\\share\\repo\\a.tf', base: '\\\\server\\share\\repo', expected: 'a.tf' },
  ])('$file from $base → $expected', ({ file, base, expected }) => {
    expect(relativePath(file, base)).toBe(expected);
  });

  it('gives the same answers when asked again, after a change of base, and past the number of answers it keeps', () => {
    const cases: [string, string][] = [
      ['/repo/a/b.json', '/repo'],
      ['/repo/a/b.json', '/repo/a'],
      ['/repo/a/b.json', '/repo'],
      ['C:\\repo\\a.bicep', 'C:\\repo'],
      ['/repo/a/b.json', 'C:\\repo'],
      ['a/b.json', '/repo'],
      ['/repo/a/b.json', 'repo'],
    ];
    for (let round = 0; round < 2; round++) for (const [file, base] of cases) expect(relativePath(file, base)).toBe(computed(file, base));
    for (let i = 0; i < 5000; i++) expect(relativePath(`/repo/f${i}.json`, '/repo')).toBe(`f${i}.json`);
    expect(relativePath('/repo/f0.json', '/repo')).toBe('f0.json');
  });
});

/** The answer worked out afresh, as the function worked it out before it kept answers. */
function computed(file: string, base: string): string {
  return /^(?:[A-Za-z]:[\\/]|\\\\)/.test(file) || /^(?:[A-Za-z]:[\\/]|\\\\)/.test(base) ? path.win32.relative(base, file).replace(/\\/g, '/') : path.posix.relative(base, file);
}

describe('isInside', () => {
  it.each([
    { rel: 'infra/main.bicep', inside: true },
    { rel: '..foo/main.bicep', inside: true },
    { rel: '../main.bicep', inside: false },
    { rel: '..', inside: false },
    { rel: '', inside: false },
    { rel: '/etc/main.tf', inside: false },
    { rel: 'D:/other/main.bicep', inside: false },
  ])('$rel → $inside', ({ rel, inside }) => {
    expect(isInside(rel)).toBe(inside);
  });
});

describe('URIs', () => {
  it('percent-encodes each segment of a relative path', () => {
    expect(relativeUri('infra/my app/#1 100%.bicep')).toBe('infra/my%20app/%231%20100%25.bicep');
  });

  it.each([
    { path: '/work/repo', dir: true, expected: 'file:///work/repo/' },
    { path: '/work/repo/', dir: true, expected: 'file:///work/repo/' },
    { path: '/work/my repo/a.tf', dir: false, expected: 'file:///work/my%20repo/a.tf' },
    { path: 'C:\\repo', dir: true, expected: 'file:///C:/repo/' },
  ])('fileUri($path) → $expected', ({ path, dir, expected }) => {
    expect(fileUri(path, dir)).toBe(expected);
  });
});

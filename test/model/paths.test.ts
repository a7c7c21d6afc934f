import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastBaseMemo, plainRelative } from '../../src/model/index.js';

describe('plainRelative: a file under a root, without resolving both', () => {
  it('is the rest of the file under a resolved root', () => {
    expect(plainRelative('/repo', '/repo/infra/main.json')).toBe('infra/main.json');
    expect(plainRelative('/repo', '/repo/..a/b.json')).toBe('..a/b.json');
  });

  it.each([
    ['/repo', '/repo'],
    ['/repo', '/repo/'],
    ['/repo', '/repository/a.json'],
    ['/repo', '/other/a.json'],
    ['/', '/a.json'],
    ['/repo/', '/repo/a.json'],
    ['/repo', '/repo//a.json'],
    ['/repo', '/repo/./a.json'],
    ['/repo', '/repo/a/../b.json'],
    ['/repo', '/repo/a/..'],
    ['/repo/.', '/repo/./a.json'],
    ['repo', 'repo/a.json'],
    ['C:\\repo', 'C:\\repo\\a.json'],
  ])('leaves %s and %s to path.relative', (base, file) => {
    expect(plainRelative(base, file)).toBeUndefined();
  });

  it('agrees with path.posix.relative whenever it answers', () => {
    const segment = fc.constantFrom('a', 'b', '.', '..', '', '..a', 'a.', '.a', 'é');
    const pathOf = fc.array(segment, { minLength: 0, maxLength: 5 }).map((s) => `/${s.join('/')}`);
    fc.assert(
      fc.property(pathOf, fc.array(segment, { minLength: 0, maxLength: 4 }), fc.boolean(), (base, rest, trailing) => {
        for (const file of [`${base}/${rest.join('/')}${trailing ? '/' : ''}`, `${base}${rest.join('/')}`]) {
          const rel = plainRelative(base, file);
          if (rel !== undefined) expect(rel).toBe(path.posix.relative(base, file));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for most resolved paths under the root (what it is for)', () => {
    expect(plainRelative('/work/tree', '/work/tree/a/b/c.json')).toBe('a/b/c.json');
    expect(plainRelative('/work/tree', '/work/tree/a.b/.c/d..json')).toBe('a.b/.c/d..json');
  });
});

describe('lastBaseMemo: the answers for the last base', () => {
  const counting = () => {
    const calls: string[] = [];
    const memo = lastBaseMemo((base, file) => {
      calls.push(`${base}|${file}`);
      return `${file}@${base}`;
    }, 3);
    return { calls, memo };
  };

  it('computes each file once per base and answers as the function does', () => {
    const { calls, memo } = counting();
    expect([memo('/r', 'a'), memo('/r', 'a'), memo('/r', 'b'), memo('/r', 'a')]).toEqual(['a@/r', 'a@/r', 'b@/r', 'a@/r']);
    expect(calls).toEqual(['/r|a', '/r|b']);
  });

  it('forgets the answers of a base when another is asked about', () => {
    const { calls, memo } = counting();
    memo('/r', 'a');
    expect(memo('/s', 'a')).toBe('a@/s');
    expect(memo('/r', 'a')).toBe('a@/r');
    expect(calls).toEqual(['/r|a', '/s|a', '/r|a']);
  });

  it('keeps at most its bound of answers', () => {
    const { calls, memo } = counting();
    for (const f of ['a', 'b', 'c', 'd', 'a']) memo('/r', f);
    // the fourth file clears the three kept: `a` is computed again
    expect(calls).toEqual(['/r|a', '/r|b', '/r|c', '/r|d', '/r|a']);
  });
});

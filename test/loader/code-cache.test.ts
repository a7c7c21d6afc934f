import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirCandidates, isPrivateDir, NO_CACHE_ENV, openCacheDir, readCache, writeCache } from '../../src/loader/code-cache.js';

const posix = process.platform !== 'win32';
const base = mkdtempSync(join(tmpdir(), 'mtlslint-code-cache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
const fresh = (): string => join(base, `case-${n++}`);
const source = Buffer.from('var answer = 42;\n', 'latin1');
const data = Buffer.from('not really V8 data, but bytes handed back as they were written');
const fileOf = (dir: string): string => {
  const [name] = readdirSync(dir);
  if (!name) throw new Error(`no cache file in ${dir}`);
  return join(dir, name);
};

describe('where the code cache lives', () => {
  it('$XDG_CACHE_HOME when absolute, then ~/.cache, then a per-user temporary directory', () => {
    const dirs = cacheDirCandidates({ XDG_CACHE_HOME: '/x/cache' }, 'linux');
    expect(dirs[0]).toBe(join('/x/cache', 'mtlslint'));
    expect(dirs.at(-1)).toBe(join(tmpdir(), `mtlslint-${process.getuid?.() ?? 'user'}`));
    // A relative XDG_CACHE_HOME is invalid (XDG Base Directory spec): ignored, not resolved against the linted tree.
    expect(cacheDirCandidates({ XDG_CACHE_HOME: 'rel/cache' }, 'linux').some((d) => d.includes('rel'))).toBe(false);
  });

  it('is created private (0700) and used', () => {
    const dir = fresh();
    expect(openCacheDir({}, [dir])).toBe(dir);
    if (posix) expect(lstatSync(dir).mode & 0o777).toBe(0o700);
  });

  it('is not used when the environment variable says so', () => {
    const dir = fresh();
    expect(openCacheDir({ [NO_CACHE_ENV]: '1' }, [dir])).toBeUndefined();
  });

  it.skipIf(!posix)('a link is not used, even to a private directory: the next candidate is', () => {
    const target = fresh();
    mkdirSync(target, { mode: 0o700 });
    const link = fresh();
    symlinkSync(target, link);
    const next = fresh();
    expect(openCacheDir({}, [link, next])).toBe(next);
  });

  it.skipIf(!posix)('a directory group or others can write is not used', () => {
    const shared = fresh();
    mkdirSync(shared);
    chmodSync(shared, 0o770);
    expect(isPrivateDir(lstatSync(shared))).toBe(false);
    chmodSync(shared, 0o707);
    expect(openCacheDir({}, [shared])).toBeUndefined();
    chmodSync(shared, 0o700);
    expect(openCacheDir({}, [shared])).toBe(shared);
  });

  it.skipIf(!posix || process.getuid?.() === 0)('a directory another user owns is not used', () => {
    expect(isPrivateDir(lstatSync('/'))).toBe(false);
  });
});

describe('a cache file', () => {
  it('gives back what was written for the same source', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeCache(dir, 'chunk-A.cjs', source, data);
    expect(readCache(dir, 'chunk-A.cjs', source)?.equals(data)).toBe(true);
    // Written whole or not at all: no temporary file is left.
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('is ignored when missing, for another chunk, or for another source of the same length', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeCache(dir, 'chunk-A.cjs', source, data);
    expect(readCache(dir, 'chunk-B.cjs', source)).toBeUndefined();
    const other = Buffer.from(source);
    other[4] = 0x41;
    expect(other.length).toBe(source.length);
    expect(readCache(dir, 'chunk-A.cjs', other)).toBeUndefined();
  });

  it('is ignored when truncated, padded, garbage or empty', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeCache(dir, 'chunk-A.cjs', source, data);
    const file = fileOf(dir);
    const whole = readFileSync(file);
    for (const broken of [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from([0])]), Buffer.alloc(whole.length, 0x5a), Buffer.alloc(0), whole.subarray(0, 10)]) {
      writeFileSync(file, broken);
      expect(readCache(dir, 'chunk-A.cjs', source)).toBeUndefined();
    }
  });

  it('a failed write leaves nothing and throws nothing', () => {
    const missing = join(fresh(), 'not', 'there');
    expect(() => writeCache(missing, 'chunk-A.cjs', source, data)).not.toThrow();
  });
});

import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirCandidates, isPrivateDir, NO_CACHE_ENV, openCacheDir, PRUNE_STAMP, pruneCache, readCache, writeCache } from '../../src/loader/code-cache.js';

const posix = process.platform !== 'win32';
const base = mkdtempSync(join(tmpdir(), 'mtlslint-code-cache-'));
/** A working directory that holds none of the candidates. */
const elsewhere = mkdtempSync(join(tmpdir(), 'mtlslint-code-cache-cwd-'));
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

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

  it('~/.cache is under the home directory os.homedir() gives, read from HOME without node:os', () => {
    const home = process.env['HOME'];
    try {
      for (const value of ['/elsewhere/home', '', 'relative/home', undefined]) {
        // What Node's os.homedir() says in a process started with that HOME (this thread's process.env is its own).
        const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'HOME'));
        const said = execFileSync(process.execPath, ['-p', 'JSON.stringify(require("node:os").homedir())'], { env: value === undefined ? env : { ...env, HOME: value }, encoding: 'utf8' });
        const osHome = JSON.parse(said) as string;
        if (value === undefined) delete process.env['HOME'];
        else process.env['HOME'] = value;
        const expected = osHome && isAbsolute(osHome) ? [join(osHome, '.cache', 'mtlslint')] : [];
        expect(cacheDirCandidates({}, 'linux').slice(0, -1), `HOME=${value}`).toEqual(expected);
      }
    } finally {
      if (home === undefined) delete process.env['HOME'];
      else process.env['HOME'] = home;
    }
  });

  it('on Windows, only the local profile (no owner or mode can be checked there; a temporary directory may be shared)', () => {
    expect(cacheDirCandidates({ XDG_CACHE_HOME: '/x/cache', LOCALAPPDATA: '/local' }, 'win32')).toEqual([join('/local', 'mtlslint')]);
    expect(cacheDirCandidates({ XDG_CACHE_HOME: '/x/cache' }, 'win32')).toEqual([]);
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

  it.skipIf(!posix)('a directory another user owns is not used', () => {
    if (process.getuid?.() === 0) {
      // As root (CI containers), a directory given to another user.
      const theirs = fresh();
      mkdirSync(theirs, { mode: 0o700 });
      chownSync(theirs, 65534, 65534);
      expect(isPrivateDir(lstatSync(theirs))).toBe(false);
      const next = fresh();
      expect(openCacheDir({}, [theirs, next], elsewhere, [])).toBe(next);
    } else expect(isPrivateDir(lstatSync('/'))).toBe(false);
  });

  // A cache holds code the process runs: a checkout (or whatever is linted) must not be able to bring one.
  it('a directory inside a Git work tree is not used (HOME or XDG_CACHE_HOME pointing into a checkout)', () => {
    const repo = fresh();
    mkdirSync(join(repo, '.git'), { recursive: true });
    const inRepo = join(repo, '.cache', 'mtlslint');
    const next = fresh();
    expect(openCacheDir({}, [inRepo, next], elsewhere, [])).toBe(next);
  });

  it('a directory inside the working directory or a path named on the command line is not used', () => {
    const tree = fresh();
    const inTree = join(tree, 'home', '.cache', 'mtlslint');
    mkdirSync(inTree, { recursive: true, mode: 0o700 });
    writeFileSync(join(tree, 'main.bicep'), '');
    const next = fresh();
    expect(openCacheDir({}, [inTree, next], tree, [])).toBe(next);
    expect(openCacheDir({}, [inTree, next], elsewhere, ['lint', tree])).toBe(next);
    expect(openCacheDir({}, [inTree, next], elsewhere, ['lint', join(tree, 'main.bicep')])).toBe(next);
    expect(openCacheDir({}, [inTree, next], elsewhere, ['lint'])).toBe(inTree);
  });

  it.skipIf(!posix)('a directory under one that others can write (and is not sticky) is not used', () => {
    const open = fresh();
    mkdirSync(open);
    chmodSync(open, 0o777);
    const below = join(open, 'mtlslint');
    const next = fresh();
    expect(openCacheDir({}, [below, next], elsewhere, [])).toBe(next);
    chmodSync(open, 0o1777); // sticky, as /tmp: others cannot replace what is not theirs
    expect(openCacheDir({}, [below, next], elsewhere, [])).toBe(below);
  });
});

describe('a cache file', () => {
  it('gives back what was written for the same source', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeCache(dir, 'chunk-A.cjs', source, data);
    expect(readCache(dir, 'chunk-A.cjs', source)?.data.equals(data)).toBe(true);
    expect(readCache(dir, 'chunk-A.cjs', source)?.generation).toBe(1);
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

  it.skipIf(!posix)('is ignored when others can write it or it has a second name (a hard link)', () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    expect(writeCache(dir, 'c', source, data)).toBe(true);
    const file = fileOf(dir);
    expect(readCache(dir, 'c', source)?.data).toEqual(data);
    chmodSync(file, 0o622);
    expect(readCache(dir, 'c', source)).toBeUndefined();
    chmodSync(file, 0o600);
    linkSync(file, join(dir, 'second-name'));
    expect(readCache(dir, 'c', source)).toBeUndefined();
  });

  it.skipIf(!posix)('a FIFO or a link in place of the file is not read (and does not hang the run)', () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    expect(writeCache(dir, 'c', source, data)).toBe(true);
    const file = fileOf(dir);
    const real = join(base, `elsewhere-${n++}`);
    renameSync(file, real);
    symlinkSync(real, file);
    expect(readCache(dir, 'c', source)).toBeUndefined();
    rmSync(file);
    execFileSync('mkfifo', [file]);
    expect(readCache(dir, 'c', source)).toBeUndefined();
  });

  it('old files are pruned: caches not rewritten for 30 days, temporary files of runs that died, nothing else', () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const files: [string, number][] = [
      ['chunk-OLD.cjs-10-node20.0.0-x64.bin', 40 * day],
      ['chunk-NEW.cjs-10-node20.0.0-x64.bin', 29 * day],
      ['chunk-X.cjs-10-node20.0.0-x64.bin.1-abc.tmp', 2 * day],
      ['chunk-Y.cjs-10-node20.0.0-x64.bin.2-def.tmp', 0],
      ['notes.txt', 400 * day],
    ];
    for (const [name, age] of files) {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), (now - age) / 1000, (now - age) / 1000);
    }
    pruneCache(dir, now);
    expect(readdirSync(dir).sort()).toEqual(['chunk-NEW.cjs-10-node20.0.0-x64.bin', 'chunk-Y.cjs-10-node20.0.0-x64.bin.2-def.tmp', 'notes.txt', PRUNE_STAMP]);
    expect(() => pruneCache(join(dir, 'missing'), now)).not.toThrow();
  });

  it('prunes at most once a day: the listing of a directory of thousands of files is not paid by every run that writes', () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const old = (name: string) => {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), (now - 40 * day) / 1000, (now - 40 * day) / 1000);
    };
    old('chunk-A.cjs-10-node20.0.0-x64.bin');
    pruneCache(dir, now);
    expect(readdirSync(dir)).toEqual([PRUNE_STAMP]);
    // Within a day of that: left as it is.
    old('chunk-B.cjs-10-node20.0.0-x64.bin');
    pruneCache(dir, now + day - 1000);
    expect(readdirSync(dir).sort()).toEqual(['chunk-B.cjs-10-node20.0.0-x64.bin', PRUNE_STAMP]);
    // A day later: pruned again.
    pruneCache(dir, now + day + 1000);
    expect(readdirSync(dir)).toEqual([PRUNE_STAMP]);
    expect(statSync(join(dir, PRUNE_STAMP)).mtimeMs).toBeCloseTo(now + day + 1000, -3);
  });

  it.skipIf(process.platform === 'win32')('never writes its stamp through a link', () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    const target = join(dir, 'elsewhere');
    writeFileSync(target, 'keep');
    symlinkSync(target, join(dir, PRUNE_STAMP));
    const now = Date.now() + 400 * 24 * 3600 * 1000;
    pruneCache(dir, now);
    expect(readFileSync(target, 'utf8')).toBe('keep');
    expect(statSync(target).mtimeMs).toBeLessThan(now - 24 * 3600 * 1000);
  });

  it('a failed write leaves nothing and throws nothing', () => {
    const missing = join(fresh(), 'not', 'there');
    expect(() => writeCache(missing, 'chunk-A.cjs', source, data)).not.toThrow();
  });
});

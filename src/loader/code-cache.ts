// V8 code cache of the bundled CLI's chunks (see chunk-loader.ts): compiling them from the cache
// instead of from source is most of what a one-file run can save on Node 20, which has no compile
// cache of its own. Nothing from linted input goes in: a cache holds our own code, compiled.
//
// mtlslint runs in CI on untrusted repositories, so the cache is only used where no one else can
// write it: a per-user directory outside the linted tree, a real directory (not a link) owned by
// this user and not writable by group or others. Every failure means "compile from source".
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** Set (to anything but empty) to never read or write the code cache. */
export const NO_CACHE_ENV = 'MTLSLINT_NO_CODE_CACHE';

/** A cache file: MAGIC, source length and data length (u32 LE), the chunk's source, V8's data. */
const MAGIC = Buffer.from('mtlscc1\n', 'latin1');
const HEADER = MAGIC.length + 8;
/** Far above any chunk with its cache; a larger file is not ours. */
const MAX_FILE = 64 * 1024 * 1024;

/**
 * Where the cache may live, in order: `$XDG_CACHE_HOME/mtlslint` (absolute only, as the spec says),
 * `~/.cache/mtlslint` (`%LOCALAPPDATA%\mtlslint` on Windows), else `<tmpdir>/mtlslint-<uid>`.
 */
export function cacheDirCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const dirs: string[] = [];
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg && isAbsolute(xdg)) dirs.push(join(xdg, 'mtlslint'));
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'];
    if (local && isAbsolute(local)) dirs.push(join(local, 'mtlslint'));
  } else {
    try {
      const home = homedir();
      if (home && isAbsolute(home)) dirs.push(join(home, '.cache', 'mtlslint'));
    } catch {
      // no home directory: the temporary one below
    }
  }
  dirs.push(join(tmpdir(), `mtlslint-${process.getuid?.() ?? 'user'}`));
  return dirs;
}

/** A directory only this user can write: not a link, owned by this user, no group or other write bit. */
export function isPrivateDir(stats: Stats): boolean {
  if (!stats.isDirectory() || stats.isSymbolicLink()) return false;
  const uid = process.getuid?.();
  if (uid === undefined) return true; // Windows: no POSIX owner or mode to check; the directory is under the user's profile
  return stats.uid === uid && (stats.mode & 0o022) === 0;
}

/** The first candidate that exists (or can be made, 0700) and is private; none when the cache is off. */
export function openCacheDir(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = cacheDirCandidates(env)): string | undefined {
  if (env[NO_CACHE_ENV]) return undefined;
  for (const dir of candidates) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (isPrivateDir(lstatSync(dir))) return dir;
    } catch {
      // not usable: the next one
    }
  }
  return undefined;
}

/**
 * A chunk's cache file: per chunk (its name carries a hash of its code), source length (two builds
 * of mtlslint whose chunks share a name do not take turns overwriting one file), V8 flags set at run
 * time (`flags`, see ChunkLoader; V8 rejects a cache made under other flags), Node.js version and
 * architecture.
 */
function cacheFile(dir: string, chunk: string, source: Buffer, flags: string): string {
  return join(dir, `${chunk}-${source.length}${flags ? `-${flags}` : ''}-node${process.versions.node}-${process.arch}.bin`);
}

/**
 * Memory reused for reading files: a run reads some sixty (chunks and their caches), and fresh
 * memory for each costs more in page faults than the reads themselves.
 */
export class Scratch {
  private buffer = Buffer.allocUnsafeSlow(1 << 19);

  /** The whole regular file at `path` (at most `limit` bytes), as a view valid until the next read; none on any failure. */
  read(path: string, limit: number): Buffer | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const stats = fstatSync(fd);
      if (!stats.isFile() || stats.size > limit) return undefined;
      if (stats.size > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(stats.size);
      let read = 0;
      while (read < stats.size) {
        const n = readSync(fd, this.buffer, read, stats.size - read, read);
        if (n === 0) return undefined;
        read += n;
      }
      return this.buffer.subarray(0, stats.size);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/**
 * V8's data for `source` (a view into `scratch`), or none: a missing, short, foreign or stale file
 * is never handed to V8. V8 itself checks only its version, its flags and the source's length, so
 * the file carries the source it was made from, compared byte for byte.
 */
export function readCache(dir: string, chunk: string, source: Buffer, scratch: Scratch = new Scratch(), flags = ''): Buffer | undefined {
  const file = scratch.read(cacheFile(dir, chunk, source, flags), MAX_FILE);
  if (!file || file.length < HEADER + source.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const sourceLength = file.readUInt32LE(MAGIC.length);
  const dataLength = file.readUInt32LE(MAGIC.length + 4);
  if (sourceLength !== source.length || HEADER + sourceLength + dataLength !== file.length || dataLength === 0) return undefined;
  if (!file.subarray(HEADER, HEADER + sourceLength).equals(source)) return undefined;
  return file.subarray(HEADER + sourceLength);
}

/** Writes a chunk's cache atomically (a temporary file renamed over it); a failure leaves nothing behind. */
export function writeCache(dir: string, chunk: string, source: Buffer, data: Buffer, flags = ''): void {
  if (data.length === 0) return;
  const target = cacheFile(dir, chunk, source, flags);
  const temp = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const header = Buffer.alloc(HEADER);
    MAGIC.copy(header);
    header.writeUInt32LE(source.length, MAGIC.length);
    header.writeUInt32LE(data.length, MAGIC.length + 4);
    writeFileSync(temp, Buffer.concat([header, source, data]), { mode: 0o600, flag: 'wx' });
    renameSync(temp, target);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
  }
}

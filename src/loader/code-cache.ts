// V8 code cache of the bundled CLI's chunks (see chunk-loader.ts): compiling them from the cache
// instead of from source is most of what a one-file run can save on Node 20, which has no compile
// cache of its own. Nothing from linted input goes in: a cache holds our own code, compiled.
//
// mtlslint runs in CI on untrusted repositories, and V8 does not check a cache's data (only its
// version, flags and the source's length): a cache file is code. So it is only used where no one
// else can write it (see `openCacheDir` and `ownFile`) and outside anything the run may lint. The
// source kept in each file keeps a stale cache from being used, not a hostile one. Every failure
// means "compile from source".
import { accessSync, closeSync, constants, existsSync, fstatSync, futimesSync, lstatSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { nodeBuiltin } from './node-builtin.js';
import { ownPrivateDir } from './private-dir.js';

export { isPrivateDir } from './private-dir.js';

/** Set (to anything but empty) to never read or write the code cache. */
export const NO_CACHE_ENV = 'MTLSLINT_NO_CODE_CACHE';

/**
 * A cache file: MAGIC, source length, data length and generation (u32 LE), the chunk's source,
 * V8's data. The generation counts the runs that wrote it (see CACHE_GROWTH_RUNS).
 */
const MAGIC = Buffer.from('mtlscc2\n', 'latin1');
/**
 * The format in the file's name too: versions of mtlslint that share a chunk (and a user's cache)
 * but not the format would otherwise replace each other's file on every run.
 */
const FORMAT = 'cc2';
const HEADER = MAGIC.length + 12;
/** Far above any chunk with its cache; a larger file is not ours. */
const MAX_FILE = 64 * 1024 * 1024;

/**
 * Where the cache may live, in order: `$XDG_CACHE_HOME/mtlslint` (absolute only, as the spec says),
 * `~/.cache/mtlslint` (`%LOCALAPPDATA%\mtlslint` on Windows), else `<tmpdir>/mtlslint-<uid>`.
 */
export function cacheDirCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  return [...candidateDirs(env, platform)];
}

/** The candidates of `cacheDirCandidates`, each worked out when the one before was not usable (the last needs `node:os`). */
function* candidateDirs(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Generator<string> {
  if (platform === 'win32') {
    // No POSIX owner or mode to check: only the user's own local profile, never a shared temporary directory.
    const local = env['LOCALAPPDATA'];
    if (local && isAbsolute(local)) yield join(local, 'mtlslint');
    return;
  }
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg && isAbsolute(xdg)) yield join(xdg, 'mtlslint');
  let home: string | undefined;
  try {
    home = homedir();
  } catch {
    // no home directory: the temporary one below
  }
  if (home && isAbsolute(home)) yield join(home, '.cache', 'mtlslint');
  yield join(os().tmpdir(), `mtlslint-${process.getuid?.() ?? 'user'}`);
}

/**
 * `node:os`, loaded when asked for: it costs a run ~2 M instructions, and the cache directory is
 * found without it when HOME is set (see `homedir`).
 */
const os = (): typeof import('node:os') => nodeBuiltin('node:os') as typeof import('node:os');

/** `os.homedir()`, which on POSIX is HOME when it is set (libuv's `uv_os_homedir`), read here without loading `node:os`. */
function homedir(): string {
  const home = process.platform === 'win32' ? undefined : process.env['HOME'];
  return home ?? os().homedir();
}

const within = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Whether a directory can be part of what is being linted: inside a Git work tree (a checkout can
 * carry a `.cache/mtlslint` of its own, and HOME or XDG_CACHE_HOME may point into it), or inside the
 * working directory or a path named on the command line. Its files would be code from the input.
 */
function insideInput(real: string, cwd: string, named: readonly string[]): boolean {
  for (let dir = real; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) break;
  }
  const roots = [cwd, ...named].flatMap((p) => {
    try {
      const abs = realpathSync.native(resolve(cwd, p));
      return [statSync(abs).isDirectory() ? abs : dirname(abs)];
    } catch {
      return [];
    }
  });
  return roots.some((root) => within(real, root));
}

/**
 * The first candidate that exists (or can be made, 0700), is private (`ownPrivateDir`: see `isPrivateDir`,
 * `privatePath`), writable, and outside anything the run may lint (`insideInput`: `cwd` and the
 * command line's `named` paths); none when the cache is off. A cache holds code this process runs.
 */
export function openCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  candidates: Iterable<string> = candidateDirs(env, process.platform),
  cwd: string = process.cwd(),
  named: readonly string[] = process.argv.slice(2),
): string | undefined {
  if (env[NO_CACHE_ENV]) return undefined;
  for (const dir of candidates) {
    try {
      const real = ownPrivateDir(dir);
      if (real === undefined || insideInput(real, realpathSync.native(cwd), named)) continue;
      accessSync(real, constants.W_OK);
      return real;
    } catch {
      // not usable: the next one
    }
  }
  return undefined;
}

/**
 * A chunk's cache file: per chunk (its name carries a hash of its code), source length (two builds
 * of mtlslint whose chunks share a name do not take turns overwriting one file), V8 flags and the
 * kind of run (`flags`, see ChunkLoader's `cacheKey`; V8 rejects a cache made under other flags),
 * Node.js version and architecture.
 */
function cacheFile(dir: string, chunk: string, source: Buffer, flags: string): string {
  return join(dir, `${chunk}-${source.length}${flags ? `-${flags}` : ''}-node${process.versions.node}-${process.arch}-${FORMAT}.bin`);
}

/** A cache file this user wrote: owned by the user, writable by no one else, one name only. */
function ownFile(stats: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0 && stats.nlink === 1);
}

/**
 * Memory reused for reading files: a run reads some sixty (chunks and their caches), and fresh
 * memory for each costs more in page faults than the reads themselves.
 */
export class Scratch {
  private buffer = Buffer.allocUnsafeSlow(1 << 19);
  /** When the file of the last successful read was last written (ms since the epoch). */
  mtimeMs = 0;

  /**
   * The whole regular file at `path` (at most `limit` bytes), as a view valid until the next read;
   * none on any failure. A cache file (`owned`, the default) is read only as `ownFile` allows and
   * never through a link; a file of the bundle itself is read as Node reads modules: whoever owns
   * it, whatever links lead to it (a Git checkout under umask 002 makes it group-writable, pnpm
   * hard-links it from its store).
   */
  read(path: string, limit: number, owned = true): Buffer | undefined {
    let fd: number | undefined;
    try {
      // Never blocking (a FIFO placed there must not hang the run).
      fd = openSync(path, constants.O_RDONLY | (owned ? (constants.O_NOFOLLOW ?? 0) : 0) | (constants.O_NONBLOCK ?? 0));
      const stats = fstatSync(fd);
      if (!stats.isFile() || stats.size > limit || (owned && !ownFile(stats))) return undefined;
      if (stats.size > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(stats.size);
      this.mtimeMs = stats.mtimeMs;
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

/** A chunk's cache as read: V8's data, and how many runs wrote the file. */
export interface CachedChunk {
  /** A view into the scratch it was read with. */
  data: Buffer;
  generation: number;
}

/**
 * V8's data for `source`, or none: a missing, short, foreign or stale file is never handed to V8.
 * V8 itself checks only its version, its flags and the source's length, so the file carries the
 * source it was made from, compared byte for byte.
 */
export function readCache(dir: string, chunk: string, source: Buffer, scratch: Scratch = new Scratch(), flags = ''): CachedChunk | undefined {
  const file = scratch.read(cacheFile(dir, chunk, source, flags), MAX_FILE);
  if (!file || file.length < HEADER + source.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const sourceLength = file.readUInt32LE(MAGIC.length);
  const dataLength = file.readUInt32LE(MAGIC.length + 4);
  if (sourceLength !== source.length || HEADER + sourceLength + dataLength !== file.length || dataLength === 0) return undefined;
  if (!file.subarray(HEADER, HEADER + sourceLength).equals(source)) return undefined;
  return { data: file.subarray(HEADER + sourceLength), generation: file.readUInt32LE(MAGIC.length + 8) };
}

/**
 * Writes a chunk's cache atomically (a temporary file renamed over it); a failure leaves nothing
 * behind and answers false. `generation`: how many runs have written it, this one included.
 */
export function writeCache(dir: string, chunk: string, source: Buffer, data: Buffer, flags = '', generation = 1): boolean {
  if (data.length === 0) return true;
  const target = cacheFile(dir, chunk, source, flags);
  const temp = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const header = Buffer.alloc(HEADER);
    MAGIC.copy(header);
    header.writeUInt32LE(source.length, MAGIC.length);
    header.writeUInt32LE(data.length, MAGIC.length + 4);
    header.writeUInt32LE(generation, MAGIC.length + 8);
    writeFileSync(temp, Buffer.concat([header, source, data]), { mode: 0o600, flag: 'wx' });
    renameSync(temp, target);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
    return false;
  }
}

/** A cache file not rewritten for this long is removed (it is remade on its next use). */
export const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/**
 * A cache file this old is written again by the next run that uses it: it then also holds the
 * functions that run compiled lazily (a cache holds only what the run that wrote it had compiled,
 * and other files take other paths through the code), and a cache in use is never pruned.
 */
export const CACHE_REFRESH_AGE_MS = 24 * 3600 * 1000;
/**
 * The first runs that use a chunk each write its cache again: a cache holds only the functions its
 * writing runs compiled (or took from the cache before), and the first run of a new version is
 * often not typical (`--version`, another format, another output format). Three writes give the
 * common paths of a user's runs; every later run compiles from the cache only (measured: a Bicep
 * run from a cache an ARM run wrote executed ~15% more instructions, some 10 ms; a write costs
 * about as much, once).
 */
export const CACHE_GROWTH_RUNS = 3;
/** A temporary file left this long is from a run that died between writing and renaming it. */
const TEMP_MAX_AGE_MS = 24 * 3600 * 1000;

/** The file whose time says when the directory was last pruned (its contents are never read). */
export const PRUNE_STAMP = 'pruned.stamp';
/** Pruning lists and stats every file of the directory (thousands after some versions): once a day at most. */
const PRUNE_INTERVAL_MS = 24 * 3600 * 1000;

/**
 * Removes what older versions of mtlslint and Node.js left (every release has chunks of other names)
 * and temporary files of runs that died: called after a run wrote caches, at most once a day (see
 * PRUNE_STAMP), so that the directory stays about one version's size. Only files named as this
 * module names them are touched.
 */
export function pruneCache(dir: string, now: number = Date.now()): void {
  const stamp = join(dir, PRUNE_STAMP);
  try {
    if (now - lstatSync(stamp).mtimeMs < PRUNE_INTERVAL_MS) return;
  } catch {
    // never pruned
  }
  try {
    const fd = openSync(stamp, constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      futimesSync(fd, now / 1000, now / 1000);
    } finally {
      closeSync(fd);
    }
  } catch {
    return; // not writable: the next run that writes tries again
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const temp = name.endsWith('.tmp');
    if (!temp && !name.endsWith('.bin')) continue;
    const path = join(dir, name);
    try {
      const stats = lstatSync(path);
      if (stats.isFile() && now - stats.mtimeMs > (temp ? TEMP_MAX_AGE_MS : CACHE_MAX_AGE_MS)) unlinkSync(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

import { lstatSync, mkdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

// Whether a directory is this user's alone: for the code cache (code-cache.ts), which holds code
// this process runs, and for the server's socket (src/server/address.ts), which other users must
// not reach. Node built-ins only, imported nothing else: the server's client loads this too.

/** A directory only this user can write: not a link, owned by this user, no group or other write bit. */
export function isPrivateDir(stats: Stats): boolean {
  if (!stats.isDirectory() || stats.isSymbolicLink()) return false;
  const uid = process.getuid?.();
  if (uid === undefined) return true; // Windows: no POSIX owner or mode to check; the directory is under the user's profile
  return stats.uid === uid && (stats.mode & 0o022) === 0;
}

/**
 * Whether no one but this user (or root) can replace a directory on the way to the cache: each
 * ancestor is owned by one of them and writable by no one else (unless sticky, as /tmp is).
 */
function privatePath(real: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    const stats = statSync(dir);
    if ((stats.uid !== uid && stats.uid !== 0) || ((stats.mode & 0o022) !== 0 && (stats.mode & 0o1000) === 0)) return false;
    if (dirname(dir) === dir) return true;
  }
}

/**
 * `dir` made if missing (0700), as its real path when it is private (`isPrivateDir`, `privatePath`);
 * undefined when it is not, or cannot be made or read.
 */
export function ownPrivateDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isPrivateDir(lstatSync(dir))) return undefined;
    const real = realpathSync.native(dir);
    return privatePath(real) ? real : undefined;
  } catch {
    return undefined;
  }
}

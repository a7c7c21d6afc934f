import { chownSync, closeSync, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Temporary files not yet renamed into place: removed however the process ends. */
const pending = new Set<string>();
let hooked = false;

function cleanUpOnExit(): void {
  if (hooked) return;
  hooked = true;
  const clean = (): void => {
    for (const p of pending) rmSync(p, { force: true });
    pending.clear();
  };
  process.once('exit', clean);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      clean();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes through a temporary file in the same directory and a rename, so that a crash or a
 * concurrent reader never sees half a file. Keeps the file mode of an existing file; the
 * temporary file is removed on any exit.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.mtlslint-${process.pid}-${counter++}.tmp`);
  let st;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  cleanUpOnExit();
  pending.add(temp);
  try {
    writeFileSync(temp, data, st === undefined ? { flag: 'wx' } : { mode: st.mode & 0o7777, flag: 'wx' });
    if (st) {
      try {
        // Owner and group as they were (only possible for root or the owner; the mode already is).
        chownSync(temp, st.uid, st.gid);
      } catch {
        // not permitted: the file keeps the writer's owner
      }
    }
    renameSync(temp, path);
    pending.delete(temp);
  } catch (err) {
    rmSync(temp, { force: true });
    pending.delete(temp);
    throw err;
  }
}

/**
 * `--fix`'s write: replaces the text of a file that must still hold `expected` (what was linted),
 * through its symlinks (the link stays a link), in place when it has other hard links (they stay
 * one file), and atomically otherwise, keeping mode and owner. Returns why it did not write.
 */
export function replaceFileText(path: string, expected: string, data: string, canWrite: (realPath: string) => string | undefined): string | undefined {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'the file no longer exists';
  }
  const refused = canWrite(target);
  if (refused) return `not written: the file is ${refused}`;
  let st;
  try {
    st = lstatSync(target);
  } catch {
    return 'the file no longer exists';
  }
  if (!st.isFile()) return 'not written: not a regular file';
  let current: string;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    return 'the file can no longer be read';
  }
  if (current.replace(/^\uFEFF/, '') !== expected) return 'the file changed since it was linted; lint again';
  if (st.nlink > 1) {
    // A rename would split the hard links apart: write the same inode.
    const fd = openSync(target, 'r+');
    try {
      if (fstatSync(fd).ino !== st.ino) return 'the file changed since it was linted; lint again';
      const bytes = Buffer.from(data, 'utf8');
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
    } finally {
      closeSync(fd);
    }
    return undefined;
  }
  writeFileAtomic(target, data);
  return undefined;
}

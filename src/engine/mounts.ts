import { readFileSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * File systems whose reads of a regular file return fewer bytes than asked only at its end (Linux
 * names, as /proc/self/mountinfo gives them): disk and memory file systems read through the page
 * cache, which fills a read up to the end of the file. Not here: network and FUSE file systems (a
 * FUSE server with direct I/O, 9p or a network share may answer a read in parts) and pseudo-file
 * systems (/proc and /sys files say size 0, or 4096, and may be read a record at a time).
 */
const WHOLE_READS = new Set(['ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'zfs', 'f2fs', 'bcachefs', 'jfs', 'reiserfs', 'tmpfs', 'ramfs', 'overlay', 'vfat', 'exfat', 'ntfs3']);

interface Mount {
  point: string;
  type: string;
}

/** The mounts of a /proc/self/mountinfo text, in its order (a mount listed later covers one at the same point). */
export function parseMountInfo(text: string): Mount[] {
  const out: Mount[] = [];
  for (const line of text.split('\n')) {
    // ID, parent ID, major:minor, root, mount point, options, optional fields…, `-`, type, source, options.
    const fields = line.split(' ');
    const dash = fields.indexOf('-', 6);
    const point = fields[4];
    const type = fields[dash + 1];
    if (dash === -1 || point === undefined || type === undefined) continue;
    // Spaces, tabs, newlines and backslashes in a mount point are written in octal (`\040`).
    out.push({ point: point.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8))), type });
  }
  return out;
}

const under = (path: string, dir: string): boolean => path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Whether every file system the real paths `roots` lie on reads regular files whole (see
 * `WHOLE_READS`): the one each root is on and every one mounted below a root. `mounts`: as
 * `parseMountInfo` gives them.
 */
export function wholeReadsUnder(roots: readonly string[], mounts: readonly Mount[]): boolean {
  for (const root of roots) {
    let on: Mount | undefined;
    for (const m of mounts) {
      if (m.point !== root && !under(root, m.point)) {
        if (under(m.point, root) && !WHOLE_READS.has(m.type)) return false;
        continue;
      }
      // The deepest mount point above the root; of two at one point, the later.
      if (!on || m.point.length >= on.point.length) on = m;
    }
    if (!on || !WHOLE_READS.has(on.type)) return false;
  }
  return roots.length > 0;
}

/**
 * `wholeReadsUnder` as the system tells it; false where it does not (no /proc/self/mountinfo: not
 * Linux, or /proc not mounted). `platform` and `read`: the system's, unless a test gives its own.
 */
export function systemReadsWhole(
  roots: readonly string[],
  platform: NodeJS.Platform = process.platform,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): boolean {
  if (platform !== 'linux') return false;
  let text: string;
  try {
    text = read('/proc/self/mountinfo');
  } catch {
    return false;
  }
  return wholeReadsUnder(roots, parseMountInfo(text));
}

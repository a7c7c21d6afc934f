import { describe, expect, it } from 'vitest';
import { parseMountInfo, systemReadsWhole, wholeReadsUnder } from '../../src/engine/mounts.js';

const MOUNTINFO = [
  '26 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard',
  '21 26 0:20 / /proc rw,relatime - proc proc rw',
  '36 26 98:0 /mnt1 /home/me/on\\040nfs rw,noatime master:1 - nfs4 server:/export rw',
  '37 26 0:40 / /home/me/fuse rw,nosuid shared:5 master:2 - fuse.sshfs host: rw',
  '38 26 0:41 / /work rw,relatime - overlay overlay rw,lowerdir=/a,upperdir=/b',
  '39 38 0:42 / /work/repo/mnt rw,relatime - tmpfs tmpfs rw',
  '40 26 0:43 / /stacked rw - nfs host:/x rw',
  '41 26 0:44 / /stacked rw - xfs /dev/vdb rw',
  '',
].join('\n');

describe('mount table', () => {
  it('gives each mount point, unescaped, and its type, past optional fields', () => {
    expect(parseMountInfo(MOUNTINFO).slice(0, 4)).toEqual([
      { point: '/', type: 'ext4' },
      { point: '/proc', type: 'proc' },
      { point: '/home/me/on nfs', type: 'nfs4' },
      { point: '/home/me/fuse', type: 'fuse.sshfs' },
    ]);
  });

  it.each([
    ['a tree on a disk file system', ['/home/me/repo'], true],
    ['the root of that file system', ['/'], false], // /proc is mounted below it
    ['a tree on an overlay with a memory file system mounted in it', ['/work/repo'], true],
    ['a tree on a network share (the deepest mount above it counts)', ['/home/me/on nfs/repo'], false],
    ['a tree on a FUSE file system', ['/home/me/fuse'], false],
    ['a tree under which a FUSE file system is mounted', ['/home/me'], false],
    ['a tree in /proc', ['/proc/self'], false],
    ['of two mounts at one point, the later', ['/stacked/repo'], true],
    ['every root counts', ['/work/repo', '/home/me/fuse/x'], false],
    ['no root, no answer', [], false],
  ])('%s', (_label, roots, expected) => {
    expect(wholeReadsUnder(roots, parseMountInfo(MOUNTINFO))).toBe(expected);
  });

  it('a mount table that cannot be read says no', () => {
    expect(wholeReadsUnder(['/home/me'], parseMountInfo('garbage\n\n1 2 3'))).toBe(false);
  });

  it('where the system keeps no mount table, short reads are never taken as the end', () => {
    const table = (): string => MOUNTINFO;
    // The table is read only on Linux, and only there can it say yes.
    expect(systemReadsWhole(['/work/repo'], 'linux', table)).toBe(true);
    for (const platform of ['darwin', 'win32', 'freebsd'] as const) expect(systemReadsWhole(['/work/repo'], platform, table)).toBe(false);
    // Linux without /proc mounted (or unreadable): no table, no short read taken as the end.
    const missing = (): string => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(systemReadsWhole(['/work/repo'], 'linux', missing)).toBe(false);
  });
});

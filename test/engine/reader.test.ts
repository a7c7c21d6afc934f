import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { LintRoot } from '../../src/engine/confine.js';
import { discover } from '../../src/engine/discover.js';
import { unitReader } from '../../src/engine/lint-unit.js';
import { decodeText, diskReader, isPlainText } from '../../src/engine/reader.js';

describe('decodeText', () => {
  it.each([
    ['plain text', Buffer.from('{"a":1}'), { ok: true, text: '{"a":1}' }],
    ['BOM is dropped so columns match editors', Buffer.from('\uFEFF{"a":1}'), { ok: true, text: '{"a":1}' }],
    ['empty file', Buffer.alloc(0), { ok: true, text: '' }],
    ['NUL byte means binary', Buffer.from([0x7b, 0x00, 0x7d]), { ok: false, message: 'binary file (contains NUL bytes); not linted' }],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { ok: false, message: 'file is not valid UTF-8; not linted: save it as UTF-8' }],
    [
      'UTF-16 LE (PowerShell Out-File) is named as such',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]),
      { ok: false, message: 'file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8' },
    ],
    [
      'UTF-16 BE too',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"a":1}', 'utf16le').swap16()]),
      { ok: false, message: 'file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8' },
    ],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeText(bytes)).toEqual(expected);
    expect(isPlainText(bytes), 'isPlainText agrees').toBe(expected.ok);
  });

  it('isPlainText accepts exactly what decodeText decodes', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 32 }).map((t) => Buffer.from(t, 'utf8')));
    fc.assert(
      fc.property(bytes, (b) => {
        expect(isPlainText(b)).toBe(decodeText(b).ok);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a file the directory walk listed is read on its word, and never through a link put in its place since', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-listed-')));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const root = join(base, 'repo');
  const outside = join(base, 'secret.json');
  mkdirSync(join(root, 'infra'), { recursive: true });
  writeFileSync(outside, '{"secret": true}');
  writeFileSync(join(root, 'inside.json'), '{"inside": true}');

  it.each([
    ['a link to outside the tree is refused', outside, { ok: false, message: 'outside the linted tree', refused: true }],
    ['a link inside the tree is followed', join(root, 'inside.json'), { ok: true, text: '{"inside": true}' }],
  ])('%s', (_label, target, expected) => {
    const file = join(root, 'infra', 'main.json');
    writeFileSync(file, '{"listed": true}');
    const tree = new LintRoot([root]);
    expect(discover(['.'], root, root, [], tree).files).toContain(file);
    expect(tree.listed(file)).toBe(true);
    // Swapped for a link between the walk and the read.
    unlinkSync(file);
    symlinkSync(target, file);
    const reader = diskReader(undefined, false, tree);
    expect(reader.read(file)).toEqual(expected);
    expect(reader.head(file, 4) === undefined).toBe(!expected.ok);
    expect(tree.listed(file)).toBe(false);
    unlinkSync(file);
  });

  describe('read into a buffer without asking what it is, as a unit preloads it', () => {
    const scratch = (bytes: number): Buffer => Buffer.alloc(bytes);
    /** A file listed by the walk, then replaced by `swap` (when given) before it is read. */
    const listedThen = (name: string, text: string, swap?: (file: string) => void): { file: string; tree: LintRoot } => {
      const file = join(root, 'infra', name);
      writeFileSync(file, text);
      const tree = new LintRoot([root]);
      expect(discover(['.'], root, root, [], tree).files).toContain(file);
      expect(tree.listed(file)).toBe(true);
      if (swap) {
        unlinkSync(file);
        swap(file);
      }
      return { file, tree };
    };

    it('gives the bytes a full read gives', () => {
      const { file, tree } = listedThen('small.json', '{"small": true}');
      const got = diskReader(undefined, false, tree).readBytes?.(file, 1024, scratch);
      expect(got?.ok && got.bytes.toString()).toBe('{"small": true}');
      // An empty file too: nothing read is looked at again (it might be something else than a file).
      const empty = listedThen('empty.json', '');
      const none = diskReader(undefined, false, empty.tree).readBytes?.(empty.file, 1024, scratch);
      expect(none?.ok && none.bytes.length).toBe(0);
      unlinkSync(file);
      unlinkSync(empty.file);
    });

    it('gives the same bytes whether a short read is taken as the end or a second read says so', () => {
      for (const size of [1, 100, 1023, 1024, 1025, 4096, 70_000]) {
        const text = 'abcdefgh'.repeat(Math.ceil(size / 8)).slice(0, size);
        const { file, tree } = listedThen(`sized-${size}.json`, text);
        const twice = new LintRoot([root]);
        discover(['.'], root, root, [], twice);
        twice.readsWhole = () => false;
        for (const t of [tree, twice]) {
          const got = diskReader(undefined, false, t).readBytes?.(file, 65_536, scratch);
          expect(got, `${size} bytes`).toEqual(size > 65_536 ? { ok: false, message: 'not read whole: larger than 65536 bytes' } : { ok: true, bytes: Buffer.from(text) });
        }
        unlinkSync(file);
      }
    });

    it('a file larger than asked is not read whole, in the usual words', () => {
      const { file, tree } = listedThen('large.json', 'x'.repeat(2000));
      expect(diskReader(undefined, false, tree).readBytes?.(file, 1024, scratch)).toEqual({ ok: false, message: 'not read whole: larger than 1024 bytes' });
      // Exactly as large as asked is read whole.
      const exact = listedThen('exact.json', 'y'.repeat(1024));
      const got = diskReader(undefined, false, exact.tree).readBytes?.(exact.file, 1024, scratch);
      expect(got?.ok && got.bytes.length).toBe(1024);
      unlinkSync(file);
      unlinkSync(exact.file);
    });

    it('a directory put in place of the file is refused as not a regular file', () => {
      const { file, tree } = listedThen('dir.json', '{}', (f) => mkdirSync(f));
      expect(diskReader(undefined, false, tree).readBytes?.(file, 1024, scratch)).toEqual({ ok: false, message: 'not read: not a regular file' });
      rmSync(file, { recursive: true });
    });

    it.skipIf(process.platform === 'win32')('a FIFO put in place of the file is refused, and does not hang the read', () => {
      const { file, tree } = listedThen('pipe.json', '{}', (f) => execFileSync('mkfifo', [f]));
      expect(diskReader(undefined, false, tree).readBytes?.(file, 1024, scratch)).toEqual({ ok: false, message: 'not read: not a regular file' });
      unlinkSync(file);
    });

    it('a link put in place of the file is still checked in full', () => {
      const { file, tree } = listedThen('link.json', '{}', (f) => symlinkSync(outside, f));
      expect(diskReader(undefined, false, tree).readBytes?.(file, 1024, scratch)).toEqual({ ok: false, message: 'outside the linted tree', refused: true });
      expect(tree.listed(file)).toBe(false);
      unlinkSync(file);
    });
  });

  it('a listed file in a version-control directory is still refused', () => {
    const tree = new LintRoot([root]);
    tree.listedDirectory(join(root, '.git'), join(root, '.git'));
    tree.listedFile(join(root, '.git', 'config.json'));
    expect(tree.refusal(join(root, '.git', 'config.json'))).toBe('inside a version-control directory');
  });
});

describe('a unit reader reads every file into one buffer, reused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-unit-reader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the text of a file is its own after other files, of this unit or another, were read into the buffer', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, '{"file": "a"}');
    writeFileSync(b, '{"file": "b", "longer": true}');
    const first = unitReader(diskReader(undefined, false));
    const second = unitReader(diskReader(undefined, false));
    first.preload?.(a);
    expect(first.bytes?.(a)?.toString()).toBe('{"file": "a"}');
    first.release?.();
    expect(first.bytes?.(a)).toBeUndefined();
    second.preload?.(b);
    // a's bytes were overwritten by b's: a is read again, not taken from the buffer.
    expect(first.read(a)).toEqual({ ok: true, text: '{"file": "a"}' });
    expect(second.read(b)).toEqual({ ok: true, text: '{"file": "b", "longer": true}' });
    second.preload?.(a);
    expect(second.bytes?.(b)).toBeUndefined();
    expect(second.read(b)).toEqual({ ok: true, text: '{"file": "b", "longer": true}' });
  });
});

describe('a path its directory listing did not hold is missing without a system call', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-absent-')));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const root = join(base, 'repo');
  const infra = join(root, 'infra');
  mkdirSync(infra, { recursive: true });
  mkdirSync(join(root, 'ünïcode'));
  writeFileSync(join(infra, 'main.json'), '{}');
  writeFileSync(join(infra, 'Other.Parameters.json'), '{"other": true}');
  writeFileSync(join(root, 'ünïcode', 'main.json'), '{}');
  writeFileSync(join(base, 'secret.json'), '{"secret": true}');
  symlinkSync(join(base, 'secret.json'), join(infra, 'linked.parameters.json'));
  mkdirSync(join(infra, 'sub.parameters.json'));
  /** A tree the walk listed, as a run lists it before anything is read. */
  const walked = (): LintRoot => {
    const tree = new LintRoot([root]);
    discover(['.'], root, root, [], tree);
    return tree;
  };

  it('a sibling parameter file created after the walk is missing, as a file the walk did not find is not linted', () => {
    const tree = walked();
    const sibling = join(infra, 'main.parameters.json');
    writeFileSync(sibling, '{"late": true}');
    expect(tree.absent(sibling)).toBe(true);
    expect(tree.refusal(sibling)).toBeUndefined();
    const reader = diskReader(undefined, false, tree);
    expect(reader.read(sibling)).toEqual({ ok: false, message: 'cannot read file: ENOENT', missing: true });
    expect(reader.head(sibling, 4)).toBeUndefined();
    expect(reader.size(sibling)).toBeUndefined();
    // A tree listed after it was created reads it.
    expect(diskReader(undefined, false, walked()).read(sibling)).toEqual({ ok: true, text: '{"late": true}' });
    unlinkSync(sibling);
  });

  it('says what the open would have said for a path that is not there', () => {
    const reader = diskReader(undefined, false, walked());
    const missing = join(infra, 'none.parameters.json');
    expect(reader.read(missing)).toEqual(diskReader(undefined, false, new LintRoot([root])).read(missing));
  });

  it('marks a path that is not there as missing (a module or linked template named but absent), also one under a file, not a directory', () => {
    const reader = diskReader(undefined, false, new LintRoot([root]));
    expect(reader.read(join(infra, 'nested', 'site.json'))).toEqual({ ok: false, message: 'cannot read file: ENOENT', missing: true });
    expect(reader.read(join(infra, 'main.json', 'site.json'))).toEqual({ ok: false, message: 'cannot read file: ENOTDIR', missing: true });
    // There, but not a file: not missing.
    expect(reader.read(join(infra, 'sub.parameters.json'))).toMatchObject({ ok: false });
    expect(reader.read(join(infra, 'sub.parameters.json'))).not.toHaveProperty('missing');
  });

  it.each([
    ['an entry of any type (a link, a directory) is there and checked in full', join(infra, 'linked.parameters.json')],
    ['so is one whose name differs only in letter case (a case-insensitive file system opens it)', join(infra, 'other.parameters.json')],
    ['a directory the walk did not list is left to the system', join(base, 'main.parameters.json')],
    ['a name a file system may take for another (short name, trailing dot) is left to the system', join(infra, 'MAIN~1.JSO')],
    ['so is one with a trailing dot', join(infra, 'main.json.')],
    ['so is a name that is not plain ASCII', join(infra, 'maïn.json')],
    // The root holds `ünïcode`: a file system may fold or normalize a name to it or to another.
    ['so is any name in a directory with an entry whose name is not plain ASCII', join(root, 'other.json')],
    ['a path not normalized as the walk keys it is left to the system', `${infra}/./none.json`],
    ['so is one with a doubled separator', `${infra}//none.json`],
    ['and the directory itself', `${infra}/..`],
  ])('%s', (_label, path) => {
    expect(walked().absent(path)).toBe(false);
  });

  it('a plain name in a directory of plain names is answered, also under a name that is not', () => {
    expect(walked().absent(join(root, 'ünïcode', 'other.json'))).toBe(true);
  });

  it('a name with one leading dot is plain (Terraform looks for .terraform.lock.hcl in every module); two are not', () => {
    expect(walked().absent(join(infra, '.terraform.lock.hcl'))).toBe(true);
    expect(walked().absent(join(infra, '..terraform.lock.hcl'))).toBe(false);
    expect(walked().absent(join(infra, '.'))).toBe(false);
  });

  it('the link and the directory keep their full answers', () => {
    const reader = diskReader(undefined, false, walked());
    expect(reader.read(join(infra, 'linked.parameters.json'))).toEqual({ ok: false, message: 'outside the linted tree', refused: true });
    expect(reader.read(join(infra, 'sub.parameters.json'))).toEqual({ ok: false, message: 'not a regular file', refused: true });
  });

  it('a missing path in a version-control directory the walk listed is still refused as such', () => {
    const tree = walked();
    mkdirSync(join(root, '.git'), { recursive: true });
    tree.listedDirectory(join(root, '.git'), join(root, '.git'));
    tree.listedNames(join(root, '.git'), []);
    expect(tree.absent(join(root, '.git', 'config.json'))).toBe(true);
    expect(tree.refusal(join(root, '.git', 'config.json'))).toBe('inside a version-control directory');
    expect(tree.absent(join(infra, '.git'))).toBe(false);
    rmSync(join(root, '.git'), { recursive: true });
  });
});

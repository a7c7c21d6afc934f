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

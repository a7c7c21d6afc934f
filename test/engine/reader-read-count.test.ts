import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LintRoot } from '../../src/engine/confine.js';
import { discover } from '../../src/engine/discover.js';
import { diskReader } from '../../src/engine/reader.js';

/** Every `readSync` the reader makes, counted (the module is the real one otherwise). */
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readSync = ((...args: Parameters<typeof fs.readSync>) => {
    reads.count++;
    return fs.readSync(...args);
  }) as typeof fs.readSync;
  return { ...fs, default: { ...fs, readSync }, readSync };
});

const root = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-read-count-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a file the walk listed', () => {
  mkdirSync(join(root, 'infra'));
  const file = join(root, 'infra', 'main.json');
  writeFileSync(file, '{"$schema": "x"}');
  const scratch = (bytes: number): Buffer => Buffer.alloc(bytes);

  /** The reads of one file, and what they gave, where the tree's file systems say `whole`. */
  const readWith = (whole: boolean): { count: number; text: string | false } => {
    const tree = new LintRoot([root]);
    discover(['.'], root, root, [], tree);
    tree.readsWhole = () => whole;
    reads.count = 0;
    const got = diskReader(undefined, false, tree).readBytes?.(file, 1024, scratch);
    return { count: reads.count, text: got?.ok === true && got.bytes.toString() };
  };

  it('takes one read where a short read is the end of a file', () => {
    expect(readWith(true)).toEqual({ count: 1, text: '{"$schema": "x"}' });
  });

  it('takes a second read, which gives nothing, elsewhere', () => {
    expect(readWith(false)).toEqual({ count: 2, text: '{"$schema": "x"}' });
  });
});

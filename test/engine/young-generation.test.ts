import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOLD_YOUNG_GENERATION, RELEASE_YOUNG_GENERATION, YOUNG_GENERATION_CAP_BYTES, youngGenerationHold } from '../../src/engine/young-generation.js';
import type { ProcessBinding } from '../../src/loader/process-binding.js';

const MiB = 1024 * 1024;

/** A `process.binding` whose `v8` reports a new space of the sizes given, in turn, and records the flags set. */
function fakeBinding(sizes: number[]) {
  const flags: string[] = [];
  let reads = 0;
  const buffer = new Float64Array(4);
  const v8 = {
    kHeapSpaces: ['read_only_space', 'new_space', 'old_space'],
    kSpaceSizeIndex: 0,
    heapSpaceStatisticsBuffer: buffer,
    updateHeapSpaceStatisticsBuffer(space: number) {
      expect(space).toBe(1);
      buffer[0] = sizes[Math.min(reads++, sizes.length - 1)] as number;
    },
    setFlagsFromString: (f: string) => void flags.push(f),
  };
  const binding: ProcessBinding = (name) => {
    expect(name).toBe('v8');
    return v8;
  };
  return { binding, flags, reads: () => reads, v8 };
}

describe('youngGenerationHold', () => {
  // Options of a process started without semi-space options of its own.
  const plain = '--no-deprecation';

  it('stops V8 growing the young generation once it is at the cap, once', () => {
    const fake = fakeBinding([1 * MiB, 4 * MiB, YOUNG_GENERATION_CAP_BYTES, 16 * MiB]);
    const hold = youngGenerationHold(fake.binding, plain);
    expect(hold).toBeDefined();
    hold?.check();
    hold?.check();
    expect(fake.flags).toEqual([]);
    hold?.check();
    expect(fake.flags).toEqual([HOLD_YOUNG_GENERATION]);
    // Held: the heap is not read again, and the flag is not set twice.
    hold?.check();
    hold?.check();
    expect(fake.reads()).toBe(3);
    expect(fake.flags).toEqual([HOLD_YOUNG_GENERATION]);
  });

  it('lets V8 grow it again when released, once, and holds no more after', () => {
    const fake = fakeBinding([32 * MiB]);
    const hold = youngGenerationHold(fake.binding, plain);
    hold?.check();
    hold?.release();
    hold?.release();
    hold?.check();
    expect(fake.flags).toEqual([HOLD_YOUNG_GENERATION, RELEASE_YOUNG_GENERATION]);
    expect(fake.reads()).toBe(1);
  });

  it('sets nothing when released without having held', () => {
    const fake = fakeBinding([1 * MiB]);
    const hold = youngGenerationHold(fake.binding, plain);
    hold?.check();
    hold?.release();
    hold?.check();
    expect(fake.flags).toEqual([]);
    expect(fake.reads()).toBe(1);
  });

  it('holds a young generation that grew past the cap before the first look where it is', () => {
    const fake = fakeBinding([32 * MiB]);
    youngGenerationHold(fake.binding, plain)?.check();
    expect(fake.flags).toEqual([HOLD_YOUNG_GENERATION]);
  });

  it('leaves a process started with semi-space options as it was started', () => {
    for (const options of ['--max-semi-space-size=64', ' --semi-space-growth-factor=4', '--min_semi_space_size=1']) {
      expect(youngGenerationHold(fakeBinding([32 * MiB]).binding, options), options).toBeUndefined();
    }
  });

  /** A heap as Node's public API tells it, of the sizes given in turn, and what was asked. */
  function fakeHeap(totals: number[], newSpaces: number[]) {
    let t = 0;
    let n = 0;
    return {
      heap: { total: () => totals[Math.min(t++, totals.length - 1)] as number, newSpace: () => newSpaces[Math.min(n++, newSpaces.length - 1)] as number },
      asked: () => ({ total: t, newSpace: n }),
    };
  }

  it('reads the young generation through the public API where the binding is gone or refused (Node 24), and only once the heap is as large as the cap', () => {
    for (const binding of [
      null,
      () => {
        throw new Error('refused');
      },
    ]) {
      const fake = fakeHeap([4 * MiB, 6 * MiB, 12 * MiB], [2 * MiB]);
      const hold = youngGenerationHold(binding, plain, fake.heap);
      expect(hold).toBeDefined();
      hold?.check();
      hold?.check();
      expect(fake.asked()).toEqual({ total: 2, newSpace: 0 });
      // The heap reached the cap: the young generation is read (still below it, nothing is set).
      hold?.check();
      expect(fake.asked()).toEqual({ total: 3, newSpace: 1 });
      hold?.release();
    }
  });

  it('holds through the public API where the binding lacks what it reads, setting the flag as the loader would', () => {
    const { v8 } = fakeBinding([0]);
    for (const missing of ['kHeapSpaces', 'kSpaceSizeIndex', 'heapSpaceStatisticsBuffer', 'updateHeapSpaceStatisticsBuffer'] as const) {
      const flags: string[] = [];
      const partial: Record<string, unknown> = { ...v8, setFlagsFromString: (f: string) => void flags.push(f) };
      delete partial[missing];
      const fake = fakeHeap([16 * MiB], [4 * MiB, YOUNG_GENERATION_CAP_BYTES]);
      const hold = youngGenerationHold(() => partial, plain, fake.heap);
      hold?.check();
      expect(flags, missing).toEqual([]);
      hold?.check();
      hold?.check();
      expect(flags, missing).toEqual([HOLD_YOUNG_GENERATION]);
      expect(fake.asked().newSpace, missing).toBe(2);
      hold?.release();
      expect(flags, missing).toEqual([HOLD_YOUNG_GENERATION, RELEASE_YOUNG_GENERATION]);
    }
    // A binding without the young generation among its spaces: read through the public API too.
    const fake = fakeHeap([16 * MiB], [1 * MiB]);
    youngGenerationHold(() => ({ ...v8, kHeapSpaces: ['old_space'] }), plain, fake.heap)?.check();
    expect(fake.asked().newSpace).toBe(1);
  });
});

/**
 * The same with this Node's V8, in a child process (V8 flags hold for the whole process): a program
 * that keeps much of what it allocates alive grows the young generation to 32 MiB or more, and with
 * the check called as it runs, stops where it was held (on Node 24, read through `node:v8`).
 */
describe('youngGenerationHold with V8', () => {
  const program = (check: boolean) => `
    const v8 = require('node:v8');
    const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const hold = ${check ? `require(${JSON.stringify(HOLD_MODULE)}).youngGenerationHold()` : 'undefined'};
    if (${check} && !hold) { console.log(JSON.stringify({ none: true })); process.exit(0); }
    let keep = [], heldAt = 0;
    for (let i = 0; i < 2e6; i++) {
      keep.push({ a: i, b: [i] });
      if (keep.length > 200000) keep = keep.slice(100000);
      if (i % 1000 === 0 && hold) { const before = size(); hold.check(); heldAt ||= before >= ${YOUNG_GENERATION_CAP_BYTES} ? before : 0; }
    }
    console.log(JSON.stringify({ end: size(), heldAt }));`;
  // The module as CommonJS for the child, compiled from TypeScript by esbuild (the bundler's).
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-young-generation-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const HOLD_MODULE = join(dir, 'young-generation.cjs');

  it('keeps the young generation where it was held', async () => {
    const { buildSync } = await import('esbuild');
    buildSync({ entryPoints: [new URL('../../src/engine/young-generation.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'cjs', outfile: HOLD_MODULE, logLevel: 'silent' });
    const run = (check: boolean) => {
      const r = spawnSync(process.execPath, ['--no-deprecation', '-e', program(check)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { end?: number; heldAt?: number; none?: boolean };
    };
    const free = run(false);
    expect(free.end).toBeGreaterThanOrEqual(32 * MiB);
    const held = run(true);
    expect(held.none).toBeUndefined();
    expect(held.heldAt).toBeGreaterThanOrEqual(YOUNG_GENERATION_CAP_BYTES);
    expect(held.end).toBe(held.heldAt);
    expect(held.end).toBeLessThan(free.end as number);
  }, 60_000);

  /**
   * V8 puts the held flag in the flag hash of a code cache made while it is set, and a process not
   * held rejects that cache (every later run: the loader writes its caches at exit, and a run is
   * held only once its young generation is at the cap); one made after the release is accepted.
   */
  it('makes code caches that later runs accept once released, and not while held', async () => {
    const { buildSync } = await import('esbuild');
    buildSync({ entryPoints: [new URL('../../src/engine/young-generation.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'cjs', outfile: HOLD_MODULE, logLevel: 'silent' });
    const source = '(function () { return [1, 2, 3].map((x) => x * 2); })';
    const cacheFile = join(dir, 'cache.bin');
    const make = (release: boolean) => `
      const vm = require('node:vm'), fs = require('node:fs');
      const hold = require(${JSON.stringify(HOLD_MODULE)}).youngGenerationHold();
      if (!hold) { console.log('none'); process.exit(0); }
      let keep = [];
      for (let i = 0; i < 2e6; i++) {
        keep.push({ a: i, b: [i] });
        if (keep.length > 200000) keep = keep.slice(100000);
        if (i % 1000 === 0) hold.check();
      }
      ${release ? 'hold.release();' : ''}
      const script = new vm.Script(${JSON.stringify(source)});
      script.runInThisContext()();
      fs.writeFileSync(${JSON.stringify(cacheFile)}, script.createCachedData());
      console.log('made');`;
    const use = `
      const vm = require('node:vm'), fs = require('node:fs');
      console.log(new vm.Script(${JSON.stringify(source)}, { cachedData: fs.readFileSync(${JSON.stringify(cacheFile)}) }).cachedDataRejected);`;
    const node = (program: string) => {
      const r = spawnSync(process.execPath, ['--no-deprecation', '-e', program], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.trim();
    };
    const held = node(make(false));
    if (held === 'none') {
      expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
      return;
    }
    expect(held).toBe('made');
    expect(node(use)).toBe('true');
    expect(node(make(true))).toBe('made');
    expect(node(use)).toBe('false');
  }, 60_000);
});

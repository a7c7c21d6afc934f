import { nodeBuiltin } from '../loader/node-builtin.js';
import { processBinding, quietBinding, type ProcessBinding } from '../loader/process-binding.js';
import { setNeutralFlags, startOptions as processStartOptions } from './neutral-flags.js';

/**
 * V8's young generation in a large run of a process that ends after it (the CLI), held at
 * semi-spaces of 4 MiB (`--max-semi-space-size=4`) instead of growing to V8's default of 16 MiB.
 *
 * Why: a lint keeps much of what it allocates alive for a while (a unit's texts, trees and
 * findings), so V8 grows the young generation early, and every page of it is new memory. New
 * memory costs a page fault on first touch, and on virtual machines that hand freed memory back to
 * the host (the 2-core machine the bench runs on: ~13 µs a page, measured with a C program that
 * touches fresh pages) that is a large part of a run: on the bench's 1,400-sample trees, mtlslint
 * touched 11,800–15,800 pages against 4,500 for reading and `JSON.parse`-ing them. Held at 4 MiB,
 * the mixed tree touched 3,700 fewer pages and ran 7% faster, the JSON tree 2,300 fewer and 3%
 * faster (Node 20; `--max-semi-space-size=4` gave Node 22 3%); looked at inside large units too
 * (lint.ts), the AVM Bicep module 12% faster (595 → 525 ms, 4,500 fewer pages). Runs of a few
 * files never grow the young generation and never look at it.
 *
 * How: Node takes `--max-semi-space-size` only at start, and mtlslint is started by `node` (or a
 * shim) with no say in its options; but V8 reads `--semi-space-growth-factor` each time it grows
 * the young generation, so once the young generation is at the cap, a factor of 1 keeps it there.
 * The size is read from V8's heap space statistics through `process.binding('v8')` (`node:v8`
 * loads Node's stream modules: ~4 ms). Where that binding is gone (Node 24, whose V8 13 is held by
 * the factor as V8 11 and 12 are), through `node:v8`, loaded only once the whole heap is as large
 * as the cap (`PublicHeap`): before, the young generation cannot be at it. Without the hold, Node
 * 24 grew the young generation of the AVM Bicep module to 32 MiB (18,400 pages touched, against
 * 10,900 on Node 22).
 *
 * The flag changes no compiled code, but V8 puts it in the flag hash of every code cache made while
 * it is set, and compares that hash when it takes a cache: a cache made under it is rejected by
 * every run that is not held when it starts (every run), and a chunk compiled while held rejects
 * its cache. So in the bundle, the flag is set through the loader's `neutralFlags`, which sets it
 * back around each chunk it compiles and each cache it makes (src/loader/chunk-loader.ts); and the
 * hold is released when the run's units are linted (`release`). A process started with semi-space
 * options of its own is left as it was started.
 */
export const YOUNG_GENERATION_CAP_BYTES = 8 * 1024 * 1024; // both semi-spaces: `--max-semi-space-size=4`
export const HOLD_YOUNG_GENERATION = '--semi-space-growth-factor=1';
/** V8's default for the flag (V8 11 to 13, Node 20 to 24): set back to it, the flag is again out of the caches' flag hash. */
export const RELEASE_YOUNG_GENERATION = '--semi-space-growth-factor=2';

/** What is read of `process.binding('v8')` (Node 20 and 22 have all of it; the flag is set through `setNeutralFlags`, which finds its own way). */
interface HeapStatsBinding {
  kHeapSpaces: readonly string[];
  kSpaceSizeIndex: number;
  heapSpaceStatisticsBuffer: Float64Array;
  updateHeapSpaceStatisticsBuffer(space: number): void;
}

function statsBinding(binding: ProcessBinding | null): HeapStatsBinding | undefined {
  const b = quietBinding(binding, 'v8') as Partial<HeapStatsBinding> | undefined;
  if (
    !b ||
    !Array.isArray(b.kHeapSpaces) ||
    typeof b.kSpaceSizeIndex !== 'number' ||
    !(b.heapSpaceStatisticsBuffer instanceof Float64Array) ||
    typeof b.updateHeapSpaceStatisticsBuffer !== 'function'
  )
    return undefined;
  return b as HeapStatsBinding;
}

/** The heap as Node's public API tells it, where the binding does not (tests give their own). */
export interface PublicHeap {
  /** The whole heap's size (`process.memoryUsage().heapTotal`: no module to load). */
  total(): number;
  /** The young generation's size (`node:v8`'s heap space statistics). */
  newSpace(): number;
}

const publicHeap: PublicHeap = {
  total: () => process.memoryUsage().heapTotal,
  newSpace: () => (nodeBuiltin('node:v8') as typeof import('node:v8')).getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0,
};

/** How the young generation's size is read: through the binding where it is there and whole, else through `heap`. */
function newSpaceReader(binding: ProcessBinding | null, heap: PublicHeap): () => number {
  const v8 = statsBinding(binding);
  const space = v8?.kHeapSpaces.indexOf('new_space') ?? -1;
  if (v8 && space >= 0)
    return () => {
      v8.updateHeapSpaceStatisticsBuffer(space);
      return v8.heapSpaceStatisticsBuffer[v8.kSpaceSizeIndex] ?? 0;
    };
  // The young generation is part of the heap: until the heap is as large as the cap, there is nothing to read.
  return () => (heap.total() < YOUNG_GENERATION_CAP_BYTES ? 0 : heap.newSpace());
}

export interface YoungGenerationHold {
  /** To call now and then during a run (between units): once the young generation has grown to the cap, stops V8 growing it further. */
  check(): void;
  /** Lets V8 grow it again, as at start (see above: before any code cache is made). */
  release(): void;
}

/**
 * The hold for one run; undefined where the process was started with semi-space options
 * (`startOptions`: its Node.js and V8 options).
 */
export function youngGenerationHold(
  binding: ProcessBinding | null = processBinding,
  startOptions: string = processStartOptions(),
  heap: PublicHeap = publicHeap,
): YoungGenerationHold | undefined {
  if (/semi[-_]space/.test(startOptions)) return undefined;
  const size = newSpaceReader(binding, heap);
  let unhold: (() => void) | undefined;
  let over = false;
  return {
    check: () => {
      if (unhold || over) return;
      if (size() < YOUNG_GENERATION_CAP_BYTES) return;
      unhold = setNeutralFlags(HOLD_YOUNG_GENERATION, RELEASE_YOUNG_GENERATION, binding);
    },
    release: () => {
      over = true;
      unhold?.();
      unhold = undefined;
    },
  };
}

import { processBinding, quietBinding, type ProcessBinding } from '../loader/process-binding.js';
import { v8FlagSetter } from '../loader/v8-flags.js';

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
 * the mixed tree touched 3,500 fewer pages and ran 5–8% faster, the JSON tree 1,600–2,000 fewer and
 * 0–6% faster (Node 20; `--max-semi-space-size=4` gave Node 22 3%). One-file runs never grow the
 * young generation and never look at it.
 *
 * How: Node takes `--max-semi-space-size` only at start, and mtlslint is started by `node` (or a
 * shim) with no say in its options; but V8 reads `--semi-space-growth-factor` each time it grows
 * the young generation, so once the young generation is at the cap, a factor of 1 keeps it there.
 * The size is read from V8's heap space statistics through `process.binding('v8')` (`node:v8`
 * loads Node's stream modules). Where that binding is gone (Node 24) nothing is done: V8 13 grows
 * its young generation by other rules, which the growth factor does not stop.
 *
 * The flag is not one V8 checks code caches against (test/engine/young-generation.test.ts), so the
 * bundle's loader need not know of it.
 */
export const YOUNG_GENERATION_CAP_BYTES = 8 * 1024 * 1024; // both semi-spaces: `--max-semi-space-size=4`
export const HOLD_YOUNG_GENERATION = '--semi-space-growth-factor=1';

/** What is read of `process.binding('v8')` (Node 20 and 22 have all of it; the flag is set through `v8FlagSetter`, as the WASM tiering's). */
interface HeapStatsBinding {
  kHeapSpaces: readonly string[];
  kSpaceSizeIndex: number;
  heapSpaceStatisticsBuffer: Float64Array;
  updateHeapSpaceStatisticsBuffer(space: number): void;
  setFlagsFromString(flags: string): void;
}

function statsBinding(binding: ProcessBinding | null): HeapStatsBinding | undefined {
  const b = quietBinding(binding, 'v8') as Partial<HeapStatsBinding> | undefined;
  if (
    !b ||
    !Array.isArray(b.kHeapSpaces) ||
    typeof b.kSpaceSizeIndex !== 'number' ||
    !(b.heapSpaceStatisticsBuffer instanceof Float64Array) ||
    typeof b.updateHeapSpaceStatisticsBuffer !== 'function' ||
    typeof b.setFlagsFromString !== 'function'
  )
    return undefined;
  return b as HeapStatsBinding;
}

/**
 * A check to call now and then during a run (between units): once the young generation has grown
 * to the cap, it stops V8 growing it further, and from then on does nothing. Undefined where the
 * heap cannot be read (see above).
 */
export function youngGenerationHold(binding: ProcessBinding | null = processBinding): (() => void) | undefined {
  const v8 = statsBinding(binding);
  const space = v8?.kHeapSpaces.indexOf('new_space') ?? -1;
  if (!v8 || space < 0) return undefined;
  let held = false;
  return () => {
    if (held) return;
    v8.updateHeapSpaceStatisticsBuffer(space);
    if ((v8.heapSpaceStatisticsBuffer[v8.kSpaceSizeIndex] ?? 0) < YOUNG_GENERATION_CAP_BYTES) return;
    held = true;
    v8FlagSetter(binding)(HOLD_YOUNG_GENERATION);
  };
}

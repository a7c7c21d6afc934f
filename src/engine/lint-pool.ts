import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { UnitResult } from './lint-unit.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './lint-worker.js';
import type { LintUnit } from './units.js';

/** How long a worker told to end may take to write its code cache before it is ended. */
const CLOSE_GRACE_MS = 2000;

/** Never more threads than this: each worker loads the parsers and warms up on its own. */
const MAX_THREADS = 4;

/**
 * Below these, starting workers (≈250 ms each to load the bundle and the Terraform grammar, then
 * copying the findings back) costs more than it saves. Measured on 2 cores: 1000 ARM templates
 * (1.2 MB) gain nothing from workers, 1500 Terraform files (4.6 MB) gain about 15 %. The bytes are
 * those left to parse once the prefilter has settled what it can (see `lintFiles`); the files count
 * whether a run is large at all (WASM tiering).
 */
export const WORKER_MIN_FILES = 50;
export const WORKER_MIN_BYTES = 2 * 1024 * 1024;

/**
 * The worker entry beside this module: `lint-worker.cjs` next to the bundled CLI's chunks,
 * `lint-worker.js` next to the compiled module. Running from TypeScript sources there is none:
 * lint in-thread.
 */
export function workerEntry(base: string = import.meta.url): URL | undefined {
  if (!base.startsWith('file:')) return undefined;
  for (const name of ['./lint-worker.cjs', './lint-worker.js']) {
    const url = new URL(name, base);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * Threads for a run, never more than its units; the main thread is one. `--threads`, else the main
 * thread plus one per whole idle core (at most the cores, and 4), as `make -l` does: a worker costs a whole extra start-up (the bundle, the
 * Terraform grammar) and pays for it only on a core no one else uses. Measured on 2 cores at load
 * 4-5: one thread lints a 1400-sample tree in 2.2 s (JSON) / 3.2 s (mixed), two in 2.4 s / 4.1 s.
 */
export function threadCount(threads: number | undefined, units: number, cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  const want = threads ?? Math.min(cores, 1 + Math.floor(Math.max(0, cores - load)));
  return Math.max(1, Math.min(want, units, MAX_THREADS));
}

/** Heap of one worker thread. */
export const WORKER_HEAP_MB = 1024;

/** Batches a worker holds at once: the next one is already there when it finishes one. */
const IN_FLIGHT = 2;

/**
 * Files per message at most: most units of a large tree are one small JSON file, and a message per
 * unit costs the main thread more (structured clone, scheduling) than the unit costs a worker.
 */
export const BATCH_FILES = 48;

/**
 * Consecutive units grouped into batches of at most `maxFiles` files (a larger unit alone). Batches
 * stay small enough that each of `threads` gets several: a thread that ends early takes more.
 */
export function batchUnits(units: readonly LintUnit[], threads: number, maxFiles: number = BATCH_FILES): number[][] {
  const total = units.reduce((n, u) => n + u.files.length, 0);
  maxFiles = Math.max(1, Math.min(maxFiles, Math.floor(total / (threads * 4))));
  const batches: number[][] = [];
  let current: number[] = [];
  let files = 0;
  units.forEach((unit, i) => {
    if (current.length && files + unit.files.length > maxFiles) {
      batches.push(current);
      current = [];
      files = 0;
    }
    current.push(i);
    files += unit.files.length;
  });
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Lints the units on `workers` worker threads and, with `mainThread`, on this thread too, handing
 * out batches of units in run order. A batch a worker fails on (an error, a crash, a worker that
 * cannot start) is linted in-thread instead: never lost. Results are in unit order.
 */
export async function lintUnitsInWorkers(
  units: readonly LintUnit[],
  entry: URL,
  workers: number,
  init: WorkerInit,
  inThread: (unit: LintUnit) => Promise<UnitResult>,
  options: { mainThread?: boolean } = {},
): Promise<UnitResult[]> {
  // Loaded here, not on import: a small run never starts a worker and need not pay for the module.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const results: (UnitResult | undefined)[] = new Array<UnitResult | undefined>(units.length);
  const batches = batchUnits(units, workers + (options.mainThread ? 1 : 0));
  let next = 0;
  const take = (): number | undefined => (next < batches.length ? next++ : undefined);
  /** Batches to lint in-thread. */
  const redone: number[] = [];

  const pool = Array.from(
    { length: workers },
    () =>
      new Promise<void>((done) => {
        let worker: Worker;
        try {
          // A worker that runs out of memory ends alone (its units are redone in-thread), not the process.
          worker = new WorkerThread(entry, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        } catch {
          done();
          return;
        }
        const inFlight = new Set<number>();
        let finished = false;
        const stop = (): void => {
          if (finished) return;
          finished = true;
          // Whatever this worker still held is linted in-thread.
          redone.push(...inFlight);
          inFlight.clear();
          void worker.terminate();
          done();
        };
        // Out of work: asked to end itself, so that it writes its code cache (see lint-worker.ts).
        const close = (): void => {
          if (finished) return;
          finished = true;
          worker.once('exit', () => done());
          // A worker that does not end is ended: a run never waits on one.
          setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS).unref();
          worker.postMessage({ close: true } satisfies WorkerRequest);
        };
        const fill = (): void => {
          while (inFlight.size < IN_FLIGHT) {
            const i = take();
            if (i === undefined) break;
            inFlight.add(i);
            worker.postMessage({ id: i, units: (batches[i] ?? []).map((u) => units[u]?.files ?? []) } satisfies WorkerRequest);
          }
          if (inFlight.size === 0) close();
        };
        worker.on('message', (reply: WorkerReply) => {
          if (!inFlight.delete(reply.id)) return;
          const batch = batches[reply.id] ?? [];
          if (reply.ok && reply.results.length === batch.length) batch.forEach((u, k) => (results[u] = reply.results[k]));
          else redone.push(reply.id);
          fill();
        });
        worker.on('error', stop);
        worker.on('exit', stop);
        fill();
      }),
  );
  if (options.mainThread) {
    // Between units, let the workers' replies in so that they get their next batch.
    for (let b = take(); b !== undefined; b = take()) {
      for (const i of batches[b] ?? []) {
        results[i] = await inThread(units[i] as LintUnit);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  }
  await Promise.all(pool);
  // What failed in a worker, and whatever no worker took (all failed to start or crashed).
  for (let b = take(); b !== undefined; b = take()) redone.push(b);
  for (const b of redone.sort((x, y) => x - y)) for (const i of batches[b] ?? []) results[i] = await inThread(units[i] as LintUnit);
  return results.map((r, i) => {
    if (!r) throw new Error(`internal error: unit ${i} was not linted`);
    return r;
  });
}

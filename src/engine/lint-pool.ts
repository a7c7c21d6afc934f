import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { UnitResult } from './lint-unit.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './lint-worker.js';
import type { LintUnit } from './units.js';

/** Never more threads than this: each worker loads the parsers and warms up on its own. */
const MAX_THREADS = 4;

/**
 * Below these, starting workers (≈250 ms each to load the bundle and the Terraform grammar, then
 * copying the findings back) costs more than it saves. Measured on 2 cores: 1000 ARM templates
 * (1.2 MB) gain nothing from workers, 1500 Terraform files (4.6 MB) gain about 15 %.
 */
export const WORKER_MIN_FILES = 50;
export const WORKER_MIN_BYTES = 2 * 1024 * 1024;

/**
 * The worker entry beside this module: `lint-worker.mjs` next to the bundled CLI, `lint-worker.js`
 * next to the compiled module. Running from TypeScript sources there is none: lint in-thread.
 */
export function workerEntry(base: string = import.meta.url): URL | undefined {
  if (!base.startsWith('file:')) return undefined;
  for (const name of ['./lint-worker.mjs', './lint-worker.js']) {
    const url = new URL(name, base);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Threads for a run (`--threads`, else the cores, at most 4), never more than its units; the main thread is one. */
export function threadCount(threads: number | undefined, units: number): number {
  const want = threads ?? Math.min(availableParallelism(), MAX_THREADS);
  return Math.max(1, Math.min(want, units, MAX_THREADS));
}

/** Heap of one worker thread. */
export const WORKER_HEAP_MB = 1024;

/** Units a worker holds at once: the next one is already there when it finishes one. */
const IN_FLIGHT = 2;

/**
 * Lints the units on `workers` worker threads and, with `mainThread`, on this thread too, handing
 * out units in run order. A unit a worker fails on (an error, a crash, a worker that cannot start)
 * is linted in-thread instead: never lost. Results are in unit order.
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
  let next = 0;
  const take = (): number | undefined => (next < units.length ? next++ : undefined);
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
        const fill = (): void => {
          while (inFlight.size < IN_FLIGHT) {
            const i = take();
            if (i === undefined) break;
            inFlight.add(i);
            worker.postMessage({ id: i, files: units[i]?.files ?? [] } satisfies WorkerRequest);
          }
          if (inFlight.size === 0) stop();
        };
        worker.on('message', (reply: WorkerReply) => {
          if (!inFlight.delete(reply.id)) return;
          if (reply.ok) results[reply.id] = reply.result;
          else redone.push(reply.id);
          fill();
        });
        worker.on('error', stop);
        worker.on('exit', stop);
        fill();
      }),
  );
  if (options.mainThread) {
    // Between units, let the workers' replies in so that they get their next unit.
    for (let i = take(); i !== undefined; i = take()) {
      results[i] = await inThread(units[i] as LintUnit);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(pool);
  // What failed in a worker, and whatever no worker took (all failed to start or crashed).
  for (let i = take(); i !== undefined; i = take()) redone.push(i);
  for (const i of redone.sort((a, b) => a - b)) results[i] = await inThread(units[i] as LintUnit);
  return results.map((r, i) => {
    if (!r) throw new Error(`internal error: unit ${i} was not linted`);
    return r;
  });
}

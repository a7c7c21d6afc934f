import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { clockMs } from '../../parsers/shared/clock.js';
import { builtinModule } from './builtin.js';
import { freeCores, MAIN_THREAD_CORES, sampleCpu, usableCores, type CpuSample } from './free-cores.js';
import type { UnitResult } from './lint-unit.js';
import type { LintUnit } from './units.js';
import { ABANDONED, encodeUnits, NOT_STARTED, unpackResult, type PackedResult, type WalkWord, type WorkerInit, type WorkerReply, type WorkerRequest } from './worker-protocol.js';

/** How long a worker told to end may take to write its code cache before it is ended. */
const CLOSE_GRACE_MS = 2000;

/** Never more threads than this: each worker loads the parsers and warms up on its own. */
const MAX_THREADS = 4;

/**
 * A run starts its workers when the directory walk has found this many files (or at once when
 * `--threads` asks for them), so that their start overlaps the rest of the walk: about 60 ms for
 * Node 20 to start a thread, 15 ms more to load the worker's chunks, 45 ms more for the ARM parser.
 * The main thread lints a file of a quickstart-like tree in about 0.1 ms on average (generated
 * trees, scripts/generate-bench-tree.mjs, 2 cores): below 600 files it is done about when a worker
 * would be up, and a worker would cost a core for nothing.
 */
export const WORKER_MIN_FILES = 600;

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
 * A run whose walk finds this many files asks how many cores it may use and starts measuring what
 * other processes leave of them (see `PoolStarter`); a smaller one (a pre-commit hook's files, most
 * directories) asks nothing: `node:os` alone costs a one-file run 1–2% of its instructions. The walk
 * finds some 100 files a millisecond, so the window still spans nearly all of it.
 */
export const MEASURE_FROM_FILES = 100;

/**
 * Threads a run may have, the main thread included: `--threads`, else one per core (at most 4; the
 * cores are asked only then); how many workers of those start is decided on the free cores (see
 * `workersFor`).
 */
export function threadCount(asked: number | undefined, cores: () => number = usableCores): number {
  return Math.max(1, Math.min(asked ?? cores(), MAX_THREADS));
}

/**
 * When a run starts its worker threads: the number of workers (the main thread lints too), and
 * how many files the walk must have found first (0: at once). Undefined: none.
 */
export function workerPlan(asked: number | undefined, cores: () => number = usableCores): Plan | undefined {
  const threads = threadCount(asked, cores);
  if (threads < 2) return undefined;
  return { workers: threads - 1, afterFiles: asked !== undefined ? 0 : WORKER_MIN_FILES };
}

interface Plan {
  workers: number;
  afterFiles: number;
}

/** A window shorter than this is not measured on: the Linux counters tick every 10 ms on each core. */
export const MIN_IDLE_WINDOW_MS = 30;

/**
 * Workers to start for a run whose plan allows `planned`: with `--threads`, all of them; else one
 * per core free of other processes (rounded; see `freeCores`), as measured over the start of the
 * run: a worker on a core that another process keeps busy adds its start and its own warm-up to
 * the run and takes nothing off it (Linux shares a busy machine between sessions, not threads).
 * When the system does not say, all of them.
 */
export function workersFor(planned: number, asked: boolean, free: number | undefined): number {
  if (asked || free === undefined) return planned;
  return Math.max(0, Math.min(planned, Math.round(free)));
}

/** What a worker is started with, less what the pool adds. */
export type PoolInit = Omit<WorkerInit, 'claims' | 'index'>;

/** What `PoolStarter` measures with, and the worker entry it starts (tests give their own). */
export interface StarterProbes {
  /** The cores this process may use (see `usableCores`). */
  cores?: () => number;
  /** Milliseconds, on `clockMs`'s clock. */
  now?: () => number;
  sample?: () => CpuSample | undefined;
  entry?: () => URL | undefined;
}

/**
 * Starts a run's workers: asked for (`--threads`), at once, measuring nothing. Else as soon as the
 * walk says the run is large (see `workerPlan`), when there are free cores for them (see
 * `workersFor`), so that their start overlaps the rest of the walk; what the machine has and does is
 * asked only of a run whose walk finds MEASURE_FROM_FILES files.
 */
export class PoolStarter {
  pool?: LintPool;
  private decided = false;
  private count = 0;
  /** Unasked: made when the walk has found MEASURE_FROM_FILES files, with the cores and the window's first sample. */
  private planned: Plan | undefined;
  private cores = 0;
  private from: CpuSample | undefined;
  private readonly usable: () => number;
  private readonly now: () => number;
  private readonly sample: () => CpuSample | undefined;
  private readonly entry: () => URL | undefined;

  private constructor(
    private readonly init: PoolInit,
    private readonly asked: Plan | undefined,
    probes: StarterProbes,
  ) {
    this.usable = probes.cores ?? usableCores;
    this.now = probes.now ?? clockMs;
    this.sample = probes.sample ?? (() => sampleCpu(this.now()));
    this.entry = probes.entry ?? (() => workerEntry());
    if (asked) this.decide(asked);
  }

  /** The starter of a run, or undefined when `--threads` asks for no worker (1). */
  static plan(init: PoolInit, threads: number | undefined, probes: StarterProbes = {}): PoolStarter | undefined {
    if (threads === undefined) return new PoolStarter(init, undefined, probes);
    // How many threads `--threads` says: no core is asked.
    const planned = workerPlan(threads);
    return planned && new PoolStarter(init, planned, probes);
  }

  /** The walk has found `count` files. */
  found(count: number): void {
    this.count = count;
    if (this.decided || count < MEASURE_FROM_FILES) return;
    const planned = this.planned ?? this.measure();
    if (!planned || count < planned.afterFiles) return;
    // Measured over a window long enough to mean something; the walk goes on meanwhile.
    if (this.from && this.now() - this.from.at < MIN_IDLE_WINDOW_MS) return;
    this.decide(planned);
  }

  /** The walk is over: a large run that has not decided yet decides on what it measured. */
  walked(): void {
    if (!this.decided && this.planned && this.count >= this.planned.afterFiles) this.decide(this.planned);
  }

  /**
   * The plan of a run found large enough to ask, and the first sample of its window; none (decided)
   * with no core beyond those the main thread keeps busy (2 cores: see `freeCores`).
   */
  private measure(): Plan | undefined {
    const cores = this.usable();
    const planned = workerPlan(undefined, () => cores);
    if (!planned || cores <= MAIN_THREAD_CORES) {
      this.decided = true;
      return undefined;
    }
    this.cores = cores;
    this.from = this.sample();
    return (this.planned = planned);
  }

  private decide(planned: Plan): void {
    this.decided = true;
    const asked = this.asked !== undefined;
    const workers = workersFor(planned.workers, asked, asked ? undefined : freeCores(this.from, this.sample(), this.cores));
    // Only the built CLI has a worker entry (see `workerEntry`).
    const entry = workers > 0 ? this.entry() : undefined;
    if (entry) this.pool = new LintPool(entry, workers, this.init, asked);
  }
}

/** Heap of one worker thread. */
export const WORKER_HEAP_MB = 1024;

/**
 * Files per batch at most: most units of a large tree are one small JSON file, and a message per
 * unit costs more (structured clone, scheduling) than the unit costs a worker.
 */
export const BATCH_FILES = 48;

/**
 * Consecutive units cut into batches, as the ends of the batches (a unit index). A batch holds at
 * most `maxFiles` files (a larger unit alone) and at most a quarter of a thread's share of what is
 * left: batches get smaller towards the end, so that the threads finish at about the same time.
 */
export function batchUnits(units: readonly LintUnit[], threads: number, maxFiles: number = BATCH_FILES): number[] {
  let left = units.reduce((n, u) => n + u.files.length, 0);
  const ends: number[] = [];
  let files = 0;
  let cap = 0;
  units.forEach((unit, i) => {
    if (files === 0) cap = Math.max(1, Math.min(maxFiles, Math.floor(left / (threads * 4))));
    else if (files + unit.files.length > cap) {
      ends.push(i);
      cap = Math.max(1, Math.min(maxFiles, Math.floor(left / (threads * 4))));
      files = 0;
    }
    files += unit.files.length;
    left -= unit.files.length;
  });
  if (units.length) ends.push(units.length);
  return ends;
}

interface PoolWorker {
  worker: Worker;
  /** Its slot in the shared claims (`1 + index`): the index it was started with, whether or not workers before it started. */
  slot: number;
  /** Results posted, by batch. */
  results: Map<number, PackedResult[]>;
  /** Resolves once the worker has posted `done`, or has ended (crashed, or could not start). */
  finished: Promise<void>;
  /** Resolves once the worker has ended. */
  exited: Promise<void>;
  ended: boolean;
  /** Told not to start (see `WorkerInit.claims`). */
  abandoned: boolean;
  finish: () => void;
}

/**
 * Worker threads for one run, started as soon as the run is known to be large (during the walk):
 * by the time the units are known, they are up. Every thread, this one included, claims batches of
 * units in turn from a shared counter and does the whole job for them (read, classify, prefilter,
 * parse, rules): nothing is read twice, and no thread waits for another to hand it work.
 */
export class LintPool {
  private readonly claims: Int32Array;
  private readonly workers: PoolWorker[] = [];
  private used = false;

  /**
   * `lateJoin`: a worker not up when this thread has claimed the last batch still takes part (it
   * finds nothing left, and ends): `--threads` asked for it. Else it is not waited for.
   */
  constructor(
    entry: URL,
    count: number,
    init: PoolInit,
    private readonly lateJoin = false,
    /** Starts a worker thread (tests: one that fails to start). */
    start: (entry: URL, options: WorkerOptions) => Worker = startWorker,
  ) {
    const shared = new SharedArrayBuffer(4 * (1 + count));
    this.claims = new Int32Array(shared);
    for (let index = 0; index < count; index++) {
      let worker: Worker;
      try {
        // A worker that runs out of memory ends alone (its units are redone in-thread), not the process.
        worker = start(entry, { workerData: { ...init, claims: shared, index } satisfies WorkerInit, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        continue;
      }
      this.workers.push(watch(worker, 1 + index));
    }
  }

  /** Workers started (some may have failed since). */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Lints the units on every thread, in batches, and returns the results in unit order. With
   * `mainThread` false this thread only waits (tests). What a worker fails on (an error, a crash, a
   * worker that cannot start) is linted in this thread after: never lost.
   */
  async run(
    units: readonly LintUnit[],
    inThread: (unit: LintUnit) => UnitResult | Promise<UnitResult>,
    options: { focus?: readonly string[]; walk?: WalkWord; mainThread?: boolean } = {},
  ): Promise<UnitResult[]> {
    if (this.used) throw new Error('internal error: a lint pool runs once');
    this.used = true;
    const mainThread = options.mainThread ?? true;
    const live = this.workers.filter((w) => !w.ended);
    const ends = batchUnits(units, live.length + (mainThread ? 1 : 0));
    const results = new Array<UnitResult | undefined>(units.length);
    if (live.length) {
      const run: WorkerRequest = { run: { units: encodeUnits(units, options.walk), ends: Uint32Array.from(ends), ...(options.focus ? { focus: [...options.focus] } : {}) } };
      for (const w of live) w.worker.postMessage(run);
    }
    if (mainThread) {
      for (let id = Atomics.add(this.claims, 0, 1); id < ends.length; id = Atomics.add(this.claims, 0, 1)) {
        for (let u = id === 0 ? 0 : (ends[id - 1] as number); u < (ends[id] as number); u++) {
          const result = inThread(units[u] as LintUnit);
          results[u] = result instanceof Promise ? await result : result;
        }
      }
      // No batch is left: a worker not yet up takes none, and is not waited for.
      if (!this.lateJoin) {
        for (const w of this.workers) if (Atomics.compareExchange(this.claims, w.slot, NOT_STARTED, ABANDONED) === NOT_STARTED) abandon(w);
      }
    }
    await Promise.all(this.workers.map((w) => w.finished));
    for (const w of this.workers) {
      for (const [id, packed] of w.results) {
        const start = id === 0 ? 0 : (ends[id - 1] as number);
        if (packed.length !== (ends[id] ?? 0) - start) continue;
        packed.forEach((p, k) => (results[start + k] = unpackResult(units[start + k]?.files ?? [], p)));
      }
    }
    // Whatever a worker failed on or left, in unit order.
    for (let u = 0; u < units.length; u++) results[u] ??= await inThread(units[u] as LintUnit);
    await this.close();
    return results as UnitResult[];
  }

  /**
   * Ends the workers: each is asked to end itself (so that it writes its code cache), and ended
   * after a grace period if it does not. Workers never given work are not waited for.
   */
  async close(): Promise<void> {
    const waited: Promise<void>[] = [];
    this.workers.forEach((w) => {
      if (w.ended || w.abandoned) return;
      // Never given work (the run turned out to need none): not waited for.
      if (!this.used && Atomics.compareExchange(this.claims, w.slot, NOT_STARTED, ABANDONED) === NOT_STARTED) return abandon(w);
      w.worker.postMessage({ close: true } satisfies WorkerRequest);
      // A worker that does not end is ended: a run never waits on one.
      const timer = setTimeout(() => void w.worker.terminate(), CLOSE_GRACE_MS);
      timer.unref();
      waited.push(w.exited.then(() => clearTimeout(timer)));
    });
    await Promise.all(waited);
  }
}

/** A worker that took no work: told to end when it is up, and not waited for (an ending process ends it). */
function abandon(w: PoolWorker): void {
  w.abandoned = true;
  // Its work is nobody's: nothing of it is waited for.
  w.finish();
  if (w.ended) return;
  w.worker.postMessage({ close: true } satisfies WorkerRequest);
  w.worker.unref();
}

function startWorker(entry: URL, options: WorkerOptions): Worker {
  // Loaded now, not on import: a small run never starts a worker and need not pay for the module.
  const { Worker: WorkerThread } = builtinModule<typeof import('node:worker_threads')>('node:worker_threads');
  return new WorkerThread(entry, options);
}

function watch(worker: Worker, slot: number): PoolWorker {
  let finish = (): void => undefined;
  let exit = (): void => undefined;
  const w: PoolWorker = {
    worker,
    slot,
    results: new Map(),
    finished: new Promise<void>((resolve) => (finish = resolve)),
    exited: new Promise<void>((resolve) => (exit = resolve)),
    ended: false,
    abandoned: false,
    finish: () => finish(),
  };
  worker.on('message', (reply: WorkerReply) => {
    if ('done' in reply) finish();
    // A batch the worker failed on is left without results: it is linted in-thread.
    else if (reply.ok) w.results.set(reply.id, reply.results);
  });
  const end = (): void => {
    w.ended = true;
    finish();
    exit();
  };
  worker.on('error', end);
  worker.on('exit', end);
  return w;
}

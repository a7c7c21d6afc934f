import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';
import { batchUnits, LintPool, MEASURE_FROM_FILES, MIN_IDLE_WINDOW_MS, PoolStarter, threadCount, WORKER_MIN_FILES, workerEntry, workerPlan, workersFor } from '../../src/engine/lint-pool.js';
import type { UnitResult } from '../../src/engine/lint-unit.js';
import type { LintUnit } from '../../src/engine/units.js';

const PROJECT = resolve(import.meta.dirname, '../..');

describe('worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const units: LintUnit[] = Array.from({ length: 6 }, (_, i) => ({ files: [{ path: `/u${i}.tf`, kind: 'terraform' }] }));
  const init = { root: dir, parameterFiles: [], maxFileBytes: 1024 };
  const result = (readable: string): UnitResult => ({ findings: [], texts: [], readable: [readable], problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0 });
  const inThread = async (unit: LintUnit): Promise<UnitResult> => result(`thread:${unit.files[0]?.path}`);
  /**
   * A stand-in worker entry that speaks lint-worker.ts's protocol: it claims batches from the shared
   * counter and answers each unit with `lint(paths, unitIndex)` (a result, or a throw for a failed batch).
   */
  const worker = (name: string, lint: string, prelude = ''): URL => {
    const path = join(dir, name);
    writeFileSync(
      path,
      `import { parentPort, workerData } from 'node:worker_threads';
${prelude}
const claims = new Int32Array(workerData.claims);
const lint = ${lint};
parentPort.on('message', (m) => {
  if (m.close) process.exit(0);
  if (Atomics.compareExchange(claims, 1 + workerData.index, 0, 1) !== 0) return parentPort.postMessage({ done: true });
  const paths = m.run.units.paths.split('\\u0000');
  let at = 0;
  const units = [...m.run.units.sizes].map((n) => paths.slice(at, (at += n)));
  for (let id = Atomics.add(claims, 0, 1); id < m.run.ends.length; id = Atomics.add(claims, 0, 1)) {
    const start = id === 0 ? 0 : m.run.ends[id - 1];
    try {
      const results = units.slice(start, m.run.ends[id]).map((files, k) => lint(files, start + k));
      parentPort.postMessage({ id, ok: true, results });
    } catch (e) {
      parentPort.postMessage({ id, ok: false, message: String(e) });
    }
  }
  parentPort.postMessage({ done: true });
});
`,
    );
    return pathToFileURL(path);
  };
  const ok = "(files) => ({ findings: [], texts: [], readable: ['worker:' + files[0]], problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0 })";
  const from = (results: UnitResult[]) => results.map((r) => r.readable[0]);
  const run = (entry: URL, workers: number, some = units, options: { mainThread?: boolean } = { mainThread: false }, each = inThread) =>
    new LintPool(entry, workers, init).run(some, each, options);

  it('lints every unit in a worker and keeps the results in unit order', async () => {
    expect(from(await run(worker('ok.mjs', ok), 2))).toEqual(units.map((u) => `worker:${u.files[0]?.path}`));
  });

  it('a batch a worker fails on is linted in-thread; the others still go to workers', async () => {
    const entry = worker('fails.mjs', `(files) => { if (files[0] === '/u3.tf') throw new Error('boom'); return (${ok})(files); }`);
    // Six units on two workers: batches of one unit each.
    expect(from(await run(entry, 2))).toEqual(units.map((u, i) => `${i === 3 ? 'thread' : 'worker'}:${u.files[0]?.path}`));
  });

  it('a worker that crashes loses nothing: its batch and what is left are linted in-thread', async () => {
    expect(from(await run(worker('crash.mjs', '() => process.exit(3)'), 2))).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('a worker that crashes after some batches keeps their results; the rest is linted in-thread', async () => {
    const entry = worker('crash-late.mjs', `(files, u) => { if (u === 4) process.exit(3); return (${ok})(files); }`);
    expect(from(await run(entry, 1))).toEqual(units.map((u, i) => `${i < 4 ? 'worker' : 'thread'}:${u.files[0]?.path}`));
  });

  it('a worker that runs out of memory ends alone, and its units are linted in-thread', { timeout: 60_000 }, async () => {
    const entry = worker('oom.mjs', '() => { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); }');
    expect(from(await run(entry, 1))).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('a worker entry that cannot be loaded falls back to in-thread', async () => {
    expect(from(await run(pathToFileURL(join(dir, 'missing.mjs')), 2))).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('with the main thread helping, every unit is linted once, by a worker or in-thread, in unit order', async () => {
    // The worker starts once this thread has linted some units, and this one goes on once the worker
    // has linted one (gate: 0 closed, 1 open, 2 the worker linted a unit), so that both take part.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const entry = worker('gated.mjs', `(files) => { const r = (${ok})(files); Atomics.store(gate, 0, 2); return r; }`, 'const gate = new Int32Array(workerData.gate); Atomics.wait(gate, 0, 0);');
    const many: LintUnit[] = Array.from({ length: 40 }, (_, i) => ({ files: [{ path: `/m${i}.tf`, kind: 'terraform' }] }));
    const calls: string[] = [];
    const opening = async (unit: LintUnit): Promise<UnitResult> => {
      calls.push(unit.files[0]?.path ?? '');
      if (calls.length === 3) {
        Atomics.store(gate, 0, 1);
        Atomics.notify(gate, 0);
        while (Atomics.load(gate, 0) !== 2) await new Promise((r) => setTimeout(r, 5));
      }
      return inThread(unit);
    };
    const got = from(await new LintPool(entry, 1, { ...init, gate: gate.buffer } as typeof init).run(many, opening, { mainThread: true }));
    expect(got.map((g) => g?.replace(/^\w+:/, ''))).toEqual(many.map((u) => u.files[0]?.path));
    expect(got.some((g) => g?.startsWith('worker:'))).toBe(true);
    expect(got.some((g) => g?.startsWith('thread:'))).toBe(true);
    // Each unit once.
    expect(calls.length + got.filter((g) => g?.startsWith('worker:')).length).toBe(many.length);
  });

  it('a worker not up when this thread has done every batch takes none, and the run does not wait for it', async () => {
    // The worker cannot start before the run is over: were it waited for, the run would never end.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const entry = worker('late.mjs', ok, 'Atomics.wait(new Int32Array(workerData.gate), 0, 0);');
    const pool = new LintPool(entry, 1, { ...init, gate: gate.buffer } as typeof init);
    const got = from(await pool.run(units, inThread, { mainThread: true }));
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    expect(got).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('an unused pool is closed without waiting for workers still starting', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const pool = new LintPool(worker('unused.mjs', ok, 'Atomics.wait(new Int32Array(workerData.gate), 0, 0);'), 2, { ...init, gate: gate.buffer } as typeof init);
    expect(pool.size).toBe(2);
    await pool.close();
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
  });

  it('a worker that cannot start takes its own claim slot with it: the next one still takes part and is waited for', async () => {
    // The first start throws (a thread limit); the second worker has claim slot 2, and must be
    // looked up there, not at the first worker's slot, which never leaves "not started".
    const { Worker: WorkerThread } = await import('node:worker_threads');
    let starts = 0;
    const start = (entry: URL, options: import('node:worker_threads').WorkerOptions) => {
      if (starts++ === 0) throw new Error('EAGAIN: too many threads');
      return new WorkerThread(entry, options);
    };
    const many: LintUnit[] = Array.from({ length: 60 }, (_, i) => ({ files: [{ path: `/s${i}.tf`, kind: 'terraform' }] }));
    // This thread is slow (20 ms a unit): the worker is up long before it is done.
    const slow = async (unit: LintUnit): Promise<UnitResult> => {
      await new Promise((r) => setTimeout(r, 20));
      return inThread(unit);
    };
    const pool = new LintPool(worker('second.mjs', ok), 2, init, false, start);
    expect(pool.size).toBe(1);
    const got = from(await pool.run(many, slow, { mainThread: true }));
    expect(got.map((g) => g?.replace(/^\w+:/, ''))).toEqual(many.map((u) => u.files[0]?.path));
    expect(got.filter((g) => g?.startsWith('worker:')).length).toBeGreaterThan(0);
  }, 60_000);

  it('a pool runs once', async () => {
    const pool = new LintPool(worker('once.mjs', ok), 1, init);
    await pool.run(units, inThread);
    await expect(pool.run(units, inThread)).rejects.toThrow(/runs once/);
  });

  it('from TypeScript sources there is no worker entry, so runs stay in-thread', () => {
    expect(workerEntry(pathToFileURL(join(PROJECT, 'src/engine/lint-pool.ts')).href)).toBeUndefined();
    expect(workerEntry('data:text/javascript,')).toBeUndefined();
  });

  it('finds the bundled and the compiled worker entry beside the module', () => {
    writeFileSync(join(dir, 'lint-worker.cjs'), '');
    expect(workerEntry(pathToFileURL(join(dir, 'chunk-ABC.cjs')).href)?.href).toBe(pathToFileURL(join(dir, 'lint-worker.cjs')).href);
  });

  it('--threads 2 from sources (no worker entry) gives the same result as --threads 1', async () => {
    const opts = { cwd: PROJECT, root: PROJECT };
    const one = await lintPaths(['samples'], { ...opts, threads: 1 });
    const two = await lintPaths(['samples'], { ...opts, threads: 2 });
    expect(two.findings).toEqual(one.findings);
  });
});

describe('batches', () => {
  const unit = (n: number): LintUnit => ({ files: Array.from({ length: n }, (_, i) => ({ path: `/f${i}.json`, kind: 'json' as const })) });
  const sizes = (ends: number[]) => ends.map((e, i) => e - (i ? (ends[i - 1] as number) : 0));

  it('cuts consecutive units into batches of at most 48 files, smaller towards the end', () => {
    // 1000 one-file units on 2 threads: full batches while a quarter of a thread's share of what is
    // left is more, then ever smaller ones, down to one unit.
    const ends = batchUnits(Array.from({ length: 1000 }, () => unit(1)), 2, 48);
    const got = sizes(ends);
    expect(ends.at(-1)).toBe(1000);
    expect(got.slice(0, 13)).toEqual(Array(13).fill(48));
    for (let i = 1; i < got.length; i++) expect(got[i]).toBeLessThanOrEqual(got[i - 1] as number);
    expect(got.at(-1)).toBe(1);
    // Each is at most a quarter of a thread's share of what was left when it began.
    let left = 1000;
    for (const n of got) {
      expect(n).toBeLessThanOrEqual(Math.max(1, Math.floor(left / 8)));
      left -= n;
    }
  });

  it('a unit larger than a batch is a batch alone; few files make batches of one', () => {
    expect(batchUnits([unit(1), unit(100), ...Array.from({ length: 40 }, () => unit(1))], 1, 48)).toEqual([1, 2, 12, 19, 24, 28, 31, 33, 35, 36, 37, 38, 39, 40, 41, 42]);
    expect(batchUnits(Array.from({ length: 6 }, () => unit(1)), 2, 48)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batchUnits([], 2, 48)).toEqual([]);
  });
});

describe('threads of a run', () => {
  it('--threads is honoured up to 4, whatever the cores, which are then not asked', () => {
    const unasked = (): number => {
      throw new Error('cores asked');
    };
    expect(threadCount(1, unasked)).toBe(1);
    expect(threadCount(3, unasked)).toBe(3);
    expect(threadCount(8, unasked)).toBe(4);
    expect(threadCount(2, unasked)).toBe(2);
  });

  it('by default one thread per core, at most 4', () => {
    expect(threadCount(undefined, () => 1)).toBe(1);
    expect(threadCount(undefined, () => 2)).toBe(2);
    expect(threadCount(undefined, () => 3)).toBe(3);
    expect(threadCount(undefined, () => 16)).toBe(4);
  });

  it('workers start at once when asked for, else once the walk has found enough files; none on one core or --threads 1', () => {
    expect(workerPlan(2, () => 1)).toEqual({ workers: 1, afterFiles: 0 });
    expect(workerPlan(4, () => 2)).toEqual({ workers: 3, afterFiles: 0 });
    expect(workerPlan(undefined, () => 2)).toEqual({ workers: 1, afterFiles: WORKER_MIN_FILES });
    expect(workerPlan(undefined, () => 8)).toEqual({ workers: 3, afterFiles: WORKER_MIN_FILES });
    expect(workerPlan(undefined, () => 1)).toBeUndefined();
    expect(workerPlan(1, () => 8)).toBeUndefined();
    // A pre-commit run and samples/ (14 files) are far below; the machine is asked before the decision.
    expect(WORKER_MIN_FILES).toBeGreaterThan(100);
    expect(MEASURE_FROM_FILES).toBeLessThan(WORKER_MIN_FILES);
    expect(MEASURE_FROM_FILES).toBeGreaterThan(14);
  });
});

describe('starting the workers of a run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-starter-'));
  const entry = pathToFileURL(join(dir, 'idle.mjs'));
  writeFileSync(join(dir, 'idle.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => m.close && process.exit(0));\n");
  const init = { root: dir, parameterFiles: [], maxFileBytes: 1024 };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * A starter on a machine of `cores` where this process keeps one core busy and other processes use
   * `othersPerMs` cores, on the clock `time.now`; `time` counts the samples taken and the times the
   * cores were asked.
   */
  const starter = (threads: number | undefined, cores: number, othersPerMs: number) => {
    const time = { now: 5, samples: 0, coresAsked: 0 };
    const cpu = (t: number) => ({ at: t, busyMs: t * (1 + othersPerMs), ownMs: t, cores });
    const sample = () => {
      time.samples++;
      return cpu(time.now);
    };
    const usable = () => {
      time.coresAsked++;
      return cores;
    };
    const s = PoolStarter.plan(init, threads, { cores: usable, now: () => time.now, sample, entry: () => entry });
    return { s, time };
  };
  /** The walk finds files `from` to `to`, `msPerFile` apart. */
  const find = (s: PoolStarter | undefined, time: { now: number }, from: number, to: number, msPerFile = 0.01) => {
    for (let n = from; n <= to; n++) {
      time.now += msPerFile;
      s?.found(n);
    }
  };
  const walk = (s: PoolStarter | undefined, time: { now: number }, files: number, msPerFile = 0.01) => {
    find(s, time, 1, files, msPerFile);
    s?.walked();
  };
  const close = async (s: PoolStarter | undefined) => s?.pool?.close();

  it('workers: with --threads, all asked; else one per free core, rounded; all when the system does not say', () => {
    expect(workersFor(3, true, 0)).toBe(3);
    expect(workersFor(1, false, 1)).toBe(1);
    expect(workersFor(1, false, 0.6)).toBe(1);
    expect(workersFor(1, false, 0.3)).toBe(0);
    expect(workersFor(3, false, 1.8)).toBe(2);
    expect(workersFor(3, false, 7)).toBe(3);
    expect(workersFor(2, false, undefined)).toBe(2);
  });

  it('a run of a few files starts none, and asks the machine nothing', () => {
    for (const cores of [2, 3, 8]) {
      const { s, time } = starter(undefined, cores, 0);
      expect(s).toBeDefined();
      walk(s, time, MEASURE_FROM_FILES - 1);
      expect(s?.pool).toBeUndefined();
      expect(time).toMatchObject({ samples: 0, coresAsked: 0 });
    }
  });

  it('a large run on an idle 2-core machine starts none: the second core is the main thread\'s V8 threads\'', () => {
    const { s, time } = starter(undefined, 2, 0);
    walk(s, time, WORKER_MIN_FILES * 2, 1);
    expect(s?.pool).toBeUndefined();
    // Asked once; nothing to start, so nothing to measure.
    expect(time).toMatchObject({ samples: 0, coresAsked: 1 });
  });

  it('a large run with a free core (3 idle cores) starts a worker when the walk has found enough files', async () => {
    const { s, time } = starter(undefined, 3, 0);
    find(s, time, 1, MEASURE_FROM_FILES);
    expect(time).toMatchObject({ samples: 1, coresAsked: 1 });
    // The window is long enough by the time the walk has found enough files.
    time.now += MIN_IDLE_WINDOW_MS;
    find(s, time, MEASURE_FROM_FILES + 1, WORKER_MIN_FILES - 1);
    expect(s?.pool).toBeUndefined();
    s?.found(WORKER_MIN_FILES);
    expect(s?.pool?.size).toBe(1);
    s?.walked();
    expect(time).toMatchObject({ samples: 2, coresAsked: 1 });
    await close(s);
  });

  it('a large run on a busy machine starts none', () => {
    const { s, time } = starter(undefined, 3, 0.8);
    walk(s, time, WORKER_MIN_FILES * 2, 1);
    expect(s?.pool).toBeUndefined();
    expect(time.samples).toBe(2);
  });

  it('a window too short to measure is measured longer while the walk goes on, and at its end at the latest', async () => {
    const short = starter(undefined, 3, 0);
    // The walk reaches the threshold 5 ms after it started measuring: the decision waits for the window.
    find(short.s, short.time, 1, WORKER_MIN_FILES);
    expect(short.s?.pool).toBeUndefined();
    short.time.now += MIN_IDLE_WINDOW_MS;
    short.s?.found(WORKER_MIN_FILES + 1);
    expect(short.s?.pool?.size).toBe(1);
    await close(short.s);
    const ended = starter(undefined, 3, 0);
    find(ended.s, ended.time, 1, WORKER_MIN_FILES);
    ended.time.now += 5;
    ended.s?.walked();
    expect(ended.s?.pool?.size).toBe(1);
    await close(ended.s);
  });

  it('--threads starts its workers before the walk, whatever the load and the size, asking the machine nothing', async () => {
    const { s, time } = starter(3, 2, 1);
    expect(s?.pool?.size).toBe(2);
    walk(s, time, WORKER_MIN_FILES * 2);
    expect(time).toMatchObject({ samples: 0, coresAsked: 0 });
    await close(s);
    expect(starter(1, 8, 0).s).toBeUndefined();
    // One core: asked once the walk is large enough, and nothing starts.
    const one = starter(undefined, 1, 0);
    walk(one.s, one.time, WORKER_MIN_FILES * 2, 1);
    expect(one.s?.pool).toBeUndefined();
    expect(one.time).toMatchObject({ samples: 0, coresAsked: 1 });
  });

  it('without a worker entry (from sources), nothing starts', () => {
    const s = PoolStarter.plan(init, 2, { entry: () => undefined });
    expect(s?.pool).toBeUndefined();
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths, type LintOptions } from '../../src/engine/lint.js';
import { batchUnits, lintUnitsInWorkers, threadCount, workerEntry } from '../../src/engine/lint-pool.js';
import type { UnitResult } from '../../src/engine/lint-unit.js';
import type { LintResult } from '../../src/engine/types.js';
import type { LintUnit } from '../../src/engine/units.js';

const PROJECT = resolve(import.meta.dirname, '../..');

function filesOf(result: LintResult): Set<string> {
  const out = new Set<string>();
  for (const f of result.findings) {
    out.add(f.range.file);
    for (const r of f.related) out.add(r.range.file);
    if (f.resource) out.add(f.resource.declaration.file);
  }
  return out;
}

describe('the unit pipeline gives what one parse of the whole run gives', () => {
  const runs: [string, string[], LintOptions][] = [
    ['samples/', ['samples'], {}],
    ['samples/ with one named file as context', ['samples/terraform/main.tf', 'samples/bicep/payments/main.bicepparam'], {}],
    ['the engine and parser fixtures', ['test/engine', 'test/parsers'], {}],
    ['samples/ with rules configured', ['samples'], { rules: { 'https-only': 'off', 'client-cert-mode': 'warn' } }],
  ];
  it.each(runs)('%s', async (_name, paths, extra) => {
    const opts = { cwd: PROJECT, root: PROJECT, ...extra };
    const units = await lintPaths(paths, opts);
    const whole = await lintPaths(paths, { ...opts, singleUnit: true });
    expect(units.findings.length).toBeGreaterThan(0);
    expect(units.findings).toEqual(whole.findings);
    expect(units.files).toEqual(whole.files);
    expect(units.stats.filesByKind).toEqual(whole.stats.filesByKind);
    // Only the texts findings point into are kept, and they are the same texts.
    const wanted = filesOf(whole);
    expect([...units.texts.keys()].sort()).toEqual([...whole.texts.keys()].filter((f) => wanted.has(f)).sort());
    for (const [file, text] of units.texts) expect(text).toBe(whole.texts.get(file));
  });

  it('findings are sorted as before: by position, then rule', async () => {
    const r = await lintPaths(['samples'], { cwd: PROJECT, root: PROJECT });
    const keys = r.findings.map((f) => [f.range.file, f.range.startOffset] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });
});

describe('worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const units: LintUnit[] = Array.from({ length: 6 }, (_, i) => ({ files: [{ path: `/u${i}.tf`, kind: 'terraform' }] }));
  const init = { root: dir, parameterFiles: [], maxFileBytes: 1024 };
  const inThread = async (unit: LintUnit): Promise<UnitResult> => ({ findings: [], texts: [], readable: [`thread:${unit.files[0]?.path}`], problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0 });
  const worker = (name: string, body: string): URL => {
    const path = join(dir, name);
    writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(path);
  };
  const from = (results: UnitResult[]) => results.map((r) => r.readable[0]);

  it('posts each unit to a worker and keeps the results in unit order', async () => {
    const entry = worker('ok.mjs', "parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: true, results: m.units.map((files) => ({ findings: [], texts: [], readable: ['worker:' + files[0].path], problems: [] })) }));");
    expect(from(await lintUnitsInWorkers(units, entry, 2, init, inThread))).toEqual(units.map((u) => `worker:${u.files[0]?.path}`));
  });

  it('a unit a worker fails on is linted in-thread; the others still go to workers', async () => {
    const entry = worker('fails.mjs', "parentPort.on('message', (m) => parentPort.postMessage(m.units.some((files) => files[0].path === '/u3.tf') ? { id: m.id, ok: false, message: 'boom' } : { id: m.id, ok: true, results: m.units.map((files) => ({ findings: [], texts: [], readable: ['worker:' + files[0].path], problems: [] })) }));");
    const got = from(await lintUnitsInWorkers(units, entry, 2, init, inThread));
    expect(got).toEqual(units.map((u, i) => `${i === 3 ? 'thread' : 'worker'}:${u.files[0]?.path}`));
  });

  it('a worker that crashes loses nothing: its unit and what is left are linted in-thread', async () => {
    const entry = worker('crash.mjs', "parentPort.on('message', () => process.exit(3));");
    expect(from(await lintUnitsInWorkers(units, entry, 2, init, inThread))).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('a worker that runs out of memory ends alone, and its units are linted in-thread', { timeout: 60_000 }, async () => {
    const entry = worker('oom.mjs', "const keep = []; parentPort.on('message', () => { for (;;) keep.push(new Array(1e6).fill(keep.length)); });");
    expect(from(await lintUnitsInWorkers(units, entry, 1, init, inThread))).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('a worker entry that cannot be loaded falls back to in-thread', async () => {
    const entry = pathToFileURL(join(dir, 'missing.mjs'));
    expect(from(await lintUnitsInWorkers(units, entry, 2, init, inThread))).toEqual(units.map((u) => `thread:${u.files[0]?.path}`));
  });

  it('from TypeScript sources there is no worker entry, so runs stay in-thread', () => {
    expect(workerEntry(pathToFileURL(join(PROJECT, 'src/engine/lint-pool.ts')).href)).toBeUndefined();
    expect(workerEntry('data:text/javascript,')).toBeUndefined();
  });

  it('finds the bundled and the compiled worker entry beside the module', () => {
    writeFileSync(join(dir, 'lint-worker.cjs'), '');
    expect(workerEntry(pathToFileURL(join(dir, 'chunk-ABC.cjs')).href)?.href).toBe(pathToFileURL(join(dir, 'lint-worker.cjs')).href);
  });

  it('batches consecutive units, a large unit alone, with several batches per thread', () => {
    const unit = (n: number): LintUnit => ({ files: Array.from({ length: n }, (_, i) => ({ path: `/f${i}.json`, kind: 'json' as const })) });
    // 400 one-file units on 2 threads: batches of the most files, in order, every unit once.
    const small = batchUnits(Array.from({ length: 400 }, () => unit(1)), 2, 48);
    expect(small.map((b) => b.length)).toEqual([48, 48, 48, 48, 48, 48, 48, 48, 16]);
    expect(small.flat()).toEqual(Array.from({ length: 400 }, (_, i) => i));
    // A unit larger than a batch is a batch alone; its neighbours do not join it.
    expect(batchUnits([unit(1), unit(100), unit(1), unit(1)], 1, 48)).toEqual([[0], [1], [2, 3]]);
    // Few files: batches of one, so that every thread has some.
    expect(batchUnits(Array.from({ length: 6 }, () => unit(1)), 2, 48)).toEqual([[0], [1], [2], [3], [4], [5]]);
    expect(batchUnits([], 2, 48)).toEqual([]);
  });

  it('never more threads than units, threads asked, or 4; never fewer than 1', () => {
    expect(threadCount(1, 10)).toBe(1);
    expect(threadCount(8, 10)).toBe(4);
    expect(threadCount(3, 2)).toBe(2);
    expect(threadCount(undefined, 1)).toBe(1);
    expect(threadCount(4, 0)).toBe(1);
    // Asked for, the threads are what was asked (up to 4), whatever the load.
    expect(threadCount(2, 10, 2, 6)).toBe(2);
  });

  it('by default one thread per idle core: workers only where a core is free', () => {
    expect(threadCount(undefined, 10, 2, 0)).toBe(2);
    expect(threadCount(undefined, 10, 2, 0.9)).toBe(2);
    expect(threadCount(undefined, 10, 2, 1.5)).toBe(1);
    expect(threadCount(undefined, 10, 2, 5)).toBe(1);
    expect(threadCount(undefined, 10, 8, 2.5)).toBe(4);
    expect(threadCount(undefined, 10, 4, 2.5)).toBe(2);
  });

  it('with the main thread helping, every unit is linted once, by a worker or in-thread, in unit order', async () => {
    const entry = worker('slow.mjs', "parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, results: m.units.map((files) => ({ findings: [], texts: [], readable: ['worker:' + files[0].path], problems: [] })) }), 20));");
    const many: LintUnit[] = Array.from({ length: 20 }, (_, i) => ({ files: [{ path: `/m${i}.tf`, kind: 'terraform' }] }));
    const slowThread = async (unit: LintUnit): Promise<UnitResult> => {
      await new Promise((r) => setTimeout(r, 5));
      return inThread(unit);
    };
    const got = from(await lintUnitsInWorkers(many, entry, 1, init, slowThread, { mainThread: true }));
    expect(got.map((g) => g?.replace(/^\w+:/, ''))).toEqual(many.map((u) => u.files[0]?.path));
    expect(got.some((g) => g?.startsWith('worker:'))).toBe(true);
    expect(got.some((g) => g?.startsWith('thread:'))).toBe(true);
  });

  it('--threads 2 from sources (no worker entry) gives the same result as --threads 1', async () => {
    const opts = { cwd: PROJECT, root: PROJECT };
    const one = await lintPaths(['samples'], { ...opts, threads: 1 });
    const two = await lintPaths(['samples'], { ...opts, threads: 2 });
    expect(two.findings).toEqual(one.findings);
  });
});

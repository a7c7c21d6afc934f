import { parentPort, workerData } from 'node:worker_threads';
import { allRules } from './all-rules.js';
import { lintUnit, unitReader, type UnitContext } from './lint-unit.js';
import { LintRoot } from './confine.js';
import { diskReader } from './reader.js';
import { resolveRuleSettings } from './severity.js';
import { decodeUnits, NOT_STARTED, packResult, STARTED, type PackedResult, type WorkerInit, type WorkerReply, type WorkerRequest, type WorkerRun } from './worker-protocol.js';

// Entry of a lint worker thread: claims batches of units until none is left, lints each whole (read,
// classify, prefilter, parse, rules) and posts back plain data. It never waits for the main thread,
// which is busy linting batches of its own.
const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  const claims = new Int32Array(init.claims);
  const rules = allRules();
  const settings = resolveRuleSettings(rules, init.rules);
  const tree = new LintRoot(init.roots ?? [init.root], init.parameterFiles);
  const base = diskReader(init.maxFileBytes, false, tree);
  const work = async (run: WorkerRun): Promise<void> => {
    // The main thread may have finished every batch before this worker was up: then it takes none.
    if (Atomics.compareExchange(claims, 1 + init.index, NOT_STARTED, STARTED) !== NOT_STARTED) return;
    const { units, listed, dirs } = decodeUnits(run.units);
    // What the main thread's walk found is taken on its word here too (no second check per file).
    for (const [dir, real] of dirs) tree.listedDirectory(dir, real);
    for (const path of listed) tree.listedFile(path);
    const ctx: UnitContext = {
      rules,
      settings,
      root: init.root,
      parameterFiles: init.parameterFiles,
      ...(init.requireMtls ? { requireMtls: init.requireMtls } : {}),
      ...(run.focus ? { focus: new Set(run.focus) } : {}),
      ...(init.parseAll ? { parseAll: true } : {}),
    };
    for (let id = Atomics.add(claims, 0, 1); id < run.ends.length; id = Atomics.add(claims, 0, 1)) {
      const start = id === 0 ? 0 : (run.ends[id - 1] as number);
      const end = run.ends[id] as number;
      try {
        const results: PackedResult[] = [];
        for (let u = start; u < end; u++) {
          // The whole unit, with what the partition read already (`inert`), not only its files.
          const unit = units[u] ?? { files: [] };
          const result = lintUnit(unit, unitReader(base), ctx);
          results.push(packResult(unit.files, result instanceof Promise ? await result : result));
        }
        port.postMessage({ id, ok: true, results } satisfies WorkerReply);
      } catch (err) {
        port.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
      }
    }
  };
  port.on('message', (req: WorkerRequest) => {
    // Ending itself runs the process's exit listeners, which write the code cache of what this
    // thread compiled (src/loader); terminate() from outside would skip them.
    if ('close' in req) process.exit(0);
    void work(req.run).then(() => port.postMessage({ done: true } satisfies WorkerReply));
  });
}

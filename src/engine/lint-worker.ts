import { parentPort, workerData } from 'node:worker_threads';
import type { RunFile } from './classify.js';
import type { MtlsScope } from './config.js';
import { allRules } from './all-rules.js';
import { lintUnit, unitReader, type UnitContext, type UnitResult } from './lint-unit.js';
import { LintRoot } from './confine.js';
import { diskReader } from './reader.js';
import type { RuleConfig } from './rule-config.js';
import { resolveRuleSettings } from './severity.js';

/** What a worker is started with: the run's settings, as plain data. */
export interface WorkerInit {
  root: string;
  rules?: Record<string, RuleConfig>;
  parameterFiles: string[];
  maxFileBytes: number;
  /** The linted tree's roots (real paths); the parameter files are the user's and may be anywhere. */
  roots?: string[];
  requireMtls?: MtlsScope;
  focus?: string[];
  parseAll?: boolean;
}

/** A batch of units (their files), linted one after the other. */
/** A batch of units to lint, or the end of the work: the worker then ends itself (see lint-pool.ts). */
export type WorkerRequest = { id: number; units: RunFile[][] } | { close: true };

/** The batch's results in its order; a batch that fails is redone in the main thread as a whole. */
export type WorkerReply = { id: number; ok: true; results: UnitResult[] } | { id: number; ok: false; message: string };

// Entry of a lint worker thread: lints the units it is sent, one at a time, and posts back plain data.
const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  const rules = allRules();
  const ctx: UnitContext = {
    rules,
    settings: resolveRuleSettings(rules, init.rules),
    root: init.root,
    parameterFiles: init.parameterFiles,
    ...(init.requireMtls ? { requireMtls: init.requireMtls } : {}),
    ...(init.focus ? { focus: new Set(init.focus) } : {}),
    ...(init.parseAll ? { parseAll: true } : {}),
  };
  const base = diskReader(init.maxFileBytes, false, new LintRoot(init.roots ?? [init.root], init.parameterFiles));
  const lintBatch = async (units: RunFile[][]): Promise<UnitResult[]> => {
    const results: UnitResult[] = [];
    for (const files of units) results.push(await lintUnit({ files }, unitReader(base), ctx));
    return results;
  };
  port.on('message', (req: WorkerRequest) => {
    // Ending itself runs the process's exit listeners, which write the code cache of what this
    // thread compiled (src/loader); terminate() from outside would skip them.
    if ('close' in req) process.exit(0);
    lintBatch(req.units).then(
      (results) => port.postMessage({ id: req.id, ok: true, results } satisfies WorkerReply),
      (err: unknown) => port.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
    );
  });
}

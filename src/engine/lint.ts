import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { clockMs } from '../../parsers/shared/clock.js';
import type { Entity, FileKind } from '../model/index.js';
import { allRules } from './all-rules.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { classifyByName, classifyFile, classifyFiles, type RunFile } from './classify.js';
import { lintRootFor, type LintRoot } from './confine.js';
import type { MtlsScope } from './config.js';
import { discover, type Discovery } from './discover.js';
import { UsageError } from './errors.js';
import { uniqueFingerprints } from './fingerprint.js';
import type { FixMode } from './fix.js';
import { PoolStarter, type LintPool, type PoolInit } from './lint-pool.js';
import { joinLinkedUnits } from './linked-units.js';
import { compareFindings, lintUnit, unitReader, unreadFindings, type UnitContext, type UnitResult } from './lint-unit.js';
import { diskReader, memoryReader, DEFAULT_MAX_FILE_BYTES, type FileReader } from './reader.js';
import type { RuleConfig } from './rule-config.js';
import { resolveRuleSettings } from './severity.js';
import type { Finding, LintResult } from './types.js';
import { partitionUnits, type LintUnit } from './units.js';
import { chooseWasmTiering } from './wasm-tiering.js';
import { youngGenerationHold, type YoungGenerationHold } from './young-generation.js';
import { laterJsTiering } from './js-tiering.js';

export { allRules } from './all-rules.js';
export { compareFindings } from './lint-unit.js';
export { UsageError } from './errors.js';

export type { RuleConfig } from './rule-config.js';

export interface LintOptions {
  /** Working directory paths are resolved against (default `process.cwd()`). */
  cwd?: string;
  /** Repository root for relative paths and fingerprints (default: nearest `.git` above cwd, else cwd). */
  root?: string;
  /** Severity (and options) by rule id, over the defaults. */
  rules?: Readonly<Record<string, RuleConfig>>;
  /** `--param-file` / `--var-file`. */
  parameterFiles?: readonly string[];
  /** Extra ignore globs (gitignore syntax, relative to the root). */
  ignore?: readonly string[];
  maxFileBytes?: number;
  /** Whether an mTLS rule applies to an entity; default: every entity (see also `requireMtls`). */
  inMtlsScope?: (entity: Entity) => boolean;
  /** The config's `requireMtls`: which sites the mTLS rules apply to (slots follow their site). */
  requireMtls?: MtlsScope;
  /** Findings recorded here are suppressed (kind `external`, justification `baseline`). */
  baseline?: Baseline;
  /** `write`: fix files on disk (`--fix`); `dry-run`: compute the fixed texts only (`--fix-dry-run`). */
  fix?: FixMode;
  /** With `fix`: also apply the fixes that change behaviour (rules whose `fixable` is `unsafe`; `--unsafe-fixes`). */
  unsafeFixes?: boolean;
  /**
   * Threads for large runs, this one included (`--threads`): 1 lints in this thread only; default:
   * automatic (one per core left free beside the main thread and V8's threads, at most 4, only when
   * the walk finds enough files to pay for worker threads, and only from the built CLI, where the
   * worker entry exists; see lint-pool.ts).
   */
  threads?: number;
  /** Lint the whole run as one unit, as one parse (for comparison in tests; slower and unbounded in memory). */
  singleUnit?: boolean;
  /** `false`: parse every file, also those the prefilter shows cannot give a finding (for comparison in tests). */
  prefilter?: boolean;
  /** Texts that replace what is on disk (an editor's open documents); the run then stays in this thread. */
  overlay?: ReadonlyMap<string, string>;
  /** With `fix`: fix only the findings with these fingerprints, in one pass (an editor's quick fix). */
  fixOnly?: ReadonlySet<string>;
  /** The process ends after this run (the CLI): a small run prefers a quick start to peak speed. */
  shortLived?: boolean;
}

export function findRepositoryRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start);
    dir = up;
  }
}

/** Lints files and directories on disk. */
export async function lintPaths(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? findRepositoryRoot(cwd);
  const started = clockMs();
  const named = paths.length ? paths : ['.'];
  // Only the linted tree is read (and written); the parameter files the user names may be anywhere.
  const tree = lintRootFor(root, named.map((p) => resolve(cwd, p)), (options.parameterFiles ?? []).map((p) => resolve(cwd, p)));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Workers start while the walk goes on, once it has found enough files (see `PoolStarter`).
  const init = workerInit({ ...options, cwd, root }, tree, maxBytes);
  const workers = init && PoolStarter.plan(init, options.threads);
  try {
    const found = discover(named, cwd, root, options.ignore, tree, workers && ((count) => workers.found(count)));
    workers?.walked();
    return await lintFound(found, tree, workers?.pool, maxBytes, { ...options, cwd, root }, started);
  } finally {
    // A pool the run did not use (it turned out small, or failed) is ended too.
    await workers?.pool?.close();
  }
}

/** The rest of `lintPaths`, once the walk is done. */
async function lintFound(
  found: Discovery,
  tree: LintRoot,
  pool: LintPool | undefined,
  maxBytes: number,
  options: LintOptions & { cwd: string; root: string },
  started: number,
): Promise<LintResult> {
  if (found.missing.length) {
    throw new UsageError(`No such file or directory: ${found.missing.join(', ')}`);
  }
  // Units cache what they read; the run itself keeps no texts (memory bounded by the largest unit).
  // Confined like every other read: a linked file pointing outside the tree is not even sniffed.
  const disk = diskReader(maxBytes, false, tree);
  // Like ESLint for a pattern that matches nothing: a directory with nothing to lint is a mistake
  // (a wrong path, or everything ignored). Files named one by one (pre-commit) may hold nothing.
  const empty = found.directories.filter((d) => !found.files.some((f) => isUnder(f, d.path) && classifyFile(f, disk) !== undefined));
  if (empty.length) {
    throw new UsageError(
      `No files to lint in ${empty.map((d) => d.arg).join(', ')}: no Bicep, ARM template or parameter file, Terraform or Terraform plan was found there (ignored files and folders are left out).`,
    );
  }
  const all = [...found.files, ...found.context];
  // Report on the named files only, and on findings whose value comes from one of them
  // (a changed parameter file re-lints the template it feeds).
  const focus = found.context.length ? new Set(found.files) : undefined;
  // Editor buffers stand in for files of the linted tree only: confinement applies to them too.
  const overlay = new Map([...(options.overlay ?? [])].filter(([path]) => tree.refusal(path) === undefined));
  const base = overlay.size ? memoryReader(overlay, disk) : disk;
  // The pool serves the first run only (a run with `--fix` has none: fixes re-run with the fixed texts).
  let first = pool;
  const run = (overrides: ReadonlyMap<string, string>) => {
    const given = first;
    first = undefined;
    return overrides.size || base !== disk
      ? lintFiles(all, memoryReader(overrides, base), options, focus)
      : lintFiles(all, disk, options, focus, { tree, listings: found.listings, ...(given ? { pool: given } : {}) });
  };
  const result = await finish(run, options, (real) => tree.refusal(real));
  result.stats.durationMs = clockMs() - started;
  return result;
}

function isUnder(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Lints texts that need not exist on disk (tests, `--stdin`); other files are read from disk. */
export async function lintSources(
  sources: readonly { path: string; text: string }[],
  options: LintOptions = {},
): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const started = clockMs();
  const map = new Map(sources.map((s) => [resolve(cwd, s.path), s.text] as const));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const disk = diskReader(maxBytes, new Map(), lintRootFor(root, [], (options.parameterFiles ?? []).map((p) => resolve(cwd, p))));
  const run = (overrides: ReadonlyMap<string, string>) =>
    lintFiles([...map.keys()], memoryReader(new Map([...map, ...overrides]), disk), { ...options, cwd, root });
  // Sources are not files to write: --fix on them behaves like --fix-dry-run.
  const result = await finish(run, options.fix ? { ...options, fix: 'dry-run' } : options);
  result.stats.durationMs = clockMs() - started;
  return result;
}

/** The first run, fixes (which re-run with the fixed texts), then the baseline. */
async function finish(
  run: (overrides: ReadonlyMap<string, string>) => Promise<LintResult>,
  options: LintOptions,
  canWrite?: (realPath: string) => string | undefined,
): Promise<LintResult> {
  let result = await run(new Map());
  // Fixing is rare: its code loads only when asked for. Writes stay inside the linted tree.
  if (options.fix) result = await (await import('./fix.js')).fixRun(result, run, options.fix, undefined, options.fixOnly, canWrite, options.unsafeFixes);
  if (options.baseline) result.baseline = applyBaseline(result.findings, options.baseline);
  return result;
}

/** Units started and files read in this thread between two looks at the young generation's size (one call into V8 each). */
const HEAP_CHECK_EVERY = 32;
/** Runs of fewer files (a pre-commit hook's) are over before TurboFan would compile much: their V8 flags are left as they are. */
const LATER_TIERING_FROM_FILES = 8;

async function lintFiles(
  paths: readonly string[],
  reader: FileReader,
  options: LintOptions & { cwd: string; root: string },
  focus?: ReadonlySet<string>,
  parallel?: { tree: LintRoot; listings?: ReadonlyMap<string, readonly string[]>; pool?: LintPool },
): Promise<LintResult> {
  const rules = allRules();
  const settings = resolveRuleSettings(rules, options.rules);
  // A focused run (pre-commit, an editor) is small and reports files not read only where it looks:
  // its JSON is classified here. Else each unit classifies its own JSON, from the one read that
  // also serves the parse, in parallel when there are workers.
  const { files: classified, unread } = focus ? classifyFiles(paths, reader) : byName(paths);

  const parameterFiles = (options.parameterFiles ?? []).map((p) => resolve(options.cwd, p));
  const single = oneUnit(options);
  // A unit holds every file that reads or is read by its files: one without a named file cannot
  // report on a named file, so a focused run (pre-commit, an editor) skips it.
  const listings = parallel?.listings;
  const units = partitionUnits(classified, reader, { single, ...(listings ? { listings } : {}) }).filter((u) => !focus || u.files.some((f) => focus.has(f.path)));
  const ctx: UnitContext = {
    rules,
    settings,
    root: options.root,
    parameterFiles,
    ...(options.requireMtls ? { requireMtls: options.requireMtls } : {}),
    ...(options.inMtlsScope ? { inMtlsScope: options.inMtlsScope } : {}),
    ...(focus ? { focus } : {}),
    ...(options.fix ? { keepAllTexts: true } : {}),
    ...(options.prefilter === false ? { parseAll: true } : {}),
  };
  const pool = parallel?.pool;
  // A process that ends after the run keeps its young generation small (see young-generation.ts);
  // read every HEAP_CHECK_EVERY units started and files read (parsers read a unit's files as they
  // reach them: a large unit is looked into too), so that a run of a few files never reads it. V8
  // flags hold for every thread: with workers (each with a young generation of its own, still small
  // when this one is at the cap) none is set. Released when the units are linted.
  const aloneAndShortLived = options.shortLived === true && !(pool && pool.size > 0);
  let hold: YoungGenerationHold | null | undefined = aloneAndShortLived ? undefined : null;
  let ticks = 0;
  const tick = (): void => {
    if (hold === null || ++ticks < HEAP_CHECK_EVERY) return;
    ticks = 0;
    hold = hold === undefined ? (youngGenerationHold() ?? null) : hold;
    hold?.check();
  };
  const inThread = (unit: LintUnit): UnitResult | Promise<UnitResult> => {
    tick();
    return lintUnit(unit, unitReader(reader, hold === null ? undefined : tick), ctx);
  };
  const releaseHold = (): void => hold?.release();

  // A run with little Terraform is over before optimized WASM would pay for its compilation, however
  // much else it lints. V8 flags hold for every thread of the process: none is set once workers exist.
  const hcl = classified.filter((f) => HCL_KINDS.has(f.kind));
  if (options.shortLived && hcl.length > 0) await chooseWasmTiering(!pool && !longRun(hcl, reader));
  // A short-lived run of more than a few files optimizes JavaScript later than V8 would (see
  // js-tiering.ts); not with workers, for the same reason as the hold.
  const untier = aloneAndShortLived && classified.length >= LATER_TIERING_FROM_FILES ? laterJsTiering() : undefined;
  let results: UnitResult[];
  try {
    if (pool && pool.size > 0 && units.length > 1) {
      // Every thread, this one included, lints batches of units; the workers were started during the walk.
      results = await pool.run(units, inThread, { ...(focus ? { focus: [...focus] } : {}), ...(parallel?.tree ? { walk: parallel.tree } : {}) });
    } else {
      results = [];
      for (let u = 0; u < units.length; u++) {
        const result = inThread(units[u] as LintUnit);
        results.push(result instanceof Promise ? await result : result);
      }
    }
    await joinLinkedUnits(units, results, inThread);
  } finally {
    releaseHold();
    untier?.();
  }

  const readable = new Set<string>();
  /** Kinds the units' reads told (JSON given as `json`); every other file is of the kind it was given. */
  const kinds = new Map<string, FileKind>();
  // Indexed loops over what every file gives: run once, these loops stay unoptimized, where an
  // iterator (and a destructured pair) allocates at every step.
  for (let u = 0; u < results.length; u++) {
    const r = results[u] as UnitResult;
    const sniffed = r.sniffed ?? [];
    for (let i = 0; i < sniffed.length; i++) {
      const pair = sniffed[i] as [string, FileKind];
      kinds.set(pair[0], pair[1]);
    }
    if (r.unread) unread.push(...r.unread);
  }
  // In the run's order, as if classified before the units.
  if (unread.length > 1) {
    const order = new Map(paths.map((p, i) => [p, i]));
    unread.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  }
  const findings: Finding[] = unreadFindings(
    unread.filter((u) => !focus || focus.has(u.file)),
    settings,
    options.root,
  );
  const declared = { sites: 0, slots: 0, certificates: 0, notRead: unread.length };
  let hiddenNotAnalysed = 0;
  const texts = new Map<string, string>();
  const counts = new Map<string, number>();
  for (let u = 0; u < results.length; u++) {
    const r = results[u] as UnitResult;
    for (let i = 0; i < r.readable.length; i++) readable.add(r.readable[i] as string);
    for (let i = 0; i < r.findings.length; i++) findings.push(r.findings[i] as Finding);
    for (let i = 0; i < r.texts.length; i++) {
      const text = r.texts[i] as [string, string];
      texts.set(text[0], text[1]);
    }
    for (let i = 0; i < r.problems.length; i++) {
      const problem = r.problems[i] as [string, number];
      counts.set(problem[0], (counts.get(problem[0]) ?? 0) + problem[1]);
    }
    declared.sites += r.declared.sites;
    declared.slots += r.declared.slots;
    declared.certificates += r.declared.certificates;
    declared.notRead += r.declared.notRead;
    hiddenNotAnalysed += r.hiddenNotAnalysed;
  }
  findings.sort(compareFindings);
  uniqueFingerprints(findings, (file) => texts.get(file));

  const filesByKind: Record<string, number> = {};
  const linted = classified.filter((f) => readable.has(f.path)).map((f) => ({ path: f.path, kind: kinds.get(f.path) ?? (f.kind as FileKind) }));
  for (const f of linted) filesByKind[f.kind] = (filesByKind[f.kind] ?? 0) + 1;
  const files = linted.map((f) => f.path).filter((f) => !focus || focus.has(f));
  const open = findings.filter((f) => !f.suppressions?.length);
  const result: LintResult = {
    findings,
    files,
    texts,
    root: options.root,
    stats: { durationMs: 0, filesByKind },
    coverage: {
      files: files.length,
      sites: declared.sites,
      slots: declared.slots,
      certificates: declared.certificates,
      unresolved: open.filter((f) => f.ruleId === 'unresolved-setting').length,
      // Notes left out because `not-analysed` is off still count: the coverage line is never silent about them.
      notAnalysed: open.filter((f) => f.ruleId === 'not-analysed').length + hiddenNotAnalysed,
      ...(hiddenNotAnalysed ? { notAnalysedHidden: hiddenNotAnalysed } : {}),
      notRead: declared.notRead,
    },
    parseProblems: counts,
  };
  return result;
}

/** The run's files by name; JSON stays `json` until its unit looks at it. */
function byName(paths: readonly string[]): { files: RunFile[]; unread: { file: string; message: string }[] } {
  const files: RunFile[] = [];
  for (const path of paths) {
    const kind = classifyByName(path);
    if (kind) files.push({ path, kind });
  }
  return { files, unread: [] };
}

/** Kinds the Terraform grammar (WASM) parses. */
const HCL_KINDS = new Set<string>(['terraform', 'terraform-json', 'tfvars', 'tfvars-json']);

/**
 * Settings that look across the whole run keep it in one unit: `requireMtls` matches slots to
 * sites by name anywhere in the run, and `--param-file` applies to every template.
 */
function oneUnit(options: LintOptions): boolean {
  return options.singleUnit === true || (options.requireMtls !== undefined && options.requireMtls !== 'all') || (options.parameterFiles?.length ?? 0) > 0;
}

/**
 * Below these (Terraform files of the run: the grammar parses those of them the native reader leaves
 * to it, parsers/terraform/hcl/native-parser.ts, and flags only matter once it is loaded), a run is over before
 * optimized WASM pays for its compilation (see wasm-tiering.ts): measured on 2 cores, 1500 Terraform
 * files (4.6 MB) gain from it; 83 among 5,000 JSON files (12 parsed) lose 250–300 ms of CPU to it.
 */
const LONG_RUN_FILES = 50;
const LONG_RUN_BYTES = 2 * 1024 * 1024;

function longRun(files: readonly RunFile[], reader: FileReader): boolean {
  if (files.length < LONG_RUN_FILES) return false;
  let bytes = 0;
  for (const f of files) {
    bytes += reader.size(f.path) ?? 0;
    if (bytes >= LONG_RUN_BYTES) return true;
  }
  return false;
}

/** Settings a worker needs, as plain data; undefined when the run stays in this thread. */
function workerInit(options: LintOptions & { cwd: string; root: string }, tree: LintRoot, maxFileBytes: number): PoolInit | undefined {
  // Editor buffers, a scope predicate (a function) and fixes stay in this thread; one unit needs no other thread.
  if (options.overlay?.size || options.inMtlsScope || options.fix || oneUnit(options)) return undefined;
  return {
    root: options.root,
    parameterFiles: (options.parameterFiles ?? []).map((p) => resolve(options.cwd, p)),
    maxFileBytes,
    roots: [...tree.paths],
    ...(options.rules ? { rules: { ...options.rules } } : {}),
    ...(options.requireMtls ? { requireMtls: options.requireMtls } : {}),
    ...(options.prefilter === false ? { parseAll: true } : {}),
  };
}

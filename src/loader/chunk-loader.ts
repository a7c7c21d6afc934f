// Loads the bundled CLI (dist/): its chunks are CommonJS bodies (scripts/bundle.mjs turns esbuild's
// ES module chunks into them) compiled here with V8's code cache, on every Node.js version. Node 20
// compiles ES modules from source on every run, which cost a one-file run more than its lint.
import { resolve, sep } from 'node:path';
import { Script } from 'node:vm';
import type { ChunksApi } from './chunks-api.js';
import { nodeBuiltin } from './node-builtin.js';
import { v8FlagSetter, type SetV8Flags } from './v8-flags.js';
import { CACHE_GROWTH_RUNS, CACHE_REFRESH_AGE_MS, openCacheDir, pruneCache, readCache, Scratch, writeCache } from './code-cache.js';

/**
 * What a chunk may name, as esbuild writes it: a file beside the chunks, never a path (a chunk is
 * only ever read from the bundle's own directory).
 */
const CHUNK = /^\.\/([A-Za-z0-9_-]+\.cjs)$/;

/** Far above any chunk. */
const MAX_CHUNK = 16 * 1024 * 1024;

interface Loaded {
  exports: unknown;
}

interface Compiled {
  name: string;
  /** The source it was compiled from (as the Script holds it: Latin-1, see `run`). */
  source: string;
  script: Script;
  /** What its cache file is named by beyond the chunk: the V8 flags and the run's kind when it was compiled (see `cacheKey` of ChunkLoader). */
  flags: string;
  /** How many runs will have written its cache, this one included. */
  generation: number;
}

/**
 * What a run may name as its kind for the caches of the chunks it loads from then on (see
 * `cacheFlavour`): a short lower-case word, never a path.
 */
const FLAVOUR = /^[a-z]{1,16}$/;

/** A short stable name for a list of V8 flags, for a file name. */
function flagsName(flags: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const c of flags.join(' ')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return `flags${(h >>> 0).toString(16)}`;
}

/** V8's cache of a tiny script: V8 writes a hash of its flags into every cache, so one made under other flags differs. */
function flagProbe(): Buffer {
  return new Script('0', { filename: 'mtlslint-flag-probe' }).createCachedData();
}

/**
 * Built-ins that chunks import at their top but that most runs never call: loaded on first use
 * (chunks read an import's property at each call), not when a chunk that imports them runs.
 * `node:module` and `node:os` cost a one-file run ~5 and ~2 M instructions.
 */
const LAZY_BUILTINS = new Set(['node:module', 'node:os']);

/** A stand-in for a built-in's exports that loads it on its first use. */
function lazyBuiltin(specifier: string): object {
  let exports: object | undefined;
  const load = (): object => (exports ??= nodeBuiltin(specifier) as object);
  return new Proxy(
    {},
    {
      // `import()` resolves to it, and so asks for its `then`: no built-in module exports one.
      get: (_, key) => (key === 'then' ? undefined : Reflect.get(load(), key)),
      has: (_, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      // The target is an empty extensible object: each property is reported configurable, as a proxy must.
      getOwnPropertyDescriptor: (_, key) => {
        const found = Reflect.getOwnPropertyDescriptor(load(), key);
        return found && { ...found, configurable: true };
      },
    },
  );
}

/**
 * `pathToFileURL(path).href`, made here for a POSIX path of plain characters, which the URL keeps as
 * they are once resolved (as pathToFileURL resolves it, keeping a final slash): the first call of
 * pathToFileURL costs a run ~1.4 M instructions.
 */
export function fileUrl(path: string): string {
  if (sep === '/') {
    const resolved = resolve(path);
    const url = `file://${resolved}${path.endsWith('/') && !resolved.endsWith('/') ? '/' : ''}`;
    if (/^file:\/\/[\w./-]*$/.test(url)) return url;
  }
  return (nodeBuiltin('node:url') as typeof import('node:url')).pathToFileURL(path).href;
}

function builtinNamespace(exports: unknown): unknown {
  return Object.create(exports as object, { default: { value: exports, enumerable: true } });
}

export class ChunkLoader {
  private readonly modules = new Map<string, Loaded>();
  /**
   * Chunks compiled without a usable cache, or from one due for a refresh (see CACHE_REFRESH_AGE_MS):
   * their cache is written when the process ends.
   */
  private readonly uncached: Compiled[] = [];
  /** Chunks compiled from their cache (V8 took it). */
  readonly fromCache = new Set<string>();
  /** The stand-ins for LAZY_BUILTINS handed out, by name: a chunk's `require` gives the same object each time. */
  private readonly lazy = new Map<string, object>();
  private cacheDir: string | undefined | null = null;
  private readonly sourceScratch = new Scratch();
  private readonly cacheScratch = new Scratch();
  readonly dir: string;
  /** `file:` URL of the directory, with its final slash: a chunk name needs no escaping (see CHUNK). */
  private readonly dirUrl: string;
  /**
   * V8 flags: those Node.js was started with (its options and NODE_OPTIONS, e.g. a CI's
   * `--max-old-space-size`), then those the run set (`v8.setFlagsFromString`, the Terraform
   * grammar's WASM tiering). V8 rejects a cache made under other flags, so each set has caches of
   * its own (runs under two sets would otherwise replace each other's cache every time), and the
   * caches of the chunks compiled before a change are written before it.
   */
  private readonly flagsSet: string[] = [];
  private flags = '';
  /**
   * The kind of run, as the CLI tells it once it has read its arguments (`cacheFlavour`): the chunks
   * loaded from then on have caches of their own for each kind. A cache holds the functions the
   * runs that wrote it compiled: one written by runs of a whole tree, or of ARM templates, lacks much
   * of what a Bicep or Terraform run of one file compiles (it then compiles it again on every run)
   * and holds much it does not need (deserialized for nothing). Measured on Node 20, one file, after
   * ARM runs had written the shared chunks' caches: Bicep 4.5 ms and Terraform 2.2 ms faster with
   * caches of their own; ARM 4.5 ms faster with its own after runs of a tree had written them.
   */
  private flavour = '';
  private v8?: unknown;
  /**
   * V8 flags set through `neutralFlags` (see there), with how to set each back, in the order set.
   */
  private readonly neutral: { set: string; undo: string }[] = [];
  private neutralOff = false;
  /** V8's `setFlagsFromString`, found once (see v8FlagSetter): neutral flags are set back and on again around each chunk compiled. */
  private setV8FlagsWith?: SetV8Flags;
  /** Writes at exit what is still unwritten: registered while there is some (see `remember`). */
  private readonly onExit = (): void => {
    this.endNeutralFlags();
    this.saveCache();
    if (this.restoresFlags) this.rewriteUnderStartFlags();
  };
  /** How to set back each `setFlagsFromString` of the run, in order (none: it cannot be). */
  private readonly undo: (string | undefined)[] = [];
  /** V8's cache of a probe script made before the first flag change (see `rewriteUnderStartFlags`). */
  private startProbe?: Buffer;
  /** The chunks compiled before the first flag change, whose caches were written then. */
  private underStartFlags: Compiled[] = [];
  private exitHooked = false;

  /**
   * `started`: the options Node.js was started with (see `flagsSet`). `restoresFlags`: the process's
   * main loader, which may set V8 flags back at exit (see `rewriteUnderStartFlags`); a worker thread's
   * must not, as flags are the whole process's.
   */
  constructor(
    dir: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
    started: string = [...process.execArgv, env['NODE_OPTIONS'] ?? ''].join(' ').trim(),
    private readonly restoresFlags = false,
  ) {
    this.dir = resolve(dir);
    this.dirUrl = fileUrl(this.dir + sep);
    if (started) {
      this.flagsSet.push(started);
      this.flags = flagsName(this.flagsSet);
    }
  }

  /** The exports of chunk `name` (a file name in the bundle directory), loaded once. */
  load(name: string): unknown {
    const known = this.modules.get(name);
    if (known) return known.exports;
    const module: Loaded = { exports: {} };
    // Registered before it runs, as Node does: a chunk that is already loading is not loaded twice.
    this.modules.set(name, module);
    try {
      this.run(name, module);
    } catch (error) {
      // As Node does: a chunk that failed is not left half-loaded for the next that asks.
      this.modules.delete(name);
      throw error;
    }
    return module.exports;
  }

  /**
   * What chunks reach as `__mtlslintChunks`: `fresh(name)` runs chunk `name` again, for exports of
   * its own (the Terraform grammar's runtime keeps its WASM instance in module state: a new instance
   * after a failure needs a new copy of the module; see parsers/terraform/hcl/tree-sitter.ts).
   */
  private readonly chunksApi: ChunksApi = {
    /** The kind of run (see `flavour`); anything but a short lower-case word leaves the caches as they are named. */
    cacheFlavour: (flavour: string): void => {
      if (typeof flavour === 'string' && FLAVOUR.test(flavour)) this.flavour = flavour;
    },
    fresh: (name: string): unknown => {
      const module: Loaded = { exports: {} };
      this.run(name, module);
      return module.exports;
    },
    /**
     * Sets V8 flags that change no compiled code but that V8 still puts in the flag hash of every
     * cache it makes, and checks when it takes one (the young generation's hold, JS tiering:
     * src/engine/neutral-flags.ts): the loader sets them back (`undo`) around each chunk it
     * compiles and each cache it makes, and for good at exit, so that caches stay those of the
     * flags without them. Answers how to set them back before that.
     */
    neutralFlags: (set: string, undo: string): (() => void) => {
      const entry = { set, undo };
      this.setV8Flags(set);
      this.neutral.push(entry);
      return () => {
        const at = this.neutral.indexOf(entry);
        if (at < 0) return;
        this.neutral.splice(at, 1);
        this.setV8Flags(undo);
      };
    },
  };

  /** What the cache files of the chunks compiled now are named by: the V8 flags (see `flagsSet`), then the run's kind (see `flavour`). */
  private cacheKey(): string {
    return this.flags && this.flavour ? `${this.flags}-${this.flavour}` : this.flags || this.flavour;
  }

  /** Runs `fn` with the neutral flags set back (see `neutralFlags`); calls may nest. */
  private withoutNeutralFlags<T>(fn: () => T): T {
    if (this.neutral.length === 0 || this.neutralOff) return fn();
    for (let i = this.neutral.length - 1; i >= 0; i--) this.setV8Flags((this.neutral[i] as { undo: string }).undo);
    this.neutralOff = true;
    try {
      return fn();
    } finally {
      this.neutralOff = false;
      for (const { set } of this.neutral) this.setV8Flags(set);
    }
  }

  private endNeutralFlags(): void {
    for (const { undo } of this.neutral.splice(0).reverse()) this.setV8Flags(undo);
  }

  private setV8Flags(flags: string): void {
    (this.setV8FlagsWith ??= v8FlagSetter())(flags);
  }

  /** Compiles chunk `name` (from its cache when there is a good one) and runs it into `module`. */
  private run(name: string, module: Loaded): void {
    if (!CHUNK.test(`./${name}`)) throw new Error(`mtlslint: not a chunk of the bundle: ${name}`);
    const filename = this.dir + sep + name;
    const source = this.sourceScratch.read(filename, MAX_CHUNK, false);
    if (!source) throw new Error(`mtlslint: cannot read ${filename}`);
    const cacheDir = this.openCache();
    const key = this.cacheKey();
    const cached = cacheDir === undefined ? undefined : readCache(cacheDir, name, source, this.cacheScratch, key);
    const cachedData = cached?.data;
    // A chunk is one function expression (see scripts/bundle.mjs), written as ASCII: Latin-1 reads it
    // exactly, and one byte per character is V8's fast path.
    const text = source.toString('latin1');
    const script = this.withoutNeutralFlags(() => new Script(text, { filename, ...(cachedData ? { cachedData } : {}) }));
    const fromCache = cachedData !== undefined && !script.cachedDataRejected;
    if (fromCache) this.fromCache.add(name);
    const generation = fromCache ? (cached?.generation ?? 0) : 0;
    const due = !fromCache || generation < CACHE_GROWTH_RUNS || Date.now() - this.cacheScratch.mtimeMs > CACHE_REFRESH_AGE_MS;
    if (cacheDir !== undefined && due && !this.uncached.some((c) => c.name === name && c.flags === key))
      this.remember({ name, source: text, script, flags: key, generation: Math.min(generation + 1, CACHE_GROWTH_RUNS) });
    // The parameters in the order scripts/bundle.mjs writes them: exports, require, module, __filename,
    // __dirname, __mtlslintMetaUrl (import.meta.url), __mtlslintImport (import()), __mtlslintChunks.
    const body = script.runInThisContext() as (...args: unknown[]) => void;
    body.call(module.exports, module.exports, this.requireFor, module, filename, this.dir, this.dirUrl + name, this.importFor, this.chunksApi);
  }

  /** `require` inside a chunk: another chunk of the bundle or a built-in module; everything else is bundled. */
  private readonly requireFor = (specifier: string): unknown => {
    const chunk = CHUNK.exec(specifier)?.[1];
    if (chunk) return this.load(chunk);
    if (LAZY_BUILTINS.has(specifier)) {
      let lazy = this.lazy.get(specifier);
      if (!lazy) this.lazy.set(specifier, (lazy = lazyBuiltin(specifier)));
      return lazy;
    }
    const builtin = this.builtin(specifier);
    if (builtin !== undefined) return builtin;
    throw Object.assign(new Error(`mtlslint: the bundle has no module ${specifier}`), { code: 'MODULE_NOT_FOUND' });
  };

  /**
   * `import()` inside a chunk (code compiled by `vm.Script` cannot `import()` on Node 20): another
   * chunk; a built-in module, required (its namespace as `import()` gives it: the exports and a
   * default), which spares Node starting its ES module loader; else Node's own `import()`.
   */
  private readonly importFor = (specifier: string): Promise<unknown> => {
    const chunk = CHUNK.exec(specifier)?.[1];
    if (chunk) return Promise.resolve().then(() => this.load(chunk));
    const builtin = this.builtin(specifier);
    if (builtin !== undefined) return Promise.resolve(builtinNamespace(builtin));
    return import(specifier);
  };

  /**
   * A built-in module; `node:v8` with a `setFlagsFromString` that first writes the caches made under
   * the flags before. Its second argument, ours, says how to set the flags back (the flags set
   * may have turned others off, as `--liftoff-only` does `--wasm-tier-up` on V8 11: see
   * src/engine/wasm-tiering.ts); see `rewriteUnderStartFlags`.
   */
  private builtin(specifier: string): unknown {
    if (specifier.replace(/^node:/, '') !== 'v8') return nodeBuiltin(specifier);
    // The rest of node:v8 loads on first use: setting flags does not need it (see v8FlagSetter).
    this.v8 ??= Object.create(lazyBuiltin('node:v8'), {
      setFlagsFromString: {
        enumerable: true,
        value: (flags: string, undo?: string): void => {
          this.withoutNeutralFlags(() => {
            const written = this.saveCache();
            // Only a run that wrote caches under the start flags has them to write again (see rewriteUnderStartFlags).
            if (this.undo.length === 0 && this.restoresFlags && written.length > 0) {
              this.startProbe = flagProbe();
              this.underStartFlags = written;
              this.hookExit();
            }
          });
          this.setV8Flags(flags);
          this.undo.push(undo);
          this.flagsSet.push(flags);
          this.flags = flagsName(this.flagsSet);
        },
      },
    });
    return this.v8;
  }

  /**
   * The caches of the chunks compiled before the run set V8 flags were written then, without the
   * functions the rest of the run compiled (a cache made after the change would be V8's for the new
   * flags, which the next run rejects): a Terraform run would compile those lazily every time. At
   * exit, the main loader sets the flags back as the calls said and, when V8 then makes the same
   * cache of a probe script as before the change (its flags are as they were), writes them again.
   */
  private rewriteUnderStartFlags(): void {
    const probe = this.startProbe;
    const chunks = this.underStartFlags.splice(0);
    const dir = this.cacheDir;
    if (!probe || !dir || chunks.length === 0 || this.undo.some((u) => !u)) return;
    for (const undo of [...this.undo].reverse()) this.setV8Flags(undo as string);
    // Another V8 may imply other flags: then its caches stay as written before the change.
    if (flagProbe().equals(probe)) writeCaches(dir, chunks);
  }

  private openCache(): string | undefined {
    if (this.cacheDir === null) this.cacheDir = openCacheDir(this.env);
    return this.cacheDir;
  }

  private remember(compiled: Compiled): void {
    // Written at exit, not now: by then V8 has compiled the functions the run used, and the cache holds them too.
    this.hookExit();
    this.uncached.push(compiled);
  }

  private hookExit(): void {
    if (!this.exitHooked) process.once('exit', this.onExit);
    this.exitHooked = true;
  }

  /** Writes the cache of every chunk compiled without one (and answers those); failures are silent (the next run compiles again). */
  saveCache(): Compiled[] {
    // Unhooked once nothing is left for the exit (a process with several loaders, as the tests, would pile hooks up).
    if (this.exitHooked && this.underStartFlags.length === 0) {
      process.removeListener('exit', this.onExit);
      this.exitHooked = false;
    }
    const dir = this.cacheDir;
    if (!dir || this.uncached.length === 0) return [];
    const written = this.uncached.splice(0);
    this.withoutNeutralFlags(() => writeCaches(dir, written));
    // Only runs that wrote (a new version, or files pruned before) may pay for the listing, once a day.
    pruneCache(dir);
    return written;
  }
}

/** Writes the caches of compiled chunks; a failure is silent (the next run compiles from source, or takes the cache written before). */
function writeCaches(dir: string, chunks: readonly Compiled[]): void {
  for (const { name, source, script, flags, generation } of chunks) {
    try {
      // A full disk or a directory that stopped being writable: the rest would fail too.
      if (!writeCache(dir, name, Buffer.from(source, 'latin1'), script.createCachedData(), flags, generation)) break;
    } catch {
      // as for a failed write
    }
  }
}

/** Runs an entry chunk of the bundle in `dir` (the launchers dist/mtlslint.cjs and dist/lint-worker.cjs). */
export function runEntry(dir: string, entry: string, thread: 'main' | 'worker' = 'main'): void {
  new ChunkLoader(dir, process.env, undefined, thread === 'main').load(entry);
}

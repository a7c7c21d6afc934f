import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { EOL, homedir, tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkLoader, fileUrl } from '../../src/loader/chunk-loader.js';
import { CACHE_GROWTH_RUNS, CACHE_REFRESH_AGE_MS, NO_CACHE_ENV } from '../../src/loader/code-cache.js';
import { v8FlagSetter } from '../../src/loader/v8-flags.js';
import { BASELINE_ONLY, UNDO } from '../../src/engine/wasm-tiering.js';
import { HOLD_YOUNG_GENERATION, RELEASE_YOUNG_GENERATION } from '../../src/engine/young-generation.js';
import { cliBundle } from '../support/cli-bundle.js';

const base = mkdtempSync(join(tmpdir(), 'mtlslint-chunk-loader-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A bundle directory with these chunk bodies, and a cache directory of its own. */
function bundle(chunks: Record<string, string>): { dir: string; env: NodeJS.ProcessEnv; cache: string } {
  const dir = join(base, `bundle-${n++}`);
  mkdirSync(dir);
  for (const [name, body] of Object.entries(chunks)) writeFileSync(join(dir, name), name.endsWith('.cjs') ? `${HEAD}${body}\n})` : body, 'latin1');
  const cache = join(dir, '.cache');
  return { dir, cache, env: { XDG_CACHE_HOME: cache } };
}

// Chunks as scripts/bundle.mjs writes them: function expressions around CommonJS bodies that require
// each other by './name.cjs'.
const HEAD = '(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){';
const CHUNKS = {
  'shared-A.cjs': 'globalThis.__mtlslintLoads = (globalThis.__mtlslintLoads ?? 0) + 1; class UsageError extends Error {} module.exports = { UsageError };',
  'left-B.cjs': 'const a = require("./shared-A.cjs"); module.exports = { make: () => new a.UsageError("left") };',
  'right-C.cjs': 'const a = require("./shared-A.cjs"); module.exports = { is: (e) => e instanceof a.UsageError };',
  'entry.cjs':
    'const l = require("./left-B.cjs"), r = require("./right-C.cjs"); module.exports = { same: r.is(l.make()), url: __mtlslintMetaUrl, later: () => __mtlslintImport("./left-B.cjs"), v8: () => __mtlslintImport("node:v8"), file: (u) => __mtlslintImport(u) };',
};

describe('the chunk loader', () => {
  it('loads each chunk once: one module instance, so instanceof holds across chunks', async () => {
    const { dir, env } = bundle(CHUNKS);
    const loader = new ChunkLoader(dir, env, '');
    const before = (globalThis as { __mtlslintLoads?: number }).__mtlslintLoads ?? 0;
    const entry = loader.load('entry.cjs') as { same: boolean; url: string; later: () => Promise<unknown> };
    expect(entry.same).toBe(true);
    expect(entry.url).toBe(pathToFileURL(join(dir, 'entry.cjs')).href);
    // A dynamic import of a chunk already loaded gives the same module.
    expect(await entry.later()).toBe(loader.load('left-B.cjs'));
    expect((globalThis as { __mtlslintLoads?: number }).__mtlslintLoads).toBe(before + 1);
  });

  it('imports built-in modules as import() would, and other modules through Node', async () => {
    const { dir, env } = bundle({ ...CHUNKS, 'esm.mjs': 'export const x = 7;' });
    const entry = new ChunkLoader(dir, env, '').load('entry.cjs') as { v8: () => Promise<{ setFlagsFromString: unknown; default: unknown }>; file: (u: string) => Promise<{ x: number }> };
    const v8 = await entry.v8();
    expect(typeof v8.setFlagsFromString).toBe('function');
    expect(v8.default).toBeTypeOf('object');
    expect((await entry.file(`${pathToFileURL(join(dir, 'esm.mjs')).href}?instance=1`)).x).toBe(7);
  });

  it('gives node:module and node:os as stand-ins that load them on first use, with every export', () => {
    const { dir, env } = bundle({
      'lazy.cjs':
        'const m = require("node:module"), os = require("node:os"); module.exports = { same: m === require("node:module") && os === require("node:os"), home: os.homedir(), keys: Object.keys(os), has: "cpus" in os, req: m.createRequire(__filename)("node:path").sep, builtin: m.isBuiltin("node:fs"), spread: { ...os }.EOL };',
    });
    const lazy = new ChunkLoader(dir, env, '').load('lazy.cjs') as Record<string, unknown>;
    expect(lazy).toEqual({ same: true, home: homedir(), keys: Object.keys(process.getBuiltinModule('node:os')), has: true, req: sep, builtin: true, spread: EOL });
  });

  it('gives a chunk file: URLs as pathToFileURL does, for any directory', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'aZ09._-~ #?%&=+@!$,;:[]{}()\'"`^|<>é\u00a0\u4e2d\ud83d\ude00'.split('')), { maxLength: 12 }), (chars) => {
        for (const path of [`/${chars.join('')}`, `/${chars.join('')}/`, `/a/${chars.join('')}/../b/`]) expect(fileUrl(path), path).toBe(pathToFileURL(path).href);
      }),
      { numRuns: 2000 },
    );
  });

  it('runs the CLI the same on a Node without process.getBuiltinModule (before 20.16: VS Code runs its language server on its own)', async () => {
    const cli = await cliBundle();
    const preload = join(base, 'no-get-builtin.cjs');
    writeFileSync(preload, 'delete process.getBuiltinModule;\n');
    for (const file of ['samples/arm/secure-api/azuredeploy.json', 'samples/bicep/secure-api/main.bicep', 'samples/terraform/main.tf']) {
      const run = (args: string[]): string => {
        const r = spawnSync(process.execPath, [...args, cli, 'lint', '--format', 'json', file], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
        expect(r.status, r.stderr).toBeLessThanOrEqual(1);
        return r.stdout;
      };
      const without = run(['-r', preload]);
      expect((JSON.parse(without) as { summary: object }).summary, file).toBeDefined();
      expect(without, file).toBe(run([]));
    }
  }, 120_000);

  it('loads only chunks of its own directory, never a path', () => {
    const { dir, env } = bundle({ ...CHUNKS, 'evil.cjs': 'module.exports = require("../outside.cjs");' });
    const loader = new ChunkLoader(dir, env, '');
    for (const name of ['../outside.cjs', '/etc/passwd', 'sub/x.cjs', 'x.js']) expect(() => loader.load(name)).toThrow(/not a chunk of the bundle/);
    // Nor does a chunk require anything but chunks and built-in modules: everything else is bundled.
    expect(() => loader.load('evil.cjs')).toThrow(/the bundle has no module \.\.\/outside\.cjs/);
  });

  it('writes a cache per chunk after the run, uses it the next time, and ignores a broken one', () => {
    const { dir, env, cache } = bundle(CHUNKS);
    const first = new ChunkLoader(dir, env, '');
    const result = (first.load('entry.cjs') as { same: boolean }).same;
    first.saveCache();
    const files = readdirSync(join(cache, 'mtlslint')).filter((f) => f.endsWith('.bin')).sort();
    expect(files.map((f) => f.replace(/-\d+-node.*$/, ''))).toEqual(['entry.cjs', 'left-B.cjs', 'right-C.cjs', 'shared-A.cjs']);
    expect(first.fromCache.size).toBe(0);
    // Second loader: every chunk from its cache.
    const second = new ChunkLoader(dir, env, '');
    expect((second.load('entry.cjs') as { same: boolean }).same).toBe(result);
    expect([...second.fromCache].sort()).toEqual(['entry.cjs', 'left-B.cjs', 'right-C.cjs', 'shared-A.cjs']);
    // Broken caches (garbage, truncated, another chunk's) are not handed to V8: the chunks compile from source.
    const at = (f: string): string => join(cache, 'mtlslint', f);
    const [entryFile, leftFile, rightFile] = files.map(at);
    writeFileSync(entryFile!, Buffer.alloc(200, 0x41));
    writeFileSync(leftFile!, readFileSync(leftFile!).subarray(0, 40));
    writeFileSync(rightFile!, readFileSync(at(files[3]!)));
    const third = new ChunkLoader(dir, env, '');
    expect((third.load('entry.cjs') as { same: boolean }).same).toBe(result);
    expect([...third.fromCache]).toEqual(['shared-A.cjs']);
    // …and their caches are written anew.
    third.saveCache();
    const fourth = new ChunkLoader(dir, env, '');
    fourth.load('entry.cjs');
    expect(fourth.fromCache.size).toBe(4);
  });

  it('V8 flags set at run time: the caches made before are written first, the chunks compiled after have their own', async () => {
    const { dir, env, cache } = bundle({ ...CHUNKS, 'later.cjs': 'module.exports = { later: true };' });
    const loader = new ChunkLoader(dir, env, '');
    const entry = loader.load('entry.cjs') as { v8: () => Promise<{ setFlagsFromString: (f: string) => void }> };
    const files = (): string[] => readdirSync(join(cache, 'mtlslint')).filter((f) => f.endsWith('.bin')).sort();
    expect(files()).toEqual([]);
    // A flag set to its default value: V8's behaviour does not change, what the loader does is the same.
    (await entry.v8()).setFlagsFromString('--no-trace-gc');
    expect(files().map((f) => f.replace(/-\d+-node.*$/, ''))).toEqual(['entry.cjs', 'left-B.cjs', 'right-C.cjs', 'shared-A.cjs']);
    loader.load('later.cjs');
    loader.saveCache();
    expect(files().filter((f) => f.startsWith('later.cjs'))).toEqual([expect.stringMatching(/^later\.cjs-\d+-flags[0-9a-f]+-node/)]);
  });

  it('the kind of run a chunk names (cacheFlavour): the chunks loaded after it have caches of their own, those loaded before keep theirs', () => {
    const { dir, env, cache } = bundle({
      'entry.cjs': 'module.exports = { kind: (k) => __mtlslintChunks.cacheFlavour(k), later: () => require("./later.cjs").x };',
      'later.cjs': 'module.exports = { x: 1 };',
    });
    const files = (): string[] => readdirSync(join(cache, 'mtlslint')).filter((f) => f.endsWith('.bin')).sort();
    const run = (kind: string | undefined): ChunkLoader => {
      const loader = new ChunkLoader(dir, env, '');
      const entry = loader.load('entry.cjs') as { kind: (k: unknown) => void; later: () => number };
      if (kind !== undefined) entry.kind(kind);
      expect(entry.later()).toBe(1);
      loader.saveCache();
      return loader;
    };
    run('bicep');
    expect(files().map((f) => f.replace(/-\d+(-[a-z]+)?-node.*$/, '$1'))).toEqual(['entry.cjs', 'later.cjs-bicep']);
    run(undefined);
    run('arm');
    expect(files().filter((f) => f.startsWith('later.cjs')).map((f) => /-\d+(-[a-z]+)?-node/.exec(f)?.[1])).toEqual(['-arm', '-bicep', undefined]);
    // Each kind takes back its own; the entry's cache is one for all.
    expect([...run('bicep').fromCache].sort()).toEqual(['entry.cjs', 'later.cjs']);
    expect([...run(undefined).fromCache].sort()).toEqual(['entry.cjs', 'later.cjs']);
    // Never a path, nor anything but a short lower-case word, in a file name: such a kind is not taken.
    for (const bad of ['../../x', 'Bicep', 'a-b', '', 'x'.repeat(17), 42]) run(bad as string);
    expect(files()).toHaveLength(4);
  });

  it('Node.js started with other options (NODE_OPTIONS, a flag on its command line): caches of their own, so that neither set replaces the other', () => {
    const { dir, env, cache } = bundle(CHUNKS);
    const files = (): string[] => readdirSync(join(cache, 'mtlslint')).filter((f) => f.startsWith('entry.cjs')).sort();
    const run = (started: string): ChunkLoader => {
      const loader = new ChunkLoader(dir, env, started);
      loader.load('entry.cjs');
      loader.saveCache();
      return loader;
    };
    run('');
    run('--max-old-space-size=4096');
    const names = files();
    expect(names).toHaveLength(2);
    expect(names.filter((f) => /^entry\.cjs-\d+-flags[0-9a-f]+-node/.test(f))).toHaveLength(1);
    // Each set is taken back by the next run under it.
    expect(run('').fromCache.has('entry.cjs')).toBe(true);
    expect(run('--max-old-space-size=4096').fromCache.has('entry.cjs')).toBe(true);
    // The options are part of the name as a whole: another set, another file.
    run('--max-old-space-size=2048');
    expect(files()).toHaveLength(3);
  });

  it('V8 flags set at run time with how to set them back: at exit, the caches of the chunks compiled before are written again, with what the run compiled after', async () => {
    // In a process of its own (V8 flags are the whole process's), with the loader as built; the flags are
    // the Terraform grammar's (src/engine/wasm-tiering.ts).
    const loader = join(dirname(await cliBundle()), 'loader.cjs');
    const entry = (withUndo: boolean): string =>
      `function later(xs) { let t = 0; for (const x of xs) t += x * 3; return [t, 'later'].join(':'); }
       module.exports = { run: async () => { const v8 = await __mtlslintImport('node:v8'); v8.setFlagsFromString('${BASELINE_ONLY}'${withUndo ? `, '${UNDO}'` : ''}); return later([1, 2]); } };`;
    // Where `process.binding('v8')` is gone (Node 24), through node:v8 (src/loader/v8-flags.ts).
    const v8Module = v8FlagSetter() === setFlagsFromString ? ['NativeModule v8'] : [];
    const run = (dir: string, cache: string): { r: string; fromCache: string[] } => {
      // V8 writes a hash of its flags into every cache: a probe's changes when the flags do.
      const script = `const { ChunkLoader } = require(${JSON.stringify(loader)}); const l = new ChunkLoader(${JSON.stringify(dir)}, { XDG_CACHE_HOME: ${JSON.stringify(cache)} }, '', true);
        const probe = () => new (require('vm').Script)('0').createCachedData(); const before = probe();
        l.load('entry.cjs').run().then((r) => process.stdout.write(JSON.stringify({ r, fromCache: [...l.fromCache], flagsChanged: !probe().equals(before), v8Module: process.moduleLoadList.filter((m) => /^NativeModule v8$/.test(m)) })));`;
      const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      // Set through V8's binding (src/loader/v8-flags.ts): without node:v8 (which loads the stream modules) where it has one, and without a deprecation warning.
      expect(child.stderr).toBe('');
      const { flagsChanged, v8Module: loaded, ...result } = JSON.parse(child.stdout) as { r: string; fromCache: string[]; flagsChanged: boolean; v8Module: string[] };
      expect({ flagsChanged, loaded }).toEqual({ flagsChanged: true, loaded: v8Module });
      return result;
    };
    const sizes: number[] = [];
    for (const withUndo of [true, false]) {
      const { dir, cache } = bundle({ 'entry.cjs': entry(withUndo) });
      expect(run(dir, cache)).toEqual({ r: '9:later', fromCache: [] });
      // Written under the flags the next run starts with: taken.
      expect(run(dir, cache)).toEqual({ r: '9:later', fromCache: ['entry.cjs'] });
      const [name] = readdirSync(join(cache, 'mtlslint')).filter((f) => f.startsWith('entry.cjs') && f.endsWith('.bin'));
      expect(name).toMatch(/^entry\.cjs-\d+-node/);
      sizes.push(statSync(join(cache, 'mtlslint', name!)).size);
    }
    // With the way back, the cache holds `later` too (compiled after the flags changed).
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
  }, 60_000);

  it('V8 flags that change no code (neutralFlags): chunks compiled while they are set, and caches made then, are those of the flags without them', async () => {
    // In a process of its own, with the loader as built. The flag is the young generation's hold
    // (src/engine/young-generation.ts): V8 puts it in every cache's flag hash though it changes no code.
    const loader = join(dirname(await cliBundle()), 'loader.cjs');
    const { dir, cache } = bundle({
      'entry.cjs': `module.exports = { run: async () => {
         const unhold = __mtlslintChunks.neutralFlags('${HOLD_YOUNG_GENERATION}', '${RELEASE_YOUNG_GENERATION}');
         const later = await __mtlslintImport('./later.cjs');
         // Half the runs set the flag back themselves, half leave it to the loader at exit.
         if (process.argv[1] === 'release') unhold();
         return later.twice(21);
       } };`,
      'later.cjs': 'module.exports = { twice: (x) => x * 2 };',
    });
    const run = (release: boolean): { r: number; fromCache: string[]; probeSame: boolean } => {
      const script = `const { ChunkLoader } = require(${JSON.stringify(loader)}); const l = new ChunkLoader(${JSON.stringify(dir)}, { XDG_CACHE_HOME: ${JSON.stringify(cache)} }, '', true);
        const probe = () => new (require('vm').Script)('0').createCachedData(); const before = probe();
        l.load('entry.cjs').run().then((r) => process.stdout.write(JSON.stringify({ r, fromCache: [...l.fromCache].sort(), probeSame: probe().equals(before) })));`;
      const child = spawnSync(process.execPath, ['-e', script, release ? 'release' : 'keep'], { encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { r: number; fromCache: string[]; probeSame: boolean };
    };
    expect(run(false)).toEqual({ r: 42, fromCache: [], probeSame: false });
    // The next runs take both caches, though `later.cjs` is compiled while the flag is set; each
    // writes them again (CACHE_GROWTH_RUNS), so that a cache a run made while held is tried too.
    for (let i = 0; i < CACHE_GROWTH_RUNS; i++) expect(run(i % 2 === 0)).toEqual({ r: 42, fromCache: ['entry.cjs', 'later.cjs'], probeSame: i % 2 === 0 });
    // Only cache files of the start flags: none named for the neutral flag.
    expect(readdirSync(join(cache, 'mtlslint')).filter((f) => f.endsWith('.bin')).every((f) => /^(entry|later)\.cjs-\d+-node/.test(f))).toBe(true);
  }, 60_000);

  it.skipIf(process.platform === 'win32')('loads chunks that are group-writable (a checkout under umask 002) or hard-linked (pnpm\'s store), as Node loads modules', () => {
    const { dir, env } = bundle(CHUNKS);
    const store = join(dir, 'store');
    mkdirSync(store);
    for (const name of Object.keys(CHUNKS)) {
      chmodSync(join(dir, name), 0o664);
      linkSync(join(dir, name), join(store, name));
    }
    for (let run = 0; run < 2; run++) {
      const loader = new ChunkLoader(dir, env, '');
      expect((loader.load('entry.cjs') as { same: boolean }).same).toBe(true);
      loader.saveCache();
      expect(loader.fromCache.size).toBe(run === 0 ? 0 : 4);
    }
  });

  it('is written again by the first runs that use it, then once a day, each time with what the run compiled lazily too', () => {
    // Two functions compiled only when called: a run that calls one leaves the other out of the cache.
    const body = (n: string): string => `function ${n}(xs) { let t = 0; for (const x of xs) t += x * ${n.length}; return [t, '${n}'].join(':'); }`;
    const { dir, env, cache } = bundle({ 'lazy.cjs': `${body('first')} ${body('second')} module.exports = { first, second };` });
    type Lazy = { first: (xs: number[]) => string; second: (xs: number[]) => string };
    const run = (call: (m: Lazy) => unknown): ChunkLoader => {
      const loader = new ChunkLoader(dir, env, '');
      call(loader.load('lazy.cjs') as Lazy);
      loader.saveCache();
      return loader;
    };
    run((m) => m.first([1, 2]));
    const [name] = readdirSync(join(cache, 'mtlslint')).filter((f) => f.endsWith('.bin'));
    const file = join(cache, 'mtlslint', name!);
    const written = statSync(file);
    // The next runs (CACHE_GROWTH_RUNS in all) write it again, with what each compiled: `second` now.
    const second = run((m) => m.second([3]));
    expect(second.fromCache.has('lazy.cjs')).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(written.size);
    for (let i = 2; i < CACHE_GROWTH_RUNS; i++) expect(run((m) => m.first([1])).fromCache.has('lazy.cjs')).toBe(true);
    // Then it is used as it is: not written again, even by a run that compiled more.
    const grown = statSync(file);
    const old = (Date.now() - CACHE_REFRESH_AGE_MS - 60_000) / 1000;
    utimesSync(file, old - 1, old + 120);
    const settled = statSync(file);
    expect(run((m) => m.second([3])).fromCache.has('lazy.cjs')).toBe(true);
    expect(statSync(file).size).toBe(grown.size);
    expect(statSync(file).mtimeMs).toBe(settled.mtimeMs);
    // A day old: written again when the run ends.
    utimesSync(file, old, old);
    const refreshing = run((m) => m.second([3]));
    expect(refreshing.fromCache.has('lazy.cjs')).toBe(true);
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(CACHE_REFRESH_AGE_MS);
    // And it still works: the next run takes it.
    const next = run((m) => expect(m.first([1]) + m.second([1])).toBe('5:first6:second'));
    expect(next.fromCache.has('lazy.cjs')).toBe(true);
  });

  it('a chunk that throws while loading is not left half-loaded', () => {
    const { dir, env } = bundle({ 'flaky.cjs': 'globalThis.__mtlslintFlaky = (globalThis.__mtlslintFlaky ?? 0) + 1; if (globalThis.__mtlslintFlaky === 1) throw new Error("first time"); module.exports = { ok: true };' });
    const loader = new ChunkLoader(dir, env, '');
    expect(() => loader.load('flaky.cjs')).toThrow('first time');
    expect(loader.load('flaky.cjs')).toEqual({ ok: true });
  });

  it('reads and writes no cache when turned off', () => {
    const { dir, cache } = bundle(CHUNKS);
    const loader = new ChunkLoader(dir, { XDG_CACHE_HOME: cache, [NO_CACHE_ENV]: '1' }, '');
    loader.load('entry.cjs');
    loader.saveCache();
    expect(loader.fromCache.size).toBe(0);
    expect(() => readdirSync(join(cache, 'mtlslint'))).toThrow();
  });
});

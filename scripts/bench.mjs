#!/usr/bin/env node
// `npm run bench`: how close mtlslint runs to the physical limit, as ratios measured side by side
// in one run (each round runs the reference and mtlslint back to back, alternating which goes
// first; medians over the rounds), so that a busy machine slows both alike.
//   one file (the pre-commit case)  mtlslint lint <file>  vs  node -e 0
//   a tree                          mtlslint lint <tree>  vs  a script that reads every file and
//                                                              JSON.parses the JSON ones
// Trees: the samples, and generated trees shaped like a large quickstart repository (about one
// sample in ten deploys App Service; see generate-bench-tree.mjs), written once to the temp dir.
// The JSON tree is also measured in two halves (rows without a goal), to show where its time goes:
// the samples that deploy no App Service (read, classified and skipped), and those that do (parsed
// and checked); then both halves at once, each in a process of its own (the most a second core can
// give, with nothing to coordinate), and the reference's own work split so. Where Microsoft's AVM
// App Service modules are beside the checkout (../shared/corpus/avm), they are measured too (rows
// without a goal): real code, few large files.
// It first measures what a page of fresh memory costs on the machine, and prints
// the pages (minor page faults) each side touched: on a virtual machine that hands freed memory
// back to its host they are a large part of the time.
// Then the same through mtlslint's server (opt-in: `mtlslint server start`, `lint --use-server`).
// Usage: node scripts/bench.mjs [--rounds N] [--samples N] [--only single|tree|server]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, samples: { type: 'string', default: '1400' }, only: { type: 'string' } },
});
const rounds = Number(values.rounds);
const bin = join(root, 'bin', 'mtlslint.cjs');
if (!existsSync(join(root, 'dist', 'mtlslint.cjs'))) {
  console.error('bench: dist/mtlslint.cjs is missing: run `npm run build` first (npm run bench does)');
  process.exit(2);
}

/**
 * CPU time and minor page faults of waited-for children, from /proc (Linux); undefined elsewhere.
 * Page faults are new memory touched: on a virtual machine that hands freed memory back to its host
 * each costs ~13 µs (this bench's 2-core machine), a third of `node -e 0` and more of a large run.
 */
function childUsage() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After the command name: state is field 3, so cminflt (11) is at 8, cutime (16) and cstime (17) at 13 and 14.
    return { cpu: ((Number(fields[13]) + Number(fields[14])) * 1000) / 100, faults: Number(fields[8]) };
  } catch {
    return undefined;
  }
}

// mtlslint's code cache (src/loader/code-cache.ts) in a directory of the bench's own, warmed by
// each case before the rounds: the steady state of a user's repeated runs, whatever ran before
// (the test suite, other commands) wrote into the user's cache.
const cacheHome = mkdtempSync(join(tmpdir(), 'mtlslint-bench-cache-'));
process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));
const CACHE_WARM_RUNS = 3; // CACHE_GROWTH_RUNS: the runs that write a chunk's cache

// Node reads the certificates NODE_EXTRA_CA_CERTS names at every start (this machine sets it to
// the whole system bundle: some 40 ms of CPU per process), which makes `node -e 0` slower and the
// one-file ratios kinder than on a machine without it. Those rows are measured both ways.
const EXTRA_CA = 'NODE_EXTRA_CA_CERTS';
const withoutExtraCa = (() => {
  const env = { ...process.env };
  delete env[EXTRA_CA];
  return env;
})();

/** A case's command: Node's arguments, or `{ together }`: several of those run at once (see `shellTogether`). */
function time(args, cwd, env = process.env) {
  const before = childUsage();
  const t0 = process.hrtime.bigint();
  const [file, argv] = Array.isArray(args) ? [process.execPath, args] : ['/bin/sh', ['-c', shellTogether(args.together)]];
  const r = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const after = childUsage();
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return before && after ? { wall, cpu: after.cpu - before.cpu, faults: after.faults - before.faults } : { wall };
}

const quote = (word) => `'${String(word).replace(/'/g, `'\\''`)}'`;

/**
 * Node runs started at once by a shell, which waits for each (`wait <pid>` gives its exit status:
 * 0, or 1 for findings) and exits 3 when one was anything else. Builtins only: no process is
 * started beside the runs, so the time is theirs.
 */
function shellTogether(commands) {
  const runs = commands.map((args, i) => `${[process.execPath, ...args].map(quote).join(' ')} & p${i}=$!`);
  const waits = commands.map((_, i) => `wait $p${i}; case $? in 0|1) ;; *) s=3 ;; esac`);
  return [...runs, 's=0', ...waits, 'exit $s'].join('\n');
}

/** Whether a shell can run the parallel rows (a POSIX system: the bench's other rows need none). */
const canRunTogether = existsSync('/bin/sh');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The cache's files and when each was written. */
function cacheState() {
  const dir = join(cacheHome, 'mtlslint');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

/**
 * Warm runs leave each chunk's cache as a user's repeated runs find it; a file written during the
 * rounds means runs compiled from source (a cache V8 rejected, as when a V8 flag set at run time
 * was in its flag hash): said under the table, since the times are then not the steady state's.
 */
function cacheWrites(before) {
  const after = cacheState();
  return [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
}

/** Runs each case's reference and subject back to back, `rounds` times, alternating the order. */
function measure(cases) {
  for (let r = 0; r < CACHE_WARM_RUNS; r++) for (const c of cases) time(c.sub, c.cwd, c.env);
  const warm = cacheState();
  const samples = cases.map(() => ({ ref: [], sub: [], refCpu: [], subCpu: [], refFaults: [], subFaults: [], ratio: [] }));
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, i) => {
      const s = samples[i];
      const first = r % 2 === 0;
      const a = first ? time(c.ref, c.cwd, c.env) : undefined;
      const b = time(c.sub, c.cwd, c.env);
      const ref = a ?? time(c.ref, c.cwd, c.env);
      s.ref.push(ref.wall);
      s.sub.push(b.wall);
      if (ref.cpu !== undefined && b.cpu !== undefined) {
        s.refCpu.push(ref.cpu);
        s.subCpu.push(b.cpu);
        s.refFaults.push(ref.faults);
        s.subFaults.push(b.faults);
      }
      s.ratio.push(b.wall / ref.wall);
    });
  }
  const written = cacheWrites(warm);
  if (written.length > 0) console.log(`\nWARNING: the code cache was written during the rounds (${written.length} files, e.g. ${written[0]}): runs compiled chunks from source, and the times below are not those of repeated runs`);
  return cases.map((c, i) => {
    const s = samples[i];
    return {
      name: c.name,
      goal: c.goal,
      ref: median(s.ref),
      sub: median(s.sub),
      ratio: median(s.ratio),
      cpuRatio: s.refCpu.length ? median(s.subCpu) / Math.max(1, median(s.refCpu)) : undefined,
      faults: s.subFaults.length ? median(s.subFaults) : undefined,
      faultsRatio: s.refFaults.length ? median(s.subFaults) / Math.max(1, median(s.refFaults)) : undefined,
    };
  });
}

/** The 1-minute load average: ratios measured on a busy machine are noisier (both sides slow down, not always alike). */
const load = () => loadavg()[0].toFixed(2);

const PAGES_NOTE = "(pages: mtlslint's minor page faults, the memory it touched first, and their ratio to the reference's)";

function print(title, refName, rows, loadBefore) {
  console.log(`\n${title} (medians of ${rounds} interleaved rounds; ${availableParallelism()} cores; node ${process.versions.node}; load average ${loadBefore} before, ${load()} after)`);
  console.log(`${'case'.padEnd(42)}${refName.padStart(12)}${'mtlslint'.padStart(12)}${'ratio'.padStart(8)}${'goal'.padStart(8)}${'cpu ratio'.padStart(11)}${'pages'.padStart(8)}${'ratio'.padStart(8)}`);
  for (const r of rows) {
    const ok = r.goal === undefined ? '' : r.ratio <= r.goal ? 'ok' : 'OVER';
    console.log(
      `${r.name.padEnd(42)}${`${r.ref.toFixed(0)} ms`.padStart(12)}${`${r.sub.toFixed(0)} ms`.padStart(12)}${`${r.ratio.toFixed(2)}×`.padStart(8)}${(r.goal === undefined ? '-' : `≤${r.goal}`).padStart(8)}${(r.cpuRatio !== undefined ? `${r.cpuRatio.toFixed(2)}×` : '-').padStart(11)}${(r.faults !== undefined ? String(r.faults) : '-').padStart(8)}${(r.faultsRatio !== undefined ? `${r.faultsRatio.toFixed(2)}×` : '-').padStart(8)}  ${ok}`,
    );
  }
}

/**
 * What a page of fresh memory costs here: `node -e 0` against a Node that also fills a 16 MiB
 * buffer (medians), the time it adds over the page faults it adds: 13–17 µs on the 2-core virtual
 * machine this bench was tuned on, which hands freed memory back to its host, so that the pages a
 * run touches are a large part of its time there (a Linux page fault is usually well under 1 µs).
 */
function pageCost() {
  const fill = ['-e', 'Buffer.allocUnsafeSlow(16 << 20).fill(1)'];
  const base = [];
  const filled = [];
  for (let r = 0; r < Math.max(5, rounds); r++) {
    base.push(time(['-e', '0'], root));
    filled.push(time(fill, root));
  }
  const faults = median(filled.map((t) => t.faults ?? 0)) - median(base.map((t) => t.faults ?? 0));
  const ms = median(filled.map((t) => t.wall)) - median(base.map((t) => t.wall));
  if (faults > 0) console.log(`\nA page of fresh memory costs ${((ms * 1000) / faults).toFixed(1)} µs here (a 16 MiB buffer filled: ${faults} page faults and ${ms.toFixed(0)} ms more than node -e 0)`);
}

const lint = (...args) => [bin, 'lint', ...args];
/** Microsoft's Azure Verified Modules for App Service, beside the checkout (see realModules). */
const AVM = join(root, '..', 'shared', 'corpus', 'avm');
const readAll = (dir) => [join(root, 'scripts', 'bench-read-tree.mjs'), dir];

pageCost();

/** The one-file cases (the pre-commit case) and their goals, run as `lint <file>` and, in the server's section, `lint --use-server <file>`. */
const ONE_FILE = [
  { name: 'ARM samples/arm/secure-api', file: 'samples/arm/secure-api/azuredeploy.json', goal: 1.5 },
  { name: 'Bicep samples/bicep/secure-api', file: 'samples/bicep/secure-api/main.bicep', goal: 1.5 },
  { name: 'Terraform samples/terraform', file: 'samples/terraform/main.tf', goal: 2 },
];
/** Each one-file case with and without NODE_EXTRA_CA_CERTS, where it is set. */
const oneFileEnvs = process.env[EXTRA_CA] ? [{ suffix: '', env: process.env }, { suffix: ', no CA', env: withoutExtraCa }] : [{ suffix: '', env: process.env }];
const oneFileCases = (command, env = (e) => e) =>
  oneFileEnvs.flatMap(({ suffix, env: base }) => ONE_FILE.map((f) => ({ name: f.name + suffix, sub: command(f.file), goal: f.goal, ref: ['-e', '0'], cwd: root, env: env(base) })));

const samples = Number(values.samples);
/** The generated trees (written once to the temp dir by the tree section). */
const trees = [
  { name: `generated, JSON only (${samples} samples)`, dir: join(tmpdir(), `mtlslint-bench-json-${samples}`), extra: ['--json-only'] },
  { name: `generated, ARM+Bicep+TF (${samples})`, dir: join(tmpdir(), `mtlslint-bench-mixed-${samples}`), extra: [] },
];

if (values.only === undefined || values.only === 'single') {
  const before = load();
  print('One file: mtlslint lint <file> vs node -e 0', 'node -e 0', measure(oneFileCases((file) => lint(file))), before);
  console.log(PAGES_NOTE);
  if (oneFileEnvs.length > 1) console.log(`(", no CA": both sides run without ${EXTRA_CA}, which this environment sets to ${process.env[EXTRA_CA]}: Node reads it at every start)`);
}

if (values.only === undefined || values.only === 'tree') {
  for (const t of trees) {
    if (existsSync(t.dir)) continue;
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-bench-tree.mjs'), t.dir, String(samples), ...t.extra], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(2);
  }
  const halves = splitByAppService(trees[0].dir);
  const before = load();
  print(
    'A tree: mtlslint lint <tree> vs reading every file and JSON.parse-ing the JSON ones',
    'read+parse',
    measure([
      // The tree goal is for large trees, most of whose files hold no App Service. The samples are 14
      // files, every one App Service, in all three formats: their reference is about Node's start-up.
      { name: 'samples/', ref: readAll('samples'), sub: lint('samples'), cwd: root },
      ...trees.map((t) => ({ name: t.name, ref: readAll('.'), sub: lint('.'), cwd: t.dir, goal: 1 })),
      { name: '  its samples without App Service', ref: readAll('.'), sub: lint('.'), cwd: halves.rest },
      { name: '  its samples with App Service', ref: readAll('.'), sub: lint('.'), cwd: halves.app },
      ...(canRunTogether
        ? [
            { name: '  its halves read+parsed at once', ref: readAll('.'), sub: { together: [readAll(halves.rest), readAll(halves.app)] }, cwd: trees[0].dir },
            { name: '  its halves linted at once', ref: readAll('.'), sub: { together: [lint(halves.rest), lint(halves.app)] }, cwd: trees[0].dir },
          ]
        : []),
      ...realModules(),
    ]),
    before,
  );
  console.log('(samples/: no goal; the ≤1× goal is for large trees, mostly without App Service. The samples are 14 files, all App Service, in three formats)');
  console.log('(the two halves of the JSON tree: its sample directories split by whether a file names Microsoft.Web, templateLink or mtlslint, in any letter case)');
  if (canRunTogether)
    console.log(
      '("at once": a process for each half, both started together, against reading and parsing the whole tree in one: what a second core gives that work at best, with nothing to coordinate; read+parsed, the reference\'s own work split so)',
    );
  if (realModules().length > 0) console.log(`(AVM: Microsoft's Azure Verified Modules for App Service, read where they are: ${AVM}; not part of the repository)`);
  else console.log(`(no AVM rows: ${AVM} is absent)`);
  console.log(PAGES_NOTE);
}

if ((values.only === undefined || values.only === 'server') && process.platform !== 'win32') {
  // The same runs through mtlslint's server (`mtlslint server start`, then `lint --use-server`): the
  // client is a Node process as short as `node -e 0` allows, the lint runs in a process whose code
  // is compiled and whose memory is grown. Its socket goes in a directory of the bench's own.
  const runtime = mkdtempSync(join(tmpdir(), 'mtlslint-bench-run-'));
  const serverEnv = (env) => ({ ...env, XDG_RUNTIME_DIR: runtime });
  const server = (action, extra = []) => spawnSync(process.execPath, [bin, 'server', action, ...extra], { encoding: 'utf8', env: serverEnv({ ...process.env, XDG_CACHE_HOME: cacheHome }) });
  process.on('exit', () => {
    server('stop');
    rmSync(runtime, { recursive: true, force: true });
  });
  const started = server('start', ['--idle-timeout', '60']);
  if (started.status !== 0) {
    console.error(`bench: the server did not start: ${started.stderr}`);
    process.exit(2);
  }
  const through = (...args) => [bin, 'lint', '--use-server', ...args];
  const before = load();
  const rows = measure([
    ...oneFileCases((file) => through(file), serverEnv),
    { name: 'samples/ (vs read+parse)', ref: readAll('samples'), sub: through('samples'), cwd: root, env: serverEnv(process.env) },
    ...trees.filter((t) => existsSync(t.dir)).map((t) => ({ name: `${t.name} (vs read+parse)`, ref: readAll('.'), sub: through('.'), cwd: t.dir, env: serverEnv(process.env), goal: 1 })),
    ...realModules().map((m) => ({ ...m, name: `${m.name} (vs read+parse)`, sub: through('.'), env: serverEnv(process.env) })),
  ]);
  print('Through the server: mtlslint lint --use-server <file or tree> vs node -e 0 (one file) or read+parse (trees)', 'reference', rows, before);
  const status = server('status');
  console.log(
    status.status === 0
      ? `(the server: ${status.stdout.trim()})`
      : 'WARNING: the server was gone by the end: the runs above may have linted in their own processes',
  );
  console.log('(the server is opt-in: `mtlslint server start` once, or the first `lint --use-server` outside CI starts it; the rows above the server\'s are the default, a process per run)');
}

/** Real code beside the checkout, when it is there (never copied into the project): few files, large and App Service all through. */
function realModules() {
  return [
    { name: 'AVM bicep-web-site (Bicep, compiled ARM)', dir: join(AVM, 'bicep-web-site') },
    { name: 'AVM terraform-web-site (Terraform)', dir: join(AVM, 'terraform-web-site') },
  ]
    .filter((m) => existsSync(m.dir))
    .map((m) => ({ name: m.name, ref: readAll('.'), sub: lint('.'), cwd: m.dir }));
}

/**
 * Copies a generated tree's sample directories into two trees beside it (once): those with a file
 * that names an App Service marker (what mtlslint parses; see parsers/arm/relevance.ts) and the rest.
 */
function splitByAppService(dir) {
  const halves = { app: `${dir}-app`, rest: `${dir}-rest` };
  if (existsSync(halves.app) && existsSync(halves.rest)) return halves;
  const MARKER = /microsoft\.web|templatelink|mtlslint/i;
  for (const group of readdirSync(dir, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const sample of readdirSync(join(dir, group.name), { withFileTypes: true })) {
      const from = join(dir, group.name, sample.name);
      const files = sample.isDirectory() ? readdirSync(from, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
      const app = files.some((e) => MARKER.test(readFileSync(join(e.parentPath ?? e.path, e.name), 'latin1')));
      cpSync(from, join(app ? halves.app : halves.rest, group.name, sample.name), { recursive: true });
    }
  }
  return halves;
}

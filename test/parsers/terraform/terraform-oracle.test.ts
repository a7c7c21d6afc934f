import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AZURERM_SITE_TYPES } from '../../../parsers/terraform/azurerm-sites.js';
import { findAttribute, type Block, type Body, type Expr } from '../../../parsers/terraform/hcl/ast.js';
import { loadGrammarReader, loadHclReader, type HclReader } from '../../../parsers/terraform/hcl/tree-sitter.js';
import { readModuleManifest } from '../../../parsers/terraform/module-manifest.js';
import { ModuleInstance } from '../../../parsers/terraform/module-instance.js';
import { readModule, type ModuleCall } from '../../../parsers/terraform/module-model.js';
import { evaluate } from '../../../parsers/terraform/evaluate.js';
import type { Val } from '../../../parsers/terraform/values.js';
import { Workspace } from '../../../parsers/terraform/workspace.js';
import { virtualInput } from './helpers.js';

/**
 * Terraform itself as the oracle. For every Terraform fixture of the project (test fixtures and
 * samples), a temporary copy keeps what Terraform evaluates offline — variables, locals, local
 * modules, `terraform_data` — with every other reference replaced by an apply-time value, and
 * exposes the expressions written at the site settings as outputs. `terraform plan` (no provider
 * to download) computes them; mtlslint evaluates the same outputs of the same copy; both must
 * agree, unknown parts included. Skipped, with a message, when `terraform` is not installed;
 * nothing is ever downloaded (the configurations need no provider).
 */
const repo = resolve(import.meta.dirname, '../../..');
const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
const probe = spawnSync('terraform', ['version'], { env, encoding: 'utf8' });
const haveTerraform = probe.status === 0;
if (!haveTerraform) console.warn('terraform is not on PATH: the Terraform oracle test is skipped (install Terraform ≥ 1.6 to run it).');

const UNKNOWN = { __unknown__: true };

function tfDirs(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  if (entries.some((e) => e.isFile() && e.name.endsWith('.tf'))) out.push(dir);
  for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...tfDirs(join(dir, e.name)));
  return out;
}

const LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm;
function localCalls(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tf'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(LOCAL_SOURCE)].map((m) => resolve(dir, m[1] as string)));
}

/** Root modules below `tops` (no other directory there calls them) and the directory to copy with each (holding every module it reaches). */
function roots(tops: readonly string[]): { root: string; base: string }[] {
  const dirs = tops.flatMap(tfDirs);
  const called = new Set(dirs.flatMap(localCalls));
  return dirs
    .filter((d) => !called.has(d))
    .map((root) => {
      const reach = new Set([root]);
      const queue = [root];
      while (queue.length) for (const c of localCalls(queue.shift() as string)) if (!reach.has(c) && existsSync(c)) (reach.add(c), queue.push(c));
      let base = root;
      while (![...reach].every((d) => d === base || d.startsWith(base + sep))) base = dirname(base);
      return { root, base };
    });
}

/** Site settings as written: top-level arguments and `site_config` arguments of azurerm sites; `type` and `body` of azapi. */
const AZURERM_ARGS = [
  'https_only',
  'client_certificate_enabled',
  'client_certificate_mode',
  'client_certificate_exclusion_paths',
  'client_cert_enabled',
  'client_cert_mode',
  'public_network_access_enabled',
  'app_settings',
];
const SITE_CONFIG_ARGS = ['minimum_tls_version', 'scm_minimum_tls_version', 'min_tls_version', 'scm_min_tls_version', 'http2_enabled'];
const KEEP_ROOTS = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'module']);

/** A resource with `count` or `for_each`, replicated as a `terraform_data` (see `Transformer.replica`). */
interface Replica {
  /** Unique in the whole configuration: Terraform's plan errors name it. */
  name: string;
  /** The file its replica is written in, and the repetition's text as rewritten. */
  file: string;
  repeat: string;
}

/** Rewrites one module's files: what Terraform can evaluate offline stays, everything else is an apply-time value. */
class Transformer {
  private n = 0;
  readonly outputs: string[] = [];

  constructor(
    private readonly reader: HclReader,
    private readonly keptCalls: Set<string>,
    private readonly isRoot: boolean,
    private readonly replicas: Replica[] = [],
    private readonly replicaFile = '',
  ) {}

  /** The expression's text with references to dropped resources, data sources and modules replaced. */
  private rewrite(expr: Expr, text: string, bound: Set<string> = new Set()): string {
    const edits: { start: number; end: number }[] = [];
    const visit = (e: Expr, b: Set<string>): void => {
      switch (e.type) {
        case 'variable':
        case 'getattr':
        case 'index': {
          let root: Expr = e;
          const keys: Expr[] = [];
          while (root.type === 'getattr' || root.type === 'index') {
            if (root.type === 'index') keys.push(root.key);
            root = root.target;
          }
          if (root.type !== 'variable') {
            visit(root, b);
            keys.forEach((k) => visit(k, b));
            return;
          }
          const first = e.type === 'variable' ? undefined : chainFirst(e);
          const keep =
            b.has(root.name) ||
            (root.name === 'terraform_data') ||
            (KEEP_ROOTS.has(root.name) && (root.name !== 'module' || (first !== undefined && this.keptCalls.has(first))));
          if (!keep) edits.push({ start: e.span.start, end: e.span.end });
          else keys.forEach((k) => visit(k, b));
          return;
        }
        case 'template':
          e.parts.forEach((p) => p.type === 'interpolation' && visit(p.expr, b));
          return;
        case 'tuple':
          e.items.forEach((i) => visit(i, b));
          return;
        case 'object':
          e.items.forEach((i) => {
            if (i.key.type !== 'variable') visit(i.key, b);
            visit(i.value, b);
          });
          return;
        case 'call':
          e.args.forEach((a) => visit(a, b));
          return;
        case 'conditional':
          [e.condition, e.then, e.else].forEach((x) => visit(x, b));
          return;
        case 'unary':
          visit(e.operand, b);
          return;
        case 'binary':
          visit(e.left, b);
          visit(e.right, b);
          return;
        case 'splat':
          visit(e.target, b);
          e.steps.forEach((s) => s.type === 'index' && visit(s.key, b));
          return;
        case 'for': {
          visit(e.collection, b);
          const inner = new Set(b);
          if (e.keyVar) inner.add(e.keyVar);
          inner.add(e.valueVar);
          [e.key, e.value, e.condition].forEach((x) => x && visit(x, inner));
          return;
        }
        default:
          return;
      }
    };
    visit(expr, bound);
    let out = text.slice(expr.span.start, expr.span.end);
    for (const ed of edits.sort((a, b) => b.start - a.start)) {
      out = out.slice(0, ed.start - expr.span.start) + 'jsondecode(terraform_data.mtlslint_unknown.output)' + out.slice(ed.end - expr.span.start);
    }
    return out;
  }

  private body(body: Body, text: string, skip: Set<string>): string {
    return body.attributes.filter((a) => !skip.has(a.name)).map((a) => `  ${a.name} = (${this.rewrite(a.expr, text)}\n)\n`).join('');
  }

  private output(expr: Expr, text: string): void {
    const name = `mtlslint_${this.n++}`;
    this.outputs.push(name);
    // Parenthesised (a multi-line expression's span leaves out the parentheses it is written in), closed on a new line (after a heredoc).
    this.extra += `output "${name}" {\n  value     = (${this.rewrite(expr, text)}\n)\n  sensitive = true\n}\n`;
  }

  extra = '';

  /**
   * A resource with `count` or `for_each` (in the root module): a `terraform_data` with the same
   * repetition whose `input` holds the settings, and an output of every instance's `input` by key
   * (Terraform knows `input` at plan, unknown parts marked; `output` would be unknown as a whole).
   * Between marker comments, so that a replica whose repetition Terraform cannot plan (unknown) can
   * be taken out again.
   */
  private replica(kind: string, repeat: Expr, settings: Expr[], text: string): void {
    const name = `mtlslint_r${this.replicas.length}`;
    this.replicas.push({ name, file: this.replicaFile, repeat: this.rewrite(repeat, text) });
    const input = settings.map((e, i) => `    s${i} = (${this.rewrite(e, text)}\n)\n`).join('');
    this.extra +=
      `# ${name} {\nresource "terraform_data" "${name}" {\n  ${kind} = (${this.rewrite(repeat, text)}\n)\n  input = {\n${input}  }\n}\n` +
      `output "${name}" {\n  value     = { for k, r in terraform_data.${name} : k => r.input }\n  sensitive = true\n}\n# } ${name}\n`;
  }

  file(path: string): string {
    const text = readFileSync(path, 'utf8');
    const doc = this.reader.parse(text);
    if (doc.errors.length) return '';
    let out = '';
    for (const b of doc.body.blocks) out += this.block(b, text);
    return out;
  }

  private block(b: Block, text: string): string {
    const [l0, l1] = b.labels;
    switch (b.type) {
      case 'variable': {
        const decl = text.slice(b.span.start, b.span.end);
        // A root variable without a value would stop the plan: both sides read it as null.
        if (!this.isRoot || b.body.attributes.some((a) => a.name === 'default')) return decl + '\n';
        return decl.replace(/\}\s*$/, '\n  default = null\n}') + '\n';
      }
      case 'locals':
        return `locals {\n${this.body(b.body, text, new Set())}}\n`;
      case 'output': {
        // Callers read the module's outputs.
        const value = b.body.attributes.find((a) => a.name === 'value');
        return l0 && value ? `output "${l0.value}" {\n  value     = (${this.rewrite(value.expr, text)}\n)\n  sensitive = true\n}\n` : '';
      }
      case 'module':
        if (!l0 || !this.keptCalls.has(l0.value)) return '';
        return `module "${l0.value}" {\n${this.body(b.body, text, new Set(['providers', 'depends_on', 'version']))}}\n`;
      case 'resource': {
        if (l0?.value === 'terraform_data') return text.slice(b.span.start, b.span.end) + '\n';
        if (!l0 || !l1) return '';
        const settings: Expr[] = [];
        if (l0.value in AZURERM_SITE_TYPES) {
          for (const a of b.body.attributes) if (AZURERM_ARGS.includes(a.name)) settings.push(a.expr);
          for (const sc of b.body.blocks.filter((x) => x.type === 'site_config')) for (const a of sc.body.attributes) if (SITE_CONFIG_ARGS.includes(a.name)) settings.push(a.expr);
        } else if (l0.value === 'azapi_resource' || l0.value === 'azapi_update_resource') {
          for (const a of b.body.attributes) if (a.name === 'type' || a.name === 'body') settings.push(a.expr);
        }
        const repeat = b.body.attributes.find((a) => a.name === 'count' || a.name === 'for_each');
        if (!repeat) settings.forEach((e) => this.output(e, text));
        else if (settings.length) this.replica(repeat.name, repeat.expr, settings, text);
        return '';
      }
      default:
        return '';
    }
  }
}

function chainFirst(e: Expr): string | undefined {
  let cur: Expr = e;
  let first: string | undefined;
  while (cur.type === 'getattr' || cur.type === 'index') {
    if (cur.type === 'getattr') first = cur.name;
    else first = undefined;
    cur = cur.target;
  }
  return first;
}

/** A module call on the way from the root module to a value, and whether it has `count` or `for_each`. */
interface Step {
  call: string;
  repeated: boolean;
}

/** A value compared: an output of the module at the end of `path` (a replica's, or one of a setting). */
interface Leaf {
  path: Step[];
  output: string;
  replica?: Replica;
}

/** The root module's output that passes a leaf's output up through the module calls. */
function rootOutput(leaf: Leaf): string {
  return leaf.path.map((s) => `mtlslint__${s.call}__`).join('') + leaf.output;
}

/**
 * Rewrites the module in `dir` (and, first, the modules it calls) in place; returns its leaves, its
 * children's passed through as `mtlslint__<call>__<name>` (by instance key when the call is repeated).
 * Module calls named in `skip` (`<dir from the root>\0<call>`: their count or for_each is unknown at plan) are not followed.
 */
function transformModule(reader: HclReader, dir: string, rootDir: string, key: string[], seen: Set<string>, replicas: Replica[], skip: ReadonlySet<string>): Leaf[] {
  if (seen.has(dir)) return [];
  seen.add(dir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.tf'));
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const manifest = readModuleManifest(rootDir, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));
  // Module calls Terraform can follow offline: local sources, and installed ones rewritten to their directory.
  const calls = new Map<string, { dir: string; repeated: boolean }>();
  for (const [i, text] of texts.entries()) {
    let t = text;
    for (const b of reader.parse(text).body.blocks) {
      if (b.type !== 'module' || !b.labels[0]) continue;
      const name = b.labels[0].value;
      if (skip.has(`${relative(rootDir, dir)}\0${name}`)) continue;
      const repeated = b.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each');
      const src = b.body.attributes.find((a) => a.name === 'source')?.expr;
      const literal = src?.type === 'template' && src.parts.length === 1 && src.parts[0]?.type === 'text' ? src.parts[0].value : src?.type === 'literal' ? String(src.value) : undefined;
      if (literal === undefined) continue;
      if (literal.startsWith('./') || literal.startsWith('../')) {
        if (existsSync(resolve(dir, literal))) calls.set(name, { dir: resolve(dir, literal), repeated });
        continue;
      }
      const inst = manifest([...key, name].join('.'));
      if (inst.kind !== 'found') continue;
      let rel = relative(dir, inst.dir).split(sep).join('/');
      if (!rel.startsWith('./') && !rel.startsWith('../')) rel = `./${rel}`;
      t = t.replace(text.slice(src!.span.start, src!.span.end), JSON.stringify(rel));
      calls.set(name, { dir: inst.dir, repeated });
    }
    writeFileSync(join(dir, files[i] as string), t);
  }
  const children = new Map([...calls].map(([name, c]) => [name, transformModule(reader, c.dir, rootDir, [...key, name], seen, replicas, skip)]));
  const before = replicas.length;
  const tr = new Transformer(reader, new Set(calls.keys()), dir === rootDir, replicas, join(dir, files[0] as string));
  const bodies = files.map((f) => tr.file(join(dir, f)));
  let extra = tr.extra + 'resource "terraform_data" "mtlslint_unknown" {\n  input = "x"\n}\n';
  const leaves: Leaf[] = [...tr.outputs.map((output) => ({ path: [], output })), ...replicas.slice(before).map((replica) => ({ path: [], output: replica.name, replica }))];
  for (const [call, inner] of children) {
    const repeated = calls.get(call)?.repeated ?? false;
    for (const leaf of inner) {
      const n = `mtlslint__${call}__${rootOutput(leaf)}`;
      const value = repeated ? `{ for k, m in module.${call} : k => m.${rootOutput(leaf)} }` : `module.${call}.${rootOutput(leaf)}`;
      extra += `output "${n}" {\n  value     = ${value}\n  sensitive = true\n}\n`;
      leaves.push({ ...leaf, path: [{ call, repeated }, ...leaf.path] });
    }
  }
  for (const [i, f] of files.entries()) writeFileSync(join(dir, f), (bodies[i] ?? '') + (i === 0 ? extra : ''));
  return leaves;
}

/** Plan JSON `after` / `after_unknown` as one value with unknown parts marked. */
function fromPlan(after: unknown, unknown: unknown): unknown {
  if (unknown === true) return UNKNOWN;
  if (Array.isArray(after)) return after.map((v, i) => fromPlan(v, Array.isArray(unknown) ? unknown[i] : undefined));
  if ((after !== null && typeof after === 'object') || (unknown !== null && typeof unknown === 'object' && !Array.isArray(unknown))) {
    // Unknown members are left out of `after` and marked in `after_unknown`.
    const a = (after ?? {}) as Record<string, unknown>;
    const u = (unknown ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(u).filter((k) => u[k] === true)])].sort();
    return Object.fromEntries(keys.map((k) => [k, fromPlan(a[k], u[k])]));
  }
  return after;
}

/** mtlslint's value in the same shape. */
function ours(v: Val): unknown {
  switch (v.t) {
    case 'unknown':
      return v.error ? { __error__: v.reason } : UNKNOWN;
    case 'null':
      return null;
    case 'list':
      return v.items.map(ours);
    case 'object': {
      const seen = new Map<string, unknown>();
      for (const e of v.entries) seen.set(e.key, ours(e.value));
      return Object.fromEntries([...seen].sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    default:
      return v.v;
  }
}

/**
 * mtlslint's instances of a replica, by key, each with its `input`. Zero instances that mtlslint still
 * checks once because only the root module's defaults leave them out are none, as in Terraform.
 */
function instances(instance: ModuleInstance, { name }: Replica): unknown {
  const r = instance.mod.resources.find((x) => x.type === 'terraform_data' && x.name === name);
  const input = r && findAttribute(r.block.body, 'input');
  if (!r || !input) return { __missing__: name };
  const expanded = instance.expand(r.block, r.file.source);
  if (expanded.some((i) => i.offByDefault)) return {};
  return Object.fromEntries(
    expanded.map((i) => [keyOf(i.instance), ours(evaluate(input.expr, r.file.source, i.scope))]),
  );
}

/** An instance key as Terraform's plan shows it (`[0]` → `0`, `["a"]` → `a`). */
function keyOf(instance: string | undefined): string {
  return instance === undefined ? '__unexpanded__' : String(JSON.parse(instance.slice(1, -1)));
}

/**
 * `read` of the module instances at the end of `path`, by instance key where a call is repeated. A
 * repeated call with no instances with the root module's defaults is none, as in Terraform (mtlslint
 * still checks it once, see `ModuleInstance.expand`).
 */
function along(instance: ModuleInstance, path: readonly Step[], read: (i: ModuleInstance) => unknown): unknown {
  const [step, ...rest] = path;
  if (!step) return read(instance);
  const decl = instance.mod.calls.find((c) => c.name === step.call);
  if (!decl) return { __missing__: step.call };
  // The instances mtlslint made of the call (private: made once, with the caches the settings were read with).
  const made = (instance as unknown as { childInstances(c: ModuleCall): { instances: { instance?: string; child: ModuleInstance }[] } | undefined }).childInstances(decl);
  if (!made) return { __missing__: step.call };
  if (!step.repeated) return made.instances[0] ? along(made.instances[0].child, rest, read) : { __missing__: step.call };
  if (instance.expand(decl.block, decl.file.source).some((i) => i.offByDefault)) return {};
  return Object.fromEntries(made.instances.map((i) => [keyOf(i.instance), along(i.child, rest, read)]));
}

const temp: string[] = [];
let compared = 0;
let repeated = 0;
afterAll(() => {
  for (const t of temp) rmSync(t, { recursive: true, force: true });
  if (haveTerraform) console.log(`Terraform oracle: ${compared} site-setting values compared with terraform plan (${repeated} of them every instance of a resource or module call with count or for_each)`);
  // Removing 37 copies (22 of the AVM module) takes more than the default 10 s on a loaded machine.
}, 120_000);

describe.skipIf(!haveTerraform)('Terraform agrees with mtlslint on the values of site settings', () => {
  const cases = roots([join(repo, 'test'), join(repo, 'samples')]).map(({ root, base }) => [relative(repo, root), root, base] as const);
  // The AVM module's examples too, when the shared corpus is there (read in place, copied only to a temporary directory).
  const avm = resolve(repo, '../shared/corpus/avm/terraform-web-site');
  if (existsSync(join(avm, 'examples')))
    for (const ex of readdirSync(join(avm, 'examples')).sort()) cases.push([`avm/examples/${ex}`, join(avm, 'examples', ex), avm] as const);

  // Any other trees, for a developer comparing on code of their own (`MTLSLINT_ORACLE_DIRS=dir1:dir2 npx vitest run terraform-oracle`).
  for (const top of (process.env['MTLSLINT_ORACLE_DIRS'] ?? '').split(':').filter((d) => d !== ''))
    for (const { root, base } of roots([resolve(top)])) cases.push([`${top}: ${relative(top, root)}`, root, base] as const);

  test('every fixture directory is covered', () => {
    expect(cases.map(([name]) => name)).toEqual(expect.arrayContaining(['samples/terraform', 'test/parsers/terraform/fixtures/evaluation', 'test/parsers/terraform/fixtures/registry/root']));
  });

  test.each(cases)('%s', async (_name, root, base) => {
    // The grammar loaded first: the reader falls back to it for a text its native part does not read.
    await loadGrammarReader();
    const reader = await loadHclReader();
    const PLAN = ['plan', '-out=mtlslint.plan', '-input=false', '-refresh=false', '-lock=false', '-no-color'];
    // A module call Terraform fails on (a count or for_each it cannot know at plan, a root variable
    // the copy sets to null, an argument an incomplete copy of the module does not declare) stops
    // the plan: the copy is made again without following it.
    const skip = new Set<string>();
    let copyRoot: string, leaves: Leaf[], replicas: Replica[], run: (args: string[]) => SpawnSyncReturns<string>, plan: SpawnSyncReturns<string>;
    const unplanned = new Set<Replica>();
    for (;;) {
      const tmp = mkdtempSync(join(tmpdir(), 'mtlslint-oracle-'));
      temp.push(tmp);
      // `*.fixed.tf` files are expected outputs of fix tests, not part of the module.
      cpSync(base, tmp, { recursive: true, filter: (src) => !src.endsWith('.fixed.tf') });
      const dir = join(tmp, relative(base, root));
      copyRoot = dir;
      replicas = [];
      leaves = transformModule(reader, dir, dir, [], new Set(), replicas, skip);
      // Variable files Terraform loads by itself stay; a fixture whose root has no settings still checks that it plans.
      writeFileSync(join(tmp, '.terraformrc'), '');
      const tfEnv = { ...env, TF_CLI_CONFIG_FILE: join(tmp, '.terraformrc'), TF_DATA_DIR: join(tmp, '.tfdata') };
      rmSync(join(dir, '.terraform.lock.hcl'), { force: true });
      run = (args: string[]) => spawnSync('terraform', args, { cwd: dir, env: tfEnv, encoding: 'utf8', timeout: 120_000 });
      const init = run(['init', '-backend=false', '-input=false', '-no-color']);
      expect(init.status, init.stderr + init.stdout).toBe(0);
      plan = run(PLAN);
      // Relative to the copy's root: the next copy is elsewhere. (Each instance of a repeated call reports its own.)
      const calls = [...plan.stderr.matchAll(/Error: [^\n]+\s+on (.+?) line \d+, in module "([^"]+)":/g)].map((m) => `${relative(dir, dirname(resolve(dir, m[1] as string)))}\0${m[2]}`);
      const fresh = [...new Set(calls)].filter((c) => !skip.has(c));
      if (plan.status === 0 || fresh.length === 0) break;
      fresh.forEach((c) => skip.add(c));
    }
    // A replica whose count or for_each Terraform cannot know at plan stops the plan too: its
    // repetition is then compared as a value instead (unknown on both sides, or a disagreement). One
    // Terraform fails on otherwise is not compared.
    const failed = new Set<Replica>();
    while (plan.status !== 0) {
      const errors = [...plan.stderr.matchAll(/Error: ([^\n]+)\s+on .+? line \d+, in resource "terraform_data" "(mtlslint_r\d+)":\n\s*\d+:\s+(?:count|for_each)\s*=/g)];
      const stuck = errors.map((m) => ({ unknown: m[1] === 'Invalid count argument' || m[1] === 'Invalid for_each argument', r: replicas.find((r) => r.name === m[2]) })).filter(({ r }, i, all) => r && !unplanned.has(r) && !failed.has(r) && all.findIndex((x) => x.r === r) === i);
      if (!stuck.length) break;
      for (const { unknown, r } of stuck as { unknown: boolean; r: Replica }[]) {
        (unknown ? unplanned : failed).add(r);
        const block = new RegExp(`# ${r.name} \\{\\n[\\s\\S]*?# \\} ${r.name}\\n`);
        const text = readFileSync(r.file, 'utf8');
        expect(block.test(text), r.name).toBe(true);
        const instead = unknown ? `output "${r.name}" {\n  value     = (${r.repeat}\n)\n  sensitive = true\n}\n` : `output "${r.name}" {\n  value     = null\n}\n`;
        writeFileSync(r.file, text.replace(block, () => instead));
      }
      plan = run(PLAN);
    }
    expect(plan.status, plan.stderr + plan.stdout).toBe(0);
    const show = run(['show', '-json', 'mtlslint.plan']);
    expect(show.status, show.stderr).toBe(0);
    const changes = (JSON.parse(show.stdout) as { output_changes?: Record<string, { after: unknown; after_unknown: unknown }> }).output_changes ?? {};

    const files = readdirSync(copyRoot).filter((f) => f.endsWith('.tf') || f.endsWith('.tfvars')).map((f) => join(copyRoot, f));
    const input = virtualInput({}, { run: files });
    const ws = new Workspace(input, reader);
    const mod = readModule(ws, copyRoot);
    const varFiles = ws.autoVarFiles(copyRoot).map((p) => ws.load(p)).filter((f) => f !== undefined);
    const { readVarFile } = await import('../../../parsers/terraform/tfvars.js');
    const instance = new ModuleInstance(ws, mod, { kind: 'root', varFiles: varFiles.map((file) => ({ file, values: readVarFile(file) })) }, {
      prefix: '',
      via: [],
      inheritedConstraints: [],
      stack: [],
      moduleKey: [],
      root: { dir: copyRoot, installed: readModuleManifest(copyRoot, (p) => ws.readText(p)) },
    });
    const at = { file: copyRoot, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 0 };
    if (process.env['MTLSLINT_ORACLE_VERBOSE'])
      console.log(_name, `${replicas.length} replicas, ${unplanned.size} not planned, ${failed.size} failed, calls not followed: ${[...skip].join(', ') || 'none'}; repeated calls followed: ${leaves.filter((l) => l.path.some((s) => s.repeated)).length} values`);
    for (const leaf of leaves.filter((l) => !l.replica || !failed.has(l.replica))) {
      const name = rootOutput(leaf);
      const theirs = changes[name];
      expect(theirs, name).toBeDefined();
      const replica = leaf.replica && !unplanned.has(leaf.replica) ? leaf.replica : undefined;
      const value = along(instance, leaf.path, (i) => (replica ? instances(i, replica) : ours(i.output(leaf.output, at))));
      expect({ name, value }).toEqual({ name, value: fromPlan(theirs?.after, theirs?.after_unknown) });
      compared++;
      if (replica || leaf.path.some((s) => s.repeated)) repeated++;
    }
    expect(statSync(copyRoot).isDirectory()).toBe(true);
  }, 180_000);
});

import { dirname, join } from 'node:path';
import type { Entity, FileKind, FormatParser, ParseInput, ParseOutput } from '../../src/model/index.js';
import { emptyParseOutput, mergeParseOutputs } from '../../src/model/index.js';
import { loadHclReader, NeedsGrammar, type HclReader } from './hcl/tree-sitter.js';
import { ModuleInstance } from './module-instance.js';
import { installedModuleDirs, readModuleManifest } from './module-manifest.js';
import { readModule, type ModuleDecl } from './module-model.js';
import { parsePlan } from './plan.js';
import { applyPatches } from './site-patches.js';
import { readVarFile } from './tfvars.js';
import { isTerraformFile, isTfvarsFile, Workspace, type LoadedFile } from './workspace.js';

const KINDS: readonly FileKind[] = ['terraform', 'terraform-json', 'tfvars', 'tfvars-json', 'terraform-plan'];

/**
 * Terraform: each directory is one module. A directory that a module call of the
 * run (`source = "./modules/site"`) uses is linted only through its callers, with
 * the values they pass (once per call); every other directory is a root module,
 * linted standalone with its defaults, its auto-loaded variable files and
 * `--var-file`. Plans (`terraform show -json`) are read on their own and never
 * load the HCL grammar.
 */
export const parser: FormatParser = {
  kinds: KINDS,
  async parse(input: ParseInput): Promise<ParseOutput> {
    const outputs: ParseOutput[] = [];
    for (const f of input.files) if (f.kind === 'terraform-plan') outputs.push(parsePlan(f.path, input.readFile(f.path)));
    const hclFiles = input.files.filter((f) => f.kind !== 'terraform-plan');
    if (hclFiles.length > 0) outputs.push(await parseModules(input));
    return outputs.length === 1 ? (outputs[0] ?? emptyParseOutput()) : mergeParseOutputs(outputs);
  },
};

async function parseModules(input: ParseInput): Promise<ParseOutput> {
  const reader = await loadHclReader();
  const ws = new Workspace(input, reader);
  const dirs = [...new Set(input.files.filter((f) => f.kind === 'terraform' || f.kind === 'terraform-json').map((f) => dirname(f.path)))].sort();
  const known = await preload(ws, reader, dirs, [...input.files.map((f) => f.path), ...input.parameterFiles.filter(isTfvarsFile)]);
  const modules = new Map<string, ModuleDecl>(dirs.map((d) => [d, known.get(d) ?? readModule(ws, d)]));
  const called = calledDirectories(ws, modules, known);
  const varFiles = input.parameterFiles.filter(isTfvarsFile);
  const entities: Entity[] = [];
  for (const [dir, mod] of modules) {
    if (called.has(dir)) continue;
    const files = [...ws.autoVarFiles(dir), ...varFiles].map((p) => ws.load(p)).filter((f): f is LoadedFile => f !== undefined);
    for (const f of files) ws.publish(f);
    const instance = new ModuleInstance(ws, mod, { kind: 'root', varFiles: files.map((file) => ({ file, values: readVarFile(file) })) }, {
      prefix: '',
      via: [],
      emitFrom: (p) => ws.inRun(p),
      inheritedConstraints: [],
      stack: [],
      moduleKey: [],
      root: { dir, installed: readModuleManifest(dir, (p) => ws.readText(p)) },
    });
    const result = instance.entities();
    // Config children and updates may sit in other modules than their site: applied once all are known.
    applyPatches(result.entities, result.patches, result.offByDefault);
    entities.push(...result.entities);
  }
  // Every file of the run reports its syntax errors and directives, used or not.
  for (const f of input.files) {
    if (f.kind === 'terraform-plan') continue;
    const loaded = ws.load(f.path);
    if (loaded) ws.publish(loaded);
  }
  const out = emptyParseOutput();
  out.entities.push(...entities);
  out.diagnostics.push(...ws.diagnostics);
  out.directives.push(...ws.directives);
  for (const [k, v] of ws.allTexts()) out.texts.set(k, v);
  return out;
}

/**
 * Parses the run's files and those of the local modules they call before evaluating, with a working
 * grammar before each file: evaluation is synchronous, and after the grammar's WASM failed on one
 * file the next must be parsed by a new instance (which loads asynchronously). Returns the module
 * of each directory it read, all of whose files are loaded by then.
 */
async function preload(ws: Workspace, reader: HclReader, dirs: readonly string[], files: readonly string[]): Promise<Map<string, ModuleDecl>> {
  const load = async (path: string) => {
    await reader.ready();
    try {
      ws.load(path, true);
    } catch (e) {
      if (!(e instanceof NeedsGrammar)) throw e;
      await reader.ready();
      ws.load(path);
    }
  };
  for (const f of files) if (isTerraformFile(f) || isTfvarsFile(f)) await load(f);
  const seen = new Set(dirs);
  const queue = [...dirs];
  // Modules installed by `terraform init` are read during evaluation, where nothing can be awaited:
  // read here too, so that a file of theirs only the grammar reads is parsed by it (loaded for it now).
  for (const d of dirs) {
    for (const installed of installedModuleDirs(d, (p) => ws.readText(p))) {
      if (seen.has(installed)) continue;
      seen.add(installed);
      queue.push(installed);
    }
  }
  const read = new Map<string, ModuleDecl>();
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i] as string;
    const lock = join(dir, '.terraform.lock.hcl');
    for (const f of [...ws.moduleFiles(dir), ...ws.autoVarFiles(dir), ...(ws.exists(lock) ? [lock] : [])]) await load(f);
    const mod = readModule(ws, dir);
    read.set(dir, mod);
    for (const call of mod.calls) {
      if (!call.localDir || seen.has(call.localDir)) continue;
      seen.add(call.localDir);
      queue.push(call.localDir);
    }
  }
  await reader.ready();
  return read;
}

/**
 * Directories of the run that another directory of the run calls as a local module,
 * directly or through modules outside the run. Directories that call each other
 * in a cycle are all roots (none is "only a module").
 */
function calledDirectories(ws: Workspace, modules: Map<string, ModuleDecl>, known: ReadonlyMap<string, ModuleDecl>): Set<string> {
  const decls = new Map([...known, ...modules]);
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [from];
    while (queue.length > 0) {
      const dir = queue.shift() as string;
      let mod = decls.get(dir);
      if (!mod) {
        mod = readModule(ws, dir);
        decls.set(dir, mod);
      }
      for (const call of mod.calls) {
        if (!call.localDir || seen.has(call.localDir) || call.localDir === from) continue;
        seen.add(call.localDir);
        queue.push(call.localDir);
      }
    }
    return seen;
  };
  const reached = new Map([...modules.keys()].map((d) => [d, reach(d)]));
  const called = new Set<string>();
  for (const [d, fromD] of reached) {
    for (const [e, fromE] of reached) if (e !== d && fromE.has(d) && !fromD.has(e)) called.add(d);
  }
  return called;
}

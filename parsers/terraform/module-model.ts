import { dirname, isAbsolute, join, resolve } from 'node:path';
import { findAttribute, type Attribute, type Block, type Expr } from './hcl/ast.js';
import { objectAsBody } from './hcl/json-syntax.js';
import type { SourceFile } from './source-file.js';
import { readType, type TypeConstraint } from './types.js';
import type { LoadedFile, Workspace } from './workspace.js';

export interface VariableDecl {
  name: string;
  file: SourceFile;
  block: Block;
  default?: Attribute;
  sensitive: boolean;
  /** `nullable = false`: a null argument means the default. */
  nonNullable: boolean;
  /** The `type` constraint every value of the variable is converted to. */
  type: TypeConstraint;
}

export interface LocalDecl {
  name: string;
  file: SourceFile;
  attr: Attribute;
}

export interface ResourceDecl {
  type: string;
  name: string;
  file: LoadedFile;
  block: Block;
}

export interface ModuleCall {
  name: string;
  file: LoadedFile;
  block: Block;
  /** Absolute directory of a local source (`./…`, `../…`); undefined for registry and git sources. */
  localDir?: string;
  /** `source` and `version` as written (literals). */
  source?: string;
  version?: string;
}

/** One directory's declarations across its files: a Terraform module. */
export interface ModuleDecl {
  dir: string;
  files: LoadedFile[];
  variables: Map<string, VariableDecl>;
  locals: Map<string, LocalDecl>;
  resources: ResourceDecl[];
  calls: ModuleCall[];
  /** `output "name" { value = … }`: what callers read as `module.<call>.name`. */
  outputs: Map<string, LocalDecl>;
  /** `required_providers` version constraints for azurerm, as written. */
  azurermConstraints: string[];
  /** The azurerm version in `.terraform.lock.hcl`, when there is one. */
  azurermLocked?: string;
}

const literalString = (e: Expr | undefined): string | undefined => {
  if (!e) return undefined;
  if (e.type === 'literal' && typeof e.value === 'string') return e.value;
  if (e.type === 'template' && e.parts.every((p) => p.type === 'text')) return e.parts.map((p) => (p.type === 'text' ? p.value : '')).join('');
  return undefined;
};

/** Modules read, per workspace (one parse): a module called from many places (every example of a registry module calls its root) is read once. */
const readModules = new WeakMap<Workspace, Map<string, ModuleDecl>>();

/**
 * The declarations of the module in `dir`, from its files as the workspace loaded them. Read once
 * per workspace: a module's declarations do not depend on its caller (its instances do), and its
 * files are cached by the workspace; callers never change what they get.
 */
export function readModule(ws: Workspace, dir: string): ModuleDecl {
  let byDir = readModules.get(ws);
  if (!byDir) readModules.set(ws, (byDir = new Map()));
  let mod = byDir.get(dir);
  if (!mod) byDir.set(dir, (mod = collectModule(ws, dir)));
  return mod;
}

function collectModule(ws: Workspace, dir: string): ModuleDecl {
  const mod: ModuleDecl = { dir, files: [], variables: new Map(), locals: new Map(), resources: [], calls: [], outputs: new Map(), azurermConstraints: [] };
  for (const path of ws.moduleFiles(dir)) {
    const file = ws.load(path);
    if (!file) continue;
    mod.files.push(file);
    for (const block of file.doc.body.blocks) collect(mod, file, block);
  }
  const lock = join(dir, '.terraform.lock.hcl');
  if (ws.exists(lock)) {
    const file = ws.load(lock);
    for (const b of file?.doc.body.blocks ?? []) {
      if (b.type !== 'provider' || !/(^|\/)hashicorp\/azurerm$/.test(b.labels[0]?.value ?? '')) continue;
      const v = literalString(findAttribute(b.body, 'version')?.expr);
      if (v) mod.azurermLocked = v;
    }
  }
  return mod;
}

function collect(mod: ModuleDecl, file: LoadedFile, block: Block): void {
  const [l0, l1] = block.labels;
  switch (block.type) {
    case 'variable':
      if (l0) {
        const flag = (name: string, value: boolean): boolean => {
          const e = findAttribute(block.body, name)?.expr;
          return e?.type === 'literal' && e.value === value;
        };
        const def = findAttribute(block.body, 'default');
        mod.variables.set(l0.value, {
          name: l0.value,
          file: file.source,
          block,
          ...(def ? { default: def } : {}),
          sensitive: flag('sensitive', true),
          nonNullable: flag('nullable', false),
          type: readType(findAttribute(block.body, 'type')?.expr),
        });
      }
      break;
    case 'locals':
      for (const a of block.body.attributes) mod.locals.set(a.name, { name: a.name, file: file.source, attr: a });
      break;
    case 'output': {
      const value = findAttribute(block.body, 'value');
      if (l0 && value) mod.outputs.set(l0.value, { name: l0.value, file: file.source, attr: value });
      break;
    }
    case 'resource':
      if (l0 && l1) mod.resources.push({ type: l0.value, name: l1.value, file, block });
      break;
    case 'module':
      if (l0) {
        const source = literalString(findAttribute(block.body, 'source')?.expr);
        const local = source !== undefined && (source.startsWith('./') || source.startsWith('../'));
        const version = literalString(findAttribute(block.body, 'version')?.expr);
        mod.calls.push({
          name: l0.value,
          file,
          block,
          ...(local ? { localDir: resolve(dirname(file.source.path), source) } : {}),
          ...(source !== undefined ? { source } : {}),
          ...(version !== undefined ? { version } : {}),
        });
      }
      break;
    case 'terraform':
      for (const rp of nestedBodies(block, 'required_providers')) {
        const a = findAttribute(rp, 'azurerm');
        if (!a) continue;
        const direct = literalString(a.expr);
        if (direct !== undefined) mod.azurermConstraints.push(direct);
        else if (a.expr.type === 'object') {
          const version = a.expr.items.find((i) => (i.key.type === 'variable' && i.key.name === 'version') || (i.key.type === 'literal' && i.key.value === 'version'));
          const v = literalString(version?.value);
          if (v !== undefined) mod.azurermConstraints.push(v);
        }
      }
      break;
    default:
      break;
  }
}

/** Nested blocks of a type, also as JSON-syntax object attributes. */
export function nestedBodies(block: Block, type: string): Block['body'][] {
  const out = block.body.blocks.filter((b) => b.type === type).map((b) => b.body);
  if (block.body.fromJson) {
    const a = findAttribute(block.body, type);
    const items = a ? (a.expr.type === 'tuple' ? a.expr.items : [a.expr]) : [];
    for (const i of items) {
      const body = objectAsBody(i);
      if (body) out.push(body);
    }
  }
  return out;
}

export function absolutePath(dir: string, p: string): string {
  return isAbsolute(p) ? p : join(dir, p);
}

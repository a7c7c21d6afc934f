import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileKind } from '../model/index.js';
import type { RunFile } from './classify.js';
import { canMatter, missingFor } from './prefilter.js';
import { decodeText, type FileReader } from './reader.js';

/**
 * Files of a run that can be parsed on their own and still give the same findings: the parsers
 * only look across files along references (modules, `using`, parameter files), so the connected
 * components of those references are independent. The references are found by a textual scan that
 * over-approximates: any relative path literal counts, and when unsure files share a unit.
 */
export interface LintUnit {
  /** In the run's order; JSON not yet looked at is `json` (it is told apart in the unit). */
  files: RunFile[];
  /**
   * Files of the unit the partition read whole and found to be text that cannot give a finding on
   * its own (see prefilter.ts): the unit reads them only when a file of theirs that can matter is
   * parsed, so that most Bicep and Terraform files of a large tree are read once. Paths only: no
   * text is kept from the partition to the unit (memory stays bounded by the largest unit).
   */
  inert?: ReadonlySet<string>;
}

export interface PartitionOptions {
  /** Everything in one unit (cross-file settings such as `requireMtls` scopes or `--param-file`). */
  single?: boolean;
  /** File names by directory, as the walk listed them (see `Discovery.listings`): those directories are not listed again. */
  listings?: ReadonlyMap<string, readonly string[]>;
}

/** Quoted relative paths (Terraform `source = "./…"`; `\/` as JSON may escape it). */
const RELATIVE_LITERAL = /(["'])(\.{1,2}(?:[\\/]|\\\/)[^"'\n\r$]*)\1/g;
/**
 * Bicep paths need no `./` (`module x 'modules/site.bicep'`, `using 'main.bicep'`, `import … from`,
 * `loadJsonContent('x.json')`): any single-quoted literal that ends in a file extension, except
 * registry and template-spec references.
 */
const BICEP_FILE_LITERAL = /'([^'\n\r$@]*\.[A-Za-z0-9]{1,12})'/g;
const BICEP_REGISTRY = /^(br|ts)[:/]/i;
const TERRAFORM_SOURCE = /\.tf(\.json)?$/i;
const BICEP_SOURCE = /\.bicep(param)?$/i;

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(x)) this.parent.set(x, x);
    // Path compression keeps long chains of modules cheap.
    for (let cur = x; cur !== root; ) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Directory nodes are shared by Terraform and Bicep (and ARM files a Bicep file points at); case folded to err on merging. */
const dirNode = (dir: string): string => `dir:${dir.toLowerCase()}`;

/** `<stem>.json` and `<stem>.parameters.json` belong together (the ARM sibling parameter file). */
function armNode(path: string): string {
  // Folded first, then cut: the suffixes are ASCII, and no other letter folds to theirs (string ends compared, no pattern run per file).
  let stem = path.toLowerCase();
  if (stem.endsWith('.json')) stem = stem.slice(0, -5);
  else if (stem.endsWith('.jsonc')) stem = stem.slice(0, -6);
  if (stem.endsWith('.parameters')) stem = stem.slice(0, -11);
  return `arm:${stem}`;
}

function relativeTargets(file: string, text: string, bicep: boolean): string[] {
  const out: string[] = [];
  const add = (literal: string): void => {
    out.push(resolve(dirname(file), literal.replace(/\\\//g, '/')));
  };
  for (const m of text.matchAll(RELATIVE_LITERAL)) add(m[2] as string);
  if (bicep) {
    for (const m of text.matchAll(BICEP_FILE_LITERAL)) if (!BICEP_REGISTRY.test(m[1] as string)) add(m[1] as string);
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a file name is Terraform or Bicep source: the partition reads those (a path ends as its name does). */
const isSource = (name: string): boolean => TERRAFORM_SOURCE.test(name) || BICEP_SOURCE.test(name);

/** The Terraform and Bicep files of a directory: only their paths are made (a directory of templates holds many others). */
function sourceFiles(dir: string, listings?: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  const listed = listings?.get(dir);
  if (listed) {
    for (const name of listed) if (isSource(name)) out.push(join(dir, name));
    return out;
  }
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile() && isSource(e.name)) out.push(join(dir, e.name));
  } catch {
    // an unreadable directory has nothing to add
  }
  return out;
}

/** Terraform and Bicep files up to this size are read for the scan into one reused buffer (larger ones as any read). */
const SCAN_BUFFER_BYTES = 1024 * 1024;
let scanBuffer: Buffer | undefined;
const scanBufferFor = (bytes: number): Buffer => {
  if (!scanBuffer || scanBuffer.length < bytes) scanBuffer = Buffer.allocUnsafe(Math.max(bytes, 64 * 1024));
  return scanBuffer;
};

/**
 * A file's text for the scan: read into the scan's buffer where the reader can (a file the walk
 * listed takes no stat and no buffer of its own), decoded as `read` would; else read as usual.
 */
function scanRead(reader: FileReader, path: string): ReturnType<FileReader['read']> {
  const got = reader.readBytes?.(path, SCAN_BUFFER_BYTES, scanBufferFor);
  return got?.ok ? decodeText(got.bytes) : reader.read(path);
}

export function partitionUnits(files: readonly RunFile[], reader: FileReader, options: PartitionOptions = {}): LintUnit[] {
  if (options.single) return files.length ? [{ files: [...files] }] : [];
  const uf = new UnionFind();
  const nodeOf = new Map<RunFile, string>();
  /** Directories a Bicep file or reference touches: ARM files there join the directory's unit. */
  const bicepDirs = new Set<string>();
  const scanned = new Set<string>();
  const scannedFiles = new Set<string>();
  const todo: string[] = [];
  const visit = (dir: string): void => {
    if (scanned.has(dir)) return;
    scanned.add(dir);
    todo.push(dir);
  };

  /** Files of the run read here that cannot matter on their own (see `LintUnit.inert`). */
  const inert = new Set<string>();
  const missing = missingFor(reader);
  /** `kind`: that of a file of the run, whose prefilter answer is taken while its text is at hand. */
  const scan = (path: string, from: string, kind?: FileKind): void => {
    if (scannedFiles.has(path)) return;
    scannedFiles.add(path);
    const read = scanRead(reader, path);
    if (!read.ok) return;
    if (kind !== undefined && !canMatter(kind, read.text, path, missing)) inert.add(path);
    const bicep = BICEP_SOURCE.test(path);
    for (const target of relativeTargets(path, read.text, bicep)) {
      const targetDir = isDirectory(target) ? target : dirname(target);
      uf.union(from, dirNode(targetDir));
      uf.union(from, dirNode(target));
      if (bicep) bicepDirs.add(dirNode(targetDir));
      visit(targetDir);
    }
  };

  for (const f of files) {
    let node: string;
    switch (f.kind) {
      // JSON not looked at yet may be a template or parameter file: it goes where those go (a plan among them only shares a unit).
      case 'json':
      case 'arm-template':
      case 'arm-parameters':
        node = armNode(f.path);
        break;
      case 'terraform-plan':
        node = `plan:${f.path}`;
        break;
      case 'bicep':
      case 'bicepparam':
        node = dirNode(dirname(f.path));
        bicepDirs.add(node);
        scan(f.path, node, f.kind);
        break;
      default:
        node = dirNode(dirname(f.path));
        if (TERRAFORM_SOURCE.test(f.path)) scan(f.path, node, f.kind as FileKind);
    }
    // The parsers also read files of the directory that are not in the run (other `.tf` files of the module).
    if (!node.startsWith('arm:') && !node.startsWith('plan:')) visit(dirname(f.path));
    uf.find(node);
    nodeOf.set(f, node);
  }
  // Directories of the run and those referenced: every reference in them connects (also through modules outside the run).
  for (let dir = todo.pop(); dir !== undefined; dir = todo.pop()) {
    const node = dirNode(dir);
    for (const p of sourceFiles(dir, options.listings)) scan(p, node);
  }
  // Thousands of JSON files in a few hundred directories: each directory's node is made once.
  const inBicepDir = new Map<string, string | undefined>();
  for (const f of bicepDirs.size ? files : []) {
    if (f.kind !== 'json' && f.kind !== 'arm-template' && f.kind !== 'arm-parameters') continue;
    const dir = dirname(f.path);
    let node = inBicepDir.get(dir);
    if (node === undefined && !inBicepDir.has(dir)) {
      const candidate = dirNode(dir);
      node = bicepDirs.has(candidate) ? candidate : undefined;
      inBicepDir.set(dir, node);
    }
    if (node !== undefined) uf.union(nodeOf.get(f) as string, node);
  }

  const units = new Map<string, { files: RunFile[]; inert?: Set<string> }>();
  for (const f of files) {
    const root = uf.find(nodeOf.get(f) as string);
    const unit = units.get(root) ?? { files: [] };
    unit.files.push(f);
    if (inert.has(f.path)) (unit.inert ??= new Set()).add(f.path);
    units.set(root, unit);
  }
  return [...units.values()];
}

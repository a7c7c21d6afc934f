import { existsSync, readdirSync } from 'node:fs';
import { BUDGET, InstanceBudget } from '../shared/budget.js';
import { basename, dirname, join } from 'node:path';
import type { Directive, ParseDiagnostic, ParseInput, SourceRange } from '../../src/model/index.js';
import type { HclDocument } from './hcl/ast.js';
import { readJsonSyntax } from './hcl/json-syntax.js';
import { NeedsGrammar, type HclReader } from './hcl/tree-sitter.js';
import { readDirectives } from './directives.js';
import { SourceFile } from './source-file.js';

export interface LoadedFile {
  source: SourceFile;
  doc: HclDocument;
  json: boolean;
}

export const isTerraformFile = (p: string): boolean => p.endsWith('.tf') || p.endsWith('.tf.json');
export const isTfvarsFile = (p: string): boolean => p.endsWith('.tfvars') || p.endsWith('.tfvars.json');

/**
 * Reads and parses files once each (through `input.readFile`, so tests can give
 * virtual files) and collects what the parser reports about them. A file's
 * syntax errors and directives are reported once it is "published": it is in
 * the run, or it belongs to a module that a file of the run calls.
 */
export class Workspace {
  private readonly cache = new Map<string, LoadedFile | null>();
  private readonly published = new Set<string>();
  readonly diagnostics: ParseDiagnostic[] = [];
  /** Module instances expanded so far (fan-out is bounded per run of the parser). */
  readonly budget = new InstanceBudget();
  private readonly noted = new Set<string>();
  readonly directives: Directive[] = [];
  readonly texts = new Map<string, string>();
  private readonly runFiles: Set<string>;
  /** Files whose read failures are reported: the run's and the `--var-file`s. */
  private readonly named: Set<string>;
  private readonly listings = new Map<string, string[]>();
  /** `exists` of the paths asked about (a module's lock file is asked for at every read of the module). */
  private readonly existing = new Map<string, boolean>();

  constructor(
    private readonly input: ParseInput,
    private readonly reader: HclReader,
  ) {
    this.runFiles = new Set(input.files.map((f) => f.path));
    this.named = new Set([...this.runFiles, ...input.parameterFiles]);
  }

  /**
   * Reads and parses a file once. `mayWait`: a text that needs the grammar before it is loaded throws
   * `NeedsGrammar` (nothing is kept), for the caller to await the reader and load it again; else
   * (where nothing can be awaited) the file is reported as not analysed.
   */
  load(path: string, mayWait = false): LoadedFile | undefined {
    const cached = this.cache.get(path);
    if (cached !== undefined) return cached ?? undefined;
    const read = this.input.readFile(path);
    if (!read.ok) {
      this.cache.set(path, null);
      if (this.named.has(path)) this.diagnostics.push({ ruleId: 'parse-error', message: read.message, range: new SourceFile(path, '').range({ start: 0, end: 0 }) });
      return undefined;
    }
    if (read.text.length > BUDGET.hclChars && !path.endsWith('.json')) {
      this.cache.set(path, null);
      const mib = (BUDGET.hclChars / 1048576).toFixed(0);
      this.note(`not analysed: the file is larger than ${mib} MiB, the bound for Terraform files (the grammar's syntax tree of a larger file takes too long to read); split it into smaller files`, new SourceFile(path, '').range({ start: 0, end: 0 }));
      return undefined;
    }
    // A BOM would confuse the grammar; a space keeps every offset where it was.
    const text = read.text.charCodeAt(0) === 0xfeff ? ' ' + read.text.slice(1) : read.text;
    const json = path.endsWith('.json');
    let doc: HclDocument;
    try {
      doc = json ? readJsonSyntax(text, (s, base) => this.reader.parseExpression(s, base)) : this.reader.parse(text);
    } catch (e) {
      if (e instanceof NeedsGrammar && mayWait) throw e;
      // Reported on this file alone: the module's other files are still read (a caller notes the gap).
      doc = e instanceof NeedsGrammar ? notReadWithoutGrammar(text) : { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: `not analysed: mtlslint failed while reading this file (internal error: ${e instanceof Error ? e.message : String(e)})`, span: { start: 0, end: Math.min(1, text.length) } }] };
    }
    const loaded: LoadedFile = { source: new SourceFile(path, read.text), doc, json };
    this.cache.set(path, loaded);
    return loaded;
  }

  /** Reports a file's syntax errors and directives, once. */
  publish(file: LoadedFile): void {
    const path = file.source.path;
    if (this.published.has(path)) return;
    this.published.add(path);
    this.texts.set(path, file.source.text);
    for (const e of file.doc.errors) this.diagnostics.push({ ruleId: e.cut ? 'not-analysed' : 'parse-error', message: e.message, range: file.source.range(e.span) });
    this.directives.push(...readDirectives(file.source, file.doc.comments));
  }

  /** Keeps a file's text for ranges that point into it (a tfvars or caller file). */
  keepText(file: LoadedFile): void {
    this.texts.set(file.source.path, file.source.text);
  }

  /** Texts of every file read, for ranges that point into them. */
  allTexts(): Map<string, string> {
    const out = new Map(this.texts);
    for (const [path, f] of this.cache) if (f) out.set(path, f.source.text);
    return out;
  }

  inRun(path: string): boolean {
    return this.runFiles.has(path);
  }

  /** A `not-analysed` note (an evaluation cut), once per place and message. */
  note(message: string, at: SourceRange): void {
    const key = `${at.file}\u0000${at.startOffset}\u0000${message}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.diagnostics.push({ ruleId: 'not-analysed', message, range: at });
  }

  /** Whether a path a file names may be read (inside the linted tree); a refusal is reported at `at`. */
  confine(path: string, at?: SourceRange, kind?: 'file' | 'dir'): boolean {
    return this.input.confine?.(path, at, kind) ?? true;
  }

  /** Files of a directory: those on disk plus those the run names (which may be virtual). */
  listDir(dir: string): string[] {
    const cached = this.listings.get(dir);
    if (cached) return cached;
    const names = new Set<string>();
    try {
      if (this.confine(dir, undefined, 'dir')) for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) names.add(join(dir, e.name));
    } catch {
      // Not on disk (virtual files in tests, or unreadable): the run's own files still count.
    }
    for (const f of this.input.files) if (dirname(f.path) === dir) names.add(f.path);
    const list = [...names].sort();
    this.listings.set(dir, list);
    return list;
  }

  moduleFiles(dir: string): string[] {
    return this.listDir(dir).filter(isTerraformFile);
  }

  /** Variable files Terraform loads by itself, in its order: terraform.tfvars(.json), then *.auto.tfvars(.json) by name. */
  autoVarFiles(dir: string): string[] {
    const files = this.listDir(dir);
    const named = ['terraform.tfvars', 'terraform.tfvars.json'].map((n) => join(dir, n)).filter((p) => files.includes(p));
    const auto = files.filter((p) => /\.auto\.tfvars(\.json)?$/.test(basename(p))).sort((a, b) => (basename(a) < basename(b) ? -1 : 1));
    return [...named, ...auto];
  }

  /** The text of a file that is not Terraform (a module manifest), through the same reader; undefined when unreadable. */
  readText(path: string): string | undefined {
    const read = this.input.readFile(path);
    return read.ok ? read.text : undefined;
  }

  exists(path: string): boolean {
    if (this.runFiles.has(path)) return true;
    let found = this.existing.get(path);
    if (found === undefined) this.existing.set(path, (found = this.lookUp(path)));
    return found;
  }

  private lookUp(path: string): boolean {
    if (!this.confine(path)) return false;
    try {
      if (existsSync(path)) return true;
    } catch {
      return false;
    }
    return this.input.readFile(path).ok;
  }
}

/**
 * A file first read where nothing can be awaited (not among the files read before evaluating, see
 * `preload` in index.ts: the run's modules, the local modules they call and the installed ones)
 * that only the grammar reads, before it was loaded: a last resort, said plainly.
 */
function notReadWithoutGrammar(text: string): HclDocument {
  const message =
    "not analysed: this file needs the full Terraform grammar (it is not well formed, or uses syntax that mtlslint's own reader leaves to the grammar), which was not loaded when it was read; lint its directory on its own";
  return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message, span: { start: 0, end: Math.min(1, text.length) }, cut: true }] };
}

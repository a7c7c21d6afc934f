import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGET } from '../../shared/budget.js';
import { clockMs } from '../../shared/clock.js';
import type { Parser as TsParser } from 'web-tree-sitter';
import type { Body, Expr, HclDocument } from './ast.js';
import { convertTree } from './convert.js';
import { parseHclNative } from './native-parser.js';
import { hclNesting } from './nesting.js';
import { copyTree, cursorBinding, type NodeTypes, type Walker } from './syntax-node.js';
import { lowerImportedMemoryMinimum } from './wasm-binary.js';
import { markWorn } from '../../shared/process-state.js';

/**
 * Parses HCL text into the document model, synchronously: well-formed text with the native reader
 * (native-parser.ts), anything else with the tree-sitter grammar, whose WASM is loaded only once a
 * text needs it. Before it is loaded, such a text throws `NeedsGrammar`: the caller awaits `ready()`
 * and parses it again.
 */
export interface HclReader {
  parse(text: string): HclDocument;
  /**
   * Parses `source` (an expression, e.g. the raw text of a JSON string with its quotes)
   * as if it started at offset `base` of its file.
   */
  parseExpression(source: string, base: number): Expr | undefined;
  /**
   * Resolves once the grammar is loaded, if a text has asked for it (see `NeedsGrammar`): after the
   * WASM failed on a file, a new instance (parsing is synchronous, so callers await this between files).
   */
  ready(): Promise<void>;
}

/** A text the native reader does not read needs the grammar, which is not loaded yet: await `ready()`, then parse it again. */
export class NeedsGrammar extends Error {
  constructor() {
    super('the Terraform grammar is needed for this text and is not loaded yet');
  }
}

/** One instance of web-tree-sitter's WASM module with the Terraform grammar. */
interface Grammar {
  parser: TsParser;
  types: NodeTypes;
  walker: Walker;
}

/** The grammar files parse with; undefined before the first load and after a failure, until `ready()`. */
let live: Grammar | undefined;
let starting: Promise<Grammar> | undefined;
/** A text has needed the grammar (or the oracle reader was asked for): `ready()` loads it. */
let wanted = false;
let requested = false;
let created = 0;

/**
 * Instances a process may create. A failed instance cannot be unloaded (the module that holds its
 * memory stays loaded), so after this many failures Terraform files are reported, not parsed.
 */
export const MAX_GRAMMAR_INSTANCES = 3;

const reader: HclReader = { parse, parseExpression, ready };

/**
 * The reader. web-tree-sitter and the Terraform grammar are loaded once per process, when a text
 * first needs them: a run whose Terraform files the native reader reads never pays for the WASM.
 */
export async function loadHclReader(): Promise<HclReader> {
  await ready();
  return reader;
}

/**
 * A reader that parses every text with the grammar (loaded at once), as the product did before the
 * native reader: the oracle the native reader is tested against.
 */
export async function loadGrammarReader(): Promise<HclReader> {
  wanted = true;
  await ready();
  return { parse: (text) => parse(text, false), parseExpression: (source, base) => parseExpression(source, base, false), ready };
}

/** Whether the grammar has been asked for in this process (for tests of the lazy loading). */
export function hclReaderRequested(): boolean {
  return requested;
}

/** Node without WebAssembly (`--jitless`, also in `NODE_OPTIONS`): the grammar cannot load, and Terraform files are reported, not parsed. */
const noWebAssembly = (): boolean => typeof WebAssembly === 'undefined';

async function ready(): Promise<void> {
  if (!wanted) return;
  requested = true;
  if (live || created >= MAX_GRAMMAR_INSTANCES || noWebAssembly()) return;
  starting ??= createGrammar().finally(() => {
    starting = undefined;
  });
  live = await starting;
}

const GRAMMAR = 'tree-sitter-terraform.wasm';
const RUNTIME = 'web-tree-sitter.cjs';

/**
 * A file the bundle script copied beside the bundle, else (running from the sources) from its
 * package. Beside first: resolving a package costs a run several milliseconds of lookups, and the
 * copy is the version the bundle was built with (whatever a node_modules above it holds).
 */
function assetPath(packageFile: string, name: string): string {
  const beside = fileURLToPath(new URL(name, import.meta.url));
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve(packageFile);
}

type Runtime = typeof import('web-tree-sitter');

/**
 * The bundled CLI's chunk loader, a parameter of every chunk (see src/loader/chunk-loader.ts);
 * undeclared elsewhere (the sources, the Action's single-file bundle).
 */
declare const __mtlslintChunks: { fresh(name: string): unknown } | undefined;

/**
 * The WASM runtime is a module-level singleton inside web-tree-sitter: a fresh instance needs a
 * fresh copy of that module. In the bundled CLI the copy beside the chunks is a chunk, run again by
 * the chunk loader (compiled with V8's code cache: from source it cost a Terraform run 6–20 ms);
 * elsewhere it is loaded again out of Node's module cache (the copy that failed stays referenced by
 * its own objects). Its CommonJS build: the ES module build would start Node's ES module loader,
 * which a run of the (CommonJS) bundle otherwise never pays for.
 */
function loadRuntime(wasm: string): Runtime {
  if (typeof __mtlslintChunks !== 'undefined' && __mtlslintChunks) return __mtlslintChunks.fresh(RUNTIME) as Runtime;
  const file = join(dirname(wasm), RUNTIME);
  const require = createRequire(file);
  delete require.cache[file];
  return require(file) as Runtime;
}

/** The WASM memory a grammar instance may grow to (`MTLSLINT_HCL_MEMORY_MIB` lowers it, for tests of the failure path). */
function memoryPages(): number {
  const mib = Number(process.env['MTLSLINT_HCL_MEMORY_MIB']) || BUDGET.hclMemoryMiB;
  return Math.max(32, Math.floor(mib)) * 16;
}

/** The memory a grammar instance starts with (64 KiB pages): the runtime's data and a small module's parse. */
const INITIAL_MEMORY_PAGES = 32;

async function createGrammar(): Promise<Grammar> {
  created++;
  const wasm = assetPath('web-tree-sitter/web-tree-sitter.wasm', 'web-tree-sitter.wasm');
  const { Parser, Language } = loadRuntime(wasm);
  // Small to start (the runtime grows it as it allocates), bounded: past the bound the grammar aborts on that file alone.
  const wasmBinary = new Uint8Array(readFileSync(wasm));
  const initial = lowerImportedMemoryMinimum(wasmBinary, INITIAL_MEMORY_PAGES) ? INITIAL_MEMORY_PAGES : 512;
  // Both modules are compiled and instantiated synchronously: V8 compiles a module's functions when
  // they are first called, so compiling is decoding, and web-tree-sitter's asynchronous path (given
  // bytes) only added background tasks and promise hops to the run.
  const runtime = new WebAssembly.Module(wasmBinary);
  const module = {
    wasmMemory: new WebAssembly.Memory({ initial, maximum: memoryPages() }),
    print: () => {},
    printErr: () => {},
    instantiateWasm: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
      done(new WebAssembly.Instance(runtime, imports), runtime);
      return {};
    },
  };
  await Parser.init(module);
  const binding = cursorBinding(module);
  if (!binding) throw new Error('this version of web-tree-sitter lacks the tree cursor functions the Terraform parser walks trees with');
  // Read here: given a path, web-tree-sitter imports node:fs/promises with import(), which starts the ES module loader too.
  const language = Language.loadSync(new WebAssembly.Module(readFileSync(assetPath(`@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`, GRAMMAR))));
  const parser = new Parser();
  parser.setLanguage(language);
  const names: string[] = [];
  const named: boolean[] = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    names.push(language.nodeTypeForId(id) ?? 'ERROR');
    named.push(language.nodeTypeIsNamed(id));
  }
  // `ts_init` returns the transfer buffer's address (and sets two version fields, read only at init).
  const transfer = (module as unknown as { _ts_init(): number })._ts_init();
  return { parser, types: { names, named }, walker: { binding, transfer } };
}

function failedDocument(text: string, message: string, cut?: true, base = 0): HclDocument {
  return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message, span: { start: base, end: base + Math.min(1, text.length) }, ...(cut ? { cut } : {}) }] };
}

const unavailable = (): string =>
  noWebAssembly()
    ? 'not parsed: this file needs the Terraform grammar (it has a syntax error, or syntax only the grammar reads), which needs WebAssembly, and this Node.js runs without it (--jitless); lint Terraform files without --jitless'
    : created >= MAX_GRAMMAR_INSTANCES
    ? `not parsed: the Terraform grammar failed on ${MAX_GRAMMAR_INSTANCES} files of this run and is not loaded again; lint this file in a run of its own`
    : 'not parsed: the Terraform grammar failed on another file and was not loaded again yet; lint this file in a run of its own';

/**
 * The WASM grammar can fail on a file (an abort when it runs out of its memory, a trap): that file
 * gets a positioned error, the instance is dropped, and `ready()` loads a new one for the files
 * that follow, so one hostile file cannot take the other files and units with it.
 */
function guarded<T>(run: (g: Grammar) => T, failed: (message: string) => T): T {
  const g = live;
  if (!g) {
    // Not loaded yet, or dropped after a failure: the caller loads it (see NeedsGrammar) while it still can.
    if (!noWebAssembly() && created < MAX_GRAMMAR_INSTANCES && !starting) {
      wanted = true;
      throw new NeedsGrammar();
    }
    return failed(unavailable());
  }
  try {
    return run(g);
  } catch (e) {
    if (live === g) live = undefined;
    markWorn();
    const what = e instanceof Error ? `${e.name}${e instanceof WebAssembly.RuntimeError ? `: ${e.message.replace(/\. Build with .*$/, '')}` : ''}` : 'error';
    return failed(`the Terraform grammar failed on this file (${what}); it is not analysed, the other files are parsed with a new instance of the grammar`);
  }
}

function parse(text: string, native = true): HclDocument {
  const bound = { depth: BUDGET.hclDepth, templates: BUDGET.hclTemplateDepth };
  const nesting = hclNesting(text, bound);
  if (nesting.templates >= bound.templates)
    return failedDocument(text, `not analysed: template interpolations (\`\${…}\`) nest ${bound.templates} or more deep in this file, past the bound for Terraform files (the grammar's time grows with that depth); use locals instead of nesting`, true);
  if (nesting.depth >= bound.depth) return failedDocument(text, NESTED_TOO_DEEPLY);
  const doc = native ? parseHclNative(text) : undefined;
  if (doc) return doc;
  return guarded(
    (g) => parseDocument(g, text),
    (message) => failedDocument(text, message),
  );
}

function parseExpression(source: string, base: number, native = true): Expr | undefined {
  const doc = native ? parseHclNative(`x=${source}`, base - 2) : undefined;
  if (doc) return onlyExpression(doc);
  return guarded(
    (g) => parseExpressionWith(g, source, base),
    () => undefined,
  );
}

const tooSlow = (): string => `not analysed: the Terraform grammar took more than ${BUDGET.hclParseMs / 1000} s on this file; split it into smaller files`;
const tooLarge = (): string => `not analysed: the syntax tree of this file has more than ${BUDGET.hclNodes.toLocaleString('en-US')} nodes, past the bound for Terraform files; split it into smaller files`;
const NESTED_TOO_DEEPLY = 'The file is nested too deeply to be read';
/** Errors that stand for the whole file: parsing its blocks one by one would cost as much again. */
const standsForFile = (message: string | undefined): boolean => message === tooSlow() || message === tooLarge();

function parseFragment({ parser, types, walker }: Grammar, text: string, base: number): HclDocument {
  // A bound on the grammar's time for one file: some inputs (deeply nested template interpolations)
  // take it seconds per kilobyte. Past it, parsing is cancelled and the file is reported.
  const deadline = clockMs() + BUDGET.hclParseMs;
  const tree = parser.parse(text, null, { progressCallback: () => clockMs() > deadline });
  if (!tree) {
    parser.reset();
    return failedDocument(text, tooSlow(), true, base);
  }
  // Counted by the grammar as it builds the tree: a tree too large to copy is not copied.
  if (tree.rootNode.descendantCount > BUDGET.hclNodes) {
    tree.delete();
    return failedDocument(text, tooLarge(), true, base);
  }
  try {
    const { root, comments } = copyTree(tree, walker, text, types, tree.rootNode.hasError);
    return convertTree(root, comments, text, base);
  } catch (e) {
    // Pathological nesting can exhaust the JS stack in the recursive converter.
    if (!(e instanceof RangeError)) throw e;
    return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: NESTED_TOO_DEEPLY, span: { start: base, end: base + 1 } }] };
  } finally {
    tree.delete();
  }
}

/** Lines that start a top-level construct: where a broken file is cut into pieces that are parsed alone. */
const TOP_LEVEL = /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b/gm;

/**
 * Parses a whole file. When it has syntax errors, tree-sitter's recovery may swallow
 * the blocks that follow (an unclosed brace nests everything after it), so the file
 * is cut at top-level keywords in column 1 and each piece is parsed on its own:
 * an error then stays inside the block it is in.
 */
function parseDocument(g: Grammar, text: string): HclDocument {
  const whole = parseFragment(g, text, 0);
  if (whole.errors.length === 0 || standsForFile(whole.errors[0]?.message)) return whole;
  const cuts: number[] = [];
  for (const m of text.matchAll(TOP_LEVEL)) cuts.push(m.index ?? 0);
  if (cuts[0] !== 0) cuts.unshift(0);
  if (cuts.length < 2) return whole;
  const out: HclDocument = { body: { attributes: [], blocks: [] }, comments: [], errors: [] };
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    const piece = parseFragment(g, text.slice(start, end), start);
    out.body.attributes.push(...piece.body.attributes);
    out.body.blocks.push(...piece.body.blocks);
    out.comments.push(...piece.comments);
    out.errors.push(...piece.errors);
  });
  return out;
}

function parseExpressionWith(g: Grammar, source: string, base: number): Expr | undefined {
  // `x=` is two characters: shift so that offsets land on `source` in the real file.
  return onlyExpression(parseFragment(g, `x=${source}`, base - 2));
}

/** The expression of a document that is one attribute (`x=…`, see parseExpression), if it is that. */
function onlyExpression(doc: HclDocument): Expr | undefined {
  if (doc.errors.length > 0) return undefined;
  const body: Body = doc.body;
  return body.attributes.length === 1 && body.blocks.length === 0 ? body.attributes[0]?.expr : undefined;
}

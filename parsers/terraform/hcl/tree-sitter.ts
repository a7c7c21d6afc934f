import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Parser as TsParser } from 'web-tree-sitter';
import type { Body, Expr, HclDocument } from './ast.js';
import { convertTree } from './convert.js';
import { copyTree, type NodeTypes } from './syntax-node.js';

/** Parses HCL text into the document model; synchronous once the grammar is loaded. */
export interface HclReader {
  parse(text: string): HclDocument;
  /**
   * Parses `source` (an expression, e.g. the raw text of a JSON string with its quotes)
   * as if it started at offset `base` of its file.
   */
  parseExpression(source: string, base: number): Expr | undefined;
}

let loading: Promise<HclReader> | undefined;

/**
 * Loads web-tree-sitter and the Terraform grammar once per process, on first use:
 * a run without Terraform files never pays for the WASM start-up.
 */
export function loadHclReader(): Promise<HclReader> {
  loading ??= createReader();
  return loading;
}

/** Whether the grammar has been asked for in this process (for tests of the lazy loading). */
export function hclReaderRequested(): boolean {
  return loading !== undefined;
}

const GRAMMAR = 'tree-sitter-terraform.wasm';

/**
 * The grammar from its package; in the bundled GitHub Action there is no node_modules,
 * and the bundle script copies the file beside the bundle instead.
 */
function grammarPath(require: NodeRequire): string {
  try {
    return require.resolve(`@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`);
  } catch {
    return fileURLToPath(new URL(GRAMMAR, import.meta.url));
  }
}

async function createReader(): Promise<HclReader> {
  const require = createRequire(import.meta.url);
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init();
  const language = await Language.load(grammarPath(require));
  const parser = new Parser();
  parser.setLanguage(language);
  const names: string[] = [];
  const named: boolean[] = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    names.push(language.nodeTypeForId(id) ?? 'ERROR');
    named.push(language.nodeTypeIsNamed(id));
  }
  const types: NodeTypes = { names, named };
  // The WASM grammar can abort (out of its memory): the file gets a positioned error, and the next
  // unit loads a fresh instance instead of failing with this one.
  const guarded = <T>(run: () => T, failed: (message: string) => T): T => {
    try {
      return run();
    } catch (e) {
      if (e instanceof RangeError) throw e;
      loading = undefined;
      return failed(`the Terraform grammar failed on this file (${e instanceof Error ? e.name : 'error'})`);
    }
  };
  return {
    parse: (text) => guarded(() => parseDocument(parser, types, text), (message) => ({ body: { attributes: [], blocks: [] }, comments: [], errors: [{ message, span: { start: 0, end: Math.min(1, text.length) } }] })),
    parseExpression: (source, base) => parseExpression(parser, types, source, base),
  };
}

function parseFragment(parser: TsParser, types: NodeTypes, text: string, base: number): HclDocument {
  const tree = parser.parse(text);
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: 'Syntax error: the file could not be parsed', span: { start: base, end: base + text.length } }] };
  try {
    const cursor = tree.walk();
    try {
      const { root, comments } = copyTree(cursor, text, types, tree.rootNode.hasError);
      return convertTree(root, comments, text, base);
    } catch (e) {
      // Pathological nesting can exhaust the JS stack in the recursive converter.
      if (!(e instanceof RangeError)) throw e;
      return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: 'The file is nested too deeply to be read', span: { start: base, end: base + 1 } }] };
    } finally {
      cursor.delete();
    }
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
function parseDocument(parser: TsParser, types: NodeTypes, text: string): HclDocument {
  const whole = parseFragment(parser, types, text, 0);
  if (whole.errors.length === 0) return whole;
  const cuts: number[] = [];
  for (const m of text.matchAll(TOP_LEVEL)) cuts.push(m.index ?? 0);
  if (cuts[0] !== 0) cuts.unshift(0);
  if (cuts.length < 2) return whole;
  const out: HclDocument = { body: { attributes: [], blocks: [] }, comments: [], errors: [] };
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    const piece = parseFragment(parser, types, text.slice(start, end), start);
    out.body.attributes.push(...piece.body.attributes);
    out.body.blocks.push(...piece.body.blocks);
    out.comments.push(...piece.comments);
    out.errors.push(...piece.errors);
  });
  return out;
}

function parseExpression(parser: TsParser, types: NodeTypes, source: string, base: number): Expr | undefined {
  // `x=` is two characters: shift so that offsets land on `source` in the real file.
  const doc = parseFragment(parser, types, `x=${source}`, base - 2);
  if (doc.errors.length > 0) return undefined;
  const body: Body = doc.body;
  return body.attributes.length === 1 && body.blocks.length === 0 ? body.attributes[0]?.expr : undefined;
}

import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineMap, type SourceRange } from '../../src/model/index.js';
import { MAX_NESTING, strictJsonWithinNesting } from './json-limits.js';

/** A JSON(C) file (ARM template or parameter file, for the ARM and Bicep parsers): its text, line map, tree, comments and syntax errors. */
export interface JsonFile {
  path: string;
  text: string;
  map: LineMap;
  root: Node | undefined;
  comments: { offset: number; length: number; block: boolean }[];
  errors: { message: string; offset: number; length: number }[];
}

export { MAX_NESTING } from './json-limits.js';

/** Syntax errors reported per file. */
export const MAX_ERRORS = 10;

export function readJson(path: string, text: string): JsonFile {
  const map = new LineMap(text);
  // A BOM is kept in the text (positions stay true to the file) but hidden from the JSON parser.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const file: JsonFile = { path, text, map, root: undefined, comments: [], errors: [] };
  if (source.trim() === '') {
    file.errors.push({ message: 'the file is empty', offset: 0, length: 0 });
    return file;
  }
  // Strict JSON within the nesting limit has no comments and is safe to recurse into; anything
  // else gets one scanner pass: comments (for directives) and the nesting depth, before recursing.
  if (!strictJsonWithinNesting(source)) {
    const scanner = createScanner(source, false);
    let depth = 0;
    for (let kind = scanner.scan(); kind !== 17 /* EOF */; kind = scanner.scan()) {
      if (kind === 12 /* LineComment */ || kind === 13 /* BlockComment */)
        file.comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), block: kind === 13 });
      else if (kind === 1 /* { */ || kind === 3 /* [ */) {
        if (++depth > MAX_NESTING) {
          file.errors.push({ message: `nesting deeper than ${MAX_NESTING} levels`, offset: scanner.getTokenOffset(), length: 1 });
          return file;
        }
      } else if (kind === 2 /* } */ || kind === 4 /* ] */) depth = Math.max(0, depth - 1);
    }
  }
  const errors: ParseError[] = [];
  try {
    file.root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    file.errors.push({ message: 'the file is nested too deeply to parse', offset: 0, length: 0 });
    return file;
  }
  for (const e of errors) {
    // A binary or badly broken file has an error per token: the first few are what helps.
    if (file.errors.length >= MAX_ERRORS) break;
    const message = `invalid JSON: ${describe(printParseErrorCode(e.error))}`;
    // Unclosed containers all report at the end of the file: once is enough.
    if (file.errors.some((x) => x.offset === e.offset && x.message === message)) continue;
    file.errors.push({ message, offset: e.offset, length: e.length });
  }
  return file;
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function rangeOf(file: JsonFile, node: Node): SourceRange {
  return file.map.range(file.path, node.offset, node.offset + node.length);
}

/** The property node (key through value) of a case-insensitively named member; the last duplicate wins. */
export function memberNode(obj: Node | undefined, name: string): Node | undefined {
  if (!obj || obj.type !== 'object' || !obj.children) return undefined;
  const k = name.toLowerCase();
  let found: Node | undefined;
  for (const p of obj.children) {
    const key = p.children?.[0];
    if (key && typeof key.value === 'string' && key.value.toLowerCase() === k && p.children?.[1]) found = p;
  }
  return found;
}

/** The value node of a case-insensitively named member. */
export function member(obj: Node | undefined, name: string): Node | undefined {
  return memberNode(obj, name)?.children?.[1];
}

/** Members of an object node as [key, value node, property node]. */
export function members(obj: Node | undefined): [string, Node, Node][] {
  const out: [string, Node, Node][] = [];
  if (!obj || obj.type !== 'object' || !obj.children) return out;
  for (const p of obj.children) {
    const key = p.children?.[0];
    const value = p.children?.[1];
    if (key && value && typeof key.value === 'string') out.push([key.value, value, p]);
  }
  return out;
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/** The source text of a node. */
export function nodeText(file: JsonFile, node: Node): string {
  return file.text.slice(node.offset, node.offset + node.length);
}

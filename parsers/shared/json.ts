import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineMap, type SourceRange } from '../../src/model/index.js';
import { MAX_NESTING, strictJsonWithinNesting } from './json-limits.js';
import { memberProperty, objectMembers, strictJsonTree } from './json-tree.js';

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
  let source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const file: JsonFile = { path, text, map, root: undefined, comments: [], errors: [] };
  if (source.trim() === '') {
    file.errors.push({ message: 'the file is empty', offset: 0, length: 0 });
    return file;
  }
  // Strict JSON within the nesting limit (almost every template) is read in one pass, with no
  // comments and no errors to report.
  const strict = strictJsonTree(source);
  if (strict) {
    file.root = strict;
    return file;
  }
  // Strict JSON within the nesting limit has no comments, no raw control characters and is safe to
  // recurse into; anything else gets one scanner pass: comments (for directives) and the nesting depth.
  // Azure accepts raw line breaks and tabs inside strings (multi-line scripts, PEM blocks), which
  // JSON does not: they are swapped one for one with stand-ins, so every offset stays the same.
  let scan = strictJsonWithinNesting(source) ? 'ok' : scanTokens(source, file);
  let protectedAt: number[] = [];
  if (scan === 'raw-control') {
    ({ text: source, at: protectedAt } = protectControlCharacters(source));
    scan = scanTokens(source, file);
  }
  if (scan === 'too-deep') return file;
  const errors: ParseError[] = [];
  try {
    file.root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    file.errors.push({ message: 'the file is nested too deeply to parse', offset: 0, length: 0 });
    return file;
  }
  if (file.root && protectedAt.length > 0) restoreStrings(file.root, text, protectedAt);
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

/**
 * One scanner pass: comments (for directives) and the nesting depth, before the parser recurses.
 * Stops early on nesting beyond MAX_NESTING, or on a string holding a raw control character.
 */
function scanTokens(source: string, file: JsonFile): 'ok' | 'too-deep' | 'raw-control' {
  file.comments = [];
  const scanner = createScanner(source, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== 17 /* EOF */; kind = scanner.scan()) {
    if (kind === 10 /* StringLiteral */) {
      const err = scanner.getTokenError();
      if (err === 2 /* UnexpectedEndOfString */ || err === 6 /* InvalidCharacter */) return 'raw-control';
    } else if (kind === 12 /* LineComment */ || kind === 13 /* BlockComment */)
      file.comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), block: kind === 13 });
    else if (kind === 1 /* { */ || kind === 3 /* [ */) {
      if (++depth > MAX_NESTING) {
        file.errors.push({ message: `nesting deeper than ${MAX_NESTING} levels`, offset: scanner.getTokenOffset(), length: 1 });
        return 'too-deep';
      }
    } else if (kind === 2 /* } */ || kind === 4 /* ] */) depth = Math.max(0, depth - 1);
  }
  return 'ok';
}

/** Stand-ins for control characters U+0000–U+001F inside strings: private-use U+E000–U+E01F. */
const STAND_IN = 0xe000;

/** The text with every control character inside a string replaced by its stand-in, and their offsets. */
export function protectControlCharacters(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d === 92 /* \ */ && text.charCodeAt(i + 1) >= 0x20) i++;
        else if (d < 0x20) {
          parts.push(text.slice(from, i), String.fromCharCode(STAND_IN + d));
          from = i + 1;
          at.push(i);
        }
      }
      i++;
    } else i++;
  }
  if (at.length === 0) return { text, at };
  parts.push(text.slice(from));
  return { text: parts.join(''), at };
}

/** Puts the real characters back into the strings that held stand-ins (keys and values). */
function restoreStrings(root: Node, original: string, at: readonly number[]): void {
  const holds = (node: Node): boolean => {
    // The first protected offset at or after the node's start, by binary search.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < node.offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && (at[lo] as number) < node.offset + node.length;
  };
  const todo: Node[] = [root];
  for (let node = todo.pop(); node; node = todo.pop()) {
    if (!holds(node)) continue;
    if (node.type === 'string') {
      const target = node as { value: unknown };
      const raw = original.slice(node.offset, node.offset + node.length);
      try {
        target.value = JSON.parse(raw.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)) as string;
      } catch {
        target.value = String(node.value).replace(/[\ue000-\ue01f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN));
      }
    } else if (node.children) todo.push(...node.children);
  }
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function rangeOf(file: JsonFile, node: Node): SourceRange {
  return file.map.range(file.path, node.offset, node.offset + node.length);
}

/** The property node (key through value) of a case-insensitively named member; the last duplicate wins. */
export function memberNode(obj: Node | undefined, name: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  const fast = objectMembers(obj);
  if (fast) {
    const at = memberIndex(fast.keys, name);
    return at < 0 ? undefined : memberProperty(obj, at);
  }
  if (!obj.children) return undefined;
  let k: string | undefined;
  let found: Node | undefined;
  for (const p of obj.children) {
    const key = p.children?.[0]?.value;
    // Most keys differ in length or match as written: no lower-cased copy is made for them.
    if (typeof key !== 'string' || key.length !== name.length || !p.children?.[1]) continue;
    if (key === name || key.toLowerCase() === (k ??= name.toLowerCase())) found = p;
  }
  return found;
}

/** The index of the last member named `name` (without case), or -1. */
function memberIndex(keys: readonly (string | undefined)[], name: string): number {
  let k: string | undefined;
  let found = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // Most keys differ in length or match as written: no lower-cased copy is made for them.
    if (key === undefined || key.length !== name.length) continue;
    if (key === name || key.toLowerCase() === (k ??= name.toLowerCase())) found = i;
  }
  return found;
}

/** The value node of a case-insensitively named member. */
export function member(obj: Node | undefined, name: string): Node | undefined {
  if (obj?.type === 'object') {
    const fast = objectMembers(obj);
    if (fast) {
      const at = memberIndex(fast.keys, name);
      return at < 0 ? undefined : fast.values[at];
    }
  }
  return memberNode(obj, name)?.children?.[1];
}

/** Members of an object node as [key, value node, property node]. */
export function members(obj: Node | undefined): [string, Node, Node][] {
  const out: [string, Node, Node][] = [];
  if (!obj || obj.type !== 'object') return out;
  const fast = objectMembers(obj);
  if (fast) {
    const { keys, values } = fast;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const value = values[i] as Node;
      if (key !== undefined) out.push([key, value, memberProperty(obj, i)]);
    }
    return out;
  }
  if (!obj.children) return out;
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

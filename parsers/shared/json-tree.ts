import type { Node, NodeType } from 'jsonc-parser';
import { MAX_NESTING } from './json-limits.js';

/**
 * The syntax tree of strict JSON, node for node as jsonc-parser's `parseTree` builds it (same
 * types, offsets, lengths, colon offsets, values and parents), or undefined for anything else:
 * comments, trailing commas, raw control characters in strings, syntax errors, nesting deeper than
 * MAX_NESTING (counted as its scanner counts: each `{` or `[` a level, the root included). Those
 * take jsonc-parser's path, which reports them. Templates are almost always strict JSON, and this
 * one pass costs a fraction of a `JSON.parse` check followed by `parseTree` (whose visitor and
 * scanner are not optimized yet when a run parses each file once).
 *
 * A run reads each file once, so this code mostly runs before V8 has optimized it: the long runs
 * (indentation, string contents, numbers) are matched by sticky regular expressions, which run as
 * native code from their second use, and one loop with an explicit parent chain steps token by
 * token (a loop is optimized while it runs; small recursive functions wait for many calls, and
 * then for a large compilation of their inlined selves).
 */
export function strictJsonTree(text: string): Node | undefined {
  let pos = skipSpace(text, 0);
  /** The node the next value goes into: a property, an array, or none for the root. */
  let parent: TreeNode | undefined;
  let depth = 0;
  for (;;) {
    // A value at `pos`.
    let value: TreeNode;
    const c = text.charCodeAt(pos);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > MAX_NESTING) return undefined;
      const container = node(c === 0x7b ? 'object' : 'array', undefined, pos, -1, [], parent);
      pos = skipSpace(text, pos + 1);
      const next = text.charCodeAt(pos);
      if (next === (c === 0x7b ? 0x7d /* } */ : 0x5d) /* ] */) {
        pos++;
        container.length = pos - container.offset;
        depth--;
        value = container;
      } else if (c === 0x5b) {
        parent = container;
        continue;
      } else {
        const property = readKey(text, pos, container);
        if (property === undefined) return undefined;
        pos = skipSpace(text, (property.colonOffset as number) + 1);
        parent = property;
        continue;
      }
    } else if (c === 0x22 /* " */) {
      PLAIN_STRING.lastIndex = pos;
      if (PLAIN_STRING.test(text)) {
        const end = PLAIN_STRING.lastIndex;
        value = node('string', text.slice(pos + 1, end - 1), pos, end - pos, undefined, parent);
      } else {
        const read = escapedString(text, pos);
        if (read === undefined) return undefined;
        value = node('string', read, pos, STRING_END.at - pos, undefined, parent);
      }
    } else if (c === 0x74 /* t */ || c === 0x66 /* f */ || c === 0x6e /* n */) {
      const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
      if (!text.startsWith(word, pos)) return undefined;
      value = node(c === 0x6e ? 'null' : 'boolean', c === 0x6e ? null : c === 0x74, pos, word.length, undefined, parent);
    } else {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) return undefined;
      const end = NUMBER.lastIndex;
      value = node('number', Number(text.slice(pos, end)), pos, end - pos, undefined, parent);
    }
    pos = value.offset + value.length;

    // The value is complete: it goes into its parent, and every container it completes into theirs.
    for (;;) {
      if (parent === undefined) {
        if (skipSpace(text, pos) !== text.length) return undefined;
        // jsonc-parser's root has no `parent` member at all (deleting the last member keeps the node's shape fast).
        delete (value as { parent?: TreeNode }).parent;
        return value as Node;
      }
      let container: TreeNode;
      if (parent.type === 'property') {
        (parent.children as TreeNode[])[1] = value;
        parent.length = pos - parent.offset;
        container = parent.parent as TreeNode;
      } else {
        (parent.children as TreeNode[]).push(value);
        container = parent;
      }
      pos = skipSpace(text, pos);
      const next = text.charCodeAt(pos);
      if (next === 0x2c /* , */) {
        pos = skipSpace(text, pos + 1);
        if (container.type === 'array') {
          parent = container;
        } else {
          const property = readKey(text, pos, container);
          if (property === undefined) return undefined;
          pos = skipSpace(text, (property.colonOffset as number) + 1);
          parent = property;
        }
        break;
      }
      if (next !== (container.type === 'object' ? 0x7d : 0x5d)) return undefined;
      pos++;
      container.length = pos - container.offset;
      depth--;
      value = container;
      parent = container.parent;
    }
  }
}

/**
 * jsonc-parser's node, built in place (its type is read-only). Every node has every member, in one
 * order, so that V8 gives all nodes one shape and the code that walks trees stays monomorphic;
 * members jsonc-parser leaves out are undefined here.
 */
interface TreeNode {
  type: NodeType;
  value: unknown;
  offset: number;
  length: number;
  colonOffset: number | undefined;
  children: TreeNode[] | undefined;
  parent: TreeNode | undefined;
}

function node(type: NodeType, value: unknown, offset: number, length: number, children: TreeNode[] | undefined, parent: TreeNode | undefined): TreeNode {
  return { type, value, offset, length, colonOffset: undefined, children, parent };
}

/** Spaces between tokens, as JSON has them. */
const SPACE = /[ \n\r\t]*/y;
/** A string without escapes or control characters (almost every string of a template). */
const PLAIN_STRING = /"[^"\\\u0000-\u001f]*"/y;
/** A JSON number, as the grammar has it. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The offset after the spaces at `pos`. */
function skipSpace(text: string, pos: number): number {
  if (!isSpace(text.charCodeAt(pos))) return pos;
  // One space (after a colon) is common; indentation is longer and left to the expression.
  if (!isSpace(text.charCodeAt(pos + 1))) return pos + 1;
  SPACE.lastIndex = pos + 2;
  SPACE.test(text);
  return SPACE.lastIndex;
}

/** Where the string `escapedString` read last ends. */
const STRING_END = { at: 0 };

/**
 * The value of a string with escapes (or anything else PLAIN_STRING refused) at `pos`, or undefined
 * when it is not a JSON string. Its end is the first quote after an even run of backslashes (found
 * natively, in linear time); `JSON.parse` then checks and decodes it.
 */
function escapedString(text: string, pos: number): string | undefined {
  let end = pos;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end === -1) return undefined;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) break;
  }
  STRING_END.at = end + 1;
  try {
    return JSON.parse(text.slice(pos, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/** The property whose key starts at `pos`, with its key read and its colon found (its value still to come). */
function readKey(text: string, pos: number, object: TreeNode): TreeNode | undefined {
  if (text.charCodeAt(pos) !== 0x22) return undefined;
  let key: TreeNode;
  const property = node('property', undefined, pos, -1, undefined, object);
  PLAIN_STRING.lastIndex = pos;
  if (PLAIN_STRING.test(text)) {
    const end = PLAIN_STRING.lastIndex;
    key = node('string', text.slice(pos + 1, end - 1), pos, end - pos, undefined, property);
  } else {
    const read = escapedString(text, pos);
    if (read === undefined) return undefined;
    key = node('string', read, pos, STRING_END.at - pos, undefined, property);
  }
  const colon = skipSpace(text, key.offset + key.length);
  if (text.charCodeAt(colon) !== 0x3a /* : */) return undefined;
  property.colonOffset = colon;
  // Both slots at once (the value is set when read): an array grown by push holds room for 17.
  property.children = [key, key];
  (object.children as TreeNode[]).push(property);
  return property;
}

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
 * native code from their second use, and the JavaScript loop steps token by token.
 */
export function strictJsonTree(text: string): Node | undefined {
  const parser = new StrictParser(text);
  try {
    parser.skipSpace();
    const root = parser.value(undefined, 1);
    parser.skipSpace();
    if (parser.pos !== text.length) return undefined;
    // jsonc-parser's root has no `parent` member at all (deleting the last member keeps the node's shape fast).
    delete (root as { parent?: TreeNode }).parent;
    return root as Node;
  } catch (e) {
    if (e === NOT_STRICT) return undefined;
    throw e;
  }
}

const NOT_STRICT = new Error('not strict JSON');

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
/** Any JSON string. */
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
/** A JSON number, as the grammar has it. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class StrictParser {
  pos = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      // One space (after a colon) is common; indentation is longer and left to the expression.
      const d = this.text.charCodeAt(this.pos + 1);
      if (!(d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09)) this.pos++;
      else {
        SPACE.lastIndex = this.pos + 2;
        SPACE.test(this.text);
        this.pos = SPACE.lastIndex;
      }
    }
  }

  value(parent: TreeNode | undefined, depth: number): TreeNode {
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 0x7b /* { */:
        return this.object(parent, depth);
      case 0x5b /* [ */:
        return this.array(parent, depth);
      case 0x22 /* " */:
        return this.string(parent);
      case 0x74 /* t */:
        return this.literal(parent, 'true', true);
      case 0x66 /* f */:
        return this.literal(parent, 'false', false);
      case 0x6e /* n */:
        return this.literal(parent, 'null', null);
      default:
        return this.number(parent);
    }
  }

  private object(parent: TreeNode | undefined, depth: number): TreeNode {
    if (depth > MAX_NESTING) throw NOT_STRICT;
    const text = this.text;
    const children: TreeNode[] = [];
    const obj = node('object', undefined, this.pos, -1, children, parent);
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== 0x7d /* } */) {
      for (;;) {
        if (text.charCodeAt(this.pos) !== 0x22) throw NOT_STRICT;
        const property = node('property', undefined, this.pos, -1, undefined, obj);
        children.push(property);
        const key = this.string(property);
        this.skipSpace();
        if (text.charCodeAt(this.pos) !== 0x3a /* : */) throw NOT_STRICT;
        property.colonOffset = this.pos++;
        this.skipSpace();
        const value = this.value(property, depth + 1);
        // Made once both are read: an array grown by push holds room for 17.
        property.children = [key, value];
        property.length = value.offset + value.length - property.offset;
        this.skipSpace();
        const next = text.charCodeAt(this.pos);
        if (next === 0x7d) break;
        if (next !== 0x2c /* , */) throw NOT_STRICT;
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    obj.length = this.pos - obj.offset;
    return obj;
  }

  private array(parent: TreeNode | undefined, depth: number): TreeNode {
    if (depth > MAX_NESTING) throw NOT_STRICT;
    const text = this.text;
    const children: TreeNode[] = [];
    const arr = node('array', undefined, this.pos, -1, children, parent);
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== 0x5d /* ] */) {
      for (;;) {
        children.push(this.value(arr, depth + 1));
        this.skipSpace();
        const next = text.charCodeAt(this.pos);
        if (next === 0x5d) break;
        if (next !== 0x2c) throw NOT_STRICT;
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    arr.length = this.pos - arr.offset;
    return arr;
  }

  private string(parent: TreeNode | undefined): TreeNode {
    const text = this.text;
    const start = this.pos;
    PLAIN_STRING.lastIndex = start;
    let value: string;
    if (PLAIN_STRING.test(text)) {
      this.pos = PLAIN_STRING.lastIndex;
      value = text.slice(start + 1, this.pos - 1);
    } else {
      STRING.lastIndex = start;
      if (!STRING.test(text)) throw NOT_STRICT;
      this.pos = STRING.lastIndex;
      value = JSON.parse(text.slice(start, this.pos)) as string;
    }
    return node('string', value, start, this.pos - start, undefined, parent);
  }

  private literal(parent: TreeNode | undefined, word: string, value: boolean | null): TreeNode {
    if (!this.text.startsWith(word, this.pos)) throw NOT_STRICT;
    const offset = this.pos;
    this.pos += word.length;
    return node(value === null ? 'null' : 'boolean', value, offset, word.length, undefined, parent);
  }

  private number(parent: TreeNode | undefined): TreeNode {
    const offset = this.pos;
    NUMBER.lastIndex = offset;
    if (!NUMBER.test(this.text)) throw NOT_STRICT;
    this.pos = NUMBER.lastIndex;
    return node('number', Number(this.text.slice(offset, this.pos)), offset, this.pos - offset, undefined, parent);
  }
}

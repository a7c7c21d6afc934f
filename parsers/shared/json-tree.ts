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
 */
export function strictJsonTree(text: string): Node | undefined {
  const parser = new StrictParser(text);
  try {
    parser.skipSpace();
    const root: Node = parser.value(undefined, 1);
    parser.skipSpace();
    if (parser.pos !== text.length) return undefined;
    return root;
  } catch (e) {
    if (e === NOT_STRICT) return undefined;
    throw e;
  }
}

const NOT_STRICT = new Error('not strict JSON');

/** jsonc-parser's node, built in place (its type is read-only). */
interface TreeNode {
  type: NodeType;
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: TreeNode;
  children?: TreeNode[];
}

/** A JSON number, as the grammar has it. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class StrictParser {
  pos = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    this.pos = pos;
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
    const node = withParent({ type: 'object', offset: this.pos, length: -1 }, parent);
    const children: TreeNode[] = [];
    node.children = children;
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== 0x7d /* } */) {
      for (;;) {
        if (text.charCodeAt(this.pos) !== 0x22) throw NOT_STRICT;
        const pair: TreeNode[] = [];
        const property: TreeNode = { type: 'property', offset: this.pos, length: -1, parent: node, children: pair };
        children.push(property);
        pair.push(this.string(property));
        this.skipSpace();
        if (text.charCodeAt(this.pos) !== 0x3a /* : */) throw NOT_STRICT;
        property.colonOffset = this.pos++;
        this.skipSpace();
        const value = this.value(property, depth + 1);
        pair.push(value);
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
    node.length = this.pos - node.offset;
    return node;
  }

  private array(parent: TreeNode | undefined, depth: number): TreeNode {
    if (depth > MAX_NESTING) throw NOT_STRICT;
    const text = this.text;
    const node = withParent({ type: 'array', offset: this.pos, length: -1 }, parent);
    const children: TreeNode[] = [];
    node.children = children;
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== 0x5d /* ] */) {
      for (;;) {
        children.push(this.value(node, depth + 1));
        this.skipSpace();
        const next = text.charCodeAt(this.pos);
        if (next === 0x5d) break;
        if (next !== 0x2c) throw NOT_STRICT;
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    return node;
  }

  private string(parent: TreeNode | undefined): TreeNode {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) break;
      if (c === 0x5c /* \ */) {
        escaped = true;
        pos += 2;
        continue;
      }
      // A raw control character (or the end of the text) is not strict JSON.
      if (c < 0x20 || Number.isNaN(c)) throw NOT_STRICT;
      pos++;
    }
    if (pos >= text.length) throw NOT_STRICT;
    this.pos = pos + 1;
    let value: string;
    if (!escaped) value = text.slice(start + 1, pos);
    else {
      try {
        value = JSON.parse(text.slice(start, pos + 1)) as string;
      } catch {
        throw NOT_STRICT;
      }
    }
    return withParent({ type: 'string', value, offset: start, length: this.pos - start }, parent);
  }

  private literal(parent: TreeNode | undefined, word: string, value: boolean | null): TreeNode {
    if (!this.text.startsWith(word, this.pos)) throw NOT_STRICT;
    const offset = this.pos;
    this.pos += word.length;
    return withParent({ type: value === null ? 'null' : 'boolean', value, offset, length: word.length }, parent);
  }

  private number(parent: TreeNode | undefined): TreeNode {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m === null) throw NOT_STRICT;
    const offset = this.pos;
    this.pos += m[0].length;
    return withParent({ type: 'number', value: Number(m[0]), offset, length: m[0].length }, parent);
  }
}

/** jsonc-parser's root has no `parent` member at all. */
function withParent(node: TreeNode, parent: TreeNode | undefined): TreeNode {
  if (parent) node.parent = parent;
  return node;
}

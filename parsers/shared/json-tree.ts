import type { Node, NodeType } from 'jsonc-parser';
import { MAX_NESTING } from './json-limits.js';

/**
 * The syntax tree of strict JSON, node for node as jsonc-parser's `parseTree` builds it (same
 * types, offsets, lengths, colon offsets, values and parents), or undefined for anything else:
 * comments, trailing commas, raw control characters in strings, syntax errors, nesting deeper than
 * MAX_NESTING (counted as its scanner counts: each `{` or `[` a level, the root included). Those
 * take jsonc-parser's path, which reports them. Templates are almost always strict JSON.
 *
 * One pass checks the whole text and notes where each object and array ends, without building
 * anything; a container's children are built when first read (`children`), and an object's
 * property and key nodes only when one is asked for (a lookup by name reads the member's value).
 * A linted template is read only in part (parameters, variables, the top members of resources,
 * the properties of the resources that matter): a lint of the 133 App Service templates of the
 * 1400-sample JSON tree builds 26,000 nodes (50,000 when each object read also built its property
 * and key nodes).
 *
 * A run reads each file once, so this code mostly runs before V8 has optimized it: the check is
 * native (`JSON.parse`, or one sticky regular expression per bracket: `check`, which tests may
 * force), and children are built by one loop per container.
 */
export function strictJsonTree(text: string, check: 'parse' | 'grammar' = chooseCheck(text)): Node | undefined {
  const containers = check === 'parse' ? checkByParse(text) : checkByGrammar(text);
  if (containers === undefined) return undefined;
  const pos = skipSpace(text, 0);
  const root = valueAt(containers, pos, 0, undefined);
  return root as unknown as Node;
}

/** Characters this thread has checked so far (`chooseCheck`). */
let checked = 0;

/**
 * The grammar expressions cost a fixed ~3–5 M instructions to compile (V8 compiles a regular
 * expression to native code on its second run, and these are large), then check ~20 instructions
 * per character cheaper than `JSON.parse`, which builds every object and string: the lines cross
 * at ~100 KB (measured on templates of 5 KB to 1 MB). So a thread checks with `JSON.parse`
 * until it has checked this many characters, then with the expressions: a one-file run never
 * compiles them, and a tree run pays at most the cost of compiling them twice.
 */
export const GRAMMAR_AFTER = 100 * 1024;

/** How to check the next text of this thread: see GRAMMAR_AFTER. */
function chooseCheck(text: string): 'parse' | 'grammar' {
  checked += text.length;
  return checked > GRAMMAR_AFTER ? 'grammar' : 'parse';
}

/** Where each object and array of a checked text ends, by opening order. */
interface Containers {
  text: string;
  /** The offset after its closing bracket. */
  ends: Int32Array;
  /** The opening order of the next container opened after it closes (its descendants skipped). */
  after: Int32Array;
}

/*
 * What a check notes, in buffers of the thread (a tree run checks thousands of texts): each
 * container's `ends` and `after` by opening order, copied out at their size once the text is
 * checked (typed arrays: a plain array grown a push at a time allocated several times its size);
 * the opening orders of the containers still open, innermost last, and whether each is an object.
 */
let ENDS = new Int32Array(1024);
let AFTER = new Int32Array(1024);
const OPEN = new Int32Array(MAX_NESTING);
const OBJECTS = new Uint8Array(MAX_NESTING);

/** Room in ENDS and AFTER for container `count`. */
function room(count: number): void {
  if (count < ENDS.length) return;
  const ends = new Int32Array(ENDS.length * 2);
  const after = new Int32Array(ENDS.length * 2);
  ends.set(ENDS);
  after.set(AFTER);
  ENDS = ends;
  AFTER = after;
}

/** The `count` containers noted for `text`. */
function noted(text: string, count: number): Containers {
  return { text, ends: ENDS.slice(0, count), after: AFTER.slice(0, count) };
}

/**
 * Checks that `text` is one strict JSON value within MAX_NESTING and notes each container's end,
 * or undefined. `JSON.parse` checks the text (natively); then one native match per bracket skips
 * everything else, strings included (ARM expressions are full of brackets).
 */
function checkByParse(text: string): Containers | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  let count = 0;
  let depth = 0;
  NEXT_BRACKET.lastIndex = 0;
  for (;;) {
    const from = NEXT_BRACKET.lastIndex;
    try {
      NEXT_BRACKET.test(text);
    } catch {
      return undefined; // a string with more escapes than the engine's backtracking stack holds: jsonc-parser's path reads it
    }
    const to = NEXT_BRACKET.lastIndex;
    if (to === from) break; // the end of the text
    const c = text.charCodeAt(to - 1);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= MAX_NESTING) return undefined;
      room(count);
      OPEN[depth++] = count++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const k = OPEN[--depth] as number;
      ENDS[k] = to;
      AFTER[k] = count;
    }
  }
  return noted(text, count);
}

/**
 * Text up to the next bracket outside strings, and the bracket (the text is strict JSON). At most
 * 32 strings per match: the engine keeps a backtracking entry per repetition, and a long run of
 * strings would fill its stack.
 */
const NEXT_BRACKET = /[^"{}[\]]*(?:"[^"\\]*(?:\\.[^"\\]*)*"[^"{}[\]]*){0,32}[{}[\]]?/y;

/**
 * Checks what `checkByParse` checks, without building anything. One native match per bracket (or per run of 32 scalars) checks the grammar up to
 * the next bracket, strings included (ARM expressions are full of brackets); which expression
 * comes next depends on where the last match ended: in an object or an array, before or after a
 * value. Nothing is built: `JSON.parse` would build (and discard) every object and string.
 */
function checkByGrammar(text: string): Containers | undefined {
  let count = 0;
  let depth = 0;
  let next = ROOT;
  let pos = 0;
  for (;;) {
    next.lastIndex = pos;
    try {
      if (!next.test(text)) return undefined;
    } catch {
      return undefined; // a string with more escapes than the engine's backtracking stack holds: jsonc-parser's path reads it
    }
    pos = next.lastIndex;
    const c = text.charCodeAt(pos - 1);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= MAX_NESTING) return undefined;
      room(count);
      const object = c === 0x7b;
      OBJECTS[depth] = object ? 1 : 0;
      OPEN[depth++] = count++;
      next = object ? OBJECT_START : ARRAY_START;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const k = OPEN[--depth] as number;
      ENDS[k] = pos;
      AFTER[k] = count;
    }
    // After a value: a closed container or a scalar (the match stops after 32 of them).
    if (depth === 0) {
      pos = skipSpace(text, pos);
      break;
    }
    next = OBJECTS[depth - 1] === 1 ? OBJECT_NEXT : ARRAY_NEXT;
  }
  return pos === text.length ? noted(text, count) : undefined;
}

/*
 * The grammar between brackets, as sticky expressions. Each match ends after an opening or closing
 * bracket, or after a scalar value (after 32 values in a row: the engine keeps a backtracking
 * entry per repetition, and a long run would fill its stack); `checkJson` knows which container
 * it is in. Strings: no raw control characters, only JSON's escapes.
 */
const WS = '[ \\t\\n\\r]*';
const STRING = '"[^"\\\\\\u0000-\\u001f]*(?:\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\\\\u0000-\\u001f]*)*"';
const SCALAR = `(?:${STRING}|-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)`;
const KEY = `${STRING}${WS}:${WS}`;
/** Members after the first (`,` key value) up to a bracket or the 32nd scalar. */
const MEMBERS = `(?:${WS},${WS}${KEY}${SCALAR}){0,31}(?:${WS},${WS}${KEY}[{[]|${WS}\\})?`;
const ITEMS = `(?:${WS},${WS}${SCALAR}){0,31}(?:${WS},${WS}[{[]|${WS}\\])?`;
/** After `{`: `}`, or a first member. */
const OBJECT_START = new RegExp(`${WS}(?:\\}|${KEY}(?:[{[]|${SCALAR}${MEMBERS}))`, 'y');
/** After a member's value: `}`, or more members. */
const OBJECT_NEXT = new RegExp(`${WS}(?:\\}|,${WS}${KEY}(?:[{[]|${SCALAR}${MEMBERS}))`, 'y');
/** After `[`: `]`, or a first item. */
const ARRAY_START = new RegExp(`${WS}(?:\\]|[{[]|${SCALAR}${ITEMS})`, 'y');
/** After an item: `]`, or more items. */
const ARRAY_NEXT = new RegExp(`${WS}(?:\\]|,${WS}(?:[{[]|${SCALAR}${ITEMS}))`, 'y');
/** The text's one value: a container's opening bracket, or a scalar and the end of the text. */
const ROOT = new RegExp(`${WS}(?:[{[]|${SCALAR}${WS}$)`, 'y');

/**
 * jsonc-parser's node. Every node has the same members in one order (one shape, so that the code
 * that walks trees stays monomorphic); members jsonc-parser leaves out are undefined here, except
 * `parent`, which the root does not have at all (`RootNode`). A container's children are built on
 * first read; an object's property nodes (and their key nodes) only when asked for: most lookups
 * want a member's value, by name (`objectMembers`), and a property node and its key node cost
 * more than the value node itself.
 */
class RootNode {
  // Fields are assigned in the constructor, in one order (field initializers would cost each node
  // a call to an initializer function while the code is interpreted).
  declare readonly type: NodeType;
  declare value: unknown;
  declare readonly offset: number;
  declare length: number;
  declare colonOffset: number | undefined;
  /** The children once built (a property's key and value from the start); EMPTY while not built. */
  declare built: TreeNode[] | undefined;
  /** For a container: its text's containers, and its opening order among them. */
  declare readonly containers: Containers | undefined;
  declare readonly order: number;
  /** An object's members, once read (`objectMembers`). */
  declare members: Members | undefined;
  /** The node that holds this one: for a member's value, its object until its property node is built. */
  declare up: RootNode | undefined;

  constructor(type: NodeType, value: unknown, offset: number, length: number, containers: Containers | undefined, order: number, up: RootNode | undefined) {
    this.type = type;
    this.value = value;
    this.offset = offset;
    this.length = length;
    this.colonOffset = undefined;
    this.built = containers === undefined ? undefined : EMPTY;
    this.containers = containers;
    this.order = order;
    this.members = undefined;
    this.up = up;
  }

  get children(): TreeNode[] | undefined {
    if (this.built === EMPTY) {
      if (this.type === 'array') this.built = itemsOf(this);
      else {
        const members = membersOf(this);
        const props: TreeNode[] = [];
        for (let i = 0; i < members.values.length; i++) props.push(propertyAt(this, members, i));
        this.built = props;
      }
    }
    return this.built;
  }

  set children(children: TreeNode[] | undefined) {
    this.built = children;
  }
}

/** Every node but the root. */
class TreeNode extends RootNode {
  get parent(): RootNode | undefined {
    const up = this.up as RootNode;
    // A member's value: its property node, built now.
    if (up.type === 'object' && this.type !== 'property') return propertyAt(up, up.members as Members, memberOf(up.members as Members, this.offset));
    return up;
  }
}

/** An object's members: names, value nodes and where each member (its key) starts, index for index; property nodes once built. */
interface Members {
  keys: (string | undefined)[];
  values: TreeNode[];
  starts: number[];
  props: (TreeNode | undefined)[] | undefined;
}

/**
 * An object node's member names and value nodes, index for index, when it is a node of this tree
 * (its members read if they were not); undefined for any other node. Member lookups read these
 * plain arrays instead of each property's `children`.
 */
export function objectMembers(node: object): { keys: (string | undefined)[]; values: TreeNode[] } | undefined {
  if (!(node instanceof RootNode) || node.type !== 'object') return undefined;
  return membersOf(node);
}

/** The property node (key through value) of member `index` of an object `objectMembers` read. */
export function memberProperty(node: object, index: number): TreeNode {
  const object = node as RootNode;
  return propertyAt(object, object.members as Members, index);
}

/** Marks a container whose children are not built yet. */
const EMPTY: TreeNode[] = [];

/** The value at `pos` of a checked text; `next` is the opening order of the next container from `pos` on. */
function valueAt(containers: Containers, pos: number, next: number, parent: RootNode | undefined): TreeNode {
  const text = containers.text;
  const c = text.charCodeAt(pos);
  // The root (no parent) is the one node without a `parent` member (typed as the others here).
  const Node = (parent === undefined ? RootNode : TreeNode) as typeof TreeNode;
  if (c === 0x7b || c === 0x5b) return new Node(c === 0x7b ? 'object' : 'array', undefined, pos, (containers.ends[next] as number) - pos, containers, next, parent);
  if (c === 0x22) {
    const value = stringAt(text, pos);
    return new Node('string', value, pos, STRING_END.at - pos, undefined, -1, parent);
  }
  if (c === 0x74) return new Node('boolean', true, pos, 4, undefined, -1, parent);
  if (c === 0x66) return new Node('boolean', false, pos, 5, undefined, -1, parent);
  if (c === 0x6e) return new Node('null', null, pos, 4, undefined, -1, parent);
  NUMBER.lastIndex = pos;
  NUMBER.test(text);
  const end = NUMBER.lastIndex;
  return new Node('number', Number(text.slice(pos, end)), pos, end - pos, undefined, -1, parent);
}

/** The value of the string at `pos` of a checked text; it ends at `STRING_END.at`. */
function stringAt(text: string, pos: number): string | undefined {
  // The first quote ends the string when no backslash comes before it (the text is checked: no
  // control characters); then only a backslash in the string means it has escapes to decode.
  const end = text.indexOf('"', pos + 1);
  if (text.charCodeAt(end - 1) !== 0x5c /* \ */) {
    const value = text.slice(pos + 1, end);
    if (value.indexOf('\\') === -1) {
      STRING_END.at = end + 1;
      return value;
    }
  }
  return escapedString(text, pos);
}

/** The items of an array node of a checked text, their containers not yet built. */
function itemsOf(node: RootNode): TreeNode[] {
  const containers = node.containers as Containers;
  const { text, after } = containers;
  const out: TreeNode[] = [];
  let pos = skipSpace(text, node.offset + 1);
  if (text.charCodeAt(pos) === 0x5d /* ] */) return out;
  let next = node.order + 1;
  for (;;) {
    const value = valueAt(containers, pos, next, node);
    pos += value.length;
    if (value.type === 'object' || value.type === 'array') next = after[next] as number;
    out.push(value);
    pos = skipSpace(text, pos);
    if (text.charCodeAt(pos) !== 0x2c /* , */) return out;
    pos = skipSpace(text, pos + 1);
  }
}

/** The members of an object node of a checked text (read once): names and values, their containers not yet built. */
function membersOf(node: RootNode): Members {
  if (node.members !== undefined) return node.members;
  const containers = node.containers as Containers;
  const { text, after } = containers;
  const members: Members = { keys: [], values: [], starts: [], props: undefined };
  node.members = members;
  let pos = skipSpace(text, node.offset + 1);
  if (text.charCodeAt(pos) === 0x7d /* } */) return members;
  let next = node.order + 1;
  for (;;) {
    members.starts.push(pos);
    members.keys.push(stringAt(text, pos));
    pos = skipSpace(text, skipSpace(text, STRING_END.at) + 1); // past the colon
    const value = valueAt(containers, pos, next, node);
    pos += value.length;
    if (value.type === 'object' || value.type === 'array') next = after[next] as number;
    members.values.push(value);
    pos = skipSpace(text, pos);
    if (text.charCodeAt(pos) !== 0x2c /* , */) return members;
    pos = skipSpace(text, pos + 1);
  }
}

/** The index of the member whose value starts at `offset` (members start in order, each before its value). */
function memberOf(members: Members, offset: number): number {
  const starts = members.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) < offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The property node of member `index` (and its key node), built once. */
function propertyAt(object: RootNode, members: Members, index: number): TreeNode {
  const props = (members.props ??= []);
  const built = props[index];
  if (built !== undefined) return built;
  const text = (object.containers as Containers).text;
  const start = members.starts[index] as number;
  const value = members.values[index] as TreeNode;
  const property = new TreeNode('property', undefined, start, value.offset + value.length - start, undefined, -1, object);
  const key = new TreeNode('string', stringAt(text, start), start, 0, undefined, -1, property);
  key.length = STRING_END.at - start;
  property.colonOffset = skipSpace(text, STRING_END.at);
  property.built = [key, value];
  value.up = property;
  props[index] = property;
  return property;
}

/** Spaces between tokens, as JSON has them. */
const SPACE = /[ \n\r\t]*/y;
/** A JSON number, as the grammar has it. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The offset after the spaces at `pos`. */
function skipSpace(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return pos;
  // One space (after a colon) is common; indentation is longer and left to the expression.
  c = text.charCodeAt(pos + 1);
  if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return pos + 1;
  SPACE.lastIndex = pos + 2;
  SPACE.test(text);
  return SPACE.lastIndex;
}

/** Where the string `escapedString` read last ends. */
const STRING_END = { at: 0 };

/**
 * The value of a string with escapes at `pos`, or undefined
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

import type { Tree, TreeCursor } from 'web-tree-sitter';

/**
 * A tree-sitter node copied into plain JS objects in one cursor walk. Reading a
 * web-tree-sitter `Node` crosses into WASM and allocates on every property access;
 * one walk with a cursor and plain objects afterwards is several times faster.
 */
export interface SyntaxNode {
  readonly type: string;
  readonly isNamed: boolean;
  readonly isMissing: boolean;
  readonly isError: boolean;
  readonly hasError: boolean;
  /** UTF-16 offsets into the parsed text. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly children: SyntaxNode[];
  readonly namedChildren: SyntaxNode[];
  readonly text: string;
}

/** The children of every leaf: one array, never written. */
const NO_CHILDREN: PlainNode[] = [];

/** A syntax node as plain data: copied from a tree-sitter tree here, or built by the native reader (native-parser.ts). */
export class PlainNode implements SyntaxNode {
  /** Set once the walk has seen them all, as an array of their number (see `walk`). */
  children: PlainNode[] = NO_CHILDREN;
  hasError: boolean;
  private named: PlainNode[] | undefined;

  constructor(
    private readonly source: string,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {
    this.hasError = type === 'ERROR' || isMissing;
  }

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  /** The children themselves when all are named (most nodes): no second array. */
  get namedChildren(): PlainNode[] {
    if (this.named === undefined) {
      const children = this.children;
      let all = true;
      for (let i = 0; i < children.length && all; i++) all = (children[i] as PlainNode).isNamed;
      this.named = all ? children : children.filter((c) => c.isNamed);
    }
    return this.named;
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }
}

/** Names and namedness of the grammar's node types by id, read once: one WASM call per node instead of three. */
export interface NodeTypes {
  names: readonly string[];
  named: readonly boolean[];
}

/**
 * The functions of web-tree-sitter's WASM binding that move and read a tree cursor. Each reads the
 * cursor from the binding's transfer buffer and writes it back after a move; web-tree-sitter's
 * `TreeCursor` copies its state into that buffer and out again around every call (eight memory
 * accessor calls per step), which a walk that makes no other call in between can skip.
 */
export interface CursorBinding {
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  readonly HEAP32: Int32Array;
}

const CURSOR_FUNCTIONS = [
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
] as const;

/**
 * The module object web-tree-sitter's `Parser.init` filled in (Emscripten adds the WASM exports to
 * the options object it is given), checked: undefined when this version of web-tree-sitter lacks
 * one of the functions.
 */
export function cursorBinding(module: object): CursorBinding | undefined {
  const m = module as Record<string, unknown>;
  return CURSOR_FUNCTIONS.every((f) => typeof m[f] === 'function') && m['HEAP32'] instanceof Int32Array ? (module as CursorBinding) : undefined;
}

/** What a tree is walked with: the binding, and the address of its transfer buffer (`ts_init`'s result). */
export interface Walker {
  binding: CursorBinding;
  transfer: number;
}

/** web-tree-sitter keeps the WASM addresses of a tree and a cursor at index 0 (and 0–3) of the object. */
type Handles = Record<number, number>;

/**
 * Copies the tree into plain nodes in one walk that calls the WASM binding directly: the cursor
 * stays in the transfer buffer from `walk()` to the end, and the JS cursor object takes its final
 * state back before it is deleted (a move may have reallocated the cursor's stack).
 */
export function copyTree(tree: Tree, walker: Walker, source: string, types: NodeTypes, mayHaveErrors: boolean): { root: SyntaxNode; comments: SyntaxNode[] } {
  const cursor = tree.walk();
  try {
    return walk(walker.binding, (tree as unknown as Handles)[0] as number, source, types, mayHaveErrors);
  } finally {
    adoptCursorState(cursor, walker);
    cursor.delete();
  }
}

/** Gives a JS cursor the state the binding's calls left in the transfer buffer. */
export function adoptCursorState(cursor: TreeCursor, walker: Walker): void {
  const heap = walker.binding.HEAP32;
  const at = walker.transfer >> 2;
  const handles = cursor as unknown as Handles;
  for (let i = 0; i < 4; i++) handles[i] = heap[at + i] as number;
}

function walk(b: CursorBinding, t: number, source: string, types: NodeTypes, mayHaveErrors: boolean): { root: SyntaxNode; comments: SyntaxNode[] } {
  const comments: SyntaxNode[] = [];
  const make = (): PlainNode => {
    const id = b._ts_tree_cursor_current_node_type_id_wasm(t);
    // Ids past the table are tree-sitter's built-in ERROR symbol.
    const type = types.names[id] ?? 'ERROR';
    const missing = mayHaveErrors && b._ts_tree_cursor_current_node_is_missing_wasm(t) === 1;
    const n = new PlainNode(source, type, types.named[id] ?? true, missing, b._ts_tree_cursor_start_index_wasm(t), b._ts_tree_cursor_end_index_wasm(t));
    if (type === 'comment') comments.push(n);
    return n;
  };
  const root = make();
  /** The nodes from the root to the cursor's. */
  const stack: PlainNode[] = [root];
  /**
   * The children met so far of every node on the stack that has some, in order; `starts` says where
   * each such node's begin. A node's children become one array of their number when the last is
   * done (pushing into an array per node gave each a backing store of 17 slots: most of the
   * memory a module's trees took, which every garbage collection of the parse copied).
   */
  const pending: PlainNode[] = [];
  const starts: number[] = [];
  for (;;) {
    if (b._ts_tree_cursor_goto_first_child_wasm(t) === 1) {
      const n = make();
      starts.push(pending.length);
      pending.push(n);
      stack.push(n);
      continue;
    }
    // No children: climb until a node has a next sibling.
    for (;;) {
      const done = stack.pop() as PlainNode;
      const parent = stack[stack.length - 1];
      if (!parent) return { root, comments };
      if (done.hasError) parent.hasError = true;
      if (b._ts_tree_cursor_goto_next_sibling_wasm(t) === 1) {
        const n = make();
        pending.push(n);
        stack.push(n);
        break;
      }
      parent.children = pending.splice(starts.pop() as number);
      b._ts_tree_cursor_goto_parent_wasm(t);
    }
  }
}

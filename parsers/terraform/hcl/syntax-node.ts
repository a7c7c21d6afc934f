import type { TreeCursor } from 'web-tree-sitter';

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

class PlainNode implements SyntaxNode {
  readonly children: PlainNode[] = [];
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

  get namedChildren(): PlainNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
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

export function copyTree(cursor: TreeCursor, source: string, types: NodeTypes, mayHaveErrors: boolean): { root: SyntaxNode; comments: SyntaxNode[] } {
  const comments: SyntaxNode[] = [];
  const make = (): PlainNode => {
    const id = cursor.nodeTypeId;
    // Ids past the table are tree-sitter's built-in ERROR symbol.
    const type = types.names[id] ?? 'ERROR';
    const n = new PlainNode(source, type, types.named[id] ?? true, mayHaveErrors && cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex);
    if (type === 'comment') comments.push(n);
    return n;
  };
  const root = make();
  const stack: PlainNode[] = [root];
  for (;;) {
    if (cursor.gotoFirstChild()) {
      const n = make();
      stack[stack.length - 1]?.children.push(n);
      stack.push(n);
      continue;
    }
    // No children: climb until a node has a next sibling.
    for (;;) {
      const done = stack.pop() as PlainNode;
      const parent = stack[stack.length - 1];
      if (!parent) return { root, comments };
      if (done.hasError) parent.hasError = true;
      if (cursor.gotoNextSibling()) {
        const n = make();
        parent.children.push(n);
        stack.push(n);
        break;
      }
      cursor.gotoParent();
    }
  }
}

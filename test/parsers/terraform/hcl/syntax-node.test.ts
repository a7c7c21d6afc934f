import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { adoptCursorState, copyTree, cursorBinding, type NodeTypes, type SyntaxNode, type Walker } from '../../../../parsers/terraform/hcl/syntax-node.js';

// copyTree calls web-tree-sitter's WASM binding directly; web-tree-sitter's own Node API is the oracle.
const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../../../..');
const avm = resolve(root, '../shared/corpus/avm/terraform-web-site');
if (!existsSync(avm)) console.warn(`AVM Terraform corpus not found at ${avm}: copyTree is compared on the samples and inline texts only.`);

let parser: Parser;
let walker: Walker;
let types: NodeTypes;

beforeAll(async () => {
  const module = {};
  await Parser.init(module);
  const binding = cursorBinding(module);
  if (!binding) throw new Error('web-tree-sitter lacks the cursor functions');
  walker = { binding, transfer: (module as { _ts_init(): number })._ts_init() };
  const language = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
  const names: string[] = [];
  const named: boolean[] = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    names.push(language.nodeTypeForId(id) ?? 'ERROR');
    named.push(language.nodeTypeIsNamed(id));
  }
  types = { names, named };
});

interface Shape {
  type: string;
  named: boolean;
  missing: boolean;
  error: boolean;
  hasError: boolean;
  start: number;
  end: number;
  text: string;
  children: Shape[];
  /** Type and place of each named child. */
  named_: string[];
}

const fromCopy = (n: SyntaxNode): Shape => ({
  type: n.type,
  named: n.isNamed,
  missing: n.isMissing,
  error: n.isError,
  hasError: n.hasError,
  start: n.startIndex,
  end: n.endIndex,
  text: n.text,
  children: n.children.map(fromCopy),
  named_: n.namedChildren.map((c) => `${c.type}@${c.startIndex}-${c.endIndex}`),
});

const fromApi = (n: Node): Shape => ({
  type: n.type,
  named: n.isNamed,
  missing: n.isMissing,
  error: n.isError,
  hasError: n.hasError,
  start: n.startIndex,
  end: n.endIndex,
  text: n.text,
  children: n.children.filter((c): c is Node => c !== null).map(fromApi),
  named_: n.namedChildren.filter((c): c is Node => c !== null).map((c) => `${c.type}@${c.startIndex}-${c.endIndex}`),
});

function compare(text: string): void {
  const tree = parser.parse(text);
  if (!tree) throw new Error('no tree');
  try {
    const { root: copied, comments } = copyTree(tree, walker, text, types, tree.rootNode.hasError);
    expect(fromCopy(copied)).toEqual(fromApi(tree.rootNode));
    expect(comments.map((c) => [c.startIndex, c.endIndex])).toEqual(tree.rootNode.descendantsOfType('comment').map((c) => [c?.startIndex, c?.endIndex]));
    // The walk left web-tree-sitter's state consistent: the tree is still readable afterwards.
    expect(tree.rootNode.descendantCount).toBeGreaterThan(0);
  } finally {
    tree.delete();
  }
}

function terraformFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...terraformFiles(path));
    else if (/\.(tf|tfvars)$/.test(name)) out.push(path);
  }
  return out;
}

describe('copyTree', () => {
  test.each([
    ['valid text with comments and astral characters', '# 😀\nresource "a" "b" {\n  x = "ü${y}" // c\n  z = [for v in a : v.b if v.c]\n}\n'],
    ['an unclosed block (MISSING node)', 'resource "a" "b" {\n  x = 1\n'],
    ['stray tokens (ERROR nodes)', 'x = = 1\n} }\nblock {\n  y = (\n}\n'],
    ['deep nesting', `x = ${'['.repeat(200)}${']'.repeat(200)}\n`],
    ['an empty file', ''],
  ])('matches the Node API on %s', (_title, text) => compare(text));

  test('matches the Node API on the samples and the AVM corpus', () => {
    const files = [...terraformFiles(join(root, 'samples')), ...(existsSync(avm) ? terraformFiles(avm) : [])];
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) compare(readFileSync(f, 'utf8'));
  });

  test('the JS cursor takes the state of moves made through the binding (its stack may have moved)', () => {
    const text = `x = ${'f('.repeat(40)}1${')'.repeat(40)}\n`;
    const tree = parser.parse(text);
    if (!tree) throw new Error('no tree');
    const cursor = tree.walk();
    try {
      const t = (tree as unknown as Record<number, number>)[0] as number;
      const b = walker.binding;
      // Down to the first child that has children, as deep as it goes.
      const down = (): boolean => {
        if (b._ts_tree_cursor_goto_first_child_wasm(t) !== 1) return false;
        for (;;) {
          if (b._ts_tree_cursor_goto_first_child_wasm(t) === 1) {
            b._ts_tree_cursor_goto_parent_wasm(t);
            return true;
          }
          if (b._ts_tree_cursor_goto_next_sibling_wasm(t) !== 1) {
            b._ts_tree_cursor_goto_parent_wasm(t);
            return false;
          }
        }
      };
      let depth = 0;
      while (down()) depth++;
      expect(depth).toBeGreaterThan(40);
      adoptCursorState(cursor, walker);
      // Read through web-tree-sitter's own API, which copies the JS cursor's state into WASM first.
      expect(cursor.currentDepth).toBe(depth);
      expect(cursor.gotoParent()).toBe(true);
      expect(cursor.currentDepth).toBe(depth - 1);
    } finally {
      cursor.delete();
      tree.delete();
    }
  });
});

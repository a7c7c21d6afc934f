import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import { MAX_NESTING } from '../../../parsers/shared/json-limits.js';
import { strictJsonTree } from '../../../parsers/shared/json-tree.js';
import { member, memberNode, members, readJson } from '../../../parsers/shared/json.js';

/** A node without its parent links (compared apart), members in a fixed order. */
function plain(node: Node): unknown {
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    ...('value' in node ? { value: node.value } : {}),
    ...(node.colonOffset !== undefined ? { colonOffset: node.colonOffset } : {}),
    ...(node.children ? { children: node.children.map(plain) } : {}),
  };
}

/** Every child's parent is the node that holds it; the root has no `parent` member. */
function parentsHold(root: Node): void {
  expect('parent' in root).toBe(false);
  const visit = (node: Node): void => {
    for (const child of node.children ?? []) {
      expect(child.parent).toBe(node);
      visit(child);
    }
  };
  visit(root);
}

/** Both ways of checking a text: `JSON.parse` (small texts) and the grammar expressions (after the first ones). */
const CHECKS = ['parse', 'grammar'] as const;

/** The tree of `text`, checked each way: both give the same answer (or throw). */
function treeOf(text: string): Node | undefined {
  const [byParse, byGrammar] = CHECKS.map((check) => strictJsonTree(text, check));
  expect(byParse === undefined, `JSON.parse and the grammar disagree on ${JSON.stringify(text)}`).toBe(byGrammar === undefined);
  if (byParse && byGrammar) expect(plain(byGrammar)).toEqual(plain(byParse));
  return byGrammar;
}

function sameAsJsonc(text: string): void {
  const errors: unknown[] = [];
  const expected = parseTree(text, errors as never[], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  expect(errors).toEqual([]);
  for (const check of CHECKS) {
    const tree = strictJsonTree(text, check);
    expect(tree, `strict JSON gives a tree (${check})`).toBeDefined();
    expect(plain(tree as Node)).toEqual(plain(expected as Node));
    parentsHold(tree as Node);
  }
}

describe('strictJsonTree builds the tree jsonc-parser builds, for strict JSON', () => {
  const texts = fc.tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n ')).map(([value, indent]) => JSON.stringify(value, null, indent as never));
  const strings = fc.tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 })).map(([a, b]) => JSON.stringify({ [a]: [a, b, { [b]: a }] }));

  it('on generated JSON, in every layout', () => {
    fc.assert(
      fc.property(fc.oneof(texts, strings), (text) => {
        sameAsJsonc(text);
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['escapes', String.raw`{"a\"b": "c\\d\/e\u0041\ud83d\ude00\n\t", "lone": "\ud800"}`],
    ['numbers', '[0, -0, 1.5, -2e10, 3E-2, 1e400, 123456789012345678901234567890]'],
    ['literals and empties', '{"t": true, "f": false, "n": null, "o": {}, "a": [], "s": ""}'],
    ['duplicate keys', '{"a": 1, "a": 2}'],
    ['a scalar root', ' "x" '],
    ['a BOM turned to a space (as readJson does)', ' {"a": 1}'],
    ['nesting at the limit', `${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`],
    ['runs of every kind of space between every token', '\r\n\t {\r\n\t  "a" \t :\n\n [ 1 ,\t2 ,  "x" ,\r\n{ } ] ,  "b":true   } \n\n'],
    ['empty containers in containers', '[[],{},[{}],{"a":[]},{"b":{}}]'],
    ['escaped keys and values, escaped backslashes before a closing quote', String.raw`{"k\\": "v\\\\", "\"": "\\\"", "\u0022x": ["a\\", "\\\\\\"]}`],
    ['a long string with an escape', `{"a": "\\n${'x'.repeat(100_000)}"}`],
    ['long runs of strings holding brackets between brackets', JSON.stringify({ a: Array.from({ length: 200 }, (_, i) => `[x${i}]{"}\\`), b: [{ '[': ']' }] })],
  ])('%s', (_label, text) => {
    sameAsJsonc(text);
  });

  it('on the ARM samples and, when there, the shared corpus', () => {
    const dirs = [resolve(import.meta.dirname, '../../../samples')];
    const corpus = resolve(import.meta.dirname, '../../../../shared/corpus');
    try {
      readdirSync(corpus);
      dirs.push(corpus);
    } catch {
      console.log(`json-tree: ${corpus} is absent; only the samples are compared`);
    }
    let compared = 0;
    for (const dir of dirs) {
      for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!e.isFile() || !e.name.endsWith('.json')) continue;
        const text = readFileSync(join(e.parentPath, e.name), 'utf8');
        try {
          JSON.parse(text);
        } catch {
          continue;
        }
        sameAsJsonc(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});

describe('strictJsonTree builds property nodes only when asked for, the same whichever way', () => {
  const text = JSON.stringify({ a: 1, b: { c: [true, { d: 'x' }] }, 'e\\"': null, a2: 'y' }, null, 2);

  it('a member value reached by name has its property node as parent, the node `children` gives', () => {
    for (const check of CHECKS) {
      const root = strictJsonTree(text, check) as Node;
      const b = member(root, 'b') as Node;
      const c = member(b, 'c') as Node;
      // Parents asked for before any `children` was read: built then, and the same nodes after.
      const bProperty = b.parent as Node;
      expect(bProperty.type).toBe('property');
      expect(bProperty.parent).toBe(root);
      expect(c.parent?.parent).toBe(b);
      expect(root.children?.[1]).toBe(bProperty);
      expect(bProperty.children?.[1]).toBe(b);
      expect(memberNode(root, 'B')).toBe(bProperty);
      expect(members(root).map(([key, value, property]) => [key, value, property])).toEqual(root.children?.map((p) => [p.children?.[0]?.value, p.children?.[1], p]));
      expect(plain(root)).toEqual(plain(parseTree(text) as Node));
      parentsHold(root);
    }
  });

  it('a property node asked for by name first, then through its value, then through `children`: one node', () => {
    for (const check of CHECKS) {
      const root = strictJsonTree(text, check) as Node;
      const property = memberNode(root, 'e\\"') as Node;
      expect(property.children?.[0]?.value).toBe('e\\"');
      expect(property.colonOffset).toBe(text.indexOf(':', property.offset + 1));
      const value = member(root, 'e\\"') as Node;
      expect(value.parent).toBe(property);
      expect(root.children?.[2]).toBe(property);
      expect(plain(root)).toEqual(plain(parseTree(text) as Node));
    }
  });

  it('each item of a large object finds its own property node (members found by where they start)', () => {
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i % 3 ? { v: i } : i])));
    for (const check of CHECKS) {
      const root = strictJsonTree(many, check) as Node;
      for (const i of [2999, 0, 1500, 1, 2998]) {
        const value = member(root, `k${i}`) as Node;
        expect(value.parent?.children?.[0]?.value).toBe(`k${i}`);
        expect(value.parent?.parent).toBe(root);
      }
      expect(plain(root)).toEqual(plain(parseTree(many) as Node));
      parentsHold(root);
    }
  });

  it('texts with more containers than the first buffers of the check hold, one after another', () => {
    const large = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ i, a: [[i], {}] })));
    const small = '[{"a": [1]}, [2]]';
    for (const check of CHECKS) {
      const first = strictJsonTree(large, check) as Node;
      const second = strictJsonTree(small, check) as Node;
      expect(plain(first)).toEqual(plain(parseTree(large) as Node));
      expect(plain(second)).toEqual(plain(parseTree(small) as Node));
    }
  });
});

describe('strictJsonTree on hostile strict JSON', () => {
  it('a string with more escapes than a regular expression can step over is read, by one path or the other', () => {
    const text = `["${'x\\n'.repeat(5_000_000)}", {"a": [1]}]`;
    for (const check of CHECKS) {
      const tree = strictJsonTree(text, check);
      if (tree) sameAsJsonc(text);
    }
    const file = readJson('big.json', text);
    expect(file.errors).toEqual([]);
    expect(file.root?.children?.[0]?.value).toBe(JSON.parse(text)[0]);
    expect(file.root?.children?.[1]?.children?.[0]?.children?.[1]?.children?.[0]?.value).toBe(1);
  });
});

describe('strictJsonTree leaves everything else to jsonc-parser (which reports it)', () => {
  it.each([
    ['a line comment', '{"a": 1 // x\n}'],
    ['a block comment', '{/* x */"a": 1}'],
    ['a trailing comma in an object', '{"a": 1,}'],
    ['a trailing comma in an array', '[1,]'],
    ['a raw line break in a string', '{"a": "x\ny"}'],
    ['a raw tab in a string', '{"a": "x\ty"}'],
    ['an unclosed string', '{"a": "x'],
    ['an unclosed object', '{"a": 1'],
    ['a bad escape', '{"a": "\\x"}'],
    ['a leading zero', '[01]'],
    ['a bare minus', '[-]'],
    ['single quotes', "{'a': 1}"],
    ['a word', '[nul]'],
    ['text after the value', '{"a": 1} x'],
    ['two values', '1 2'],
    ['an empty text', ''],
    ['only spaces', '  '],
    ['a missing colon', '{"a" 1}'],
    ['a key that is not a string', '{a: 1}'],
    ['a form feed as space', '\f{"a": 1}'],
    ['nesting past the limit', `${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}`],
    ['deep nesting', `${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`],
    ['deep array nesting', `${'['.repeat(20000)}${']'.repeat(20000)}`],
    ['a raw control character after an escape', '{"a": "\\n\u0001"}'],
    ['a raw control character in a key', '{"a\u0001": 1}'],
    ['a bad unicode escape', '["\\u12G4"]'],
    ['an escaped quote and no end', '["a\\"]'],
    ['a comma before the first member', '{,"a": 1}'],
    ['a missing value', '{"a": }'],
    ['two values in an array without a comma', '[1 2]'],
    ['a closing bracket for a brace', '{"a": 1]'],
  ])('%s', (_label, text) => {
    for (const check of CHECKS) expect(strictJsonTree(text, check), check).toBeUndefined();
  });

  it('refuses exactly what JSON.parse refuses, on JSON with one character changed, checked either way', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\/ \t\n\r\f0123456789-+.eEtrufalsn\u0000\u001fxu'.split(''));
    const edited = fc
      .tuple(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 4 }), fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 3 }), { maxKeys: 3 })), fc.constantFrom(undefined, 0, 1, '\t'), fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'escape'), alphabet)
      .map(([value, indent, at, edit, c]) => {
        const text = JSON.stringify(value, null, indent as never) ?? 'null';
        const i = at % (text.length + 1);
        if (edit === 'insert') return text.slice(0, i) + c + text.slice(i);
        if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1);
        if (edit === 'escape') return `${text.slice(0, i)}\\${c}${text.slice(i)}`;
        return text.slice(0, i) + c + text.slice(i + 1);
      });
    fc.assert(
      fc.property(edited, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        for (const check of CHECKS) expect(strictJsonTree(text, check) !== undefined, `${check}: ${JSON.stringify(text)}`).toBe(valid);
        if (valid) sameAsJsonc(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const tree = treeOf(text);
        if (tree) sameAsJsonc(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('strictJsonTree picks its check by how much text the thread has checked', () => {
  it('JSON.parse for the first texts, the grammar once GRAMMAR_AFTER characters have been checked', async () => {
    vi.resetModules();
    const fresh = await import('../../../parsers/shared/json-tree.js');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const small = JSON.stringify({ a: ['x', 1, { b: null }] });
      expect(fresh.strictJsonTree(small)).toBeDefined();
      expect(parse).toHaveBeenCalledTimes(1);
      const large = JSON.stringify({ a: 'y'.repeat(fresh.GRAMMAR_AFTER) });
      expect(fresh.strictJsonTree(large)).toBeDefined();
      expect(fresh.strictJsonTree(small)).toBeDefined();
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

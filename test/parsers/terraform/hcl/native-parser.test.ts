import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HclDocument } from '../../../../parsers/terraform/hcl/ast.js';
import { MAX_NATIVE_NODES, parseHclNative } from '../../../../parsers/terraform/hcl/native-parser.js';
import { loadGrammarReader, type HclReader } from '../../../../parsers/terraform/hcl/tree-sitter.js';

// The tree-sitter grammar is the oracle: where it reads a text without errors, the native reader
// must give the same document; where it finds errors, the native reader must leave the text to it.
const root = resolve(import.meta.dirname, '../../../..');
const corpus = resolve(root, '../shared/corpus');
if (!existsSync(corpus)) console.warn(`corpus not found at ${corpus}: the native HCL reader is compared on the samples, fixtures and generated texts only.`);

let grammar: HclReader;
beforeAll(async () => {
  grammar = await loadGrammarReader();
});

function hclFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hclFiles(path, out);
    else if (/\.(tf|tfvars|hcl)$/.test(name)) out.push(path);
  }
  return out;
}

/** The native reader agrees with the grammar on `text`: same document, or it leaves the text to the grammar. */
function agree(text: string): { native: HclDocument | undefined; oracle: HclDocument } {
  const native = parseHclNative(text);
  const oracle = grammar.parse(text);
  if (native) expect(native).toEqual(oracle);
  return { native, oracle };
}

// More real Terraform to compare on, from outside the project (never copied into it): directories
// in MTLSLINT_HCL_CORPUS, separated as PATH is.
const extra = (process.env['MTLSLINT_HCL_CORPUS'] ?? '').split(delimiter).filter((d) => d !== '');

describe('real files: the same document as the grammar, and every well-formed one read natively', () => {
  const files = [...hclFiles(join(root, 'samples')), ...hclFiles(join(root, 'test')), ...hclFiles(join(corpus, 'avm')), ...extra.flatMap((d) => hclFiles(resolve(d)))];
  test('there are files to compare', () => {
    expect(files.length).toBeGreaterThan(50);
  });
  test.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file as string, 'utf8');
    const { native, oracle } = agree(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    if (oracle.errors.length === 0) expect(native, 'a well-formed file the native reader left to the grammar').toBeDefined();
    else expect(native).toBeUndefined();
  });
});

/** Texts where the two could part: each must be read natively and agree, or (`grammar`) be left to the grammar. */
const CASES: Array<[string, 'native' | 'grammar']> = [
  ['', 'native'],
  ['# only a comment', 'native'],
  ['a = 1\n', 'native'],
  ['a = 1 b = 2\n', 'native'],
  ['a = x\n["y"] = 1\n', 'grammar'],
  ['a = a-b\nb = a - b\nc = 1-2\nd = a -1\n', 'native'],
  ['a = true-1\nb = trueish\nc = null\nd = false\n', 'native'],
  ['a = !b\nc = !!d\ne = -f.g\nh = - - i\nj = -a * b\nk = !a == b\n', 'native'],
  ['a = 1 + 2 * 3 - 4 / 5 % 6\nb = a < b == c >= d && e || f != g <= h > i\n', 'native'],
  ['a = (1 + 2) * 3\nb = (a).b[0].c\nc = ((a))\n', 'native'],
  ['a = b ? c : d\ne = b ? c : d ? e : f\nf = b ? c ? d : e : f\ng = a == b ? c + 1 : d\n', 'native'],
  ['a = x.0.1\nb = x.0\nc = x. 0\nd = x. y\n', 'native'],
  ['a = x[*].y[0].z\nb = x.*.y.0\nc = x[*]\nd = x.*\ne = x[*][0]\nf = x.*.*\n', 'native'],
  ['a = x[ * ]\n', 'grammar'],
  ['a = f()\nb = f(1)\nc = f(1,)\nd = f(1, 2...)\ne = provider::p::f(1)\nf = g (1)\n', 'native'],
  ['a = f(1, ...)\n', 'grammar'],
  ['a = [for x in y : x]\nb = [for i, x in y : x if i > 0]\nc = {for k, v in m : k => v}\nd = {for k, v in m : v => k...}\ne = {for k, v in m : k => v... if v != null}\n', 'native'],
  ['a = [for_each]\nb = [format(x)]\nc = { for_each = 1 }\n', 'native'],
  ['a = [for]\n', 'grammar'],
  ['a = []\nb = [1]\nc = [1,]\nd = [1, [2, [3]]]\ne = {}\nf = { a = 1, b = 2 }\ng = { a = 1\n b = 2 }\nh = { "a": 1, (k) = 2 }\n', 'native'],
  ['a = [1 2]\n', 'grammar'],
  ['a = "plain"\nb = ""\nc = "esc \\" \\n \\t \\r \\\\ \\u00e9 \\U0001F600"\nd = "$${x} %%{y} $$ %% $x %y"\n', 'native'],
  ['a = "bad \\q escape"\n', 'grammar'],
  ['a = "${x}"\nb = "a${x}b${y.z}c"\nc = "${~ x ~}"\nd = "${}"\ne = "$$${x}"\nf = "${"nested ${q}"}"\n', 'native'],
  ['a = "%{ if x }yes%{ else }no%{ endif }"\nb = "%{for i in xs}${i},%{endfor}"\nc = "%{~ if x ~}a%{~ endif ~}"\n', 'native'],
  ['a = "%{ if x }never closed"\n', 'grammar'],
  ['a = "multi\nline"\n', 'native'],
  ['a = <<EOF\nhello ${name}\n  %{ if x }y%{ endif }\nEOF\nb = <<-EOT\n    indented\n      more\n    EOT\nc = <<E\nE\n', 'native'],
  ['a = <<EOF\nEOFX\nx EOF\n EOF \n', 'native'],
  ['a = <<EOF\nEOFX\n EOF \nx\n  EOF\n', 'grammar'],
  ['a = <<EOF\r\nwindows ${x}\r\nEOF\r\n', 'native'],
  ['a = <<EOF\nno end', 'grammar'],
  ['a = <<EOF\nends at eof\nEOF', 'grammar'],
  ['a = << EOF\nx\nEOF\n', 'grammar'],
  ['resource "azurerm_linux_web_app" "app" {\n  name = "x" # trailing\n  // line\n  /* block\n */ site_config {\n    a = 1\n  }\n}\n', 'native'],
  ['block label1 "label2" {}\nempty {\n}\n', 'native'],
  ['resource "a${b}" "c" {}\n', 'grammar'],
  ['a = {\n  # comment in an object\n  b = 1 // another\n  /* and */ c = [1, # in a tuple\n 2]\n}\n', 'native'],
  ['a = 1\r\nb = "x" # crlf comment\r\nc = 2\r\n', 'native'],
  ['a = 0x1F\nb = 1.5\nc = 1.5e3\nd = 1.5E-3\ne = 007\n', 'native'],
  ['a = 1e3\n', 'grammar'],
  ['a = x\u00a0\n', 'grammar'],
  ['ünïcode = 1\n', 'grammar'],
  ['a = {\n', 'grammar'],
  ['a = 1\n}\n', 'grammar'],
  ['{ "a": 1 }\n', 'grammar'],
  ['a = "unterminated\n', 'grammar'],
  ['a = 1 /* unterminated', 'grammar'],
  ['a = f(\n  1,\n  2\n)\nb = x\n  .y\n  [0]\n', 'native'],
];

describe('texts where the readers could part', () => {
  test.each(CASES)('%j is read by the %s', (text, reader) => {
    const { native, oracle } = agree(text);
    if (reader === 'native') {
      expect(oracle.errors).toEqual([]);
      expect(native).toBeDefined();
    } else expect(native).toBeUndefined();
  });
});

// Generated expressions: every shape of term, operator and template, nested, with comments and
// newlines between tokens. Where the grammar reads one without errors, the native reader must read
// it and agree; where it finds errors, the native reader must not read it.
const ident = fc.constantFrom('a', 'b_c', 'd-e', 'for_each', 'iff', 'x1', 'true', 'null', 'in');
const gap = fc.constantFrom('', ' ', '\n', ' # c\n', ' /* c */ ', '  ');
const leaf = fc.oneof(
  ident,
  fc.constantFrom('1', '0', '1.5', '0xff', '"s"', '""', '"a${b}c"', '"$${x}"', '"%{ if a }b%{ endif }"', '<<EOT\nx ${y}\nEOT\n', 'f()', 'g(1, 2)'),
);
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||'), tie('e'), gap).map(([l, op, r, g]) => `${l}${g}${op} ${r}`),
    fc.tuple(fc.constantFrom('-', '!'), tie('e')).map(([op, e]) => `${op}${e}`),
    fc.tuple(tie('e'), tie('e'), tie('e'), gap).map(([c, t, e, g]) => `${c} ?${g}${t} : ${e}`),
    tie('e').map((e) => `(${e})`),
    fc.tuple(tie('e'), fc.constantFrom('.a', '.0', '[0]', '[*].b', '.*.c', '[x]')).map(([e, s]) => `${e}${s}`),
    fc.array(tie('e'), { maxLength: 3 }).map((es) => `[${es.join(', ')}]`),
    fc.array(fc.tuple(ident, tie('e')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k} = ${v}`).join('\n')}}`),
    fc.tuple(tie('e'), tie('e')).map(([c, v]) => `[for k, v in ${c} : ${v}]`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, k, v]) => `{for v in ${c} : ${k} => ${v} if v}`),
    fc.array(tie('e'), { maxLength: 3 }).map((es) => `f(${es.join(', ')})`),
    tie('e').map((e) => `"x\${${e}}y"`),
    fc.tuple(fc.constantFrom('<<', '<<-'), fc.constantFrom('', '  ', '\t'), tie('e'), fc.constantFrom('\n', '\r\n')).map(
      ([marker, indent, e, nl]) => `${marker}EOT${nl}${indent}a \${${e}}${nl}${indent}%{ if ${e} }${nl}${indent}b${nl}${indent}%{ endif }${nl}${indent}EOT${nl}`,
    ),
    fc.tuple(tie('e'), tie('e')).map(([c, e]) => `"%{ for x in ${c} }\${${e}}%{ endfor }"`),
  ),
})).e;

/** Bodies: attributes and blocks with labels, nested, with comments and blank lines between. */
const body: fc.Arbitrary<string> = fc.letrec<{ b: string }>((tie) => ({
  b: fc
    .array(
      fc.oneof(
        fc.tuple(ident, gap, expr).map(([k, g, e]) => `${k} =${g}${e}\n`),
        fc.tuple(ident, fc.array(fc.constantFrom('"l"', 'label', '"a b"', '""'), { maxLength: 2 }), gap, tie('b')).map(([t, ls, g, b]) => `${t} ${ls.join(' ')}${g}{\n${b}}\n`),
        fc.constantFrom('# c\n', '// c\n', '/* c */\n', '\n'),
      ),
      { maxLength: 4 },
    )
    .map((items) => items.join('')),
})).b;

test('generated expressions: agree with the grammar, and read natively wherever it finds no errors', () => {
  const seen = { native: 0, grammar: 0 };
  fc.assert(
    fc.property(expr, (e) => {
      const { native, oracle } = agree(`x = ${e}\n`);
      if (oracle.errors.length === 0) expect(native).toBeDefined();
      else expect(native).toBeUndefined();
      seen[native ? 'native' : 'grammar']++;
    }),
    { numRuns: 400 },
  );
  expect(seen.native).toBeGreaterThan(200);
});

test('generated bodies: agree with the grammar, and read natively wherever it finds no errors', () => {
  fc.assert(
    fc.property(body, (b) => {
      const { native, oracle } = agree(b);
      if (oracle.errors.length === 0) expect(native).toBeDefined();
      else expect(native).toBeUndefined();
    }),
    { numRuns: 200 },
  );
});

test('generated expressions with one character dropped or added: never a document the grammar would not give', () => {
  const seen = { native: 0, errors: 0 };
  const edit = fc.tuple(expr, fc.nat(), fc.boolean(), fc.constantFrom(...'{}[]()"$%~.,:=?<-!#*/\n '));
  fc.assert(
    fc.property(edit, ([e, at, drop, c]) => {
      const text = `x = ${e}\n`;
      const i = at % text.length;
      const { native, oracle } = agree(drop ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + c + text.slice(i));
      if (oracle.errors.length > 0) {
        expect(native).toBeUndefined();
        seen.errors++;
      } else if (native) seen.native++;
    }),
    { numRuns: 600 },
  );
  // Both sides were exercised: texts the grammar reads, and texts it finds errors in.
  expect(seen.native).toBeGreaterThan(50);
  expect(seen.errors).toBeGreaterThan(50);
});

test('a text of more nodes than the bound is left to the grammar', () => {
  const big = Array.from({ length: MAX_NATIVE_NODES / 2 }, (_, i) => `a${i} = 1`).join('\n');
  expect(parseHclNative(big)).toBeUndefined();
  expect(parseHclNative('a = 1')).toBeDefined();
});

test('nesting deeper than the stack is left to the grammar, not thrown', () => {
  expect(parseHclNative(`a = ${'['.repeat(20_000)}${']'.repeat(20_000)}`)).toBeUndefined();
});

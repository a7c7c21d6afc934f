import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node, Program, Statement } from '../../../parsers/bicep/ast.js';
import { parseBicep } from '../../../parsers/bicep/syntax.js';
import { name, sx } from './print.js';

function parseOk(text: string, file = 'main.bicep'): Program {
  const r = parseBicep(text, file);
  expect(r.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`)).toEqual([]);
  return r.tree;
}

/** The value of `var x = <src>`, printed. */
function expr(src: string): string {
  const s = parseOk(`var x = ${src}\n`).statements[0];
  if (s?.kind !== 'Variable') throw new Error(`not a variable: ${s?.kind}`);
  return sx(s.value);
}

/** `line:column CODE` of every diagnostic. */
function errors(text: string, file = 'main.bicep'): string[] {
  return parseBicep(text, file).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`);
}

function summary(s: Statement): string {
  switch (s.kind) {
    case 'Parameter':
      return `param ${name(s.name)} ${sx(s.type)}${s.defaultValue ? ` = ${sx(s.defaultValue)}` : ''}`;
    case 'ParameterAssignment':
      return `param ${name(s.name)} = ${sx(s.value)}`;
    case 'Variable':
      return `var ${name(s.name)}${s.type ? ` ${sx(s.type)}` : ''} = ${sx(s.value)}`;
    case 'Type':
      return `type ${name(s.name)} = ${sx(s.value)}`;
    case 'Output':
      return `output ${name(s.name)} ${sx(s.type)} = ${sx(s.value)}`;
    case 'Resource':
      return `${s.decorators.length ? `@${s.decorators.length} ` : ''}resource ${name(s.name)} ${sx(s.type)}${s.existing ? ' existing' : ''} = ${sx(s.value)}`;
    case 'Module':
      return `module ${name(s.name)} ${sx(s.path)} = ${sx(s.value)}`;
    case 'TargetScope':
      return `targetScope = ${sx(s.value)}`;
    case 'Metadata':
      return `metadata ${name(s.name)} = ${sx(s.value)}`;
    case 'Function':
      return `func ${name(s.name)}(${s.parameters.map((p) => (p.kind === 'Skipped' ? '<skipped>' : `${name(p.name)} ${sx(p.type)}`)).join(', ')}) ${sx(s.returnType)} => ${sx(s.body)}`;
    case 'Import':
      return `import ${s.symbols ? `{${s.symbols.map((i) => (i.kind === 'Skipped' ? '<skipped>' : `${i.name.kind === 'String' ? sx(i.name) : i.name.kind === 'Identifier' ? i.name.name : '?'}${i.alias ? ` as ${name(i.alias)}` : ''}`)).join(', ')}}` : `* as ${s.wildcardAlias ? name(s.wildcardAlias) : '?'}`} from ${sx(s.from)}`;
    case 'Extension':
      return `${s.keyword} ${s.specification.kind === 'Identifier' ? s.specification.name : sx(s.specification)}${s.config ? ` with ${sx(s.config)}` : ''}${s.alias ? ` as ${name(s.alias)}` : ''}`;
    case 'ExtensionConfig':
      return `extensionConfig ${name(s.name)} with ${sx(s.config)}`;
    case 'Using':
      return `using ${s.path ? sx(s.path) : 'none'}${s.config ? ` with ${sx(s.config)}` : ''}`;
    case 'Extends':
      return `extends ${sx(s.path)}`;
    case 'Assert':
      return `assert ${name(s.name)} = ${sx(s.value)}`;
    case 'Test':
      return `test ${name(s.name)} ${sx(s.path)} = ${sx(s.value)}`;
    case 'MissingDeclaration':
      return '<missing declaration>';
    case 'Skipped':
      return '<skipped>';
  }
}

describe('Bicep parser: statements', () => {
  it.each([
    ['targetScope', "targetScope = 'subscription'", "targetScope = 'subscription'"],
    ['metadata', "metadata owner = 'me'", "metadata owner = 'me'"],
    ['param with default', "param p string = 'a'", "param p string = 'a'"],
    ['param with union type', "param p 'a' | 'b'", "param p (| 'a' 'b')"],
    ['param with nullable array', 'param p string[]?', 'param p string[]?'],
    ['var with type', 'var v int = 1', 'var v int = 1'],
    ['object type with optional and additional properties', 'type T = {\n  a: string?\n  *: int\n}', 'type T = {a: string?, *: int}'],
    ['tuple type', 'type T = [int, string]', 'type T = [int, string]'],
    ['multi-line union with leading pipe', "type T =\n  | 'a'\n  | 'b'", "type T = (| 'a' 'b')"],
    ['resourceInput type', "type T = resourceInput<'Microsoft.Web/sites@2024-04-01'>.properties", "type T = (. (resourceInput<'Microsoft.Web/sites@2024-04-01'>) properties)"],
    ['func', 'func add(a int, b int) int => a + b', 'func add(a int, b int) int => (+ a b)'],
    ['resource', "resource site 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'x'\n}", "resource site 'Microsoft.Web/sites@2024-04-01' = {name: 'x'}"],
    ['existing resource', "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv'\n}", "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {name: 'kv'}"],
    ['conditional resource, if on the next line', "resource r 'A/b@1' =\n  if (deploy) {\n  name: 'x'\n}", "resource r 'A/b@1' = (if (paren deploy) {name: 'x'})"],
    ['resource loop with index', "resource r 'A/b@1' = [for (n, i) in names: {\n  name: n\n}]", "resource r 'A/b@1' = (for n i in names {name: n})"],
    ['resource loop with condition', "resource r 'A/b@1' = [for n in names: if (n != '') {\n  name: n\n}]", "resource r 'A/b@1' = (for n in names (if (paren (!= n '')) {name: n}))"],
    ['nested child resource with decorator', "resource site 'Microsoft.Web/sites@2024-04-01' = {\n  name: 's'\n  @batchSize(1)\n  resource slot 'slots' = {\n    name: 'staging'\n  }\n}", "resource site 'Microsoft.Web/sites@2024-04-01' = {name: 's', (resource slot 'slots' {name: 'staging'})}"],
    ['`resource` as an ordinary key', "resource r 'A/b@1' = {\n  resource: 1\n}", "resource r 'A/b@1' = {resource: 1}"],
    ['module', "module m './site.bicep' = {\n  params: { httpsOnly: true }\n}", "module m './site.bicep' = {params: {httpsOnly: true}}"],
    ['output of a resource type', "output o resource 'A/b@1' = r", "output o (resource 'A/b@1') = r"],
    ['import list with alias', "import { a, b as c, 'd.e' as f } from 'lib.bicep'", "import {a, b as c, 'd.e' as f} from 'lib.bicep'"],
    ['wildcard import', "import * as lib from 'lib.bicep'", "import * as lib from 'lib.bicep'"],
    ['extension', "extension 'br:reg/ext:1.0' with {\n  a: 1\n} as ext", "extension 'br:reg/ext:1.0' with {a: 1} as ext"],
    ['legacy provider import', "import 'az@1.0.0' as az2", "import 'az@1.0.0' as az2"],
    ['assert', 'assert ok = 1 < 2', 'assert ok = (< 1 2)'],
    ['test', "test t 'main.bicep' = {\n  params: {}\n}", "test t 'main.bicep' = {params: {}}"],
  ])('%s', (_name, src, expected) => {
    const statements = parseOk(src).statements;
    expect(statements.map(summary)).toEqual([expected]);
  });

  it.each([
    ['using', "using './main.bicep'", "using './main.bicep'"],
    ['using none', 'using none', 'using none'],
    ['using with', "using 'main.bicep' with {\n  mode: 'stack'\n}", "using 'main.bicep' with {mode: 'stack'}"],
    ['extends', "extends 'base.bicepparam'", "extends 'base.bicepparam'"],
    ['parameter assignment', "param p = readEnvironmentVariable('X', 'd')", "param p = (readEnvironmentVariable 'X' 'd')"],
    ['extensionConfig', 'extensionConfig k8s with {\n  ns: 1\n}', 'extensionConfig k8s with {ns: 1}'],
  ])('bicepparam: %s', (_name, src, expected) => {
    expect(parseOk(src, 'main.bicepparam').statements.map(summary)).toEqual([expected]);
  });

  it('keeps decorators with their declaration, across blank lines and comments', () => {
    const tree = parseOk("@description('d')\n\n// why\n@secure()\nparam p string\n");
    const p = tree.statements[0];
    expect(p?.kind).toBe('Parameter');
    expect(p && 'decorators' in p ? p.decorators.map((d) => sx(d.expression)) : []).toEqual(["(description 'd')", '(secure)']);
  });

  it('gives every node offsets that slice back to its source', () => {
    const text = "resource site 'Microsoft.Web/sites@2024-04-01' = {\n  properties: {\n    httpsOnly: cond ? true : false\n  }\n}\n";
    const s = parseOk(text).statements[0];
    if (s?.kind !== 'Resource' || s.value.kind !== 'Object') throw new Error('unexpected tree');
    expect(text.slice(s.start, s.end)).toBe(text.trimEnd());
    const props = s.value.members[0];
    if (props?.kind !== 'ObjectProperty' || props.value.kind !== 'Object') throw new Error('unexpected tree');
    const https = props.value.members[0];
    if (https?.kind !== 'ObjectProperty') throw new Error('unexpected tree');
    expect(text.slice(https.start, https.end)).toBe('httpsOnly: cond ? true : false');
    expect(text.slice(https.value.start, https.value.end)).toBe('cond ? true : false');
  });
});

describe('Bicep parser: expressions', () => {
  it.each([
    ['multiplicative binds tighter than additive', '1 + 2 * 3 - 4', '(- (+ 1 (* 2 3)) 4)'],
    ['comparison over additive', 'a + 1 < b', '(< (+ a 1) b)'],
    ['equality under comparison', 'a < b == c >= d', '(== (< a b) (>= c d))'],
    ['&& over ||', 'a || b && c', '(|| a (&& b c))'],
    ['?? lowest of binary', 'a.?b ?? c || d', '(?? (.? a b) (|| c d))'],
    ['ternary is right associative', 'a ? b : c ? d : e', '(? a b (? c d e))'],
    ['unary binds tighter than binary', '!a && -b < c', '(&& (! a) (< (- b) c))'],
    ['postfix chain', "a.b[0][?'k'][^1]::c!.d", "(. (!! (:: ([^] ([?] ([] (. a b) 0) 'k') 1) c)) d)"],
    ['namespaced and instance calls', "sys.concat(a, 'b').length(kv.getSecret('s'))", "((sys.concat a 'b').length (kv.getSecret 's'))"],
    ['single-parameter lambda', 'map(xs, x => x * 2)', '(map xs (=> (x) (* x 2)))'],
    ['multi-parameter lambda', 'reduce(xs, 0, (acc, x) => acc + x)', '(reduce xs 0 (=> (acc x) (+ acc x)))'],
    ['lambda without parameters', '() => 1', '(=> () 1)'],
    ['parentheses', '(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
    ['interpolated string with nested string', "'a${b}c${'d${e}'}'", "(str 'a' b 'c' (str 'd' e '') '')"],
    ['escapes are decoded', "'it\\'s\\n\\u{41}'", "'it's\n\u0041'"],
    ['multi-line string drops the first line break', "'''\nline\n'''", "'line\n'"],
    ['object with spread and quoted key', "{\n  ...base\n  'a-b': 1, c: 2\n}", "{...base, 'a-b': 1, c: 2}"],
    ['one-line object with trailing comma', '{ a: 1, b: 2, }', '{a: 1, b: 2}'],
    ['array mixing commas and newlines', "['a', 'b'\n  'c'\n]", "['a' 'b' 'c']"],
    ['array with spread', '[...xs, 1]', '[...xs 1]'],
    ['for-expression', '[for (x, i) in xs: x + i]', '(for x i in xs (+ x i))'],
    ['for-expression across lines', '[\n  for x in xs: {\n    v: x\n  }\n]', '(for x in xs {v: x})'],
    ['newlines before ? and : of a ternary', 'a\n  ? b\n  : c', '(? a b c)'],
    ['newlines in argument lists', 'f(\n  a,\n  b\n)', '(f a b)'],
    ['lambda body on the next line', 'map(xs, x =>\n  x)', '(map xs (=> (x) x))'],
    ['block comment does not break the line', '1 /*\n*/ + 2', '(+ 1 2)'],
    ['big integers keep their text', '18446744073709551615', '18446744073709551615'],
  ])('%s', (_name, src, expected) => {
    expect(expr(src)).toBe(expected);
  });
});

describe('Bicep parser: syntax errors and recovery', () => {
  it.each([
    ['a binary operator cannot wait for the next line', 'var x = 1 +\n2', ['1:12 BCP009', '2:1 BCP007']],
    ['comma then newline', 'var x = {\n  a: 1,\n  b: 2\n}', ['2:8 BCP238']],
    ['missing separator', 'var x = [1 2]', ['1:12 BCP236']],
    ['double comma', 'var x = [1,,2]', ['1:12 BCP009']],
    ['two statements on one line', "var a = 1 var b = 2", ['1:11 BCP019']],
    ['unknown declaration', 'foo bar', ['1:1 BCP007']],
    ['missing parameter name', 'param\n', ['1:6 BCP013']],
    ['missing type', 'param p\n', ['1:8 BCP279']],
    // As the official parser: the colon's recovery skips `1`, then the value is missing too.
    ['missing colon in object', 'var x = {\n  a 1\n}', ['2:5 BCP018', '2:6 BCP009']],
    ['bad property name', 'var x = {\n  3: 1\n}', ['2:3 BCP022']],
    ['empty parentheses', 'var x = ()', ['1:10 BCP243']],
    ['two expressions in parentheses', 'var x = (1, 2)', ['1:10 BCP243']],
    ['chained prefix not', 'var x = !!true', ['1:10 BCP009']],
    ['resource body missing', "resource r 'A/b@1' = 3", ['1:22 BCP118']],
    ['missing resource type string', "resource r = {}\nvar y = 1", ['1:12 BCP068', '1:16 BCP018']],
    ['loop without in', 'var x = [for y xs: y]', ['1:16 BCP012', '1:21 BCP009']],
    ['empty indexer', 'var x = a[]', ['1:11 BCP117']],
    ['integer overflow', 'var x = 18446744073709551616', ['1:9 BCP010']],
    ['array literal inside interpolation', "var x = '${[]}'", ['1:12 BCP087']],
    ['declaration kind not allowed in a parameters file', "using 'main.bicep'\nresource r 'A/b@1' = {}", ['2:1 BCP337']],
    ['wildcard import without alias (the skip to the line end also loses `from`)', "import * from 'x'", ['1:10 BCP012', '1:18 BCP012']],
    ['extension alias missing', "extension 'x' as", ['1:17 BCP202']],
    ['assert name missing', 'assert = 1', ['1:8 BCP344']],
    ['function without return type', 'func f(a int) => a', ['1:15 BCP279', '1:19 BCP018', '1:19 BCP009']],
    ['unterminated multi-line string', "var x = '''abc", ['1:9 BCP140']],
    ['extends without path', 'extends', ['1:8 BCP404']],
    ['using without path', 'using', ['1:6 BCP358']],
  ])('%s', (_name, src, expected) => {
    const file = /^(using|extends)/.test(src) ? 'main.bicepparam' : 'main.bicep';
    expect(errors(src, file)).toEqual(expected);
  });

  it('recovers at the next line: one typo does not hide the statements after it', () => {
    const r = parseBicep("param a string = )\nvar b = 1 +\nparam c int\nresource site 'Microsoft.Web/sites@2024-04-01' = {\n  properties: {\n    httpsOnly: = \n    clientCertEnabled: true\n  }\n}\n", 'main.bicep');
    expect(r.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`)).toEqual(['1:18 BCP009', '2:12 BCP009', '6:16 BCP009']);
    expect(r.tree.statements.map((s) => s.kind)).toEqual(['Parameter', 'Variable', 'Parameter', 'Resource']);
    const site = r.tree.statements[3];
    if (site?.kind !== 'Resource') throw new Error('expected a resource');
    expect(sx(site.value)).toBe('{properties: {httpsOnly: <skipped>, clientCertEnabled: true}}');
  });

  it('never throws, always terminates and keeps spans inside the text on arbitrary input', () => {
    const pieces = ['param', 'var', 'resource', 'x', "'s'", "'a${", '}', '{', '[', '(', ')', ']', '\n', ',', ':', '=', '=>', '?', '.', '@', 'for', 'in', 'if', '|', '...', '1', '!', "'''", '$', '#disable-next-line', '//c', '/*', '*/', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, params) => {
        const text = parts.join(' ');
        const r = parseBicep(text, params ? 'x.bicepparam' : 'x.bicep');
        const visit = (n: unknown): void => {
          if (n === null || typeof n !== 'object') return;
          if (Array.isArray(n)) return n.forEach(visit);
          const node = n as Partial<Node>;
          if (typeof node.start === 'number' && typeof node.end === 'number') {
            expect(node.start).toBeGreaterThanOrEqual(0);
            expect(node.end).toBeGreaterThanOrEqual(node.start);
            expect(node.end).toBeLessThanOrEqual(text.length);
          }
          for (const v of Object.values(n)) visit(v);
        };
        visit(r.tree);
      }),
      { numRuns: 300 },
    );
  });

  it('survives very deep nesting without overflowing the stack', () => {
    for (const open of ['[', '{a:', '(', '!(', "'${"]) {
      const text = `var x = ${open.repeat(5000)}`;
      const t0 = performance.now();
      const r = parseBicep(text, 'deep.bicep');
      expect(r.diagnostics.length).toBeGreaterThan(0);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

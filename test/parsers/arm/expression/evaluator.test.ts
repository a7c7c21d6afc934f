import { describe, expect, it } from 'vitest';
import { member, readJson } from '../../../../parsers/shared/json.js';
import { parseExpression } from '../../../../parsers/shared/arm-expression/parser.js';
import { printExpr } from '../../../../parsers/shared/arm-expression/ast.js';
import { Scope } from '../../../../parsers/arm/scope.js';
import { toJson, type AVal } from '../../../../parsers/shared/arm-value.js';

const declarations = {
  parameters: {
    name: { type: 'string', defaultValue: 'api' },
    prod: { type: 'bool', defaultValue: true },
    mode: { type: 'string', defaultValue: 'Optional' },
    count: { type: 'int', defaultValue: 3 },
    noDefault: { type: 'string' },
    tags: { type: 'object', defaultValue: { env: 'prod', team: 'web' } },
    list: { type: 'array', defaultValue: ['a', 'b'] },
    fromOther: { type: 'string', defaultValue: "[concat(parameters('name'), '-x')]" },
  },
  variables: {
    suffix: "[toUpper(parameters('name'))]",
    chained: "[concat(variables('suffix'), '!')]",
    loopA: "[variables('loopB')]",
    loopB: "[variables('loopA')]",
    cfg: { minTlsVersion: '1.0', nested: { deep: true } },
  },
};

/** Evaluates `expression` in a template with the declarations above. */
function evalExpr(expression: string): AVal {
  const text = JSON.stringify({ ...declarations, probe: expression }, null, 2);
  const file = readJson('/t.json', text);
  const scope = Scope.create(file, file.root!, () => undefined);
  return scope.value(member(file.root, 'probe')!);
}

const UNKNOWN = Symbol('unknown');

const cases: [string, unknown][] = [
  // literals and escapes
  ['plain', 'plain'],
  ['[[not an expression]', '[not an expression]'],
  ["['it''s']", "it's"],
  ['[42]', 42],
  ['[true()]', true],
  ['[false]', false],
  ['[null()]', null],
  // parameters and variables
  ["[parameters('name')]", 'api'],
  ["[parameters('NAME')]", 'api'],
  ["[parameters('fromOther')]", 'api-x'],
  ["[parameters('noDefault')]", UNKNOWN],
  ["[parameters('undeclared')]", UNKNOWN],
  ["[variables('suffix')]", 'API'],
  ["[variables('chained')]", 'API!'],
  ["[variables('loopA')]", UNKNOWN],
  ["[variables('cfg').minTlsVersion]", '1.0'],
  ["[variables('cfg')['nested'].deep]", true],
  ["[variables('cfg').missing]", UNKNOWN],
  ["[parameters('list')[1]]", 'b'],
  // logic
  ["[if(parameters('prod'), 'Required', 'Optional')]", 'Required'],
  ["[if(not(parameters('prod')), 'Required', 'Optional')]", 'Optional'],
  ["[if(parameters('noDefault'), 'a', 'b')]", UNKNOWN],
  ["[equals(parameters('mode'), 'Optional')]", true],
  ["[equals(1, 2)]", false],
  ["[and(true, parameters('prod'))]", true],
  ["[and(false, parameters('noDefault'))]", false],
  ["[or(parameters('noDefault'), true)]", true],
  ["[or(parameters('noDefault'), false)]", UNKNOWN],
  ["[not(true)]", false],
  ["[bool('TRUE')]", true],
  ["[bool(0)]", false],
  ["[bool('maybe')]", UNKNOWN],
  // strings
  ["[concat('a', 'b', 1)]", 'ab1'],
  ["[concat(parameters('list'), createArray('c'))]", ['a', 'b', 'c']],
  ["[format('{0}/{1}', parameters('name'), 'web')]", 'api/web'],
  ["[format('{{literal}} {0}', 'x')]", '{literal} x'],
  ["[format('{0:D2}', 1)]", UNKNOWN],
  ["[toLower('ABC')]", 'abc'],
  ["[replace('a-b-c', '-', '')]", 'abc'],
  ["[trim('  x ')]", 'x'],
  ["[toUpper('abc')]", 'ABC'],
  ["[string(true)]", 'true'],
  ["[string(createObject('a', 1))]", '{"a":1}'],
  ["[int('12')]", 12],
  ["[length('abcd')]", 4],
  ["[length(parameters('list'))]", 2],
  ["[empty('')]", true],
  ["[empty(parameters('tags'))]", false],
  ["[contains('abc', 'b')]", true],
  ["[contains(parameters('tags'), 'ENV')]", true],
  ["[contains(parameters('list'), 'z')]", false],
  // objects and arrays
  ["[union(parameters('tags'), createObject('env', 'dev'))]", { env: 'dev', team: 'web' }],
  ["[union(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2)))]", { a: { x: 1, y: 2 } }],
  ["[union(createArray(1, 2), createArray(2, 3))]", [1, 2, 3]],
  ["[coalesce(null(), 'x')]", 'x'],
  ["[coalesce(parameters('noDefault'), 'x')]", UNKNOWN],
  ["[createObject('k', 'v')]", { k: 'v' }],
  ["[createArray(1, 'a')]", [1, 'a']],
  ["[json('{\"a\": [1, true]}')]", { a: [1, true] }],
  ["[json('not json')]", UNKNOWN],
  ["[tryGet(parameters('tags'), 'missing')]", null],
  // unknowable at build time
  ["[resourceId('Microsoft.Web/sites', 'x')]", UNKNOWN],
  ["[reference('x').properties]", UNKNOWN],
  ["[uniqueString(resourceGroup().id)]", UNKNOWN],
  ["[concat('a', subscription().id)]", UNKNOWN],
  ['[copyIndex()]', UNKNOWN],
  ['[myns.fn(1)]', UNKNOWN],
  // syntax errors are unknown, not exceptions
  ["[concat('a'", "[concat('a'"], // no closing bracket: a literal, as in ARM
  ["[concat('a']", UNKNOWN],
  ["[concat('a' 'b')]", UNKNOWN],
  ["['unterminated]", UNKNOWN],
  ['[#]', UNKNOWN],
];

describe('ARM expression evaluator', () => {
  it.each(cases)('%s', (expression, expected) => {
    const v = evalExpr(expression);
    if (expected === UNKNOWN) {
      expect(v.t).toBe('unknown');
      expect(v.t === 'unknown' && v.reason.length > 0).toBe(true);
    } else expect(toJson(v)).toEqual(expected);
  });

  it('keeps provenance: a parameter passes through to its default value', () => {
    const v = evalExpr("[parameters('mode')]");
    expect(v.origin.trail.map((h) => h.kind)).toEqual(['parameter', 'parameter-default']);
    expect(v.origin.range.start.line).toBe(v.origin.trail[1]?.range.start.line);
  });

  it('keeps provenance: if() reports the expression string with the condition in the trail', () => {
    const v = evalExpr("[if(parameters('prod'), 'Required', 'Optional')]");
    expect(v.origin.trail.map((h) => `${h.kind}:${h.name ?? ''}`)).toEqual(['parameter:prod', 'parameter-default:']);
    const text = JSON.stringify({ ...declarations, probe: '' }, null, 2);
    expect(v.origin.range.start.line).toBe(text.split('\n').findIndex((l) => l.includes('"probe"')) + 1);
  });

  it('prints expressions canonically for name matching', () => {
    const p = parseExpression("[FORMAT( '{0}/{1}' , Parameters('site'), 'web' )]");
    expect(p.ok && printExpr(p.expr)).toBe("format('{0}/{1}',parameters('site'),'web')");
  });

  it('refuses deeply nested expressions without overflowing the stack', () => {
    const deep = `[${'not('.repeat(5000)}true${')'.repeat(5000)}]`;
    expect(parseExpression(deep).ok).toBe(false);
    expect(evalExpr(deep).t).toBe('unknown');
  });
});

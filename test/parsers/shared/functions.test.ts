import { describe, expect, it } from 'vitest';
import { parseMain, sites as bicepSites } from '../bicep/helpers.js';
import { parseFiles, sites as armSites } from '../arm/helpers.js';
import { lintText } from '../../support/rule-tester.js';

/*
 * One template function library for both front ends: each case is written in Bicep and in ARM
 * and must give the same value (read back through `string()` on a site property).
 */
const CASES: [string, string, string][] = [
  ["first(['a', 'b'])", "first(createArray('a', 'b'))", 'a'],
  ["last('abc')", "last('abc')", 'c'],
  ["join(['a', 'b'], ';')", "join(createArray('a', 'b'), ';')", 'a;b'],
  ["split('a,b;c', [',', ';'])", "split('a,b;c', createArray(',', ';'))", '["a","b","c"]'],
  ['range(2, 3)', 'range(2, 3)', '[2,3,4]'],
  ["items({ b: 1, a: 2 })", "items(createObject('b', 1, 'a', 2))", '[{"key":"a","value":2},{"key":"b","value":1}]'],
  ['greater(2, 1)', 'greater(2, 1)', 'true'],
  ["lessOrEquals('a', 'b')", "lessOrEquals('a', 'b')", 'true'],
  ['3 > 4', 'greater(3, 4)', 'false'],
  ['7 / 2 + 7 % 2 * 10 - 1', 'sub(add(div(7, 2), mul(mod(7, 2), 10)), 1)', '12'],
  ["startsWith('Hello', 'he')", "startsWith('Hello', 'he')", 'true'],
  ["endsWith('Hello', 'LO')", "endsWith('Hello', 'LO')", 'true'],
  ["indexOf('abcabc', 'C')", "indexOf('abcabc', 'C')", '2'],
  ["lastIndexOf(['a', 'b', 'a'], 'a')", "lastIndexOf(createArray('a', 'b', 'a'), 'a')", '2'],
  ['take([1, 2, 3], 2)', 'take(createArray(1, 2, 3), 2)', '[1,2]'],
  ["skip('abcd', 1)", "skip('abcd', 1)", 'bcd'],
  ['intersection([1, 2, 3], [2, 3, 4])', 'intersection(createArray(1, 2, 3), createArray(2, 3, 4))', '[2,3]'],
  ["shallowMerge([{ a: 1, b: { x: 1 } }, { b: { y: 2 } }])", "shallowMerge(createArray(createObject('a', 1, 'b', createObject('x', 1)), createObject('b', createObject('y', 2))))", '{"a":1,"b":{"y":2}}'],
  ["objectKeys({ a: 1, b: 2 })", "objectKeys(createObject('a', 1, 'b', 2))", '["a","b"]'],
  ['min([3, 1, 2])', 'min(createArray(3, 1, 2))', '1'],
  ["substring('abcdef', 1, 3)", "substring('abcdef', 1, 3)", 'bcd'],
  ["contains(null, 'a')", "contains(null(), 'a')", 'false'],
  ['length(null)', 'length(null())', '0'],
  // Lambdas: one implementation, built from `x => …` in Bicep and `lambda('x', …)` in ARM.
  ["map(['a', 'b'], (x, i) => '${x}${i}')", "map(createArray('a', 'b'), lambda('x', 'i', format('{0}{1}', lambdaVariables('x'), lambdaVariables('i'))))", '["a0","b1"]'],
  ['filter(range(0, 6), (n, i) => n % 2 == 0 && i > 0)', "filter(range(0, 6), lambda('n', 'i', and(equals(mod(lambdaVariables('n'), 2), 0), greater(lambdaVariables('i'), 0))))", '[2,4]'],
  ['reduce(range(1, 4), 1, (cur, next) => cur * next)', "reduce(range(1, 4), 1, lambda('cur', 'next', mul(lambdaVariables('cur'), lambdaVariables('next'))))", '24'],
  ["reduce(['a', 'b', 'c'], '', (cur, next, i) => i == 1 ? cur : '${cur}${next}')", "reduce(createArray('a', 'b', 'c'), '', lambda('cur', 'next', 'i', if(equals(lambdaVariables('i'), 1), lambdaVariables('cur'), format('{0}{1}', lambdaVariables('cur'), lambdaVariables('next')))))", 'ac'],
  ['sort([8, 3, 10, -13, 5], (a, b) => a < b)', "sort(createArray(8, 3, 10, -13, 5), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))", '[-13,3,5,8,10]'],
  ["sort([{ k: 2, n: 'x' }, { k: 1, n: 'y' }, { k: 2, n: 'z' }], (a, b) => a.k < b.k)", "sort(createArray(createObject('k', 2, 'n', 'x'), createObject('k', 1, 'n', 'y'), createObject('k', 2, 'n', 'z')), lambda('a', 'b', less(lambdaVariables('a').k, lambdaVariables('b').k)))", '[{"k":1,"n":"y"},{"k":2,"n":"x"},{"k":2,"n":"z"}]'],
  ["toObject(['a', 'b'], k => k)", "toObject(createArray('a', 'b'), lambda('k', lambdaVariables('k')))", '{"a":"a","b":"b"}'],
  ["toObject(range(1, 2), i => 'k${i}', i => i * 10)", "toObject(range(1, 2), lambda('i', format('k{0}', lambdaVariables('i'))), lambda('i', mul(lambdaVariables('i'), 10)))", '{"k1":10,"k2":20}'],
  ["groupBy(['ab', 'ac', 'b'], s => substring(s, 0, 1))", "groupBy(createArray('ab', 'ac', 'b'), lambda('s', substring(lambdaVariables('s'), 0, 1)))", '{"a":["ab","ac"],"b":["b"]}'],
  ["mapValues({ a: 1, b: 2 }, v => v + 1)", "mapValues(createObject('a', 1, 'b', 2), lambda('v', add(lambdaVariables('v'), 1)))", '{"a":2,"b":3}'],
  ['map(range(0, 2), i => map(range(0, 2), j => i * 2 + j))', "map(range(0, 2), lambda('i', map(range(0, 2), lambda('j', add(mul(lambdaVariables('i'), 2), lambdaVariables('j'))))))", '[[0,1],[2,3]]'],
];

const bicep = (expr: string) => `resource s 'Microsoft.Web/sites@2023-12-01' = {\n  name: 's'\n  properties: {\n    clientCertExclusionPaths: string(${expr})\n  }\n}\n`;
const arm = (expr: string) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [ { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "s", "properties": { "clientCertExclusionPaths": "[string(${expr})]" } } ]
}
`;

describe('the shared template function library', () => {
  it.each(CASES)('%s (Bicep) and %s (ARM) give %s', async (b, a, expected) => {
    const fromBicep = bicepSites(await parseMain(bicep(b)))[0]?.settings.clientCertExclusionPaths;
    const fromArm = armSites(await parseFiles({ '/infra/main.json': arm(a) }))[0]?.settings.clientCertExclusionPaths;
    expect(fromBicep).toMatchObject({ kind: 'set', value: expected });
    expect(fromArm).toMatchObject({ kind: 'set', value: expected });
  });

  it('compiled Bicep keeps its findings: a TLS version chosen by greater() is an error in both', async () => {
    const b = "param legacyClients int = 1\nresource s 'Microsoft.Web/sites@2023-12-01' = {\n  name: 's'\n  properties: {\n    siteConfig: { minTlsVersion: legacyClients > 0 ? '1.0' : '1.2' }\n  }\n}\n";
    const a = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "legacyClients": { "type": "int", "defaultValue": 1 } },
  "resources": [ { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "s",
    "properties": { "siteConfig": { "minTlsVersion": "[if(greater(parameters('legacyClients'), 0), '1.0', '1.2')]" } } } ]
}
`;
    const at = async (format: 'arm' | 'bicep', code: string) =>
      (await lintText(format, code)).findings.filter((f) => f.ruleId === 'min-tls-version').map((f) => `${f.messageId} ${f.range.start.line}:${f.range.start.column}`);
    expect(await at('bicep', b)).toEqual(['tooLow 5:54']);
    expect(await at('arm', a)).toEqual(['tooLow 6:54']);
  });
});

describe('object spreads', () => {
  it('a key written after an unknown spread is known, in Bicep and in the compiled shallowMerge()', async () => {
    const b = [
      'param extra object', // 1
      "resource s 'Microsoft.Web/sites@2023-12-01' = {", // 2
      "  name: 's'", // 3
      '  properties: {', // 4
      '    clientCertMode: \'Optional\'', // 5
      '    ...extra', // 6
      '    httpsOnly: false', // 7
      '  }', // 8
      '}', // 9
    ].join('\n');
    const a = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "extra": { "type": "object" } },
  "resources": [ { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "s",
    "properties": "[shallowMerge(createArray(createObject('clientCertMode', 'Optional'), parameters('extra'), createObject('httpsOnly', false())))]" } ]
}
`;
    const bs = bicepSites(await parseMain(b))[0]!.settings;
    const as = armSites(await parseFiles({ '/infra/main.json': a }))[0]!.settings;
    for (const s of [bs, as]) {
      expect(s.httpsOnly).toMatchObject({ kind: 'set', value: false });
      // The spread may override what was written before it.
      expect(s.clientCertMode.kind).toBe('unresolved');
      expect(s.clientCertEnabled.kind).toBe('unresolved');
    }
    expect(bs.httpsOnly).toMatchObject({ range: { start: { line: 7, column: 16 } } });
  });
});

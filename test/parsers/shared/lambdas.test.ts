import { describe, expect, it } from 'vitest';
import { minTlsVersion } from '../../../rules/min-tls-version.js';
import { BUDGET_REASON } from '../../../parsers/shared/budget.js';
import type { Finding } from '../../../src/engine/types.js';
import { lintText, onlyRule } from '../../support/rule-tester.js';
import { parseMain, sites as bicepSites, view as bicepView } from '../bicep/helpers.js';
import { parseFiles, sites as armSites, view as armView } from '../arm/helpers.js';

/*
 * Lambdas (`map filter reduce sort toObject groupBy mapValues`) and user-defined functions (Bicep
 * `func`, ARM `functions`), evaluated once in parsers/shared for both dialects: a value that flows
 * through them into a site setting is found where it is written, with the way it came.
 */

const bicepSite = (decls: string, tls: string) =>
  `${decls}\nresource s 'Microsoft.Web/sites@2023-12-01' = {\n  name: 's'\n  properties: {\n    siteConfig: {\n      minTlsVersion: ${tls}\n    }\n  }\n}\n`;

const armSite = (sections: string, tls: string) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
${sections}
  "resources": [
    { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "s",
      "properties": { "siteConfig": { "minTlsVersion": ${JSON.stringify(tls)} } } }
  ]
}
`;

/** `rule/messageId line:column text`: where a finding points, with the source text there. */
function rows(findings: readonly Finding[], text: string): string[] {
  return findings.map((f) => `${f.ruleId}/${f.messageId ?? ''} ${f.range.start.line}:${f.range.start.column} ${text.slice(f.range.startOffset, f.range.endOffset)}`);
}

interface Case {
  name: string;
  bicep: [decls: string, tls: string];
  arm: [sections: string, tls: string];
  /** The finding in each format: rule/messageId line:column and the text it points at. */
  expected: { bicep: string[]; arm: string[] };
}

const CASES: Case[] = [
  {
    name: 'first(filter(…)) picks a version written in a variable',
    bicep: ["var versions = ['1.2', '1.0']", "first(filter(versions, v => v != '1.2'))"],
    arm: ['  "variables": { "versions": ["1.2", "1.0"] },', "[first(filter(variables('versions'), lambda('v', not(equals(lambdaVariables('v'), '1.2')))))]"],
    expected: { bicep: ["min-tls-version/tooLow 1:24 '1.0'"], arm: ['min-tls-version/tooLow 4:38 "1.0"'] },
  },
  {
    name: 'map() reads a member of each item; the finding is at the member',
    bicep: ["var apps = [\n  { name: 'a', tls: '1.1' }\n]", 'map(apps, (app, i) => app.tls)[0]'],
    arm: ['  "variables": { "apps": [ { "name": "a", "tls": "1.1" } ] },', "[map(variables('apps'), lambda('app', 'i', lambdaVariables('app').tls))[0]]"],
    expected: { bicep: ["min-tls-version/tooLow 2:21 '1.1'"], arm: ['min-tls-version/tooLow 4:50 "1.1"'] },
  },
  {
    name: 'sort() and reduce() move items, not where they are written',
    bicep: ["var versions = ['1.2', '1.0', '1.1']", "reduce(sort(versions, (a, b) => a < b), '', (cur, next, i) => i == 0 ? next : cur)"],
    arm: [
      '  "variables": { "versions": ["1.2", "1.0", "1.1"] },',
      "[reduce(sort(variables('versions'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b')))), '', lambda('cur', 'next', 'i', if(equals(lambdaVariables('i'), 0), lambdaVariables('next'), lambdaVariables('cur'))))]",
    ],
    expected: { bicep: ["min-tls-version/tooLow 1:24 '1.0'"], arm: ['min-tls-version/tooLow 4:38 "1.0"'] },
  },
  {
    name: 'toObject() and groupBy() keep the values they were given',
    bicep: ["var tiers = [\n  { tier: 'legacy', tls: '1.0' }\n  { tier: 'modern', tls: '1.2' }\n]", "toObject(tiers, t => t.tier, t => t.tls).legacy"],
    arm: [
      '  "variables": { "tiers": [ { "tier": "legacy", "tls": "1.0" }, { "tier": "modern", "tls": "1.2" } ] },',
      "[toObject(variables('tiers'), lambda('t', lambdaVariables('t').tier), lambda('t', lambdaVariables('t').tls)).legacy]",
    ],
    expected: { bicep: ["min-tls-version/tooLow 2:26 '1.0'"], arm: ['min-tls-version/tooLow 4:56 "1.0"'] },
  },
  {
    name: 'mapValues() and groupBy() of known values',
    bicep: ["var byEnv = {\n  dev: '1.0'\n}", "first(groupBy(items(mapValues(byEnv, v => v)), e => e.key).dev).value"],
    arm: [
      '  "variables": { "byEnv": { "dev": "1.0" } },',
      "[first(groupBy(items(mapValues(variables('byEnv'), lambda('v', lambdaVariables('v')))), lambda('e', lambdaVariables('e').key)).dev).value]",
    ],
    expected: { bicep: ["min-tls-version/tooLow 2:8 '1.0'"], arm: ['min-tls-version/tooLow 4:36 "1.0"'] },
  },
  {
    name: 'a user-defined function returns a literal of its body',
    bicep: ["func tlsFor(legacy bool) string => legacy ? '1.0' : '1.2'", 'tlsFor(true)'],
    arm: [
      `  "functions": [ { "namespace": "__bicep", "members": { "tlsFor": { "parameters": [ { "type": "bool", "name": "legacy" } ], "output": { "type": "string", "value": "[if(parameters('legacy'), '1.0', '1.2')]" } } } } ],`,
      '[__bicep.tlsFor(true())]',
    ],
    // ARM reports a computed value at the expression string that computes it: the function's output.
    expected: { bicep: ["min-tls-version/tooLow 1:45 '1.0'"], arm: [`min-tls-version/tooLow 4:164 "[if(parameters('legacy'), '1.0', '1.2')]"`] },
  },
  {
    name: 'a user-defined function returns its argument: the finding is at the argument',
    bicep: ["var legacy = '1.1'\nfunc pick(v string) string => v", 'pick(legacy)'],
    arm: [
      `  "variables": { "legacy": "1.1" },\n  "functions": [ { "namespace": "__bicep", "members": { "pick": { "parameters": [ { "type": "string", "name": "v" } ], "output": { "type": "string", "value": "[parameters('v')]" } } } } ],`,
      "[__bicep.pick(variables('legacy'))]",
    ],
    expected: { bicep: ["min-tls-version/tooLow 1:14 '1.1'"], arm: ['min-tls-version/tooLow 4:28 "1.1"'] },
  },
  {
    name: 'functions calling functions, in lambdas',
    bicep: ["func isOld(v string) bool => v != '1.2'\nfunc oldest(vs string[]) string => first(filter(vs, v => isOld(v)))", "oldest(['1.2', '1.0'])"],
    arm: [
      `  "functions": [ { "namespace": "__bicep", "members": {
    "isOld": { "parameters": [ { "type": "string", "name": "v" } ], "output": { "type": "bool", "value": "[not(equals(parameters('v'), '1.2'))]" } },
    "oldest": { "parameters": [ { "type": "array", "name": "vs" } ], "output": { "type": "string", "value": "[first(filter(parameters('vs'), lambda('v', __bicep.isOld(lambdaVariables('v')))))]" } } } } ],`,
      "[__bicep.oldest(createArray('1.2', '1.0'))]",
    ],
    // Bicep points at the literal passed; ARM at the expression string that holds it.
    expected: { bicep: ["min-tls-version/tooLow 7:37 '1.0'"], arm: [`min-tls-version/tooLow 9:56 "[__bicep.oldest(createArray('1.2', '1.0'))]"`] },
  },
];

describe('lambdas and user-defined functions reach site settings', () => {
  for (const c of CASES) {
    it(`Bicep: ${c.name}`, async () => {
      const code = bicepSite(...c.bicep);
      const result = await lintText('bicep', code, { rules: onlyRule(minTlsVersion) });
      expect(rows(result.findings, code)).toEqual(c.expected.bicep);
    });
    it(`ARM: ${c.name}`, async () => {
      const code = armSite(...c.arm);
      const result = await lintText('arm', code, { rules: onlyRule(minTlsVersion) });
      expect(rows(result.findings, code)).toEqual(c.expected.arm);
    });
  }

  it('the way a value came through a function is in the trail: the call, then where the argument came from', async () => {
    const code = bicepSite("param legacyTls string = '1.0'\nfunc pick(v string) string => v", 'pick(legacyTls)');
    const setting = bicepSites(await parseMain(code))[0]?.settings.minTlsVersion;
    expect(setting && bicepView(setting)).toEqual({
      kind: 'set',
      value: '1.0',
      at: '1:26-1:30',
      trail: ['property@7:22', 'function(pick)@7:22', 'parameter(legacyTls)@1:1', 'parameter-default@1:26'],
    });
    const result = await lintText('bicep', code, { rules: onlyRule(minTlsVersion) });
    expect(result.findings[0]?.message).toContain("(from parameter 'legacyTls', default '1.0')");
    // Called in a variable: the call is a place of its own on the way.
    const inVariable = bicepSite("param legacyTls string = '1.0'\nfunc pick(v string) string => v\nvar tls = pick(legacyTls)", 'tls');
    const related = (await lintText('bicep', inVariable, { rules: onlyRule(minTlsVersion) })).findings[0]?.related;
    expect(related?.map((r) => `${r.range.start.line}:${r.range.start.column} ${r.message}`)).toEqual([
      "4:1 Microsoft.Web/sites 's' is declared here",
      '8:22 minTlsVersion is set here',
      "3:1 through variable 'tls'",
      "3:11 returned by function 'pick'",
      "1:1 through parameter 'legacyTls'",
    ]);
  });
});

describe('imported user-defined functions', () => {
  const lib = "@export()\nfunc legacyTls() string => '1.0'\n\n@export()\nfunc orDefault(v string?) string => v ?? legacyTls()\n";
  it.each([
    ["import { orDefault } from 'lib.bicep'", 'orDefault(null)'],
    ["import { orDefault as pick } from 'lib.bicep'", 'pick(null)'],
    ["import * as lib from 'lib.bicep'", 'lib.orDefault(null)'],
  ])('%s: the finding is in the file that writes the value', async (imports, call) => {
    const result = await lintText('bicep', bicepSite(imports, call), { rules: onlyRule(minTlsVersion), files: { 'lib.bicep': lib } });
    expect(result.findings.map((f) => `${f.ruleId}/${f.messageId ?? ''} ${f.range.file.split('/').pop()}:${f.range.start.line}:${f.range.start.column}`)).toEqual([
      'min-tls-version/tooLow lib.bicep:2:28',
    ]);
  });
});

describe('what lambdas and functions cannot give is unresolved, with the reason', () => {
  const unresolvedBicep = async (decls: string, tls: string) => {
    const s = bicepSites(await parseMain(bicepSite(decls, tls)))[0]?.settings.minTlsVersion;
    return s && bicepView(s);
  };
  const unresolvedArm = async (sections: string, tls: string) => {
    const s = armSites(await parseFiles({ '/infra/main.json': armSite(sections, tls) }))[0]?.settings.minTlsVersion;
    return s && armView(s);
  };

  it('a Bicep function body sees only its parameters', async () => {
    expect(await unresolvedBicep("var tls = '1.0'\nfunc f() string => tls", 'f()')).toMatchObject({
      kind: 'unresolved',
      reason: "a function can use only its parameters, not 'tls'",
    });
  });

  it('an ARM function body sees only its parameters', async () => {
    const fn = (value: string) =>
      `  "variables": { "tls": "1.0" },\n  "functions": [ { "namespace": "ns", "members": { "f": { "parameters": [], "output": { "type": "string", "value": "${value}" } } } } ],`;
    expect(await unresolvedArm(fn("[variables('tls')]"), '[ns.f()]')).toMatchObject({ kind: 'unresolved', reason: "a function can use only its parameters, not variables('tls')" });
    expect(await unresolvedArm(fn("[parameters('tls')]"), '[ns.f()]')).toMatchObject({ kind: 'unresolved', reason: "a function can use only its parameters, not parameters('tls')" });
  });

  it('recursion is refused (ARM allows none), without a hang', async () => {
    const recursive = `  "functions": [ { "namespace": "ns", "members": { "f": { "parameters": [ { "type": "int", "name": "n" } ], "output": { "type": "string", "value": "[ns.f(add(parameters('n'), 1))]" } } } } ],`;
    expect(await unresolvedArm(recursive, '[ns.f(0)]')).toMatchObject({ kind: 'unresolved', reason: "function 'ns.f' calls itself, which ARM does not allow" });
    expect(await unresolvedBicep('func f(n int) string => f(n + 1)', 'f(0)')).toMatchObject({ kind: 'unresolved', reason: "function 'f' calls itself, which Bicep does not allow" });
  });

  it('a function the template does not define, and a lambda where a value is expected', async () => {
    expect(await unresolvedArm('', '[ns.missing(1)]')).toMatchObject({ kind: 'unresolved', reason: "the template defines no function 'ns.missing'" });
    expect(await unresolvedBicep('', "map(['1.0'], 'x')[0]")).toMatchObject({ kind: 'unresolved', reason: 'map() needs a lambda as argument 2' });
  });

  it('an unknown predicate makes filter() unknown; an unknown accumulator not used leaves reduce() known', async () => {
    expect(await unresolvedBicep('param p string', "first(filter(['1.0'], v => v == p))")).toMatchObject({ kind: 'unresolved' });
    expect(await unresolvedBicep('param p string', "reduce(['1.0'], p, (cur, next) => next)")).toMatchObject({ kind: 'set', value: '1.0' });
  });

  it('hostile nesting is cut by the evaluation budget, in both dialects (no hang, no out-of-memory)', async () => {
    const bicep = await unresolvedBicep('var grid = map(range(0, 10000), i => map(range(0, 10000), j => i * j))', "string(length(grid)) == '0' ? '1.0' : '1.2'");
    expect(bicep).toMatchObject({ kind: 'unresolved', reason: BUDGET_REASON });
    const arm = await unresolvedArm(
      `  "variables": { "grid": "[map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', mul(lambdaVariables('i'), lambdaVariables('j'))))))]" },`,
      "[if(equals(length(variables('grid')), 0), '1.0', '1.2')]",
    );
    expect(arm).toMatchObject({ kind: 'unresolved', reason: BUDGET_REASON });
    // Sorting is bounded the same way.
    const sorted = await unresolvedBicep('var big = sort(range(0, 10000), (a, b) => a > b)', "length(big) == 0 ? '1.0' : '1.2'");
    expect(sorted).toMatchObject({ kind: 'unresolved', reason: BUDGET_REASON });
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Scope } from '../../../parsers/arm/scope.js';
import { BicepScope, type ScopeHost } from '../../../parsers/bicep/evaluate/scope.js';
import { parseBicep } from '../../../parsers/bicep/syntax.js';
import { toJson, type AVal } from '../../../parsers/shared/arm-value.js';
import { member, members, readJson } from '../../../parsers/shared/json.js';
import { compiledPairs, corpusExists, corpusRoot } from './corpus.js';

/*
 * Lambdas and user-defined functions against the official compiler: in every corpus pair whose
 * compiled main.json uses `lambda(` or `functions`, each variable and output that both front ends
 * compute has the same value from main.bicep and from main.json (the compiled form of the same
 * source). A value only one side computes is counted, not failed (resource properties, module
 * outputs and deployment-time functions stay unknown on both).
 */
function pairs(): string[] {
  if (!corpusExists) return [];
  return compiledPairs(['baselines', 'user_submitted'].map((d) => path.join(corpusRoot, d))).filter((dir) => {
    const json = readFileSync(path.join(dir, 'main.json'), 'utf8');
    return json.includes('lambda(') || json.includes('"functions"');
  });
}

const cases = pairs();
if (cases.length === 0) console.warn('No Bicep corpus pairs with lambdas or functions (../shared corpus absent): the lambda differential test is skipped.');

const known = (v: AVal): string | undefined => {
  const j = toJson(v);
  return j === undefined ? undefined : JSON.stringify(j);
};

const totals = { compared: 0, bicepOnly: 0, armOnly: 0 };

describe.skipIf(cases.length === 0)('lambdas and functions: Bicep ↔ compiled JSON values', () => {
  for (const dir of cases) {
    it(`${path.relative(corpusRoot, dir)}: every value both compute is the same`, () => {
      const bicepPath = path.join(dir, 'main.bicep');
      const text = readFileSync(bicepPath, 'utf8');
      const file = { path: bicepPath, text, parsed: parseBicep(text, bicepPath) };
      const readText = (p: string): string | undefined => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
      const imports = new Map<string, BicepScope | undefined>();
      const host: ScopeHost = {
        readText,
        importScope: (p) => {
          if (!imports.has(p)) {
            const t = p.endsWith('.bicep') ? readText(p) : undefined;
            imports.set(p, t === undefined ? undefined : BicepScope.create({ path: p, text: t, parsed: parseBicep(t, p) }, () => undefined, host));
          }
          return imports.get(p);
        },
      };
      const bicep = BicepScope.create(file, () => undefined, host);
      const json = readJson(path.join(dir, 'main.json'), readFileSync(path.join(dir, 'main.json'), 'utf8'));
      const root = json.root;
      if (!root) throw new Error('main.json is not JSON');
      const arm = Scope.create(json, root, () => undefined);

      const mismatches: string[] = [];
      const compare = (what: string, b: AVal, a: AVal | undefined): void => {
        const kb = known(b);
        const ka = a ? known(a) : undefined;
        if (kb !== undefined && ka !== undefined) {
          totals.compared++;
          if (kb !== ka) mismatches.push(`${what}: Bicep ${kb} ≠ ARM ${ka}`);
        } else if (kb !== undefined) totals.bicepOnly++;
        else if (ka !== undefined) totals.armOnly++;
      };
      for (const s of file.parsed.tree.statements) {
        if (s.kind === 'Variable' && s.name.kind === 'Identifier') {
          const name = s.name.name;
          compare(`variable ${name}`, bicep.lookup(name, bicep.range(s)), arm.variable(name));
        } else if (s.kind === 'Output' && s.name.kind === 'Identifier') {
          const out = member(member(member(root, 'outputs'), s.name.name), 'value');
          compare(`output ${s.name.name}`, bicep.evaluate(s.value), out ? arm.value(out) : undefined);
        }
      }
      expect(mismatches).toEqual([]);
      expect([...members(member(root, 'variables'))].length + [...members(member(root, 'outputs'))].length).toBeGreaterThan(0);
    });
  }
  afterAll(() => console.log(`Lambda/function differential: ${totals.compared} values the same from Bicep and compiled JSON; ${totals.bicepOnly} known only from Bicep, ${totals.armOnly} only from JSON`));
});

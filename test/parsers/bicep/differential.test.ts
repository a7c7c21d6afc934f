import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintSources } from '../../../src/engine/lint.js';
import type { Finding } from '../../../src/engine/types.js';
import { compiledPairs, corpusExists, corpusRoot } from './corpus.js';

/*
 * Differential test against the official compiler: every `.bicep` that has its compiled `main.json`
 * beside it (the conformance corpus baselines and user_submitted cases, Microsoft's AVM App Service
 * module, the project's test fixtures) gives the same findings from both, compared as (rule, message id, resource type, setting).
 * A Bicep file that calls a registry module (compiled inline, but not restored here) is compared
 * on what it declares itself: its not-analysed notes say what was left out.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const avmRoot = path.resolve(projectRoot, '../shared/corpus/avm/bicep-web-site');

function pairs(): string[] {
  // The corpus, the AVM module, and the project's own fixtures with a compiled main.json beside them.
  return compiledPairs([...(corpusExists ? ['baselines', 'user_submitted'].map((d) => path.join(corpusRoot, d)) : []), avmRoot, path.join(projectRoot, 'test')]);
}

const cases = pairs();
if (!corpusExists || !existsSync(avmRoot)) console.warn('The ../shared corpus (Bicep conformance, AVM) is absent: the differential test covers the project’s own fixtures only.');

const row = (f: Finding): string => `${f.ruleId}/${f.messageId ?? ''} ${f.subject?.resourceType ?? ''} ${f.subject?.setting ?? ''}`;
const results: { name: string; match: boolean }[] = [];

describe.skipIf(cases.length === 0)('Bicep ↔ compiled JSON differential', () => {
  for (const dir of cases) {
    const name = path.relative(path.dirname(projectRoot), dir);
    it(`${name}: the same findings from main.bicep and main.json`, async () => {
      let match = false;
      try {
        const bicep = await lintSources([{ path: path.join(dir, 'main.bicep'), text: readFileSync(path.join(dir, 'main.bicep'), 'utf8') }], { cwd: dir, root: dir });
        const armDir = `/virtual-arm/${name}`;
        const arm = await lintSources([{ path: `${armDir}/main.json`, text: readFileSync(path.join(dir, 'main.json'), 'utf8') }], { cwd: armDir, root: armDir });
        const partial = bicep.findings.some((f) => f.ruleId === 'not-analysed');
        const b = bicep.findings.filter((f) => f.ruleId !== 'not-analysed' && f.ruleId !== 'parse-error').map(row);
        const a = arm.findings.filter((f) => f.ruleId !== 'parse-error').map(row);
        expect(arm.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
        if (partial) for (const r of new Set(b)) expect(a).toContain(r);
        else expect([...new Set(b)].sort()).toEqual([...new Set(a)].sort());
        match = true;
      } finally {
        results.push({ name, match });
      }
    });
  }
  afterAll(() => console.log(`Bicep/compiled JSON differential: ${results.filter((r) => r.match).length} of ${results.length} pairs give the same findings`));
});

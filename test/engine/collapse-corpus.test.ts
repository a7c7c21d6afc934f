import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_CALLERS } from '../../src/engine/collapse.js';
import { allRules, lintPaths } from '../../src/engine/lint.js';
import type { Finding, LintResult } from '../../src/engine/types.js';
import { buildSarif, FINGERPRINT_KEY } from '../../src/formatters/index.js';

/*
 * Azure Verified Modules: a module reached from many test entry points (Bicep) or examples
 * (Terraform). Which findings there are depends on the evaluators; what is asserted here holds
 * whatever they are: one result per place, unique fingerprints, callers as related locations.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const AVM = resolve(PROJECT, '../shared/corpus/avm');
const present = existsSync(AVM);
if (!present) console.warn(`AVM corpus not found at ${AVM}: the collapsing tests on real modules are skipped.`);

const identity = (f: Finding): string =>
  [f.ruleId, f.messageId, f.subject?.setting ?? '', f.range.file, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.subject ? '' : f.message].join('|');
const place = (r: { file: string; start: { line: number; column: number } }): string => `${r.file}:${r.start.line}:${r.start.column}`;

function expectOneResultPerPlace(result: LintResult): void {
  const fingerprints = result.findings.map((f) => f.fingerprint);
  expect(new Set(fingerprints).size).toBe(fingerprints.length);
  const identities = result.findings.map(identity);
  expect(new Set(identities).size).toBe(identities.length);
  const sarif = buildSarif(result, { rules: allRules(), cwd: PROJECT, root: result.root, color: false, toolVersion: '0.0.0' });
  const sarifPrints = (sarif.runs[0]?.results ?? []).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
  expect(sarifPrints.length).toBe(result.findings.filter((f) => !f.suppressions?.length).length);
  expect(new Set(sarifPrints).size).toBe(sarifPrints.length);
  for (const f of result.findings) {
    // Every caller of every deployment is a related location (up to the cap, then counted).
    const calls = [...new Set((f.instances ?? []).flatMap((i) => i.via.map((v) => place(v.range))))];
    const related = new Set(f.related.map((r) => place(r.range)));
    const listed = calls.filter((c) => related.has(c));
    expect(listed.length, `${f.ruleId} at ${place(f.range)}`).toBe(Math.min(calls.length, MAX_LISTED_CALLERS));
    // Notes (no resource, no instances) count their deployments themselves.
    if (f.instances === undefined) continue;
    const deployments = new Set(f.instances.map((i) => `${i.via.map((v) => place(v.range)).join('>')}#${i.instance ?? ''}`)).size;
    if (deployments > 1) expect(f.message).toContain(`(in ${deployments} deployments)`);
    else expect(f.message).not.toMatch(/\(in \d+ deployments\)/);
  }
}

describe.skipIf(!present)('AVM corpus: one result per place', () => {
  it('Bicep web site module with its e2e test callers', async () => {
    const result = await lintPaths([join(AVM, 'bicep-web-site')], { cwd: PROJECT, root: join(AVM, 'bicep-web-site') });
    expectOneResultPerPlace(result);
    // The module is reached from the e2e tests: their module calls are related locations of one result.
    const viaTests = result.findings.filter((f) => f.related.filter((r) => r.range.file.includes('/tests/e2e/')).length > 1);
    expect(viaTests.length).toBeGreaterThan(0);
  }, 120_000);

  it('Terraform web site module with its examples, linted together', async () => {
    const result = await lintPaths([join(AVM, 'terraform-web-site/examples')], { cwd: PROJECT, root: join(AVM, 'terraform-web-site') });
    expectOneResultPerPlace(result);
    const all = await lintPaths([join(AVM, 'terraform-web-site')], { cwd: PROJECT, root: join(AVM, 'terraform-web-site') });
    expectOneResultPerPlace(all);
  }, 120_000);
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { githubProfileProblems, sarifSchemaErrors } from '../support/sarif-schema.js';

const SAMPLES = resolve(import.meta.dirname, '../../samples');

async function sarifOf(cwd: string, args: string[] = []): Promise<Log> {
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: () => {}, cwd, env: {}, isTTY: false, readStdin: () => '' };
  await main(['lint', '-f', 'sarif', ...args], io);
  return JSON.parse(out.join('')) as Log;
}

/** A copy of the samples in a fresh repository (a `.git` folder marks the root). */
function repoWithSamples(): string {
  const root = mkdtempSync(join(tmpdir(), 'mtlslint-sarif-'));
  mkdirSync(join(root, '.git'));
  cpSync(SAMPLES, join(root, 'infra'), { recursive: true });
  return root;
}

describe('SARIF from the CLI on samples/', () => {
  it('validates against the SARIF 2.1.0 schema and GitHub code scanning profile', async () => {
    const log = await sarifOf(repoWithSamples(), ['infra']);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(githubProfileProblems(log)).toEqual([]);
    expect(log.runs[0]?.results?.length).toBeGreaterThan(5);
  });

  it('uses URIs relative to the repository root, not the working directory', async () => {
    const root = repoWithSamples();
    const log = await sarifOf(join(root, 'infra', 'arm'), ['legacy-portal']);
    const uris = new Set(log.runs[0]?.results?.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri));
    // The certificate password is written in the parameter file, so that finding points there.
    expect([...uris].sort()).toEqual(['infra/arm/legacy-portal/azuredeploy.json', 'infra/arm/legacy-portal/azuredeploy.parameters.json']);
  });

  it('has results: [] and still lists the rules when clean', async () => {
    const log = await sarifOf(repoWithSamples(), ['infra/arm/secure-api']);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules?.length).toBe(14);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('keeps fingerprints when unrelated lines are inserted above', async () => {
    const root = repoWithSamples();
    const file = join(root, 'infra/arm/legacy-portal/azuredeploy.json');
    const fingerprints = async () =>
      (await sarifOf(root, ['infra'])).runs[0]?.results?.map((r) => `${r.ruleId} ${r.partialFingerprints?.['mtlslint/v1']}`).sort();
    const before = await fingerprints();
    const lineBefore = (await sarifOf(root, ['infra'])).runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region?.startLine;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"contentVersion": "1.0.0.0",', '"contentVersion": "1.0.0.0",\n  // Owned by the portal team.\n  // Reviewed 2026-11.\n'));
    const after = await fingerprints();
    const lineAfter = (await sarifOf(root, ['infra'])).runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region?.startLine;
    expect(lineAfter).toBe((lineBefore ?? 0) + 3);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(before?.length);
  });

  it('sets runAutomationDetails.id when asked', async () => {
    const log = await sarifOf(repoWithSamples(), ['infra', '--sarif-automation-id', 'mtlslint/arm/']);
    expect(log.runs[0]?.automationDetails?.id).toBe('mtlslint/arm/');
  });
});

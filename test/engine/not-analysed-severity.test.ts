import { describe, expect, it } from 'vitest';
import { lintSources, type LintOptions } from '../../src/engine/lint.js';
import { coverageLine } from '../../src/formatters/findings.js';

/*
 * The engine's own `not-analysed` notes (a refused path, the cap on findings per rule and resource,
 * the cap per file) follow the configured severity of `not-analysed` like every engine diagnostic;
 * turned off they are not listed, but the coverage still counts them: nothing becomes silent.
 */

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
// 600 sites with https-only off: over the cap of findings per file (500).
const manySites = JSON.stringify(
  {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    resources: Array.from({ length: 600 }, (_, i) => ({ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: `s${i}`, properties: { httpsOnly: false } })),
  },
  null,
  1,
);
// One site whose exclusion paths hold 150 bad entries: over the cap of findings per rule and resource (100).
const manyPaths = `resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'x'
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Optional'
    clientCertExclusionPaths: '${Array.from({ length: 150 }, (_, i) => `p${i}`).join(';')}'
  }
}
`;
// A path outside the linted tree: refused, with a note where it is named.
const refused = `var t = loadTextContent('../../../../etc/hostname')\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: t\n  properties: { httpsOnly: true }\n}\n`;

const SOURCES = [
  { path: 'infra/many.json', text: manySites },
  { path: 'infra/paths.bicep', text: manyPaths },
  { path: 'infra/refused.bicep', text: refused },
];

async function run(rules: LintOptions['rules']) {
  const result = await lintSources(SOURCES, { cwd: '/virtual/repo', root: '/virtual/repo', ...(rules ? { rules } : {}) });
  const notes = result.findings.filter((f) => f.ruleId === 'not-analysed');
  const at = (file: string) =>
    notes.filter((f) => f.range.file === `/virtual/repo/infra/${file}`).map((f) => [f.severity, f.range.start.line, f.range.start.column, f.message.replace(/\d+ more/, 'N more')]);
  return { result, notes, at };
}

describe('not-analysed notes of the engine follow the configured severity', () => {
  it('by default: notes at their places, counted in the coverage', async () => {
    const { result, at } = await run(undefined);
    expect(at('many.json')).toEqual([['note', 1, 1, 'N more findings in this file are not listed (at most 500 per file are reported); fix or suppress the ones shown and lint again']]);
    expect(at('paths.bicep')).toContainEqual(['note', 1, 1, expect.stringMatching(/^N more client-cert-exclusion-paths findings on Microsoft\.Web\/sites 'x' are not listed \(at most 100 per rule and resource\)$/)]);
    expect(at('refused.bicep')).toEqual([['note', 1, 9, expect.stringMatching(/outside the linted tree/)]]);
    expect(result.coverage?.notAnalysed).toBeGreaterThanOrEqual(3);
    expect(result.coverage?.notAnalysedHidden).toBeUndefined();
  });

  it('raised to error: every engine note is an error', async () => {
    const { notes, result } = await run({ 'not-analysed': 'error' });
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const n of notes) expect(n.severity).toBe('error');
    expect(result.coverage?.notAnalysed).toBe(notes.length);
  });

  it('turned off: none listed, but the coverage still counts them and says why they are not shown', async () => {
    const before = await run(undefined);
    const { notes, result } = await run({ 'not-analysed': 'off' });
    expect(notes).toEqual([]);
    expect(result.coverage?.notAnalysed).toBe(before.result.coverage?.notAnalysed);
    expect(result.coverage?.notAnalysedHidden).toBe(before.result.coverage?.notAnalysed);
    expect(coverageLine(result.coverage!)).toContain(`${before.result.coverage?.notAnalysed} not analysed (not listed: the not-analysed notes are turned off in the config)`);
    // The findings the caps kept are still there.
    expect(result.findings.filter((f) => f.range.file.endsWith('many.json'))).toHaveLength(500);
  });
});

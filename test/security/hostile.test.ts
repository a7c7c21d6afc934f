import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, GOOD_FINDINGS, hostileCases } from './hostile-cases.js';
import { runActionMeasured } from './run-measured.js';

interface JsonReport {
  findings: { file: string; ruleId: string; line: number; message: string }[];
}

/** Each case in a fresh checkout, run by the bundled Action in a child process: time and peak memory are the child's. */
describe('hostile inputs end in bounded time and memory, with positioned diagnostics, and lose nothing else', () => {
  it.each(hostileCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const repo = mkdtempSync(join(tmpdir(), 'mtlslint-hostile-'));
    mkdirSync(join(repo, '.git'));
    for (const [rel, text] of Object.entries({ ...GOOD, ...c.files })) {
      mkdirSync(dirname(join(repo, rel)), { recursive: true });
      writeFileSync(join(repo, rel), text);
    }
    if (c.config) writeFileSync(join(repo, 'mtlslint.config.json'), c.config);
    const run = runActionMeasured(repo, { path: '.', format: 'json', 'fail-on': 'never' });
    console.log(`[hostile] ${c.name}: ${Math.round(run.ms)} ms, peak ${Math.round(run.peakMb)} MB, report ${(run.report.length / 1024).toFixed(0)} KB`);
    expect(run.timedOut, `${c.name} did not end within 10 s`).toBe(false);
    expect(run.status, run.stderr.slice(0, 2000)).toBe(0);
    expect(run.peakMb).toBeLessThan(1024);
    expect(run.report.length).toBeLessThan(20 * 1024 * 1024);
    const report = JSON.parse(run.report) as JsonReport;
    const at = (rel: string) => report.findings.filter((f) => f.file === rel);
    for (const [rel, line] of GOOD_FINDINGS) expect(at(rel).map((f) => [f.ruleId, f.line])).toContainEqual(['https-only', line]);
    // A path ending in `/`: the cut may be reported in any file below it (where the cut module is named).
    const own = c.hostile.endsWith('/') ? report.findings.filter((f) => f.file.startsWith(c.hostile)) : at(c.hostile);
    expect(own.length, `${c.hostile} has no finding`).toBeGreaterThan(0);
    for (const f of own) expect(f.line).toBeGreaterThanOrEqual(1);
  });
});

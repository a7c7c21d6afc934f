import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import { relPath } from './run-rules.js';
import type { Finding, LintResult, Suppression } from './types.js';
import { writeFileAtomic } from './write.js';

/** One accepted finding. Only `fingerprint` is matched; the rest is for people reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  message: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  /** Findings the baseline suppressed. */
  matched: number;
  /** Baseline entries no finding matched any more: fixed (or moved to another resource). */
  fixed: number;
}

/** How a baseline suppresses a finding: the only external suppression, so its kind says where it comes from. */
const BASELINE_SUPPRESSION: Suppression = { kind: 'external', justification: 'baseline' };

/** Whether a suppression is a baseline's (a directive's reason text may be `baseline` too: it stays `inSource`). */
export function isBaselineSuppression(s: Suppression): boolean {
  return s.kind === BASELINE_SUPPRESSION.kind && s.justification === BASELINE_SUPPRESSION.justification;
}

/** The unsuppressed findings of a run as a baseline, in report order. */
export function baselineOf(findings: readonly Finding[], root: string): Baseline {
  return {
    version: 1,
    entries: findings
      // Findings a directive suppresses are accepted in the source already; baseline ones stay recorded.
      .filter((f) => (f.suppressions ?? []).every(isBaselineSuppression))
      .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: relPath(root, f.range.file), message: f.message })),
  };
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read baseline ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`baseline ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if ((data as { version?: unknown } | null)?.version !== 1 || !Array.isArray(entries))
    throw new UsageError(`baseline ${path} is not an mtlslint baseline (expected { "version": 1, "entries": [...] })`);
  for (const [i, e] of entries.entries()) {
    if (typeof (e as { fingerprint?: unknown } | null)?.fingerprint !== 'string')
      throw new UsageError(`baseline ${path}: entries[${i}] has no "fingerprint" string`);
  }
  return { version: 1, entries: entries as BaselineEntry[] };
}

/**
 * Suppresses findings recorded in the baseline (kind `external`, justification `baseline`).
 * Entries are counted: two identical findings need two entries, so a new copy still shows.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  let matched = 0;
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    const left = remaining.get(f.fingerprint) ?? 0;
    if (left <= 0) continue;
    remaining.set(f.fingerprint, left - 1);
    f.suppressions = [{ ...BASELINE_SUPPRESSION }];
    matched++;
  }
  let fixed = 0;
  for (const n of remaining.values()) fixed += n;
  return { matched, fixed };
}

/**
 * `--baseline-write`: the run's findings as a new baseline. From now on they are accepted, so this
 * run already reports them as the baseline suppresses them (and keeps every directive in force).
 */
export function rebaseline(result: LintResult): Baseline {
  const baseline = baselineOf(result.findings, result.root);
  for (const f of result.findings) {
    const kept = f.suppressions?.filter((s) => !isBaselineSuppression(s));
    if (kept?.length) f.suppressions = kept;
    else delete f.suppressions;
  }
  result.baseline = applyBaseline(result.findings, baseline);
  return baseline;
}

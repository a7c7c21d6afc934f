import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import { fingerprint } from './fingerprint.js';
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

/**
 * Version 2 fingerprints name the place and not the message or the callers (mtlslint 0.2 on).
 * Version 1 files (mtlslint 0.1) are still read: their entries match the fingerprints findings had
 * then (`Finding.priorIdentities`, hashed here), so that they keep working until rewritten with `--baseline-write`.
 */
export interface Baseline {
  version: 1 | 2;
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
    version: 2,
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
  const version = (data as { version?: unknown } | null)?.version;
  if ((version !== 1 && version !== 2) || !Array.isArray(entries))
    throw new UsageError(`baseline ${path} is not an mtlslint baseline (expected { "version": 2, "entries": [...] })`);
  for (const [i, e] of entries.entries()) {
    if (typeof (e as { fingerprint?: unknown } | null)?.fingerprint !== 'string')
      throw new UsageError(`baseline ${path}: entries[${i}] has no "fingerprint" string`);
  }
  return { version, entries: entries as BaselineEntry[] };
}

/**
 * Suppresses findings recorded in the baseline (kind `external`, justification `baseline`).
 * Entries are counted: two identical findings need two entries, so a new copy still shows. A
 * version 1 entry stands for one deployment of a finding: a finding matches when any of its
 * deployments was recorded, and uses up the entries of all of them.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  const keysOf = (f: Finding): string[] => (baseline.version === 1 ? (f.priorIdentities?.map(fingerprint) ?? [f.fingerprint]) : [f.fingerprint]);
  let matched = 0;
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    const keys = keysOf(f);
    if (!keys.some((k) => (remaining.get(k) ?? 0) > 0)) continue;
    if (baseline.version === 1) for (const k of keys) remaining.set(k, Math.max(0, (remaining.get(k) ?? 0) - 1));
    else remaining.set(f.fingerprint, (remaining.get(f.fingerprint) ?? 0) - 1);
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

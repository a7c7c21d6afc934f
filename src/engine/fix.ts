import { closeSync, openSync, readSync } from 'node:fs';
import type { FixRequest, FormatFixer, SourceFormat } from '../model/index.js';
import type { AppliedFix, FileFix, Finding, LintResult, SkippedFix } from './types.js';
import { replaceFileText } from './write.js';
import { compareFindings } from './lint-unit.js';

export type FixMode = 'write' | 'dry-run';

/** Fixers are loaded like parsers: on first use, per format. */
const fixers: Partial<Record<SourceFormat, () => Promise<FormatFixer>>> = {
  arm: async () => (await import('../../parsers/arm/fix.js')).fixer,
  bicep: async () => (await import('../../parsers/bicep/fix.js')).fixer,
  terraform: async () => (await import('../../parsers/terraform/fix.js')).fixer,
};

/** The fixer of a format, if it has one (tests pass their own). */
export type FixerLoader = (format: SourceFormat) => Promise<FormatFixer> | undefined;

/** Formats whose findings `--fix` can change. */
export function fixableFormats(): SourceFormat[] {
  return Object.keys(fixers) as SourceFormat[];
}

function hasBom(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(3);
    return readSync(fd, buf, 0, 3, 0) === 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseErrors(result: LintResult, file: string): number {
  return result.parseProblems?.get(file) ?? result.findings.filter((f) => f.ruleId === 'parse-error' && f.range.file === file).length;
}

/** Fixing can expose findings that were hidden (mode is only checked once certificates are on): a few passes. */
const MAX_PASSES = 5;

interface Pass {
  /** The new texts of this pass, by file. */
  texts: Map<string, string>;
  applied: Map<string, Finding[]>;
  skipped: SkippedFix[];
}

/**
 * `--fix`: asks each format to turn the fix intents of unsuppressed findings into new file texts,
 * re-lints with those texts, keeps only files that parse as well as before and no longer report
 * the fixed findings, and repeats while fixes expose new fixable findings. Then writes the files
 * atomically (BOM kept). Returns the result of the last re-lint. With `only` (fingerprints), fixes
 * just those findings in a single pass (an editor's quick fix for one finding).
 */
export async function fixRun(
  first: LintResult,
  run: (overrides: ReadonlyMap<string, string>) => Promise<LintResult>,
  mode: FixMode,
  loadFixer: FixerLoader = (format) => fixers[format]?.(),
  only?: ReadonlySet<string>,
  /** Why a file (its real path) may not be written, or undefined: writes stay inside the linted tree. */
  canWrite: (realPath: string) => string | undefined = () => undefined,
  /** Also the fixes whose rule says `unsafe` (`--unsafe-fixes`). */
  unsafe = false,
): Promise<LintResult> {
  // A fix that changes who can connect is applied only when asked for (`--unsafe-fixes`), or when
  // the one finding it fixes is named (an editor's quick fix is the user's explicit choice).
  const allowed = (f: Finding): boolean => unsafe || only !== undefined || f.fix?.safety !== 'unsafe';
  const linted = new Set(first.files);
  let current = first;
  const accepted = new Map<string, string>();
  const appliedByFile = new Map<string, Finding[]>();
  let skipped: SkippedFix[] = [];
  for (let pass = 0; pass < (only ? 1 : MAX_PASSES); pass++) {
    const planned = await planPass(current, linted, loadFixer, allowed, only);
    skipped = planned.skipped;
    if (planned.texts.size === 0) break;
    // Verify: every fixed file parses as well as before and no longer reports what it fixed.
    let result = current;
    let ok = false;
    for (let round = 0; planned.texts.size > 0 && round < 4; round++) {
      result = await run(new Map([...accepted, ...planned.texts]));
      const remaining = new Set(result.findings.filter((f) => !f.suppressions?.length).map((f) => f.fingerprint));
      const bad: [string, string][] = [];
      for (const file of planned.texts.keys()) {
        if (parseErrors(result, file) > parseErrors(current, file)) bad.push([file, 'the fixed file would not parse']);
        else if ((planned.applied.get(file) ?? []).some((f) => remaining.has(f.fingerprint))) bad.push([file, 'the fixed file still reports the finding']);
      }
      if (bad.length === 0) {
        ok = true;
        break;
      }
      for (const [file, reason] of bad) {
        planned.texts.delete(file);
        for (const f of planned.applied.get(file) ?? []) skipped.push({ ruleId: f.ruleId, fingerprint: f.fingerprint, file: f.range.file, reason });
        planned.applied.delete(file);
      }
    }
    if (!ok || planned.texts.size === 0) break;
    for (const [file, text] of planned.texts) accepted.set(file, text);
    for (const [file, list] of planned.applied) appliedByFile.set(file, [...(appliedByFile.get(file) ?? []), ...list]);
    current = result;
  }

  const fixes: FileFix[] = [];
  const notWritten = new Set<string>();
  for (const [file, text] of [...accepted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (mode === 'write') {
      const original = first.texts.get(file);
      const why = original === undefined ? 'the text that was linted is not known' : replaceFileText(file, original, hasBom(file) ? `\ufeff${text}` : text, canWrite);
      if (why) {
        for (const f of appliedByFile.get(file) ?? []) skipped.push({ ruleId: f.ruleId, fingerprint: f.fingerprint, file, reason: why });
        notWritten.add(file);
        continue;
      }
    }
    const applied: AppliedFix[] = (appliedByFile.get(file) ?? []).map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      fingerprint: f.fingerprint,
      setting: f.fix?.setting ?? '',
      value: f.fix?.value ?? '',
    }));
    fixes.push(mode === 'dry-run' ? { file, applied, output: text, ...originalOf(first, file) } : { file, applied });
  }
  // Only what is still reported: a finding skipped in one pass may have been fixed in a later one.
  // A file that was not written still reports what it had: the first run's findings for it.
  if (notWritten.size) current = { ...current, findings: [...current.findings.filter((f) => !notWritten.has(f.range.file)), ...first.findings.filter((f) => notWritten.has(f.range.file))].sort(compareFindings) };
  const open = new Set(current.findings.map((f) => f.fingerprint));
  const seen = new Set<string>();
  const skippedFixes = skipped.filter((s) => {
    const key = `${s.fingerprint}\u0000${s.reason}`;
    if (!open.has(s.fingerprint) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const unsafeFixesLeft = current.findings.filter((f) => f.fix && f.fixTarget && !f.suppressions?.length && !allowed(f)).length;
  return { ...current, fixes, skippedFixes, ...(unsafeFixesLeft ? { unsafeFixesLeft } : {}) };
}

/** One pass: the new texts the formats propose for the fixable findings of `current`. */
async function planPass(
  current: LintResult,
  linted: ReadonlySet<string>,
  loadFixer: FixerLoader,
  allowed: (f: Finding) => boolean,
  only?: ReadonlySet<string>,
): Promise<Pass> {
  const candidates = current.findings.filter((f) => f.fix && f.fixTarget && !f.suppressions?.length && allowed(f) && (!only || only.has(f.fingerprint)));
  const skipped: SkippedFix[] = [];
  const skip = (f: Finding, reason: string): void => {
    skipped.push({ ruleId: f.ruleId, fingerprint: f.fingerprint, file: f.range.file, reason });
  };
  const byFormat = new Map<SourceFormat, FixRequest[]>();
  candidates.forEach((f, id) => {
    const entity = f.fixTarget;
    const intent = f.fix;
    if (!entity || !intent) return;
    const list = byFormat.get(entity.format) ?? [];
    list.push({ id, entity, setting: intent.setting, value: intent.value });
    byFormat.set(entity.format, list);
  });

  const texts = new Map<string, string>();
  const applied = new Map<string, Finding[]>();
  for (const [format, requests] of byFormat) {
    const fixer = await loadFixer(format);
    if (!fixer) {
      const why = format === 'terraform-plan' ? 'a Terraform plan is not source: fix the configuration it was made from' : `--fix does not support ${format} files yet`;
      for (const r of requests) skip(candidates[r.id] as Finding, why);
      continue;
    }
    const outcome = fixer.fix(requests, current.texts);
    // Reported in the findings' order, whatever order the format worked in.
    for (const s of [...outcome.skipped].sort((a, b) => a.id - b.id)) skip(candidates[s.id] as Finding, s.reason);
    for (const a of [...outcome.applied].sort((x, y) => x.id - y.id)) {
      const f = candidates[a.id] as Finding;
      const text = outcome.texts.get(a.file);
      if (!linted.has(a.file)) {
        skip(f, 'the value is written in a file that is not being linted');
        continue;
      }
      if (text === undefined) continue; // already as wanted
      texts.set(a.file, text);
      const list = applied.get(a.file) ?? [];
      list.push(f);
      applied.set(a.file, list);
    }
  }
  return { texts, applied, skipped };
}

/** The text a dry run started from (for a diff), when the first lint kept it. */
function originalOf(first: LintResult, file: string): { original?: string } {
  const text = first.texts.get(file);
  return text === undefined ? {} : { original: text };
}

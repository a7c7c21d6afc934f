import { createRequire } from 'node:module';
import { compareRanges } from '../model/index.js';
import type { Finding } from './types.js';

type CreateHash = typeof import('node:crypto').createHash;
let createHash: CreateHash | undefined;

/**
 * A finding's identity across edits: no line numbers, only what it is about.
 * Repository-relative paths keep it the same on every machine.
 */
export function fingerprint(parts: readonly (string | undefined)[]): string {
  // node:crypto takes longer to load than a small lint takes: loaded on the first finding. (SHA-256 in
  // JavaScript was tried: cheaper for a few findings, but V8 then optimizes it in the background for
  // some 30 ms, and the process waits for that before it exits.)
  createHash ??= (createRequire(import.meta.url)('node:crypto') as { createHash: CreateHash }).createHash;
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p ?? ''}\u0000`);
  return h.digest('hex').slice(0, 32);
}

/**
 * Makes the fingerprints of a run unique. Results that share one (two entries of one exclusion
 * list, two parse errors in one file) are told apart by the text at their location, then by their
 * order among those with the same text; a fingerprint nobody else has is left as it is.
 */
export function uniqueFingerprints(findings: readonly Finding[], textOf: (file: string) => string | undefined): void {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.fingerprint);
    if (group) group.push(f);
    else groups.set(f.fingerprint, [f]);
  }
  for (const [base, group] of groups) {
    if (group.length < 2) continue;
    const seen = new Map<string, number>();
    for (const f of [...group].sort((a, b) => compareRanges(a.range, b.range))) {
      const text = (textOf(f.range.file) ?? '').slice(f.range.startOffset, f.range.endOffset).replace(/\s+/g, ' ').trim();
      const nth = seen.get(text) ?? 0;
      seen.set(text, nth + 1);
      f.fingerprint = fingerprint([base, text, String(nth)]);
    }
  }
}

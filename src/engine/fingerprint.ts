import { compareRanges } from '../model/index.js';
import { builtinModule } from './builtin.js';
import type { Finding } from './types.js';

type CreateHash = typeof import('node:crypto').createHash;
let createHash: CreateHash | undefined;

/** What a fingerprint hashes: the parts, each ended by a NUL. Equal keys, equal fingerprints. */
function identityKey(parts: readonly (string | undefined)[]): string {
  let key = '';
  for (const p of parts) key += `${p ?? ''}\u0000`;
  return key;
}

function hashKey(key: string): string {
  // node:crypto takes longer to load than a small lint takes: loaded on the first fingerprint read. (SHA-256
  // in JavaScript was tried: cheaper for a few findings, but V8 then optimizes it in the background for
  // some 30 ms, and the process waits for that before it exits.)
  createHash ??= builtinModule<{ createHash: CreateHash }>('node:crypto').createHash;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/**
 * A finding's identity across edits: no line numbers, only what it is about.
 * Repository-relative paths keep it the same on every machine.
 */
export function fingerprint(parts: readonly (string | undefined)[]): string {
  return hashKey(identityKey(parts));
}

/** Findings whose fingerprint is not computed yet: what tells them apart, and how to compute it. */
const pending = new WeakMap<object, { key: string; compute: () => string }>();

/**
 * Makes `finding.fingerprint` (a property it already has, so that its place among the properties is
 * kept) the fingerprint of `parts`, computed when first read: a report in the terminal shows none,
 * and hashing loads node:crypto (some 4 ms of a one-file run). Reading it (a formatter, a baseline,
 * JSON or a message to a worker thread, which read properties as values) computes it once.
 */
export function lazyFingerprint<T extends { fingerprint: string }>(finding: T, parts: readonly (string | undefined)[]): T {
  const key = identityKey(parts);
  return lazy(finding, key, () => hashKey(key));
}

function lazy<T extends { fingerprint: string }>(finding: T, key: string, compute: () => string): T {
  let value: string | undefined;
  Object.defineProperty(finding, 'fingerprint', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= compute()),
    set: (v: string) => {
      value = v;
      pending.delete(finding);
    },
  });
  pending.set(finding, { key, compute });
  return finding;
}

/** A copy of a finding, as `{ ...finding }` makes it, but whose fingerprint is still computed only when read. */
export function copyFinding(finding: Finding): Finding {
  const p = pending.get(finding);
  if (!p) return { ...finding };
  return lazy(Object.defineProperties({}, Object.getOwnPropertyDescriptors(finding)) as Finding, p.key, p.compute);
}

/** What tells findings apart as their fingerprints do, without computing these when they are not yet. */
export function identityOf(finding: Finding): string {
  return pending.get(finding)?.key ?? `#${finding.fingerprint}`;
}

/**
 * Makes the fingerprints of a run unique. Results that share one (two entries of one exclusion
 * list, two parse errors in one file) are told apart by the text at their location, then by their
 * order among those with the same text; a fingerprint nobody else has is left as it is.
 */
export function uniqueFingerprints(findings: readonly Finding[], textOf: (file: string) => string | undefined): void {
  const groups = new Map<string, Finding[]>();
  // Keyed by identity while every fingerprint is still to be computed (one thread's findings), and
  // then still computed only when read; findings a worker thread sent have theirs computed, and then
  // all are keyed by fingerprint.
  const byIdentity = findings.every((f) => pending.has(f));
  for (const f of findings) {
    const id = byIdentity ? identityOf(f) : f.fingerprint;
    const group = groups.get(id);
    if (group) group.push(f);
    else groups.set(id, [f]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0] as Finding;
    const base = byIdentity ? pending.get(first) : undefined;
    const baseHash = base ? '' : first.fingerprint;
    const seen = new Map<string, number>();
    for (const f of [...group].sort((a, b) => compareRanges(a.range, b.range))) {
      const text = (textOf(f.range.file) ?? '').slice(f.range.startOffset, f.range.endOffset).replace(/\s+/g, ' ').trim();
      const nth = seen.get(text) ?? 0;
      seen.set(text, nth + 1);
      if (base) lazy(f, identityKey([base.key, text, String(nth)]), () => fingerprint([base.compute(), text, String(nth)]));
      else f.fingerprint = fingerprint([baseHash, text, String(nth)]);
    }
  }
}

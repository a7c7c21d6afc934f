import { compareRanges } from '../model/index.js';
import { builtinModule } from './builtin.js';
import type { Finding } from './types.js';

type Crypto = Pick<typeof import('node:crypto'), 'createHash'> & { hash?: (algorithm: string, data: string, outputEncoding: 'hex') => string };
let nodeCrypto: Crypto | undefined;

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
  nodeCrypto ??= builtinModule<Crypto>('node:crypto');
  // The one-shot `hash` (Node 20.12 and later) makes no Hash object: some 5 times faster per finding.
  const digest = nodeCrypto.hash ? nodeCrypto.hash('sha256', key, 'hex') : nodeCrypto.createHash('sha256').update(key).digest('hex');
  return digest.slice(0, 32);
}

/**
 * A finding's identity across edits: no line numbers, only what it is about.
 * Repository-relative paths keep it the same on every machine.
 */
export function fingerprint(parts: readonly (string | undefined)[]): string {
  return hashKey(identityKey(parts));
}

/** A finding's fingerprint: what tells it apart and how to compute it while pending (not given), and its value once known. */
interface FingerprintState {
  /** Set while the fingerprint is to be computed from `key`; cleared when one is given. */
  pending?: Pending;
  value?: string;
}

/** What tells a finding apart, and how its fingerprint is computed (by default the hash of `key`). */
interface Pending {
  key: string;
  compute?: () => string;
}

function computed(p: Pending): string {
  return p.compute ? p.compute() : hashKey(p.key);
}

const states = new WeakMap<object, FingerprintState>();

/**
 * One getter and setter for every finding, added as a new property: V8 then gives findings built
 * alike one hidden class. Accessors of their own (closures per finding), or a data property turned
 * into an accessor, put every finding in dictionary mode, where each property read is a lookup.
 */
const FINGERPRINT_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): string {
    const state = states.get(this);
    if (!state) return '';
    if (state.value === undefined && state.pending) state.value = computed(state.pending);
    return state.value ?? '';
  },
  set(this: object, v: string): void {
    states.set(this, { value: v });
  },
};

/**
 * Adds `finding.fingerprint`, the fingerprint of `parts`, computed when first read: a report in the
 * terminal shows none, and hashing loads node:crypto (some 4 ms of a one-file run). Reading it (a
 * formatter, a baseline, JSON or a message to a worker thread, which read properties as values)
 * computes it once. The property comes after those the finding has: build the finding up to it,
 * then add the rest (an object given with a `fingerprint` keeps its place, but V8 then keeps the
 * object in dictionary mode).
 */
export function lazyFingerprint<T extends { fingerprint: string }>(finding: Omit<T, 'fingerprint'> & { fingerprint?: string }, parts: readonly (string | undefined)[]): T {
  return lazy(finding as T, { key: identityKey(parts) });
}

function lazy<T extends { fingerprint: string }>(finding: T, pending: Pending): T {
  // A finding with a state has the accessor already (defining it again would be a no-op).
  if (!states.has(finding)) Object.defineProperty(finding, 'fingerprint', FINGERPRINT_PROPERTY);
  states.set(finding, { pending });
  return finding;
}

function pendingOf(finding: object): Pending | undefined {
  return states.get(finding)?.pending;
}

/** A copy of a finding, as `{ ...finding }` makes it, but whose fingerprint is still computed only when read. */
export function copyFinding(finding: Finding): Finding {
  const p = pendingOf(finding);
  if (!p) return { ...finding };
  return lazy(Object.defineProperties({}, Object.getOwnPropertyDescriptors(finding)) as Finding, p);
}

/** What tells findings apart as their fingerprints do, without computing these when they are not yet. */
export function identityOf(finding: Finding): string {
  return pendingOf(finding)?.key ?? `#${finding.fingerprint}`;
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
  const byIdentity = findings.every((f) => pendingOf(f) !== undefined);
  for (const f of findings) {
    const id = byIdentity ? identityOf(f) : f.fingerprint;
    const group = groups.get(id);
    if (group) group.push(f);
    else groups.set(id, [f]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0] as Finding;
    const base = byIdentity ? pendingOf(first) : undefined;
    const baseHash = base ? '' : first.fingerprint;
    const seen = new Map<string, number>();
    for (const f of [...group].sort((a, b) => compareRanges(a.range, b.range))) {
      const text = (textOf(f.range.file) ?? '').slice(f.range.startOffset, f.range.endOffset).replace(/\s+/g, ' ').trim();
      const nth = seen.get(text) ?? 0;
      seen.set(text, nth + 1);
      if (base) lazy(f, { key: identityKey([base.key, text, String(nth)]), compute: () => fingerprint([computed(base), text, String(nth)]) });
      else f.fingerprint = fingerprint([baseHash, text, String(nth)]);
    }
  }
}

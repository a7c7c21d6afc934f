import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { copyFinding, fingerprint, identityOf, lazyFingerprint, uniqueFingerprints } from '../../src/engine/fingerprint.js';
import type { Finding } from '../../src/engine/types.js';
import type { SourceRange } from '../../src/model/index.js';

const range = (startOffset: number, endOffset: number): SourceRange => ({ file: '/r/a.json', start: { line: 1, column: startOffset + 1 }, end: { line: 1, column: endOffset + 1 }, startOffset, endOffset });
const finding = (parts: string[], at = range(0, 3)): Finding =>
  lazyFingerprint<Finding>({ ruleId: 'r', messageId: 'm', message: 'x', severity: 'error', range: at, related: [], fingerprint: '' }, parts);

describe('lazy fingerprints', () => {
  it('read as the hash of the identity, in the place the property had, through JSON and structured clone alike', () => {
    const f = finding(['r', 'm', 'a.json']);
    const hash = fingerprint(['r', 'm', 'a.json']);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.keys(f)).toEqual(['ruleId', 'messageId', 'message', 'severity', 'range', 'related', 'fingerprint']);
    expect(f.fingerprint).toBe(hash);
    expect((JSON.parse(JSON.stringify(f)) as Finding).fingerprint).toBe(hash);
    expect(structuredClone(f).fingerprint).toBe(hash);
    expect({ ...f }.fingerprint).toBe(hash);
  });

  it('a copy keeps its fingerprint to be computed, on its own: setting one leaves the other as it was', () => {
    const f = finding(['r', 'm', 'a.json']);
    const copy = copyFinding(f);
    expect(Object.keys(copy)).toEqual(Object.keys(f));
    expect(identityOf(copy)).toBe(identityOf(f));
    copy.fingerprint = 'changed';
    copy.message = 'y';
    expect(f.fingerprint).toBe(fingerprint(['r', 'm', 'a.json']));
    expect(f.message).toBe('x');
    expect(copy.fingerprint).toBe('changed');
  });

  it('is the first 32 hex digits of the SHA-256 of the parts, each ended by a NUL, in UTF-8', () => {
    const parts = ['min-tls-version', 'tooLow', 'minTlsVersion', 'dir/ä.json', 'resource:dir/ä.json:Microsoft.Web/sites:☃'];
    const expected = createHash('sha256').update(parts.map((p) => `${p}\u0000`).join(''), 'utf8').digest('hex').slice(0, 32);
    expect(fingerprint(parts)).toBe(expected);
    expect(finding(parts).fingerprint).toBe(expected);
  });

  it('is added after the properties the finding has, and findings built alike share one accessor', () => {
    const a = lazyFingerprint<Finding>({ ruleId: 'r', messageId: 'm', message: 'x', severity: 'error', range: range(0, 3), related: [] }, ['a']);
    a.instances = [];
    const b = lazyFingerprint<Finding>({ ruleId: 'r', messageId: 'm', message: 'y', severity: 'warn', range: range(0, 3), related: [] }, ['b']);
    expect(Object.keys(a)).toEqual(['ruleId', 'messageId', 'message', 'severity', 'range', 'related', 'fingerprint', 'instances']);
    expect(Object.getOwnPropertyDescriptor(a, 'fingerprint')?.get).toBe(Object.getOwnPropertyDescriptor(b, 'fingerprint')?.get);
    expect([a.fingerprint, b.fingerprint]).toEqual([fingerprint(['a']), fingerprint(['b'])]);
    b.fingerprint = 'given';
    expect([a.fingerprint, b.fingerprint]).toEqual([fingerprint(['a']), 'given']);
  });

  it('an undefined part hashes as an empty one (as the fingerprints of baselines written before)', () => {
    expect(fingerprint(['a', undefined, 'b'])).toBe(fingerprint(['a', '', 'b']));
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
  });

  it('identities tell findings apart as their fingerprints do, before and after these are computed', () => {
    const a = finding(['r', 'm', 'a.json']);
    const b = finding(['r', 'm', 'a.json']);
    const c = finding(['r', 'm', 'b.json']);
    expect(identityOf(a)).toBe(identityOf(b));
    expect(identityOf(a)).not.toBe(identityOf(c));
    a.fingerprint = 'given';
    expect(a.fingerprint).toBe('given');
    expect(identityOf(a)).toBe('#given');
  });

  it('uniqueFingerprints gives the same fingerprints whether the findings were hashed already (from a worker thread) or not', () => {
    const text = 'abc abc';
    const make = (): Finding[] => [finding(['r', 'same'], range(0, 3)), finding(['r', 'same'], range(4, 7)), finding(['r', 'other'], range(0, 3))];
    const lazy = make();
    uniqueFingerprints(lazy, () => text);
    const hashed = make().map((f) => structuredClone(f));
    uniqueFingerprints(hashed, () => text);
    expect(lazy.map((f) => f.fingerprint)).toEqual(hashed.map((f) => f.fingerprint));
    const base = fingerprint(['r', 'same']);
    expect(lazy.map((f) => f.fingerprint)).toEqual([fingerprint([base, 'abc', '0']), fingerprint([base, 'abc', '1']), fingerprint(['r', 'other'])]);
  });
});

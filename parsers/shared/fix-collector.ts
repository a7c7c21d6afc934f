import type { FixOutcome, FixRequest, SettingKey } from '../../src/model/index.js';

/** Inserted properties come out in the order people write them, whatever the findings' order. */
const FIX_ORDER: readonly SettingKey[] = ['httpsOnly', 'clientCertEnabled', 'clientCertMode', 'minTlsVersion', 'scmMinTlsVersion'];

export function inFixOrder(requests: readonly FixRequest[]): FixRequest[] {
  return [...requests].sort((a, b) => FIX_ORDER.indexOf(a.setting) - FIX_ORDER.indexOf(b.setting));
}

/**
 * Gathers the changes of several fix requests per file and applies them at the end. Loop
 * instances of one declaration ask for the same change: it is made once, and every request
 * that asked for it counts as applied.
 */
export class FixCollector<Change> {
  private readonly outcome: FixOutcome = { texts: new Map(), applied: [], skipped: [] };
  private readonly changes = new Map<string, Change[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly apply: (text: string, changes: readonly Change[]) => string) {}

  skip(id: number, reason: string): void {
    this.outcome.skipped.push({ id, reason });
  }

  /** `changes` belong together (all or none); the same list twice is made once. */
  add(id: number, file: string, changes: readonly Change[]): void {
    const key = `${file}\u0000${JSON.stringify(changes)}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.changes.set(file, [...(this.changes.get(file) ?? []), ...changes]);
    }
    this.outcome.applied.push({ id, file });
  }

  finish(texts: ReadonlyMap<string, string>): FixOutcome {
    for (const [file, list] of this.changes) {
      const text = texts.get(file);
      if (text === undefined) continue;
      const fixed = this.apply(text, list);
      if (fixed !== text) this.outcome.texts.set(file, fixed);
    }
    return this.outcome;
  }
}

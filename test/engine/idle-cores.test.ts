import { describe, expect, it } from 'vitest';
import { idleCores, idleWindowStart, sampleIdle } from '../../src/engine/idle-cores.js';

describe('idle cores', () => {
  it('are the idle time of every core over the wall time between two samples', () => {
    expect(idleCores({ at: 100, idleMs: 5000 }, { at: 150, idleMs: 5050 })).toBe(1);
    expect(idleCores({ at: 100, idleMs: 5000 }, { at: 140, idleMs: 5010 })).toBe(0.25);
    expect(idleCores({ at: 100, idleMs: 5000 }, { at: 200, idleMs: 5000 })).toBe(0);
  });

  it('are unknown without two samples in order', () => {
    expect(idleCores(undefined, { at: 1, idleMs: 1 })).toBeUndefined();
    expect(idleCores({ at: 1, idleMs: 1 }, undefined)).toBeUndefined();
    expect(idleCores({ at: 10, idleMs: 1 }, { at: 10, idleMs: 5 })).toBeUndefined();
    expect(idleCores({ at: 10, idleMs: 9 }, { at: 20, idleMs: 5 })).toBeUndefined();
  });

  it('are measured from the sample taken at load while it is recent, else from one taken at the start of the run', () => {
    const loaded = { at: 100, idleMs: 1 };
    const now = { at: 900, idleMs: 2 };
    expect(idleWindowStart(900, () => now, loaded)).toBe(loaded);
    const later = { at: 1200, idleMs: 3 };
    expect(idleWindowStart(1200, () => later, loaded)).toBe(later);
  });

  it('are read from the system (here: /proc/stat on Linux, os.cpus() elsewhere)', () => {
    const a = sampleIdle(1);
    expect(a?.at).toBe(1);
    expect(a?.idleMs).toBeGreaterThanOrEqual(0);
    const b = sampleIdle(2);
    expect(b?.idleMs).toBeGreaterThanOrEqual(a?.idleMs ?? 0);
  });
});

import { describe, expect, it } from 'vitest';
import { cpuWindowStart, freeCores, sampleCpu } from '../../src/engine/free-cores.js';

const at = (t: number, busyMs: number, ownMs: number, cores = 2) => ({ at: t, busyMs, ownMs, cores });

describe('free cores', () => {
  it('are the cores other processes leave, less the two the main thread keeps busy (its own, and V8\'s threads beside it)', () => {
    // Two cores over 100 ms, nothing else ran: the second core is V8's (a worker there made runs slower).
    expect(freeCores(at(0, 0, 0), at(100, 100, 100), 2)).toBe(0);
    // Four cores, nothing else ran: two free.
    expect(freeCores(at(0, 0, 0, 4), at(100, 100, 100, 4), 4)).toBe(2);
    // This process's own background threads (V8) do not count against it.
    expect(freeCores(at(0, 0, 0, 4), at(100, 140, 140, 4), 4)).toBe(2);
    // Another process kept a core busy: one free.
    expect(freeCores(at(0, 0, 0, 4), at(100, 200, 100, 4), 4)).toBe(1);
    // Half a core: half free (rounded by workersFor).
    expect(freeCores(at(0, 0, 0, 4), at(100, 250, 100, 4), 4)).toBe(0.5);
    // Eight cores, five of them busy elsewhere; this process may use four: one free beside the main thread's two.
    expect(freeCores(at(0, 0, 0, 8), at(100, 600, 100, 8), 4)).toBe(1);
    expect(freeCores(at(0, 0, 0, 8), at(100, 100, 100, 8), 4)).toBe(2);
  });

  it('are unknown without two samples in order', () => {
    expect(freeCores(undefined, at(1, 1, 1), 2)).toBeUndefined();
    expect(freeCores(at(1, 1, 1), undefined, 2)).toBeUndefined();
    expect(freeCores(at(10, 1, 1), at(10, 5, 1), 2)).toBeUndefined();
    expect(freeCores(at(10, 9, 1), at(20, 5, 1), 2)).toBeUndefined();
  });

  it('are measured from the sample taken at load while it is recent, else from one taken at the start of the run', () => {
    const loaded = at(100, 1, 1);
    const now = at(900, 2, 2);
    expect(cpuWindowStart(900, () => now, loaded)).toBe(loaded);
    const later = at(1200, 3, 3);
    expect(cpuWindowStart(1200, () => later, loaded)).toBe(later);
  });

  it('are read from the system (here: /proc/stat on Linux, os.cpus() elsewhere)', () => {
    const a = sampleCpu(1);
    expect(a?.at).toBe(1);
    expect(a?.cores).toBeGreaterThan(0);
    for (let i = 0; i < 1e6; i++) Math.sqrt(i);
    const b = sampleCpu(2);
    expect(b?.busyMs).toBeGreaterThanOrEqual(a?.busyMs ?? 0);
    expect(b?.ownMs).toBeGreaterThanOrEqual(a?.ownMs ?? 0);
  });
});

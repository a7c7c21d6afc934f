import { describe, expect, it } from 'vitest';
import { cgroupCpuQuota, freeCores, sampleCpu, usableCores } from '../../src/engine/free-cores.js';

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

describe('usable cores', () => {
  const files = (map: Record<string, string>) => (path: string): string => {
    const text = map[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };

  it('cgroup v2: the smallest cpu.max of the group and those above it, "max" being none', () => {
    const read = files({
      '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n',
      '/sys/fs/cgroup/kubepods/pod1/ctr/cpu.max': 'max 100000\n',
      '/sys/fs/cgroup/kubepods/pod1/cpu.max': '150000 100000\n',
      '/sys/fs/cgroup/kubepods/cpu.max': '800000 100000\n',
    });
    expect(cgroupCpuQuota(read)).toBe(1.5);
    expect(usableCores(16, () => cgroupCpuQuota(read))).toBe(2);
  });

  it('cgroup v2 inside a container: its own group is the root of the mount', () => {
    expect(cgroupCpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '200000 100000\n' }))).toBe(2);
  });

  it('cgroup v1: cfs_quota_us over cfs_period_us, -1 being none; a path the container does not see falls back to the mount root', () => {
    const v1 = (quota: string) =>
      files({
        '/proc/self/cgroup': '12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n0::/\n',
        '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': quota,
        '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000\n',
      });
    expect(cgroupCpuQuota(v1('300000\n'))).toBe(3);
    expect(cgroupCpuQuota(v1('-1\n'))).toBeUndefined();
  });

  it('no quota, nothing readable or nonsense: the cores Node counts', () => {
    expect(cgroupCpuQuota(files({}))).toBeUndefined();
    expect(cgroupCpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'garbage here\n' }))).toBeUndefined();
    expect(cgroupCpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '0 100000\n' }))).toBeUndefined();
    expect(usableCores(8, () => undefined)).toBe(8);
    // A quota never adds cores, and leaves at least one.
    expect(usableCores(2, () => 6)).toBe(2);
    expect(usableCores(4, () => 0.2)).toBe(1);
  });

  it('asks for the quota only above the cores the main thread keeps (no cgroup file is read on 1 or 2 cores)', () => {
    let asked = 0;
    const quota = (): number => {
      asked++;
      return 1;
    };
    expect(usableCores(1, quota)).toBe(1);
    expect(usableCores(2, quota)).toBe(2);
    expect(asked).toBe(0);
    expect(usableCores(3, quota)).toBe(1);
    expect(asked).toBe(1);
  });

  it('on this machine: a whole number of cores, at least one, at most what Node counts', () => {
    const n = usableCores();
    expect(Number.isInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(1);
  });
});

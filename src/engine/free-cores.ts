import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { clockMs } from '../../parsers/shared/clock.js';

/** CPU time used so far (ms) by every process, and by this one, read at `at` (`clockMs`). */
export interface CpuSample {
  at: number;
  /** Busy time of every core together (not idle, not waiting for I/O: a core waiting for a disk is free to compute). */
  busyMs: number;
  /** This process's CPU time, all its threads (V8 compiles and collects garbage beside the main thread). */
  ownMs: number;
  /** The cores those counters cover. */
  cores: number;
}

/**
 * Cores this process may use: those it may run on (Node's `availableParallelism`), fewer when its
 * control group has a CPU quota, which Node does not count: a container given 2 CPUs on a 16-core
 * host (Kubernetes limits, `docker --cpus`) would otherwise start workers that only wait for the quota.
 */
export function usableCores(cores: number = availableParallelism(), quota: () => number | undefined = systemCpuQuota): number {
  // A quota can only take cores away: with no more cores than the main thread keeps, nothing to ask
  // (no worker starts unasked there, whatever the quota), and no file is read.
  const q = cores > MAIN_THREAD_CORES ? quota() : undefined;
  return q === undefined ? cores : Math.max(1, Math.min(cores, Math.ceil(q)));
}

const systemCpuQuota = (): number | undefined => (process.platform === 'linux' ? cgroupCpuQuota((path) => readFileSync(path, 'latin1')) : undefined);

/**
 * The CPU quota of this process's control group and of those above it, in cores (the smallest);
 * undefined when none has one or the system does not say. cgroup v2: `cpu.max` ("max" or quota and
 * period); v1: `cpu.cfs_quota_us` (-1: none) over `cpu.cfs_period_us`. A container usually sees its
 * own group as the root of the mount, whatever path /proc/self/cgroup names: the root is read too.
 */
export function cgroupCpuQuota(read: (path: string) => string): number | undefined {
  let groups: string;
  try {
    groups = read('/proc/self/cgroup');
  } catch {
    return undefined;
  }
  let quota: number | undefined;
  const take = (q: number, period: number): void => {
    if (Number.isFinite(q) && Number.isFinite(period) && q > 0 && period > 0) quota = Math.min(quota ?? Infinity, q / period);
  };
  const attempt = (f: () => void): void => {
    try {
      f();
    } catch {
      // no such group or file here
    }
  };
  for (const line of groups.split('\n')) {
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
    if (!m) continue;
    const [, id, controllers = '', path = '/'] = m;
    if (id === '0' && controllers === '') {
      for (const dir of groupAndAbove(path))
        attempt(() => {
          const [q = 'max', period = '100000'] = read(`/sys/fs/cgroup${dir}/cpu.max`).trim().split(/\s+/);
          if (q !== 'max') take(Number(q), Number(period));
        });
    } else if (controllers.split(',').includes('cpu')) {
      for (const mount of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct'])
        for (const dir of groupAndAbove(path)) attempt(() => take(Number(read(`${mount}${dir}/cpu.cfs_quota_us`)), Number(read(`${mount}${dir}/cpu.cfs_period_us`))));
    }
  }
  return quota;
}

/** `/a/b` → `/a/b`, `/a`, `` (the mount's root). */
function groupAndAbove(path: string): string[] {
  const dirs: string[] = [];
  for (let dir = path.replace(/\/+$/, ''); dir !== ''; dir = dir.slice(0, dir.lastIndexOf('/'))) dirs.push(dir);
  dirs.push('');
  return dirs;
}

/** Linux counts CPU time in ticks of 1/100 s (`USER_HZ`, fixed at 100 for user space on every architecture). */
const MS_PER_TICK = 10;

/**
 * The CPU time used so far. On Linux from /proc/stat (one small read); elsewhere from `os.cpus()`,
 * which asks the system for each core (slower, but well under a millisecond). Undefined when the
 * system does not say.
 */
export function sampleCpu(at: number = clockMs()): CpuSample | undefined {
  try {
    const usage = process.cpuUsage();
    const ownMs = (usage.user + usage.system) / 1000;
    if (process.platform === 'linux') {
      const text = readFileSync('/proc/stat', 'latin1');
      const fields = text.slice(0, text.indexOf('\n')).trim().split(/\s+/);
      // cpu user nice system idle iowait irq softirq steal …: time stolen by a hypervisor is busy too.
      if (fields[0] !== 'cpu') return undefined;
      let busy = 0;
      fields.slice(1, 9).forEach((f, i) => (busy += i === 3 || i === 4 ? 0 : Number(f)));
      const cores = text.match(/^cpu\d/gm)?.length ?? 0;
      return Number.isFinite(busy) && cores > 0 ? { at, busyMs: busy * MS_PER_TICK, ownMs, cores } : undefined;
    }
    const all = cpus();
    const busyMs = all.reduce((n, c) => n + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
    return all.length ? { at, busyMs, ownMs, cores: all.length } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cores a run's main thread keeps busy: its own, and about one more for V8's threads beside it
 * (garbage collection, the optimizing compiler). In a single-thread run of the 1400-sample JSON tree
 * they used 280–450 ms of CPU beside 700 ms of the main thread; on an idle 2-core machine a worker in
 * the second core made the JSON and the mixed trees slower (727 vs 683 ms, 1154 vs 1039 ms).
 */
export const MAIN_THREAD_CORES = 2;

/**
 * Cores free for worker threads between two samples, on average: of the `usable` cores (this
 * process's), those other processes left, less those the main thread keeps busy. This process's own
 * time (its main thread, V8's background threads) is not counted against it. Undefined without two
 * samples in order.
 */
export function freeCores(from: CpuSample | undefined, to: CpuSample | undefined, usable: number): number | undefined {
  if (!from || !to || to.at <= from.at || to.busyMs < from.busyMs) return undefined;
  const others = Math.max(0, to.busyMs - from.busyMs - (to.ownMs - from.ownMs)) / (to.at - from.at);
  return Math.max(0, Math.min(usable, to.cores - others) - MAIN_THREAD_CORES);
}

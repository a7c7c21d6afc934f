import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { clockMs } from '../../parsers/shared/clock.js';

/** The idle time of every core together (ms), read at `at` (`clockMs`). */
export interface IdleSample {
  at: number;
  idleMs: number;
}

/** Linux counts CPU time in ticks of 1/100 s (`USER_HZ`, fixed at 100 for user space on every architecture). */
const MS_PER_TICK = 10;

/**
 * The idle time of every core so far. On Linux from the first line of /proc/stat (one small read,
 * idle and waiting for I/O: a core waiting for a disk is free to compute); elsewhere from
 * `os.cpus()`, which asks the system for each core (slower, but still well under a millisecond).
 * Undefined when the system does not say.
 */
export function sampleIdle(at: number = clockMs()): IdleSample | undefined {
  try {
    if (process.platform === 'linux') {
      const line = readFileSync('/proc/stat', 'latin1');
      const fields = line.slice(0, line.indexOf('\n')).trim().split(/\s+/);
      // cpu user nice system idle iowait …
      const idle = Number(fields[4]) + Number(fields[5] ?? 0);
      return fields[0] === 'cpu' && Number.isFinite(idle) ? { at, idleMs: idle * MS_PER_TICK } : undefined;
    }
    const all = cpus();
    return all.length ? { at, idleMs: all.reduce((n, c) => n + c.times.idle, 0) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read when the engine loads: the longest window before a large run decides on its workers (the
 * walk alone may take 10 ms, a tick of the Linux counters). A process that lints again later (an
 * editor's server) measures from the start of that run instead (see `idleWindowStart`).
 */
const atLoad = sampleIdle();

/** Older than this, the sample taken at load says nothing about now. */
const STALE_MS = 1000;

/** Where a run's window starts: the sample taken at load if recent, else one taken now. */
export function idleWindowStart(now: number, sample: () => IdleSample | undefined, loaded: IdleSample | undefined = atLoad): IdleSample | undefined {
  return loaded && now - loaded.at < STALE_MS ? loaded : sample();
}

/**
 * Cores idle between two samples, on average: 1 on a two-core machine where this process keeps one
 * core busy and nothing else runs. Undefined without two samples, or when the counters went back.
 */
export function idleCores(from: IdleSample | undefined, to: IdleSample | undefined): number | undefined {
  if (!from || !to || to.at <= from.at || to.idleMs < from.idleMs) return undefined;
  return (to.idleMs - from.idleMs) / (to.at - from.at);
}

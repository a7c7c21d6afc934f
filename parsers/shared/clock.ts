/**
 * Milliseconds on a monotonic clock, for deadlines and durations. Not `performance.now()`: the first
 * use of the `performance` global loads Node's perf_hooks (nine internal modules, about 2 ms of a
 * one-file run).
 */
export const clockMs = (): number => process.uptime() * 1000;

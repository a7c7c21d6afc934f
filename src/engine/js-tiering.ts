import { setNeutralFlags, startOptions as processStartOptions } from './neutral-flags.js';

/**
 * When V8 optimizes JavaScript with TurboFan in a short-lived process (the CLI) on Node 22: later
 * than by default (after 9,000 calls of a function instead of 3,000; Maglev, the cheaper optimizing
 * tier, is left as it is). V8 tunes its thresholds for long-running pages and servers; a lint of a
 * few hundred files is over in under a second, and TurboFan compiled many functions that then ran
 * a few more times only, with much new memory (zone memory: 7,100 of the 20,300 pages an AVM
 * module's lint touched on Node 20). Measured on Node 22.23, the same build with and without,
 * `--threads 1`, interleaved, medians of 9 (wall, CPU):
 *
 *   | AVM bicep-web-site (59 files)        | 525 → 471 ms, 770 → 630 ms CPU |
 *   | 1,400-sample mixed tree              | 663 → 573 ms, 920 → 760 ms CPU |
 *   | its JSON samples with App Service    | 292 → 281 ms, 390 → 330 ms CPU |
 *
 * Not on Node 20 (V8 11.3, `--interrupt-budget`): the AVM modules were 13–15% faster, but trees of
 * many small templates 1–10% slower (less CPU, but TurboFan had run on the otherwise idle second
 * core). Not on Node 24 (V8 13): the flag set at run time no longer changes what is optimized.
 * The flag changes no compiled code, but V8 puts it in the code caches' flag hash: it is set as a
 * neutral flag (see neutral-flags.ts). A process started with its own threshold is left with it.
 */
export interface TieringFlags {
  set: string;
  /** V8's default, which takes the flag out of the flag hash again. */
  undo: string;
}

export function jsTieringFlags(v8Version: string = process.versions.v8, startOptions: string = processStartOptions()): TieringFlags | undefined {
  const major = Number(v8Version.split('.')[0]);
  if (major !== 12) return undefined;
  const flags: TieringFlags = { set: '--invocation-count-for-turbofan=9000', undo: '--invocation-count-for-turbofan=3000' };
  // Any tiering option on the command line (`--invocation-count-for-turbofan`, `--no-turbofan`, `--jitless`, …) is the user's choice.
  if (/invocation[-_]count|turbofan|jitless|max[-_]lazy|always[-_]turbofan/.test(startOptions)) return undefined;
  return flags;
}

/** Sets the later thresholds for a run (see above); answers how to set them back, or undefined where nothing was set. */
export function laterJsTiering(): (() => void) | undefined {
  const flags = jsTieringFlags();
  return flags ? setNeutralFlags(flags.set, flags.undo) : undefined;
}

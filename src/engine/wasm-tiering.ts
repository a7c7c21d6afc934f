/**
 * How V8 compiles the Terraform grammar (WASM). By default hot functions are recompiled by the
 * optimizing compiler in the background; for a small run that recompilation costs more CPU than the
 * whole parse (about 200 ms of one core for one module), so a short-lived process with little
 * Terraform asks for the baseline compiler (Liftoff) only. V8 flags hold for the whole process and
 * must be set before the grammar is compiled: the first run of the process decides, once.
 */
let decided = false;

export async function chooseWasmTiering(baselineOnly: boolean): Promise<void> {
  if (decided) return;
  decided = true;
  if (!baselineOnly) return;
  const { setFlagsFromString } = (await import('node:v8')) as { setFlagsFromString: SetFlags };
  // The grammar ships with mtlslint: its functions are validated when first called, not all up front.
  setFlagsFromString(BASELINE_ONLY, UNDO);
}

/**
 * Liftoff only, with the flags `--liftoff-only` implies said too: V8 derives implied flags when it
 * starts, and from Node 24 (V8 13) no longer when a flag is set later, so that `--liftoff-only`
 * alone left tier-up on and the grammar's hot functions were recompiled by TurboFan in the
 * background all the same (~300 M instructions, 80 ms more for one Terraform file on Node 24).
 */
export const BASELINE_ONLY = '--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering --wasm-lazy-validation';

/**
 * Node's `setFlagsFromString`, and the bundle's loader's (src/loader/chunk-loader.ts), which also
 * takes how to set the flags back: at exit it does, to write the code caches of what was compiled
 * before under the flags it was compiled with, once it has checked that V8's flags are then as
 * they were.
 */
type SetFlags = (flags: string, undo?: string) => void;
export const UNDO = '--no-liftoff-only --no-wasm-lazy-validation --wasm-tier-up --wasm-dynamic-tiering';

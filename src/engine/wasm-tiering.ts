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
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--liftoff-only');
  // The grammar ships with mtlslint: its functions are validated when first called, not all up front.
  setFlagsFromString('--wasm-lazy-validation');
}

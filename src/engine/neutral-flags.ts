import { bundleChunks } from '../loader/chunks-api.js';
import { processBinding, type ProcessBinding } from '../loader/process-binding.js';
import { v8FlagSetter } from '../loader/v8-flags.js';

/**
 * Sets V8 flags that change no compiled code (how the heap grows, when functions are optimized),
 * answering how to set them back (`undo`: V8's defaults). V8 still puts every flag in the flag hash
 * of the code caches it makes and compares it when it takes one: in the bundle, the flags are set
 * through the loader's `neutralFlags`, which sets them back around each chunk it compiles and each
 * cache it makes, and for good at exit. Run from sources (tests), there is no code cache.
 */
export function setNeutralFlags(set: string, undo: string, binding: ProcessBinding | null = processBinding): () => void {
  const loader = bundleChunks();
  if (typeof loader?.neutralFlags === 'function') return loader.neutralFlags(set, undo);
  const setFlags = v8FlagSetter(binding);
  setFlags(set);
  return () => setFlags(undo);
}

/** The options the process was started with (Node.js and V8 options on its command line, NODE_OPTIONS): flags named there are left as given. */
export function startOptions(): string {
  return `${process.execArgv.join(' ')} ${process.env['NODE_OPTIONS'] ?? ''}`;
}

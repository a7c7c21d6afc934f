import { nodeBuiltin } from './node-builtin.js';
import { processBinding, quietBinding, type ProcessBinding } from './process-binding.js';

export type { ProcessBinding };

/** Sets V8 flags for the whole process, as `v8.setFlagsFromString` does. */
export type SetV8Flags = (flags: string) => void;

/**
 * V8's `setFlagsFromString` without loading `node:v8`: that module loads Node's stream modules (for
 * heap snapshots), ~32 M instructions, a tenth of a one-file Terraform run, which only sets the
 * grammar's WASM tiering (src/engine/wasm-tiering.ts). `node:v8`'s function calls its binding's,
 * which `process.binding('v8')` gives too (its deprecation warning kept off stderr: `quietBinding`).
 * Where the binding is gone or refused (`--permission`), `node:v8`'s.
 */
export function v8FlagSetter(binding: ProcessBinding | null = processBinding): SetV8Flags {
  const set = (quietBinding(binding, 'v8') as { setFlagsFromString?: unknown } | undefined)?.setFlagsFromString;
  if (typeof set === 'function') return (flags) => void (set as SetV8Flags)(flags);
  return (nodeBuiltin('node:v8') as typeof import('node:v8')).setFlagsFromString;
}

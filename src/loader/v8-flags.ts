import { nodeBuiltin } from './node-builtin.js';

/** Sets V8 flags for the whole process, as `v8.setFlagsFromString` does. */
export type SetV8Flags = (flags: string) => void;

/** `process.binding`, deprecated but kept by Node 20 to 24 (null where it is gone). */
export type ProcessBinding = (name: string) => unknown;

const legacy = (process as { binding?: unknown }).binding;
const processBinding: ProcessBinding | null = typeof legacy === 'function' ? (name) => (legacy as ProcessBinding).call(process, name) : null;

/**
 * V8's `setFlagsFromString` without loading `node:v8`: that module loads Node's stream modules (for
 * heap snapshots), ~32 M instructions, a tenth of a one-file Terraform run, which only sets the
 * grammar's WASM tiering (src/engine/wasm-tiering.ts). `node:v8`'s function calls its binding's,
 * which `process.binding('v8')` gives too, with a deprecation warning (DEP0111) about reaching
 * Node's internals that says nothing to a user of mtlslint: it is kept off stderr (Node checks
 * `process.noDeprecation` as the warning is emitted, during the call). Where the binding is gone
 * or refused (`--permission`), `node:v8`'s.
 */
export function v8FlagSetter(binding: ProcessBinding | null = processBinding): SetV8Flags {
  let set: unknown;
  if (binding) {
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      set = (binding('v8') as { setFlagsFromString?: unknown } | undefined)?.setFlagsFromString;
    } catch {
      // gone, or refused
    } finally {
      process.noDeprecation = quiet;
    }
  }
  if (typeof set === 'function') return (flags) => void (set as SetV8Flags)(flags);
  return (nodeBuiltin('node:v8') as typeof import('node:v8')).setFlagsFromString;
}

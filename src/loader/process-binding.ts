/** `process.binding`, deprecated (DEP0111) but kept by Node 20 to 24 for a fixed list of names; null where it is gone. */
export type ProcessBinding = (name: string) => unknown;

const legacy = (process as { binding?: unknown }).binding;

/**
 * This process's `process.binding`, or null. Used where the public module that wraps a binding
 * loads far more than the call needs (`node:v8`, `node:tty`: Node's stream and net modules); each
 * user falls back to the public module when the binding is gone or refused (`--permission`).
 */
export const processBinding: ProcessBinding | null = typeof legacy === 'function' ? (name) => (legacy as ProcessBinding).call(process, name) : null;

/**
 * `binding(name)`, with Node's deprecation warnings off during the call only: the warning is about
 * reaching Node's internals and says nothing to a user of mtlslint (Node checks
 * `process.noDeprecation` as it emits it, during the call). Undefined where it is gone or refused.
 * Under `--no-deprecation` (also in `NODE_OPTIONS`) Node makes `process.noDeprecation` true and
 * read-only, and assigning it throws in strict code: it is set only when it is not already true,
 * with `Reflect.set`, which answers instead of throwing.
 */
export function quietBinding(binding: ProcessBinding | null, name: string): unknown {
  if (!binding) return undefined;
  const before = process.noDeprecation;
  const silenced = before !== true && Reflect.set(process, 'noDeprecation', true);
  try {
    return binding(name);
  } catch {
    return undefined; // refused
  } finally {
    if (silenced) Reflect.set(process, 'noDeprecation', before);
  }
}

import { createRequire } from 'node:module';

/**
 * A built-in module, loaded when asked for (a run that never needs it does not pay for it).
 * `process.getBuiltinModule` (Node 20.16 and later) loads nothing else, where `createRequire`
 * needs node:module, which brings Node's ES module loader and source maps with it (~5 M
 * instructions of a one-file run). Earlier Node 20 (VS Code's own runs the language server) takes
 * `createRequire`; the bundled CLI's loader hands chunks node:module as a stand-in that loads it
 * only then (src/loader/chunk-loader.ts).
 */
export function builtinModule<T>(id: string): T {
  return (process.getBuiltinModule?.(id) ?? createRequire(import.meta.url)(id)) as T;
}

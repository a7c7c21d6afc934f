/**
 * A built-in module by its name, or undefined when no built-in has that name.
 * `process.getBuiltinModule` (Node 20.16 and later) loads nothing else, where `node:module` (for
 * `createRequire` and `isBuiltin`) brings Node's ES module loader and source maps with it: ~5 M
 * instructions of a one-file run. Earlier Node 20 (VS Code's own, which runs the language server)
 * takes the loader's own `require`: the loader runs as CommonJS (dist/loader.cjs).
 */
export function nodeBuiltin(specifier: string): object | undefined {
  if (process.getBuiltinModule) return process.getBuiltinModule(specifier);
  const { isBuiltin } = require('node:module') as typeof import('node:module');
  return isBuiltin(specifier) ? (require(specifier) as object) : undefined;
}

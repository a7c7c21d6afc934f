import { classifyByName } from '../engine/classify.js';
import { formatOfKind, type InputFormat } from '../engine/parsers.js';
import { bundleChunks } from '../loader/chunks-api.js';

/**
 * The kind of a lint run for the code cache, from the paths it names: the format when every path is a
 * file of that one format by its name (a pre-commit hook's files, an editor's), else none (a
 * directory, files of several formats). A name is all that is looked at: the kind only chooses
 * which caches the run's chunks use, never what is linted.
 */
export function cacheFlavourOf(paths: readonly string[]): InputFormat | undefined {
  let flavour: InputFormat | undefined;
  for (const path of paths) {
    const kind = classifyByName(path);
    if (kind === undefined) return undefined;
    // Any JSON is taken as ARM here (a plan or another file is told by its content, later).
    const format = kind === 'json' ? 'arm' : formatOfKind(kind);
    if (flavour !== undefined && format !== flavour) return undefined;
    flavour = format;
  }
  return flavour;
}

/**
 * Tells the bundle's loader the kind of run (see `cacheFlavourOf` and the loader's `flavour`), before
 * the lint's chunks load: they then use caches written by runs of the same kind. Run from sources
 * (tests), there is no loader and no cache.
 */
export function useCacheFlavour(paths: readonly string[]): void {
  const loader = bundleChunks();
  const flavour = cacheFlavourOf(paths);
  if (flavour !== undefined && typeof loader?.cacheFlavour === 'function') loader.cacheFlavour(flavour);
}

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { classifyByName } from './classify.js';
import type { LintRoot } from './confine.js';

/** Directories that never hold infrastructure code worth linting. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.terraform', '.hg', '.svn']);

export interface Discovery {
  /** Absolute paths of candidate files (by name; JSON is sniffed later). */
  files: string[];
  /**
   * Siblings of explicitly named files: parsed so that values resolve across the
   * template or module directory (pre-commit passes only the changed files), but
   * not reported on unless a finding reaches into a named file.
   */
  context: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Directories given on the command line, as given and absolute (each must hold something to lint). */
  directories: { arg: string; path: string }[];
  /** Names of the regular files (not links) of every directory walked, ignored ones included: no directory is listed twice in a run. */
  listings: Map<string, string[]>;
}

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

function loadGitignore(dir: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}

/**
 * `relative(dir, path)` with `/` separators. The walk's paths are normalized and built under their
 * directories: a path under `dir` is cut, not resolved again (once per file and .gitignore layer).
 */
function relativeSlash(dir: string, path: string): string {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const rel = path.startsWith(prefix) ? path.slice(prefix.length) : relative(dir, path);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function isIgnored(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = relativeSlash(layer.dir, path);
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** A looping or dangling link is not a file (and must not end the run). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Walks the given paths. Directories honour `.gitignore` files (from the root down)
 * and `extraIgnore` globs; explicitly named files are always taken. Symlinked
 * directories are followed once (their real path is remembered, so loops end).
 * `onFile` is told the count of files found so far as each is found (a large run starts its
 * worker threads before the walk ends).
 */
export function discover(
  paths: readonly string[],
  cwd: string,
  root: string,
  extraIgnore: readonly string[] = [],
  tree?: LintRoot,
  onFile?: (count: number) => void,
): Discovery {
  const files = new Set<string>();
  const missing: string[] = [];
  const named: string[] = [];
  const directories: { arg: string; path: string }[] = [];
  const seenDirs = new Set<string>();
  const listings = new Map<string, string[]>();
  const extra = extraIgnore.length ? ignore().add([...extraIgnore]) : undefined;

  const rootLayers = (dir: string): IgnoreLayer[] => {
    // .gitignore files between the root and the starting directory apply too.
    const layers: IgnoreLayer[] = [];
    const rel = relative(root, dir);
    if (rel.startsWith('..')) return layers;
    let cur = root;
    const parts = rel ? rel.split(sep) : [];
    for (let i = 0; i <= parts.length; i++) {
      const rules = loadGitignore(cur);
      if (rules) layers.push({ dir: cur, rules });
      const next = parts[i];
      if (next === undefined) break;
      cur = join(cur, next);
    }
    return layers;
  };

  const extraIgnored = (path: string, isDir: boolean): boolean => {
    if (!extra) return false;
    const rel = relativeSlash(root, path);
    return !!rel && !rel.startsWith('..') && extra.ignores(isDir ? `${rel}/` : rel);
  };

  /** `real`: the directory's real path when known (reached from one through entries that are not links). */
  const walk = (dir: string, layers: IgnoreLayer[], known?: string): void => {
    let real: string;
    try {
      real = known ?? realpathSync.native(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    tree?.listedDirectory(dir, real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Look for .gitignore among the entries: a failed read per directory costs more than the walk.
    const own = entries.some((e) => e.name === '.gitignore') ? loadGitignore(dir) : undefined;
    const here = own && !layers.some((l) => l.dir === dir) ? [...layers, { dir, rules: own }] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    tree?.listedNames(dir, entries);
    listings.set(
      dir,
      entries.filter((e) => e.isFile()).map((e) => e.name),
    );
    // Names hold no separator and `dir` is normalized: no need for `join` (it normalizes again, per entry).
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const path = prefix + entry.name;
      const link = entry.isSymbolicLink();
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (link) {
        try {
          const st = statSync(path);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (ALWAYS_SKIPPED.has(entry.name)) continue;
        // A linked directory that leaves the tree is not walked (its files could not be read anyway).
        let linked: string | undefined;
        if (link) {
          try {
            linked = realpathSync.native(path);
          } catch {
            continue;
          }
          if (tree && !tree.containsReal(linked)) continue;
        }
        if (isIgnored(here, path, true) || extraIgnored(path, true)) continue;
        walk(path, here, linked ?? (real.endsWith(sep) ? real : real + sep) + entry.name);
      } else if (isFile && classifyByName(path) !== undefined) {
        if (isIgnored(here, path, false) || extraIgnored(path, false)) continue;
        files.add(path);
        if (!link) tree?.listedFile(path, dir);
        onFile?.(files.size);
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      directories.push({ arg: p, path: abs });
      walk(abs, rootLayers(abs));
    } else {
      files.add(abs);
      named.push(abs);
      onFile?.(files.size);
    }
  }
  const context = new Set<string>();
  for (const file of named) {
    const dir = dirname(file);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const sibling = join(dir, name);
      if (!files.has(sibling) && classifyByName(sibling) !== undefined && isRegularFile(sibling)) context.add(sibling);
    }
  }
  return { files: [...files].sort(), context: [...context].sort(), missing, directories, listings };
}

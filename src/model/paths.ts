import { dirname, relative, sep } from 'node:path';

/** A `//`, a `.` or `..` segment, or a trailing `/`: what `path.posix.resolve` would change. */
const NOT_RESOLVED = /\/\/|\/\.{1,2}(?:\/|$)|\/$/;

/**
 * `file` relative to `base` as `path.posix.relative` gives it, when `file` lies under `base` and both
 * are absolute POSIX paths already in resolved form (as the walk makes them): the rest of `file`.
 * Undefined otherwise (ask `relative`). `relative` resolves both paths, a loop over every character
 * of each, at every call: a large run asks this once per file and root.
 */
export function plainRelative(base: string, file: string): string | undefined {
  if (!base.startsWith('/') || file.length <= base.length + 1 || file.charCodeAt(base.length) !== 47 || !file.startsWith(base)) return undefined;
  // `file` starts with `base`: what would change in `base` shows in `file` too.
  return NOT_RESOLVED.test(file) ? undefined : file.slice(base.length + 1);
}

/**
 * `compute(base, file)` remembering the answers for the last `base` asked about (at most `max` of
 * them: a bound, not a goal): a report names one root, and each file at every finding in it.
 */
export function lastBaseMemo<T>(compute: (base: string, file: string) => T, max = 4096): (base: string, file: string) => T {
  let last: string | undefined;
  let answers = new Map<string, T>();
  return (base, file) => {
    if (base !== last) {
      last = base;
      answers = new Map();
    }
    let answer = answers.get(file);
    if (answer === undefined) {
      if (answers.size >= max) answers.clear();
      answer = compute(base, file);
      answers.set(file, answer);
    }
    return answer;
  };
}

/** `path` as the file `from` names it: relative to that file's directory, with `/` (never absolute, so a report does not say where the checkout lies). */
export function shownFrom(from: string, path: string): string {
  return relative(dirname(from), path).split(sep).join('/');
}

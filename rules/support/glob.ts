/**
 * Globs from config and directives are untrusted input: they are matched by simulating all
 * positions of the pattern at once (time O(pattern × text), no backtracking regular expression,
 * whatever the stars).
 */
/** `dirs` (`**\/`, zero or more directories) is two positions: before any directory, and inside one. */
type Step = { kind: 'char'; c: string } | { kind: 'one' } | { kind: 'star' } | { kind: 'globstar' } | { kind: 'dirs' } | { kind: 'inDirs' };

export interface GlobOptions {
  /** `*` and `?` stop at `/`; `**` spans directories and `**\/` matches zero or more of them. */
  paths?: boolean;
  caseInsensitive?: boolean;
  /** A pattern that matches a directory matches everything below it. */
  directories?: boolean;
}

function compile(pattern: string, paths: boolean): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && paths && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      if (slash) steps.push({ kind: 'dirs' }, { kind: 'inDirs' });
      else steps.push({ kind: 'globstar' });
      i += slash ? 2 : 1;
    } else if (c === '*') {
      if (steps.at(-1)?.kind !== 'star') steps.push({ kind: 'star' }); // `**` without paths is one star
    } else if (c === '?') steps.push({ kind: 'one' });
    else steps.push({ kind: 'char', c });
  }
  return steps;
}

/** Whether `text` matches the compiled steps (`paths`: stars do not cross `/`). */
function run(steps: readonly Step[], text: string, paths: boolean, directories: boolean): boolean {
  const n = steps.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // Zero-width moves: past a star (matches nothing) and past `**/` (no directory). Forward only: one pass.
  const close = (set: Uint8Array): void => {
    for (let i = 0; i < n; i++) {
      const k = steps[i]?.kind;
      if (set[i] && (k === 'star' || k === 'globstar')) set[i + 1] = 1;
      else if (set[i] && k === 'dirs') set[i + 2] = 1;
    }
  };
  current[0] = 1;
  close(current);
  for (let t = 0; t < text.length; t++) {
    const ch = text[t] as string;
    if (directories && ch === '/' && current[n]) return true;
    next.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!current[i]) continue;
      const s = steps[i] as Step;
      switch (s.kind) {
        case 'char':
          if (s.c === ch) next[i + 1] = 1;
          break;
        case 'one':
          if (!paths || ch !== '/') next[i + 1] = 1;
          break;
        case 'star':
          if (!paths || ch !== '/') next[i] = 1;
          break;
        case 'globstar':
          next[i] = 1;
          break;
        case 'dirs':
        case 'inDirs': {
          // Any character is inside the directories; a `/` may also be the last of them.
          const base = s.kind === 'dirs' ? i : i - 1;
          next[base + 1] = 1;
          if (ch === '/') next[base + 2] = 1;
          break;
        }
      }
    }
    close(next);
    for (let i = 0; i <= n; i++) if (next[i]) any = true;
    if (!any) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

/** A compiled glob: compile once, match many texts. */
export function compileGlob(pattern: string, options: GlobOptions = {}): (text: string) => boolean {
  const fold = options.caseInsensitive === true;
  const paths = options.paths === true;
  const directories = options.directories === true;
  const steps = compile(fold ? pattern.toLowerCase() : pattern, paths);
  return (text) => run(steps, fold ? text.toLowerCase() : text, paths, directories);
}

/** Case-insensitive glob match: `*` is any run of characters (including `/`), `?` one character. */
export function globMatch(pattern: string, text: string): boolean {
  return compileGlob(pattern, { caseInsensitive: true })(text);
}

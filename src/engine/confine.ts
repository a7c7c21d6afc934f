import { constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { systemReadsWhole } from './mounts.js';

/** Version-control metadata (a checkout's `.git/config` holds the job's credentials): never read, even inside the root. */
const VCS_DIRS = new Set(['.git', '.hg', '.svn']);

/**
 * The linted tree: the one place that decides whether a path may be read or written. A path is
 * refused when, after resolving symlinks, it is outside every root, inside a version-control
 * directory, or not a regular file (directory for listings). Paths the user named (command line,
 * config, `--param-file`) are the user's choice and may be anywhere, but must still be regular
 * files: a FIFO or a device would hang or never end.
 */
export class LintRoot {
  private readonly roots: string[];
  private readonly named: Set<string>;
  private readonly checked = new Map<string, string | undefined>();
  /** Real paths of the directories of paths checked: one system call per directory, not per file (none for those the walk listed). */
  private readonly realDirs = new Map<string, string>();
  /** Files the directory walk listed as regular files, not links (see `listedFile`), with their directories. */
  private readonly listedFiles = new Map<string, string>();
  /** `outside` of the real paths of listed directories (null: may be read). */
  private readonly dirVerdicts = new Map<string, string | null>();
  /** The entries of every directory the walk listed, of any type (see `absent`). */
  private readonly listedEntries = new Map<string, readonly { name: string }[]>();
  /** `readsWhole`, once asked. */
  private wholeReads: boolean | undefined;
  /** For the directories `absent` was asked about: their entries' names in lower case (null: some name is not plain ASCII). */
  private readonly foldedEntries = new Map<string, ReadonlySet<string> | null>();

  constructor(roots: readonly string[], named: readonly string[] = []) {
    this.roots = [...new Set(roots.map((r) => realPath(resolve(r))))];
    this.named = new Set(named.map((p) => resolve(p)));
  }

  /** Real paths of the roots (for messages and tests). */
  get paths(): readonly string[] {
    return this.roots;
  }

  /** Why `path` may not be read as a `kind`, or undefined when it may. Checks containment before existence, so that refusals reveal nothing about the outside. */
  refusal(path: string, kind: 'file' | 'dir' = 'file'): string | undefined {
    // A file the walk listed is absolute and normalized already, and its answer is its directory's
    // (cached there): no path to resolve, no key to build and keep per file of a large tree.
    const listedIn = kind === 'file' ? this.listedFiles.get(path) : undefined;
    if (listedIn !== undefined) return this.named.has(path) ? undefined : this.listedRefusal(path, listedIn);
    // A path that was not there when the walk listed its directory: its answer is its directory's
    // too (what `check` finds for a missing path: its directory's real path and its own name).
    if (this.absent(path)) return this.named.has(path) ? undefined : this.listedRefusal(path, directoryOf(path));
    const key = `${kind}:${path}`;
    if (this.checked.has(key)) return this.checked.get(key);
    const why = this.check(resolve(path), kind);
    // Module fan-out asks about the same paths many times: one answer per run.
    if (this.checked.size > 100_000) this.checked.clear();
    this.checked.set(key, why);
    return why;
  }

  /**
   * The walk's word that directory `dir` (absolute, as walked) has real path `real`: a directory
   * reached from a real path through entries that are not links has that path and its names.
   */
  listedDirectory(dir: string, real: string): void {
    if (this.realDirs.size > 100_000) this.realDirs.clear();
    this.realDirs.set(dir, real);
  }

  /**
   * The walk's word that `path`, in a directory given to `listedDirectory`, was listed as a regular
   * file and not a link: checking it needs no system call. A reader must then open it without
   * following a link (`O_NOFOLLOW`), so that a link put in place of the file since is refused, and
   * call `unlist` to have it checked in full. Only the file itself: a directory on its path replaced
   * by a link after the walk is not seen (as with any check made before the open). Where the system
   * has no `O_NOFOLLOW` (Windows), nothing is taken on the walk's word. `dir`: its directory as
   * `directoryOf` cuts it, given by a walk that holds it already (one string per directory).
   */
  listedFile(path: string, dir = directoryOf(path)): void {
    if (constants.O_NOFOLLOW === undefined) return;
    this.listedFiles.set(path, dir);
  }

  /**
   * The walk's word that directory `dir` (as given to `listedDirectory`) held these entries, of any
   * type: a name not among them was not there (see `absent`).
   */
  listedNames(dir: string, entries: readonly { name: string }[]): void {
    if (constants.O_NOFOLLOW === undefined) return;
    this.listedEntries.set(dir, entries);
  }

  /**
   * Whether `path` (absolute and normalized) did not exist when the walk listed its directory: no
   * entry there has its name, in any letter case (a case-insensitive file system opens `A.json` as
   * `a.json`). Asked before a read that would fail (a template's sibling parameter file that is
   * not there): the answer takes no system call, and reads nothing. Only plain ASCII names, in
   * directories whose names are all ASCII, are answered: a file system may fold or normalize other
   * names to one listed (or take `NAME~1.JSO` or a trailing dot for another), so those are left to
   * the system (false), as are paths in directories the walk did not list. A file created after
   * the walk is not there, as it is not linted either.
   */
  absent(path: string): boolean {
    if (this.listedEntries.size === 0) return false;
    const cut = path.lastIndexOf(sep);
    // `//name` and `dir//name` name a directory differently than the walk keys it.
    if (cut < 0 || (cut > 0 && path.charCodeAt(cut - 1) === SEP)) return false;
    const dir = cut === 0 ? sep : path.slice(0, cut);
    const entries = this.listedEntries.get(dir);
    if (entries === undefined) return false;
    const name = path.slice(cut + 1);
    // A version-control name is left to the full check, which refuses it whatever it is.
    if (!PLAIN_NAME.test(name) || VCS_DIRS.has(name)) return false;
    let folded = this.foldedEntries.get(dir);
    if (folded === undefined) {
      folded = foldedNames(entries);
      this.foldedEntries.set(dir, folded);
    }
    return folded !== null && !folded.has(name.toLowerCase());
  }

  /**
   * Whether a positional read of a regular file of the tree that gives fewer bytes than asked has
   * reached the end of the file, so that no second read need say so: where every file system the
   * roots lie on says so (see mounts.ts), asked of the system once.
   */
  readsWhole(): boolean {
    return (this.wholeReads ??= systemReadsWhole(this.roots));
  }

  /** Whether `path` is checked on the walk's word (see `listedFile`). */
  listed(path: string): boolean {
    return this.listedFiles.has(path);
  }

  /** Whether `path` is checked on the walk's word and may be read: `listed` and no `refusal`, in one look-up (asked per file of a large tree). */
  listedReadable(path: string): boolean {
    const dir = this.listedFiles.get(path);
    return dir !== undefined && (this.named.has(path) || this.listedRefusal(path, dir) === undefined);
  }

  /**
   * For a file the walk listed: its directory and that directory's real path, when known, so that
   * another thread's `LintRoot` can be told both (`listedDirectory`, `listedFile`).
   */
  listedDirectoryOf(path: string): [string, string] | undefined {
    const dir = directoryOf(path);
    const real = this.realDirs.get(dir);
    return real === undefined ? undefined : [dir, real];
  }

  /** `path` is no longer what the walk listed (a link now): its next check is a full one. */
  unlist(path: string): void {
    this.listedFiles.delete(path);
    this.checked.delete(`file:${path}`);
  }

  private check(abs: string, kind: 'file' | 'dir'): string | undefined {
    const listedIn = kind === 'file' ? this.listedFiles.get(abs) : undefined;
    if (listedIn !== undefined) return this.named.has(abs) ? undefined : this.listedRefusal(abs, listedIn);
    // What the path itself is: a link is followed (to its real path, and to what it points at).
    let own: Stats | undefined;
    try {
      own = lstatSync(abs);
    } catch {
      own = undefined;
    }
    const link = own === undefined || own.isSymbolicLink();
    if (!this.named.has(abs)) {
      const why = this.outside(link ? realPath(abs) : this.realInDirectory(abs));
      if (why) return why;
    }
    let st;
    try {
      st = link ? statSync(abs) : own;
    } catch {
      return undefined; // missing: the reader says so in its own words
    }
    if (st === undefined) return undefined;
    if (kind === 'dir' ? !st.isDirectory() : !st.isFile()) return kind === 'dir' ? 'not a directory' : 'not a regular file';
    return undefined;
  }

  /**
   * `outside` for a listed file, from its directory's answer (asked once per directory): its real
   * path is its directory's and its name, and the name itself may be a version-control one.
   */
  private listedRefusal(abs: string, dir: string): string | undefined {
    let verdict = this.dirVerdicts.get(dir);
    if (verdict === undefined) {
      verdict = this.outside(this.realDirectory(dir)) ?? null;
      if (this.dirVerdicts.size > 100_000) this.dirVerdicts.clear();
      this.dirVerdicts.set(dir, verdict);
    }
    if (verdict !== null) return verdict;
    // Every version-control name starts with a dot: other names need no slice to look up.
    const name = abs.lastIndexOf(sep) + 1;
    return abs.charCodeAt(name) === 0x2e && VCS_DIRS.has(abs.slice(name)) ? 'inside a version-control directory' : undefined;
  }

  /** Why a real path may not be read wherever it is (outside every root, or in version-control metadata), or undefined. */
  private outside(real: string): string | undefined {
    const root = this.rootOf(real);
    if (root === undefined) return 'outside the linted tree';
    // `real` is `root` or a normalized path under it (see `rootOf`): what is below the root is cut, not resolved again.
    const below = real.length > root.length ? real.slice(root.endsWith(sep) ? root.length : root.length + 1) : '';
    if (below.split(sep).some((part) => VCS_DIRS.has(part))) return 'inside a version-control directory';
    return undefined;
  }

  private rootOf(real: string): string | undefined {
    return this.roots.find((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
  }

  /** The real path of a path that is not itself a link: its directory's real path (asked once per directory) and its name. */
  private realInDirectory(abs: string): string {
    const dir = dirname(abs);
    if (dir === abs) return realPath(abs);
    return join(this.realDirectory(dir), basename(abs));
  }

  /** The real path of a directory, asked once (or told by the walk). */
  private realDirectory(dir: string): string {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      real = realPath(dir);
      if (this.realDirs.size > 100_000) this.realDirs.clear();
      this.realDirs.set(dir, real);
    }
    return real;
  }

  contains(path: string): boolean {
    return this.containsReal(realPath(resolve(path)));
  }

  /** Whether a real path is under a root. */
  containsReal(real: string): boolean {
    return this.rootOf(real) !== undefined;
  }
}

const SEP = sep.charCodeAt(0);

/**
 * Names `absent` answers for: ASCII letters, digits, `-`, `_` and dots, not last and not two first
 * (no `.` or `..`, no name a file system may take for another: `~` of short names, trailing dots;
 * one leading dot is a name like any, as Terraform's `.terraform.lock.hcl`), at most 255 bytes
 * (longer ones fail in other words).
 */
const PLAIN_NAME = /^\.?[A-Za-z0-9_-](?:[A-Za-z0-9._-]{0,252}[A-Za-z0-9_-])?$/;

const NON_ASCII = /[^\x00-\x7f]/;

/** The names of a directory's entries in lower case, or null when one is not ASCII (see `absent`). */
function foldedNames(entries: readonly { name: string }[]): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const e of entries) {
    if (NON_ASCII.test(e.name)) return null;
    out.add(e.name.toLowerCase());
  }
  return out;
}

/** The directory of an absolute path, as the walk keys it (`dirname` normalizes, which the walk's paths need not). */
function directoryOf(abs: string): string {
  const cut = abs.lastIndexOf(sep);
  return cut === 0 ? sep : abs.slice(0, cut);
}

/**
 * The real path of `path`, also when it does not exist: the real path of its nearest existing
 * ancestor with the rest appended (a dangling or looping link resolves to where it points).
 */
export function realPath(path: string): string {
  const rest: string[] = [];
  let cur = path;
  for (;;) {
    try {
      // The native call is one system call; the JS one stats every component (per file read, per run).
      const real = realpathSync.native(cur);
      return rest.length ? join(real, ...rest.reverse()) : real;
    } catch {
      const up = dirname(cur);
      if (up === cur) return path;
      rest.push(basename(cur));
      cur = up;
    }
  }
}

/**
 * The root of a run: the repository root, widened to hold the paths named on the command line
 * (their common directory), so that `mtlslint lint ../other` lints `../other` and nothing beside it.
 */
export function lintRootFor(repositoryRoot: string, namedPaths: readonly string[], namedFiles: readonly string[] = []): LintRoot {
  const roots = [repositoryRoot];
  const root = new LintRoot(roots);
  for (const p of namedPaths) {
    if (!isAbsolute(p)) continue;
    if (root.contains(p)) continue;
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      isDir = false;
    }
    roots.push(isDir ? p : dirname(p));
  }
  return new LintRoot(roots, namedFiles);
}

/** The message of a refused path, as the user wrote it. */
export function refusalMessage(written: string, reason: string): string {
  return `not read: ${written} is ${reason === 'outside the linted tree' ? 'outside the linted tree (only files under the repository or the paths named on the command line are read)' : reason === 'inside a version-control directory' ? 'inside a version-control directory (never read)' : reason}`;
}

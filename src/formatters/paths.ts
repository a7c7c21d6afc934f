import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lastBaseMemo, plainRelative } from '../model/index.js';

// A drive letter or a UNC prefix: the path was produced on Windows (or written that way in a test).
const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\)/;

function isWindowsStyle(p: string): boolean {
  return WINDOWS_ABSOLUTE.test(p);
}

/**
 * `file` relative to `base`, `/`-separated on every platform. Windows-style paths are
 * handled with win32 semantics even on POSIX, so reports do not depend on where they run.
 * May start with `../` when `file` lies outside `base`, or stay absolute on another drive.
 */
export function relativePath(file: string, base: string): string {
  // Relative inputs depend on the working directory: worked out each time.
  return absoluteAlike(file, base) ? knownRelativePath(base, file) : computeRelativePath(file, base);
}

/** The last base's answers: a report names each file at every finding and location in it. */
const knownRelativePath = lastBaseMemo((base, file) => computeRelativePath(file, base));

/**
 * Whether two paths are absolute in the same style, POSIX or Windows: then how they relate does not
 * depend on the working directory (a POSIX path is relative to the current drive for Windows).
 */
export function absoluteAlike(a: string, b: string): boolean {
  return a.startsWith('/') ? b.startsWith('/') : isWindowsStyle(a) && isWindowsStyle(b);
}

function computeRelativePath(file: string, base: string): string {
  if (isWindowsStyle(file) || isWindowsStyle(base)) {
    const rel = path.win32.relative(base, file);
    return rel.replace(/\\/g, '/');
  }
  return plainRelative(base, file) ?? path.posix.relative(base, file);
}

/** Whether a result of `relativePath` stays inside its base. */
export function isInside(relative: string): boolean {
  return relative !== '' && relative !== '..' && !relative.startsWith('../') && !path.posix.isAbsolute(relative) && !WINDOWS_ABSOLUTE.test(relative);
}

/** A relative `/` path as a URI reference: every segment percent-encoded. */
export function relativeUri(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** `file://` URI of an absolute path (with a trailing `/` when it names a directory). */
export function fileUri(absolute: string, directory = false): string {
  const href = pathToFileURL(absolute, { windows: isWindowsStyle(absolute) }).href;
  return directory && !href.endsWith('/') ? `${href}/` : href;
}

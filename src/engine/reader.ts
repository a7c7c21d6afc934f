import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { asciiView } from '../../parsers/shared/ascii-view.js';
import type { ReadResult } from '../model/index.js';
import type { LintRoot } from './confine.js';

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns bytes into text the parsers can trust: rejects binary data and invalid
 * UTF-8 with a message, and drops a leading BOM so that columns match what an
 * editor shows (fixes put it back).
 */
export function decodeText(bytes: Uint8Array, ascii?: string): ReadResult {
  if (utf16(bytes)) return { ok: false, message: 'file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8' };
  if (hasNul(bytes)) return { ok: false, message: 'binary file (contains NUL bytes); not linted' };
  let text: string;
  try {
    // Bytes all ASCII whose text was made already (`asciiText`): that text is their decoding.
    text = ascii ?? decoder.decode(bytes);
  } catch {
    return { ok: false, message: 'file is not valid UTF-8; not linted: save it as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

const utf16 = (bytes: Uint8Array): boolean => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
/** How far a file is looked at for a NUL (binary data). */
const BINARY_LOOK = 8192;

/** Whether the bytes are binary data, as `decodeText` tells it: a NUL among their first bytes. */
export function hasNul(bytes: Uint8Array): boolean {
  return (bytes.length > BINARY_LOOK ? bytes.subarray(0, BINARY_LOOK) : bytes).indexOf(0) !== -1;
}

/** Whether `decodeText` accepts the bytes, checked without building the string (when not, it says why). */
export function isPlainText(bytes: Uint8Array): boolean {
  return !utf16(bytes) && !hasNul(bytes) && isUtf8(bytes);
}

/** The text of bytes that are all ASCII (where UTF-8 and latin1 read alike, and latin1 costs no decoding), else undefined. */
export function asciiText(bytes: Uint8Array): string | undefined {
  return isAscii(bytes) ? asciiView(bytes) : undefined;
}

let shared: Buffer | undefined;

/** One buffer for every head read of the thread: classifying thousands of files allocates nothing. */
function headBuffer(bytes: number): Buffer {
  if (!shared || shared.length < bytes) shared = Buffer.allocUnsafe(bytes);
  return shared;
}

/** A whole file as bytes, or why it could not be read (as `read` says it). */
export type BytesResult = { ok: true; bytes: Buffer } | (ReadResult & { ok: false });

/**
 * The text of the first `n` bytes of a file (a head read): a UTF-16 file is still recognised, and
 * then reported as not UTF-8 rather than ignored.
 */
export function headText(buf: Buffer, n: number): string {
  const even = 2 + ((n - 2) & ~1);
  if (n >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2, even);
  if (n >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2, even)).swap16().toString('utf16le');
  return buf.toString('utf8', 0, n);
}

export interface FileReader {
  read(path: string): ReadResult;
  /**
   * The whole file as bytes, from disk (one read serves the classification's look at its head and the parse); a file larger than `upTo` is not returned (at most `upTo + 1` of its bytes are read).
   * With `into`, the bytes are read into the buffer it gives (at least that many bytes long), which the caller may reuse.
   */
  readBytes?(path: string, upTo?: number, into?: (bytes: number) => Buffer): BytesResult;
  /** For a unit's reader: reads a file whose kind its content tells once, so that `head` and `read` need no second read. */
  preload?(path: string): void;
  /** For a unit's reader: the bytes of a preloaded (or held) file not decoded yet (the prefilter looks at them without decoding). */
  bytes?(path: string): Buffer | undefined;
  /** For a unit's reader: the text of the file preloaded last when its bytes are all ASCII and its classification made it (see `UnitReader.head`). */
  text?(path: string): string | undefined;
  /** For a unit's reader: keeps a copy of the bytes of the file preloaded last, beyond the next preload, until it is read or `release`d. */
  hold?(path: string): void;
  /** For a unit's reader: forgets the preloaded and held bytes (the preload buffer is reused for the files of other units). */
  release?(): void;
  /** The first bytes of a file, for classification without reading a huge file whole. */
  head(path: string, bytes: number): string | undefined;
  size(path: string): number | undefined;
  /** Why a path (a file, or a directory to list) may not be read; undefined when it may. */
  refusal?(path: string, kind?: 'file' | 'dir'): string | undefined;
}

/** Where the system has no `O_NOFOLLOW` (Windows), files are never checked on the directory walk's word. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Opens a regular file for reading without blocking (a FIFO named like a template must not hang
 * the run) and checks what was opened, not what the name pointed at a moment before.
 */
function openRegular(path: string, noFollow = false): { fd: number; size: number } | { error: string; code?: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (noFollow ? NO_FOLLOW : 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read file: ${code ?? String(err)}`, ...(code ? { code } : {}) };
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    return { error: 'not read: not a regular file' };
  }
  return { fd, size: st.size };
}

/** Reads at most `limit` bytes: a file that grows while it is read cannot make the read unbounded. */
function readAll(fd: number, size: number, limit: number, into?: (bytes: number) => Buffer): Buffer | undefined {
  // Not zero-filled: only the bytes read are ever used.
  const need = Math.min(size, limit) + 1;
  const buf = into ? into(need).subarray(0, need) : Buffer.allocUnsafe(need);
  let n = 0;
  for (;;) {
    const got = readSync(fd, buf, n, buf.length - n, n);
    if (got === 0) break;
    n += got;
    if (n > limit) return undefined;
    // As its size said, as Node's readFileSync does (a file that grows meanwhile is read to that size):
    // no second read to find the end. (A file whose size says 0, as those of /proc, gives at most one byte.)
    if (n === buf.length || n === size) break;
  }
  return buf.subarray(0, Math.min(n, limit));
}

/**
 * Reads from disk, with a size cap and a cache (modules are read by several callers). Without
 * `cache`, nothing is kept: a large run caches per unit instead, so memory stays bounded. With
 * `tree`, only what it allows is read (see `LintRoot`); a refusal is a `refused` result.
 */
export function diskReader(maxBytes = DEFAULT_MAX_FILE_BYTES, cache: Map<string, ReadResult> | false = new Map(), tree?: LintRoot): FileReader {
  const tooBig = (size: number): ReadResult & { ok: false } => ({
    ok: false,
    message: `file is ${(size / 1048576).toFixed(1)} MiB, above the ${(maxBytes / 1048576).toFixed(0)} MiB limit; not linted`,
  });
  /**
   * Opens a file the tree allows. A file the directory walk listed was checked on its word: it is
   * opened without following a link, and one that became a link since is checked in full.
   */
  const open = (path: string): ReturnType<typeof openRegular> | { refused: string } => {
    let refused = tree?.refusal(path);
    if (refused) return { refused };
    // Not there when the walk listed its directory: fails as the open would, without trying it.
    if (tree?.absent(path)) return { error: 'cannot read file: ENOENT', code: 'ENOENT' };
    if (!tree || !NO_FOLLOW || !tree.listed(path)) return openRegular(path);
    const opened = openRegular(path, true);
    // Linux and macOS say ELOOP for a link where none may be followed, FreeBSD EMLINK.
    if (!('code' in opened && (opened.code === 'ELOOP' || opened.code === 'EMLINK'))) return opened;
    tree.unlist(path);
    refused = tree.refusal(path);
    return refused ? { refused } : openRegular(path);
  };
  /**
   * A file the walk listed, read whole into the caller's buffer without asking what it is (building
   * a Stats object per file costs more than reading a small file): it is opened without following a
   * link and without blocking, and read with positional reads, which a FIFO refuses (ESPIPE) and so
   * does a directory (EISDIR); whatever it is, at most `upTo + 1` bytes are read. Any other outcome
   * than some bytes and then the end (nothing, an error, more than `upTo`) is undefined: the caller
   * then opens it again and looks at what it opened, to say what it is in the usual words. The end
   * is a read that gives nothing, or one that gives fewer bytes than asked where the tree's file
   * systems say that is the end (`LintRoot.readsWhole`: one read per file instead of two).
   */
  const readListed = (path: string, upTo: number, into: (bytes: number) => Buffer): BytesResult | undefined => {
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | NO_FOLLOW);
    } catch {
      return undefined;
    }
    try {
      // The caller's buffer as it is (it may be longer): at most `upTo + 1` bytes are read into it.
      const buf = into(upTo + 1);
      const cap = upTo + 1;
      const whole = tree?.readsWhole() === true;
      let n = 0;
      for (let got = readSync(fd, buf, 0, cap, 0); got !== 0; got = readSync(fd, buf, n, cap - n, n)) {
        n += got;
        if (n === cap) return undefined;
        if (whole) break;
      }
      return n === 0 ? undefined : { ok: true, bytes: buf.subarray(0, n) };
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  };
  const readBytes = (path: string, upTo = maxBytes, into?: (bytes: number) => Buffer): BytesResult => {
    // A read into the caller's buffer, of a file the walk listed, as `readListed` (JSON preloaded for classification).
    if (into && upTo < maxBytes && NO_FOLLOW && tree?.listedReadable(path)) {
      const got = readListed(path, upTo, into);
      if (got) return got;
    }
    const opened = open(path);
    if ('refused' in opened) return { ok: false, message: opened.refused, refused: true };
    if ('error' in opened) return { ok: false, message: opened.error, ...(opened.code === 'ENOENT' || opened.code === 'ENOTDIR' ? { missing: true as const } : {}) };
    try {
      if (opened.size > upTo && upTo < maxBytes) return { ok: false, message: `not read whole: larger than ${upTo} bytes` };
      if (opened.size > maxBytes) return tooBig(opened.size);
      const bytes = readAll(opened.fd, opened.size, maxBytes, into);
      return bytes ? { ok: true, bytes } : tooBig(maxBytes + 1);
    } catch (err) {
      return { ok: false, message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
    } finally {
      closeSync(opened.fd);
    }
  };
  return {
    read(path) {
      const hit = cache ? cache.get(path) : undefined;
      if (hit) return hit;
      const got = readBytes(path);
      const result = got.ok ? decodeText(got.bytes) : got;
      if (cache) cache.set(path, result);
      return result;
    },
    readBytes,
    head(path, bytes) {
      const opened = open(path);
      if ('refused' in opened || 'error' in opened) return undefined;
      try {
        const buf = headBuffer(bytes);
        return headText(buf, readSync(opened.fd, buf, 0, bytes, 0));
      } catch {
        return undefined;
      } finally {
        closeSync(opened.fd);
      }
    },
    size(path) {
      if (tree?.refusal(path) || tree?.absent(path)) return undefined;
      try {
        return statSync(path).size;
      } catch {
        return undefined;
      }
    },
    ...(tree ? { refusal: (path: string, kind?: 'file' | 'dir') => tree.refusal(path, kind) } : {}),
  };
}

/** Reads from a map of texts (tests, `--stdin`), falling back to another reader for the rest. */
export function memoryReader(files: ReadonlyMap<string, string>, fallback?: FileReader): FileReader {
  return {
    read(path) {
      const text = files.get(path);
      if (text !== undefined) return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
      return fallback ? fallback.read(path) : { ok: false, message: 'cannot read file: ENOENT', missing: true };
    },
    head(path, bytes) {
      const text = files.get(path);
      return text !== undefined ? text.slice(0, bytes) : fallback?.head(path, bytes);
    },
    size(path) {
      const text = files.get(path);
      return text !== undefined ? text.length : fallback?.size(path);
    },
    refusal(path, kind) {
      return files.has(path) ? undefined : fallback?.refusal?.(path, kind);
    },
  };
}

import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/engine/reader.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { ok: false, message: "file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8" };
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, message: "binary file (contains NUL bytes); not linted" };
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: "file is not valid UTF-8; not linted: save it as UTF-8" };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
var shared;
function headBuffer(bytes) {
  if (!shared || shared.length < bytes) shared = Buffer.allocUnsafe(bytes);
  return shared;
}
function openRegular(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { error: `cannot read file: ${err.code ?? String(err)}` };
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    return { error: "not read: not a regular file" };
  }
  return { fd, size: st.size };
}
function readAll(fd, size, limit) {
  const buf = Buffer.allocUnsafe(Math.min(size, limit) + 1);
  let n = 0;
  for (; ; ) {
    const got = readSync(fd, buf, n, buf.length - n, n);
    if (got === 0) break;
    n += got;
    if (n > limit) return void 0;
    if (n === buf.length) break;
  }
  return buf.subarray(0, Math.min(n, limit));
}
function diskReader(maxBytes = DEFAULT_MAX_FILE_BYTES, cache = /* @__PURE__ */ new Map(), tree) {
  const tooBig = (size) => ({
    ok: false,
    message: `file is ${(size / 1048576).toFixed(1)} MiB, above the ${(maxBytes / 1048576).toFixed(0)} MiB limit; not linted`
  });
  return {
    read(path) {
      const hit = cache ? cache.get(path) : void 0;
      if (hit) return hit;
      let result;
      const refused = tree?.refusal(path);
      if (refused) result = { ok: false, message: refused, refused: true };
      else {
        const opened = openRegular(path);
        if ("error" in opened) result = { ok: false, message: opened.error };
        else {
          try {
            if (opened.size > maxBytes) result = tooBig(opened.size);
            else {
              const bytes = readAll(opened.fd, opened.size, maxBytes);
              result = bytes ? decodeText(bytes) : tooBig(maxBytes + 1);
            }
          } catch (err) {
            result = { ok: false, message: `cannot read file: ${err.code ?? String(err)}` };
          } finally {
            closeSync(opened.fd);
          }
        }
      }
      if (cache) cache.set(path, result);
      return result;
    },
    head(path, bytes) {
      if (tree?.refusal(path)) return void 0;
      const opened = openRegular(path);
      if ("error" in opened) return void 0;
      try {
        const buf = headBuffer(bytes);
        const n = readSync(opened.fd, buf, 0, bytes, 0);
        const even = 2 + (n - 2 & ~1);
        if (n >= 2 && buf[0] === 255 && buf[1] === 254) return buf.toString("utf16le", 2, even);
        if (n >= 2 && buf[0] === 254 && buf[1] === 255) return Buffer.from(buf.subarray(2, even)).swap16().toString("utf16le");
        return buf.toString("utf8", 0, n);
      } catch {
        return void 0;
      } finally {
        closeSync(opened.fd);
      }
    },
    size(path) {
      if (tree?.refusal(path)) return void 0;
      try {
        return statSync(path).size;
      } catch {
        return void 0;
      }
    },
    ...tree ? { refusal: (path, kind) => tree.refusal(path, kind) } : {}
  };
}
function memoryReader(files, fallback) {
  return {
    read(path) {
      const text = files.get(path);
      if (text !== void 0) return { ok: true, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
      return fallback ? fallback.read(path) : { ok: false, message: "cannot read file: ENOENT" };
    },
    head(path, bytes) {
      const text = files.get(path);
      return text !== void 0 ? text.slice(0, bytes) : fallback?.head(path, bytes);
    },
    size(path) {
      const text = files.get(path);
      return text !== void 0 ? text.length : fallback?.size(path);
    },
    refusal(path, kind) {
      return files.has(path) ? void 0 : fallback?.refusal?.(path, kind);
    }
  };
}

export {
  DEFAULT_MAX_FILE_BYTES,
  diskReader,
  memoryReader
};

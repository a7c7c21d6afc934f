
// src/engine/write.ts
import { chownSync, closeSync, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var counter = 0;
var pending = /* @__PURE__ */ new Set();
var hooked = false;
function cleanUpOnExit() {
  if (hooked) return;
  hooked = true;
  const clean = () => {
    for (const p of pending) rmSync(p, { force: true });
    pending.clear();
  };
  process.once("exit", clean);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      clean();
      process.kill(process.pid, signal);
    });
  }
}
function writeFileAtomic(path, data) {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.mtlslint-${process.pid}-${counter++}.tmp`);
  let st;
  try {
    st = statSync(path);
  } catch {
    st = void 0;
  }
  cleanUpOnExit();
  pending.add(temp);
  try {
    writeFileSync(temp, data, st === void 0 ? { flag: "wx" } : { mode: st.mode & 4095, flag: "wx" });
    if (st) {
      try {
        chownSync(temp, st.uid, st.gid);
      } catch {
      }
    }
    renameSync(temp, path);
    pending.delete(temp);
  } catch (err) {
    rmSync(temp, { force: true });
    pending.delete(temp);
    throw err;
  }
}
function replaceFileText(path, expected, data, canWrite) {
  let target;
  try {
    target = realpathSync(path);
  } catch {
    return "the file no longer exists";
  }
  const refused = canWrite(target);
  if (refused) return `not written: the file is ${refused}`;
  let st;
  try {
    st = lstatSync(target);
  } catch {
    return "the file no longer exists";
  }
  if (!st.isFile()) return "not written: not a regular file";
  let current;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    return "the file can no longer be read";
  }
  if (current.replace(/^\uFEFF/, "") !== expected) return "the file changed since it was linted; lint again";
  if (st.nlink > 1) {
    const fd = openSync(target, "r+");
    try {
      if (fstatSync(fd).ino !== st.ino) return "the file changed since it was linted; lint again";
      const bytes = Buffer.from(data, "utf8");
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
    } finally {
      closeSync(fd);
    }
    return void 0;
  }
  writeFileAtomic(target, data);
  return void 0;
}

export {
  writeFileAtomic,
  replaceFileText
};

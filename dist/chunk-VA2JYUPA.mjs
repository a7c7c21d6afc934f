import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/engine/write.ts
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var counter = 0;
function writeFileAtomic(path, data) {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.mtlslint-${process.pid}-${counter++}.tmp`);
  let mode;
  try {
    mode = statSync(path).mode & 4095;
  } catch {
    mode = void 0;
  }
  try {
    writeFileSync(temp, data, mode === void 0 ? {} : { mode });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

export {
  writeFileAtomic
};

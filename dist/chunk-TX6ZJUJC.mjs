import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-CQBSM5SS.mjs")).stylish,
  json: async () => (await import("./json-6HROQBGU.mjs")).json,
  sarif: async () => (await import("./sarif-O7UZUU7N.mjs")).sarif,
  github: async () => (await import("./github-4L6ACE43.mjs")).github,
  junit: async () => (await import("./junit-LZOKMLFN.mjs")).junit,
  azure: async () => (await import("./azure-R4PVXNTH.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

// src/cli/version.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageVersion() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name === "mtlslint" && pkg.version) return cached = pkg.version;
    } catch {
    }
    dir = dirname(dir);
  }
  return cached = "0.0.0";
}

export {
  lazyFormatterNames,
  loadFormatter,
  packageVersion
};

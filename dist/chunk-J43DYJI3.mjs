
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
  packageVersion
};

import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import {
  SEVERITY_CHOICES,
  parseSeverity
} from "./chunk-WLBJQTEV.mjs";

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-URY5DQI4.mjs")).stylish,
  json: async () => (await import("./json-LB6LICLS.mjs")).json,
  sarif: async () => (await import("./sarif-XTDIRWSK.mjs")).sarif,
  github: async () => (await import("./github-N3AIE7YG.mjs")).github,
  junit: async () => (await import("./junit-E7MI3R3V.mjs")).junit,
  azure: async () => (await import("./azure-WGWJZL74.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

// src/cli/rule-flags.ts
function parseRuleFlags(values, known) {
  const out = {};
  for (const value of values.flatMap((v) => v.split(","))) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new UsageError(`--rule expects id=severity (for example client-cert-mode=warn), got '${value}'`);
    const [, id = "", sev = ""] = m;
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}'. Run 'mtlslint rules' for the list.`);
    const severity = parseSeverity(sev);
    if (!severity) throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITY_CHOICES}, got '${sev}'`);
    out[id] = severity;
  }
  return out;
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
  parseRuleFlags,
  packageVersion
};

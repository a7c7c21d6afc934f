import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode
} from "./chunk-63NLXS3H.mjs";
import {
  ConfigError
} from "./chunk-WET34P3A.mjs";
import {
  SEVERITY_CHOICES,
  parseSeverity
} from "./chunk-WPCAXSPP.mjs";
import {
  LineMap
} from "./chunk-JVWOA5LR.mjs";

// src/engine/ajv.ts
import { createRequire } from "node:module";
var shared;
var compiled = /* @__PURE__ */ new Map();
function create(ajvExports, formatsExports) {
  const Ctor = ajvExports.default ?? ajvExports;
  const addFormats = formatsExports.default ?? formatsExports;
  const instance = new Ctor({ allErrors: true, strict: false });
  addFormats(instance);
  return instance;
}
async function loadAjv() {
  if (shared) return;
  const [ajvModule, formatsModule] = await Promise.all([import("./ajv-R4FXTQN4.mjs"), import("./dist-PBPWQ6JQ.mjs")]);
  shared ??= create(ajvModule.default, formatsModule.default);
}
function ajv() {
  if (!shared) {
    const require2 = createRequire(import.meta.url);
    shared = create(require2("ajv"), require2("ajv-formats"));
  }
  return shared;
}
function validatorFor(schema) {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv().compile(schema);
    compiled.set(schema, v);
  }
  return v;
}
function describeSchemaError(e) {
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown property '${String(p["additionalProperty"])}'`;
    case "required":
      return `missing required property '${String(p["missingProperty"])}'`;
    case "enum":
      return `must be one of ${p["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `must be ${String(p["type"])}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

// src/engine/config.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/engine/presets.ts
var PRESET_NAMES = ["mtlslint:recommended", "mtlslint:strict"];
function preset(name, rules) {
  if (name === "mtlslint:recommended") return { rules: {} };
  const out = {};
  for (const r of rules) if (r.meta.defaultSeverity === "warn") out[r.id] = "error";
  out["client-cert-exclusion-paths"] = ["error", { allowed: [] }];
  out["unresolved-setting"] = "warn";
  out["unused-directive"] = "error";
  out["directive-reason"] = "error";
  return { rules: out };
}

// src/engine/rule-config.ts
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function mergeRuleConfig(base, over) {
  const baseOptions = Array.isArray(base) ? base[1] : void 0;
  if (typeof over === "string") return baseOptions === void 0 ? over : [over, baseOptions];
  const [severity, options] = over;
  if (options === void 0) return baseOptions === void 0 ? [severity] : [severity, baseOptions];
  if (isPlainObject(baseOptions) && isPlainObject(options)) return [severity, { ...baseOptions, ...options }];
  return [severity, options];
}
function mergeRuleConfigs(...layers) {
  const out = {};
  for (const layer of layers) for (const [id, c] of Object.entries(layer ?? {})) out[id] = mergeRuleConfig(out[id], c);
  return out;
}

// src/engine/config.ts
var CONFIG_FILE_NAME = "mtlslint.config.json";
function defaultConfig(dir) {
  return { dir, rules: {}, ignore: [], parameterFiles: [], requireMtls: "all", requireDirectiveReason: true };
}
function findConfigFile(start) {
  let dir = resolve(start);
  for (; ; ) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git"))) return void 0;
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function loadConfigFile(path, rules, displayPath = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(displayPath, 1, 1, `cannot read the config file: ${err.code ?? String(err)}`);
  }
  return parseConfig(path, text, rules, displayPath);
}
var TOP_KEYS = ["$schema", "extends", "rules", "ignore", "parameters", "requireMtls", "reportUnusedDirectives", "requireDirectiveReason"];
function parseConfig(path, text, rules, displayPath = path) {
  const source = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const map = new LineMap(text);
  const fail = (offset, problem) => {
    const p = map.position(offset);
    throw new ConfigError(displayPath, p.line, p.column, problem);
  };
  const errors = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) fail(first.offset, `invalid JSON: ${printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`);
  if (!root || root.type !== "object") return fail(root?.offset ?? 0, "the config must be a JSON object");
  const dir = dirname(resolve(path));
  const config = defaultConfig(dir);
  config.file = resolve(path);
  const known = new Map(rules.map((r) => [r.id, r]));
  const value = (key) => findNodeAtLocation(root, [key]);
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !TOP_KEYS.includes(String(key.value)))
      fail(key.offset, `unknown key '${String(key.value)}' (known keys: ${TOP_KEYS.filter((k) => k !== "$schema").join(", ")})`);
  }
  const ext = value("extends");
  let presetRules = {};
  if (ext) {
    if (ext.type !== "string" || !PRESET_NAMES.includes(String(ext.value)))
      fail(ext.offset, `extends: must be one of ${PRESET_NAMES.map((n) => `"${n}"`).join(", ")}`);
    presetRules = preset(ext.value, rules).rules;
  }
  const fileRules = {};
  const rulesNode = value("rules");
  if (rulesNode) {
    if (rulesNode.type !== "object") fail(rulesNode.offset, "rules: must be an object of rule id to severity");
    for (const prop of rulesNode.children ?? []) {
      const [keyNode, entry] = prop.children ?? [];
      if (!keyNode || !entry) continue;
      const id = String(keyNode.value);
      const rule = known.get(id);
      if (!rule) return fail(keyNode.offset, `rules: unknown rule '${id}'. Run 'mtlslint rules' for the list.`);
      fileRules[id] = ruleEntry(id, entry, rule, fail);
    }
  }
  config.rules = mergeRuleConfigs(presetRules, fileRules);
  config.ignore = stringList(value("ignore"), "ignore", fail);
  config.parameterFiles = stringList(value("parameters"), "parameters", fail).map((p) => resolve(dir, p));
  const scope = value("requireMtls");
  if (scope) config.requireMtls = mtlsScope(scope, fail);
  const unused = value("reportUnusedDirectives");
  if (unused) {
    if (unused.type === "boolean") config.reportUnusedDirectives = unused.value === true ? "warn" : "off";
    else {
      const severity = unused.type === "string" || unused.type === "number" ? parseSeverity(unused.value) : void 0;
      if (severity) config.reportUnusedDirectives = severity;
      else fail(unused.offset, `reportUnusedDirectives: must be true, false or one of ${SEVERITY_CHOICES}`);
    }
  }
  const reason = value("requireDirectiveReason");
  if (reason) {
    if (reason.type !== "boolean") fail(reason.offset, "requireDirectiveReason: must be true or false");
    config.requireDirectiveReason = reason.value === true;
  }
  return config;
}
function ruleEntry(id, entry, rule, fail) {
  const severityOf = (n, at) => {
    const severity2 = n?.type === "string" || n?.type === "number" ? parseSeverity(n.value) : void 0;
    return severity2 ?? fail(n?.offset ?? at, `rules.${id}: severity must be one of ${SEVERITY_CHOICES}`);
  };
  if (entry.type === "string" || entry.type === "number") return severityOf(entry, entry.offset);
  if (entry.type !== "array") return fail(entry.offset, `rules.${id}: must be a severity or [severity, options]`);
  const items = entry.children ?? [];
  if (items.length === 0 || items.length > 2) return fail(entry.offset, `rules.${id}: must be a severity or [severity, options]`);
  const severity = severityOf(items[0], entry.offset);
  const optionsNode = items[1];
  if (!optionsNode) return [severity];
  const options = nodeValue(optionsNode);
  if (!rule.meta.schema) return fail(optionsNode.offset, `rules.${id}: this rule takes no options`);
  const validate = validatorFor(rule.meta.schema);
  if (!validate(options)) {
    const e = validate.errors?.[0];
    if (e) {
      const segments = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      const path = segments.map((s) => /^\d+$/.test(s) ? Number(s) : s);
      let at = findNodeAtLocation(optionsNode, path) ?? optionsNode;
      const extra = e.params.additionalProperty;
      if (e.keyword === "additionalProperties" && extra !== void 0) at = findNodeAtLocation(at, [extra])?.parent?.children?.[0] ?? at;
      const where = segments.length ? `.${segments.join(".")}` : "";
      return fail(at.offset, `rules.${id} options${where}: ${describeSchemaError(e)}`);
    }
  }
  return [severity, options];
}
function stringList(n, key, fail) {
  if (!n) return [];
  if (n.type !== "array") return fail(n.offset, `${key}: must be an array of strings`);
  return (n.children ?? []).map((c) => c.type === "string" && String(c.value).trim() ? String(c.value) : fail(c.offset, `${key}: every entry must be a non-empty string`));
}
function mtlsScope(n, fail) {
  const shape = 'requireMtls: must be "all", { "tag": "<tag name>" } or { "names": [globs], "paths": [globs] }';
  if (n.type === "string") return n.value === "all" ? "all" : fail(n.offset, shape);
  if (n.type !== "object") return fail(n.offset, shape);
  const keys = (n.children ?? []).map((p) => p.children?.[0]);
  for (const k of keys) if (k && !["tag", "names", "paths"].includes(String(k.value))) fail(k.offset, `requireMtls: unknown key '${String(k.value)}'`);
  const tag = findNodeAtLocation(n, ["tag"]);
  if (tag) {
    if (keys.length > 1) fail(n.offset, 'requireMtls: use either "tag" or "names"/"paths", not both');
    if (tag.type !== "string" || !String(tag.value).trim()) fail(tag.offset, "requireMtls.tag: must be a non-empty string");
    return { tag: String(tag.value) };
  }
  const names = findNodeAtLocation(n, ["names"]);
  const paths = findNodeAtLocation(n, ["paths"]);
  if (!names && !paths) return fail(n.offset, shape);
  const out = {};
  if (names) out.names = stringList(names, "requireMtls.names", fail);
  if (paths) out.paths = stringList(paths, "requireMtls.paths", fail);
  return out;
}
function nodeValue(n) {
  switch (n.type) {
    case "object":
      return Object.fromEntries((n.children ?? []).flatMap((p) => p.children?.[0] && p.children[1] ? [[String(p.children[0].value), nodeValue(p.children[1])]] : []));
    case "array":
      return (n.children ?? []).map(nodeValue);
    default:
      return n.value;
  }
}
function ignoreGlobsForRoot(config, root) {
  const rel = relative(root, config.dir).split(sep).join("/");
  if (!rel) return [...config.ignore];
  if (rel.startsWith("..")) return [...config.ignore];
  return config.ignore.map((g) => {
    const negated = g.startsWith("!");
    const body = negated ? g.slice(1) : g;
    const anchored = body.startsWith("/") ? `${rel}${body}` : body.replace(/\/$/, "").includes("/") ? `${rel}/${body}` : `${rel}/**/${body}`;
    return negated ? `!${anchored}` : anchored;
  });
}

export {
  loadAjv,
  mergeRuleConfigs,
  CONFIG_FILE_NAME,
  defaultConfig,
  findConfigFile,
  loadConfigFile,
  parseConfig,
  ignoreGlobsForRoot
};

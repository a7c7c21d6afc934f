import {
  compileGlob
} from "./chunk-PUEHP22X.mjs";
import {
  effectiveSeverity,
  engineSeverity
} from "./chunk-WPCAXSPP.mjs";
import {
  compareRanges,
  entityLabel,
  mergeParseOutputs,
  moduleOfFile,
  settingOf
} from "./chunk-JVWOA5LR.mjs";

// src/engine/confine.ts
import { lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var VCS_DIRS = /* @__PURE__ */ new Set([".git", ".hg", ".svn"]);
var LintRoot = class {
  roots;
  named;
  checked = /* @__PURE__ */ new Map();
  /** Real paths of the directories of paths checked: one system call per directory, not per file (none for those the walk listed). */
  realDirs = /* @__PURE__ */ new Map();
  /** Files the directory walk listed as regular files, not links (see `listedFile`). */
  listedFiles = /* @__PURE__ */ new Set();
  /** `outside` of the real paths of listed directories (null: may be read). */
  dirVerdicts = /* @__PURE__ */ new Map();
  constructor(roots, named = []) {
    this.roots = [...new Set(roots.map((r) => realPath(resolve(r))))];
    this.named = new Set(named.map((p) => resolve(p)));
  }
  /** Real paths of the roots (for messages and tests). */
  get paths() {
    return this.roots;
  }
  /** Why `path` may not be read as a `kind`, or undefined when it may. Checks containment before existence, so that refusals reveal nothing about the outside. */
  refusal(path, kind = "file") {
    const key = `${kind}:${path}`;
    if (this.checked.has(key)) return this.checked.get(key);
    const why = this.check(resolve(path), kind);
    if (this.checked.size > 1e5) this.checked.clear();
    this.checked.set(key, why);
    return why;
  }
  /**
   * The walk's word that directory `dir` (absolute, as walked) has real path `real`: a directory
   * reached from a real path through entries that are not links has that path and its names.
   */
  listedDirectory(dir, real) {
    if (this.realDirs.size > 1e5) this.realDirs.clear();
    this.realDirs.set(dir, real);
  }
  /**
   * The walk's word that `path`, in a directory given to `listedDirectory`, was listed as a regular
   * file and not a link: checking it needs no system call. A reader must then open it without
   * following a link (`O_NOFOLLOW`), so that a link put in its place since is refused, and call
   * `unlist` to have it checked in full.
   */
  listedFile(path) {
    this.listedFiles.add(path);
  }
  /** Whether `path` is checked on the walk's word (see `listedFile`). */
  listed(path) {
    return this.listedFiles.has(path);
  }
  /** `path` is no longer what the walk listed (a link now): its next check is a full one. */
  unlist(path) {
    this.listedFiles.delete(path);
    this.checked.delete(`file:${path}`);
  }
  check(abs, kind) {
    if (kind === "file" && this.listedFiles.has(abs)) return this.named.has(abs) ? void 0 : this.listedRefusal(abs);
    let own;
    try {
      own = lstatSync(abs);
    } catch {
      own = void 0;
    }
    const link = own === void 0 || own.isSymbolicLink();
    if (!this.named.has(abs)) {
      const why = this.outside(link ? realPath(abs) : this.realInDirectory(abs));
      if (why) return why;
    }
    let st;
    try {
      st = link ? statSync(abs) : own;
    } catch {
      return void 0;
    }
    if (st === void 0) return void 0;
    if (kind === "dir" ? !st.isDirectory() : !st.isFile()) return kind === "dir" ? "not a directory" : "not a regular file";
    return void 0;
  }
  /**
   * `outside` for a listed file, from its directory's answer (asked once per directory): its real
   * path is its directory's and its name, and the name itself may be a version-control one.
   */
  listedRefusal(abs) {
    const cut = abs.lastIndexOf(sep);
    const dir = cut === 0 ? sep : abs.slice(0, cut);
    let verdict = this.dirVerdicts.get(dir);
    if (verdict === void 0) {
      verdict = this.outside(this.realDirectory(dir)) ?? null;
      if (this.dirVerdicts.size > 1e5) this.dirVerdicts.clear();
      this.dirVerdicts.set(dir, verdict);
    }
    if (verdict !== null) return verdict;
    return VCS_DIRS.has(abs.slice(cut + 1)) ? "inside a version-control directory" : void 0;
  }
  /** Why a real path may not be read wherever it is (outside every root, or in version-control metadata), or undefined. */
  outside(real) {
    const root = this.rootOf(real);
    if (root === void 0) return "outside the linted tree";
    if (relative(root, real).split(sep).some((part) => VCS_DIRS.has(part))) return "inside a version-control directory";
    return void 0;
  }
  rootOf(real) {
    return this.roots.find((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
  }
  /** The real path of a path that is not itself a link: its directory's real path (asked once per directory) and its name. */
  realInDirectory(abs) {
    const dir = dirname(abs);
    if (dir === abs) return realPath(abs);
    return join(this.realDirectory(dir), basename(abs));
  }
  /** The real path of a directory, asked once (or told by the walk). */
  realDirectory(dir) {
    let real = this.realDirs.get(dir);
    if (real === void 0) {
      real = realPath(dir);
      if (this.realDirs.size > 1e5) this.realDirs.clear();
      this.realDirs.set(dir, real);
    }
    return real;
  }
  contains(path) {
    return this.containsReal(realPath(resolve(path)));
  }
  /** Whether a real path is under a root. */
  containsReal(real) {
    return this.rootOf(real) !== void 0;
  }
};
function realPath(path) {
  const rest = [];
  let cur = path;
  for (; ; ) {
    try {
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
function lintRootFor(repositoryRoot, namedPaths, namedFiles = []) {
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
function refusalMessage(written, reason) {
  return `not read: ${written} is ${reason === "outside the linted tree" ? "outside the linted tree (only files under the repository or the paths named on the command line are read)" : reason === "inside a version-control directory" ? "inside a version-control directory (never read)" : reason}`;
}

// src/engine/reader.ts
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, statSync as statSync2 } from "node:fs";
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (utf16(bytes)) return { ok: false, message: "file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8" };
  if (binary(bytes)) return { ok: false, message: "binary file (contains NUL bytes); not linted" };
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: "file is not valid UTF-8; not linted: save it as UTF-8" };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
var utf16 = (bytes) => bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255;
var binary = (bytes) => bytes.subarray(0, 8192).indexOf(0) !== -1;
function isPlainText(bytes) {
  return !utf16(bytes) && !binary(bytes) && isUtf8(bytes);
}
var shared;
function headBuffer(bytes) {
  if (!shared || shared.length < bytes) shared = Buffer.allocUnsafe(bytes);
  return shared;
}
function headText(buf, n) {
  const even = 2 + (n - 2 & ~1);
  if (n >= 2 && buf[0] === 255 && buf[1] === 254) return buf.toString("utf16le", 2, even);
  if (n >= 2 && buf[0] === 254 && buf[1] === 255) return Buffer.from(buf.subarray(2, even)).swap16().toString("utf16le");
  return buf.toString("utf8", 0, n);
}
var NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
function openRegular(path, noFollow = false) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (noFollow ? NO_FOLLOW : 0));
  } catch (err) {
    const code = err.code;
    return { error: `cannot read file: ${code ?? String(err)}`, ...code ? { code } : {} };
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
    if (n === buf.length || n === size) break;
  }
  return buf.subarray(0, Math.min(n, limit));
}
function diskReader(maxBytes = DEFAULT_MAX_FILE_BYTES, cache = /* @__PURE__ */ new Map(), tree) {
  const tooBig = (size) => ({
    ok: false,
    message: `file is ${(size / 1048576).toFixed(1)} MiB, above the ${(maxBytes / 1048576).toFixed(0)} MiB limit; not linted`
  });
  const open = (path) => {
    let refused = tree?.refusal(path);
    if (refused) return { refused };
    if (!tree || !NO_FOLLOW || !tree.listed(path)) return openRegular(path);
    const opened = openRegular(path, true);
    if (!("code" in opened && (opened.code === "ELOOP" || opened.code === "EMLINK"))) return opened;
    tree.unlist(path);
    refused = tree.refusal(path);
    return refused ? { refused } : openRegular(path);
  };
  const readBytes = (path, upTo = maxBytes) => {
    const opened = open(path);
    if ("refused" in opened) return { ok: false, message: opened.refused, refused: true };
    if ("error" in opened) return { ok: false, message: opened.error };
    try {
      if (opened.size > upTo && upTo < maxBytes) return { ok: false, message: `not read whole: larger than ${upTo} bytes` };
      if (opened.size > maxBytes) return tooBig(opened.size);
      const bytes = readAll(opened.fd, opened.size, maxBytes);
      return bytes ? { ok: true, bytes } : tooBig(maxBytes + 1);
    } catch (err) {
      return { ok: false, message: `cannot read file: ${err.code ?? String(err)}` };
    } finally {
      closeSync(opened.fd);
    }
  };
  return {
    read(path) {
      const hit = cache ? cache.get(path) : void 0;
      if (hit) return hit;
      const got = readBytes(path);
      const result = got.ok ? decodeText(got.bytes) : got;
      if (cache) cache.set(path, result);
      return result;
    },
    readBytes,
    head(path, bytes) {
      const opened = open(path);
      if ("refused" in opened || "error" in opened) return void 0;
      try {
        const buf = headBuffer(bytes);
        return headText(buf, readSync(opened.fd, buf, 0, bytes, 0));
      } catch {
        return void 0;
      } finally {
        closeSync(opened.fd);
      }
    },
    size(path) {
      if (tree?.refusal(path)) return void 0;
      try {
        return statSync2(path).size;
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

// src/engine/fingerprint.ts
import { createRequire } from "node:module";
var createHash;
function fingerprint(parts) {
  createHash ??= createRequire(import.meta.url)("node:crypto").createHash;
  const h = createHash("sha256");
  for (const p of parts) h.update(`${p ?? ""}\0`);
  return h.digest("hex").slice(0, 32);
}
function uniqueFingerprints(findings, textOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const group = groups.get(f.fingerprint);
    if (group) group.push(f);
    else groups.set(f.fingerprint, [f]);
  }
  for (const [base, group] of groups) {
    if (group.length < 2) continue;
    const seen = /* @__PURE__ */ new Map();
    for (const f of [...group].sort((a, b) => compareRanges(a.range, b.range))) {
      const text = (textOf(f.range.file) ?? "").slice(f.range.startOffset, f.range.endOffset).replace(/\s+/g, " ").trim();
      const nth = seen.get(text) ?? 0;
      seen.set(text, nth + 1);
      f.fingerprint = fingerprint([base, text, String(nth)]);
    }
  }
}

// src/engine/finding.ts
function fileFinding(f) {
  const finding = { ruleId: f.ruleId, messageId: f.messageId, message: f.message, severity: f.severity, range: f.range, related: [], fingerprint: fingerprint(f.identity) };
  if (f.priorIdentity) finding.priorFingerprints = [fingerprint(f.priorIdentity)];
  return finding;
}
function entityFinding(entity, f) {
  const finding = {
    ruleId: f.ruleId,
    messageId: f.messageId,
    message: f.message,
    severity: f.severity,
    range: f.range,
    related: relatedLocations(entity, f.range, f.setting),
    subject: subjectOf(entity, f.setting),
    resource: entity.extent ? { declaration: entity.declaration, extent: entity.extent } : { declaration: entity.declaration },
    fingerprint: fingerprint(f.identity),
    instances: [instanceOf(entity)]
  };
  if (f.priorIdentity) finding.priorFingerprints = [fingerprint(f.priorIdentity)];
  if (f.fix) {
    finding.fix = f.fix;
    finding.fixTarget = fixTarget(entity, f.fix.setting);
  }
  return finding;
}
function fixTarget(entity, key) {
  const setting = settingOf(entity, key);
  return {
    format: entity.format,
    file: entity.file,
    resourceType: entity.resourceType,
    declaration: entity.declaration,
    ...entity.extent ? { extent: entity.extent } : {},
    settings: setting ? { [key]: setting } : {}
  };
}
function sameRange(a, b) {
  return a.file === b.file && a.startOffset === b.startOffset && a.endOffset === b.endOffset;
}
function hopMessage(hop, key) {
  const name = hop.name ? `'${hop.name}'` : "";
  switch (hop.kind) {
    case "config":
      return `${key ?? "the setting"} is written onto the site by ${hop.name ?? "this config"}, deployed after it`;
    case "property":
      return key ? `${key} is set here` : "the property is set here";
    case "parameter":
      return hop.member ? `through member '${hop.member}' of parameter ${name}` : `through parameter ${name}`.trim();
    case "parameter-default":
      return `default value of parameter ${name}`.trim();
    case "parameter-file":
      return `value from the parameter file${name ? ` for ${name}` : ""}`;
    case "variable":
      return `through variable ${name}`.trim();
    case "local":
      return `through local ${name}`.trim();
    case "tfvars":
      return `value from a variable file${name ? ` for ${name}` : ""}`;
    case "module-argument":
      return `passed by the module call${name ? ` as ${name}` : ""}`;
    case "module-parameter":
      return `module input ${name}`.trim();
    case "function":
      return `returned by function ${name}`.trim();
    case "plan":
      return "planned value";
  }
}
function relatedLocations(entity, primary, key) {
  return uniqueLocations(primary, [{ range: entity.declaration, message: `${entityLabel(entity)} is declared here` }, ...viaLocations(entity), ...trailLocations(entity, key)]);
}
function viaLocations(entity) {
  return (entity.via ?? []).map((v) => ({ range: v.range, message: `deployed through '${v.name}'` }));
}
function trailLocations(entity, key) {
  const setting = key ? settingOf(entity, key) : void 0;
  return setting && setting.kind !== "absent" ? setting.trail.map((hop) => ({ range: hop.range, message: hopMessage(hop, key) })) : [];
}
function uniqueLocations(primary, locations) {
  const out = [];
  for (const l of locations) if (!sameRange(l.range, primary) && !out.some((r) => sameRange(r.range, l.range))) out.push(l);
  return out;
}
function instanceOf(entity) {
  return {
    resource: entityLabel(entity),
    ...entity.instance ? { instance: entity.instance } : {},
    via: viaLocations(entity)
  };
}
function declaredLabel(entity) {
  return entityLabel({ ...entity, name: entity.symbol ?? entity.name, instance: void 0 });
}
function placeKey(entity, key, primary, relDeclarationFile) {
  const setting = key ? settingOf(entity, key) : void 0;
  const trail = setting && setting.kind !== "absent" ? setting.trail : [];
  const origin = trail[trail.length - 1];
  if (origin && origin.kind !== "property" && origin.kind !== "plan" && within(primary, origin.range)) {
    const name = origin.name ?? trail.findLast((h) => h.name !== void 0)?.name ?? "";
    return `${origin.kind}:${name}`;
  }
  return `resource:${relDeclarationFile}:${entity.resourceType}:${entity.symbol ?? entity.name}`;
}
function within(inner, outer) {
  return inner.file === outer.file && inner.startOffset >= outer.startOffset && inner.endOffset <= outer.endOffset;
}
function subjectOf(entity, key) {
  return {
    format: entity.format,
    resourceType: entity.resourceType,
    name: entity.name,
    ...entity.instance ? { instance: entity.instance } : {},
    ...entity.entity === "site" ? { kind: entity.kind } : {},
    ...key ? { setting: key } : {}
  };
}

// src/engine/parsers.ts
var loaders = {
  arm: async () => (await import("./arm-4OP7QLR5.mjs")).parser,
  bicep: async () => (await import("./bicep-ZXTQHWH6.mjs")).parser,
  terraform: async () => (await import("./terraform-YRJGJIKB.mjs")).parser
};
var kindsOf = {
  arm: ["arm-template", "arm-parameters"],
  bicep: ["bicep", "bicepparam"],
  terraform: ["terraform", "terraform-json", "tfvars", "tfvars-json", "terraform-plan"]
};
function formatOfKind(kind) {
  for (const [format, kinds] of Object.entries(kindsOf)) {
    if (kinds.includes(kind)) return format;
  }
  throw new Error(`no format for file kind ${kind}`);
}
var loaded = /* @__PURE__ */ new Map();
function loadParser(format) {
  const load = loaders[format];
  if (!load) return void 0;
  let p = loaded.get(format);
  if (!p) {
    p = load();
    loaded.set(format, p);
  }
  return p;
}

// src/engine/classify.ts
var SNIFF_BYTES = 64 * 1024;
var QUICK_BYTES = 4096;
var SCHEMA_AT = /"\$schema"\s*:\s*"([^"]*)/iy;
var ARM_TEMPLATE = /deploymentTemplate\.json/i;
var ARM_PARAMETERS = /deploymentParameters\.json/i;
var PLAN = /"format_version"\s*:/;
var PLAN_MARK = /"(terraform_version|planned_values|resource_changes)"\s*:/;
function classifyByName(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".bicep")) return "bicep";
  if (lower.endsWith(".bicepparam")) return "bicepparam";
  if (lower.endsWith(".tf")) return "terraform";
  if (lower.endsWith(".tf.json")) return "terraform-json";
  if (lower.endsWith(".tfvars")) return "tfvars";
  if (lower.endsWith(".tfvars.json")) return "tfvars-json";
  if (lower.endsWith(".json") || lower.endsWith(".jsonc")) return "json";
  return void 0;
}
function sniffJson(head) {
  let parameters = false;
  for (let i = head.indexOf("$", 1); i !== -1; i = head.indexOf("$", i + 1)) {
    if (head.charCodeAt(i - 1) !== 34) continue;
    SCHEMA_AT.lastIndex = i - 1;
    const value = SCHEMA_AT.exec(head)?.[1];
    if (value === void 0) continue;
    if (ARM_TEMPLATE.test(value)) return "arm-template";
    parameters ||= ARM_PARAMETERS.test(value);
  }
  if (parameters) return "arm-parameters";
  if (PLAN.test(head) && PLAN_MARK.test(head)) return "terraform-plan";
  return void 0;
}
function classify(path, reader) {
  const byName = classifyByName(path);
  if (byName !== "json") return byName;
  const quick = reader.head(path, QUICK_BYTES);
  if (quick === void 0) return void 0;
  const kind = sniffJson(quick);
  if (kind === "arm-template" || quick.length * 3 < QUICK_BYTES) return kind;
  const head = reader.head(path, SNIFF_BYTES);
  return head === void 0 ? void 0 : sniffJson(head);
}
function classifyFile(path, reader) {
  const kind = classify(path, reader);
  if (kind || classifyByName(path) !== "json" || reader.head(path, 1) !== void 0) return kind;
  const read = reader.read(path);
  if (!read.ok && read.refused) return void 0;
  return { unread: read.ok ? "cannot read file" : read.message };
}
function classifyFiles(paths, reader) {
  const files = [];
  const unread = [];
  for (const path of paths) {
    const kind = classifyFile(path, reader);
    if (typeof kind === "string") files.push({ path, kind });
    else if (kind) unread.push({ file: path, message: kind.unread });
  }
  return { files, unread };
}

// src/engine/run-rules.ts
import { relative as relative2, sep as sep2 } from "node:path";
var findingOrigin = /* @__PURE__ */ new WeakMap();
function relPath(root, file) {
  const rel = relative2(root, file);
  return (rel && !rel.startsWith("..") ? rel : file).split(sep2).join("/");
}
var MAX_QUOTED_CHARS = 120;
function clip(value) {
  return value.length <= MAX_QUOTED_CHARS ? value : `${value.slice(0, MAX_QUOTED_CHARS - 1)}\u2026 (${value.length} characters)`;
}
function shown(value) {
  return typeof value === "object" ? value.text : String(value);
}
function v1Text(value) {
  return typeof value === "object" ? value.v1 : String(value);
}
function interpolate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => key in data ? clip(shown(data[key])) : m);
}
var MAX_REPORTS_PER_RULE = 100;
function runRules(entities, opts) {
  const findings = [];
  const needs = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    const label = entityLabel(entity);
    const relFile = relPath(opts.root, entity.file);
    for (const rule of opts.rules) {
      const setting = opts.settings.get(rule.id);
      if (!setting || setting.severity === "off") continue;
      if (!rule.meta.appliesTo.includes(entity.entity)) continue;
      if (rule.meta.mtls && opts.inMtlsScope && !opts.inMtlsScope(entity)) continue;
      const seen = /* @__PURE__ */ new Set();
      let dropped = 0;
      const report = (d) => {
        const severity = effectiveSeverity(setting.severity, d.severity);
        if (severity === "off") return;
        if (seen.size >= MAX_REPORTS_PER_RULE) {
          dropped++;
          return;
        }
        const template = rule.meta.messages[d.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
        const data = { resource: label, ...d.data };
        const target = d.setting ? settingOf(entity, d.setting) : void 0;
        const range = d.range ?? target?.range ?? entity.declaration;
        const message = interpolate(template, data);
        const key = `${d.messageId}\0${range.startOffset}\0${range.file}\0${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        const dataKey = Object.keys(d.data ?? {}).sort().map((k) => `${k}=${v1Text(d.data?.[k])}`).join("&");
        const finding = entityFinding(entity, {
          ruleId: rule.id,
          messageId: d.messageId,
          message,
          severity,
          range,
          identity: [rule.id, d.messageId, d.setting, relPath(opts.root, range.file), placeKey(entity, d.setting, range, relFile)],
          priorIdentity: [rule.id, d.messageId, relFile, entity.resourceType, entity.name + (entity.instance ?? ""), d.setting, dataKey],
          ...d.setting ? { setting: d.setting } : {},
          // The safety of a fix is the rule's: one place says whether its change keeps every caller working.
          ...d.fix && rule.meta.fixable ? { fix: { ...d.fix, safety: rule.meta.fixable } } : {}
        });
        findingOrigin.set(finding, { entity, template, data, ...d.setting ? { setting: d.setting } : {} });
        findings.push(finding);
      };
      rule.check(entity, {
        ruleId: rule.id,
        options: setting.options,
        report,
        unresolved: (key) => {
          const s = settingOf(entity, key);
          if (!s || s.kind !== "unresolved" || s.noted) return;
          const id = `${entity.file}\0${entity.name}\0${entity.instance ?? ""}\0${key}`;
          const need = needs.get(id) ?? { entity, key, rules: /* @__PURE__ */ new Set() };
          need.rules.add(rule.id);
          needs.set(id, need);
        }
      });
      const noteSeverity = dropped > 0 ? engineSeverity(opts.settings, "not-analysed", opts.hidden) : void 0;
      if (noteSeverity)
        findings.push(
          fileFinding({
            ruleId: "not-analysed",
            messageId: "notAnalysed",
            message: `${dropped} more ${rule.id} finding${dropped === 1 ? "" : "s"} on ${label} are not listed (at most ${MAX_REPORTS_PER_RULE} per rule and resource)`,
            severity: noteSeverity,
            range: entity.declaration,
            identity: ["not-analysed", rule.id, relFile, entity.resourceType, entity.name + (entity.instance ?? ""), "reports-cap"]
          })
        );
    }
  }
  const diag = opts.settings.get("unresolved-setting");
  if (diag && diag.severity !== "off") {
    for (const need of needs.values()) {
      const s = settingOf(need.entity, need.key);
      if (!s || s.kind !== "unresolved") continue;
      const rules = [...need.rules].sort().join(", ");
      const template = opts.rules.find((r) => r.id === "unresolved-setting")?.meta.messages["unresolved"] ?? "{{setting}} of {{resource}} cannot be known statically.";
      const data = {
        setting: need.key,
        resource: entityLabel(need.entity),
        expression: truncate(s.expression) + (s.reason ? `: ${s.reason}` : ""),
        rule: rules
      };
      const relFile = relPath(opts.root, need.entity.file);
      const finding = entityFinding(need.entity, {
        ruleId: "unresolved-setting",
        messageId: "unresolved",
        message: interpolate(template, data),
        severity: diag.severity,
        range: s.range,
        setting: need.key,
        identity: ["unresolved-setting", "unresolved", need.key, relPath(opts.root, s.range.file), placeKey(need.entity, need.key, s.range, relFile)],
        priorIdentity: ["unresolved-setting", relFile, need.entity.resourceType, need.entity.name + (need.entity.instance ?? ""), need.key]
      });
      findingOrigin.set(finding, { entity: need.entity, setting: need.key, template, data });
      findings.push(finding);
    }
  }
  return findings;
}
function truncate(text, max = 120) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}

// src/engine/scope.ts
var NO = /* @__PURE__ */ new Set(["false", "no", "0", "off"]);
function compilePathGlob(pattern) {
  return compileGlob(pattern.replace(/^\.\//, "").replace(/^\//, ""), { paths: true, directories: true });
}
function tagged(site, tag) {
  const tags = site.tags;
  if (tags.kind === "unresolved") return true;
  if (tags.kind !== "set") return false;
  const key = Object.keys(tags.value).find((k) => k.toLowerCase() === tag.toLowerCase());
  if (key === void 0) return false;
  const v = tags.value[key];
  return !(v === false || typeof v === "string" && NO.has(v.trim().toLowerCase()));
}
function mtlsScopePredicate(scope, entities, root) {
  if (scope === "all") return () => true;
  const byName = /* @__PURE__ */ new Map();
  for (const e of entities) {
    if (e.entity !== "site" || e.slotOf) continue;
    for (const key of /* @__PURE__ */ new Set([e.name, e.name + (e.instance ?? "")])) {
      const list = byName.get(key) ?? [];
      list.push(e);
      byName.set(key, list);
    }
  }
  const siteOf = (slot) => {
    const name = slot.slotOf?.name;
    if (name === void 0) return void 0;
    const same = byName.get(name) ?? [];
    return same.find((s) => s.file === slot.file) ?? same[0];
  };
  const names = "tag" in scope ? [] : (scope.names ?? []).map((g) => compileGlob(g, { caseInsensitive: true }));
  const paths = "tag" in scope ? [] : (scope.paths ?? []).map(compilePathGlob);
  const inScope = (site, nameForGlobs) => {
    if ("tag" in scope) return tagged(site, scope.tag);
    if (names.some((g) => g(nameForGlobs) || g(site.name + (site.instance ?? "")))) return true;
    const file = relPath(root, site.file);
    return paths.some((g) => g(file));
  };
  return (entity) => {
    if (entity.entity !== "site") return true;
    if (!entity.slotOf) return inScope(entity, entity.name);
    const site = siteOf(entity);
    return site ? inScope(site, site.name) : inScope(entity, entity.slotOf.name);
  };
}

// src/engine/suppress.ts
function applyDirectives(findings, directives, settings, root, rules) {
  const used = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  for (const d of directives) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  for (const f of findings) {
    for (const d of byFile.get(f.range.file) ?? []) {
      if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
      if (d.targetLine === f.range.start.line) {
        suppress(f, d, used);
      }
    }
    const res = f.resource;
    if (res && !f.suppressions?.length) {
      const from = res.extent && res.extent.file === res.declaration.file ? res.extent.start.line : res.declaration.start.line;
      for (const d of byFile.get(res.declaration.file) ?? []) {
        if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
        if (d.targetLine >= from && d.targetLine <= res.declaration.start.line) {
          suppress(f, d, used);
        }
      }
    }
  }
  const out = [...findings];
  const template = (ruleId, messageId, fallback) => rules?.find((r) => r.id === ruleId)?.meta.messages[messageId] ?? fallback;
  const unused = settings.get("unused-directive");
  if (unused && unused.severity !== "off") {
    const push = (d, messageId, message, key) => {
      out.push(
        fileFinding({
          ruleId: "unused-directive",
          messageId,
          message,
          severity: unused.severity,
          range: d.range,
          identity: ["unused-directive", relPath(root, d.file), key, d.reason]
        })
      );
    };
    const known = rules ? new Set(rules.map((r) => r.id)) : void 0;
    const isUnknown = (rule) => known !== void 0 && !known.has(rule);
    for (const d of directives) {
      for (const rule of d.rules.filter(isUnknown)) {
        push(d, "unknownRule", interpolate(template("unused-directive", "unknownRule", DEFAULT_UNKNOWN_RULE), { rule }), `${d.rules.join(",")}#${rule}`);
      }
      const hit = used.get(d);
      const knownRules = d.rules.filter((r) => !isUnknown(r));
      if (!hit) {
        if (d.rules.length && !knownRules.length) continue;
        const what = knownRules.length ? knownRules.join(", ") : "any rule";
        push(d, "unusedDirective", interpolate(template("unused-directive", "unusedDirective", DEFAULT_UNUSED), { rules: what }), d.rules.join(","));
        continue;
      }
      for (const rule of knownRules) {
        if (hit.has(rule)) continue;
        push(d, "unusedRule", interpolate(template("unused-directive", "unusedRule", DEFAULT_UNUSED_RULE), { rule }), `${d.rules.join(",")}#${rule}`);
      }
    }
  }
  const reason = settings.get("directive-reason");
  if (reason && reason.severity !== "off") {
    for (const d of directives) {
      if (d.reason !== void 0) continue;
      out.push(
        fileFinding({
          ruleId: "directive-reason",
          messageId: "missingReason",
          message: interpolate(template("directive-reason", "missingReason", DEFAULT_MISSING_REASON), { rules: d.rules.length ? d.rules.join(", ") : "all rules" }),
          severity: reason.severity,
          range: d.range,
          identity: ["directive-reason", relPath(root, d.file), d.rules.join(",")]
        })
      );
    }
  }
  return out;
}
var DEFAULT_UNUSED = "This directive suppresses nothing: no finding of {{rules}} applies to the next line.";
var DEFAULT_UNUSED_RULE = "'{{rule}}' in this directive suppresses nothing.";
var DEFAULT_UNKNOWN_RULE = "Unknown rule '{{rule}}' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids.";
var DEFAULT_MISSING_REASON = 'This directive gives no reason: write why after "--" ({{rules}}).';
function suppress(f, d, used) {
  const hit = used.get(d) ?? /* @__PURE__ */ new Set();
  hit.add(f.ruleId);
  used.set(d, hit);
  if (f.suppressions?.length) return;
  f.suppressions = [d.reason !== void 0 ? { kind: "inSource", justification: d.reason } : { kind: "inSource" }];
}

// src/engine/collapse.ts
var MAX_LISTED_CALLERS = 20;
var RANK = { error: 0, warn: 1, note: 2 };
function calledModules(entities) {
  const called = /* @__PURE__ */ new Set();
  for (const e of entities) {
    const via = e.via ?? [];
    via.forEach((call, i) => {
      const target = moduleOfFile(via[i + 1]?.range.file ?? e.file);
      if (moduleOfFile(call.range.file) !== target) called.add(target);
    });
  }
  return called;
}
function entryOf(entity) {
  return moduleOfFile(entity.via?.[0]?.range.file ?? entity.file);
}
function collapseFindings(findings, entities) {
  const called = calledModules(entities);
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const origin = findingOrigin.get(f);
    if (origin && called.has(entryOf(origin.entity))) continue;
    const r = f.range;
    const key = [f.ruleId, f.messageId, f.subject?.setting ?? "", r.file, r.startOffset, r.endOffset, origin ? "" : f.message].join("\0");
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map(merge);
}
function merge(group) {
  const first = group[0];
  if (group.length === 1) return first;
  const prior = group.flatMap((f) => f.priorFingerprints ?? []);
  const open = group.filter((f) => !f.suppressions?.length);
  const listed = (open.length ? open : group).map((f) => ({ f, key: deploymentKey(f.instances?.[0]) })).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map((x) => x.f);
  const head = listed[0];
  const origins = listed.map((f) => findingOrigin.get(f)).filter((o) => o !== void 0);
  const instances = distinctInstances(listed);
  const merged = { ...head, severity: listed.reduce((s, f) => RANK[f.severity] < RANK[s] ? f.severity : s, head.severity) };
  if (prior.length) merged.priorFingerprints = prior;
  if (instances.length) merged.instances = instances;
  if (instances.length > 1) {
    merged.message = deploymentsMessage(listed, origins, new Set(instances.map(deploymentOf)).size);
    merged.related = deploymentsRelated(head, origins, instances);
    const origin2 = origins[0];
    if (merged.subject && origin2) {
      const { instance: _instance, ...subject } = merged.subject;
      merged.subject = { ...subject, name: origin2.entity.symbol ?? origin2.entity.name };
    }
  }
  const fixable = listed.find((f) => f.fix && f.fixTarget);
  if (fixable?.fix && fixable.fixTarget) {
    merged.fix = fixable.fix;
    merged.fixTarget = fixable.fixTarget;
  }
  const origin = findingOrigin.get(head);
  if (origin) findingOrigin.set(merged, origin);
  return merged;
}
function deploymentOf(instance) {
  const via = instance.via.map((v) => `${v.range.file}${String(v.range.startOffset).padStart(12, "0")}`).join("");
  return `${via}${instance.instance ?? ""}`;
}
function deploymentKey(instance) {
  return instance ? `${deploymentOf(instance)}${instance.resource}` : "";
}
function distinctInstances(findings) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of findings) {
    for (const i of f.instances ?? []) {
      const key = deploymentKey(i);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(i);
    }
  }
  return out;
}
function deploymentsMessage(listed, origins, count) {
  const head = listed[0];
  let message = head.message;
  const origin = origins[0];
  if (origin && listed.some((f) => f.message !== head.message)) {
    const labels = [...new Set(origins.map((o) => declaredLabel(o.entity)))];
    const others = labels.length - 1;
    const resource = others > 0 ? `${labels[0]} and ${others} other resource${others === 1 ? "" : "s"}` : labels[0];
    message = interpolate(origin.template, { ...origin.data, resource });
  }
  if (count < 2) return message;
  const where = ` (in ${count} deployments)`;
  return message.endsWith(".") ? `${message.slice(0, -1)}${where}.` : `${message}${where}`;
}
function deploymentsRelated(head, origins, instances) {
  const calls = uniqueLocations(head.range, instances.flatMap((i) => i.via));
  const shown2 = calls.slice(0, MAX_LISTED_CALLERS).map((c) => ({ ...c }));
  const rest = calls.length - shown2.length;
  const last = shown2[shown2.length - 1];
  if (rest > 0 && last) last.message += ` (and ${rest} more module call${rest === 1 ? "" : "s"}, listed in the JSON report's instances)`;
  return uniqueLocations(head.range, [
    ...origins.map((o) => ({ range: o.entity.declaration, message: `${declaredLabel(o.entity)} is declared here` })),
    ...shown2,
    ...origins.flatMap((o) => trailLocations(o.entity, o.setting))
  ]);
}

// parsers/arm/relevance.ts
function armFileCanMatter(kind, content) {
  if (kind !== "arm-template") return false;
  return namesMarker(typeof content === "string" ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("latin1"));
}
var MARKERS = /microsoft\.web|mtlslint|templatelink/i;
var QUICK = /\.web|mtlslint|templatelink/gi;
var MICROSOFT = /^microsoft$/i;
function hasMarker(text) {
  QUICK.lastIndex = 0;
  for (let m = QUICK.exec(text); m !== null; m = QUICK.exec(text)) {
    if (text.charCodeAt(m.index) !== 46) return true;
    if (m.index >= 9 && MICROSOFT.test(text.slice(m.index - 9, m.index))) return true;
  }
  return false;
}
function namesMarker(text) {
  return hasMarker(text) || text.includes("\\u") && MARKERS.test(unescapeJson(text));
}
function unescapeJson(text) {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_m, e) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? e;
  });
}
var ESCAPES = { b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };

// src/engine/prefilter.ts
function canMatter(kind, content) {
  switch (kind) {
    case "arm-template":
    case "arm-parameters":
      return armFileCanMatter(kind, content);
    default:
      return true;
  }
}
function filteredByBytes(kind) {
  return kind === "arm-template" || kind === "arm-parameters";
}

// src/engine/lint-unit.ts
function startRange(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 0 };
}
var PRELOAD_MAX_BYTES = 1024 * 1024;
function unitReader(base) {
  const cache = /* @__PURE__ */ new Map();
  const raw = /* @__PURE__ */ new Map();
  return {
    read(path) {
      let hit = cache.get(path);
      if (!hit) {
        const bytes = raw.get(path);
        raw.delete(path);
        hit = bytes ? decodeText(bytes) : base.read(path);
        cache.set(path, hit);
      }
      return hit;
    },
    preload(path) {
      if (cache.has(path) || raw.has(path) || !base.readBytes) return;
      const got = base.readBytes(path, PRELOAD_MAX_BYTES);
      if (got.ok) raw.set(path, got.bytes);
    },
    bytes: (path) => raw.get(path),
    head: (path, bytes) => {
      const whole = raw.get(path);
      return whole ? headText(whole, Math.min(bytes, whole.length)) : base.head(path, bytes);
    },
    size: (path) => base.size(path),
    ...base.refusal ? { refusal: base.refusal } : {}
  };
}
function parameterFileFor(format, path) {
  const p = path.toLowerCase();
  const tfvars = p.endsWith(".tfvars") || p.endsWith(".tfvars.json");
  if (format === "terraform") return tfvars;
  if (tfvars) return false;
  return format === "bicep" ? p.endsWith(".bicepparam") || p.endsWith(".json") || p.endsWith(".jsonc") : p.endsWith(".json") || p.endsWith(".jsonc");
}
function refusalNotes(reader, root) {
  const notes = /* @__PURE__ */ new Map();
  const note = (path, reason, at) => {
    if (!at) return;
    const key = `${at.file}\0${at.startOffset}\0${path}`;
    if (!notes.has(key)) notes.set(key, { ruleId: "not-analysed", message: refusalMessage(relPath(root, path), reason), range: at });
  };
  return {
    notes,
    readFile: (path, at) => {
      const read = reader.read(path);
      if (!read.ok && read.refused) note(path, read.message, at);
      return read;
    },
    confine: (path, at, kind) => {
      const why = reader.refusal?.(path, kind);
      if (why) note(path, why, at);
      return why === void 0;
    }
  };
}
function prepareUnit(unit, reader, ctx) {
  const problems = [];
  const readable = [];
  const toParse = [];
  const { files, sniffed, unread } = classifyUnitFiles(unit.files, reader);
  const matters = /* @__PURE__ */ new Set();
  const sizes = /* @__PURE__ */ new Map();
  for (const f of files) {
    const bytes = ctx.parseAll || !filteredByBytes(f.kind) ? void 0 : reader.bytes?.(f.path);
    if (bytes && isPlainText(bytes)) {
      readable.push(f);
      sizes.set(f, bytes.length);
      if (canMatter(f.kind, bytes)) matters.add(f);
      continue;
    }
    const read = reader.read(f.path);
    if (read.ok) {
      readable.push(f);
      sizes.set(f, read.text.length);
      if (ctx.parseAll || canMatter(f.kind, read.text)) matters.add(f);
    } else if (read.refused) problems.push({ file: f.path, message: refusalMessage(relPath(ctx.root, f.path), read.message), ruleId: "not-analysed" });
    else problems.push({ file: f.path, message: read.message });
  }
  const withTemplate = readable.some((f) => f.kind === "arm-template" && matters.has(f));
  let weight = 0;
  for (const f of readable) {
    if (matters.has(f) || withTemplate && f.kind === "arm-parameters") {
      toParse.push(f);
      weight += sizes.get(f) ?? 0;
    }
  }
  return { problems, readable, toParse, weight, sniffed, unread };
}
function settledUnit(prepared) {
  const { toParse, problems, readable, sniffed, unread } = prepared;
  if (toParse.length > 0 || problems.length > 0) return void 0;
  return { ...emptyUnit(readable.map((f) => f.path)), ...sniffed.length ? { sniffed } : {}, ...unread.length ? { unread } : {} };
}
async function lintUnit(unit, reader, ctx) {
  const prepared = prepareUnit(unit, reader, ctx);
  return settledUnit(prepared) ?? lintPrepared(prepared, reader, ctx);
}
async function lintPrepared(prepared, reader, ctx) {
  const { problems, readable, toParse, sniffed, unread } = prepared;
  const refusals = refusalNotes(reader, ctx.root);
  const byFormat = /* @__PURE__ */ new Map();
  for (const f of toParse) {
    const format = formatOfKind(f.kind);
    const list = byFormat.get(format) ?? [];
    list.push(f);
    byFormat.set(format, list);
  }
  const outputs = [];
  const called = /* @__PURE__ */ new Set();
  const order = [...byFormat].sort(([a], [b]) => Number(b === "bicep") - Number(a === "bicep"));
  for (const [format, all] of order) {
    const files = all.filter((f) => !(f.kind === "arm-template" && called.has(f.path.toLowerCase())));
    if (files.length === 0) continue;
    const loading = loadParser(format);
    if (!loading) {
      for (const f of files) problems.push({ file: f.path, message: `${format} files are not supported yet by this version of mtlslint` });
      continue;
    }
    const parse = async (some) => (await loading).parse({ files: some, parameterFiles: ctx.parameterFiles.filter((p) => parameterFileFor(format, p)), readFile: refusals.readFile, confine: refusals.confine });
    const failure = (err) => `internal error in the ${format} parser: ${err instanceof Error ? err.message : String(err)}`;
    try {
      const output = await parse(files);
      for (const p of output.calledTemplates ?? []) called.add(p.toLowerCase());
      outputs.push(output);
    } catch (err) {
      for (const f of files) {
        try {
          if (files.length === 1) throw err;
          const output = await parse([f]);
          for (const p of output.calledTemplates ?? []) called.add(p.toLowerCase());
          outputs.push(output);
        } catch (alone) {
          problems.push({ file: f.path, message: failure(alone) });
        }
      }
    }
  }
  const parsed = mergeParseOutputs(outputs);
  parsed.diagnostics.push(...refusals.notes.values());
  const scope = ctx.requireMtls && ctx.requireMtls !== "all" ? mtlsScopePredicate(ctx.requireMtls, parsed.entities, ctx.root) : void 0;
  const given = ctx.inMtlsScope;
  const inMtlsScope = scope && given ? (e) => scope(e) && given(e) : scope ?? given;
  const hidden = { notAnalysed: 0 };
  let findings = runRules(parsed.entities, {
    rules: ctx.rules,
    settings: ctx.settings,
    root: ctx.root,
    hidden,
    ...inMtlsScope ? { inMtlsScope } : {}
  });
  findings.push(...parseErrorFindings(parsed, problems, ctx.settings, ctx.root, hidden));
  findings = applyDirectives(findings, parsed.directives, ctx.settings, ctx.root, ctx.rules);
  findings = capPerFile(collapseFindings(findings, parsed.entities), ctx.root, ctx.settings, hidden);
  const focus = ctx.focus;
  if (focus) findings = findings.filter((f) => findingFiles(f).some((file) => focus.has(file)));
  let texts;
  if (ctx.keepAllTexts) texts = [...parsed.texts];
  else {
    const wanted = new Set(findings.flatMap(findingFiles));
    texts = [...parsed.texts].filter(([file]) => wanted.has(file));
  }
  const counts = /* @__PURE__ */ new Map();
  for (const p of [...problems.map((x) => x.file), ...parsed.diagnostics.filter((d) => d.ruleId === "parse-error").map((d) => d.range.file)]) counts.set(p, (counts.get(p) ?? 0) + 1);
  return {
    findings,
    texts,
    readable: readable.map((f) => f.path),
    problems: [...counts],
    declared: { ...declaredResources(parsed.entities), notRead: problems.length },
    hiddenNotAnalysed: hidden.notAnalysed,
    ...sniffed.length ? { sniffed } : {},
    ...unread.length ? { unread } : {}
  };
}
function emptyUnit(readable) {
  return { findings: [], texts: [], readable, problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0 };
}
function classifyUnitFiles(given, reader) {
  const files = [];
  const sniffed = [];
  const unread = [];
  for (const f of given) {
    if (f.kind !== "json") {
      files.push({ path: f.path, kind: f.kind });
      continue;
    }
    reader.preload?.(f.path);
    const kind = classifyFile(f.path, reader);
    if (typeof kind === "string") {
      files.push({ path: f.path, kind });
      sniffed.push([f.path, kind]);
    } else if (kind) unread.push({ file: f.path, message: kind.unread });
  }
  return { files, sniffed, unread };
}
function declaredResources(entities) {
  const seen = { sites: /* @__PURE__ */ new Set(), slots: /* @__PURE__ */ new Set(), certificates: /* @__PURE__ */ new Set() };
  for (const e of entities) {
    const which = e.entity === "certificate" ? seen.certificates : e.slotOf !== void 0 || /slot/i.test(e.resourceType) ? seen.slots : seen.sites;
    which.add(`${e.declaration.file}\0${e.declaration.startOffset}`);
  }
  return { sites: seen.sites.size, slots: seen.slots.size, certificates: seen.certificates.size };
}
function parseErrorFindings(parsed, problems, settings, root, hidden) {
  return diagnosticFindings(
    [
      ...problems.map((p) => ({ ruleId: p.ruleId ?? "parse-error", message: p.message, range: p.range ?? startRange(p.file) })),
      ...parsed.diagnostics.map((d) => ({ ruleId: d.ruleId, message: d.message, range: d.range }))
    ],
    settings,
    root,
    hidden
  );
}
function unreadFindings(problems, settings, root) {
  return diagnosticFindings(
    problems.map((p) => ({ ruleId: "parse-error", message: p.message, range: startRange(p.file) })),
    settings,
    root
  );
}
var DIAGNOSTIC_MESSAGE = {
  "parse-error": "parseError",
  "not-analysed": "notAnalysed",
  "unresolved-setting": "unmatchedConfig"
};
function diagnosticFindings(all, settings, root, hidden) {
  const out = [];
  const byPlace = /* @__PURE__ */ new Map();
  for (const [i, p] of all.entries()) {
    const place = p.ruleId !== "parse-error" ? `${p.range.file}\0${p.range.startOffset}\0${p.range.endOffset}` : `#${i}`;
    const seen = byPlace.get(place);
    if (seen) seen.count++;
    else byPlace.set(place, { first: p, count: 1 });
  }
  for (const { first, count } of byPlace.values()) {
    const p = count > 1 ? { ...first, message: `${first.message} (in ${count} deployments)` } : first;
    const severity = engineSeverity(settings, p.ruleId, hidden);
    if (!severity) continue;
    out.push(
      fileFinding({
        ruleId: p.ruleId,
        messageId: DIAGNOSTIC_MESSAGE[p.ruleId],
        message: p.message,
        severity,
        range: p.range,
        // Keyed by file: several in one file are told apart by the text they point at (`uniqueFingerprints`).
        identity: [p.ruleId, relPath(root, p.range.file)],
        priorIdentity: [p.ruleId, relPath(root, p.range.file), p.message]
      })
    );
  }
  return out;
}
var MAX_FINDINGS_PER_FILE = 500;
function capPerFile(findings, root, settings, hidden) {
  const seen = /* @__PURE__ */ new Set();
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.range.file}\0${f.range.startOffset}\0${f.range.endOffset}\0${f.message}\0${f.fingerprint}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byFile.get(f.range.file) ?? [];
    list.push(f);
    byFile.set(f.range.file, list);
  }
  const out = [];
  for (const [file, list] of byFile) {
    if (list.length <= MAX_FINDINGS_PER_FILE) {
      out.push(...list);
      continue;
    }
    const rank = { error: 0, warn: 1, note: 2 };
    list.sort((a, b) => Number(!!a.suppressions?.length) - Number(!!b.suppressions?.length) || rank[a.severity] - rank[b.severity] || compareFindings(a, b));
    out.push(...list.slice(0, MAX_FINDINGS_PER_FILE));
    const severity = engineSeverity(settings, "not-analysed", hidden);
    if (!severity) continue;
    const left = list.length - MAX_FINDINGS_PER_FILE;
    const message = `${left} more finding${left === 1 ? "" : "s"} in this file are not listed (at most ${MAX_FINDINGS_PER_FILE} per file are reported); fix or suppress the ones shown and lint again`;
    out.push(fileFinding({ ruleId: "not-analysed", messageId: "notAnalysed", message, severity, range: startRange(file), identity: ["not-analysed", relPath(root, file), "findings-cap"] }));
  }
  return out;
}
function findingFiles(f) {
  const files = [f.range.file, ...f.related.map((r) => r.range.file), ...(f.instances ?? []).flatMap((i) => i.via.map((v) => v.range.file))];
  if (f.resource) files.push(f.resource.declaration.file, ...f.resource.extent ? [f.resource.extent.file] : []);
  return files;
}
function compareFindings(a, b) {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export {
  uniqueFingerprints,
  relPath,
  classifyByName,
  classifyFile,
  classifyFiles,
  LintRoot,
  lintRootFor,
  DEFAULT_MAX_FILE_BYTES,
  diskReader,
  memoryReader,
  unitReader,
  prepareUnit,
  settledUnit,
  lintUnit,
  unreadFindings,
  compareFindings
};

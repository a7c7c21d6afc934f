import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  fingerprint,
  interpolate,
  relPath,
  runRules
} from "./chunk-IH2CEBDH.mjs";
import {
  globMatch
} from "./chunk-SRWNU6ER.mjs";
import {
  compareRanges,
  mergeParseOutputs
} from "./chunk-RL7VHCMZ.mjs";

// src/engine/parsers.ts
var loaders = {
  arm: async () => (await import("./arm-KMCG5EJC.mjs")).parser,
  bicep: async () => (await import("./bicep-MZLFCNUD.mjs")).parser,
  terraform: async () => (await import("./terraform-CZPSIB76.mjs")).parser
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

// src/engine/scope.ts
var NO = /* @__PURE__ */ new Set(["false", "no", "0", "off"]);
function pathGlobMatch(pattern, path) {
  let src = "";
  const p = pattern.replace(/^\.\//, "").replace(/^\//, "");
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "*" && p[i + 1] === "*") {
      const slash = p[i + 2] === "/";
      src += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") src += "[^/]*";
    else if (c === "?") src += "[^/]";
    else src += c.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${src}(?:/.*)?$`).test(path);
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
  const sites = entities.filter((e) => e.entity === "site" && !e.slotOf);
  const siteOf = (slot) => {
    const name = slot.slotOf?.name;
    if (name === void 0) return void 0;
    const same = sites.filter((s) => s.name === name || s.name + (s.instance ?? "") === name);
    return same.find((s) => s.file === slot.file) ?? same[0];
  };
  const inScope = (site, nameForGlobs) => {
    if ("tag" in scope) return tagged(site, scope.tag);
    const names = scope.names ?? [];
    const paths = scope.paths ?? [];
    if (names.some((g) => globMatch(g, nameForGlobs) || globMatch(g, site.name + (site.instance ?? "")))) return true;
    const file = relPath(root, site.file);
    return paths.some((g) => pathGlobMatch(g, file));
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
      out.push({
        ruleId: "unused-directive",
        messageId,
        message,
        severity: unused.severity,
        range: d.range,
        related: [],
        fingerprint: fingerprint(["unused-directive", relPath(root, d.file), key, d.reason])
      });
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
      out.push({
        ruleId: "directive-reason",
        messageId: "missingReason",
        message: interpolate(template("directive-reason", "missingReason", DEFAULT_MISSING_REASON), { rules: d.rules.length ? d.rules.join(", ") : "all rules" }),
        severity: reason.severity,
        range: d.range,
        related: [],
        fingerprint: fingerprint(["directive-reason", relPath(root, d.file), d.rules.join(",")])
      });
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

// src/engine/lint-unit.ts
function startRange(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 0 };
}
function unitReader(base) {
  const cache = /* @__PURE__ */ new Map();
  return {
    read(path) {
      let hit = cache.get(path);
      if (!hit) {
        hit = base.read(path);
        cache.set(path, hit);
      }
      return hit;
    },
    head: (path, bytes) => base.head(path, bytes),
    size: (path) => base.size(path)
  };
}
async function lintUnit(unit, reader, ctx) {
  const problems = [];
  const readable = [];
  for (const f of unit.files) {
    const read = reader.read(f.path);
    if (!read.ok) problems.push({ file: f.path, message: read.message });
    else readable.push(f);
  }
  const byFormat = /* @__PURE__ */ new Map();
  for (const f of readable) {
    const format = formatOfKind(f.kind);
    const list = byFormat.get(format) ?? [];
    list.push(f);
    byFormat.set(format, list);
  }
  const outputs = [];
  for (const [format, files] of byFormat) {
    const loading = loadParser(format);
    if (!loading) {
      for (const f of files) problems.push({ file: f.path, message: `${format} files are not supported yet by this version of mtlslint` });
      continue;
    }
    try {
      const parser = await loading;
      outputs.push(await parser.parse({ files, parameterFiles: ctx.parameterFiles, readFile: (p) => reader.read(p) }));
    } catch (err) {
      const message = `internal error in the ${format} parser: ${err instanceof Error ? err.message : String(err)}`;
      for (const f of files) problems.push({ file: f.path, message });
    }
  }
  const parsed = mergeParseOutputs(outputs);
  const scope = ctx.requireMtls && ctx.requireMtls !== "all" ? mtlsScopePredicate(ctx.requireMtls, parsed.entities, ctx.root) : void 0;
  const given = ctx.inMtlsScope;
  const inMtlsScope = scope && given ? (e) => scope(e) && given(e) : scope ?? given;
  let findings = runRules(parsed.entities, {
    rules: ctx.rules,
    settings: ctx.settings,
    root: ctx.root,
    ...inMtlsScope ? { inMtlsScope } : {}
  });
  findings.push(...parseErrorFindings(parsed, problems, ctx.settings, ctx.root));
  findings = applyDirectives(findings, parsed.directives, ctx.settings, ctx.root, ctx.rules);
  const focus = ctx.focus;
  if (focus) findings = findings.filter((f) => focus.has(f.range.file) || f.related.some((r) => focus.has(r.range.file)));
  let texts;
  if (ctx.keepAllTexts) texts = [...parsed.texts];
  else {
    const wanted = /* @__PURE__ */ new Set();
    for (const f of findings) {
      wanted.add(f.range.file);
      for (const r of f.related) wanted.add(r.range.file);
      if (f.resource) {
        wanted.add(f.resource.declaration.file);
        if (f.resource.extent) wanted.add(f.resource.extent.file);
      }
    }
    texts = [...parsed.texts].filter(([file]) => wanted.has(file));
  }
  const counts = /* @__PURE__ */ new Map();
  for (const p of [...problems.map((x) => x.file), ...parsed.diagnostics.filter((d) => d.ruleId === "parse-error").map((d) => d.range.file)]) counts.set(p, (counts.get(p) ?? 0) + 1);
  return { findings, texts, readable: readable.map((f) => f.path), problems: [...counts] };
}
function parseErrorFindings(parsed, problems, settings, root) {
  const all = [
    ...problems.map((p) => ({ ruleId: "parse-error", message: p.message, range: p.range ?? startRange(p.file) })),
    ...parsed.diagnostics.map((d) => ({ ruleId: d.ruleId, message: d.message, range: d.range }))
  ];
  const out = [];
  for (const p of all) {
    const setting = settings.get(p.ruleId);
    if (!setting || setting.severity === "off") continue;
    out.push({
      ruleId: p.ruleId,
      messageId: p.ruleId === "parse-error" ? "parseError" : "notAnalysed",
      message: p.message,
      severity: setting.severity,
      range: p.range,
      related: [],
      fingerprint: fingerprint([p.ruleId, relPath(root, p.range.file), p.message])
    });
  }
  return out;
}
function compareFindings(a, b) {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/engine/reader.ts
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, message: "binary file (contains NUL bytes)" };
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: "file is not valid UTF-8" };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
function diskReader(maxBytes = DEFAULT_MAX_FILE_BYTES, cache = /* @__PURE__ */ new Map()) {
  return {
    read(path) {
      const hit = cache ? cache.get(path) : void 0;
      if (hit) return hit;
      let result;
      try {
        const size = statSync(path).size;
        if (size > maxBytes) {
          result = { ok: false, message: `file is ${(size / 1048576).toFixed(1)} MiB, above the ${(maxBytes / 1048576).toFixed(0)} MiB limit; not linted` };
        } else {
          result = decodeText(readFileSync(path));
        }
      } catch (err) {
        result = { ok: false, message: `cannot read file: ${err.code ?? String(err)}` };
      }
      if (cache) cache.set(path, result);
      return result;
    },
    head(path, bytes) {
      let fd;
      try {
        fd = openSync(path, "r");
        const buf = Buffer.alloc(bytes);
        const n = readSync(fd, buf, 0, bytes, 0);
        return buf.subarray(0, n).toString("utf8");
      } catch {
        return void 0;
      } finally {
        if (fd !== void 0) closeSync(fd);
      }
    },
    size(path) {
      try {
        return statSync(path).size;
      } catch {
        return void 0;
      }
    }
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
    }
  };
}

export {
  unitReader,
  lintUnit,
  compareFindings,
  DEFAULT_MAX_FILE_BYTES,
  diskReader,
  memoryReader
};

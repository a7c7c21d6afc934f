import {
  ARM_CERTIFICATE_SETTINGS,
  ARM_SITE_FACTS,
  ARM_SITE_SETTINGS,
  ARM_TAGS,
  catalogEntries
} from "./chunk-TTXOFJJR.mjs";
import {
  absent,
  setValue,
  unresolved
} from "./chunk-JVWOA5LR.mjs";

// parsers/shared/budget.ts
var BUDGET = {
  /** Elements of one array or members of one object (ARM itself allows 800 copies per loop). */
  elements: 1e4,
  /** Characters of one string. */
  chars: 1e6,
  /** Nodes and string characters of one value counted as serialized (a part used twice counts twice). */
  weight: 1e6,
  /** Resource or module instances one unit expands to (loops, nested deployments, module fan-out). */
  instances: 5e3,
  /** Lambda and user-defined function invocations one template (with its modules) evaluates. */
  calls: 5e4,
  /** Characters of one Terraform (HCL) file handed to the WASM grammar. */
  hclChars: 1024 * 1024,
  /** Nesting of template interpolations in one Terraform file (real files nest a few deep; the grammar's time grows with it). */
  hclTemplateDepth: 256,
  /** Nesting of brackets in one Terraform file (deeper than the syntax tree's converter can follow anyway). */
  hclDepth: 1e4,
  /** Syntax nodes of one Terraform file (a 1 MiB file of plain resources has about 200,000). */
  hclNodes: 5e5,
  /**
   * Memory of one instance of the Terraform grammar's WASM (a 1 MiB file of plain resources takes about
   * 130 MiB). An instance that failed keeps its memory (see MAX_GRAMMAR_INSTANCES in the Terraform parser).
   */
  hclMemoryMiB: 384,
  /** Milliseconds the grammar may take on one Terraform file (a plain 1 MiB file of resources takes 1–3 s; one made of interpolations takes far longer). */
  hclParseMs: 4e3
};
var BUDGET_REASON = "too large to evaluate (an evaluation bound of mtlslint was reached)";
function overElements(...sizes) {
  let n = 0;
  for (const s of sizes) n += s;
  return n > BUDGET.elements ? BUDGET_REASON : void 0;
}
function overChars(...lengths) {
  let n = 0;
  for (const s of lengths) n += s;
  return n > BUDGET.chars ? BUDGET_REASON : void 0;
}
var weights = /* @__PURE__ */ new WeakMap();
function weightOf(value, parts, own) {
  const hit = weights.get(value);
  if (hit !== void 0) return hit;
  const stack = [[value, false]];
  while (stack.length) {
    const [v, done] = stack.pop();
    if (weights.has(v)) continue;
    const children = parts(v) ?? [];
    if (!done) {
      stack.push([v, true]);
      for (const c of children) if (!weights.has(c)) stack.push([c, false]);
      continue;
    }
    let w = 1 + own(v);
    for (const c of children) w += weights.get(c) ?? 0;
    weights.set(v, Math.min(w, Number.MAX_SAFE_INTEGER));
  }
  return weights.get(value) ?? 0;
}
var InstanceBudget = class {
  /** `limit`: tests pass a small one to reach the bound with small inputs. */
  constructor(limit = BUDGET.instances) {
    this.limit = limit;
  }
  limit;
  used = 0;
  /** Whether `n` more instances fit; counts them when they do. */
  take(n) {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
};
function instanceCut(what, leftOut, budget) {
  return `${what} not read: ${leftOut} instance${leftOut === 1 ? "" : "s"} left out (instance budget of ${budget.limit} reached, an evaluation bound of mtlslint)`;
}
var CallBudget = class extends InstanceBudget {
  constructor(limit = BUDGET.calls) {
    super(limit);
  }
};

// parsers/shared/resource-name.ts
var OPAQUE_OPEN = "\u27E6";
var OPAQUE_CLOSE = "\u27E7";
var KEY = "\u2063";
function nameFromParts(parts, canonical = (e) => e) {
  const segments = [""];
  let known = true;
  for (const p of parts) {
    if ("lit" in p) {
      const pieces = p.lit.split("/");
      segments[segments.length - 1] += pieces[0] ?? "";
      for (const piece of pieces.slice(1)) segments.push(piece);
    } else {
      known = false;
      segments[segments.length - 1] += `${OPAQUE_OPEN}${canonical(p.expr)}${p.key !== void 0 ? KEY + p.key : ""}${OPAQUE_CLOSE}`;
    }
  }
  return { segments, known };
}
var KEYED = new RegExp(`${OPAQUE_OPEN}[^${OPAQUE_CLOSE}${KEY}]*${KEY}`, "g");
var OPAQUE = new RegExp(`${OPAQUE_OPEN}[^${OPAQUE_CLOSE}]*${OPAQUE_CLOSE}`, "g");
function nameKey(segments) {
  return segments.map((s) => s.replace(KEYED, OPAQUE_OPEN + KEY).toLowerCase()).join("/");
}
function portableName(name) {
  return name.known || (name.segments.join("/").match(OPAQUE) ?? []).every((part) => part.includes(KEY));
}
function joinNames(parent, child) {
  return { segments: [...parent.segments, ...child.segments], known: parent.known && child.known };
}
function readableName(segments) {
  const expr = new RegExp(`${OPAQUE_OPEN}([^${OPAQUE_CLOSE}${KEY}]*)(?:${KEY}[^${OPAQUE_CLOSE}]*)?${OPAQUE_CLOSE}`, "g");
  return segments.join("/").replace(expr, (_, text) => /^\s*(?:parameters|variables)\s*\(\s*'([^']*)'\s*\)\s*$/i.exec(text)?.[1] ?? text);
}
function leadingSegments(name, count) {
  const segments = name.segments.slice(0, count);
  return { segments, known: segments.every((s) => !s.includes(OPAQUE_OPEN)) };
}

// parsers/shared/arm-value.ts
function prim(value, origin) {
  return { t: "prim", value, origin };
}
function unknown(text, reason, origin) {
  return { t: "unknown", text, reason, origin };
}
function through(v, hops) {
  if (hops.length === 0) return v;
  const origin = { range: v.origin.range, trail: [...hops, ...v.origin.trail] };
  switch (v.t) {
    case "array":
    case "object":
      return { ...v, origin, inherit: [...hops, ...v.inherit] };
    default:
      return { ...v, origin };
  }
}
function memberOf(obj, key) {
  const k = key.toLowerCase();
  let found;
  for (const m of obj.members) if (m.key.toLowerCase() === k) found = m;
  if (!found && obj.rest) return through(obj.rest, obj.inherit);
  return found ? through(found.value, obj.inherit) : void 0;
}
function itemOf(arr, index) {
  const item = arr.items[index];
  return item ? through(item, arr.inherit) : void 0;
}
function toJson(v) {
  switch (v.t) {
    case "unknown":
      return void 0;
    case "prim":
      return v.value;
    case "array": {
      const out = [];
      for (const i of v.items) {
        const j = toJson(i);
        if (j === void 0) return void 0;
        out.push(j);
      }
      return out;
    }
    case "object": {
      if (v.rest) return void 0;
      const out = {};
      for (const m of v.members) {
        const j = toJson(m.value);
        if (j === void 0) return void 0;
        out[m.key] = j;
      }
      return out;
    }
  }
}
function firstUnknown(v) {
  switch (v.t) {
    case "unknown":
      return v;
    case "prim":
      return void 0;
    case "array":
      for (const i of v.items) {
        const u = firstUnknown(i);
        if (u) return u;
      }
      return void 0;
    case "object":
      if (v.rest) return v.rest;
      for (const m of v.members) {
        const u = firstUnknown(m.value);
        if (u) return u;
      }
      return void 0;
  }
}
function fromJson(j, origin) {
  if (Array.isArray(j)) return { t: "array", items: j.map((x) => fromJson(x, origin)), origin, inherit: [] };
  if (j !== null && typeof j === "object")
    return { t: "object", members: Object.entries(j).map(([key, x]) => ({ key, value: fromJson(x, origin) })), origin, inherit: [] };
  return prim(j, origin);
}
function decidedFalse(c, rootDefault) {
  if (c?.t !== "prim" || c.value !== false) return false;
  return !c.origin.trail.some((h) => h.kind === "parameter-default" && rootDefault(h.range));
}
function mergeTrails(values) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const v of values)
    for (const h of v.origin.trail) {
      const key = `${h.kind}|${h.name ?? ""}|${h.range.file}|${h.range.startOffset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(h);
    }
  return out;
}
var partsOf = (v) => v.t === "array" ? v.items : v.t === "object" ? v.members.map((m) => m.value) : void 0;
var ownSize = (v) => v.t === "prim" && typeof v.value === "string" ? v.value.length : 0;
function bounded(v, text) {
  if (v.t === "unknown") return v;
  const over = v.t === "prim" ? typeof v.value === "string" && v.value.length > BUDGET.chars : weightOf(v, partsOf, ownSize) > BUDGET.weight;
  return over ? unknown(text(), BUDGET_REASON, v.origin) : v;
}

// parsers/shared/setting-values.ts
function isNull(v) {
  return v.t === "prim" && v.value === null;
}
function descendPath(found, path) {
  let f = found;
  for (const key of path) {
    const v = f.value;
    if (isNull(v)) return void 0;
    if (v.t === "unknown") return f;
    if (v.t !== "object") return { ...f, value: { t: "unknown", text: f.atText, reason: `expected an object with '${key}'`, origin: v.origin } };
    const m = memberOf(v, key);
    if (!m) return void 0;
    f = step(f, m);
  }
  return isNull(f.value) ? void 0 : f;
}
function step(f, inner) {
  const at = f.value.at;
  const local = f.value.origin.trail.length === 0 && at !== void 0 && at.file === f.at.file && at.startOffset === f.at.startOffset && at.endOffset === f.at.endOffset;
  if (!local || !inner.at) return { ...f, value: inner };
  const atText = inner.t === "unknown" ? inner.text : inner.t === "prim" && typeof inner.value === "string" ? inner.value : f.atText;
  return { at: inner.at, atText, value: inner };
}
function stepItem(f, index) {
  if (f.value.t !== "array") return void 0;
  const it = itemOf(f.value, index);
  return it ? step(f, it) : void 0;
}
function toSetting(found, convert, expected, declaration, def, textOf) {
  if (!found) return absent(declaration, def);
  const v = found.value;
  const trail = [{ kind: "property", range: found.at }, ...v.origin.trail];
  if (v.t === "unknown") return unresolved(found.atText, found.at, trail, v.reason);
  if (v.t === "object" || v.t === "array") {
    const u = firstUnknown(v);
    if (u) return unresolved(found.atText, found.at, trail, u.reason);
  }
  const value = convert(v);
  const text = textOf(v.origin.range);
  if (value === void 0) return unresolved(text ?? found.atText, v.origin.range, trail, `expected ${expected}`);
  return setValue(value, v.origin.range, trail, text);
}

// parsers/shared/site-mapping.ts
function fromWeb(c, name) {
  for (let i = c.web.length - 1; i >= 0; i--) {
    const f = c.web[i](["properties", name]);
    if (f) return f;
  }
  return void 0;
}
function siteKind(read) {
  const k = read(["kind"])?.value;
  const text = k?.t === "prim" && typeof k.value === "string" ? k.value.toLowerCase() : "";
  if (text.includes("workflowapp")) return "logicApp";
  if (text.includes("functionapp")) return "functionApp";
  return "webApp";
}
function converter(type) {
  return (v) => type.convert(v.t === "prim" ? v.value : toJson(v));
}
function toModel(entry, found, decl, textOf) {
  return toSetting(found, converter(entry.value), entry.value.expected, decl, entry.default, textOf);
}
function readSiteSetting(c, entry, decl, textOf) {
  const prop = () => c.site(["properties", entry.property]);
  const cfg = () => fromWeb(c, entry.property) ?? c.site(["properties", "siteConfig", entry.property]);
  switch (entry.place) {
    case "properties":
      return toModel(entry, prop(), decl, textOf);
    case "siteConfig":
      return toModel(entry, cfg(), decl, textOf);
    case "properties-or-siteConfig":
      return toModel(entry, prop() ?? cfg(), decl, textOf);
    case "appSetting":
      return appSetting(c, entry, decl, textOf);
  }
}
function siteSettings(c, decl, textOf) {
  const out = {};
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) out[key] = readSiteSetting(c, entry, decl, textOf);
  return out;
}
function siteTags(read, decl, textOf) {
  return toModel(ARM_TAGS, read([ARM_TAGS.property]), decl, textOf);
}
function appSetting(c, entry, decl, textOf) {
  if (c.appsettings) return toModel(entry, c.appsettings(["properties", entry.property]), decl, textOf);
  const list = fromWeb(c, "appSettings") ?? c.site(["properties", "siteConfig", "appSettings"]);
  if (!list) return absent(decl, entry.default);
  if (list.value.t !== "array") return toSetting(list, () => void 0, "an array of { name, value }", decl, entry.default, textOf);
  for (let i = list.value.items.length - 1; i >= 0; i--) {
    const item = stepItem(list, i);
    if (!item) continue;
    const name = descendPath(item, ["name"]);
    if (name?.value.t === "prim" && typeof name.value.value === "string" && name.value.value.toLowerCase() === entry.property.toLowerCase())
      return toSetting(descendPath(item, ["value"]), converter(entry.value), entry.value.expected, decl, entry.default, textOf);
  }
  return absent(decl, entry.default);
}
function certificateSettings(read, decl, textOf) {
  const out = {};
  for (const [key, entry] of catalogEntries(ARM_CERTIFICATE_SETTINGS)) {
    const found = read(["properties", entry.property]) ?? (entry.companion ? read(["properties", entry.companion]) : void 0);
    out[key] = toModel(entry, found, decl, textOf);
  }
  return out;
}

// parsers/shared/site-configs.ts
var SITE = "microsoft.web/sites";
var SLOT = "microsoft.web/sites/slots";
var SITE_CONFIG = "microsoft.web/sites/config";
var SLOT_CONFIG = "microsoft.web/sites/slots/config";
function configKind(typeKey, name) {
  if (typeKey !== SITE_CONFIG && typeKey !== SLOT_CONFIG) return void 0;
  const last = name?.segments[name.segments.length - 1]?.toLowerCase();
  return last === "web" || last === "appsettings" ? last : void 0;
}
function configOwnerType(typeKey) {
  return typeKey === SLOT_CONFIG ? SLOT : SITE;
}
function configSettings(kind, read, declaration, textOf) {
  const none = () => void 0;
  const all = siteSettings(kind === "web" ? { site: none, web: [read] } : { site: none, web: [], appsettings: read }, declaration, textOf);
  const out = {};
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) {
    const s = all[key];
    if (kind === "appsettings" ? entry.place === "appSetting" : s.kind !== "absent") out[key] = s;
  }
  return out;
}
function configPatch(c, textOf) {
  const target = c.declared?.name ?? (c.name && c.name.segments.length > 1 ? leadingSegments(c.name, c.name.segments.length - 1) : void 0);
  if (!target) return void 0;
  const owner = configOwnerType(c.typeKey);
  const type = owner === SLOT ? "Microsoft.Web/sites/slots" : "Microsoft.Web/sites";
  const label = `${type}/config '${c.label}'`;
  const settings = writtenBy(configSettings(c.kind, c.read, c.declaration, textOf), label, c.declaration);
  return {
    kind: c.kind,
    targetType: owner,
    target,
    unit: c.unit,
    existing: c.declared?.existing === true,
    settings,
    base: c.base(type),
    label
  };
}
function sameName(site, p) {
  if (site.typeKey !== p.targetType || !site.name || nameKey(site.name.segments) !== nameKey(p.target.segments)) return false;
  return portableName(site.name) && portableName(p.target) || site.unit === p.unit;
}
function writtenBy(settings, label, declaration) {
  const hop = { kind: "config", name: label, range: declaration };
  const out = {};
  for (const [key, s] of Object.entries(settings)) out[key] = s.kind === "absent" ? s : { ...s, trail: [hop, ...s.trail] };
  return out;
}
function overrideWithConfig(site, settings) {
  const into = site.settings;
  for (const [key, setting] of Object.entries(settings)) {
    if (ARM_SITE_SETTINGS[key].place === "properties-or-siteConfig" && into[key]?.kind !== "absent") continue;
    into[key] = setting;
  }
}
function applyConfigPatches(sites, patches) {
  const entities = [];
  const notes = [];
  for (const p of patches) {
    const found = sites.filter((s) => sameName(s, p));
    for (const s of found) overrideWithConfig(s.entity, p.settings);
    if (found.length > 0) continue;
    const written = Object.values(p.settings).some((s) => s.kind !== "absent");
    if (!written) continue;
    const siteName = readableName(p.target.segments);
    const what = p.targetType === SLOT ? "slot" : "site";
    const why = !p.target.known ? `the ${what}'s name is only known at deployment (${siteName})` : p.existing ? `${what} '${siteName}' is only referenced as existing, not deployed here` : `${what} '${siteName}' is not deployed here`;
    const range = p.base.declaration;
    const other = unresolved(siteName, range, [], `written on the ${what}, which is not part of this deployment`);
    other.noted = true;
    const settings = {};
    for (const [key] of catalogEntries(ARM_SITE_SETTINGS)) settings[key] = p.settings[key] ?? other;
    const entity = {
      ...p.base,
      name: siteName,
      entity: "site",
      kind: "webApp",
      tags: other,
      settings,
      ...ARM_SITE_FACTS
    };
    if (p.targetType === SLOT) entity.slotOf = { name: readableName(p.target.segments.slice(0, 1)) };
    entities.push(entity);
    notes.push({
      ruleId: "unresolved-setting",
      message: `${p.label} cannot be tied to a ${what} of this deployment: ${why}. The values it writes are checked here; the ${what}'s other settings are not.`,
      range
    });
  }
  return { entities, notes };
}

// parsers/shared/directives.ts
var PREFIX = /^\s*mtlslint-disable-next-line\b/;
function readDirectiveComment(body) {
  const m = PREFIX.exec(body);
  if (!m) return void 0;
  const rest = body.slice(m[0].length);
  const sep = rest.indexOf("--");
  const list = sep >= 0 ? rest.slice(0, sep) : rest;
  const reason = sep >= 0 ? rest.slice(sep + 2).trim() : "";
  const rules = list.split(/[,\s]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return reason ? { rules, reason } : { rules };
}
function nextCodeLine(lines, line, isCommentOnly) {
  for (let l = line + 1; l <= lines.length; l++) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || isCommentOnly(text)) continue;
    return l;
  }
  return line + 1;
}

export {
  BUDGET,
  BUDGET_REASON,
  overElements,
  overChars,
  InstanceBudget,
  instanceCut,
  CallBudget,
  prim,
  unknown,
  through,
  memberOf,
  itemOf,
  toJson,
  fromJson,
  decidedFalse,
  mergeTrails,
  bounded,
  descendPath,
  siteKind,
  siteSettings,
  siteTags,
  certificateSettings,
  readDirectiveComment,
  nextCodeLine,
  nameFromParts,
  nameKey,
  joinNames,
  readableName,
  SITE,
  SLOT,
  configKind,
  configOwnerType,
  configPatch,
  writtenBy,
  overrideWithConfig,
  applyConfigPatches
};

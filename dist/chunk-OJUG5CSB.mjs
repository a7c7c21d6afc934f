import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  BUDGET,
  BUDGET_REASON,
  overChars,
  overElements,
  weightOf
} from "./chunk-UOEINDHL.mjs";
import {
  member,
  members,
  rangeOf
} from "./chunk-FFGGKAJR.mjs";
import {
  ARM_CERTIFICATE_SETTINGS,
  ARM_SITE_SETTINGS,
  ARM_TAGS,
  catalogEntries
} from "./chunk-65MSNVQM.mjs";
import {
  absent,
  setValue,
  unresolved
} from "./chunk-E2BWXCD5.mjs";

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

// parsers/shared/arm-parameter-files.ts
function literalValue(file, node) {
  const origin = { range: rangeOf(file, node), trail: [] };
  switch (node.type) {
    case "object":
      return { t: "object", members: members(node).map(([key, v]) => ({ key, value: literalValue(file, v) })), origin, inherit: [] };
    case "array":
      return { t: "array", items: (node.children ?? []).map((c) => literalValue(file, c)), origin, inherit: [] };
    case "string":
    case "number":
    case "boolean":
    case "null":
      return { t: "prim", value: node.value ?? null, origin };
    default:
      return unknown("", "not a JSON value", origin);
  }
}
function parameterValues(file) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, entry] of members(member(file.root, "parameters"))) {
    const value = member(entry, "value");
    if (value) {
      const hop = { kind: "parameter-file", name, range: rangeOf(file, value) };
      out.set(name.toLowerCase(), () => through(literalValue(file, value), [hop]));
      continue;
    }
    const reference = member(entry, "reference");
    if (reference) {
      const hop = { kind: "parameter-file", name, range: rangeOf(file, reference) };
      out.set(name.toLowerCase(), () => unknown(`parameters('${name}')`, "Key Vault reference", { range: rangeOf(file, reference), trail: [hop] }));
    }
  }
  return out;
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

// parsers/shared/arm-expression/ast.ts
function printExpr(e) {
  switch (e.k) {
    case "call":
      return `${e.name.toLowerCase()}(${e.args.map(printExpr).join(",")})`;
    case "string":
      return `'${e.value.replace(/'/g, "''")}'`;
    case "number":
      return String(e.value);
    case "ident":
      return e.name.toLowerCase();
    case "member":
      return `${printExpr(e.target)}${e.safe ? ".?" : "."}${e.name}`;
    case "index":
      return `${printExpr(e.target)}${e.safe ? "[?" : "["}${printExpr(e.index)}]`;
  }
}

// parsers/shared/arm-expression/functions.ts
function computed(ctx, inputs) {
  return { range: ctx.range, trail: mergeTrails(inputs) };
}
function firstUnknownOf(vals) {
  for (const v of vals) if (v.t === "unknown") return v;
  return void 0;
}
function wrongArgs(call, ctx, what) {
  return unknown(printExpr(call), what, { range: ctx.range, trail: [] });
}
function evalAll(args, ev) {
  return args.map(ev);
}
function known(args, ev) {
  const vals = evalAll(args, ev);
  const u = firstUnknownOf(vals);
  return u ?? vals;
}
function str(v) {
  return v?.t === "prim" && typeof v.value === "string" ? v.value : void 0;
}
function toBool(v) {
  if (v.t !== "prim") return void 0;
  if (typeof v.value === "boolean") return v.value;
  if (typeof v.value === "string") {
    const s = v.value.toLowerCase();
    return s === "true" ? true : s === "false" ? false : void 0;
  }
  if (typeof v.value === "number") return v.value !== 0;
  return void 0;
}
function json(v) {
  return toJson(v);
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function stringOf(v) {
  if (v.t === "prim") return v.value === null ? "" : typeof v.value === "string" ? v.value : String(v.value);
  return JSON.stringify(json(v));
}
function propagate(u, call) {
  return { ...u, text: u.text || printExpr(call) };
}
function unionObjects(objs, origin) {
  const members2 = [];
  for (const o of objs)
    for (const m of o.members) {
      const at = members2.findIndex((x) => x.key.toLowerCase() === m.key.toLowerCase());
      const value = o.inherit.length ? { ...m.value, origin: { ...m.value.origin, trail: [...o.inherit, ...m.value.origin.trail] } } : m.value;
      const prev = at >= 0 ? members2[at] : void 0;
      const merged = prev && prev.value.t === "object" && value.t === "object" ? unionObjects([prev.value, value], value.origin) : value;
      if (at >= 0) members2[at] = { key: m.key, value: merged };
      else members2.push({ key: m.key, value: merged });
    }
  return { t: "object", members: members2, origin, inherit: [] };
}
function formatString(fmt, values) {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i++;
        continue;
      }
      const close = fmt.indexOf("}", i);
      if (close < 0) return void 0;
      const spec = fmt.slice(i + 1, close);
      if (!/^\s*\d+\s*$/.test(spec)) return void 0;
      const v = values[Number(spec)];
      if (!v) return void 0;
      out += stringOf(v);
      i = close;
    } else if (c === "}") {
      if (fmt[i + 1] === "}") i++;
      out += "}";
    } else out += c;
  }
  return out;
}
var F = /* @__PURE__ */ new Map();
F.set("parameters", (args, ctx, ev, call) => {
  const name = str(args[0] ? ev(args[0]) : void 0);
  if (name === void 0) return wrongArgs(call, ctx, "parameters() needs a literal name");
  return ctx.env.parameter(name) ?? wrongArgs(call, ctx, `the template declares no parameter '${name}'`);
});
F.set("variables", (args, ctx, ev, call) => {
  const name = str(args[0] ? ev(args[0]) : void 0);
  if (name === void 0) return wrongArgs(call, ctx, "variables() needs a literal name");
  return ctx.env.variable(name) ?? wrongArgs(call, ctx, `the template declares no variable '${name}'`);
});
F.set("copyindex", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return vals;
  let loop;
  let offset = 0;
  for (const v of vals) {
    if (v.t === "prim" && typeof v.value === "string") loop = v.value;
    else if (v.t === "prim" && typeof v.value === "number") offset = v.value;
  }
  const i = ctx.env.copyIndex(loop);
  if (i === void 0) return unknown(printExpr(call), "depends on copyIndex() of a loop that was not expanded", { range: ctx.range, trail: [] });
  return { t: "prim", value: i + offset, origin: computed(ctx, vals) };
});
F.set("true", (_a, ctx) => ({ t: "prim", value: true, origin: { range: ctx.range, trail: [] } }));
F.set("false", (_a, ctx) => ({ t: "prim", value: false, origin: { range: ctx.range, trail: [] } }));
F.set("null", (_a, ctx) => ({ t: "prim", value: null, origin: { range: ctx.range, trail: [] } }));
F.set("if", (args, ctx, ev, call) => {
  if (args.length !== 3) return wrongArgs(call, ctx, "if() takes three arguments");
  const cond = ev(args[0]);
  if (cond.t === "unknown") return propagate(cond, call);
  const b = toBool(cond);
  if (b === void 0) return wrongArgs(call, ctx, "the condition of if() is not a boolean");
  const chosen = ev(args[b ? 1 : 2]);
  const trail = mergeTrails([cond, chosen]).filter((h) => !chosen.origin.trail.includes(h));
  const withCond = [...trail, ...chosen.origin.trail];
  if (chosen.t === "array" || chosen.t === "object") return { ...chosen, origin: { range: chosen.origin.range, trail: withCond }, inherit: [...trail, ...chosen.inherit] };
  return { ...chosen, origin: { range: chosen.origin.range, trail: withCond } };
});
F.set("equals", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length !== 2) return wrongArgs(call, ctx, "equals() takes two arguments");
  return { t: "prim", value: deepEqual(json(vals[0]), json(vals[1])), origin: computed(ctx, vals) };
});
F.set("not", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "not() takes one argument");
  if (v.t === "unknown") return propagate(v, call);
  const b = toBool(v);
  if (b === void 0 || typeof v.value !== "boolean") return wrongArgs(call, ctx, "not() needs a boolean");
  return { t: "prim", value: !b, origin: computed(ctx, [v]) };
});
function logic(isAnd) {
  return (args, ctx, ev, call) => {
    const seen = [];
    let firstUnknown2;
    for (const a of args) {
      const v = ev(a);
      seen.push(v);
      if (v.t === "unknown") {
        firstUnknown2 ??= v;
        continue;
      }
      const b = v.t === "prim" && typeof v.value === "boolean" ? v.value : void 0;
      if (b === void 0) return wrongArgs(call, ctx, `${isAnd ? "and" : "or"}() needs booleans`);
      if (b !== isAnd) return { t: "prim", value: b, origin: computed(ctx, [v]) };
    }
    if (firstUnknown2) return propagate(firstUnknown2, call);
    return { t: "prim", value: isAnd, origin: computed(ctx, seen) };
  };
}
F.set("and", logic(true));
F.set("or", logic(false));
F.set("bool", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "bool() takes one argument");
  if (v.t === "unknown") return v;
  const b = toBool(v);
  if (b === void 0) return wrongArgs(call, ctx, "bool() of a value that is not a boolean");
  return { t: "prim", value: b, origin: v.origin };
});
F.set("string", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "string() takes one argument");
  if (v.t === "unknown") return v;
  return { t: "prim", value: stringOf(v), origin: v.t === "prim" ? v.origin : computed(ctx, [v]) };
});
F.set("int", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "int() takes one argument");
  if (v.t === "unknown") return v;
  const n = v.t === "prim" ? typeof v.value === "number" ? v.value : typeof v.value === "string" && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : void 0 : void 0;
  if (n === void 0) return wrongArgs(call, ctx, "int() of a value that is not a number");
  return { t: "prim", value: Math.trunc(n), origin: v.origin };
});
function caseFn(upper) {
  return (args, ctx, ev, call) => {
    const v = args[0] ? ev(args[0]) : void 0;
    if (!v) return wrongArgs(call, ctx, "takes one argument");
    if (v.t === "unknown") return v;
    const s = str(v);
    if (s === void 0) return wrongArgs(call, ctx, "needs a string");
    return { t: "prim", value: upper ? s.toUpperCase() : s.toLowerCase(), origin: v.origin };
  };
}
F.set("tolower", caseFn(false));
F.set("toupper", caseFn(true));
F.set("concat", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length > 0 && vals.every((v) => v.t === "array")) {
    const over = overElements(...vals.map((v) => v.t === "array" ? v.items.length : 0));
    if (over) return unknown(printExpr(call), over, computed(ctx, vals));
    const items = vals.flatMap((v) => v.t === "array" ? v.items.map((i) => v.inherit.length ? { ...i, origin: { ...i.origin, trail: [...v.inherit, ...i.origin.trail] } } : i) : []);
    return { t: "array", items, origin: computed(ctx, vals), inherit: [] };
  }
  if (vals.some((v) => v.t !== "prim")) return wrongArgs(call, ctx, "concat() of strings and arrays mixed");
  const tooLong = overChars(...vals.map((v) => v.t === "prim" && typeof v.value === "string" ? v.value.length : 0));
  if (tooLong) return unknown(printExpr(call), tooLong, computed(ctx, vals));
  return { t: "prim", value: vals.map(stringOf).join(""), origin: computed(ctx, vals) };
});
F.set("format", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const fmt = str(vals[0]);
  if (fmt === void 0) return wrongArgs(call, ctx, "format() needs a format string");
  const out = formatString(fmt, vals.slice(1));
  if (out === void 0) return wrongArgs(call, ctx, "format() with a placeholder that is not reproduced");
  return { t: "prim", value: out, origin: computed(ctx, vals) };
});
F.set("union", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length > 0 && vals.every((v) => v.t === "object"))
    return unionObjects(vals, computed(ctx, vals));
  if (vals.length > 0 && vals.every((v) => v.t === "array")) {
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (const v of vals)
      if (v.t === "array")
        for (const i of v.items) {
          const key = JSON.stringify(toJson(i));
          if (seen.has(key)) continue;
          seen.add(key);
          items.push(i);
        }
    return { t: "array", items, origin: computed(ctx, vals), inherit: [] };
  }
  return wrongArgs(call, ctx, "union() needs objects or arrays");
});
F.set("coalesce", (args, ctx, ev, call) => {
  for (const a of args) {
    const v = ev(a);
    if (v.t === "unknown") return propagate(v, call);
    if (!(v.t === "prim" && v.value === null)) return v;
  }
  return { t: "prim", value: null, origin: { range: ctx.range, trail: [] } };
});
F.set("createobject", (args, ctx, ev, call) => {
  if (args.length % 2 !== 0) return wrongArgs(call, ctx, "createObject() needs key/value pairs");
  const members2 = [];
  for (let i = 0; i < args.length; i += 2) {
    const k = ev(args[i]);
    if (k.t === "unknown") return propagate(k, call);
    const key = str(k);
    if (key === void 0) return wrongArgs(call, ctx, "createObject() keys must be strings");
    members2.push({ key, value: ev(args[i + 1]) });
  }
  return { t: "object", members: members2, origin: { range: ctx.range, trail: [] }, inherit: [] };
});
F.set("createarray", (args, ctx, ev) => ({ t: "array", items: evalAll(args, ev), origin: { range: ctx.range, trail: [] }, inherit: [] }));
F.set("json", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "json() takes one argument");
  if (v.t === "unknown") return v;
  const s = str(v);
  if (s === void 0) return wrongArgs(call, ctx, "json() needs a string");
  try {
    return fromJson(JSON.parse(s), computed(ctx, [v]));
  } catch {
    return wrongArgs(call, ctx, "json() of text that is not JSON");
  }
});
F.set("empty", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "empty() takes one argument");
  if (v.t === "unknown") return propagate(v, call);
  const isEmpty = v.t === "array" ? v.items.length === 0 : v.t === "object" ? v.members.length === 0 : v.value === null || v.value === "";
  return { t: "prim", value: isEmpty, origin: computed(ctx, [v]) };
});
F.set("length", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "length() takes one argument");
  if (v.t === "unknown") return propagate(v, call);
  const n = v.t === "array" ? v.items.length : v.t === "object" ? v.members.length : typeof v.value === "string" ? v.value.length : void 0;
  if (n === void 0) return wrongArgs(call, ctx, "length() of a value without length");
  return { t: "prim", value: n, origin: computed(ctx, [v]) };
});
F.set("contains", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const [c, item] = vals;
  if (!c || !item) return wrongArgs(call, ctx, "contains() takes two arguments");
  let r;
  if (c.t === "object") {
    const k = str(item);
    r = k === void 0 ? void 0 : c.members.some((m) => m.key.toLowerCase() === k.toLowerCase());
  } else if (c.t === "array") r = c.items.some((i) => deepEqual(toJson(i), json(item)));
  else if (typeof c.value === "string" && item.t === "prim") r = c.value.includes(stringOf(item));
  if (r === void 0) return wrongArgs(call, ctx, "contains() of values of the wrong types");
  return { t: "prim", value: r, origin: computed(ctx, vals) };
});
F.set("replace", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const [s, from, to] = vals.map(str);
  if (s === void 0 || from === void 0 || to === void 0 || from === "") return wrongArgs(call, ctx, "replace() needs three strings");
  return { t: "prim", value: s.split(from).join(to), origin: computed(ctx, vals) };
});
F.set("trim", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "trim() takes one argument");
  if (v.t === "unknown") return v;
  const s = str(v);
  if (s === void 0) return wrongArgs(call, ctx, "trim() needs a string");
  return { t: "prim", value: s.trim(), origin: v.origin };
});
F.set("tryget", (args, ctx, ev, call) => {
  const vals = known(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  let cur = vals[0];
  for (const k of vals.slice(1)) {
    if (!cur || cur.t === "unknown") break;
    if (cur.t === "object" && k.t === "prim" && typeof k.value === "string") {
      const key = k.value.toLowerCase();
      const m = cur.members.find((x) => x.key.toLowerCase() === key);
      cur = m ? m.value : void 0;
    } else if (cur.t === "array" && k.t === "prim" && typeof k.value === "number") cur = cur.items[k.value];
    else cur = void 0;
  }
  return cur ?? { t: "prim", value: null, origin: { range: ctx.range, trail: [] } };
});
var FUNCTIONS = F;

// parsers/shared/arm-expression/evaluator.ts
function evaluate(e, ctx) {
  const here = { range: ctx.range, trail: [] };
  const ev = (x) => evaluate(x, ctx);
  switch (e.k) {
    case "string":
      return { t: "prim", value: e.value, origin: here };
    case "number":
      return { t: "prim", value: e.value, origin: here };
    case "ident": {
      const n = e.name.toLowerCase();
      if (n === "true" || n === "false") return { t: "prim", value: n === "true", origin: here };
      if (n === "null") return { t: "prim", value: null, origin: here };
      return unknown(e.name, `unknown identifier '${e.name}'`, here);
    }
    case "member": {
      const target = ev(e.target);
      return access(target, { t: "prim", value: e.name, origin: here }, e, here, e.safe);
    }
    case "index": {
      const target = ev(e.target);
      return access(target, ev(e.index), e, here, e.safe);
    }
    case "call": {
      const fn = FUNCTIONS.get(e.name.toLowerCase());
      if (!fn) {
        const text = printExpr(e);
        return unknown(text, `${e.name}() is only known at deployment`, here);
      }
      return bounded(fn(e.args, ctx, ev, e), () => printExpr(e));
    }
  }
}
function access(target, key, e, here, safe) {
  const text = printExpr(e);
  if (target.t === "unknown") return { ...target, text, origin: target.origin };
  if (key.t === "unknown") return key;
  if (target.t === "object" && key.t === "prim" && typeof key.value === "string") {
    const m = memberOf(target, key.value);
    if (m) return m;
    if (safe) return { t: "prim", value: null, origin: here };
    return unknown(text, `the object has no property '${key.value}'`, here);
  }
  if (target.t === "array" && key.t === "prim" && typeof key.value === "number") {
    const it = itemOf(target, key.value);
    if (it) return it;
    if (safe) return { t: "prim", value: null, origin: here };
    return unknown(text, `index ${key.value} is out of range`, here);
  }
  if (safe && target.t === "prim" && target.value === null) return target;
  return unknown(text, "property access on a value of the wrong type", here);
}

// parsers/shared/resource-name.ts
var OPAQUE_OPEN = "\u27E6";
var OPAQUE_CLOSE = "\u27E7";
function nameFromParts(parts, canonical = (e) => e) {
  const segments = [""];
  let known2 = true;
  for (const p of parts) {
    if ("lit" in p) {
      const pieces = p.lit.split("/");
      segments[segments.length - 1] += pieces[0] ?? "";
      for (const piece of pieces.slice(1)) segments.push(piece);
    } else {
      known2 = false;
      segments[segments.length - 1] += `${OPAQUE_OPEN}${canonical(p.expr)}${OPAQUE_CLOSE}`;
    }
  }
  return { segments, known: known2 };
}
function nameKey(segments) {
  return segments.map((s) => s.toLowerCase()).join("/");
}
function joinNames(parent, child) {
  return { segments: [...parent.segments, ...child.segments], known: parent.known && child.known };
}
function readableName(segments) {
  const expr = new RegExp(`${OPAQUE_OPEN}([^${OPAQUE_CLOSE}]*)${OPAQUE_CLOSE}`, "g");
  return segments.join("/").replace(expr, (_, text) => /^\s*(?:parameters|variables)\s*\(\s*'([^']*)'\s*\)\s*$/i.exec(text)?.[1] ?? text);
}

export {
  prim,
  unknown,
  through,
  memberOf,
  itemOf,
  fromJson,
  mergeTrails,
  bounded,
  descendPath,
  siteKind,
  siteSettings,
  siteTags,
  certificateSettings,
  parameterValues,
  printExpr,
  toBool,
  FUNCTIONS,
  evaluate,
  nameFromParts,
  nameKey,
  joinNames,
  readableName
};

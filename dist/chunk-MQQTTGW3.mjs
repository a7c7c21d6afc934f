import {
  BUDGET_REASON,
  CallBudget,
  InstanceBudget,
  SITE,
  SLOT,
  applyConfigPatches,
  bounded,
  certificateSettings,
  configKind,
  configOwnerType,
  configPatch,
  decidedFalse,
  descendPath,
  fromJson,
  instanceCut,
  itemOf,
  joinNames,
  memberOf,
  mergeTrails,
  nameFromParts,
  nameKey,
  nextCodeLine,
  overChars,
  overElements,
  prim,
  readDirectiveComment,
  readableName,
  siteKind,
  siteSettings,
  siteTags,
  through,
  toJson,
  unknown
} from "./chunk-SALVZWMW.mjs";
import {
  member,
  memberNode,
  members,
  nodeText,
  rangeOf,
  readJson,
  stringValue
} from "./chunk-IHAQDPW6.mjs";
import {
  ARM_CERTIFICATE_NAMES,
  ARM_SITE_FACTS
} from "./chunk-TTXOFJJR.mjs";
import {
  LineMap,
  emptyParseOutput
} from "./chunk-JVWOA5LR.mjs";

// parsers/arm/entity-base.ts
function entityBase(r, resourceType) {
  const base = { format: "arm", file: r.scope.file.path, resourceType, name: r.displayName, declaration: r.declaration };
  base.extent = rangeOf(r.scope.file, r.node);
  const written = member(r.node, "name");
  const symbol = r.symbolic ?? (written ? written.type === "string" ? String(written.value) : nodeText(r.scope.file, written) : void 0);
  if (symbol !== void 0) base.symbol = symbol;
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}

// parsers/arm/settings.ts
function readPath(scope, node, path) {
  let cur = node;
  let i = 0;
  for (; i < path.length; i++) {
    if (!cur) return void 0;
    if (cur.type === "object") {
      const next = member(cur, path[i]);
      if (!next && member(cur, "copy")?.type === "array") break;
      cur = next;
      continue;
    }
    break;
  }
  if (!cur) return void 0;
  const found = {
    at: rangeOf(scope.file, cur),
    atText: cur.type === "string" ? String(cur.value) : scope.file.text.slice(cur.offset, cur.offset + cur.length),
    value: scope.value(cur)
  };
  return descendPath(found, path.slice(i));
}

// parsers/arm/certificates.ts
var CERTIFICATE = "microsoft.web/certificates";
function mapCertificate(r, textOf) {
  return {
    ...entityBase(r, "Microsoft.Web/certificates"),
    entity: "certificate",
    settings: certificateSettings((path) => readPath(r.scope, r.node, path), r.declaration, textOf),
    written: ARM_CERTIFICATE_NAMES
  };
}

// parsers/arm/directives.ts
function codeLines(file) {
  const chars = file.text.split("");
  for (const c of file.comments)
    for (let i = c.offset; i < c.offset + c.length; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
  return chars.join("").split(/\r\n|\r|\n/);
}
function directivesOf(file) {
  const out = [];
  let lines;
  for (const c of file.comments) {
    const raw = file.text.slice(c.offset, c.offset + c.length);
    const body = c.block ? raw.replace(/^\/\*/, "").replace(/\*\/$/, "") : raw.replace(/^\/\//, "");
    const d = readDirectiveComment(body);
    if (!d) continue;
    lines ??= codeLines(file);
    const range = file.map.range(file.path, c.offset, c.offset + c.length);
    const directive = { file: file.path, range, rules: d.rules, targetLine: nextCodeLine(lines, range.end.line, () => false) };
    if (d.reason !== void 0) directive.reason = d.reason;
    out.push(directive);
  }
  return out;
}

// parsers/shared/arm-parameter-files.ts
function literalValue(file, node) {
  const origin = { range: rangeOf(file, node), trail: [] };
  switch (node.type) {
    case "object":
      return { t: "object", members: members(node).map(([key2, v]) => ({ key: key2, value: literalValue(file, v) })), origin, inherit: [] };
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

// parsers/arm/parameter-files.ts
function siblingParameterFile(templatePath) {
  const m = /^(.*)\.json[c]?$/i.exec(templatePath);
  if (!m || /\.parameters$/i.test(m[1] ?? "")) return void 0;
  return `${m[1]}.parameters.json`;
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

// parsers/shared/type-shape.ts
function plainShape(secure) {
  return secure ? SECURE : PLAIN;
}
var PLAIN = { secure: false, member: () => void 0, item: () => void 0 };
var SECURE = { secure: true, member: () => SECURE, item: () => SECURE };
function inner(parent, child) {
  if (parent.secure) return SECURE;
  return child ?? PLAIN;
}
function memberPath(path, key2) {
  if (typeof key2 === "number") return `${path ?? ""}[${key2}]`;
  return path ? `${path}.${key2}` : key2;
}
function memberHop(hop, key2, shape) {
  return { ...hop, member: memberPath(hop.member, key2), secure: shape.secure };
}
function typedThrough(v, hop, shape) {
  const top = { ...hop, secure: shape.secure };
  const trail = [top, ...v.origin.trail];
  switch (v.t) {
    case "object":
      return {
        ...v,
        origin: { range: v.origin.range, trail },
        inherit: [],
        members: v.members.map((m) => {
          const s = inner(shape, shape.member(m.key));
          return { key: m.key, value: typedThrough(through(m.value, v.inherit), memberHop(top, m.key, s), s) };
        })
      };
    case "array":
      return {
        ...v,
        origin: { range: v.origin.range, trail },
        inherit: [],
        items: v.items.map((item, i) => {
          const s = inner(shape, shape.item(i));
          return typedThrough(through(item, v.inherit), memberHop(top, i, s), s);
        })
      };
    case "unknown":
      return { ...v, origin: { range: v.origin.range, trail }, typed: { hop: top, shape } };
    case "prim":
      return { ...v, origin: { range: v.origin.range, trail } };
  }
}
function memberOfUnknown(u, key2) {
  const typed = u.typed;
  if (!typed) return u;
  const s = inner(typed.shape, typeof key2 === "number" ? typed.shape.item(key2) : typed.shape.member(key2));
  const hop = memberHop(typed.hop, key2, s);
  return { ...u, origin: { range: u.origin.range, trail: u.origin.trail.map((h) => h === typed.hop ? hop : h) }, typed: { hop, shape: s } };
}

// parsers/shared/arm-expression/pure-functions.ts
var MAX_ITEMS = 1e4;
function str(v) {
  return v?.t === "prim" && typeof v.value === "string" ? v.value : void 0;
}
function int(v) {
  return v?.t === "prim" && typeof v.value === "number" && Number.isInteger(v.value) ? v.value : void 0;
}
function array(items, origin) {
  return { t: "array", items, origin, inherit: [] };
}
function object(members2, origin, inherit = []) {
  return { t: "object", members: members2, origin, inherit };
}
var same = (a, b) => JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));
function itemsOf(v) {
  return v.items.map((_, i) => itemOf(v, i));
}
function membersOf(v) {
  return v.inherit.length === 0 ? v.members : v.members.map((m) => ({ key: m.key, value: { ...m.value, origin: { ...m.value.origin, trail: [...v.inherit, ...m.value.origin.trail] } } }));
}
var PURE = /* @__PURE__ */ new Map();
function firstOrLast(last) {
  return ([v], origin, wrong) => {
    if (v?.t === "array") return (v.items.length ? itemOf(v, last ? v.items.length - 1 : 0) : void 0) ?? prim(null, origin);
    const s = str(v);
    if (s !== void 0) return prim(s.length ? last ? s.slice(-1) : s.slice(0, 1) : "", origin);
    return wrong(`${last ? "last" : "first"}() needs an array or a string`);
  };
}
PURE.set("first", firstOrLast(false));
PURE.set("last", firstOrLast(true));
PURE.set("join", ([list, sep], origin, wrong) => {
  const d = str(sep);
  if (list?.t !== "array" || d === void 0) return wrong("join() needs an array and a delimiter");
  const parts = [];
  for (const i of list.items) {
    if (i.t !== "prim" || i.value === null) return wrong("join() of values that are not strings");
    parts.push(String(i.value));
  }
  return prim(parts.join(d), origin);
});
PURE.set("split", ([input, sep], origin, wrong) => {
  const s = str(input);
  const seps = sep?.t === "array" ? sep.items.map(str) : [str(sep)];
  if (s === void 0 || seps.some((x) => x === void 0 || x === "")) return wrong("split() needs a string and delimiters");
  let parts = [s];
  for (const d of seps) parts = parts.flatMap((p) => p.split(d));
  return array(
    parts.map((p) => prim(p, origin)),
    origin
  );
});
PURE.set("range", ([start, count], origin, wrong) => {
  const a = int(start);
  const n = int(count);
  if (a === void 0 || n === void 0 || n < 0 || n > MAX_ITEMS) return wrong("range() needs two integers");
  const items = [];
  for (let i = 0; i < n; i++) items.push(prim(a + i, origin));
  return array(items, origin);
});
PURE.set("items", ([obj], origin, wrong) => {
  if (obj?.t !== "object") return wrong("items() needs an object");
  const sorted = [...obj.members].sort((a, b) => a.key.toLowerCase() < b.key.toLowerCase() ? -1 : a.key.toLowerCase() > b.key.toLowerCase() ? 1 : 0);
  return array(
    sorted.map(
      (m) => object(
        [
          { key: "key", value: prim(m.key, origin) },
          { key: "value", value: m.value }
        ],
        origin,
        obj.inherit
      )
    ),
    origin
  );
});
PURE.set("objectkeys", ([obj], origin, wrong) => {
  if (obj?.t !== "object") return wrong("objectKeys() needs an object");
  return array(
    obj.members.map((m) => prim(m.key, origin)),
    origin
  );
});
function compare(a, b) {
  if (a?.t !== "prim" || b?.t !== "prim") return void 0;
  if (typeof a.value === "number" && typeof b.value === "number") return a.value - b.value;
  if (typeof a.value === "string" && typeof b.value === "string") return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return void 0;
}
for (const [name, test] of [
  ["greater", (c) => c > 0],
  ["greaterorequals", (c) => c >= 0],
  ["less", (c) => c < 0],
  ["lessorequals", (c) => c <= 0]
])
  PURE.set(name, ([a, b], origin, wrong) => {
    const c = compare(a, b);
    return c === void 0 ? wrong(`${name}() needs two integers or two strings`) : prim(test(c), origin);
  });
for (const [name, op] of [
  ["add", (a, b) => a + b],
  ["sub", (a, b) => a - b],
  ["mul", (a, b) => a * b],
  ["div", (a, b) => b === 0 ? void 0 : Math.trunc(a / b)],
  ["mod", (a, b) => b === 0 ? void 0 : a % b]
])
  PURE.set(name, ([a, b], origin, wrong) => {
    const x = int(a);
    const y = int(b);
    if (x === void 0 || y === void 0) return wrong(`${name}() needs two integers`);
    const r = op(x, y);
    return r === void 0 ? wrong("division by zero") : prim(r, origin);
  });
function minMax(max) {
  return (vals, origin, wrong) => {
    const nums = vals.length === 1 && vals[0]?.t === "array" ? vals[0].items.map(int) : vals.map(int);
    if (nums.length === 0 || nums.some((n) => n === void 0)) return wrong(`${max ? "max" : "min"}() needs integers`);
    return prim(max ? Math.max(...nums) : Math.min(...nums), origin);
  };
}
PURE.set("min", minMax(false));
PURE.set("max", minMax(true));
for (const [name, test] of [
  ["startswith", (s, t) => s.startsWith(t)],
  ["endswith", (s, t) => s.endsWith(t)]
])
  PURE.set(name, ([s, t], origin, wrong) => {
    const a = str(s);
    const b = str(t);
    return a === void 0 || b === void 0 ? wrong(`${name}() needs two strings`) : prim(test(a.toLowerCase(), b.toLowerCase()), origin);
  });
function indexFn(last) {
  return ([s, t], origin, wrong) => {
    if (s?.t === "array" && t) {
      const items = s.items;
      for (let k = 0; k < items.length; k++) {
        const i = last ? items.length - 1 - k : k;
        if (same(items[i], t)) return prim(i, origin);
      }
      return prim(-1, origin);
    }
    const a = str(s);
    const b = str(t);
    if (a === void 0 || b === void 0) return wrong(`${last ? "lastIndexOf" : "indexOf"}() needs two strings or an array and an item`);
    return prim(last ? a.toLowerCase().lastIndexOf(b.toLowerCase()) : a.toLowerCase().indexOf(b.toLowerCase()), origin);
  };
}
PURE.set("indexof", indexFn(false));
PURE.set("lastindexof", indexFn(true));
function takeSkip(take) {
  return ([v, count], origin, wrong) => {
    const n = int(count);
    if (n === void 0) return wrong(`${take ? "take" : "skip"}() needs a count`);
    const k = Math.max(0, n);
    if (v?.t === "array") {
      const items = itemsOf(v);
      return array(take ? items.slice(0, k) : items.slice(k), origin);
    }
    const s = str(v);
    if (s === void 0) return wrong(`${take ? "take" : "skip"}() needs an array or a string`);
    return prim(take ? s.slice(0, k) : s.slice(k), origin);
  };
}
PURE.set("take", takeSkip(true));
PURE.set("skip", takeSkip(false));
PURE.set("substring", ([s, start, length], origin, wrong) => {
  const text = str(s);
  const from = int(start) ?? (start === void 0 ? 0 : void 0);
  const n = length === void 0 ? void 0 : int(length);
  if (text === void 0 || from === void 0 || length !== void 0 && n === void 0) return wrong("substring() needs a string and integers");
  if (from < 0 || from > text.length || n !== void 0 && (n < 0 || from + n > text.length)) return wrong("substring() out of range");
  return prim(n === void 0 ? text.slice(from) : text.slice(from, from + n), origin);
});
PURE.set("intersection", (vals, origin, wrong) => {
  if (vals.length === 0) return wrong("intersection() needs arguments");
  if (vals.every((v) => v.t === "array")) {
    const [head, ...rest] = vals;
    const out = [];
    for (const i of itemsOf(head))
      if (rest.every((r) => r.items.some((x) => same(x, i))) && !out.some((o) => same(o, i))) out.push(i);
    return array(out, origin);
  }
  if (vals.every((v) => v.t === "object")) {
    const [head, ...rest] = vals;
    const members2 = membersOf(head).filter(
      (m) => rest.every((r) => r.members.some((x) => x.key.toLowerCase() === m.key.toLowerCase() && same(x.value, m.value)))
    );
    return object(members2, origin);
  }
  return wrong("intersection() needs arrays or objects");
});
PURE.set("array", ([v], origin, wrong) => {
  if (!v) return wrong("array() takes one argument");
  return v.t === "array" ? v : array([v], origin);
});

// parsers/shared/arm-expression/lambda-functions.ts
var Stop = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
function valueArg(call, i) {
  const a = call.args[i];
  return a && "value" in a ? a.value : void 0;
}
function lambdaArg(call, i) {
  const a = call.args[i];
  return a && "lambda" in a ? a.lambda : void 0;
}
function invoke(call, fn, args) {
  if (!call.budget.take(1)) throw new Stop(unknown("", BUDGET_REASON, call.origin));
  return fn.invoke(args.slice(0, fn.arity));
}
function arrayItems(call, name) {
  const v = valueArg(call, 0);
  if (!v) throw new Stop(call.wrong(`${name}() needs an array`));
  if (v.t === "unknown") throw new Stop(v);
  if (v.t !== "array") throw new Stop(call.wrong(`${name}() needs an array`));
  return v.items.map((_, i) => itemOf(v, i));
}
function needLambda(call, i, name) {
  const fn = lambdaArg(call, i);
  if (!fn) throw new Stop(call.wrong(`${name}() needs a lambda as argument ${i + 1}`));
  return fn;
}
function known(v) {
  if (v.t === "unknown") throw new Stop(v);
  return v;
}
function bool(call, v, name) {
  const k = known(v);
  if (k.t !== "prim" || typeof k.value !== "boolean") throw new Stop(call.wrong(`the lambda of ${name}() must return a boolean`));
  return k.value;
}
function key(call, v, name) {
  const k = known(v);
  if (k.t !== "prim" || typeof k.value !== "string") throw new Stop(call.wrong(`the key lambda of ${name}() must return a string`));
  return k.value;
}
var index = (call, i) => prim(i, call.origin);
function array2(items, origin) {
  return { t: "array", items, origin, inherit: [] };
}
function reached(v, hop) {
  return v.t === "array" || v.t === "object" ? { ...v, inherit: [hop, ...v.inherit] } : through(v, [hop]);
}
function setMember(members2, key2, value) {
  const at = members2.findIndex((m) => m.key.toLowerCase() === key2.toLowerCase());
  if (at >= 0) members2[at] = { key: key2, value };
  else members2.push({ key: key2, value });
}
var L = /* @__PURE__ */ new Map();
L.set("map", (call) => {
  const items = arrayItems(call, "map");
  const fn = needLambda(call, 1, "map");
  return array2(
    items.map((item, i) => invoke(call, fn, [item, index(call, i)])),
    call.origin
  );
});
L.set("filter", (call) => {
  const items = arrayItems(call, "filter");
  const fn = needLambda(call, 1, "filter");
  return array2(
    items.filter((item, i) => bool(call, invoke(call, fn, [item, index(call, i)]), "filter")),
    call.origin
  );
});
L.set("reduce", (call) => {
  const items = arrayItems(call, "reduce");
  const initial = valueArg(call, 1);
  const fn = needLambda(call, 2, "reduce");
  if (!initial) return call.wrong("reduce() needs an initial value");
  return items.reduce((cur, next, i) => invoke(call, fn, [cur, next, index(call, i)]), initial);
});
L.set("sort", (call) => {
  const items = arrayItems(call, "sort");
  const fn = needLambda(call, 1, "sort");
  const before = (a, b) => bool(call, invoke(call, fn, [a, b]), "sort");
  const sort = (xs) => {
    if (xs.length < 2) return xs;
    const mid = xs.length >> 1;
    const left = sort(xs.slice(0, mid));
    const right = sort(xs.slice(mid));
    const out = [];
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) out.push(before(right[j], left[i]) ? right[j++] : left[i++]);
    return [...out, ...left.slice(i), ...right.slice(j)];
  };
  return array2(sort(items), call.origin);
});
L.set("toobject", (call) => {
  const items = arrayItems(call, "toObject");
  const keyFn = needLambda(call, 1, "toObject");
  const valueFn = lambdaArg(call, 2);
  const members2 = [];
  for (const item of items) setMember(members2, key(call, invoke(call, keyFn, [item]), "toObject"), valueFn ? invoke(call, valueFn, [item]) : item);
  return { t: "object", members: members2, origin: call.origin, inherit: [] };
});
L.set("groupby", (call) => {
  const items = arrayItems(call, "groupBy");
  const keyFn = needLambda(call, 1, "groupBy");
  const valueFn = lambdaArg(call, 2);
  const groups = [];
  for (const item of items) {
    const k = key(call, invoke(call, keyFn, [item]), "groupBy");
    const value = valueFn ? invoke(call, valueFn, [item]) : item;
    const group = groups.find((g) => g.key.toLowerCase() === k.toLowerCase());
    if (group) group.items.push(value);
    else groups.push({ key: k, items: [value] });
  }
  return { t: "object", members: groups.map((g) => ({ key: g.key, value: array2(g.items, call.origin) })), origin: call.origin, inherit: [] };
});
L.set("mapvalues", (call) => {
  const obj = valueArg(call, 0);
  const fn = needLambda(call, 1, "mapValues");
  if (!obj) return call.wrong("mapValues() needs an object");
  if (obj.t === "unknown") return obj;
  if (obj.t === "object" && obj.rest) return obj.rest;
  if (obj.t !== "object") return call.wrong("mapValues() needs an object");
  const members2 = obj.members.map((m) => ({ key: m.key, value: invoke(call, fn, [through(m.value, obj.inherit)]) }));
  return { t: "object", members: members2, origin: call.origin, inherit: [] };
});
var LAMBDA_POSITIONS = /* @__PURE__ */ new Map([
  ["map", [1]],
  ["filter", [1]],
  ["reduce", [2]],
  ["sort", [1]],
  ["toobject", [1, 2]],
  ["groupby", [1, 2]],
  ["mapvalues", [1]]
]);
var LAMBDA_NAMES = new Map(["map", "filter", "reduce", "sort", "toObject", "groupBy", "mapValues"].map((n) => [n.toLowerCase(), n]));
function callLambdaFunction(name, call) {
  const fn = L.get(name);
  if (!fn) return call.wrong(`${name}() is not a lambda function`);
  try {
    const v = fn(call);
    return call.hop && v.t !== "unknown" ? reached(v, call.hop) : v;
  } catch (e) {
    if (e instanceof Stop) return e.value;
    throw e;
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
  return args.map((a) => ev(a));
}
function known2(args, ev) {
  const vals = evalAll(args, ev);
  const u = firstUnknownOf(vals.map((v) => v.t === "object" && v.rest ? v.rest : v));
  return u ?? vals;
}
function str2(v) {
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
  const name = str2(args[0] ? ev(args[0]) : void 0);
  if (name === void 0) return wrongArgs(call, ctx, "parameters() needs a literal name");
  return ctx.env.parameter(name) ?? wrongArgs(call, ctx, `the template declares no parameter '${name}'`);
});
F.set("variables", (args, ctx, ev, call) => {
  const name = str2(args[0] ? ev(args[0]) : void 0);
  if (name === void 0) return wrongArgs(call, ctx, "variables() needs a literal name");
  return ctx.env.variable(name) ?? wrongArgs(call, ctx, `the template declares no variable '${name}'`);
});
F.set("copyindex", (args, ctx, ev, call) => {
  const vals = known2(args, ev);
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
  const trail = mergeTrails([cond, chosen]).filter((h) => !chosen.origin.trail.includes(h)).map(({ secure: _secure, ...h }) => h);
  const withCond = [...trail, ...chosen.origin.trail];
  if (chosen.t === "array" || chosen.t === "object") return { ...chosen, origin: { range: chosen.origin.range, trail: withCond }, inherit: [...trail, ...chosen.inherit] };
  return { ...chosen, origin: { range: chosen.origin.range, trail: withCond } };
});
F.set("equals", (args, ctx, ev, call) => {
  const vals = known2(args, ev);
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
    let firstUnknown;
    for (const a of args) {
      const v = ev(a);
      seen.push(v);
      if (v.t === "unknown") {
        firstUnknown ??= v;
        continue;
      }
      const b = v.t === "prim" && typeof v.value === "boolean" ? v.value : void 0;
      if (b === void 0) return wrongArgs(call, ctx, `${isAnd ? "and" : "or"}() needs booleans`);
      if (b !== isAnd) return { t: "prim", value: b, origin: computed(ctx, [v]) };
    }
    if (firstUnknown) return propagate(firstUnknown, call);
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
    const s = str2(v);
    if (s === void 0) return wrongArgs(call, ctx, "needs a string");
    return { t: "prim", value: upper ? s.toUpperCase() : s.toLowerCase(), origin: v.origin };
  };
}
F.set("tolower", caseFn(false));
F.set("toupper", caseFn(true));
F.set("concat", (args, ctx, ev, call) => {
  const vals = known2(args, ev);
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
  const vals = known2(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const fmt = str2(vals[0]);
  if (fmt === void 0) return wrongArgs(call, ctx, "format() needs a format string");
  const out = formatString(fmt, vals.slice(1));
  if (out === void 0) return wrongArgs(call, ctx, "format() with a placeholder that is not reproduced");
  return { t: "prim", value: out, origin: computed(ctx, vals) };
});
F.set("union", (args, ctx, ev, call) => {
  const vals = known2(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  if (vals.length > 0 && vals.every((v) => v.t === "object"))
    return unionObjects(vals, computed(ctx, vals));
  if (vals.length > 0 && vals.every((v) => v.t === "array")) {
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (const v of vals)
      if (v.t === "array")
        for (const i of v.items) {
          const key2 = JSON.stringify(toJson(i));
          if (seen.has(key2)) continue;
          seen.add(key2);
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
    const key2 = str2(k);
    if (key2 === void 0) return wrongArgs(call, ctx, "createObject() keys must be strings");
    members2.push({ key: key2, value: ev(args[i + 1]) });
  }
  return { t: "object", members: members2, origin: { range: ctx.range, trail: [] }, inherit: [] };
});
F.set("createarray", (args, ctx, ev) => ({ t: "array", items: evalAll(args, ev), origin: { range: ctx.range, trail: [] }, inherit: [] }));
F.set("json", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "json() takes one argument");
  if (v.t === "unknown") return v;
  const s = str2(v);
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
  if (v.t === "object" && v.rest) return propagate(v.rest, call);
  const isEmpty = v.t === "array" ? v.items.length === 0 : v.t === "object" ? v.members.length === 0 : v.value === null || v.value === "";
  return { t: "prim", value: isEmpty, origin: computed(ctx, [v]) };
});
F.set("length", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "length() takes one argument");
  if (v.t === "unknown") return propagate(v, call);
  if (v.t === "object" && v.rest) return propagate(v.rest, call);
  const n = v.t === "array" ? v.items.length : v.t === "object" ? v.members.length : typeof v.value === "string" ? v.value.length : v.value === null ? 0 : void 0;
  if (n === void 0) return wrongArgs(call, ctx, "length() of a value without length");
  return { t: "prim", value: n, origin: computed(ctx, [v]) };
});
F.set("contains", (args, ctx, ev, call) => {
  const vals = known2(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const [c, item] = vals;
  if (!c || !item) return wrongArgs(call, ctx, "contains() takes two arguments");
  let r;
  if (c.t === "object") {
    const k = str2(item);
    r = k === void 0 ? void 0 : c.members.some((m) => m.key.toLowerCase() === k.toLowerCase());
  } else if (c.t === "array") r = c.items.some((i) => deepEqual(toJson(i), json(item)));
  else if (typeof c.value === "string" && item.t === "prim") r = c.value.includes(stringOf(item));
  else if (c.value === null) r = false;
  if (r === void 0) return wrongArgs(call, ctx, "contains() of values of the wrong types");
  return { t: "prim", value: r, origin: computed(ctx, vals) };
});
F.set("replace", (args, ctx, ev, call) => {
  const vals = known2(args, ev);
  if (!Array.isArray(vals)) return propagate(vals, call);
  const [s, from, to] = vals.map(str2);
  if (s === void 0 || from === void 0 || to === void 0 || from === "") return wrongArgs(call, ctx, "replace() needs three strings");
  return { t: "prim", value: s.split(from).join(to), origin: computed(ctx, vals) };
});
F.set("trim", (args, ctx, ev, call) => {
  const v = args[0] ? ev(args[0]) : void 0;
  if (!v) return wrongArgs(call, ctx, "trim() takes one argument");
  if (v.t === "unknown") return v;
  const s = str2(v);
  if (s === void 0) return wrongArgs(call, ctx, "trim() needs a string");
  return { t: "prim", value: s.trim(), origin: v.origin };
});
F.set("tryget", (args, ctx, ev, call) => {
  if (args.length < 2) return wrongArgs(call, ctx, "tryGet() takes an object and keys");
  const keys = known2(args.slice(1), ev);
  if (!Array.isArray(keys)) return propagate(keys, call);
  let cur = ev(args[0]);
  for (const k of keys) {
    if (!cur) break;
    const key2 = k.t === "prim" && (typeof k.value === "string" || typeof k.value === "number") ? k.value : void 0;
    if (cur.t === "unknown") {
      if (key2 !== void 0) cur = memberOfUnknown(cur, key2);
      continue;
    }
    if (cur.t === "object" && typeof key2 === "string") cur = memberOf(cur, key2);
    else if (cur.t === "array" && typeof key2 === "number") cur = itemOf(cur, key2);
    else cur = void 0;
  }
  if (cur?.t === "unknown") return propagate(cur, call);
  return cur ?? { t: "prim", value: null, origin: { range: ctx.range, trail: [] } };
});
F.set("shallowmerge", (args, ctx, ev, call) => {
  const list = args[0] ? ev(args[0]) : void 0;
  if (!list || args.length !== 1) return wrongArgs(call, ctx, "shallowMerge() takes an array of objects");
  if (list.t === "unknown") return propagate(list, call);
  if (list.t !== "array") return wrongArgs(call, ctx, "shallowMerge() needs an array of objects");
  let members2 = [];
  let rest;
  for (let i = 0; i < list.items.length; i++) {
    const o = itemOf(list, i);
    if (o.t === "unknown" || o.t === "object" && o.rest) {
      rest = o.t === "unknown" ? o : o.rest;
      members2 = [];
    }
    if (o.t === "unknown") continue;
    if (o.t !== "object") return wrongArgs(call, ctx, "shallowMerge() needs an array of objects");
    for (const m of o.members) {
      const value = through(m.value, o.inherit);
      const at = members2.findIndex((x) => x.key.toLowerCase() === m.key.toLowerCase());
      if (at >= 0) members2[at] = { key: m.key, value };
      else members2.push({ key: m.key, value });
    }
  }
  const out = { t: "object", members: members2, origin: { range: ctx.range, trail: [] }, inherit: [] };
  return rest ? { ...out, rest } : out;
});
F.set("lambda", (_args, ctx, _ev, call) => wrongArgs(call, ctx, "a lambda is only an argument of map(), filter(), reduce(), sort(), toObject(), groupBy() or mapValues()"));
F.set("lambdavariables", (args, ctx, ev, call) => {
  const name = str2(args[0] ? ev(args[0]) : void 0);
  if (name === void 0) return wrongArgs(call, ctx, "lambdaVariables() needs a literal name");
  return ctx.locals?.get(name.toLowerCase()) ?? wrongArgs(call, ctx, `no lambda variable '${name}' here`);
});
function lambdaOf(arg, ctx, ev) {
  const built = ctx.lambdaArg?.(arg);
  if (built) return built;
  if (arg.k !== "call" || arg.name.toLowerCase() !== "lambda" || arg.args.length < 2) return void 0;
  const names = arg.args.slice(0, -1).map((a) => a.k === "string" ? a.value.toLowerCase() : void 0);
  if (names.some((n) => n === void 0)) return void 0;
  const body = arg.args[arg.args.length - 1];
  return {
    arity: names.length,
    invoke: (vals) => {
      const locals = new Map(ctx.locals ?? []);
      names.forEach((n, i) => locals.set(n, vals[i] ?? { t: "prim", value: null, origin: { range: ctx.range, trail: [] } }));
      return ev(body, locals);
    }
  };
}
for (const [name, positions] of LAMBDA_POSITIONS)
  F.set(name, (args, ctx, ev, call) => {
    const resolved = args.map((a, i) => {
      if (!positions.includes(i)) return { value: ev(a) };
      const fn = lambdaOf(a, ctx, ev);
      return fn ? { lambda: fn } : void 0;
    });
    const v = callLambdaFunction(name, {
      args: resolved,
      origin: { range: ctx.range, trail: [] },
      budget: ctx.budget ?? new CallBudget(),
      wrong: (why) => wrongArgs(call, ctx, why),
      hop: { kind: "function", name: LAMBDA_NAMES.get(name) ?? name, range: ctx.range }
    });
    return v.t === "unknown" && v.text === "" ? { ...v, text: printExpr(call) } : v;
  });
for (const [name, fn] of PURE)
  F.set(name, (args, ctx, ev, call) => {
    const vals = known2(args, ev);
    if (!Array.isArray(vals)) return propagate(vals, call);
    return fn(vals, computed(ctx, vals), (why) => wrongArgs(call, ctx, why));
  });
var FUNCTIONS = F;

// parsers/shared/arm-expression/evaluator.ts
function evaluate(e, ctx) {
  const here = { range: ctx.range, trail: [] };
  const ev = (x, locals) => evaluate(x, locals ? { ...ctx, locals } : ctx);
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
      const user = !fn && e.name.includes(".") ? ctx.env.callFunction : void 0;
      if (user) {
        const v = user.call(ctx.env, e.name, e.args.map((a) => ev(a)), ctx.range);
        if (v) return bounded(v, () => printExpr(e));
      }
      if (!fn) {
        const text = printExpr(e);
        return unknown(text, `${e.name}() is only known at deployment`, here);
      }
      return bounded(fn(e.args, ctx, ev, e), () => printExpr(e));
    }
  }
}
function access(target, key2, e, here, safe) {
  const text = printExpr(e);
  if (target.t === "unknown") {
    const k = key2.t === "prim" && (typeof key2.value === "string" || typeof key2.value === "number") ? key2.value : void 0;
    return { ...k === void 0 ? target : memberOfUnknown(target, k), text };
  }
  if (key2.t === "unknown") return key2;
  if (target.t === "object" && key2.t === "prim" && typeof key2.value === "string") {
    const m = memberOf(target, key2.value);
    if (m) return m;
    if (safe) return { t: "prim", value: null, origin: here };
    return unknown(text, `the object has no property '${key2.value}'`, here);
  }
  if (target.t === "array" && key2.t === "prim" && typeof key2.value === "number") {
    const it = itemOf(target, key2.value);
    if (it) return it;
    if (safe) return { t: "prim", value: null, origin: here };
    return unknown(text, `index ${key2.value} is out of range`, here);
  }
  if (safe && target.t === "prim" && target.value === null) return target;
  return unknown(text, "property access on a value of the wrong type", here);
}

// parsers/shared/arm-expression/lexer.ts
var ExpressionSyntaxError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
var PUNCT = /* @__PURE__ */ new Set(["(", ")", ",", ".", "[", "]", "?"]);
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "	" || c === "\r" || c === "\n") {
      i++;
      continue;
    }
    if (PUNCT.has(c)) {
      out.push({ k: "punct", text: c, pos: i });
      i++;
      continue;
    }
    if (c === "'") {
      const start = i;
      let value = "";
      i++;
      for (; ; ) {
        if (i >= src.length) throw new ExpressionSyntaxError("unterminated string literal", start);
        const d = src[i];
        if (d === "'") {
          if (src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += d;
        i++;
      }
      out.push({ k: "string", value, pos: start });
      continue;
    }
    if (/[0-9]/.test(c) || c === "-" && /[0-9]/.test(src[i + 1] ?? "")) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      const text = m ? m[0] : c;
      out.push({ k: "number", value: Number(text), pos: i });
      i += text.length;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
      const text = m ? m[0] : c;
      out.push({ k: "ident", text, pos: i });
      i += text.length;
      continue;
    }
    throw new ExpressionSyntaxError(`unexpected character '${c}'`, i);
  }
  out.push({ k: "eof", pos: src.length });
  return out;
}

// parsers/shared/arm-expression/parser.ts
function isExpression(s) {
  return s.startsWith("[") && !s.startsWith("[[") && s.trimEnd().endsWith("]");
}
function literalString(s) {
  return s.startsWith("[[") ? s.slice(1) : s;
}
function parseExpression(s) {
  const inner2 = s.trimEnd();
  try {
    const p = new Parser(tokenize(inner2.slice(1, -1)));
    const expr = p.expression();
    p.expectEnd();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) return { ok: false, message: `${e.message} at character ${e.pos + 2}` };
    if (e instanceof RangeError) return { ok: false, message: "expression nested too deeply" };
    throw e;
  }
}
var MAX_DEPTH = 200;
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  i = 0;
  depth = 0;
  peek() {
    return this.tokens[this.i] ?? { k: "eof", pos: 0 };
  }
  next() {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  isPunct(text) {
    const t = this.peek();
    return t.k === "punct" && t.text === text;
  }
  expect(text) {
    const t = this.next();
    if (t.k !== "punct" || t.text !== text) throw new ExpressionSyntaxError(`expected '${text}'`, t.pos);
  }
  expectEnd() {
    const t = this.peek();
    if (t.k !== "eof") throw new ExpressionSyntaxError("unexpected text after the expression", t.pos);
  }
  expression() {
    if (++this.depth > MAX_DEPTH) throw new ExpressionSyntaxError("expression nested too deeply", this.peek().pos);
    let e = this.primary();
    for (; ; ) {
      if (this.isPunct(".")) {
        this.next();
        const safe = this.isPunct("?");
        if (safe) this.next();
        const t = this.next();
        if (t.k !== "ident") throw new ExpressionSyntaxError("expected a property name", t.pos);
        e = { k: "member", target: e, name: t.text, safe };
      } else if (this.isPunct("[")) {
        this.next();
        const safe = this.isPunct("?");
        if (safe) this.next();
        const index2 = this.expression();
        this.expect("]");
        e = { k: "index", target: e, index: index2, safe };
      } else break;
    }
    this.depth--;
    return e;
  }
  primary() {
    const t = this.next();
    switch (t.k) {
      case "string":
        return { k: "string", value: t.value };
      case "number":
        return { k: "number", value: t.value };
      case "ident": {
        let name = t.text;
        if (this.isPunct(".") && this.tokens[this.i + 1]?.k === "ident" && this.tokens[this.i + 2]?.k === "punct") {
          const after = this.tokens[this.i + 2];
          if (after?.k === "punct" && after.text === "(") {
            this.next();
            const fn = this.next();
            if (fn.k === "ident") name = `${name}.${fn.text}`;
          }
        }
        if (!this.isPunct("(")) return { k: "ident", name };
        this.next();
        const args = [];
        if (!this.isPunct(")")) {
          for (; ; ) {
            args.push(this.expression());
            if (this.isPunct(",")) {
              this.next();
              continue;
            }
            break;
          }
        }
        this.expect(")");
        return { k: "call", name, args };
      }
      default:
        throw new ExpressionSyntaxError("expected a function call or a literal", t.pos);
    }
  }
};

// parsers/arm/names.ts
function nameOf(node, scope) {
  if (node?.type !== "string") return void 0;
  const s = String(node.value);
  if (!isExpression(s)) return nameFromParts([{ lit: literalString(s) }]);
  const parsed = parseExpression(s);
  if (!parsed.ok) return nameFromParts([{ expr: s }]);
  return nameFromParts(partsOf(parsed.expr, scope, node));
}
function partsOf(e, scope, node) {
  const range = rangeOf(scope.file, node);
  const ev = (x) => evaluate(x, { env: scope, range, budget: scope.budget });
  if (e.k === "call") {
    const fn = e.name.toLowerCase();
    if (fn === "concat") return e.args.flatMap((a) => partsOf(a, scope, node));
    if (fn === "format" && e.args[0]) {
      const fmt = ev(e.args[0]);
      if (fmt.t === "prim" && typeof fmt.value === "string") {
        const out = [];
        const re = /\{(\d+)\}/g;
        let last = 0;
        for (let m = re.exec(fmt.value); m; m = re.exec(fmt.value)) {
          out.push({ lit: fmt.value.slice(last, m.index) });
          const arg = e.args[Number(m[1]) + 1];
          out.push(...arg ? partsOf(arg, scope, node) : [{ expr: m[0] }]);
          last = m.index + m[0].length;
        }
        out.push({ lit: fmt.value.slice(last) });
        return out;
      }
    }
  }
  const v = ev(e);
  if (v.t === "prim" && v.value !== null && typeof v.value !== "object") return [{ lit: String(v.value) }];
  const param = v.t === "unknown" ? parameterName(e) : void 0;
  const key2 = param === void 0 ? void 0 : scope.parameterIdentity(param);
  return [key2 === void 0 ? { expr: printExpr(e) } : { expr: printExpr(e), key: key2 }];
}
function parameterName(e) {
  const arg = e.k === "call" && e.name.toLowerCase() === "parameters" && e.args.length === 1 ? e.args[0] : void 0;
  return arg?.k === "string" ? arg.value : void 0;
}

// parsers/arm/types.ts
var MAX_REF_DEPTH = 32;
function resolveRef(node, definitions) {
  const ref = stringValue(member(node, "$ref"));
  const m = ref === void 0 ? null : /^#\/definitions\/(.+)$/.exec(ref);
  return m ? member(definitions, decodeURIComponent(m[1]).replace(/~1/g, "/").replace(/~0/g, "~")) : void 0;
}
function isSecureType(node) {
  const t = stringValue(member(node, "type"))?.toLowerCase();
  return t === "securestring" || t === "secureobject";
}
function armShape(node, definitions, depth = 0) {
  if (!node || node.type !== "object" || depth > MAX_REF_DEPTH) return plainShape(false);
  const target = resolveRef(node, definitions);
  if (target) {
    const inner2 = armShape(target, definitions, depth + 1);
    return isSecureType(node) && !inner2.secure ? plainShape(true) : inner2;
  }
  const secure = isSecureType(node);
  return {
    secure,
    member: (key2) => {
      const prop = member(member(node, "properties"), key2);
      if (prop) return armShape(prop, definitions, depth + 1);
      const additional = member(node, "additionalProperties");
      return additional?.type === "object" ? armShape(additional, definitions, depth + 1) : void 0;
    },
    item: (index2) => {
      const prefix = member(node, "prefixItems");
      const fixed = prefix?.type === "array" ? prefix.children?.[index2] : void 0;
      if (fixed) return armShape(fixed, definitions, depth + 1);
      const items = member(node, "items");
      return items?.type === "object" ? armShape(items, definitions, depth + 1) : void 0;
    }
  };
}
function isNullableArm(node, definitions, depth = 0) {
  if (!node || depth > MAX_REF_DEPTH) return false;
  if (member(node, "nullable")?.value === true) return true;
  return isNullableArm(resolveRef(node, definitions), definitions, depth + 1);
}

// parsers/arm/scope.ts
function userFunctions(template) {
  const out = /* @__PURE__ */ new Map();
  for (const ns of member(template, "functions")?.children ?? []) {
    const prefix = stringValue(member(ns, "namespace"));
    if (prefix === void 0) continue;
    for (const [name, def] of members(member(ns, "members"))) out.set(`${prefix}.${name}`.toLowerCase(), def);
  }
  return out;
}
var Scope = class _Scope {
  constructor(file, shared, loops, current) {
    this.file = file;
    this.shared = shared;
    this.loops = loops;
    this.current = current;
  }
  file;
  shared;
  loops;
  current;
  /**
   * `budget`: the lambda and function invocations left, shared with the template that nests this one.
   * `identify`: what a nested deployment's arguments are when passed as is (see `parameterIdentity`).
   */
  static create(file, template, supply, budget = new CallBudget(), identify) {
    const params = /* @__PURE__ */ new Map();
    const definitions = member(template, "definitions");
    for (const [name, decl, prop] of members(member(template, "parameters"))) {
      const type = (stringValue(member(decl, "type")) ?? "").toLowerCase();
      const supplied = supply(name);
      const shape = armShape(decl, definitions);
      const p = {
        name,
        node: prop,
        secure: type === "securestring" || type === "secureobject" || shape.secure,
        shape,
        nullable: isNullableArm(decl, definitions)
      };
      if (supplied) p.supplied = supplied;
      params.set(name.toLowerCase(), p);
    }
    const variables = /* @__PURE__ */ new Map();
    for (const [name, , prop] of members(member(template, "variables"))) variables.set(name.toLowerCase(), prop);
    const shared = {
      params,
      variables,
      paramCache: /* @__PURE__ */ new Map(),
      varCache: /* @__PURE__ */ new Map(),
      active: /* @__PURE__ */ new Set(),
      definitions,
      functions: userFunctions(template),
      calling: /* @__PURE__ */ new Set(),
      budget
    };
    if (identify) shared.identify = identify;
    return new _Scope(file, shared, /* @__PURE__ */ new Map(), void 0);
  }
  /**
   * What a parameter's value is when it is only known at deployment: the parameter nobody sets
   * (`param:<file>:<offset>`), or what a nested deployment's caller passes as is (`[parameters('x')]`).
   */
  parameterIdentity(name) {
    const decl = this.shared.params.get(name.toLowerCase());
    if (!decl) return void 0;
    if (decl.supplied) return this.shared.identify?.(decl.name);
    if (decl.nullable || member(decl.node.children?.[1], "defaultValue")) return void 0;
    return `param:${this.file.path}:${decl.node.offset}`;
  }
  /** In a user-defined function's body, what is not one of its parameters is out of reach. */
  outsideFunction(text) {
    if (this.shared.calling.size === 0) return void 0;
    return unknown(text, `a function can use only its parameters, not ${text}`, { range: this.file.map.range(this.file.path, 0, 0), trail: [] });
  }
  get budget() {
    return this.shared.budget;
  }
  /**
   * A user-defined function called with `args`: its output evaluated where only its parameters
   * (and the other functions) are visible, reached through the call.
   */
  callFunction(name, args, at) {
    const key2 = name.toLowerCase();
    const here = { range: at, trail: [] };
    const def = this.shared.functions.get(key2);
    if (!def) return unknown(name, `the template defines no function '${name}'`, here);
    if (this.shared.calling.has(key2)) return unknown(name, `function '${name}' calls itself, which ARM does not allow`, here);
    if (!this.shared.budget.take(1)) return unknown(name, BUDGET_REASON, here);
    const params = /* @__PURE__ */ new Map();
    (member(def, "parameters")?.children ?? []).forEach((p, i) => {
      const pname = stringValue(member(p, "name"));
      if (pname === void 0) return;
      const type = (stringValue(member(p, "type")) ?? "").toLowerCase();
      const shape = armShape(p, this.shared.definitions);
      const arg = args[i];
      const decl = { name: pname, node: p, secure: type === "securestring" || type === "secureobject" || shape.secure, shape, nullable: false, argument: true };
      if (arg) decl.supplied = () => arg;
      params.set(pname.toLowerCase(), decl);
    });
    const body = new _Scope(
      this.file,
      {
        ...this.shared,
        params,
        variables: /* @__PURE__ */ new Map(),
        paramCache: /* @__PURE__ */ new Map(),
        varCache: /* @__PURE__ */ new Map(),
        active: /* @__PURE__ */ new Set(),
        calling: /* @__PURE__ */ new Set([...this.shared.calling, key2])
      },
      /* @__PURE__ */ new Map(),
      void 0
    );
    const output = member(member(def, "output"), "value");
    if (!output) return unknown(name, `function '${name}' has no output value`, here);
    return through(body.value(output), [{ kind: "function", name, range: at }]);
  }
  /**
   * What the scope's parameters and variables are: one template's, shared by its loop instances
   * and by nested templates of `outer` scope. Expression text means the same value within one.
   */
  get environment() {
    return this.shared;
  }
  withLoop(name, index2) {
    const loops = new Map(this.loops);
    loops.set(name.toLowerCase(), index2);
    return new _Scope(this.file, this.shared, loops, name.toLowerCase());
  }
  copyIndex(loop) {
    const key2 = loop?.toLowerCase() ?? this.current;
    return key2 === void 0 ? void 0 : this.loops.get(key2);
  }
  declaredParameter(name) {
    return this.shared.params.get(name.toLowerCase());
  }
  parameter(name) {
    const decl = this.shared.params.get(name.toLowerCase());
    if (!decl) return this.outsideFunction(`parameters('${name}')`);
    return this.cached(`p:${decl.name.toLowerCase()}`, this.shared.paramCache, decl.name.toLowerCase(), () => {
      const hop = { kind: "parameter", name: decl.name, range: rangeOf(this.file, decl.node), secure: decl.secure };
      const supplied = decl.supplied?.();
      if (decl.argument)
        return supplied ?? unknown(`parameters('${decl.name}')`, `no argument for parameter '${decl.name}'`, { range: hop.range, trail: [] });
      const def = member(decl.node.children?.[1], "defaultValue");
      if (supplied && !(def && supplied.t === "prim" && supplied.value === null)) return typedThrough(supplied, hop, decl.shape);
      if (def) return typedThrough(through(this.value(def), [{ kind: "parameter-default", range: rangeOf(this.file, def) }]), hop, decl.shape);
      const here = { range: rangeOf(this.file, decl.node), trail: [] };
      if (decl.nullable) return typedThrough(prim(null, here), hop, decl.shape);
      return typedThrough(
        unknown(`parameters('${decl.name}')`, `parameter '${decl.name}' has no default value and no parameter file sets it`, here),
        hop,
        decl.shape
      );
    });
  }
  variable(name) {
    const key2 = name.toLowerCase();
    if (this.shared.calling.size > 0) return this.outsideFunction(`variables('${name}')`);
    if (key2 === "copy") return void 0;
    const copied = this.copiedVariable(key2);
    if (copied) return copied;
    const prop = this.shared.variables.get(key2);
    const node = prop?.children?.[1];
    if (!prop || !node) return void 0;
    const declared = prop.children?.[0]?.value ?? name;
    return this.cached(
      `v:${key2}`,
      this.shared.varCache,
      key2,
      () => through(this.value(node), [{ kind: "variable", name: declared, range: rangeOf(this.file, prop) }])
    );
  }
  /** Variables built by a `copy` loop in the variables section. */
  copiedVariable(key2) {
    const copy = this.shared.variables.get("copy")?.children?.[1];
    if (copy?.type !== "array") return void 0;
    for (const item of copy.children ?? []) {
      const name = stringValue(member(item, "name"));
      if (name?.toLowerCase() !== key2) continue;
      const range = rangeOf(this.file, item);
      return this.cached(`v:${key2}`, this.shared.varCache, key2, () => {
        const countNode = member(item, "count");
        const input = member(item, "input");
        const count = countNode ? this.value(countNode) : void 0;
        if (!count || count.t !== "prim" || typeof count.value !== "number" || !input || count.value > 1e3)
          return unknown(`variables('${name}')`, "a variable loop whose count is not known", { range, trail: [] });
        const items = [];
        for (let i = 0; i < count.value; i++) items.push(this.withLoop(name, i).value(input));
        return { t: "array", items, origin: { range, trail: [{ kind: "variable", name, range }] }, inherit: [{ kind: "variable", name, range }] };
      });
    }
    return void 0;
  }
  cached(activeKey, cache, key2, compute) {
    const hit = cache.get(key2);
    if (hit) return hit;
    if (this.shared.active.has(activeKey)) {
      const [kind, name] = activeKey.split(":");
      return unknown(`${kind === "p" ? "parameters" : "variables"}('${name}')`, "circular reference", {
        range: this.file.map.range(this.file.path, 0, 0),
        trail: []
      });
    }
    this.shared.active.add(activeKey);
    try {
      const v = compute();
      cache.set(key2, v);
      return v;
    } finally {
      this.shared.active.delete(activeKey);
    }
  }
  /** The value of a template node: objects and arrays member by member, expression strings evaluated. */
  value(node) {
    return { ...this.nodeValue(node), at: rangeOf(this.file, node) };
  }
  nodeValue(node) {
    const origin = { range: rangeOf(this.file, node), trail: [] };
    switch (node.type) {
      case "object": {
        const ms = [];
        for (const [key2, v] of members(node)) {
          if (key2.toLowerCase() === "copy" && v.type === "array") ms.push(...this.propertyLoops(v));
          else ms.push({ key: key2, value: this.value(v) });
        }
        return { t: "object", members: ms, origin, inherit: [] };
      }
      case "array":
        return { t: "array", items: (node.children ?? []).map((c) => this.value(c)), origin, inherit: [] };
      case "string":
        return this.stringValue(node);
      case "number":
      case "boolean":
      case "null":
        return { t: "prim", value: node.value ?? null, origin };
      default:
        return unknown("", "not a JSON value", origin);
    }
  }
  /** Property loops (`"copy": [{ "name", "count", "input" }]`, what Bicep emits for a `for` inside properties). */
  propertyLoops(copy) {
    const out = [];
    for (const item of copy.children ?? []) {
      const name = stringValue(member(item, "name"));
      if (name === void 0) continue;
      const range = rangeOf(this.file, item);
      const countNode = member(item, "count");
      const input = member(item, "input");
      const count = countNode ? this.value(countNode) : void 0;
      if (!input || count?.t !== "prim" || typeof count.value !== "number" || count.value < 0 || count.value > 1e3) {
        out.push({ key: name, value: unknown(name, "a property loop whose count is not known", { range, trail: [] }) });
        continue;
      }
      const items = [];
      for (let i = 0; i < count.value; i++) items.push(this.withLoop(name, i).value(input));
      out.push({ key: name, value: { t: "array", items, origin: { range, trail: [] }, inherit: [], at: range } });
    }
    return out;
  }
  stringValue(node) {
    const s = String(node.value);
    const range = rangeOf(this.file, node);
    if (!isExpression(s)) return { t: "prim", value: literalString(s), origin: { range, trail: [] } };
    const parsed = parseExpression(s);
    if (!parsed.ok) return unknown(s, `invalid template expression: ${parsed.message}`, { range, trail: [] });
    try {
      const v = evaluate(parsed.expr, { env: this, range, budget: this.shared.budget });
      return v.t === "unknown" ? { ...v, text: s } : v;
    } catch (e) {
      if (e instanceof RangeError) return unknown(s, "expression too deep to evaluate", { range, trail: [] });
      throw e;
    }
  }
};

// parsers/arm/resources.ts
var MAX_COPY = 100;
var within = (at, outer) => outer !== void 0 && at.file === outer.file && at.startOffset >= outer.startOffset && at.endOffset <= outer.endOffset;
var DEPLOYMENTS = "microsoft.resources/deployments";
function isLanguageVersion2(template) {
  const v = member(template, "languageVersion");
  return v !== void 0 && String(v.value ?? "").startsWith("2");
}
function collectResources(template, scope, ctx, outer, out) {
  const templateId = ctx.nextTemplateId();
  const params = member(template, "parameters");
  if (outer.via.length === 0) ctx.rootParameters = params ? rangeOf(scope.file, params) : void 0;
  const lv2 = isLanguageVersion2(template);
  const resources = member(template, "resources");
  if (!resources) return;
  visitList(resources, void 0, scope, ctx, outer, out, templateId, lv2);
}
function visitList(list, parent, scope, ctx, outer, out, templateId, lv2) {
  if (list.type === "array") {
    for (const r of list.children ?? []) visitResource(r, void 0, parent, scope, ctx, outer, out, templateId, lv2);
  } else if (list.type === "object") {
    for (const [symbolic, r] of members(list)) visitResource(r, symbolic, parent, scope, ctx, outer, out, templateId, lv2);
  } else ctx.diagnostic('"resources" must be an array or an object', scope.file, list);
}
function visitResource(node, symbolic, parent, scope, ctx, outer, out, templateId, lv2) {
  const file = scope.file;
  if (node.type !== "object") {
    ctx.diagnostic("a resource must be an object", file, node);
    return;
  }
  const typeProp = memberNode(node, "type");
  const typeText = stringValue(typeProp?.children?.[1]);
  if (!typeProp || typeText === void 0) {
    ctx.diagnostic('a resource needs a "type" string', file, typeProp ?? node);
    return;
  }
  const type = parent && !typeText.includes("/") ? `${parent.type}/${typeText}` : typeText;
  const declaration = rangeOf(file, typeProp);
  const instances = [];
  const copy = member(node, "copy");
  if (copy?.type === "object") {
    const loopName = stringValue(member(copy, "name")) ?? "";
    const countNode = member(copy, "count");
    const count = countNode ? scope.value(countNode) : void 0;
    const n = count?.t === "prim" ? typeof count.value === "number" ? count.value : Number.NaN : Number.NaN;
    const budget = ctx.budget;
    const countable = Number.isInteger(n) && n >= 0 && n <= MAX_COPY;
    const fits = countable && (budget?.take(n) ?? true);
    if (!fits && countable && budget && countNode) {
      const once = budget.take(1);
      ctx.note?.(once ? `${instanceCut(`copy loop '${loopName}'`, n - 1, budget)}; its resources are checked once, as written` : instanceCut(`copy loop '${loopName}'`, n, budget), file, countNode);
      if (!once) return;
    }
    if (fits) {
      for (let i = 0; i < n; i++) instances.push({ scope: scope.withLoop(loopName, i), deployment: { ...outer, instance: `${outer.instance}[${i}]` } });
    } else {
      const at = countNode ?? copy;
      instances.push({ scope, deployment: { ...outer, looped: { expression: at.type === "string" ? String(at.value) : nodeText(file, at), range: rangeOf(file, at) } } });
    }
  } else instances.push({ scope, deployment: { ...outer } });
  const conditionNode = member(node, "condition");
  const deployed = [];
  for (const inst of instances) {
    const c = conditionNode ? inst.scope.value(conditionNode) : void 0;
    if (!conditionNode || c?.t === "prim" && toBool(c) === true) deployed.push(inst);
    else if (c?.t === "prim" && toBool(c) === false && inst.deployment.via.length > 0 && decidedFalse({ ...c, value: false }, (at) => within(at, ctx.rootParameters))) continue;
    else {
      const expression = conditionNode.type === "string" ? String(conditionNode.value) : nodeText(file, conditionNode);
      inst.deployment.conditional = { expression, range: rangeOf(file, conditionNode) };
      deployed.push(inst);
    }
  }
  for (const inst of deployed) {
    const nameNode = member(node, "name");
    const own = nameOf(nameNode, inst.scope);
    const name = parent?.name && own ? joinNames(parent.name, own) : own;
    const raw = nameNode?.type === "string" ? String(nameNode.value) : nameNode ? nodeText(file, nameNode) : "";
    const displayName = name?.known ? name.segments.join("/") : lv2 && symbolic !== void 0 ? symbolic : parent ? `${parent.displayName}/${raw}` : raw;
    const apiVersion = stringValue(member(node, "apiVersion"));
    const existing = member(node, "existing")?.value === true;
    const dependsOn = (member(node, "dependsOn")?.children ?? []).map((d) => stringValue(d)).filter((d) => d !== void 0);
    const r = {
      templateId,
      node,
      scope: inst.scope,
      type,
      typeKey: type.toLowerCase(),
      declaration,
      name,
      displayName,
      existing,
      dependsOn,
      deployment: inst.deployment
    };
    if (symbolic !== void 0) r.symbolic = symbolic;
    if (parent) r.parent = parent;
    if (apiVersion) r.version = apiVersion;
    out.push(r);
    if (r.typeKey === DEPLOYMENTS && !existing) visitDeployment(r, ctx, out);
    const children = member(node, "resources");
    if (children) visitList(children, r, inst.scope, ctx, inst.deployment, out, templateId, lv2);
  }
}
function visitDeployment(dep, ctx, out) {
  const props = member(dep.node, "properties");
  const template = member(props, "template");
  if (template?.type !== "object") return;
  const outerScope = dep.scope;
  const file = outerScope.file;
  const scopeMode = stringValue(member(member(props, "expressionEvaluationOptions"), "scope"))?.toLowerCase();
  const args = member(props, "parameters");
  let scope;
  if (scopeMode === "inner") {
    scope = Scope.create(file, template, (name) => {
      const arg = member(args, name);
      if (!arg) return void 0;
      const value = member(arg, "value");
      const hop = { kind: "module-argument", name, call: `deployment '${dep.displayName}'`, range: rangeOf(file, value ?? arg) };
      if (value) return () => through(outerScope.value(value), [hop]);
      if (member(arg, "reference"))
        return () => unknown(`parameters('${name}')`, "Key Vault reference", { range: rangeOf(file, arg), trail: [hop] });
      return void 0;
    }, outerScope.budget, passedAsIs(args, outerScope));
  } else scope = outerScope;
  const deployment = { ...dep.deployment, via: [...dep.deployment.via, { name: dep.displayName, range: dep.declaration }] };
  collectResources(template, scope, ctx, deployment, out);
}
function passedAsIs(args, caller) {
  return (name) => {
    const value = member(member(args, name), "value");
    const text = value?.type === "string" ? String(value.value) : void 0;
    if (text === void 0 || !isExpression(text)) return void 0;
    const parsed = parseExpression(text);
    const param = parsed.ok ? parameterName(parsed.expr) : void 0;
    return param === void 0 ? void 0 : caller.parameterIdentity(param);
  };
}

// parsers/arm/sites.ts
function isSiteType(typeKey) {
  return typeKey === SITE || typeKey === SLOT;
}
var SiteIndex = class {
  byName = /* @__PURE__ */ new Map();
  bySymbol = /* @__PURE__ */ new Map();
  constructor(sites) {
    for (const s of sites) {
      if (s.name) {
        const key2 = `${s.templateId}|${s.typeKey}|${nameKey(s.name.segments)}`;
        const list = this.byName.get(key2) ?? [];
        list.push(s);
        this.byName.set(key2, list);
      }
      if (s.symbolic !== void 0) this.bySymbol.set(`${s.templateId}|${s.typeKey}|${s.symbolic}`, s);
    }
  }
  named(templateId, typeKey, segments) {
    return this.byName.get(`${templateId}|${typeKey}|${nameKey(segments)}`) ?? [];
  }
  symbol(templateId, typeKey, symbolic) {
    return this.bySymbol.get(`${templateId}|${typeKey}|${symbolic}`);
  }
};
function parentOf(child, wanted, index2) {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : void 0;
  if (child.name && child.name.segments.length > 1) {
    const byName = index2.named(child.templateId, wanted, child.name.segments.slice(0, -1));
    const found = byName.find((s) => s.deployment.instance === child.deployment.instance) ?? byName[0];
    if (found) return found;
  }
  for (const d of child.dependsOn) {
    const bySymbol = index2.symbol(child.templateId, wanted, d);
    if (bySymbol) return bySymbol;
  }
  return void 0;
}
function mapSites(resources, textOf, prefix = "arm") {
  const environments = /* @__PURE__ */ new Map();
  const unit = (r) => {
    let id = environments.get(r.scope.environment);
    if (id === void 0) environments.set(r.scope.environment, id = environments.size);
    return `${prefix}:${id}`;
  };
  const sites = resources.filter((r) => isSiteType(r.typeKey) && !r.existing);
  const index2 = new SiteIndex(sites);
  const referenced = new SiteIndex(resources.filter((r) => isSiteType(r.typeKey) && r.existing));
  const children = /* @__PURE__ */ new Map();
  const patches = [];
  for (const r of resources) {
    const which = r.existing ? void 0 : configKind(r.typeKey, r.name);
    if (!which) continue;
    const owner = configOwnerType(r.typeKey);
    const site = parentOf(r, owner, index2);
    if (!site) {
      const declared = parentOf(r, owner, referenced);
      const patch = configPatch(
        {
          kind: which,
          typeKey: r.typeKey,
          name: r.name,
          declared: declared && { name: declared.name, existing: declared.existing },
          unit: unit(r),
          read: reader(r),
          declaration: r.declaration,
          base: (type) => entityBase(r, type),
          label: r.name ? readableName(r.name.segments) : r.displayName
        },
        textOf
      );
      if (patch) patches.push(patch);
      continue;
    }
    const c = children.get(site) ?? { web: [] };
    if (which === "web") c.web.push(r);
    else c.appsettings = r;
    children.set(site, c);
  }
  const mapped = sites.map((s) => ({ entity: mapSite(s, children.get(s) ?? { web: [] }, index2, textOf), typeKey: s.typeKey, name: s.name, unit: unit(s) }));
  return { sites: mapped.map((m) => m.entity), targets: mapped, patches };
}
function reader(r) {
  return (path) => readPath(r.scope, r.node, path);
}
function mapSite(site, c, index2, textOf) {
  const decl = site.declaration;
  const sources = { site: reader(site), web: c.web.map(reader) };
  if (c.appsettings) sources.appsettings = reader(c.appsettings);
  const entity = {
    ...entityBase(site, "Microsoft.Web/sites"),
    entity: "site",
    kind: siteKind(sources.site),
    tags: siteTags(sources.site, decl, textOf),
    settings: siteSettings(sources, decl, textOf),
    ...ARM_SITE_FACTS
  };
  if (site.typeKey === SLOT) {
    entity.resourceType = "Microsoft.Web/sites/slots";
    const parent = parentOf(site, SITE, index2);
    if (parent) entity.slotOf = { name: parent.displayName, range: parent.declaration };
    else entity.slotOf = { name: site.name?.segments[0] !== void 0 ? readableName([site.name.segments[0]]) : site.displayName.split("/")[0] ?? site.displayName };
  }
  return entity;
}

// parsers/arm/index.ts
var parser = {
  kinds: ["arm-template", "arm-parameters"],
  // async so that even an unexpected failure reaches the engine as a rejected promise
  parse: async (input) => parseArm(input)
};
function parseArm(input) {
  const out = emptyParseOutput();
  const textOf = (r) => out.texts.get(r.file)?.slice(r.startOffset, r.endOffset);
  const diagnostic = (message, range) => out.diagnostics.push({ ruleId: "parse-error", message, range });
  const paramCache = /* @__PURE__ */ new Map();
  const params = (path, required) => {
    if (paramCache.has(path)) return paramCache.get(path);
    const read = input.readFile(path);
    let values;
    if (!read.ok) {
      if (required) diagnostic(`cannot read parameter file: ${read.message}`, new LineMap("").range(path, 0, 0));
    } else {
      out.texts.set(path, read.text);
      const file = readJson(path, read.text);
      reportErrors(file, diagnostic);
      if (file.root?.type === "object") values = parameterValues(file);
      else if (file.root) diagnostic("a parameter file must be a JSON object", rangeOf(file, file.root));
    }
    paramCache.set(path, values);
    return values;
  };
  const explicit = input.parameterFiles.map((p) => params(p, true)).filter((v) => v !== void 0);
  for (const f of input.files) if (f.kind === "arm-parameters") params(f.path, true);
  for (const f of input.files) {
    if (f.kind !== "arm-template") continue;
    const read = input.readFile(f.path);
    if (!read.ok) {
      diagnostic(`cannot read file: ${read.message}`, new LineMap("").range(f.path, 0, 0));
      continue;
    }
    out.texts.set(f.path, read.text);
    const before = { entities: out.entities.length, directives: out.directives.length, diagnostics: out.diagnostics.length };
    try {
      const file = readJson(f.path, read.text);
      reportErrors(file, diagnostic);
      out.directives.push(...directivesOf(file));
      if (!file.root) continue;
      if (file.root.type !== "object") {
        diagnostic("an ARM template must be a JSON object", rangeOf(file, file.root));
        continue;
      }
      const siblingPath = siblingParameterFile(f.path);
      const sibling = siblingPath ? params(siblingPath, false) : void 0;
      lintTemplate(file, file.root, explicit, sibling, out, textOf);
    } catch (e) {
      out.entities.length = before.entities;
      out.directives.length = before.directives;
      out.diagnostics.length = before.diagnostics;
      const why = e instanceof RangeError ? "the template is nested too deeply" : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      diagnostic(`could not read the template: ${why}`, new LineMap(read.text).range(f.path, 0, Math.min(1, read.text.length)));
    }
  }
  return out;
}
function reportErrors(file, diagnostic) {
  for (const e of file.errors) diagnostic(e.message, file.map.range(file.path, e.offset, e.offset + e.length));
}
function lintTemplate(file, root, explicit, sibling, out, textOf) {
  const supply = (name) => {
    const key2 = name.toLowerCase();
    for (let i = explicit.length - 1; i >= 0; i--) {
      const v = explicit[i]?.get(key2);
      if (v) return v;
    }
    return sibling?.get(key2);
  };
  const scope = Scope.create(file, root, supply);
  const resources = [];
  let templates = 0;
  collectResources(
    root,
    scope,
    {
      diagnostic: (message, f, node) => out.diagnostics.push({ ruleId: "parse-error", message, range: rangeOf(f, node) }),
      nextTemplateId: () => templates++,
      budget: new InstanceBudget(),
      note: (message, f, node) => out.diagnostics.push({ ruleId: "not-analysed", message, range: rangeOf(f, node) })
    },
    { via: [], instance: "" },
    resources
  );
  const mapped = armEntities(resources, textOf);
  const tied = applyConfigPatches(mapped.sites.targets, mapped.sites.patches);
  out.entities.push(...mapped.entities, ...tied.entities);
  out.directives.push(...mapped.directives);
  out.diagnostics.push(...tied.notes);
}
function armEntities(resources, textOf, unit = "arm") {
  const sites = mapSites(resources, textOf, unit);
  const certificates = resources.filter((r) => r.typeKey === CERTIFICATE && !r.existing).map((r) => mapCertificate(r, textOf));
  const entities = [...sites.sites, ...certificates].sort((a, b) => a.declaration.startOffset - b.declaration.startOffset);
  const directives = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of resources) {
    if (r.existing || seen.has(r.node) || !(isSiteType(r.typeKey) || r.typeKey === CERTIFICATE)) continue;
    seen.add(r.node);
    directives.push(...metadataDirectives(r));
  }
  return { entities, directives, sites };
}
function metadataDirectives(r) {
  const file = r.scope.file;
  const out = [];
  for (const [rule, reason, prop] of members(member(member(r.node, "metadata"), "mtlslint"))) {
    const d = { file: file.path, range: rangeOf(file, prop), rules: [rule], targetLine: r.declaration.start.line };
    if (reason.type === "string" && String(reason.value).trim()) d.reason = String(reason.value).trim();
    out.push(d);
  }
  return out;
}

export {
  directivesOf,
  parameterValues,
  plainShape,
  typedThrough,
  memberOfUnknown,
  LAMBDA_POSITIONS,
  FUNCTIONS,
  evaluate,
  Scope,
  collectResources,
  parser,
  parseArm,
  armEntities
};

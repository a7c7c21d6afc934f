import {
  FUNCTIONS,
  LAMBDA_POSITIONS,
  Scope,
  armEntities,
  collectResources,
  directivesOf,
  evaluate,
  memberOfUnknown,
  parameterValues,
  plainShape,
  typedThrough
} from "./chunk-MQQTTGW3.mjs";
import {
  describeToken
} from "./chunk-OTMGAZP7.mjs";
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
  memberOf,
  mergeTrails,
  nameFromParts,
  nameKey,
  nextCodeLine,
  overElements,
  prim,
  readDirectiveComment,
  readableName,
  siteKind,
  siteSettings,
  siteTags,
  through,
  unknown
} from "./chunk-SALVZWMW.mjs";
import {
  rangeOf,
  readJson
} from "./chunk-IHAQDPW6.mjs";
import {
  parse
} from "./chunk-63NLXS3H.mjs";
import {
  ARM_CERTIFICATE_NAMES,
  ARM_SITE_FACTS
} from "./chunk-TTXOFJJR.mjs";
import "./chunk-5DZILIZ3.mjs";
import {
  LineMap,
  emptyParseOutput
} from "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/bicep/index.ts
import { dirname as dirname5 } from "node:path";

// parsers/bicep/collect/resources.ts
import { basename, dirname as dirname4, relative, resolve as resolve4 } from "node:path";

// parsers/bicep/registry.ts
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
var BUILTIN_ALIASES = /* @__PURE__ */ new Map([["public", { registry: "mcr.microsoft.com", modulePath: "bicep" }]]);
function isExternalModulePath(path) {
  return /^(br|ts)[:/]/i.test(path);
}
function parseModuleReference(text, aliases) {
  const scheme = /^(br|ts)(?:\/([^:]+))?:(.*)$/i.exec(text);
  if (!scheme) return { kind: "invalid", text, why: "not a registry reference" };
  const [, kind = "", alias, rest = ""] = scheme;
  if (kind.toLowerCase() === "ts") return { kind: "template-spec", text };
  let path = rest;
  if (alias !== void 0) {
    const a = aliases.get(alias) ?? BUILTIN_ALIASES.get(alias.toLowerCase());
    if (!a) return { kind: "invalid", text, why: `the module alias '${alias}' is not defined in bicepconfig.json (moduleAliases.br)` };
    path = `${a.registry}/${a.modulePath ? `${a.modulePath.replace(/\/+$/, "")}/` : ""}${rest}`;
  }
  const slash = path.indexOf("/");
  if (slash <= 0) return { kind: "invalid", text, why: "the reference names no repository" };
  const registry = path.slice(0, slash);
  const artifact = path.slice(slash + 1);
  const at = artifact.indexOf("@");
  if (at >= 0) return { kind: "oci", registry, repository: artifact.slice(0, at), digest: artifact.slice(at + 1), text };
  const colon = artifact.lastIndexOf(":");
  if (colon <= 0) return { kind: "invalid", text, why: "the reference has no tag or digest" };
  return { kind: "oci", registry, repository: artifact.slice(0, colon), tag: artifact.slice(colon + 1), text };
}
function encodeTag(tag) {
  const words = [0n, 0n];
  for (let i = 0; i < tag.length && i < 128; i++) {
    const c = tag[i];
    if (c !== c.toLowerCase() && c === c.toUpperCase()) words[i >> 6] = words[i >> 6] | 1n << BigInt(i & 63);
  }
  let mask = "";
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (mask !== "") mask += w.toString(16).padStart(16, "0");
    else if (w !== 0n) mask = w.toString(16);
  }
  return `${tag}$${mask}`;
}
function cachedModulePath(cacheRoot, ref) {
  const registry = ref.registry.replace(/:/g, "$").toLowerCase();
  const repository = ref.repository.replace(/\//g, "$");
  const version = ref.tag !== void 0 ? encodeTag(ref.tag) : (ref.digest ?? "").replace(/:/g, "#");
  return join(cacheRoot, "br", registry, repository, version, "main.json");
}
function moduleCacheConfig(bicepFile, readText, home = homedir()) {
  const aliases = /* @__PURE__ */ new Map();
  let cacheRoot = join(home, ".bicep");
  for (let dir = dirname(bicepFile); ; dir = dirname(dir)) {
    const text = readText(join(dir, "bicepconfig.json"));
    if (text !== void 0) {
      const config = parse(text, [], { allowTrailingComma: true });
      if (config && typeof config === "object") {
        const root = config.cacheRootDirectory;
        if (typeof root === "string" && root.trim() !== "") {
          const r = root.trim();
          cacheRoot = r === "~" || r.startsWith("~/") || r.startsWith("~\\") ? join(home, r.slice(1)) : resolve(dir, r);
        }
        const br = config.moduleAliases?.br;
        if (br && typeof br === "object")
          for (const [name, a] of Object.entries(br)) {
            const registry = a?.registry;
            const modulePath = a?.modulePath;
            if (typeof registry === "string") aliases.set(name, typeof modulePath === "string" ? { registry, modulePath } : { registry });
          }
      }
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return { cacheRoot, aliases };
}

// parsers/bicep/collect/json-module.ts
function collectJsonModule(file, supply, deployment, ctx, identify) {
  const root = file.root;
  if (root?.type !== "object") return;
  const scope = Scope.create(file, root, supply, ctx.budget, identify);
  collectResources(
    root,
    scope,
    {
      diagnostic: (message, f, node) => ctx.diagnostic(message, rangeOf(f, node)),
      nextTemplateId: () => ctx.nextTemplateId(),
      // Counted against the caller's tree: a module called from a loop in a loop multiplies.
      budget: ctx.instances,
      note: (message, f, node) => ctx.note(message, rangeOf(f, node))
    },
    deployment,
    ctx.out
  );
}

// parsers/bicep/evaluate/arm-functions.ts
var NO_ENV = {
  parameter: () => void 0,
  variable: () => void 0,
  copyIndex: () => void 0
};
var MARK = "\0arg";
var NOT_BICEP = /* @__PURE__ */ new Set(["parameters", "variables", "copyindex", "if", "and", "or", "not", "equals", "true", "false", "null", "createarray", "lambda", "lambdavariables"]);
function hasArmFunction(name) {
  const n = name.toLowerCase();
  return !NOT_BICEP.has(n) && FUNCTIONS.has(n);
}
var isLambda = (a) => typeof a === "object" && "invoke" in a;
function callArm(name, args, range, text, budget) {
  const fn = FUNCTIONS.get(name);
  if (!fn) throw new Error(`no ARM function ${name}`);
  const memo = /* @__PURE__ */ new Map();
  const placeholders = args.map((a, i) => typeof a === "function" || isLambda(a) ? { k: "ident", name: `${MARK}${i}` } : a);
  const argAt = (x) => x.k === "ident" && x.name.startsWith(MARK) ? args[Number(x.name.slice(MARK.length))] : void 0;
  const ctx = {
    env: NO_ENV,
    range,
    ...budget ? { budget } : {},
    lambdaArg: (x) => {
      const a = argAt(x);
      return isLambda(a) ? a : void 0;
    }
  };
  const ev = (x) => {
    if (x.k === "ident" && x.name.startsWith(MARK)) {
      const i = Number(x.name.slice(MARK.length));
      const a = args[i];
      if (isLambda(a)) return unknown(text, "a lambda is only an argument of a lambda function", { range, trail: [] });
      let v = memo.get(i);
      if (!v) {
        v = a();
        memo.set(i, v);
      }
      return v;
    }
    return evaluate(x, ctx);
  };
  const out = bounded(fn(placeholders, ctx, ev, { k: "call", name, args: placeholders }), () => text);
  return out.t === "unknown" && (out.text.includes(MARK) || out.text === "") ? { ...out, text } : out;
}

// parsers/bicep/evaluate/functions.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
function str(v) {
  return v?.t === "prim" && typeof v.value === "string" ? v.value : void 0;
}
var OWN = /* @__PURE__ */ new Map();
function loaded(scope, path, at) {
  const p = str(path);
  if (p === void 0) return void 0;
  const abs = resolve2(dirname2(scope.file.path), p);
  return scope.host.confine?.(abs, at) ?? true ? scope.host.readText(abs) : void 0;
}
OWN.set("loadtextcontent", ([path], origin, wrong, scope) => {
  const text = loaded(scope, path, origin.range);
  return text === void 0 ? wrong(`the file ${str(path) ?? ""} cannot be read`) : prim(text, origin);
});
OWN.set("loadjsoncontent", (args, origin, wrong, scope) => {
  if (args.length > 1) return wrong("loadJsonContent() with a path is not evaluated");
  const text = loaded(scope, args[0], origin.range);
  if (text === void 0) return wrong(`the file ${str(args[0]) ?? ""} cannot be read`);
  try {
    return fromJson(JSON.parse(text.replace(/^\uFEFF/, "")), origin);
  } catch {
    return wrong("the file is not valid JSON");
  }
});
function callFunction(name, args, call, scope) {
  const range = scope.range(call);
  const text = scope.text(call);
  const key = name.toLowerCase();
  const user = call.kind === "Call" ? scope.callUserFunction(name, args, range) : void 0;
  if (user) return user;
  if (key === "any" && args.length === 1) return scope.evaluate(args[0]);
  const own = OWN.get(key);
  if (own) {
    const vals = args.map((a) => scope.evaluate(a));
    const u = vals.find((v) => v.t === "unknown");
    if (u) return u;
    const origin = { range, trail: mergeTrails(vals) };
    return own(vals, origin, (why) => unknown(text, why, { range, trail: [] }), scope);
  }
  if (hasArmFunction(key)) {
    const lambdas = LAMBDA_POSITIONS.get(key) ?? [];
    const armArgs = args.map((a, i) => lambdas.includes(i) ? lambdaOf(a, scope) ?? (() => scope.evaluate(a)) : () => scope.evaluate(a));
    return callArm(key, armArgs, range, text, scope.budget);
  }
  return unknown(text, `${name}() is only known at deployment`, { range, trail: [] });
}
function lambdaOf(e, scope) {
  const lambda = e.kind === "Parenthesized" ? e.expression : e;
  if (lambda.kind !== "Lambda") return void 0;
  const names = lambda.parameters.map((p) => p.kind === "Identifier" ? p.name : void 0);
  if (names.some((n) => n === void 0)) return void 0;
  return {
    arity: names.length,
    invoke: (vals) => scope.withLocals(names.map((n, i) => [n, vals[i]])).evaluate(lambda.body)
  };
}

// parsers/bicep/evaluate/operators.ts
function unary(e, scope) {
  if (e.operator === "!") return callArm("not", [() => scope.evaluate(e.operand)], scope.range(e), scope.text(e));
  const v = scope.evaluate(e.operand);
  if (v.t === "unknown") return v;
  if (v.t !== "prim" || typeof v.value !== "number") return unknown(scope.text(e), `'${e.operator}' needs an integer`, { range: scope.range(e), trail: [] });
  return prim(e.operator === "-" ? -v.value : v.value, { range: scope.range(e), trail: mergeTrails([v]) });
}
var COMPILED = {
  "<": "less",
  "<=": "lessorequals",
  ">": "greater",
  ">=": "greaterorequals",
  "+": "add",
  "-": "sub",
  "*": "mul",
  "/": "div",
  "%": "mod"
};
function binary(e, scope) {
  const range = scope.range(e);
  const text = scope.text(e);
  const left = () => scope.evaluate(e.left);
  const right = () => scope.evaluate(e.right);
  switch (e.operator) {
    case "&&":
      return callArm("and", [left, right], range, text);
    case "||":
      return callArm("or", [left, right], range, text);
    case "??":
      return callArm("coalesce", [left, right], range, text);
    case "==":
      return callArm("equals", [left, right], range, text);
    case "!=":
      return callArm("not", [() => callArm("equals", [left, right], range, text)], range, text);
    default:
      break;
  }
  const a = left();
  if (a.t === "unknown") return a;
  const b = right();
  if (b.t === "unknown") return b;
  const origin = { range, trail: mergeTrails([a, b]) };
  const wrong = (what) => unknown(text, what, { range, trail: [] });
  switch (e.operator) {
    case "=~":
    case "!~": {
      if (a.t !== "prim" || b.t !== "prim" || typeof a.value !== "string" || typeof b.value !== "string") return wrong(`'${e.operator}' needs strings`);
      const same = a.value.toLowerCase() === b.value.toLowerCase();
      return prim(e.operator === "=~" ? same : !same, origin);
    }
    default: {
      const fn = COMPILED[e.operator];
      if (fn === void 0) return wrong(`unknown operator '${e.operator}'`);
      return callArm(fn, [() => a, () => b], range, text);
    }
  }
}

// parsers/bicep/evaluate/expression.ts
var MAX_ITEMS = 1e3;
function evaluateExpression(e, scope) {
  let v;
  try {
    v = evalNode(e, scope);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    v = unknown(scope.text(e), "expression too deep to evaluate", { range: scope.range(e), trail: [] });
  }
  if (v.t === "unknown") v = { ...v, text: scope.text(e) };
  return { ...v, at: scope.range(e) };
}
function here(e, scope) {
  return { range: scope.range(e), trail: [] };
}
function evalNode(e, scope) {
  switch (e.kind) {
    case "IntegerLiteral":
      return prim(Number(e.value), here(e, scope));
    case "BooleanLiteral":
      return prim(e.value, here(e, scope));
    case "NullLiteral":
      return prim(null, here(e, scope));
    case "String": {
      if (e.expressions.length === 0) return prim(e.segments[0] ?? "", here(e, scope));
      const fmt = e.segments.map((s) => s.replace(/\{/g, "{{").replace(/\}/g, "}}")).reduce((acc, s, i) => i === 0 ? s : `${acc}{${i - 1}}${s}`, "");
      return callArm("format", [{ k: "string", value: fmt }, ...e.expressions.map((x) => () => scope.evaluate(x))], scope.range(e), scope.text(e));
    }
    case "Object":
      return bounded(objectValue(e, scope), () => scope.text(e));
    case "Array": {
      const items = [];
      for (const item of e.items) {
        if (item.kind !== "Spread") {
          items.push(scope.evaluate(item));
          continue;
        }
        const v = scope.evaluate(item.expression);
        if (v.t === "unknown") return v;
        if (v.t !== "array") return unknown(scope.text(e), "spread of a value that is not an array", here(e, scope));
        if (overElements(items.length, v.items.length)) return unknown(scope.text(e), BUDGET_REASON, here(e, scope));
        for (let i = 0; i < v.items.length; i++) items.push(itemOf(v, i));
      }
      return bounded({ t: "array", items, origin: here(e, scope), inherit: [] }, () => scope.text(e));
    }
    case "For":
      return forValue(e, scope);
    case "If":
      return unknown(scope.text(e), "a condition outside a declaration", here(e, scope));
    case "Parenthesized":
      return scope.evaluate(e.expression);
    case "Lambda":
      return unknown(scope.text(e), "a lambda is only an argument of a lambda function", here(e, scope));
    case "Call":
      return callFunction(e.name.name, e.args, e, scope);
    case "InstanceCall": {
      if (e.base.kind === "Variable" && e.base.name.name === "sys" && e.name.kind === "Identifier" && !scope.resource("sys"))
        return callFunction(e.name.name, e.args, e, scope);
      const name = e.name.kind === "Identifier" ? e.name.name : "";
      const imported = e.base.kind === "Variable" && name ? scope.callNamespaceFunction(e.base.name.name, name, e.args, scope.range(e)) : void 0;
      if (imported) return imported;
      const reason = name === "getSecret" ? "Key Vault reference" : `${scope.text(e.base)}.${name}() is only known at deployment`;
      return unknown(scope.text(e), reason, here(e, scope));
    }
    case "PropertyAccess":
      return propertyAccess(e, scope);
    case "ArrayAccess": {
      const base = scope.evaluate(e.base);
      const index = scope.evaluate(e.index);
      if (base.t === "unknown")
        return index.t === "prim" && (typeof index.value === "string" || typeof index.value === "number") ? memberOfUnknown(base, index.value) : base;
      if (index.t === "unknown") return index;
      if (base.t === "array" && index.t === "prim" && typeof index.value === "number") {
        const i = e.fromEnd ? base.items.length - index.value : index.value;
        const item = itemOf(base, i);
        if (item) return item;
        if (e.safe) return prim(null, here(e, scope));
        return unknown(scope.text(e), `index ${index.value} is out of range`, here(e, scope));
      }
      if (base.t === "object" && index.t === "prim" && typeof index.value === "string") return access(base, index.value, e.safe, e, scope);
      if (e.safe && base.t === "prim" && base.value === null) return base;
      return unknown(scope.text(e), "index of a value of the wrong type", here(e, scope));
    }
    case "ResourceAccess":
      return unknown(scope.text(e), "a resource is only known at deployment", here(e, scope));
    case "NonNull":
      return scope.evaluate(e.base);
    case "Unary":
      return unary(e, scope);
    case "Binary":
      return binary(e, scope);
    case "Ternary":
      return callArm("if", [() => scope.evaluate(e.condition), () => scope.evaluate(e.whenTrue), () => scope.evaluate(e.whenFalse)], scope.range(e), scope.text(e));
    case "Variable":
      return scope.lookup(e.name.name, scope.range(e));
    case "Skipped":
      return unknown(scope.text(e), "syntax error", here(e, scope));
  }
}
function access(base, key, safe, e, scope) {
  if (base.t === "object") {
    const m = memberOf(base, key);
    if (m) return m;
    if (safe) return prim(null, here(e, scope));
    return unknown(scope.text(e), `the object has no property '${key}'`, here(e, scope));
  }
  if (safe && base.t === "prim" && base.value === null) return base;
  return unknown(scope.text(e), "property access on a value of the wrong type", here(e, scope));
}
function bodyObject(value) {
  if (value.kind === "Object") return value;
  if (value.kind === "If" && value.body.kind === "Object") return value.body;
  return void 0;
}
function propertyOf(obj, key) {
  let found;
  for (const m of obj.members) {
    if (m.kind !== "ObjectProperty") continue;
    const k = m.key.kind === "Identifier" ? m.key.name : m.key.kind === "String" && m.key.expressions.length === 0 ? m.key.segments[0] : void 0;
    if (k !== void 0 && k.toLowerCase() === key.toLowerCase()) found = m.value;
  }
  return found;
}
function resourceName(decl, scope) {
  const body = bodyObject(decl.value);
  const name = body ? propertyOf(body, "name") : void 0;
  return name ? scope.root().evaluate(name) : void 0;
}
function propertyAccess(e, scope) {
  const key = e.name.kind === "Identifier" ? e.name.name : void 0;
  if (key === void 0) return unknown(scope.text(e), "syntax error", here(e, scope));
  if (e.base.kind === "Variable") {
    const ns = scope.namespace(e.base.name.name);
    if (ns) return scope.imported(ns, key, scope.range(e));
    const decl = scope.resource(e.base.name.name);
    if (decl) {
      const name = key === "name" ? resourceName(decl, scope) : void 0;
      return name ?? unknown(scope.text(e), `${scope.text(e)} is only known at deployment`, here(e, scope));
    }
  }
  const base = scope.evaluate(e.base);
  if (base.t === "unknown") return memberOfUnknown(base, key);
  return access(base, key, e.safe, e, scope);
}
function objectValue(e, scope) {
  const members = [];
  let rest;
  for (const m of e.members) {
    if (m.kind === "ObjectProperty") {
      let key;
      if (m.key.kind === "Identifier") key = m.key.name;
      else if (m.key.kind === "String") {
        const k = scope.evaluate(m.key);
        if (k.t === "prim" && typeof k.value === "string") key = k.value;
        else return unknown(scope.text(e), `a property name that is only known at deployment (${scope.text(m.key)})`, here(e, scope));
      }
      if (key !== void 0) members.push({ key, value: scope.evaluate(m.value) });
    } else if (m.kind === "Spread") {
      const v = scope.evaluate(m.expression);
      if (v.t === "unknown" || v.t === "object" && v.rest) {
        rest = v.t === "unknown" ? v : v.rest;
        members.length = 0;
      }
      if (v.t === "unknown") continue;
      if (v.t !== "object") return unknown(scope.text(e), "spread of a value that is not an object", here(e, scope));
      const at = scope.range(m);
      for (const inner of v.members) members.push({ key: inner.key, value: { ...through(inner.value, v.inherit), at } });
    }
  }
  const out = { t: "object", members, origin: here(e, scope), inherit: [] };
  return rest ? { ...out, rest } : out;
}
function loopItems(e, scope) {
  const iterable = scope.evaluate(e.iterable);
  if (iterable.t === "unknown") return { unknown: iterable };
  if (iterable.t !== "array") return { unknown: unknown(scope.text(e.iterable), "a loop over a value that is not an array", here(e.iterable, scope)) };
  if (iterable.items.length > MAX_ITEMS) return { unknown: unknown(scope.text(e.iterable), "a loop over too many items", here(e.iterable, scope)) };
  return { items: iterable.items.map((_, i) => itemOf(iterable, i)) };
}
function iterationScope(e, scope, item, index) {
  const bindings = [];
  if (e.item.kind === "Identifier") bindings.push([e.item.name, item]);
  if (e.index?.kind === "Identifier") bindings.push([e.index.name, prim(index, here(e.index, scope))]);
  return scope.withLocals(bindings);
}
function forValue(e, scope) {
  const loop = loopItems(e, scope);
  if ("unknown" in loop) return unknown(scope.text(e), loop.unknown.t === "unknown" ? loop.unknown.reason : "a loop", here(e, scope));
  const items = loop.items.map((item, i) => iterationScope(e, scope, item, i).evaluate(e.body));
  return { t: "array", items, origin: here(e, scope), inherit: [] };
}

// parsers/bicep/evaluate/scope.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";

// parsers/bicep/evaluate/types.ts
var MAX_ALIAS_DEPTH = 32;
function hasSecureDecorator(decorators) {
  return decorators.some((d) => {
    const e = d.expression;
    if (e.kind === "Call") return e.name.name === "secure";
    return e.kind === "InstanceCall" && e.name.kind === "Identifier" && e.name.name === "secure";
  });
}
function keyOf(key) {
  if (!key) return void 0;
  if (key.kind === "Identifier") return key.name;
  if (key.kind === "String" && key.expressions?.length === 0) return key.segments?.[0];
  return void 0;
}
function bicepShape(t, scope, decorators = [], depth = 0) {
  const secure = hasSecureDecorator(decorators);
  if (depth > MAX_ALIAS_DEPTH) return plainShape(secure);
  const withSecure = (s) => secure && !s.secure ? plainShape(true) : s;
  switch (t.kind) {
    case "NullableType":
    case "NonNullableType":
      return bicepShape(t.base, scope, decorators, depth + 1);
    case "ParenthesizedType":
      return bicepShape(t.type, scope, decorators, depth + 1);
    case "TypeReference": {
      const found = scope.typeDeclaration(t.name.name);
      if (!found) return plainShape(secure);
      return withSecure(bicepShape(found.decl.value, found.scope, found.decl.decorators, depth + 1));
    }
    case "TypePropertyAccess": {
      if (t.base.kind === "TypeReference" && t.name?.kind === "Identifier") {
        const found = scope.namespaceType(t.base.name.name, t.name.name);
        if (found) return withSecure(bicepShape(found.decl.value, found.scope, found.decl.decorators, depth + 1));
      }
      const base = bicepShape(t.base, scope, [], depth + 1);
      const name = t.name?.kind === "Identifier" ? t.name.name : void 0;
      const inner = name === void 0 ? base.member("*") : base.member(name);
      return withSecure(inner ?? plainShape(base.secure));
    }
    case "TypeIndexAccess":
      return withSecure(bicepShape(t.base, scope, [], depth + 1).item(0) ?? plainShape(false));
    case "ArrayType": {
      const item = t.item;
      return { secure, member: () => void 0, item: () => bicepShape(item, scope, [], depth + 1) };
    }
    case "TupleType": {
      const items = t.items;
      return {
        secure,
        member: () => void 0,
        item: (i) => {
          const it = items[i];
          return it && it.kind === "TupleTypeItem" ? bicepShape(it.value, scope, it.decorators, depth + 1) : void 0;
        }
      };
    }
    case "ObjectType": {
      const props = t.properties;
      return {
        secure,
        member: (key) => {
          const k = key.toLowerCase();
          let additional;
          for (const p of props) {
            if (p.kind !== "ObjectTypeProperty") continue;
            if (p.key === void 0) additional = bicepShape(p.value, scope, p.decorators, depth + 1);
            else if (keyOf(p.key)?.toLowerCase() === k) return bicepShape(p.value, scope, p.decorators, depth + 1);
          }
          return additional;
        },
        item: () => void 0
      };
    }
    default:
      return plainShape(secure);
  }
}
function isNullableType(t, scope, depth = 0) {
  if (depth > MAX_ALIAS_DEPTH) return false;
  switch (t.kind) {
    case "NullableType":
    case "NullLiteral":
      return true;
    case "ParenthesizedType":
      return isNullableType(t.type, scope, depth + 1);
    case "UnionType":
      return t.members.some((m) => isNullableType(m, scope, depth + 1));
    case "TypeReference": {
      const found = scope.typeDeclaration(t.name.name);
      return found ? isNullableType(found.decl.value, found.scope, depth + 1) : false;
    }
    default:
      return false;
  }
}

// parsers/bicep/evaluate/source-file.ts
function rangeOf2(file, node) {
  return file.parsed.lineMap.range(file.path, node.start, node.end);
}
function textOf(file, node) {
  return file.text.slice(node.start, node.end);
}
function fromKeyword(file, keyword, nameStart, end) {
  const at = file.text.lastIndexOf(keyword, nameStart - 1);
  const start = at >= 0 ? at : nameStart;
  return file.parsed.lineMap.range(file.path, start, Math.max(start, end));
}

// parsers/bicep/evaluate/scope.ts
function identName(n) {
  return n.kind === "Identifier" ? n.name : void 0;
}
function readImport(s, file, shared) {
  const from = s.from.kind === "String" && s.from.expressions.length === 0 ? s.from.segments[0] : void 0;
  const target = from !== void 0 && !/^(br|ts)[:/]/i.test(from) ? resolve3(dirname3(file.path), from) : void 0;
  const path = target !== void 0 && (shared.host.confine?.(target, rangeOf2(file, s.from)) ?? true) ? target : void 0;
  if (s.wildcardAlias) {
    const alias = identName(s.wildcardAlias);
    if (alias && path) shared.namespaces.set(alias, path);
    else if (alias) shared.opaque.add(alias);
  }
  for (const sym of s.symbols ?? []) {
    if (sym.kind !== "ImportedSymbol") continue;
    const original = sym.name.kind === "Identifier" ? sym.name.name : sym.name.kind === "String" && sym.name.expressions.length === 0 ? sym.name.segments[0] : void 0;
    const local = sym.alias ? identName(sym.alias) : original;
    if (local === void 0) continue;
    if (path && original !== void 0) shared.imports.set(local, { path, name: original });
    else shared.opaque.add(local);
  }
}
function isSecure(p) {
  return hasSecureDecorator(p.decorators);
}
function isNull(v) {
  return v.t === "prim" && v.value === null;
}
var BicepScope = class _BicepScope {
  constructor(shared, locals, calling) {
    this.shared = shared;
    this.locals = locals;
    this.calling = calling;
  }
  shared;
  locals;
  calling;
  static create(file, supply, host, budget = new CallBudget(), identify) {
    const shared = {
      file,
      params: /* @__PURE__ */ new Map(),
      assignments: /* @__PURE__ */ new Map(),
      vars: /* @__PURE__ */ new Map(),
      types: /* @__PURE__ */ new Map(),
      resources: /* @__PURE__ */ new Map(),
      funcs: /* @__PURE__ */ new Map(),
      budget,
      opaque: /* @__PURE__ */ new Set(),
      imports: /* @__PURE__ */ new Map(),
      namespaces: /* @__PURE__ */ new Map(),
      supply,
      identify,
      host,
      cache: /* @__PURE__ */ new Map(),
      active: /* @__PURE__ */ new Set()
    };
    for (const s of file.parsed.tree.statements) {
      const name = "name" in s && s.name ? identName(s.name) : void 0;
      if (name === void 0) {
        if (s.kind === "Import") readImport(s, file, shared);
        else if (s.kind === "Extension") {
          const alias = s.alias ? identName(s.alias) : s.specification.kind === "Identifier" ? s.specification.name : void 0;
          if (alias) shared.opaque.add(alias);
        }
        continue;
      }
      switch (s.kind) {
        case "Parameter":
          shared.params.set(name, s);
          break;
        case "ParameterAssignment":
          shared.assignments.set(name, s);
          break;
        case "Variable":
          shared.vars.set(name, s);
          break;
        case "Type":
          shared.types.set(name, s);
          break;
        case "Resource":
          shared.resources.set(name, s);
          break;
        case "Function":
          shared.funcs.set(name, s);
          break;
        case "Module":
          shared.opaque.add(name);
          break;
        default:
          break;
      }
    }
    return new _BicepScope(shared, /* @__PURE__ */ new Map());
  }
  get budget() {
    return this.shared.budget;
  }
  get file() {
    return this.shared.file;
  }
  get host() {
    return this.shared.host;
  }
  /** The same scope with loop variables bound (`for (item, i) in …`). */
  withLocals(bindings) {
    const locals = new Map(this.locals);
    for (const [k, v] of bindings) locals.set(k, v);
    return new _BicepScope(this.shared, locals, this.calling);
  }
  /** The scope without loop variables (parameters and variables cannot see them). */
  root() {
    return this.locals.size === 0 ? this : new _BicepScope(this.shared, /* @__PURE__ */ new Map());
  }
  evaluate(e) {
    return evaluateExpression(e, this);
  }
  /**
   * What an expression's value is when the value itself is only known at deployment: a parameter
   * nobody sets (`param:<file>:<offset>`), reached as is — by its name, by `resource.name` of a
   * resource named by it, or through a module argument that passes either. Anything computed from
   * it is another value: undefined.
   */
  identity(expr, depth = 0) {
    const e = expr.kind === "Parenthesized" ? expr.expression : expr;
    if (depth > 16) return void 0;
    if (e.kind === "Variable") {
      const name = e.name.name;
      const decl = this.locals.has(name) ? void 0 : this.shared.params.get(name);
      if (!decl) return void 0;
      if (this.shared.supply(name)) return this.shared.identify?.(name);
      return decl.defaultValue ? void 0 : `param:${this.shared.file.path}:${decl.start}`;
    }
    if (e.kind === "PropertyAccess" && e.base.kind === "Variable" && e.name.kind === "Identifier" && e.name.name === "name") {
      const decl = this.resource(e.base.name.name);
      const body = decl ? bodyObject(decl.value) : void 0;
      const named = body ? propertyOf(body, "name") : void 0;
      return named ? this.root().identity(named, depth + 1) : void 0;
    }
    return void 0;
  }
  resource(name) {
    return this.locals.has(name) || this.calling ? void 0 : this.shared.resources.get(name);
  }
  /**
   * A call of a user-defined function of this file or imported (`import { f } from './x.bicep'`),
   * undefined when `name` is none: the body sees only its parameters, bound to the arguments
   * evaluated here; the value is reached through the call.
   */
  callUserFunction(name, args, at) {
    if (this.locals.has(name)) return void 0;
    const local = this.shared.funcs.get(name);
    const imported = local ? void 0 : this.shared.imports.get(name);
    const owner = local ? this : imported ? this.shared.host.importScope?.(imported.path) : void 0;
    const decl = local ?? (imported ? owner?.shared.funcs.get(imported.name) : void 0);
    if (!owner || !decl) return void 0;
    return this.invoke(owner, decl, name, args, at);
  }
  /** `ns.f(…)` of `import * as ns from './x.bicep'`; undefined when `ns` is no such alias. */
  callNamespaceFunction(alias, name, args, at) {
    const path = this.namespace(alias);
    if (path === void 0) return void 0;
    const owner = this.shared.host.importScope?.(path);
    const decl = owner?.shared.funcs.get(name);
    if (!owner || !decl) return unknown(`${alias}.${name}`, `'${name}' is not a function of ${path}`, { range: at, trail: [] });
    return this.invoke(owner, decl, name, args, at);
  }
  invoke(owner, decl, name, args, at) {
    const here2 = { range: at, trail: [] };
    const key = `${owner.shared.file.path}\0${name}`;
    if (this.calling?.has(key)) return unknown(name, `function '${name}' calls itself, which Bicep does not allow`, here2);
    if (!this.shared.budget.take(1)) return unknown(name, BUDGET_REASON, here2);
    const bindings = /* @__PURE__ */ new Map();
    decl.parameters.forEach((p, i) => {
      const arg = args[i];
      if (p.kind !== "FunctionParameter" || p.name.kind !== "Identifier") return;
      bindings.set(p.name.name, arg ? this.evaluate(arg) : unknown(p.name.name, `no argument for parameter '${p.name.name}'`, here2));
    });
    const body = new _BicepScope(owner.shared, bindings, /* @__PURE__ */ new Set([...this.calling ?? [], key]));
    return through(body.evaluate(decl.body), [{ kind: "function", name, range: at }]);
  }
  parameterDeclaration(name) {
    return this.shared.params.get(name);
  }
  /** A type alias this file declares or imports (`import { certificateType } from '…'`). */
  typeDeclaration(name) {
    const local = this.shared.types.get(name);
    if (local) return { decl: local, scope: this.root() };
    const imported = this.shared.imports.get(name);
    if (!imported) return void 0;
    const scope = this.shared.host.importScope?.(imported.path);
    const decl = scope?.shared.types.get(imported.name);
    return scope && decl ? { decl, scope } : void 0;
  }
  /** `ns.typeName` of `import * as ns from './types.bicep'`. */
  namespaceType(alias, name) {
    const path = this.namespace(alias);
    const scope = path ? this.shared.host.importScope?.(path) : void 0;
    const decl = scope?.shared.types.get(name);
    return scope && decl ? { decl, scope } : void 0;
  }
  /** The value of a name written in an expression, with its hops. */
  lookup(name, at) {
    const local = this.locals.get(name);
    if (local) return local;
    if (this.calling) return unknown(name, `a function can use only its parameters, not '${name}'`, { range: at, trail: [] });
    if (this.shared.params.has(name)) return this.parameter(name);
    if (this.shared.assignments.has(name)) return this.assignment(name);
    if (this.shared.vars.has(name)) return this.variable(name);
    const imported = this.shared.imports.get(name);
    if (imported) return this.imported(imported.path, imported.name, at);
    const here2 = { range: at, trail: [] };
    if (this.shared.resources.has(name)) return unknown(name, `the resource '${name}' is only known at deployment`, here2);
    if (this.shared.opaque.has(name)) return unknown(name, `'${name}' is only known at deployment`, here2);
    return unknown(name, `unknown name '${name}'`, here2);
  }
  /** The namespace alias of `import * as ns from './x.bicep'`, for `ns.name`. */
  namespace(name) {
    return this.locals.has(name) ? void 0 : this.shared.namespaces.get(name);
  }
  /** An exported variable of another file, with its hops there. Imported types and functions are not values. */
  imported(path, name, at) {
    const scope = this.shared.host.importScope?.(path);
    const here2 = { range: at, trail: [] };
    if (!scope) return unknown(name, `the file ${path} cannot be read`, here2);
    if (!scope.shared.vars.has(name)) return unknown(name, `'${name}' is not a variable of ${path}`, here2);
    return scope.variable(name);
  }
  /**
   * A parameter's value: what the caller or a parameter file supplies (`null` supplied to a
   * parameter with a default takes the default, as ARM does), else the default, else `null` for a
   * nullable type; members carry the secrecy of the declared type.
   */
  parameter(name) {
    const decl = this.shared.params.get(name);
    const file = this.shared.file;
    return this.cached(`p:${name}`, name, () => {
      const hop = { kind: "parameter", name, range: fromKeyword(file, "param", decl.name.start, decl.end), secure: isSecure(decl) };
      const shape = bicepShape(decl.type, this.root(), decl.decorators);
      const supplied = this.shared.supply(name)?.();
      if (supplied && !(isNull(supplied) && decl.defaultValue)) return typedThrough(supplied, hop, shape);
      const def = decl.defaultValue;
      if (def) return typedThrough(through(this.root().evaluate(def), [{ kind: "parameter-default", range: rangeOf2(file, def) }]), hop, shape);
      const here2 = { range: hop.range, trail: [] };
      if (isNullableType(decl.type, this.root())) return typedThrough(prim(null, here2), hop, shape);
      return typedThrough(unknown(name, `parameter '${name}' has no default value and no parameter file sets it`, here2), hop, shape);
    });
  }
  /** `param x = …` in a `.bicepparam` file, read by another assignment there. */
  assignment(name) {
    const a = this.shared.assignments.get(name);
    return this.cached(`a:${name}`, name, () => this.root().evaluate(a.value));
  }
  variable(name) {
    const decl = this.shared.vars.get(name);
    const file = this.shared.file;
    return this.cached(
      `v:${name}`,
      name,
      () => through(this.root().evaluate(decl.value), [{ kind: "variable", name, range: fromKeyword(file, "var", decl.name.start, decl.end) }])
    );
  }
  cached(key, name, compute) {
    const hit = this.shared.cache.get(key);
    if (hit) return hit;
    if (this.shared.active.has(key))
      return unknown(name, "circular reference", { range: this.shared.file.parsed.lineMap.range(this.shared.file.path, 0, 0), trail: [] });
    this.shared.active.add(key);
    try {
      const v = compute();
      this.shared.cache.set(key, v);
      return v;
    } finally {
      this.shared.active.delete(key);
    }
  }
  /** Source text of a node of this file. */
  text(node) {
    return textOf(this.shared.file, node);
  }
  range(node) {
    return rangeOf2(this.shared.file, node);
  }
};

// parsers/bicep/collect/names.ts
var canonical = (text) => text.replace(/\s+/g, "");
function part(x, scope) {
  const v = scope.evaluate(x);
  if (v.t === "prim" && v.value !== null) return { lit: String(v.value) };
  const key = v.t === "unknown" ? scope.identity(x) : void 0;
  return key === void 0 ? { expr: scope.text(x) } : { expr: scope.text(x), key };
}
function nameOf(expr, scope) {
  if (!expr) return void 0;
  if (expr.kind === "String" && expr.expressions.length > 0) {
    const first = expr.expressions[0];
    if (expr.segments[0] === "" && first?.kind === "PropertyAccess" && first.base.kind === "Variable" && first.name.kind === "Identifier" && first.name.name === "name" && scope.resource(first.base.name.name) && (expr.segments[1] ?? "").startsWith("/")) {
      const parts2 = [{ lit: (expr.segments[1] ?? "").slice(1) }];
      expr.expressions.slice(1).forEach((x, i) => {
        parts2.push(part(x, scope));
        parts2.push({ lit: expr.segments[i + 2] ?? "" });
      });
      return { ...nameFromParts(parts2, canonical), parentSymbol: first.base.name.name };
    }
    const parts = [{ lit: expr.segments[0] ?? "" }];
    expr.expressions.forEach((x, i) => {
      parts.push(part(x, scope));
      parts.push({ lit: expr.segments[i + 1] ?? "" });
    });
    return nameFromParts(parts, canonical);
  }
  return nameFromParts([part(expr, scope)], canonical);
}

// parsers/bicep/collect/resources.ts
var MAX_INSTANCES = 100;
function isLocalModulePath(path) {
  return !isExternalModulePath(path);
}
function literalPath(node) {
  return node.kind === "String" && node.expressions.length === 0 ? node.segments[0] : void 0;
}
function resolveModule(from, path) {
  return resolve4(dirname4(from.path), path);
}
function collectFile(file, scope, host, outer, stack, budget = new InstanceBudget()) {
  let units = 0;
  let templates = 0;
  const ctx = { host, out: [], arm: [], nextUnit: () => units++, nextTemplate: () => templates++, budget };
  visitFile(file, scope, ctx, outer, [...stack, file.path.toLowerCase()], ctx.nextUnit());
  return { bicep: ctx.out, arm: ctx.arm };
}
function visitFile(file, scope, ctx, outer, stack, unit) {
  const bySymbol = /* @__PURE__ */ new Map();
  const statements = file.parsed.tree.statements;
  for (const s of statements) {
    if (s.kind === "Resource") visitResource(s, void 0, file, scope, ctx, outer, unit, bySymbol);
    else if (s.kind === "Module") visitModule(s, file, scope, ctx, outer, stack);
  }
}
function instances(value, scope, outer, expand = true) {
  const withCondition = (body, s, d) => {
    if (body.kind !== "If") return [{ scope: s, deployment: d, body }];
    const c = s.evaluate(body.condition);
    if (c.t === "prim" && c.value === true) return [{ scope: s, deployment: d, body: body.body }];
    if (d.via.length > 0 && decidedFalse(c, (at) => at.file === d.via[0]?.range.file)) return [];
    const cond = body.condition.kind === "Parenthesized" ? body.condition.expression : body.condition;
    return [{ scope: s, deployment: { ...d, conditional: { expression: s.text(cond), range: s.range(cond) } }, body: body.body }];
  };
  if (value.kind !== "For") return withCondition(value, scope, outer);
  const loop = loopItems(value, scope);
  if (expand && "items" in loop && loop.items.length <= MAX_INSTANCES)
    return loop.items.flatMap((item, i) => withCondition(value.body, iterationScope(value, scope, item, i), { ...outer, instance: `${outer.instance}[${i}]` }));
  const why = `depends on the variable of a loop that was not expanded (${scope.text(value.iterable)})`;
  const bindings = [];
  for (const v of [value.item, value.index])
    if (v?.kind === "Identifier") bindings.push([v.name, unknown(v.name, why, { range: scope.range(v), trail: [] })]);
  const looped = { expression: scope.text(value.iterable), range: scope.range(value.iterable) };
  return withCondition(value.body, scope.withLocals(bindings), { ...outer, looped });
}
function typeParts(decl) {
  const t = literalPath(decl.type);
  if (t === void 0) return void 0;
  const at = t.indexOf("@");
  return at < 0 ? { type: t } : { type: t.slice(0, at), version: t.slice(at + 1) };
}
function parentFrom(expr, scope, bySymbol, out) {
  if (!expr) return void 0;
  if (expr.kind === "Variable") return bySymbol.get(expr.name.name)?.[0];
  if (expr.kind === "ResourceAccess" && expr.name.kind === "Identifier") {
    const base = parentFrom(expr.base, scope, bySymbol, out);
    const symbol = expr.name.name;
    return base ? out.find((r) => r.parent === base && r.symbol === symbol) : void 0;
  }
  if (expr.kind === "ArrayAccess" && expr.base.kind === "Variable") {
    const list = bySymbol.get(expr.base.name.name);
    const i = scope.evaluate(expr.index);
    return i.t === "prim" && typeof i.value === "number" ? list?.[i.value] : void 0;
  }
  return void 0;
}
function visitResource(decl, nestedIn, file, scope, ctx, outer, unit, bySymbol) {
  const parts = typeParts(decl);
  if (!parts || decl.name.kind !== "Identifier") return;
  const symbol = decl.name.name;
  const declaration = fromKeyword(file, "resource", decl.name.start, decl.type.end);
  let expanded = instances(decl.value, scope, outer);
  if (expanded.length > 0 && !ctx.budget.take(expanded.length)) {
    const once = decl.value.kind === "For" && expanded.length > 1 && ctx.budget.take(1);
    ctx.host.notAnalysed?.(
      once ? `${instanceCut(`resource '${symbol}' loop`, expanded.length - 1, ctx.budget)}; its resource is checked once, as written` : instanceCut(`resource '${symbol}'`, expanded.length, ctx.budget),
      declaration
    );
    if (!once) return;
    expanded = instances(decl.value, scope, outer, false);
  }
  for (const inst of expanded) {
    const body = inst.body.kind === "Object" ? inst.body : void 0;
    const nameInfo = nameOf(body ? propertyOf(body, "name") : void 0, inst.scope);
    const parent = nestedIn ?? parentFrom(body ? propertyOf(body, "parent") : void 0, inst.scope, bySymbol, ctx.out) ?? (nameInfo?.parentSymbol ? bySymbol.get(nameInfo.parentSymbol)?.[0] : void 0);
    const type = nestedIn && !parts.type.includes("/") ? `${nestedIn.type}/${parts.type}` : parts.type;
    const name = parent?.name && nameInfo ? { segments: [...parent.name.segments, ...nameInfo.segments], known: parent.name.known && nameInfo.known } : nameInfo;
    let memo;
    const r = {
      unit,
      file,
      scope: inst.scope,
      decl,
      symbol,
      type,
      typeKey: type.toLowerCase(),
      declaration,
      body,
      existing: decl.existing,
      name,
      displayName: name?.known ? name.segments.join("/") : symbol,
      deployment: inst.deployment,
      value: () => memo ??= body ? inst.scope.evaluate(body) : unknown(inst.scope.text(inst.body), "not an object", { range: inst.scope.range(inst.body), trail: [] })
    };
    if (parts.version) r.version = parts.version;
    if (parent) r.parent = parent;
    ctx.out.push(r);
    if (!nestedIn) {
      const list = bySymbol.get(symbol) ?? [];
      list.push(r);
      bySymbol.set(symbol, list);
    }
    for (const m of body?.members ?? []) if (m.kind === "Resource") visitResource(m, r, file, inst.scope, ctx, inst.deployment, unit, bySymbol);
  }
}
function moduleSource(decl, file, ctx, stack) {
  const path = literalPath(decl.path);
  if (path === void 0) return void 0;
  const at = rangeOf2(file, decl.path);
  if (!isLocalModulePath(path)) {
    const target2 = registryModule(path, file, at, ctx);
    const json = target2 === void 0 ? void 0 : ctx.host.loadJson?.(target2);
    return target2 && json ? { path: target2, source: { kind: "json", file: json } } : void 0;
  }
  const target = resolveModule(file, path);
  if (stack.includes(target.toLowerCase())) return void 0;
  if (ctx.host.confine && !ctx.host.confine(target, at)) return void 0;
  if (/\.jsonc?$/i.test(target)) {
    const json = ctx.host.loadJson?.(target);
    return json ? { path: target, source: { kind: "json", file: json } } : void 0;
  }
  const moduleFile = ctx.host.load(target);
  const failed = moduleFile ? void 0 : ctx.host.failure?.(target);
  if (failed) ctx.host.notAnalysed?.(`module '${path}' is not analysed: ${failed}`, at);
  return moduleFile ? { path: target, source: { kind: "bicep", file: moduleFile } } : void 0;
}
function registryModule(path, file, at, ctx) {
  const note = (message) => {
    ctx.host.notAnalysed?.(message, at);
    return void 0;
  };
  const config = ctx.host.moduleCache?.(file.path);
  if (!config) return note(`module '${path}' is not analysed: registry modules are not read here`);
  const ref = parseModuleReference(path, config.aliases);
  if (ref.kind === "template-spec") return note(`template spec module '${path}' is not analysed: template specs live in Azure; lint the template spec's source instead`);
  if (ref.kind === "invalid") return note(`registry module '${path}' is not analysed: ${ref.why}`);
  const cached = cachedModulePath(config.cacheRoot, ref);
  if (ctx.host.mayRead && !ctx.host.mayRead(cached))
    return note(
      `registry module '${path}' is not analysed: the module cache is outside the linted tree; set cacheRootDirectory in bicepconfig.json to a folder in the repository and run \`bicep restore\``
    );
  if (ctx.host.loadJson?.(cached)) return cached;
  const local = relative(dirname4(file.path), cached);
  const where = local.startsWith("..") ? relative(config.cacheRoot, cached) : local;
  return note(`registry module '${path}' is not in the module cache (${where}): run \`bicep restore ${basename(file.path)}\` to lint it`);
}
function visitModule(decl, file, scope, ctx, outer, stack) {
  if (decl.name.kind !== "Identifier") return;
  const deployed = instances(decl.value, scope, outer);
  if (deployed.length === 0) return;
  const found = moduleSource(decl, file, ctx, stack);
  if (!found) return;
  const { path: target, source } = found;
  const symbol = decl.name.name;
  const head = fromKeyword(file, "module", decl.name.start, decl.path.end);
  for (const [i, inst] of deployed.entries()) {
    if (!ctx.budget.take(1)) {
      ctx.host.notAnalysed?.(instanceCut(`module '${symbol}'`, deployed.length - i, ctx.budget), head);
      break;
    }
    const body = inst.body.kind === "Object" ? inst.body : bodyObject(inst.body);
    const paramsExpr = body ? propertyOf(body, "params") : void 0;
    let paramsValue;
    const params = () => paramsExpr ? paramsValue ??= inst.scope.evaluate(paramsExpr) : void 0;
    const call = `module '${symbol}'`;
    const supply = (name) => {
      const pv = params();
      if (!pv || !paramsExpr) return void 0;
      if (pv.t === "unknown") return () => through(pv, [{ kind: "module-argument", name, call, range: rangeOf2(file, paramsExpr) }]);
      if (pv.t !== "object") return void 0;
      const m = memberOf(pv, name);
      if (!m) return void 0;
      return () => through(m, [{ kind: "module-argument", name, call, range: m.at ?? rangeOf2(file, paramsExpr) }]);
    };
    const identify = (name) => {
      const arg = paramsExpr?.kind === "Object" ? propertyOf(paramsExpr, name) : void 0;
      return arg ? inst.scope.identity(arg) : void 0;
    };
    const deployment = { ...inst.deployment, via: [...inst.deployment.via, { name: symbol, range: head }] };
    if (source.kind === "json") {
      collectJsonModule(
        source.file,
        supply,
        deployment,
        {
          out: ctx.arm,
          nextTemplateId: ctx.nextTemplate,
          diagnostic: (message, range) => ctx.host.parseError?.(message, range),
          note: (message, range) => ctx.host.notAnalysed?.(message, range),
          budget: scope.budget,
          instances: ctx.budget
        },
        identify
      );
      continue;
    }
    try {
      const moduleScope = BicepScope.create(source.file, supply, ctx.host, scope.budget, identify);
      visitFile(source.file, moduleScope, ctx, deployment, [...stack, target.toLowerCase()], ctx.nextUnit());
    } catch (e) {
      const why = evaluationFailure(e);
      ctx.host.parseError?.(`could not evaluate this module: ${why}`, source.file.parsed.lineMap.range(source.file.path, 0, Math.min(1, source.file.text.length)));
      ctx.host.notAnalysed?.(`module '${literalPath(decl.path) ?? symbol}' is not analysed: mtlslint failed while evaluating it (${why})`, rangeOf2(file, decl.path));
    }
  }
}
function evaluationFailure(e) {
  return e instanceof RangeError ? "it is nested too deeply" : `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

// parsers/bicep/evaluate/parameter-files.ts
function readBicepParam(file, load, host, seen = []) {
  const values = /* @__PURE__ */ new Map();
  const out = { file, values };
  const scope = BicepScope.create(file, () => void 0, host);
  for (const s of file.parsed.tree.statements) {
    if (s.kind === "Using" && s.path) {
      const p = literalPath(s.path);
      if (p !== void 0 && /\.bicep$/i.test(p) && !/^(br|ts)[:/]/i.test(p)) {
        const template = resolveModule(file, p);
        if (host.confine?.(template, rangeOf2(file, s.path)) ?? true) out.template = template;
      }
    } else if (s.kind === "Extends") {
      const p = literalPath(s.path);
      const path = p === void 0 ? void 0 : resolveModule(file, p);
      if (path === void 0 || seen.includes(path.toLowerCase()) || !(host.confine?.(path, rangeOf2(file, s.path)) ?? true)) continue;
      const base = load(path);
      if (base) {
        for (const [k, v] of readBicepParam(base, load, host, [...seen, file.path.toLowerCase()]).values) if (!values.has(k)) values.set(k, v);
      }
    }
  }
  for (const s of file.parsed.tree.statements) {
    if (s.kind !== "ParameterAssignment" || s.name.kind !== "Identifier") continue;
    const name = s.name.name;
    const hop = { kind: "parameter-file", name, range: rangeOf2(file, s.value) };
    const value = s.value;
    values.set(name, () => through(scope.evaluate(value), [hop]));
  }
  return out;
}
function readJsonParameters(path, text) {
  const file = readJson(path, text);
  const values = /* @__PURE__ */ new Map();
  if (file.root?.type !== "object") return { values, errors: file.errors.map((e) => e.message).concat(file.root ? ["a parameter file must be a JSON object"] : []) };
  for (const [k, v] of parameterValues(file)) values.set(k, v);
  return { values, errors: file.errors.map((e) => e.message) };
}
function supplyFrom(layers) {
  return (name) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i];
      const v = layer.get(name) ?? layer.get(name.toLowerCase());
      if (v) return v;
    }
    return void 0;
  };
}

// parsers/bicep/mapping/entities.ts
var CERTIFICATE = "microsoft.web/certificates";
function reader(r) {
  return (path) => {
    if (!r.body) return void 0;
    const root = { at: r.scope.range(r.body), atText: r.scope.text(r.body), value: r.value() };
    return descendPath(root, path);
  };
}
function entityBase(r, resourceType) {
  const base = { format: "bicep", file: r.file.path, resourceType, name: r.displayName, symbol: r.symbol, declaration: r.declaration };
  base.extent = rangeOf2(r.file, r.decl);
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}
function parentOf(child, wanted, sites) {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : void 0;
  if (!child.name || child.name.segments.length < 2) return void 0;
  const key = nameKey(child.name.segments.slice(0, -1));
  const candidates = sites.filter((s) => s.unit === child.unit && s.typeKey === wanted && s.name && nameKey(s.name.segments) === key);
  return candidates.find((s) => s.deployment.instance === child.deployment.instance) ?? candidates[0];
}
function mapSites(resources, textOf2) {
  const sites = resources.filter((r) => (r.typeKey === SITE || r.typeKey === SLOT) && !r.existing);
  const referenced = resources.filter((r) => (r.typeKey === SITE || r.typeKey === SLOT) && r.existing);
  const children = /* @__PURE__ */ new Map();
  const patches = [];
  for (const r of resources) {
    const which = r.existing ? void 0 : configKind(r.typeKey, r.name);
    if (!which) continue;
    const owner = configOwnerType(r.typeKey);
    const site = parentOf(r, owner, sites);
    if (!site || site.existing) {
      const declared = site ?? parentOf(r, owner, referenced);
      const patch = configPatch(
        {
          kind: which,
          typeKey: r.typeKey,
          name: r.name,
          declared: declared && { name: declared.name, existing: declared.existing },
          unit: `bicep:${r.unit}`,
          read: reader(r),
          declaration: r.declaration,
          base: (type) => entityBase(r, type),
          label: r.symbol
        },
        textOf2
      );
      if (patch) patches.push(patch);
      continue;
    }
    const c = children.get(site) ?? { web: [] };
    if (which === "web") c.web.push(r);
    else c.appsettings = r;
    children.set(site, c);
  }
  const targets = sites.map((s) => {
    const c = children.get(s);
    const sources = { site: reader(s), web: (c?.web ?? []).map(reader) };
    if (c?.appsettings) sources.appsettings = reader(c.appsettings);
    const entity = {
      ...entityBase(s, "Microsoft.Web/sites"),
      entity: "site",
      kind: siteKind(sources.site),
      tags: siteTags(sources.site, s.declaration, textOf2),
      settings: siteSettings(sources, s.declaration, textOf2),
      ...ARM_SITE_FACTS
    };
    if (s.typeKey === SLOT) {
      entity.resourceType = "Microsoft.Web/sites/slots";
      const parent = parentOf(s, SITE, sites);
      if (parent) entity.slotOf = { name: parent.existing && parent.name ? readableName(parent.name.segments) : parent.displayName, range: parent.declaration };
      else entity.slotOf = { name: s.name?.segments[0] !== void 0 ? readableName([s.name.segments[0]]) : s.displayName };
    }
    return { entity, typeKey: s.typeKey, name: s.name, unit: `bicep:${s.unit}` };
  });
  return { sites: targets.map((t) => t.entity), targets, patches };
}
function mapCertificate(r, textOf2) {
  return {
    ...entityBase(r, "Microsoft.Web/certificates"),
    entity: "certificate",
    settings: certificateSettings(reader(r), r.declaration, textOf2),
    written: ARM_CERTIFICATE_NAMES
  };
}

// parsers/bicep/run-plan.ts
function localModuleTargets(file) {
  const out = [];
  for (const s of file.parsed.tree.statements) {
    if (s.kind !== "Module") continue;
    const p = literalPath(s.path);
    if (p !== void 0 && isLocalModulePath(p)) out.push(resolveModule(file, p));
  }
  return out;
}
function rootTemplates(templates, calls) {
  const called = /* @__PURE__ */ new Set();
  for (const [from, targets] of calls) for (const to of targets) if (to !== from) called.add(to);
  const reached = /* @__PURE__ */ new Set();
  const reach = (start) => {
    const todo = [start];
    for (let from = todo.pop(); from !== void 0; from = todo.pop()) {
      if (reached.has(from)) continue;
      reached.add(from);
      todo.push(...calls.get(from) ?? []);
    }
  };
  const roots = /* @__PURE__ */ new Set();
  for (const t of [...templates.filter((t2) => !called.has(t2)), ...templates])
    if (!reached.has(t)) {
      roots.add(t);
      reach(t);
    }
  return roots;
}
var JSON_TEMPLATE = /\.jsonc?$/i;
function calledJsonTemplates(templates, read) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const todo = [...templates];
  for (let path = todo.pop(); path !== void 0; path = todo.pop()) {
    if (seen.has(path.toLowerCase())) continue;
    seen.add(path.toLowerCase());
    const file = read(path);
    if (!file) continue;
    for (const target of localModuleTargets(file)) {
      if (JSON_TEMPLATE.test(target)) out.add(target);
      else todo.push(target);
    }
  }
  return [...out];
}

// parsers/bicep/errors.ts
var E = {
  declaration: ["BCP007", "This declaration type is not recognized. Specify a metadata, parameter, variable, resource, or output declaration."],
  paramsDeclaration: ["BCP337", 'This declaration type is not valid for a Bicep Parameters file. Supported declarations: "using", "extends", "param", "var", "type".'],
  paramContinuation: ["BCP008", 'Expected the "=" token, or a newline at this location.'],
  expression: ["BCP009", "Expected a literal value, an array, an object, a parenthesized expression, or a function call at this location."],
  integer: ["BCP010", "Expected a valid 64-bit signed integer."],
  paramName: ["BCP013", "Expected a parameter identifier at this location."],
  varName: ["BCP015", "Expected a variable identifier at this location."],
  outputName: ["BCP016", "Expected an output identifier at this location."],
  resourceName: ["BCP017", "Expected a resource identifier at this location."],
  newLine: ["BCP019", "Expected a new line character at this location."],
  memberName: ["BCP020", "Expected a function or property name at this location."],
  propertyName: ["BCP022", "Expected a property name at this location."],
  interpolation: ["BCP064", "Found unexpected tokens in interpolated expression."],
  resourceType: ["BCP068", 'Expected a resource type string. Specify a valid resource type of format "<type-name>@<apiVersion>".'],
  complexLiteral: ["BCP087", "Array and object literals are not allowed here."],
  moduleName: ["BCP096", "Expected a module identifier at this location."],
  modulePath: ["BCP097", "Expected a module path string. This should be a relative path to another bicep file, e.g. 'myModule.bicep' or '../parent/myModule.bicep'"],
  emptyIndexer: ["BCP117", "An empty indexer is not allowed. Specify a valid expression."],
  bodyStart: ["BCP118", 'Expected the "{" character, the "[" character, or the "if" keyword at this location.'],
  decoratorName: ["BCP123", "Expected a namespace or decorator name at this location."],
  loopVariable: ["BCP162", 'Expected a loop item variable identifier or "(" at this location.'],
  loopBody: ["BCP167", 'Expected the "{" character or the "if" keyword at this location.'],
  extensionSpec: ["BCP201", "Expected an extension specification string at this location."],
  extensionAlias: ["BCP202", "Expected an extension alias name at this location."],
  newLineOrComma: ["BCP236", "Expected a new line or comma character at this location."],
  comma: ["BCP237", "Expected a comma character at this location."],
  newLineAfterComma: ["BCP238", "Unexpected new line character after a comma."],
  parentheses: ["BCP243", "Parentheses must contain exactly one expression."],
  metadataName: ["BCP266", "Expected a metadata identifier at this location."],
  type: ["BCP279", 'Expected a type at this location. Please specify a valid type expression or one of the following types: "any", "array", "bool", "int", "object", "string".'],
  typeName: ["BCP325", "Expected a type identifier at this location."],
  testName: ["BCP346", "Expected a test identifier at this location."],
  testPath: ["BCP347", "Expected a test path string at this location."],
  importList: ["BCP354", 'Expected "{" or "*" at this location.'],
  importPath: ["BCP097", "Expected a path string at this location."],
  importedName: ["BCP355", "Expected the name of an exported symbol at this location."],
  namespaceName: ["BCP356", "Expected a valid namespace identifier at this location."],
  usingPath: ["BCP358", "This declaration is missing a template file path reference."],
  extendsPath: ["BCP404", 'The "extends" declaration is missing a bicepparam file path reference.'],
  assertName: ["BCP344", "Expected an assert identifier at this location."],
  tooDeep: ["BCP009", "The expression is nested too deeply to be parsed."]
};
var expectedChar = (c) => ["BCP018", `Expected the "${c}" character at this location.`];
var expectedKeyword = (k) => ["BCP012", `Expected the "${k}" keyword at this location.`];
var Expected = class {
  constructor(token, code, message) {
    this.token = token;
    this.code = code;
    this.message = message;
  }
  token;
  code;
  message;
};

// parsers/bicep/parser-base.ts
var ALLOW_COMPLEX = 1;
var ALLOW_RESOURCES = 2;
var MAX_DEPTH = 200;
var EXPRESSION_END = ["StringRightPiece", "RightBrace", "RightParen", "RightSquare", "NewLine"];
var CHAR_OF = { RightParen: ")", RightSquare: "]", RightBrace: "}", RightChevron: ">" };
var ParserBase = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  diagnostics = [];
  pos = 0;
  depth = 0;
  // ------------------------------------------------------------ token reader
  peek(ahead = 0) {
    const i = Math.min(this.pos + ahead, this.tokens.length - 1);
    return this.tokens[i];
  }
  peekSkipNewLines(from = 0) {
    let i = this.pos + from;
    while (i < this.tokens.length - 1 && this.tokens[i]?.kind === "NewLine") i++;
    return this.tokens[Math.min(i, this.tokens.length - 1)];
  }
  read() {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }
  /** End offset of the last consumed token. */
  get lastEnd() {
    return this.pos > 0 ? this.tokens[this.pos - 1].end : 0;
  }
  atEnd() {
    return this.peek().kind === "EndOfFile";
  }
  check(...kinds) {
    return !this.atEnd() && kinds.includes(this.peek().kind);
  }
  isKeyword(t, word) {
    return t.kind === "Identifier" && t.text === word;
  }
  checkKeyword(word) {
    return !this.atEnd() && this.isKeyword(this.peek(), word);
  }
  fail(token, err) {
    throw new Expected(token, err[0], err[1]);
  }
  expect(kind, err) {
    if (this.check(kind)) return this.read();
    this.fail(this.peek(), err);
  }
  expectKeyword(word) {
    if (this.checkKeyword(word)) return this.read();
    this.fail(this.peek(), expectedKeyword(word));
  }
  report(start, end, err) {
    this.diagnostics.push({ code: err[0], message: err[1], start, end });
  }
  /** Diagnostic span of a token: a newline is reported as an empty span at its start. */
  reportAt(token, code, message) {
    this.diagnostics.push({ code, message, start: token.start, end: token.kind === "NewLine" ? token.start : token.end });
  }
  skipEmpty(err) {
    const at = this.peek().start;
    if (err) this.report(at, at, err);
    return { kind: "Skipped", start: at, end: at };
  }
  newLines() {
    while (this.check("NewLine")) this.read();
  }
  // ------------------------------------------------------------ recovery
  /**
   * Runs `fn`; if it raises `Expected`, drops whatever diagnostics it produced (its partial tree is
   * dropped too), skips to one of `terminators` and returns a `Skipped` node with one diagnostic.
   */
  recover(fn, suppress, terminators, consumeTerminator = false) {
    const startPos = this.pos;
    const diagCount = this.diagnostics.length;
    const savedDepth = this.depth;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof Expected)) throw e;
      this.depth = savedDepth;
      this.diagnostics.length = diagCount;
      while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
      if (consumeTerminator && this.check(...terminators)) this.read();
      if (!suppress) this.reportAt(e.token, e.code, e.message);
      const first = this.tokens[startPos];
      return this.pos > startPos ? { kind: "Skipped", start: first.start, end: this.lastEnd } : { kind: "Skipped", start: first.start, end: first.start };
    }
  }
  /** Whether a node left by recovery should silence the error of the part after it. */
  suppressAfter(node) {
    return node !== void 0 && node.kind === "Skipped" && node.start === node.end;
  }
  throwIfSkipped(fn, err) {
    const start = this.peek();
    const node = fn();
    if (node.kind === "Skipped") this.fail(start, err);
    return node;
  }
  identifier(err) {
    const t = this.expect("Identifier", err);
    return { kind: "Identifier", name: t.text, start: t.start, end: t.end };
  }
  identifierOrSkip(err) {
    return this.check("Identifier") ? this.identifier(err) : this.skipEmpty(err);
  }
  identifierWithRecovery(err, suppress, ...terminators) {
    return this.recover(() => this.identifier(err), suppress, terminators);
  }
  enter() {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail(this.peek(), E.tooDeep);
    }
  }
  // ------------------------------------------------------------ lists
  /**
   * Items of an object, array, object/tuple type or import list: newlines allowed after the
   * opening bracket and before the closing one; between items one run of newlines or one comma.
   */
  elements(closing, item) {
    const out = [];
    if (this.check(closing)) return out;
    this.newLines();
    let expectItem = true;
    let guard = -1;
    while (!this.atEnd() && this.peek().kind !== closing) {
      if (!expectItem) {
        if (this.check("NewLine")) this.newLines();
        else if (this.check("Comma")) {
          this.read();
          if (this.check("NewLine")) {
            this.skipEmpty(E.newLineAfterComma);
            this.read();
          }
        } else this.skipEmpty(E.newLineOrComma);
        expectItem = true;
        continue;
      }
      if (this.pos === guard) this.read();
      guard = this.pos;
      out.push(item());
      expectItem = false;
    }
    return out;
  }
  /** Arguments of a call or of a parameterized type, after the opening token. */
  callElements(closing, item) {
    const out = [];
    if (this.check(closing)) return out;
    this.newLines();
    let expectItem = true;
    let guard = -1;
    while (!this.atEnd() && this.peek().kind !== closing) {
      if (!expectItem) {
        if (this.check("NewLine")) {
          let k = 1;
          while (this.peek(k).kind === "NewLine" && this.peek(k).leading.some((t) => t.kind === "SingleLineComment" || t.kind === "MultiLineComment")) k++;
          const after = this.peek(k);
          if (after.kind === "EndOfFile") {
            this.skipEmpty(expectedChar(CHAR_OF[closing] ?? ")"));
            this.newLines();
            break;
          } else if (after.kind !== closing) this.skipEmpty(E.comma);
          this.newLines();
        } else if (this.check("Comma")) {
          this.read();
          this.newLines();
          if (this.check(closing)) out.push(item());
        } else this.skipEmpty(E.newLineOrComma);
        expectItem = true;
        continue;
      }
      if (this.pos === guard) this.read();
      guard = this.pos;
      out.push(item());
      expectItem = false;
    }
    return out;
  }
  /** `( item, item … )`; returns the items (and whether `)` was found). */
  parenthesizedList(item, permitNewLines) {
    const open = this.expect("LeftParen", expectedChar("("));
    const items = [];
    const elements = { start: -1, end: -1 };
    let count = 0;
    const element = (start, end) => {
      if (count++ === 0) elements.start = start;
      elements.end = end;
    };
    const nl = () => {
      if (!permitNewLines) return;
      while (this.check("NewLine")) {
        const t = this.read();
        element(t.start, t.end);
      }
    };
    nl();
    let guard = -1;
    while (!this.check("RightParen")) {
      if (this.pos === guard) break;
      guard = this.pos;
      const parsed = this.recover(item, false, ["StringRightPiece", "RightBrace", "RightParen", "RightSquare", "NewLine", "Comma"]);
      items.push(parsed);
      element(parsed.start, parsed.end);
      nl();
      if (this.check("Comma")) {
        const comma = this.read();
        element(comma.start, comma.end);
        nl();
      } else {
        nl();
        break;
      }
    }
    const last = items[items.length - 1];
    const close = this.recover(() => this.expect("RightParen", expectedChar(")")), this.suppressAfter(last), ["StringRightPiece", "RightBrace", "RightSquare", "NewLine"]);
    const closed = "kind" in close && close.kind !== "Skipped";
    return { items, open, closed, elementCount: count, elements };
  }
};

// parsers/bicep/strings.ts
function stringTokenValue(token) {
  const style = token.string;
  if (!style) return void 0;
  const text = token.text;
  const opensString = token.kind === "StringComplete" || token.kind === "StringLeftPiece";
  const closesString = token.kind === "StringComplete" || token.kind === "StringRightPiece";
  if (style.kind === "quoted") {
    const head2 = opensString ? "'" : "}";
    const tail2 = closesString ? "'" : "${";
    if (text.length < head2.length + tail2.length || !text.startsWith(head2) || !text.endsWith(tail2)) return void 0;
    return unescape(text.slice(head2.length, text.length - tail2.length));
  }
  const head = opensString ? "$".repeat(style.dollars) + "'''" : "}";
  const tail = closesString ? "'''" : "$".repeat(style.dollars) + "{";
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return void 0;
  let body = text.slice(head.length, text.length - tail.length);
  if (opensString) body = body.replace(/^\r?\n/, "");
  return body;
}
function unescape(body) {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") return void 0;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "	";
        break;
      case "\\":
      case "'":
      case "$":
        out += e;
        break;
      case "u": {
        const m = /^\{([0-9A-Fa-f]{1,8})\}/.exec(body.slice(i + 1));
        if (!m?.[1]) return void 0;
        const cp = parseInt(m[1], 16);
        if (cp > 1114111) return void 0;
        out += String.fromCodePoint(cp);
        i += m[0].length;
        break;
      }
      default:
        return void 0;
    }
  }
  return out;
}

// parsers/bicep/expression-parser.ts
var DECLARATION_KEYWORDS = /* @__PURE__ */ new Set([
  "metadata",
  "param",
  "var",
  "resource",
  "output",
  "module",
  "import",
  "type",
  "func",
  "targetScope",
  "test",
  "assert",
  "extension",
  "using",
  "extends",
  "extensionConfig"
]);
var BINARY_PRECEDENCE = {
  Modulo: 100,
  Asterisk: 100,
  Slash: 100,
  Plus: 90,
  Minus: 90,
  RightChevron: 80,
  GreaterThanOrEqual: 80,
  LeftChevron: 80,
  LessThanOrEqual: 80,
  Equals: 70,
  NotEquals: 70,
  EqualsInsensitive: 70,
  NotEqualsInsensitive: 70,
  LogicalAnd: 50,
  LogicalOr: 40,
  DoubleQuestion: 30
};
var BINARY_OPERATOR = {
  Modulo: "%",
  Asterisk: "*",
  Slash: "/",
  Plus: "+",
  Minus: "-",
  RightChevron: ">",
  GreaterThanOrEqual: ">=",
  LeftChevron: "<",
  LessThanOrEqual: "<=",
  Equals: "==",
  NotEquals: "!=",
  EqualsInsensitive: "=~",
  NotEqualsInsensitive: "!~",
  LogicalAnd: "&&",
  LogicalOr: "||",
  DoubleQuestion: "??"
};
var ExpressionParser = class extends ParserBase {
  /** Parenthesized expressions whose `)` was missing (suppresses the follow-on error in `if`). */
  unclosed = /* @__PURE__ */ new WeakSet();
  decorators() {
    const out = [];
    while (this.check("At")) {
      out.push(this.decorator());
      this.recover(() => this.expect("NewLine", E.newLine), false, ["NewLine"], true);
      this.newLines();
    }
    return out;
  }
  decorator() {
    const at = this.expect("At", expectedChar("@"));
    const expression = this.recover(
      () => {
        const name = this.identifier(E.decoratorName);
        let current = this.check("LeftParen") ? this.call(name, ALLOW_COMPLEX) : { kind: "Variable", name, start: name.start, end: name.end };
        while (this.check("Dot")) {
          this.read();
          const member = this.identifierOrSkip(E.memberName);
          current = this.check("LeftParen") ? { kind: "InstanceCall", base: current, name: member, args: this.argumentList(ALLOW_COMPLEX), start: current.start, end: this.lastEnd } : { kind: "PropertyAccess", base: current, name: member, safe: false, start: current.start, end: this.lastEnd };
        }
        return current;
      },
      false,
      ["NewLine"]
    );
    return { kind: "Decorator", expression, start: at.start, end: this.lastEnd };
  }
  argumentList(flags) {
    this.expect("LeftParen", expectedChar("("));
    const args = this.callElements("RightParen", () => this.recover(() => this.expression(flags), false, ["NewLine", "Comma", "RightParen"]));
    if (this.check("RightParen")) this.read();
    return args;
  }
  call(name, flags) {
    const args = this.argumentList(flags);
    return { kind: "Call", name, args, start: name.start, end: this.lastEnd };
  }
  /** The single expression of `( … )`, or `Skipped` with BCP243 when there are none or several. */
  parenthesizedContent(list) {
    const { items, open, closed, elementCount, elements } = list;
    if (!closed && elementCount >= 2) {
      this.report(elements.start, elements.end, E.parentheses);
      return { kind: "Skipped", ...elements };
    }
    return this.parenthesizedInner(open, items);
  }
  // ------------------------------------------------------------ expressions
  expression(flags) {
    this.enter();
    try {
      const candidate = this.binary(flags, 0);
      if (this.peekSkipNewLines().kind === "Question") this.newLines();
      if (!this.check("Question")) return candidate;
      this.read();
      const whenTrue = this.recover(() => this.expression(flags), false, ["Colon", ...EXPRESSION_END]);
      if (whenTrue.kind !== "Skipped" && this.peekSkipNewLines().kind === "Colon") this.newLines();
      const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(whenTrue), EXPRESSION_END);
      const colonNode = "kind" in colon && colon.kind === "Skipped" ? colon : void 0;
      const whenFalse = this.recover(() => this.expression(flags), this.suppressAfter(colonNode), EXPRESSION_END);
      return { kind: "Ternary", condition: candidate, whenTrue, whenFalse, start: candidate.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }
  binary(flags, precedence) {
    let current = this.unary(flags);
    for (; ; ) {
      const op = this.peek();
      const p = BINARY_PRECEDENCE[op.kind] ?? -1;
      if (p <= precedence) break;
      this.read();
      this.enter();
      const right = this.recover(() => this.binary(flags, p), false, EXPRESSION_END);
      this.depth--;
      current = { kind: "Binary", operator: BINARY_OPERATOR[op.kind] ?? "+", left: current, right, start: current.start, end: this.lastEnd };
    }
    return current;
  }
  unary(flags) {
    const t = this.peek();
    if (t.kind === "Exclamation" || t.kind === "Minus") {
      this.read();
      const operand = this.recover(() => this.member(flags), false, EXPRESSION_END);
      return { kind: "Unary", operator: t.kind === "Minus" ? "-" : "!", operand, start: t.start, end: this.lastEnd };
    }
    return this.member(flags);
  }
  member(flags) {
    let current = this.primary(flags);
    for (; ; ) {
      const start = current.start;
      if (this.check("LeftSquare")) {
        this.read();
        const safe = this.check("Question");
        if (safe) this.read();
        const fromEnd = this.check("Hat");
        if (fromEnd) this.read();
        let index;
        if (this.check("RightSquare")) index = this.skipEmpty(E.emptyIndexer);
        else index = this.expression(flags);
        this.expect("RightSquare", expectedChar("]"));
        current = { kind: "ArrayAccess", base: current, index, safe, fromEnd, start, end: this.lastEnd };
        continue;
      }
      if (this.check("Dot")) {
        this.read();
        const safe = this.check("Question");
        if (safe) this.read();
        const name = this.identifierOrSkip(E.memberName);
        current = this.check("LeftParen") ? { kind: "InstanceCall", base: current, name, args: this.argumentList(flags), start, end: this.lastEnd } : { kind: "PropertyAccess", base: current, name, safe, start, end: this.lastEnd };
        continue;
      }
      if (this.check("DoubleColon")) {
        this.read();
        const name = this.identifierOrSkip(E.memberName);
        current = { kind: "ResourceAccess", base: current, name, start, end: this.lastEnd };
        continue;
      }
      if (this.check("Exclamation")) {
        this.read();
        current = { kind: "NonNull", base: current, start, end: this.lastEnd };
        continue;
      }
      return current;
    }
  }
  primary(flags) {
    const t = this.peek();
    switch (t.kind) {
      case "Integer":
      case "NullKeyword":
      case "TrueKeyword":
      case "FalseKeyword":
        return this.literal();
      case "StringComplete":
      case "StringLeftPiece":
        return this.interpolableString();
      case "LeftBrace":
        if (!(flags & ALLOW_COMPLEX)) this.fail(t, E.complexLiteral);
        return this.object(flags);
      case "LeftSquare":
        if (!(flags & ALLOW_COMPLEX)) this.fail(t, E.complexLiteral);
        return this.isKeyword(this.peekSkipNewLines(1), "for") ? this.forExpression(flags, false) : this.array();
      case "LeftParen":
        return this.parenthesizedOrLambda(flags);
      case "Identifier":
        return this.callOrVariable(flags);
      default:
        this.fail(t, E.expression);
    }
  }
  literal() {
    const t = this.peek();
    switch (t.kind) {
      case "TrueKeyword":
      case "FalseKeyword":
        this.read();
        return { kind: "BooleanLiteral", value: t.kind === "TrueKeyword", start: t.start, end: t.end };
      case "NullKeyword":
        this.read();
        return { kind: "NullLiteral", start: t.start, end: t.end };
      case "Integer": {
        const value = BigInt(t.text);
        if (value > 0xffffffffffffffffn) this.fail(t, E.integer);
        this.read();
        return { kind: "IntegerLiteral", text: t.text, value, start: t.start, end: t.end };
      }
      default:
        this.fail(t, E.type);
    }
  }
  callOrVariable(flags) {
    const name = this.identifier(E.expression);
    if (this.check("LeftParen")) return this.call(name, flags);
    if (this.check("Arrow")) {
      this.read();
      if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
      const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightParen"]);
      return { kind: "Lambda", parameters: [name], body, start: name.start, end: this.lastEnd };
    }
    return { kind: "Variable", name, start: name.start, end: name.end };
  }
  parenthesizedOrLambda(flags) {
    const list = this.parenthesizedList(() => this.expression(flags), true);
    const { items, open, closed } = list;
    if (this.check("Arrow")) {
      this.read();
      if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
      const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightParen"]);
      const parameters = items.map((i) => i.kind === "Variable" ? i.name : { kind: "Skipped", start: i.start, end: i.end });
      return { kind: "Lambda", parameters, body, start: open.start, end: this.lastEnd };
    }
    const node = { kind: "Parenthesized", expression: this.parenthesizedContent(list), start: open.start, end: this.lastEnd };
    if (!closed) this.unclosed.add(node);
    return node;
  }
  parenthesizedInner(open, items) {
    const first = items[0];
    if (first === void 0) {
      this.report(open.end, open.end, E.parentheses);
      return { kind: "Skipped", start: open.end, end: open.end };
    }
    if (items.length === 1) return first;
    const last = items[items.length - 1];
    this.report(first.start, last.end, E.parentheses);
    return { kind: "Skipped", start: first.start, end: last.end };
  }
  parenthesized(flags) {
    const list = this.parenthesizedList(() => this.expression(flags), true);
    const { open, closed } = list;
    const node = { kind: "Parenthesized", expression: this.parenthesizedContent(list), start: open.start, end: this.lastEnd };
    if (!closed) this.unclosed.add(node);
    return node;
  }
  ifCondition(flags, insideFor) {
    const keyword = this.expectKeyword("if");
    const condition = this.recover(() => this.parenthesized(flags & ~ALLOW_RESOURCES), false, insideFor ? ["RightSquare", "LeftBrace", "NewLine"] : ["LeftBrace", "NewLine"]);
    const suppress = this.suppressAfter(condition) || condition.kind !== "Parenthesized" || this.unclosed.has(condition);
    const body = this.recover(() => this.object(flags), suppress, insideFor ? ["RightSquare", "NewLine"] : ["NewLine"]);
    return { kind: "If", condition, body, start: keyword.start, end: this.lastEnd };
  }
  forExpression(flags, resourceContext) {
    const open = this.expect("LeftSquare", expectedChar("["));
    this.newLines();
    this.expectKeyword("for");
    const diagsBefore = this.diagnostics.length;
    let item;
    let index;
    if (this.check("Identifier")) item = this.identifier(E.varName);
    else if (this.check("LeftParen")) [item, index] = this.forVariableBlock();
    else item = this.skipEmpty(E.loopVariable);
    const variableFailed = this.diagnostics.length > diagsBefore;
    const inKeyword = this.recover(() => this.expectKeyword("in"), variableFailed, ["RightSquare", "NewLine"]);
    const inNode = inKeyword.kind === "Skipped" ? inKeyword : void 0;
    const iterable = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(inNode), ["Colon", "RightSquare", "NewLine"]);
    const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(iterable), ["RightSquare", "NewLine"]);
    const colonNode = colon.kind === "Skipped" ? colon : void 0;
    const body = this.recover(() => this.forBody(flags, resourceContext), this.suppressAfter(colonNode), ["RightSquare", "NewLine"]);
    if (body.kind !== "Skipped") this.newLines();
    this.recover(() => this.expect("RightSquare", expectedChar("]")), this.suppressAfter(body), ["RightSquare", "NewLine"]);
    const node = { kind: "For", item, iterable, body, start: open.start, end: this.lastEnd };
    if (index) node.index = index;
    return node;
  }
  forVariableBlock() {
    const diagsBefore = this.diagnostics.length;
    const { items, open } = this.parenthesizedList(() => this.expression(0), false);
    const vars = items.map((i) => i.kind === "Variable" ? i.name : { kind: "Skipped", start: i.start, end: i.end });
    if (vars.length !== 2 && this.diagnostics.length === diagsBefore) {
      this.report(open.start, this.lastEnd, ["BCP249", `Expected loop variable block to consist of exactly 2 elements (item variable and index variable), but found ${vars.length}.`]);
      const skipped = { kind: "Skipped", start: open.start, end: this.lastEnd };
      return [skipped, void 0];
    }
    return [vars[0] ?? { kind: "Skipped", start: open.start, end: open.start }, vars[1]];
  }
  forBody(flags, resourceContext) {
    if (!resourceContext) return this.expression(flags | ALLOW_COMPLEX);
    const t = this.peek();
    if (t.kind === "LeftBrace") return this.object(flags);
    if (this.isKeyword(t, "if")) return this.ifCondition(flags, true);
    this.fail(t, E.loopBody);
  }
  object(flags) {
    this.enter();
    try {
      const open = this.expect("LeftBrace", expectedChar("{"));
      const members = this.elements("RightBrace", () => this.objectMember(flags));
      this.expect("RightBrace", expectedChar("}"));
      return { kind: "Object", members, start: open.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }
  objectMember(flags) {
    return this.recover(
      () => {
        const t = this.peek();
        if (flags & ALLOW_RESOURCES && (t.kind === "At" || this.isKeyword(t, "resource") && this.peek(1).kind === "Identifier")) {
          return this.nestedResource();
        }
        if (t.kind === "Ellipsis") return this.spread(["Comma", "NewLine", "RightBrace"]);
        const key = this.recover(
          () => this.throwIfSkipped(() => {
            if (t.kind === "Identifier") return this.identifier(E.propertyName);
            if (t.kind === "StringComplete" || t.kind === "StringLeftPiece") return this.interpolableString();
            this.fail(t, E.propertyName);
          }, E.propertyName),
          false,
          ["Colon", "NewLine", "RightBrace"]
        );
        const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(key), ["NewLine", "RightBrace"]);
        const colonNode = colon.kind === "Skipped" ? colon : void 0;
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(colonNode), ["NewLine", "RightBrace"]);
        return { kind: "ObjectProperty", key, value, start: t.start, end: this.lastEnd };
      },
      false,
      ["NewLine", "RightBrace"]
    );
  }
  spread(terminators) {
    const ellipsis = this.expect("Ellipsis", expectedChar("..."));
    const expression = this.recover(() => this.expression(ALLOW_COMPLEX), false, terminators);
    return { kind: "Spread", expression, start: ellipsis.start, end: this.lastEnd };
  }
  array() {
    this.enter();
    try {
      const open = this.expect("LeftSquare", expectedChar("["));
      const items = this.elements(
        "RightSquare",
        () => this.recover(() => this.check("Ellipsis") ? this.spread(["Comma", "NewLine", "RightSquare"]) : this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightSquare"])
      );
      this.expect("RightSquare", expectedChar("]"));
      return { kind: "Array", items, start: open.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }
  /** A string, possibly interpolated; a malformed one becomes `Skipped` (the lexer reported it). */
  interpolableString() {
    const first = this.peek();
    const segments = [];
    const expressions = [];
    let ok = true;
    const skippedToHere = () => ({ kind: "Skipped", start: first.start, end: Math.max(first.start, this.lastEnd) });
    const take = (t) => {
      const v = stringTokenValue(t);
      if (v === void 0) ok = false;
      segments.push(v ?? "");
    };
    if (first.kind === "StringComplete") {
      this.read();
      take(first);
      return ok ? { kind: "String", segments, expressions, multiline: first.string?.kind === "multiline", start: first.start, end: first.end } : skippedToHere();
    }
    if (first.kind !== "StringLeftPiece") {
      this.synchronizeWithError(this.pos, E.interpolation, ["StringMiddlePiece", "StringRightPiece", "NewLine"]);
      return skippedToHere();
    }
    this.read();
    take(first);
    for (; ; ) {
      let hole = this.recover(() => this.expression(0), false, ["StringMiddlePiece", "StringRightPiece", "NewLine"]);
      if (!this.check("StringMiddlePiece", "StringRightPiece", "NewLine")) {
        const skipStart = hole.start;
        this.synchronizeWithError(this.pos, E.interpolation, ["StringMiddlePiece", "StringRightPiece", "NewLine"]);
        hole = { kind: "Skipped", start: skipStart, end: this.lastEnd };
      }
      expressions.push(hole);
      const t = this.peek();
      if (t.kind === "StringRightPiece") {
        this.read();
        take(t);
        break;
      }
      if (t.kind === "StringMiddlePiece") {
        this.read();
        take(t);
        continue;
      }
      return skippedToHere();
    }
    return ok ? { kind: "String", segments, expressions, multiline: first.string?.kind === "multiline", start: first.start, end: this.lastEnd } : skippedToHere();
  }
  /** Skips to a terminator, reporting the skipped span (or an empty span) with `err`. */
  synchronizeWithError(startPos, err, terminators) {
    const startToken = this.tokens[startPos];
    while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
    if (this.pos > startPos) this.report(startToken.start, this.lastEnd, err);
    else this.report(startToken.start, startToken.start, err);
  }
  // ------------------------------------------------------------ types
  type(allowOptionalResourceType) {
    if (this.checkKeyword("resource") && this.peek(1).kind !== "LeftChevron") {
      const keyword = this.read();
      const type = this.recover(
        () => {
          if (allowOptionalResourceType && !this.check("StringComplete", "StringLeftPiece")) return void 0;
          return this.throwIfSkipped(() => this.interpolableString(), E.resourceType);
        },
        false,
        ["Assignment", "NewLine"]
      );
      const node = { kind: "ResourceType", start: keyword.start, end: this.lastEnd };
      if (type) node.type = type;
      return node;
    }
    return this.typeExpression();
  }
  hasUnionSeparator() {
    return this.check("Pipe") || this.check("NewLine") && this.peek(1).kind === "Pipe";
  }
  typeExpression() {
    this.enter();
    try {
      const start = this.peekSkipNewLines().start;
      let leadingPipe = false;
      if (this.hasUnionSeparator()) {
        this.newLines();
        this.read();
        leadingPipe = true;
      }
      const candidate = this.unaryType();
      if (!leadingPipe && !this.hasUnionSeparator()) return candidate;
      const members = [candidate];
      while (this.hasUnionSeparator()) {
        this.newLines();
        this.read();
        if (this.check("NewLine")) members.push(this.skipEmpty(["BCP289", "Expected a type literal at this location."]));
        else members.push(this.recover(() => this.unaryType(), false, []));
      }
      return { kind: "UnionType", members, start: leadingPipe ? start : candidate.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }
  unaryType() {
    let candidate = this.unaryTypeBase();
    for (; ; ) {
      if (this.check("Question")) {
        this.read();
        candidate = { kind: "NullableType", base: candidate, start: candidate.start, end: this.lastEnd };
      } else if (this.check("Exclamation")) {
        this.read();
        candidate = { kind: "NonNullableType", base: candidate, start: candidate.start, end: this.lastEnd };
      } else return candidate;
    }
  }
  unaryTypeBase() {
    const t = this.peek();
    if (t.kind === "Exclamation" || t.kind === "Minus") {
      this.read();
      const operand = this.recover(() => this.memberType(), false, EXPRESSION_END);
      return { kind: "UnaryType", operator: t.kind === "Minus" ? "-" : "!", operand, start: t.start, end: this.lastEnd };
    }
    return this.memberType();
  }
  memberType() {
    let current = this.primaryType();
    for (; ; ) {
      const start = current.start;
      if (this.check("LeftSquare")) {
        this.read();
        if (this.check("RightSquare")) {
          this.read();
          current = { kind: "ArrayType", item: current, start, end: this.lastEnd };
        } else if (this.check("Asterisk")) {
          this.read();
          this.expect("RightSquare", expectedChar("]"));
          current = { kind: "TypeIndexAccess", base: current, start, end: this.lastEnd };
        } else {
          const index = this.expression(0);
          this.expect("RightSquare", expectedChar("]"));
          current = { kind: "TypeIndexAccess", base: current, index, start, end: this.lastEnd };
        }
        continue;
      }
      if (this.check("Dot")) {
        this.read();
        if (this.check("Asterisk")) {
          this.read();
          current = { kind: "TypePropertyAccess", base: current, start, end: this.lastEnd };
          continue;
        }
        const name = this.identifierOrSkip(E.memberName);
        current = this.check("LeftChevron") ? { kind: "ParameterizedType", base: current, name, args: this.typeArguments(), start, end: this.lastEnd } : { kind: "TypePropertyAccess", base: current, name, start, end: this.lastEnd };
        continue;
      }
      return current;
    }
  }
  typeArguments() {
    this.expect("LeftChevron", expectedChar("<"));
    const args = this.callElements("RightChevron", () => this.recover(() => this.typeExpression(), false, ["NewLine", "Comma", "RightChevron"]));
    if (this.check("RightChevron")) this.read();
    return args;
  }
  primaryType() {
    const t = this.peek();
    switch (t.kind) {
      case "Integer":
      case "NullKeyword":
      case "TrueKeyword":
      case "FalseKeyword":
        return this.literal();
      case "StringComplete":
      case "StringLeftPiece":
        return this.interpolableString();
      case "LeftBrace":
        return this.objectType();
      case "LeftSquare":
        return this.tupleType();
      case "LeftParen": {
        const { items, open } = this.parenthesizedList(() => this.typeExpression(), false);
        const inner = this.parenthesizedInner(open, items);
        return { kind: "ParenthesizedType", type: inner, start: open.start, end: this.lastEnd };
      }
      case "Identifier": {
        const name = this.identifier(E.typeName);
        if (this.check("LeftChevron")) return { kind: "ParameterizedType", name, args: this.typeArguments(), start: name.start, end: this.lastEnd };
        return { kind: "TypeReference", name, start: name.start, end: name.end };
      }
      default:
        this.fail(t, E.type);
    }
  }
  objectType() {
    const open = this.expect("LeftBrace", expectedChar("{"));
    const properties = this.elements("RightBrace", () => this.objectTypeProperty());
    this.expect("RightBrace", expectedChar("}"));
    return { kind: "ObjectType", properties, start: open.start, end: this.lastEnd };
  }
  objectTypeProperty() {
    const start = this.peek().start;
    const decorators = this.decorators();
    const t = this.peek();
    const additional = t.kind === "Asterisk";
    if (additional) this.read();
    const key = additional ? void 0 : this.recover(
      () => this.throwIfSkipped(() => {
        if (t.kind === "Identifier") return this.identifier(E.propertyName);
        if (t.kind === "StringComplete" || t.kind === "StringLeftPiece") return this.interpolableString();
        this.fail(t, E.propertyName);
      }, E.propertyName),
      false,
      ["Colon", "NewLine", "RightBrace"]
    );
    const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(key), ["NewLine", "RightBrace"]);
    const colonNode = colon.kind === "Skipped" ? colon : void 0;
    const value = this.recover(() => this.typeExpression(), this.suppressAfter(colonNode), ["NewLine", "RightBrace"]);
    const node = { kind: "ObjectTypeProperty", decorators, value, start, end: this.lastEnd };
    if (key) node.key = key;
    return node;
  }
  tupleType() {
    const open = this.expect("LeftSquare", expectedChar("["));
    const items = this.elements(
      "RightSquare",
      () => this.recover(
        () => {
          const start = this.peek().start;
          const decorators = this.decorators();
          const value = this.typeExpression();
          return { kind: "TupleTypeItem", decorators, value, start, end: this.lastEnd };
        },
        false,
        ["NewLine", "RightSquare"]
      )
    );
    this.expect("RightSquare", expectedChar("]"));
    return { kind: "TupleType", items, start: open.start, end: this.lastEnd };
  }
};

// parsers/bicep/lexer.ts
var SIMPLE_ESCAPES = /* @__PURE__ */ new Set(["n", "r", "t", "\\", "'", "$"]);
var PRAGMAS = [
  ["disable-next-line", "DisableNextLine"],
  ["disable-diagnostics", "DisableDiagnostics"],
  ["restore-diagnostics", "RestoreDiagnostics"]
];
var UNTERMINATED_AT_NEWLINE = "The string at this location is not terminated due to an unexpected new line character.";
var ESCAPE_LIST = `"\\$", "\\'", "\\\\", "\\n", "\\r", "\\t", "\\u{...}"`;
var isDigit = (c) => c >= 48 && c <= 57;
var isIdStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isIdPart = (c) => isIdStart(c) || isDigit(c);
var isNewLine = (c) => c === 10 || c === 13;
var isBlank = (c) => c === 32 || c === 9;
var isHex = (c) => isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
function lex(text) {
  return new Lexer(text).run();
}
var Lexer = class {
  constructor(text) {
    this.text = text;
    if (text.charCodeAt(0) === 65279) this.pos = 1;
  }
  text;
  pos = 0;
  tokens = [];
  diagnostics = [];
  allTrivia = [];
  stack = [];
  run() {
    for (; ; ) {
      const leading = this.scanTrivia();
      const start = this.pos;
      const { kind, string } = this.scanToken();
      const token = { kind, start, end: this.pos, text: this.text.slice(start, this.pos), leading };
      if (string) token.string = string;
      this.tokens.push(token);
      if (kind === "EndOfFile") break;
    }
    return { tokens: this.tokens, diagnostics: this.diagnostics, trivia: this.allTrivia };
  }
  code(offset = 0) {
    const i = this.pos + offset;
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }
  atEnd() {
    return this.pos >= this.text.length;
  }
  error(code, message, start, end) {
    this.diagnostics.push({ code, message, start, end });
  }
  scanTrivia() {
    const out = [];
    const push = (kind, start) => {
      const t = { kind, start, end: this.pos, text: this.text.slice(start, this.pos) };
      out.push(t);
      if (kind !== "Whitespace") this.allTrivia.push(t);
    };
    for (; ; ) {
      const start = this.pos;
      const c = this.code();
      if (isBlank(c)) {
        while (isBlank(this.code())) this.pos++;
        push("Whitespace", start);
      } else if (c === 47 && this.code(1) === 47) {
        while (!this.atEnd() && !isNewLine(this.code())) this.pos++;
        push("SingleLineComment", start);
      } else if (c === 47 && this.code(1) === 42) {
        this.pos += 2;
        const close = this.text.indexOf("*/", this.pos);
        if (close < 0) {
          this.pos = this.text.length;
          this.error("BCP002", "The multi-line comment at this location is not terminated. Terminate it with the */ character sequence.", start, this.pos);
        } else this.pos = close + 2;
        push("MultiLineComment", start);
      } else if (c === 35 && this.atLineStart(start)) {
        const pragma = PRAGMAS.find(([word]) => this.text.startsWith(word, start + 1));
        if (!pragma) break;
        this.pos = start + 1 + pragma[0].length;
        const codesStart = this.pos;
        for (let k = this.code(); isIdPart(k) || k === 45 || isBlank(k); k = this.code()) this.pos++;
        if (this.text.slice(codesStart, this.pos).trim() === "") {
          this.error("BCP226", "Expected at least one diagnostic code at this location.", this.pos, this.pos);
        }
        push(pragma[1], start);
      } else break;
    }
    return out;
  }
  /** Whether only blanks stand between the start of the line and `offset`. */
  atLineStart(offset) {
    for (let i = offset - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (isNewLine(c)) return true;
      if (!isBlank(c) && !(i === 0 && c === 65279)) return false;
    }
    return true;
  }
  scanToken() {
    if (this.atEnd()) return { kind: "EndOfFile" };
    const start = this.pos;
    const c = this.code();
    const next = this.code(1);
    if (isNewLine(c)) {
      const top = this.stack.find((f) => f.kind === "quoted");
      if (top) {
        this.stack.length = 0;
        this.error("BCP004", UNTERMINATED_AT_NEWLINE, start, start);
        return { kind: "StringRightPiece", string: top };
      }
      while (isNewLine(this.code())) this.pos++;
      return { kind: "NewLine" };
    }
    if (isDigit(c)) {
      while (isDigit(this.code())) this.pos++;
      return { kind: "Integer" };
    }
    if (isIdStart(c)) {
      while (isIdPart(this.code())) this.pos++;
      const word = this.text.slice(start, this.pos);
      if (word === "true") return { kind: "TrueKeyword" };
      if (word === "false") return { kind: "FalseKeyword" };
      if (word === "null") return { kind: "NullKeyword" };
      return { kind: "Identifier" };
    }
    if (c === 39) {
      if (next === 39 && this.code(2) === 39) {
        this.pos += 3;
        const style2 = { kind: "multiline", dollars: 0 };
        return { kind: this.scanMultiline(start, 0, true), string: style2 };
      }
      this.pos++;
      const style = { kind: "quoted" };
      return { kind: this.scanQuoted(start, true, style), string: style };
    }
    if (c === 36) {
      let n = 0;
      while (this.code(n) === 36) n++;
      if (this.code(n) === 39 && this.code(n + 1) === 39 && this.code(n + 2) === 39) {
        this.pos += n + 3;
        const style = { kind: "multiline", dollars: n };
        return { kind: this.scanMultiline(start, n, true, style), string: style };
      }
    }
    this.pos++;
    switch (c) {
      case 123:
        if (this.stack.length > 0) this.stack.push({ kind: "brace" });
        return { kind: "LeftBrace" };
      case 125: {
        const top = this.stack[this.stack.length - 1];
        if (top === void 0) return { kind: "RightBrace" };
        if (top.kind === "brace") return { kind: "RightBrace" };
        const kind = top.kind === "quoted" ? this.scanQuoted(start, false, top) : this.scanMultiline(start, top.dollars, false, top);
        return { kind, string: top };
      }
      case 40:
        return { kind: "LeftParen" };
      case 41:
        return { kind: "RightParen" };
      case 91:
        return { kind: "LeftSquare" };
      case 93:
        return { kind: "RightSquare" };
      case 64:
        return { kind: "At" };
      case 44:
        return { kind: "Comma" };
      case 46:
        if (next === 46 && this.code(1) === 46) {
          this.pos += 2;
          return { kind: "Ellipsis" };
        }
        return { kind: "Dot" };
      case 63:
        return this.pair(63, "DoubleQuestion", "Question");
      case 58:
        return this.pair(58, "DoubleColon", "Colon");
      case 59:
        return { kind: "Semicolon" };
      case 43:
        return { kind: "Plus" };
      case 45:
        return { kind: "Minus" };
      case 37:
        return { kind: "Modulo" };
      case 42:
        return { kind: "Asterisk" };
      case 47:
        return { kind: "Slash" };
      case 94:
        return { kind: "Hat" };
      case 33:
        if (next === 61) return this.take("NotEquals");
        if (next === 126) return this.take("NotEqualsInsensitive");
        return { kind: "Exclamation" };
      case 60:
        return this.pair(61, "LessThanOrEqual", "LeftChevron");
      case 62:
        return this.pair(61, "GreaterThanOrEqual", "RightChevron");
      case 61:
        if (next === 61) return this.take("Equals");
        if (next === 126) return this.take("EqualsInsensitive");
        if (next === 62) return this.take("Arrow");
        return { kind: "Assignment" };
      case 38:
        if (next === 38) return this.take("LogicalAnd");
        break;
      case 124:
        return this.pair(124, "LogicalOr", "Pipe");
    }
    const ch = this.text.slice(start, this.pos);
    if (ch === '"') {
      this.error("BCP103", 'The following token is not recognized: """. Strings are defined using single quotes in bicep.', start, this.pos);
    } else {
      this.error("BCP001", `The following token is not recognized: ${describeToken(ch)}.`, start, this.pos);
    }
    return { kind: "Unrecognized" };
  }
  take(kind) {
    this.pos++;
    return { kind };
  }
  pair(second, two, one) {
    return this.code() === second ? this.take(two) : { kind: one };
  }
  /** Scans a `'…'` segment after its opening `'` or `}`; pushes or pops the interpolation frame. */
  scanQuoted(start, first, style) {
    const done = first ? "StringComplete" : "StringRightPiece";
    const finish = () => {
      if (!first) this.stack.pop();
      return done;
    };
    for (; ; ) {
      if (this.atEnd()) {
        this.error("BCP003", "The string at this location is not terminated. Terminate the string with a single quote character.", start, this.pos);
        return finish();
      }
      const c = this.code();
      if (isNewLine(c)) {
        this.error("BCP004", UNTERMINATED_AT_NEWLINE, start, this.pos);
        return finish();
      }
      const escStart = this.pos;
      this.pos++;
      if (c === 39) return finish();
      if (c === 36 && this.code() === 123) {
        this.pos++;
        if (first) {
          this.stack.push(style);
          return "StringLeftPiece";
        }
        return "StringMiddlePiece";
      }
      if (c !== 92) continue;
      if (this.atEnd()) {
        this.error("BCP005", "The string at this location is not terminated. Complete the escape sequence and terminate the string with a single unescaped quote character.", start, this.pos);
        return finish();
      }
      const e = this.text[this.pos] ?? "";
      if (isNewLine(this.code())) continue;
      this.pos++;
      if (e === "u") this.scanUnicodeEscape(escStart);
      else if (!SIMPLE_ESCAPES.has(e)) {
        this.error("BCP006", `The specified escape sequence is not recognized. Only the following escape sequences are allowed: ${ESCAPE_LIST}.`, escStart, this.pos);
      }
    }
  }
  scanUnicodeEscape(escStart) {
    const bad = () => this.error("BCP133", "The unicode escape sequence is not valid. Valid unicode escape sequences range from \\u{0} to \\u{10FFFF}.", escStart, this.pos);
    if (this.code() !== 123) return bad();
    this.pos++;
    const hexStart = this.pos;
    while (isHex(this.code())) this.pos++;
    const hex = this.text.slice(hexStart, this.pos);
    if (hex === "" || this.code() !== 125) return bad();
    this.pos++;
    if (parseInt(hex, 16) > 1114111 || hex.length > 8) bad();
  }
  /**
   * Scans the body of a multi-line string after `'''` (or a hole's `}`). With `dollars` > 0,
   * a run of at least that many `$` followed by `{` opens a hole.
   */
  scanMultiline(start, dollars, first, style) {
    for (; ; ) {
      if (this.atEnd()) {
        this.error("BCP140", `The multi-line string at this location is not terminated. Terminate it with "'''".`, start, this.pos);
        if (!first) this.stack.pop();
        return first ? "StringComplete" : "StringRightPiece";
      }
      const c = this.code();
      if (c === 39) {
        let n = 0;
        while (this.code(n) === 39) n++;
        this.pos += n;
        if (n >= 3) {
          if (!first) this.stack.pop();
          return first ? "StringComplete" : "StringRightPiece";
        }
        continue;
      }
      if (c === 36 && dollars > 0) {
        let n = 0;
        while (this.code(n) === 36) n++;
        this.pos += n;
        if (n >= dollars && this.code() === 123) {
          this.pos++;
          if (first) {
            if (style) this.stack.push(style);
            return "StringLeftPiece";
          }
          return "StringMiddlePiece";
        }
        continue;
      }
      this.pos++;
    }
  }
};

// parsers/bicep/parser.ts
function parseTree(text, dialect = "bicep") {
  let lexed;
  try {
    lexed = lex(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const eof = { kind: "EndOfFile", start: text.length, end: text.length, text: "", leading: [] };
    lexed = { tokens: [eof], diagnostics: [{ code: "internal", message: `The Bicep lexer failed on this file: ${message}`, start: 0, end: 0 }], trivia: [] };
  }
  const parser2 = new Parser(lexed.tokens, dialect);
  let program;
  try {
    program = parser2.program();
  } catch (e) {
    program = { kind: "Program", statements: [], start: 0, end: text.length };
    const message = e instanceof RangeError ? "too many nested or broken constructs to parse" : e instanceof Error ? e.message : String(e);
    parser2.diagnostics.push({ code: "internal", message: `The Bicep parser failed on this file: ${message}`, start: 0, end: 0 });
  }
  const diagnostics = [...lexed.diagnostics, ...parser2.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end);
  return { program, tokens: lexed.tokens, diagnostics, trivia: lexed.trivia };
}
var Parser = class extends ExpressionParser {
  constructor(tokens, dialect) {
    super(tokens);
    this.dialect = dialect;
  }
  dialect;
  // ------------------------------------------------------------ program
  program() {
    const statements = [];
    let guard = -1;
    while (!this.atEnd()) {
      if (this.pos === guard) this.read();
      guard = this.pos;
      const decl = this.declaration();
      if (decl === void 0) continue;
      statements.push(decl);
      if (decl.kind !== "Skipped" && decl.kind !== "MissingDeclaration") {
        this.recover(() => this.newLineOrEof(), false, ["NewLine"], true);
      }
    }
    return { kind: "Program", statements, start: 0, end: this.peek().end };
  }
  newLineOrEof() {
    if (this.peek().kind === "EndOfFile") return;
    this.expect("NewLine", E.newLine);
  }
  /** One statement, or undefined for a blank line. */
  declaration() {
    return this.recover(
      () => {
        const start = this.peek().start;
        const decorators = this.decorators();
        const t = this.peek();
        const d = { decorators, start };
        if (t.kind === "Identifier") {
          const parsed = this.dialect === "bicep" ? this.bicepStatement(t.text, d) : this.paramsStatement(t.text, d);
          if (parsed) return parsed;
        } else if (t.kind === "NewLine" && decorators.length === 0) {
          this.read();
          return void 0;
        }
        if (decorators.length > 0) return { kind: "MissingDeclaration", decorators, start, end: this.lastEnd };
        this.fail(t, this.dialect === "bicep" ? E.declaration : E.paramsDeclaration);
      },
      false,
      ["NewLine"]
    );
  }
  bicepStatement(word, d) {
    switch (word) {
      case "targetScope":
        return this.targetScope(d);
      case "metadata":
        return this.metadata(d);
      case "type":
        return this.typeDeclaration(d);
      case "param":
        return this.parameter(d);
      case "var":
        return this.variable(d);
      case "func":
        return this.functionDeclaration(d);
      case "resource":
        return this.resource(d);
      case "output":
        return this.output(d);
      case "module":
        return this.module(d);
      case "test":
        return this.test(d);
      case "import":
        return this.importDeclaration(d);
      case "extension":
      case "provider":
        return this.extension(d, word);
      case "assert":
        return this.assert(d);
      default:
        return void 0;
    }
  }
  paramsStatement(word, d) {
    switch (word) {
      case "using":
        return this.using(d);
      case "extends":
        return this.extendsDeclaration(d);
      case "param":
        return this.parameterAssignment(d);
      case "var":
        return this.variable(d);
      case "type":
        return this.typeDeclaration(d);
      case "func":
        return this.functionDeclaration(d);
      case "import":
        return this.importDeclaration(d);
      case "extensionConfig":
        return this.extensionConfig(d);
      default:
        return void 0;
    }
  }
  end(node) {
    node.end = this.lastEnd;
    return node;
  }
  targetScope(d) {
    this.expectKeyword("targetScope");
    const assignment = this.assignmentNode(false, "NewLine");
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "TargetScope", ...d, value, end: this.lastEnd };
  }
  assignment() {
    const t = this.expect("Assignment", expectedChar("="));
    return { start: t.start, end: t.end };
  }
  assignmentNode(suppress, ...terminators) {
    const r = this.recover(() => this.assignment(), suppress, terminators);
    return "kind" in r ? r : { kind: "Assignment", ...r };
  }
  metadata(d) {
    this.expectKeyword("metadata");
    const name = this.identifierWithRecovery(E.metadataName, false, "Assignment", "NewLine");
    const assignment = this.assignmentNode(this.suppressAfter(name), "NewLine");
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "Metadata", ...d, name, value, end: this.lastEnd };
  }
  typeDeclaration(d) {
    this.expectKeyword("type");
    const name = this.identifierWithRecovery(E.typeName, false, "Assignment", "NewLine");
    const assignment = this.assignmentNode(this.suppressAfter(name), "NewLine");
    const value = this.recover(() => this.type(false), this.suppressAfter(assignment), ["Assignment", "LeftBrace", "NewLine"]);
    return { kind: "Type", ...d, name, value, end: this.lastEnd };
  }
  parameter(d) {
    this.expectKeyword("param");
    const name = this.identifierWithRecovery(E.paramName, false, "Identifier", "NewLine");
    const type = this.recover(() => this.type(false), this.suppressAfter(name), ["Assignment", "LeftBrace", "NewLine"]);
    const modifier = this.recover(
      () => {
        const t = this.peek();
        if (t.kind === "NewLine" || t.kind === "EndOfFile") return void 0;
        if (t.kind !== "Assignment") this.fail(t, E.paramContinuation);
        this.read();
        return this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine"]);
      },
      this.suppressAfter(type),
      ["NewLine"]
    );
    const node = { kind: "Parameter", ...d, name, type, end: this.lastEnd };
    if (modifier) node.defaultValue = modifier;
    return node;
  }
  parameterAssignment(d) {
    this.expectKeyword("param");
    const name = this.identifierWithRecovery(E.paramName, false, "Assignment", "NewLine");
    const assignment = this.assignmentNode(this.suppressAfter(name), "NewLine");
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "ParameterAssignment", ...d, name, value, end: this.lastEnd };
  }
  variable(d) {
    this.expectKeyword("var");
    const name = this.identifierWithRecovery(E.varName, false, "Identifier", "NewLine");
    const type = this.recover(
      () => {
        const k = this.peek().kind;
        return k === "EndOfFile" || k === "NewLine" || k === "Assignment" ? void 0 : this.type(false);
      },
      this.suppressAfter(name),
      ["Assignment", "NewLine"]
    );
    const assignment = this.assignmentNode(this.suppressAfter(type ?? name), "NewLine");
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
    const node = { kind: "Variable", ...d, name, value, end: this.lastEnd };
    if (type) node.type = type;
    return node;
  }
  functionDeclaration(d) {
    this.expectKeyword("func");
    const name = this.identifierWithRecovery(E.varName, false, "Assignment", "NewLine");
    const lambda = this.recover(() => this.typedLambda(), this.suppressAfter(name), ["NewLine"]);
    if ("kind" in lambda) {
      const skippedType = { kind: "Skipped", start: lambda.start, end: lambda.start };
      return { kind: "Function", ...d, name, parameters: [], returnType: skippedType, body: lambda, end: this.lastEnd };
    }
    return { kind: "Function", ...d, name, ...lambda, end: this.lastEnd };
  }
  typedLambda() {
    const { items } = this.parenthesizedList(() => this.typedLocalVariable(), true);
    const returnType = this.recover(() => this.type(false), false, ["NewLine", "RightParen"]);
    const arrow = this.recover(() => this.expect("Arrow", expectedChar("=>")), false, ["NewLine", "RightParen"]);
    if (arrow.kind !== "Skipped" && !DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
    const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightParen"]);
    const parameters = items.filter((i) => i.kind === "FunctionParameter" || i.kind === "Skipped");
    return { parameters, returnType, body };
  }
  typedLocalVariable() {
    const start = this.peek().start;
    const name = this.identifierOrSkip(E.varName);
    const type = this.recover(() => this.type(false), false, ["NewLine", "Comma", "RightParen"]);
    return { kind: "FunctionParameter", name, type, start, end: this.lastEnd };
  }
  output(d) {
    this.expectKeyword("output");
    const name = this.identifierWithRecovery(E.outputName, false, "Identifier", "NewLine");
    const type = this.recover(() => this.type(true), this.suppressAfter(name), ["Assignment", "NewLine"]);
    const assignment = this.assignmentNode(this.suppressAfter(type), "NewLine");
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "Output", ...d, name, type, value, end: this.lastEnd };
  }
  resource(d) {
    this.expectKeyword("resource");
    const name = this.identifierWithRecovery(E.resourceName, false, "StringComplete", "StringLeftPiece", "NewLine");
    const type = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.resourceType), this.suppressAfter(name), ["Assignment", "NewLine"]);
    const existing = this.checkKeyword("existing");
    if (existing) this.read();
    const assignment = this.assignmentNode(this.suppressAfter(type), "LeftBrace", "NewLine");
    if (assignment.kind !== "Skipped" && this.isKeyword(this.peekSkipNewLines(), "if")) this.newLines();
    const flags = ALLOW_COMPLEX | ALLOW_RESOURCES;
    const value = this.recover(() => this.declarationBody(flags, E.bodyStart, true), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "Resource", ...d, name, type, existing, value, end: this.lastEnd };
  }
  /** `{…}`, `if (…) {…}` or `[for …]` after `resource x '…' =` or `module x '…' =`. */
  declarationBody(flags, err, allowLoop) {
    const t = this.peek();
    if (this.isKeyword(t, "if")) return this.ifCondition(flags, false);
    if (t.kind === "LeftBrace") return this.object(flags);
    if (t.kind === "LeftSquare" && allowLoop) return this.forExpression(flags, true);
    this.fail(t, err);
  }
  module(d) {
    this.expectKeyword("module");
    const name = this.identifierWithRecovery(E.moduleName, false, "StringComplete", "StringLeftPiece", "NewLine");
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.modulePath), this.suppressAfter(name), ["Assignment", "NewLine"]);
    const assignment = this.assignmentNode(this.suppressAfter(path), "LeftBrace", "NewLine");
    if (this.isKeyword(this.peekSkipNewLines(), "if")) this.newLines();
    const value = this.recover(() => this.declarationBody(ALLOW_COMPLEX, E.bodyStart, true), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "Module", ...d, name, path, value, end: this.lastEnd };
  }
  test(d) {
    this.expectKeyword("test");
    const name = this.identifierWithRecovery(E.testName, false, "StringComplete", "StringLeftPiece", "NewLine");
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.testPath), this.suppressAfter(name), ["Assignment", "NewLine"]);
    const assignment = this.assignmentNode(this.suppressAfter(path), "LeftBrace", "NewLine");
    const value = this.recover(
      () => {
        if (!this.check("LeftBrace")) this.fail(this.peek(), expectedChar("{"));
        return this.object(ALLOW_COMPLEX);
      },
      this.suppressAfter(assignment),
      ["NewLine"]
    );
    return { kind: "Test", ...d, name, path, value, end: this.lastEnd };
  }
  assert(d) {
    this.expectKeyword("assert");
    const name = this.identifierWithRecovery(E.assertName, false, "Assignment", "NewLine");
    const assignment = this.assignmentNode(this.suppressAfter(name), "NewLine");
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
    return { kind: "Assert", ...d, name, value, end: this.lastEnd };
  }
  importDeclaration(d) {
    const keyword = this.expectKeyword("import");
    const next = this.peek();
    if (next.kind === "StringComplete" || next.kind === "StringLeftPiece") return this.extensionRest(d, "import");
    const node = { kind: "Import", ...d, from: this.skipPlaceholder(), end: 0 };
    if (next.kind === "LeftBrace") node.symbols = this.importedSymbols();
    else if (next.kind === "Asterisk") {
      const alias = this.recover(
        () => {
          this.read();
          this.expectKeyword("as");
          return this.identifier(E.namespaceName);
        },
        false,
        ["NewLine"]
      );
      node.wildcardAlias = alias;
    } else if (next.kind === "EndOfFile" || next.kind === "NewLine" || next.kind === "Identifier") this.skipEmpty(E.importList);
    else {
      this.read();
      this.reportAt(next, E.importList[0], E.importList[1]);
    }
    node.from = this.recover(
      () => {
        this.expectKeyword("from");
        return this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.importPath), false, ["NewLine"]);
      },
      keyword.start === keyword.end,
      ["NewLine"]
    );
    return this.end(node);
  }
  skipPlaceholder() {
    const at = this.peek().start;
    return { kind: "Skipped", start: at, end: at };
  }
  importedSymbols() {
    this.expect("LeftBrace", expectedChar("{"));
    const items = this.elements("RightBrace", () => this.importedSymbol());
    this.expect("RightBrace", expectedChar("}"));
    return items;
  }
  importedSymbol() {
    const start = this.peek().start;
    const t = this.peek();
    let name;
    if (t.kind === "Identifier") name = this.identifier(E.importedName);
    else if (t.kind === "StringComplete" || t.kind === "StringLeftPiece") name = this.interpolableString();
    else {
      this.read();
      this.reportAt(t, E.importedName[0], E.importedName[1]);
      name = { kind: "Skipped", start: t.start, end: t.end };
    }
    const node = { kind: "ImportedSymbol", name, start, end: 0 };
    if (this.checkKeyword("as")) {
      this.read();
      node.alias = this.identifierWithRecovery(E.typeName, false, "Comma", "NewLine");
    }
    return this.end(node);
  }
  extension(d, keyword) {
    this.expectKeyword(keyword);
    return this.extensionRest(d, keyword);
  }
  /** The part after `extension`: specification, optional `with {…}`, optional `as alias`. */
  extensionRest(d, keyword) {
    const specification = this.recover(
      () => {
        const t2 = this.peek();
        if (t2.kind === "Identifier") return this.identifier(E.extensionSpec);
        return this.throwIfSkipped(() => this.interpolableString(), E.extensionSpec);
      },
      false,
      ["Assignment", "NewLine"]
    );
    const node = { kind: "Extension", ...d, keyword, specification, end: 0 };
    const t = this.peek();
    if (!(t.kind === "EndOfFile" || t.kind === "NewLine" || this.isKeyword(t, "as"))) {
      node.config = this.recover(
        () => {
          this.expectKeyword("with");
          return this.object(ALLOW_COMPLEX);
        },
        this.suppressAfter(specification),
        ["NewLine"]
      );
    }
    const u = this.peek();
    if (!(u.kind === "EndOfFile" || u.kind === "NewLine")) {
      node.alias = this.recover(
        () => {
          this.expectKeyword("as");
          return this.identifier(E.extensionAlias);
        },
        this.suppressAfter(node.config),
        ["NewLine"]
      );
    }
    return this.end(node);
  }
  extensionConfig(d) {
    this.expectKeyword("extensionConfig");
    const name = this.identifierWithRecovery(E.extensionAlias, false, "Identifier", "NewLine");
    const config = this.recover(
      () => {
        this.expectKeyword("with");
        if (!this.check("LeftBrace")) this.fail(this.peek(), expectedChar("{"));
        return this.object(ALLOW_COMPLEX);
      },
      this.suppressAfter(name),
      ["NewLine"]
    );
    return { kind: "ExtensionConfig", ...d, name, config, end: this.lastEnd };
  }
  using(d) {
    this.expectKeyword("using");
    const node = { kind: "Using", ...d, end: 0 };
    if (this.checkKeyword("none")) this.read();
    else node.path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.usingPath), false, ["Identifier", "NewLine"]);
    if (this.checkKeyword("with")) {
      this.read();
      node.config = this.recover(() => this.object(ALLOW_COMPLEX), false, ["NewLine"]);
    }
    return this.end(node);
  }
  extendsDeclaration(d) {
    this.expectKeyword("extends");
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.extendsPath), false, ["NewLine"]);
    return { kind: "Extends", ...d, path, end: this.lastEnd };
  }
  /** A child resource declared inside its parent's body. */
  nestedResource() {
    const start = this.peek().start;
    const decorators = this.decorators();
    if (this.checkKeyword("resource")) return this.resource({ decorators, start });
    if (decorators.length > 0) return { kind: "MissingDeclaration", decorators, start, end: this.lastEnd };
    this.fail(this.peek(), E.declaration);
  }
};

// parsers/bicep/syntax.ts
function dialectOf(file) {
  return file.toLowerCase().endsWith(".bicepparam") ? "bicepparam" : "bicep";
}
function parseBicep(text, file, dialect = dialectOf(file)) {
  const lineMap = new LineMap(text);
  const { program, diagnostics, trivia } = parseTree(text, dialect);
  const comments = [];
  const pragmas = [];
  for (const t of trivia) {
    if (t.kind === "SingleLineComment") comments.push({ kind: "line", body: t.text.slice(2), range: lineMap.range(file, t.start, t.end) });
    else if (t.kind === "MultiLineComment") {
      const body = t.text.endsWith("*/") && t.text.length >= 4 ? t.text.slice(2, -2) : t.text.slice(2);
      comments.push({ kind: "block", body, range: lineMap.range(file, t.start, t.end) });
    } else pragmas.push(t);
  }
  return {
    tree: program,
    diagnostics: diagnostics.map((d) => ({ code: d.code, message: d.message, range: lineMap.range(file, d.start, d.end) })),
    lineMap,
    comments,
    pragmas
  };
}
function toParseDiagnostics(result) {
  return result.diagnostics.map((d) => ({ ruleId: "parse-error", message: `${d.message} (${d.code})`, range: d.range }));
}
function readBicepDirectives(result) {
  const text = result.lineMap.text;
  const lines = text.split(/\r\n|\n|\r/);
  const isCommentOnly = (line) => {
    const t = line.trim();
    return t.startsWith("//") || t.startsWith("/*") && t.endsWith("*/");
  };
  const out = [];
  for (const c of result.comments) {
    const read = readDirectiveComment(c.body);
    if (!read) continue;
    const directive = {
      file: c.range.file,
      range: c.range,
      rules: read.rules,
      targetLine: nextCodeLine(lines, c.range.end.line, isCommentOnly)
    };
    if (read.reason !== void 0) directive.reason = read.reason;
    out.push(directive);
  }
  return out;
}

// parsers/bicep/index.ts
var parser = {
  kinds: ["bicep", "bicepparam"],
  // async so that even an unexpected failure reaches the engine as a rejected promise
  parse: async (input) => parseBicepRun(input)
};
var isBicepParam = (path) => path.toLowerCase().endsWith(".bicepparam");
function parseBicepRun(input) {
  const out = emptyParseOutput();
  const textOf2 = (r) => out.texts.get(r.file)?.slice(r.startOffset, r.endOffset);
  const diagnostic = (message, range) => out.diagnostics.push({ ruleId: "parse-error", message, range });
  const fileStart = (path) => new LineMap("").range(path, 0, 0);
  const files = /* @__PURE__ */ new Map();
  const failures = /* @__PURE__ */ new Map();
  const load = (path) => {
    if (files.has(path)) return files.get(path);
    const read = input.readFile(path);
    let file;
    if (read.ok) {
      let parsed;
      try {
        parsed = parseBicep(read.text, path);
      } catch (e) {
        const why = `the Bicep parser failed on it (${evaluationFailure(e)})`;
        failures.set(path, why);
        out.texts.set(path, read.text);
        diagnostic(`not analysed: ${why}`, new LineMap(read.text).range(path, 0, Math.min(1, read.text.length)));
        files.set(path, void 0);
        return void 0;
      }
      file = { path, text: read.text, parsed };
      out.texts.set(path, read.text);
      out.diagnostics.push(...toParseDiagnostics(file.parsed));
      out.directives.push(...readBicepDirectives(file.parsed));
    }
    files.set(path, file);
    return file;
  };
  const jsonFiles = /* @__PURE__ */ new Map();
  const loadJson = (path) => {
    if (jsonFiles.has(path)) return jsonFiles.get(path);
    const read = input.readFile(path);
    let file;
    if (read.ok) {
      file = readJson(path, read.text);
      out.texts.set(path, read.text);
      for (const e of file.errors) diagnostic(e.message, file.map.range(path, e.offset, e.offset + e.length));
      if (file.root && file.root.type !== "object") diagnostic("an ARM template must be a JSON object", file.map.range(path, file.root.offset, file.root.offset + file.root.length));
      out.directives.push(...directivesOf(file));
    }
    jsonFiles.set(path, file);
    return file;
  };
  const noted = /* @__PURE__ */ new Set();
  const cacheConfigs = /* @__PURE__ */ new Map();
  const readQuietly = (path) => {
    if (input.confine && !input.confine(path, void 0)) return void 0;
    const r = input.readFile(path);
    return r.ok ? r.text : void 0;
  };
  const importScopes = /* @__PURE__ */ new Map();
  const host = {
    load,
    loadJson,
    mayRead: (path) => input.confine?.(path, void 0) ?? true,
    moduleCache: (bicepFile) => {
      const dir = dirname5(bicepFile);
      let config = cacheConfigs.get(dir);
      if (!config) cacheConfigs.set(dir, config = moduleCacheConfig(bicepFile, readQuietly));
      return config;
    },
    notAnalysed: (message, range) => {
      const key = `${range.file}\0${range.startOffset}\0${message}`;
      if (noted.has(key)) return;
      noted.add(key);
      out.diagnostics.push({ ruleId: "not-analysed", message, range });
    },
    parseError: diagnostic,
    failure: (path) => failures.get(path),
    ...input.confine ? { confine: (path, at) => input.confine?.(path, at) ?? true } : {},
    readText: (path) => {
      const r = input.readFile(path);
      return r.ok ? r.text : void 0;
    },
    importScope: (path) => {
      if (!importScopes.has(path)) {
        const file = load(path);
        importScopes.set(path, file ? BicepScope.create(file, () => void 0, host) : void 0);
      }
      return importScopes.get(path);
    }
  };
  const explicit = [];
  const paramPaths = [];
  for (const path of input.parameterFiles) {
    if (isBicepParam(path)) {
      paramPaths.push(path);
      continue;
    }
    const read = input.readFile(path);
    if (!read.ok) {
      diagnostic(`cannot read parameter file: ${read.message}`, fileStart(path));
      continue;
    }
    out.texts.set(path, read.text);
    const json = readJsonParameters(path, read.text);
    for (const e of json.errors) diagnostic(`parameter file: ${e}`, fileStart(path));
    explicit.push(json.values);
  }
  for (const f of input.files) if (f.kind === "bicepparam" && !paramPaths.includes(f.path)) paramPaths.push(f.path);
  const templates = input.files.filter((f) => f.kind === "bicep").map((f) => f.path);
  const calls = /* @__PURE__ */ new Map();
  for (const t of templates) {
    const file = load(t);
    if (file) calls.set(t.toLowerCase(), localModuleTargets(file).map((p) => p.toLowerCase()));
    else if (!failures.has(t)) {
      const read = input.readFile(t);
      diagnostic(`cannot read file: ${read.ok ? "unknown error" : read.message}`, fileStart(t));
    }
  }
  const roots = rootTemplates(templates.map((t) => t.toLowerCase()), calls);
  const seen = /* @__PURE__ */ new Set();
  const lint = (templatePath, layers) => {
    const file = load(templatePath);
    if (!file) return;
    try {
      const scope = BicepScope.create(file, supplyFrom(layers), host);
      const collected = collectFile(file, scope, host, { via: [], instance: "" }, []);
      const resources = collected.bicep;
      const fromJson2 = armEntities(collected.arm, textOf2, "json");
      out.directives.push(...fromJson2.directives);
      const sites = mapSites(resources, textOf2);
      const tied = applyConfigPatches([...sites.targets, ...fromJson2.sites.targets], [...sites.patches, ...fromJson2.sites.patches]);
      const entities = [
        ...sites.sites,
        ...resources.filter((r) => r.typeKey === CERTIFICATE && !r.existing).map((r) => mapCertificate(r, textOf2)),
        ...fromJson2.entities,
        ...tied.entities
      ];
      for (const note of tied.notes) {
        const key = JSON.stringify(note);
        if (seen.has(key)) continue;
        seen.add(key);
        out.diagnostics.push(note);
      }
      for (const e of entities) {
        const key = JSON.stringify(e);
        if (seen.has(key)) continue;
        seen.add(key);
        out.entities.push(e);
      }
    } catch (e) {
      const why = e instanceof RangeError ? "the template is nested too deeply" : evaluationFailure(e);
      diagnostic(`could not evaluate the template: ${why}`, file.parsed.lineMap.range(file.path, 0, Math.min(1, file.text.length)));
    }
  };
  const withParamFile = /* @__PURE__ */ new Set();
  for (const path of paramPaths) {
    const file = load(path);
    if (!file) {
      const read = input.readFile(path);
      if (!failures.has(path)) diagnostic(`cannot read parameter file: ${read.ok ? "unknown error" : read.message}`, fileStart(path));
      continue;
    }
    const params = readBicepParam(file, load, host);
    if (!params.template) continue;
    if (!load(params.template)) {
      const failed = failures.get(params.template);
      diagnostic(`the template of this parameter file cannot be ${failed ? `analysed: ${failed}` : "read"}: ${params.template}`, file.parsed.lineMap.range(path, 0, Math.min(1, file.text.length)));
      continue;
    }
    withParamFile.add(params.template.toLowerCase());
    lint(params.template, [params.values, ...explicit]);
  }
  for (const t of templates) {
    const key = t.toLowerCase();
    if (withParamFile.has(key) || !roots.has(key)) continue;
    lint(t, explicit);
  }
  out.calledTemplates = calledJsonTemplates(templates, (path) => files.get(path));
  return out;
}
export {
  parseBicepRun,
  parser
};

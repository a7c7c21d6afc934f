import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  certificateSettings,
  descendPath,
  evaluate,
  joinNames,
  nameFromParts,
  nameKey,
  parameterValues,
  printExpr,
  readableName,
  siteKind,
  siteSettings,
  siteTags,
  through,
  toBool,
  unknown
} from "./chunk-OJUG5CSB.mjs";
import {
  BUDGET,
  InstanceBudget,
  nextCodeLine,
  readDirectiveComment
} from "./chunk-UOEINDHL.mjs";
import {
  member,
  memberNode,
  members,
  nodeText,
  rangeOf,
  readJson,
  stringValue
} from "./chunk-FFGGKAJR.mjs";
import "./chunk-V4B2IMZV.mjs";
import {
  ARM_CERTIFICATE_NAMES,
  ARM_SITE_FACTS
} from "./chunk-65MSNVQM.mjs";
import "./chunk-ST53A663.mjs";
import "./chunk-7XBN56PL.mjs";
import {
  LineMap,
  emptyParseOutput
} from "./chunk-E2BWXCD5.mjs";
import "./chunk-24WBT26Q.mjs";

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

// parsers/arm/parameter-files.ts
function siblingParameterFile(templatePath) {
  const m = /^(.*)\.json[c]?$/i.exec(templatePath);
  if (!m || /\.parameters$/i.test(m[1] ?? "")) return void 0;
  return `${m[1]}.parameters.json`;
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
  const inner = s.trimEnd();
  try {
    const p = new Parser(tokenize(inner.slice(1, -1)));
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
        const index = this.expression();
        this.expect("]");
        e = { k: "index", target: e, index, safe };
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
  const ev = (x) => evaluate(x, { env: scope, range });
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
  return [{ expr: printExpr(e) }];
}

// parsers/arm/scope.ts
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
  static create(file, template, supply) {
    const params = /* @__PURE__ */ new Map();
    for (const [name, decl, prop] of members(member(template, "parameters"))) {
      const type = (stringValue(member(decl, "type")) ?? "").toLowerCase();
      const supplied = supply(name);
      const p = { name, node: prop, secure: type === "securestring" || type === "secureobject" };
      if (supplied) p.supplied = supplied;
      params.set(name.toLowerCase(), p);
    }
    const variables = /* @__PURE__ */ new Map();
    for (const [name, , prop] of members(member(template, "variables"))) variables.set(name.toLowerCase(), prop);
    return new _Scope(file, { params, variables, paramCache: /* @__PURE__ */ new Map(), varCache: /* @__PURE__ */ new Map(), active: /* @__PURE__ */ new Set() }, /* @__PURE__ */ new Map(), void 0);
  }
  withLoop(name, index) {
    const loops = new Map(this.loops);
    loops.set(name.toLowerCase(), index);
    return new _Scope(this.file, this.shared, loops, name.toLowerCase());
  }
  copyIndex(loop) {
    const key = loop?.toLowerCase() ?? this.current;
    return key === void 0 ? void 0 : this.loops.get(key);
  }
  declaredParameter(name) {
    return this.shared.params.get(name.toLowerCase());
  }
  parameter(name) {
    const decl = this.shared.params.get(name.toLowerCase());
    if (!decl) return void 0;
    return this.cached(`p:${decl.name.toLowerCase()}`, this.shared.paramCache, decl.name.toLowerCase(), () => {
      const hop = { kind: "parameter", name: decl.name, range: rangeOf(this.file, decl.node), secure: decl.secure };
      if (decl.supplied) return through(decl.supplied(), [hop]);
      const def = member(decl.node.children?.[1], "defaultValue");
      if (!def)
        return unknown(`parameters('${decl.name}')`, `parameter '${decl.name}' has no default value and no parameter file sets it`, {
          range: rangeOf(this.file, decl.node),
          trail: [hop]
        });
      return through(this.value(def), [hop, { kind: "parameter-default", range: rangeOf(this.file, def) }]);
    });
  }
  variable(name) {
    const key = name.toLowerCase();
    if (key === "copy") return void 0;
    const copied = this.copiedVariable(key);
    if (copied) return copied;
    const prop = this.shared.variables.get(key);
    const node = prop?.children?.[1];
    if (!prop || !node) return void 0;
    const declared = prop.children?.[0]?.value ?? name;
    return this.cached(
      `v:${key}`,
      this.shared.varCache,
      key,
      () => through(this.value(node), [{ kind: "variable", name: declared, range: rangeOf(this.file, prop) }])
    );
  }
  /** Variables built by a `copy` loop in the variables section. */
  copiedVariable(key) {
    const copy = this.shared.variables.get("copy")?.children?.[1];
    if (copy?.type !== "array") return void 0;
    for (const item of copy.children ?? []) {
      const name = stringValue(member(item, "name"));
      if (name?.toLowerCase() !== key) continue;
      const range = rangeOf(this.file, item);
      return this.cached(`v:${key}`, this.shared.varCache, key, () => {
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
  cached(activeKey, cache, key, compute) {
    const hit = cache.get(key);
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
      cache.set(key, v);
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
        for (const [key, v] of members(node)) {
          if (key.toLowerCase() === "copy" && v.type === "array") ms.push(...this.propertyLoops(v));
          else ms.push({ key, value: this.value(v) });
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
      const v = evaluate(parsed.expr, { env: this, range });
      return v.t === "unknown" ? { ...v, text: s } : v;
    } catch (e) {
      if (e instanceof RangeError) return unknown(s, "expression too deep to evaluate", { range, trail: [] });
      throw e;
    }
  }
};

// parsers/arm/resources.ts
var MAX_COPY = 100;
var DEPLOYMENTS = "microsoft.resources/deployments";
function isLanguageVersion2(template) {
  const v = member(template, "languageVersion");
  return v !== void 0 && String(v.value ?? "").startsWith("2");
}
function collectResources(template, scope, ctx, outer, out) {
  const templateId = ctx.nextTemplateId();
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
    const fits = Number.isInteger(n) && n >= 0 && n <= MAX_COPY && (ctx.budget?.take(n) ?? true);
    if (!fits && Number.isInteger(n) && n >= 0 && n <= MAX_COPY && countNode) {
      const once = ctx.budget?.take(1) ?? true;
      ctx.note?.(
        `copy loop ${once ? "not expanded" : "not read"}: the template expands to more than ${BUDGET.instances} instances (an evaluation bound of mtlslint)${once ? "; its resources are checked once, as written" : ""}`,
        file,
        countNode
      );
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
  if (conditionNode) {
    for (const inst of instances) {
      const c = inst.scope.value(conditionNode);
      if (c.t === "prim" && toBool(c) === true) continue;
      const expression = conditionNode.type === "string" ? String(conditionNode.value) : nodeText(file, conditionNode);
      inst.deployment.conditional = { expression, range: rangeOf(file, conditionNode) };
    }
  }
  for (const inst of instances) {
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
      const hop = { kind: "module-argument", name, range: rangeOf(file, value ?? arg) };
      if (value) return () => through(outerScope.value(value), [hop]);
      if (member(arg, "reference"))
        return () => unknown(`parameters('${name}')`, "Key Vault reference", { range: rangeOf(file, arg), trail: [hop] });
      return void 0;
    });
  } else scope = outerScope;
  const deployment = { ...dep.deployment, via: [...dep.deployment.via, { name: dep.displayName, range: dep.declaration }] };
  collectResources(template, scope, ctx, deployment, out);
}

// parsers/arm/sites.ts
var SITE = "microsoft.web/sites";
var SLOT = "microsoft.web/sites/slots";
var SITE_CONFIG = "microsoft.web/sites/config";
var SLOT_CONFIG = "microsoft.web/sites/slots/config";
function isSiteType(typeKey) {
  return typeKey === SITE || typeKey === SLOT;
}
function lastSegment(r) {
  return r.name?.segments[r.name.segments.length - 1]?.toLowerCase();
}
var SiteIndex = class {
  byName = /* @__PURE__ */ new Map();
  bySymbol = /* @__PURE__ */ new Map();
  constructor(sites) {
    for (const s of sites) {
      if (s.name) {
        const key = `${s.templateId}|${s.typeKey}|${nameKey(s.name.segments)}`;
        const list = this.byName.get(key) ?? [];
        list.push(s);
        this.byName.set(key, list);
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
function parentOf(child, wanted, index) {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : void 0;
  if (child.name && child.name.segments.length > 1) {
    const byName = index.named(child.templateId, wanted, child.name.segments.slice(0, -1));
    const found = byName.find((s) => s.deployment.instance === child.deployment.instance) ?? byName[0];
    if (found) return found;
  }
  for (const d of child.dependsOn) {
    const bySymbol = index.symbol(child.templateId, wanted, d);
    if (bySymbol) return bySymbol;
  }
  return void 0;
}
function mapSites(resources, textOf) {
  const sites = resources.filter((r) => isSiteType(r.typeKey) && !r.existing);
  const index = new SiteIndex(sites);
  const children = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (r.existing || r.typeKey !== SITE_CONFIG && r.typeKey !== SLOT_CONFIG) continue;
    const which = lastSegment(r);
    if (which !== "web" && which !== "appsettings") continue;
    const site = parentOf(r, r.typeKey === SLOT_CONFIG ? SLOT : SITE, index);
    if (!site) continue;
    const c = children.get(site) ?? { web: [] };
    if (which === "web") c.web.push(r);
    else c.appsettings = r;
    children.set(site, c);
  }
  return sites.map((s) => mapSite(s, children.get(s) ?? { web: [] }, index, textOf));
}
function reader(r) {
  return (path) => readPath(r.scope, r.node, path);
}
function mapSite(site, c, index, textOf) {
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
    const parent = parentOf(site, SITE, index);
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
    try {
      lintTemplate(file, file.root, explicit, sibling, out, textOf);
    } catch (e) {
      const why = e instanceof RangeError ? "the template is nested too deeply" : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      diagnostic(`could not read the template: ${why}`, file.map.range(f.path, 0, 1));
    }
  }
  return out;
}
function reportErrors(file, diagnostic) {
  for (const e of file.errors) diagnostic(e.message, file.map.range(file.path, e.offset, e.offset + e.length));
}
function lintTemplate(file, root, explicit, sibling, out, textOf) {
  const supply = (name) => {
    const key = name.toLowerCase();
    for (let i = explicit.length - 1; i >= 0; i--) {
      const v = explicit[i]?.get(key);
      if (v) return v;
    }
    return sibling?.get(key);
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
  const sites = mapSites(resources, textOf);
  const certificates = resources.filter((r) => r.typeKey === CERTIFICATE && !r.existing).map((r) => mapCertificate(r, textOf));
  out.entities.push(...[...sites, ...certificates].sort((a, b) => a.declaration.startOffset - b.declaration.startOffset));
  const seen = /* @__PURE__ */ new Set();
  for (const r of resources) {
    if (r.existing || seen.has(r.node) || !(isSiteType(r.typeKey) || r.typeKey === CERTIFICATE)) continue;
    seen.add(r.node);
    out.directives.push(...metadataDirectives(r));
  }
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
  parseArm,
  parser
};

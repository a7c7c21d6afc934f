import {
  describeToken
} from "./chunk-OTMGAZP7.mjs";
import {
  BUDGET,
  InstanceBudget,
  instanceCut,
  nextCodeLine,
  overrideWithConfig,
  readDirectiveComment,
  writtenBy
} from "./chunk-SALVZWMW.mjs";
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  visit
} from "./chunk-63NLXS3H.mjs";
import {
  ARM_SITE_FACTS,
  ARM_SITE_SETTINGS,
  catalogEntries
} from "./chunk-TTXOFJJR.mjs";
import {
  AZURERM_CERTIFICATE_ARGS,
  AZURERM_CERTIFICATE_NAMES,
  AZURERM_SITE_TYPES,
  asBool,
  asString,
  azurermSiteFacts,
  azurermSiteType,
  dependsOn,
  element,
  errorVal,
  firstUnknown,
  member,
  missingArgumentDefault,
  modeSwitchDefault,
  readAppSetting,
  readSetting,
  record,
  str,
  toPlain,
  unknownAt,
  unknownVal,
  withHops
} from "./chunk-W5BUPFK2.mjs";
import "./chunk-5DZILIZ3.mjs";
import {
  LineMap,
  absent,
  emptyParseOutput,
  knownDefault,
  mergeParseOutputs,
  setValue,
  unresolved
} from "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/terraform/index.ts
import { dirname as dirname5, join as join6 } from "node:path";

// parsers/terraform/hcl/tree-sitter.ts
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// parsers/terraform/hcl/convert.ts
function convertTree(root, commentNodes, text, base = 0) {
  const c = new Converter(text, base);
  const bodyNode = root.namedChildren.find((n) => n.type === "body");
  const body = bodyNode ? c.body(bodyNode) : { attributes: [], blocks: [] };
  for (const n of root.namedChildren) if (n.type === "ERROR") c.salvage(n, body);
  const comments = commentNodes.map((n) => ({ text: n.text, span: c.span(n) }));
  const errors = root.hasError ? c.errors(root) : [];
  return { body, comments, errors };
}
var BINARY_OPS = /* @__PURE__ */ new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);
var MAX_ERRORS = 20;
var Converter = class {
  constructor(text, base) {
    this.text = text;
    this.base = base;
  }
  text;
  base;
  span(n) {
    return { start: n.startIndex + this.base, end: n.endIndex + this.base };
  }
  spanOf(from, to) {
    return { start: from.startIndex + this.base, end: to.endIndex + this.base };
  }
  body(n) {
    const body = { attributes: [], blocks: [] };
    for (const child of n.namedChildren) {
      if (child.type === "attribute") {
        const a = this.attribute(child);
        if (a) body.attributes.push(a);
      } else if (child.type === "block") {
        const b = this.block(child);
        if (b) body.blocks.push(b);
      } else if (child.type === "ERROR") this.salvage(child, body);
    }
    return body;
  }
  /** Attributes and blocks that error recovery left inside an ERROR node. */
  salvage(n, into) {
    for (const child of n.namedChildren) {
      if (child.type === "attribute") {
        const a = this.attribute(child);
        if (a) into.attributes.push(a);
      } else if (child.type === "block") {
        const b = this.block(child);
        if (b) into.blocks.push(b);
      } else if (child.type === "body" || child.type === "ERROR") this.salvage(child, into);
    }
  }
  attribute(n) {
    const name = n.children[0];
    const exprNode = n.namedChildren.find((c) => c.type === "expression");
    if (!name || name.type !== "identifier" || !exprNode) return void 0;
    return { name: name.text, nameSpan: this.span(name), expr: this.expression(exprNode), span: this.span(n) };
  }
  block(n) {
    const kids = n.children;
    const type = kids[0];
    if (!type || type.type !== "identifier") return void 0;
    const labels = [];
    let header;
    let body = { attributes: [], blocks: [] };
    for (const k of kids.slice(1)) {
      if (k.type === "string_lit") labels.push({ value: this.stringContent(k), span: this.span(k) });
      else if (k.type === "identifier") labels.push({ value: k.text, span: this.span(k) });
      else if (k.type === "block_start") header = this.spanOf(n, k);
      else if (k.type === "body") body = this.body(k);
      else if (k.type === "ERROR") this.salvage(k, body);
    }
    if (!header) return void 0;
    return { type: type.text, typeSpan: this.span(type), labels, body, span: this.span(n), header };
  }
  /** Any expression-like node. */
  expression(n) {
    switch (n.type) {
      case "expression":
        return this.sequence(this.significant(n.children), n);
      case "literal_value":
        return this.literal(n);
      case "template_expr": {
        const inner = n.namedChildren[0];
        return inner ? this.expression(inner) : this.unsupported(n, "template");
      }
      case "quoted_template":
        return this.quotedTemplate(n);
      case "heredoc_template":
        return this.heredoc(n);
      case "collection_value": {
        const inner = n.namedChildren[0];
        return inner ? this.expression(inner) : this.unsupported(n, "collection");
      }
      case "tuple":
        return { type: "tuple", items: n.namedChildren.filter((c) => c.type === "expression").map((c) => this.expression(c)), span: this.span(n) };
      case "object":
        return { type: "object", items: n.namedChildren.filter((c) => c.type === "object_elem").map((c) => this.objectItem(c)), span: this.span(n) };
      case "variable_expr": {
        const id = n.namedChildren[0];
        return { type: "variable", name: id ? id.text : n.text, span: this.span(n) };
      }
      case "function_call":
        return this.call(n);
      case "conditional":
        return this.conditional(n);
      case "operation": {
        const inner = n.namedChildren[0];
        return inner ? this.expression(inner) : this.unsupported(n, "operation");
      }
      case "unary_operation": {
        const kids = this.significant(n.children);
        const op = kids[0];
        if (!op) return this.unsupported(n, "operation");
        return { type: "unary", op: op.type, operand: this.sequence(kids.slice(1), n), span: this.span(n) };
      }
      case "binary_operation":
        return this.binary(n);
      case "for_expr": {
        const inner = n.namedChildren[0];
        return inner ? this.forExpr(inner) : this.unsupported(n, "for expression");
      }
      default:
        return this.unsupported(n, n.type);
    }
  }
  /** Children without comments. */
  significant(kids) {
    return kids.filter((k) => k.type !== "comment");
  }
  /** A term followed by attribute access, indexes and splats; or `( expr )` followed by the same. */
  sequence(kids, whole) {
    const first = kids[0];
    if (!first) return this.unsupported(whole, "empty expression");
    let i = 1;
    let expr;
    if (first.type === "(") {
      const inner = kids[1];
      expr = inner ? this.expression(inner) : this.unsupported(whole, "parenthesis");
      i = 3;
    } else expr = this.expression(first);
    const start = first.startIndex + this.base;
    for (; i < kids.length; i++) {
      const k = kids[i];
      const span2 = { start, end: k.endIndex + this.base };
      if (k.type === "get_attr") {
        const id = k.namedChildren.find((c) => c.type === "identifier");
        expr = id ? { type: "getattr", target: expr, name: id.text, span: span2 } : { type: "unsupported", what: "attribute access", span: span2 };
      } else if (k.type === "index") {
        const idx = k.namedChildren[0];
        if (idx?.type === "new_index") {
          const keyNode = idx.namedChildren.find((c) => c.type === "expression");
          expr = keyNode ? { type: "index", target: expr, key: this.expression(keyNode), span: span2 } : { type: "unsupported", what: "index", span: span2 };
        } else if (idx?.type === "legacy_index") {
          const digits = this.text.slice(idx.startIndex + 1, idx.endIndex);
          const keySpan = { start: idx.startIndex + this.base + 1, end: idx.endIndex + this.base };
          expr = /^\d+$/.test(digits) ? { type: "index", target: expr, key: { type: "literal", value: Number(digits), span: keySpan }, span: span2 } : { type: "unsupported", what: "index", span: span2 };
        } else expr = { type: "unsupported", what: "index", span: span2 };
      } else if (k.type === "splat") {
        expr = this.splat(expr, k, span2);
      } else {
        expr = { type: "unsupported", what: k.type, span: { start, end: whole.endIndex + this.base } };
        break;
      }
    }
    return expr;
  }
  /** `[*].a[0]` / `.*.a`: the accessors after the star apply to each element. */
  splat(target, n, span2) {
    const inner = n.namedChildren[0];
    if (!inner) return { type: "unsupported", what: "splat", span: span2 };
    const steps = [];
    for (const k of inner.namedChildren) {
      if (k.type === "get_attr") {
        const id = k.namedChildren.find((c) => c.type === "identifier");
        if (!id) return { type: "unsupported", what: "splat", span: span2 };
        steps.push({ type: "attr", name: id.text, span: this.span(k) });
      } else if (k.type === "index") {
        const idx = k.namedChildren[0];
        const keyNode = idx?.type === "new_index" ? idx.namedChildren.find((c) => c.type === "expression") : void 0;
        if (keyNode) steps.push({ type: "index", key: this.expression(keyNode), span: this.span(k) });
        else if (idx?.type === "legacy_index" && /^\d+$/.test(this.text.slice(idx.startIndex + 1, idx.endIndex)))
          steps.push({ type: "index", key: { type: "literal", value: Number(this.text.slice(idx.startIndex + 1, idx.endIndex)), span: this.span(idx) }, span: this.span(k) });
        else return { type: "unsupported", what: "splat", span: span2 };
      }
    }
    return { type: "splat", target, steps, span: span2 };
  }
  /** `for_tuple_expr` / `for_object_expr`. */
  forExpr(n) {
    const intro = n.namedChildren.find((c) => c.type === "for_intro");
    const ids = intro ? intro.namedChildren.filter((c) => c.type === "identifier") : [];
    const coll = intro?.namedChildren.find((c) => c.type === "expression");
    const exprs = n.namedChildren.filter((c) => c.type === "expression");
    const cond = n.namedChildren.find((c) => c.type === "for_cond")?.namedChildren.find((c) => c.type === "expression");
    const [first, second] = ids;
    if (!intro || !first || !coll || exprs.length === 0) return this.unsupported(n, "for expression");
    const object = n.type === "for_object_expr";
    if (object && exprs.length < 2) return this.unsupported(n, "for expression");
    const [keyVar, valueVar] = second ? [first.text, second.text] : [void 0, first.text];
    return {
      type: "for",
      ...keyVar !== void 0 ? { keyVar } : {},
      valueVar,
      collection: this.expression(coll),
      ...object ? { key: this.expression(exprs[0]) } : {},
      value: this.expression(exprs[object ? 1 : 0]),
      ...cond ? { condition: this.expression(cond) } : {},
      group: object && n.namedChildren.some((c) => c.type === "ellipsis"),
      span: this.span(n)
    };
  }
  literal(n) {
    const inner = n.namedChildren[0];
    const span2 = this.span(n);
    if (!inner) return this.unsupported(n, "literal");
    switch (inner.type) {
      case "numeric_lit":
        return { type: "literal", value: Number(inner.text), span: span2 };
      case "bool_lit":
        return { type: "literal", value: inner.text === "true", span: span2 };
      case "null_lit":
        return { type: "literal", value: null, span: span2 };
      case "string_lit":
        return { type: "literal", value: this.stringContent(inner), span: span2 };
      default:
        return this.unsupported(n, inner.type);
    }
  }
  /** The decoded content of a `string_lit` (quotes removed, escapes applied). */
  stringContent(n) {
    const kids = n.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    if (!open || !close || close === open) return "";
    const end = close.type === "quoted_template_end" ? close.startIndex : close.endIndex;
    return decodeQuoted(this.text.slice(open.endIndex, end));
  }
  quotedTemplate(n) {
    const kids = n.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    if (!open || !close) return this.unsupported(n, "template");
    const contentEnd = close.type === "quoted_template_end" ? close.startIndex : close.endIndex;
    const parts = this.templateParts(kids, open.endIndex, contentEnd, decodeQuoted);
    return { type: "template", parts, span: this.span(n) };
  }
  heredoc(n) {
    const kids = n.children;
    const ids = kids.filter((k) => k.type === "heredoc_identifier");
    const startMarker = kids.find((k) => k.type === "heredoc_start");
    const open = ids[0];
    const close = ids.length > 1 ? ids[ids.length - 1] : void 0;
    if (!open || !close || !startMarker) return this.unsupported(n, "heredoc");
    const nl = this.text.indexOf("\n", open.endIndex);
    const contentStart = nl < 0 ? open.endIndex : nl + 1;
    let contentEnd = close.startIndex;
    while (contentEnd > contentStart && this.text[contentEnd - 1] !== "\n") contentEnd--;
    const strip = startMarker.text === "<<-" ? heredocIndent(this.text.slice(contentStart, contentEnd)) : 0;
    const decode = (raw, atLineStart) => {
      let s = raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
      if (strip > 0) s = dedent(s, strip, atLineStart);
      return s;
    };
    const parts = this.templateParts(kids, contentStart, contentEnd, decode);
    return { type: "template", parts, span: this.span(n) };
  }
  /** Text parts are cut from the source between interpolations, so nothing the grammar drops is lost. */
  templateParts(kids, from, to, decode) {
    const parts = [];
    let pos = from;
    const text = (end) => {
      if (end > pos) {
        const atLineStart = pos === from || this.text[pos - 1] === "\n";
        parts.push({ type: "text", value: decode(this.text.slice(pos, end), atLineStart), span: { start: pos + this.base, end: end + this.base } });
      }
    };
    for (const k of kids) {
      if (k.startIndex < from || k.endIndex > to) continue;
      if (k.type === "template_interpolation") {
        text(k.startIndex);
        const e = k.namedChildren.find((c) => c.type === "expression");
        parts.push(e ? { type: "interpolation", expr: this.expression(e), span: this.span(k) } : { type: "directive", span: this.span(k) });
        pos = k.endIndex;
      } else if (k.type === "template_directive" || k.type === "ERROR") {
        text(k.startIndex);
        parts.push({ type: "directive", span: this.span(k) });
        pos = k.endIndex;
      }
    }
    text(to);
    return parts;
  }
  objectItem(n) {
    const exprs = n.namedChildren.filter((c) => c.type === "expression");
    const key = exprs[0] ? this.expression(exprs[0]) : this.unsupported(n, "object key");
    const value = exprs[1] ? this.expression(exprs[1]) : this.unsupported(n, "object value");
    return { key, value, span: this.span(n) };
  }
  call(n) {
    const id = n.namedChildren.find((c) => c.type === "identifier");
    const argsNode = n.namedChildren.find((c) => c.type === "function_arguments");
    const args = argsNode ? argsNode.namedChildren.filter((c) => c.type === "expression").map((c) => this.expression(c)) : [];
    const expand = argsNode ? argsNode.children.some((c) => c.type === "ellipsis") : false;
    return { type: "call", name: id ? id.text : "", args, expand, span: this.span(n) };
  }
  split(kids, separators) {
    const out = [[]];
    let sep2 = 0;
    for (const k of kids) {
      if (sep2 < separators.length && !k.isNamed && k.type === separators[sep2]) {
        out.push([]);
        sep2++;
      } else out[out.length - 1]?.push(k);
    }
    return out;
  }
  conditional(n) {
    const [c, t, e] = this.split(this.significant(n.children), ["?", ":"]);
    if (!c || !t || !e) return this.unsupported(n, "conditional");
    return { type: "conditional", condition: this.sequence(c, n), then: this.sequence(t, n), else: this.sequence(e, n), span: this.span(n) };
  }
  binary(n) {
    const kids = this.significant(n.children);
    const at = kids.findIndex((k) => !k.isNamed && BINARY_OPS.has(k.type));
    const op = kids[at];
    if (at <= 0 || !op) return this.unsupported(n, "operation");
    return { type: "binary", op: op.type, left: this.sequence(kids.slice(0, at), n), right: this.sequence(kids.slice(at + 1), n), span: this.span(n) };
  }
  unsupported(n, what) {
    return { type: "unsupported", what, span: this.span(n) };
  }
  /** ERROR and MISSING nodes, outermost only, at most MAX_ERRORS. */
  errors(root) {
    const out = [];
    const visit2 = (n) => {
      if (out.length >= MAX_ERRORS) return;
      if (n.isMissing) {
        out.push({ message: `Syntax error: missing ${JSON.stringify(n.type)}`, span: this.span(n) });
        return;
      }
      if (n.isError) {
        out.push({ message: `Syntax error: ${describeToken(n.text)} is not expected here`, span: this.span(n) });
        return;
      }
      for (const k of n.children) if (k.hasError || k.isMissing) visit2(k);
    };
    visit2(root);
    return out;
  }
};
function decodeQuoted(raw) {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/gs, (m, esc) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    if (esc === void 0) return m;
    switch (esc[0]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U":
        if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
        return m;
      default:
        return m;
    }
  });
}
function heredocIndent(content) {
  let min = Infinity;
  for (const line of content.split("\n")) {
    if (line.trim() === "") continue;
    const m = /^[ \t]*/.exec(line);
    min = Math.min(min, m ? m[0].length : 0);
  }
  return Number.isFinite(min) ? min : 0;
}
function dedent(s, n, atLineStart) {
  const lines = s.split("\n");
  return lines.map((l, i) => i === 0 && !atLineStart ? l : l.replace(new RegExp(`^[ \\t]{0,${n}}`), "")).join("\n");
}

// parsers/terraform/hcl/nesting.ts
function hclNesting(text, bound) {
  const open = [];
  let templates = 0;
  const max = { depth: 0, templates: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const template = c === 123 && (prev === 36 || prev === 37);
      open.push(template);
      if (template) templates++;
      if (open.length > max.depth) max.depth = open.length;
      if (templates > max.templates) max.templates = templates;
      if (max.depth >= bound.depth || max.templates >= bound.templates) return max;
    } else if ((c === 125 || c === 93 || c === 41) && open.length > 0) {
      if (open.pop()) templates--;
    }
  }
  return max;
}

// parsers/terraform/hcl/syntax-node.ts
var PlainNode = class {
  constructor(source, type, isNamed, isMissing, startIndex, endIndex) {
    this.source = source;
    this.type = type;
    this.isNamed = isNamed;
    this.isMissing = isMissing;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.hasError = type === "ERROR" || isMissing;
  }
  source;
  type;
  isNamed;
  isMissing;
  startIndex;
  endIndex;
  children = [];
  hasError;
  named;
  get isError() {
    return this.type === "ERROR";
  }
  get namedChildren() {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }
  get text() {
    return this.source.slice(this.startIndex, this.endIndex);
  }
};
function copyTree(cursor, source, types, mayHaveErrors) {
  const comments = [];
  const make = () => {
    const id = cursor.nodeTypeId;
    const type = types.names[id] ?? "ERROR";
    const n = new PlainNode(source, type, types.named[id] ?? true, mayHaveErrors && cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex);
    if (type === "comment") comments.push(n);
    return n;
  };
  const root = make();
  const stack = [root];
  for (; ; ) {
    if (cursor.gotoFirstChild()) {
      const n = make();
      stack[stack.length - 1]?.children.push(n);
      stack.push(n);
      continue;
    }
    for (; ; ) {
      const done = stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return { root, comments };
      if (done.hasError) parent.hasError = true;
      if (cursor.gotoNextSibling()) {
        const n = make();
        parent.children.push(n);
        stack.push(n);
        break;
      }
      cursor.gotoParent();
    }
  }
}

// parsers/terraform/hcl/tree-sitter.ts
var live;
var starting;
var requested = false;
var created = 0;
var MAX_GRAMMAR_INSTANCES = 3;
var reader = { parse, parseExpression, ready };
async function loadHclReader() {
  await ready();
  return reader;
}
async function ready() {
  requested = true;
  if (live || created >= MAX_GRAMMAR_INSTANCES) return;
  starting ??= createGrammar().finally(() => {
    starting = void 0;
  });
  live = await starting;
}
var GRAMMAR = "tree-sitter-terraform.wasm";
var RUNTIME = "web-tree-sitter.js";
function assetPath(require2, packageFile, name) {
  try {
    return require2.resolve(packageFile);
  } catch {
    return fileURLToPath(new URL(name, import.meta.url));
  }
}
function importRuntime(require2) {
  const wasm = assetPath(require2, "web-tree-sitter/web-tree-sitter.wasm", "web-tree-sitter.wasm");
  const url = pathToFileURL(join(dirname(wasm), RUNTIME));
  url.search = `instance=${process.pid}-${created}-${Date.now()}`;
  return import(url.href);
}
function memoryPages() {
  const mib = Number(process.env["MTLSLINT_HCL_MEMORY_MIB"]) || BUDGET.hclMemoryMiB;
  return Math.max(32, Math.floor(mib)) * 16;
}
async function createGrammar() {
  created++;
  const require2 = createRequire(import.meta.url);
  const { Parser, Language } = await importRuntime(require2);
  await Parser.init({ wasmMemory: new WebAssembly.Memory({ initial: 512, maximum: memoryPages() }), print: () => {
  }, printErr: () => {
  } });
  const language = await Language.load(assetPath(require2, `@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`, GRAMMAR));
  const parser2 = new Parser();
  parser2.setLanguage(language);
  const names = [];
  const named = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    names.push(language.nodeTypeForId(id) ?? "ERROR");
    named.push(language.nodeTypeIsNamed(id));
  }
  return { parser: parser2, types: { names, named } };
}
function failedDocument(text, message, cut, base = 0) {
  return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message, span: { start: base, end: base + Math.min(1, text.length) }, ...cut ? { cut } : {} }] };
}
var unavailable = () => created >= MAX_GRAMMAR_INSTANCES ? `not parsed: the Terraform grammar failed on ${MAX_GRAMMAR_INSTANCES} files of this run and is not loaded again; lint this file in a run of its own` : "not parsed: the Terraform grammar failed on another file and was not loaded again yet; lint this file in a run of its own";
function guarded(run, failed) {
  const g = live;
  if (!g) return failed(unavailable());
  try {
    return run(g);
  } catch (e) {
    if (live === g) live = void 0;
    const what = e instanceof Error ? `${e.name}${e instanceof WebAssembly.RuntimeError ? `: ${e.message.replace(/\. Build with .*$/, "")}` : ""}` : "error";
    return failed(`the Terraform grammar failed on this file (${what}); it is not analysed, the other files are parsed with a new instance of the grammar`);
  }
}
function parse(text) {
  const bound = { depth: BUDGET.hclDepth, templates: BUDGET.hclTemplateDepth };
  const nesting = hclNesting(text, bound);
  if (nesting.templates >= bound.templates)
    return failedDocument(text, `not analysed: template interpolations (\`\${\u2026}\`) nest ${bound.templates} or more deep in this file, past the bound for Terraform files (the grammar's time grows with that depth); use locals instead of nesting`, true);
  if (nesting.depth >= bound.depth) return failedDocument(text, NESTED_TOO_DEEPLY);
  return guarded(
    (g) => parseDocument(g, text),
    (message) => failedDocument(text, message)
  );
}
function parseExpression(source, base) {
  return guarded(
    (g) => parseExpressionWith(g, source, base),
    () => void 0
  );
}
var tooSlow = () => `not analysed: the Terraform grammar took more than ${BUDGET.hclParseMs / 1e3} s on this file; split it into smaller files`;
var tooLarge = () => `not analysed: the syntax tree of this file has more than ${BUDGET.hclNodes.toLocaleString("en-US")} nodes, past the bound for Terraform files; split it into smaller files`;
var NESTED_TOO_DEEPLY = "The file is nested too deeply to be read";
var standsForFile = (message) => message === tooSlow() || message === tooLarge();
function parseFragment({ parser: parser2, types }, text, base) {
  const deadline = performance.now() + BUDGET.hclParseMs;
  const tree = parser2.parse(text, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) {
    parser2.reset();
    return failedDocument(text, tooSlow(), true, base);
  }
  if (tree.rootNode.descendantCount > BUDGET.hclNodes) {
    tree.delete();
    return failedDocument(text, tooLarge(), true, base);
  }
  try {
    const cursor = tree.walk();
    try {
      const { root, comments } = copyTree(cursor, text, types, tree.rootNode.hasError);
      return convertTree(root, comments, text, base);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: NESTED_TOO_DEEPLY, span: { start: base, end: base + 1 } }] };
    } finally {
      cursor.delete();
    }
  } finally {
    tree.delete();
  }
}
var TOP_LEVEL = /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b/gm;
function parseDocument(g, text) {
  const whole = parseFragment(g, text, 0);
  if (whole.errors.length === 0 || standsForFile(whole.errors[0]?.message)) return whole;
  const cuts = [];
  for (const m of text.matchAll(TOP_LEVEL)) cuts.push(m.index ?? 0);
  if (cuts[0] !== 0) cuts.unshift(0);
  if (cuts.length < 2) return whole;
  const out = { body: { attributes: [], blocks: [] }, comments: [], errors: [] };
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    const piece = parseFragment(g, text.slice(start, end), start);
    out.body.attributes.push(...piece.body.attributes);
    out.body.blocks.push(...piece.body.blocks);
    out.comments.push(...piece.comments);
    out.errors.push(...piece.errors);
  });
  return out;
}
function parseExpressionWith(g, source, base) {
  const doc = parseFragment(g, `x=${source}`, base - 2);
  if (doc.errors.length > 0) return void 0;
  const body = doc.body;
  return body.attributes.length === 1 && body.blocks.length === 0 ? body.attributes[0]?.expr : void 0;
}

// parsers/terraform/module-instance.ts
import { dirname as dirname3, relative, sep } from "node:path";

// parsers/terraform/hcl/ast.ts
function findAttribute(body, name) {
  return body.attributes.find((a) => a.name === name);
}

// parsers/terraform/hcl/json-syntax.ts
function readJsonSyntax(text, parseExpression2) {
  const errors = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.slice(0, 20).map((e) => ({ message: `Syntax error: ${printParseErrorCode(e.error)}`, span: { start: e.offset, end: e.offset + Math.max(1, e.length) } }));
  const comments = [];
  visit(text, { onComment: (offset, length) => comments.push({ text: text.slice(offset, offset + length), span: { start: offset, end: offset + length } }) });
  const reader2 = new JsonReader(text, parseExpression2);
  const body = { attributes: [], blocks: [], fromJson: true };
  if (root?.type === "object") reader2.topLevel(root, body);
  return { body, comments, errors: problems };
}
var span = (n) => ({ start: n.offset, end: n.offset + n.length });
function objects(n) {
  if (!n) return [];
  if (n.type === "object") return [n];
  if (n.type === "array") return (n.children ?? []).filter((c) => c.type === "object");
  return [];
}
function props(obj) {
  const out = [];
  for (const p of obj.children ?? []) {
    const [key, value] = p.children ?? [];
    if (key && value && typeof key.value === "string") out.push({ key, value, name: key.value });
  }
  return out;
}
var JsonReader = class {
  constructor(text, parseExpression2) {
    this.text = text;
    this.parseExpression = parseExpression2;
  }
  text;
  parseExpression;
  topLevel(root, body) {
    for (const { name, value, key } of props(root)) {
      switch (name) {
        case "resource":
        case "data":
          for (const byType of objects(value))
            for (const t of props(byType))
              for (const byName of objects(t.value)) for (const n of props(byName)) for (const b of objects(n.value)) body.blocks.push(this.block(name, [t.key, n.key], b, n.key, true));
          break;
        case "variable":
        case "module":
        case "output":
        case "provider":
          for (const byName of objects(value)) for (const n of props(byName)) for (const b of objects(n.value)) body.blocks.push(this.block(name, [n.key], b, n.key, name !== "variable"));
          break;
        case "locals":
        case "terraform":
          for (const b of objects(value)) body.blocks.push(this.block(name, [], b, key, true));
          break;
        default:
          break;
      }
    }
  }
  block(type, labelNodes, obj, headerFrom, templates) {
    const labels = labelNodes.map((l) => ({ value: String(l.value), span: span(l) }));
    return {
      type,
      typeSpan: span(headerFrom),
      labels,
      body: this.body(obj, templates),
      span: { start: headerFrom.offset, end: obj.offset + obj.length },
      header: { start: headerFrom.offset, end: obj.offset + 1 }
    };
  }
  body(obj, templates) {
    const attributes = [];
    for (const { key, value, name } of props(obj)) {
      if (name === "//") continue;
      attributes.push({ name, nameSpan: span(key), expr: this.expr(value, templates), span: { start: key.offset, end: value.offset + value.length } });
    }
    return { attributes, blocks: [], fromJson: true };
  }
  expr(n, templates) {
    const s = span(n);
    switch (n.type) {
      case "object":
        return {
          type: "object",
          items: props(n).filter((p) => p.name !== "//").map((p) => ({ key: { type: "literal", value: p.name, span: span(p.key) }, value: this.expr(p.value, templates), span: { start: p.key.offset, end: p.value.offset + p.value.length } })),
          span: s
        };
      case "array":
        return { type: "tuple", items: (n.children ?? []).map((c) => this.expr(c, templates)), span: s };
      case "string": {
        const value = String(n.value);
        if (templates && (value.includes("${") || value.includes("%{"))) {
          const parsed = this.parseExpression(this.text.slice(n.offset, n.offset + n.length), n.offset);
          if (parsed) return parsed;
          return { type: "unsupported", what: "template", span: s };
        }
        return { type: "literal", value, span: s };
      }
      case "number":
        return { type: "literal", value: Number(n.value), span: s };
      case "boolean":
        return { type: "literal", value: Boolean(n.value), span: s };
      case "null":
        return { type: "literal", value: null, span: s };
      default:
        return { type: "unsupported", what: "json", span: s };
    }
  }
};
function objectAsBody(expr) {
  if (expr.type !== "object") return void 0;
  const attributes = [];
  for (const item of expr.items) {
    if (item.key.type !== "literal" || typeof item.key.value !== "string") continue;
    attributes.push({ name: item.key.value, nameSpan: item.key.span, expr: item.value, span: item.span });
  }
  return { attributes, blocks: [], fromJson: true };
}

// parsers/terraform/collections.ts
var MAX_ELEMENTS = 1e4;
function elementsOf(coll) {
  if (coll.t === "list") {
    return coll.items.map((item, i) => {
      const value = element(coll, i) ?? item;
      return { key: coll.set ? value : { t: "number", v: i, range: item.range, hops: [] }, value };
    });
  }
  if (coll.t === "object") {
    const keys = [...new Set(coll.entries.map((e) => e.key))].sort(lexical);
    return keys.map((k) => {
      const value = member(coll, k);
      const e = coll.entries.find((x) => x.key === k);
      return { key: { t: "string", v: k, range: e?.keyRange ?? value.range, hops: [] }, value };
    });
  }
  return void 0;
}
function lexical(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compare(l, r) {
  if (l.t === "unknown" || r.t === "unknown") {
    const u = l.t === "unknown" ? l : r;
    const other = l.t === "unknown" ? r : l;
    if (other.t === "null" && u.notNull) return false;
    return u;
  }
  if (l.t === "null" || r.t === "null") return l.t === r.t;
  if (l.t !== r.t) return false;
  switch (l.t) {
    case "string":
    case "number":
    case "bool":
      return l.v === r.v;
    case "list": {
      const ri = r.items;
      if (l.items.length !== ri.length) return false;
      for (let i = 0; i < ri.length; i++) {
        const c = compare(l.items[i], ri[i]);
        if (c !== true) return c;
      }
      return true;
    }
    case "object": {
      const ro = r;
      const lk = [...new Set(l.entries.map((e) => e.key))].sort(lexical);
      const rk = [...new Set(ro.entries.map((e) => e.key))].sort(lexical);
      if (lk.join("\0") !== rk.join("\0")) return false;
      for (const k of lk) {
        const c = compare(member(l, k), member(ro, k));
        if (c !== true) return c;
      }
      return true;
    }
  }
}
function distinct(items2) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const i of items2) {
    const p = toPlain(i);
    if (p !== void 0) {
      const key = JSON.stringify(p);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(i);
  }
  return out;
}
function setElements(items2) {
  const out = distinct(items2);
  if (out.every((v) => v.t === "string")) out.sort((a, b) => lexical(a.v, b.v));
  else if (out.every((v) => v.t === "number")) out.sort((a, b) => a.v - b.v);
  return out;
}

// parsers/terraform/evaluate.ts
import { isAbsolute, join as join2 } from "node:path";

// parsers/terraform/functions.ts
var derived = (from, v) => ({ range: from.range, hops: from.hops, ...v });
var fail = (call, reason) => errorVal(call.text, call.range, reason);
var bool = (v, call) => ({ t: "bool", v, range: call.range, hops: [] });
var list = (items2, call, set = false) => ({ t: "list", items: items2, range: call.range, hops: [], ...set ? { set } : {} });
var str2 = (v, call) => ({ t: "string", v, range: call.range, hops: [] });
function unknownArg(args, call) {
  for (const a of args) if (a.t === "unknown") return dependsOn(a, call.text, call.range);
  return void 0;
}
function deepUnknown(args, call) {
  for (const a of args) {
    const u = firstUnknown(a);
    if (u) return dependsOn(u, call.text, call.range);
  }
  return void 0;
}
function items(v) {
  return v.t === "list" ? v.items.map((_, i) => element(v, i)) : void 0;
}
function strings(arity, f) {
  return (args, call) => {
    if (args.length !== arity) return fail(call, `expects ${arity} argument${arity === 1 ? "" : "s"}`);
    const u = unknownArg(args, call);
    if (u) return u;
    const s = args.map(asString);
    if (s.some((x) => x === void 0)) return fail(call, "expects strings");
    return f(s, call, args);
  };
}
var stringCase = (f) => strings(1, ([s], _call, [a]) => derived(a, { t: "string", v: f(s) }));
var setOf = (values, call) => list(setElements(values), call, true);
function flattenInto(v, out, call) {
  for (const i of items(v) ?? []) {
    if (i.t === "unknown") return dependsOn(i, call.text, call.range);
    if (i.t === "list") {
      const u = flattenInto(i, out, call);
      if (u) return u;
    } else out.push(i);
    if (out.length > MAX_ELEMENTS) return unknownVal(call.text, call.range, `more than ${MAX_ELEMENTS} elements: not evaluated`);
  }
  return void 0;
}
function sortedKeys(v) {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.keys(v).sort(lexical).map((k) => [k, sortedKeys(v[k])]));
  return v;
}
var functions = {
  lower: stringCase((s) => s.toLowerCase()),
  upper: stringCase((s) => s.toUpperCase()),
  trimspace: stringCase((s) => s.trim()),
  startswith: strings(2, ([s, p], call) => bool(s.startsWith(p), call)),
  endswith: strings(2, ([s, p], call) => bool(s.endsWith(p), call)),
  trimprefix: strings(2, ([s, p], call, [a]) => derived(a, { t: "string", v: s.startsWith(p) ? s.slice(p.length) : s })),
  trimsuffix: strings(2, ([s, p], call, [a]) => derived(a, { t: "string", v: p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s })),
  replace: strings(3, ([s, find, repl], call, [a]) => {
    const f = find;
    if (f.length > 1 && f.startsWith("/") && f.endsWith("/")) return unknownVal(call.text, call.range, "replace() with a regular expression is not evaluated");
    if (f === "") return fail(call, "replace() needs a non-empty search string");
    return derived(a, { t: "string", v: s.split(f).join(repl) });
  }),
  split: strings(2, ([sep2, s], call) => {
    if (sep2 === "") return fail(call, "split() needs a separator");
    const parts = s.split(sep2);
    return parts.length > MAX_ELEMENTS ? unknownVal(call.text, call.range, "too many parts") : list(parts.map((p) => str2(p, call)), call);
  }),
  join: (args, call) => {
    const [sep2, ...lists] = args;
    if (!sep2 || lists.length === 0) return fail(call, "join() needs a separator and a list");
    const u = unknownArg(args, call) ?? deepUnknown(lists, call);
    if (u) return u;
    const s = asString(sep2);
    const parts = lists.flatMap((l) => l.t === "list" ? l.items.map(asString) : [void 0]);
    if (s === void 0 || parts.some((p) => p === void 0)) return fail(call, "join() needs strings");
    return str2(parts.join(s), call);
  },
  tostring: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown" || a.t === "null" || a.t === "string") return a;
    const s = asString(a);
    return s === void 0 ? fail(call, "not convertible to string") : derived(a, { t: "string", v: s });
  },
  tobool: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown" || a.t === "null" || a.t === "bool") return a;
    const b = a.t === "string" ? asBool(a) : void 0;
    return b === void 0 ? fail(call, "not convertible to bool") : derived(a, { t: "bool", v: b });
  },
  tonumber: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown" || a.t === "null" || a.t === "number") return a;
    const n = a.t === "string" && a.v.trim() !== "" ? Number(a.v) : NaN;
    return Number.isNaN(n) ? fail(call, "not convertible to number") : derived(a, { t: "number", v: n });
  },
  coalesce: (args, call) => {
    for (const a of args) {
      if (a.t === "unknown") return a;
      if (a.t === "null" || a.t === "string" && a.v === "") continue;
      return a;
    }
    return fail(call, "no non-null, non-empty argument");
  },
  coalescelist: (args, call) => {
    for (const a of args) {
      if (a.t === "unknown") return a;
      if (a.t === "null") continue;
      if (a.t !== "list") return fail(call, "coalescelist() takes lists");
      if (a.items.length > 0) return a;
    }
    return fail(call, "no non-empty list");
  },
  one: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return a;
    if (a.t === "null") return fail(call, "one() of null");
    const xs = items(a);
    if (!xs) return fail(call, "one() takes a list or set");
    if (xs.length === 0) return { t: "null", range: call.range, hops: [] };
    if (xs.length > 1) return fail(call, "one() of more than one element");
    return xs[0];
  },
  alltrue: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return dependsOn(a, call.text, call.range);
    for (const x of items(a) ?? []) {
      if (x.t === "unknown") return dependsOn(x, call.text, call.range);
      if (asBool(x) !== true) return bool(false, call);
    }
    return a.t === "list" ? bool(true, call) : fail(call, "alltrue() takes a list");
  },
  anytrue: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return dependsOn(a, call.text, call.range);
    for (const x of items(a) ?? []) {
      if (x.t === "unknown") return dependsOn(x, call.text, call.range);
      if (asBool(x) === true) return bool(true, call);
    }
    return a.t === "list" ? bool(false, call) : fail(call, "anytrue() takes a list");
  },
  flatten: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return dependsOn(a, call.text, call.range);
    if (a.t !== "list") return fail(call, "flatten() takes a list");
    const out = [];
    return flattenInto(a, out, call) ?? list(out, call);
  },
  distinct: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    const u = deepUnknown(args, call);
    if (u) return u;
    const xs = items(a);
    return xs ? list(distinct(xs), call) : fail(call, "distinct() takes a list");
  },
  keys: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return dependsOn(a, call.text, call.range);
    if (a.t !== "object") return fail(call, "keys() takes a map or object");
    return list((elementsOf(a) ?? []).map((e) => e.key), call);
  },
  values: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return dependsOn(a, call.text, call.range);
    if (a.t !== "object") return fail(call, "values() takes a map or object");
    return list((elementsOf(a) ?? []).map((e) => e.value), call);
  },
  zipmap: (args, call) => {
    const [k, v] = args;
    if (!k || !v) return fail(call, "zipmap() needs keys and values");
    const u = unknownArg(args, call) ?? deepUnknown([k], call);
    if (u) return u;
    const ks = items(k);
    const vs = items(v);
    if (!ks || !vs || ks.length !== vs.length) return fail(call, "zipmap() needs two lists of the same length");
    const entries = [];
    for (let i = 0; i < ks.length; i++) {
      const key = asString(ks[i]);
      if (key === void 0) return fail(call, "zipmap() keys must be strings");
      entries.push({ key, keyRange: ks[i].range, value: vs[i] });
    }
    return { t: "object", entries, range: call.range, hops: [] };
  },
  tolist: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown" || a.t === "null") return a;
    return a.t === "list" ? { ...a, set: false } : fail(call, "tolist() takes a list or set");
  },
  tomap: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown" || a.t === "null") return a;
    return a.t === "object" ? a : fail(call, "tomap() takes a map or object");
  },
  toset: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown" || a.t === "null") return a;
    const xs = items(a);
    if (!xs) return fail(call, "toset() takes a list or set");
    const u = deepUnknown(xs, call);
    return u ? { ...a, set: true } : { ...setOf(xs, call), range: a.range, hops: a.hops };
  },
  setunion: (args, call) => {
    const u = unknownArg(args, call) ?? deepUnknown(args, call);
    if (u) return u;
    const all = [];
    for (const a of args) {
      const xs = items(a);
      if (!xs) return fail(call, "setunion() takes sets");
      all.push(...xs);
    }
    return setOf(all, call);
  },
  contains: (args, call) => {
    const [l, v] = args;
    if (!l || !v) return fail(call, "contains() needs a list and a value");
    const u = unknownArg(args, call);
    if (u) return u;
    const xs = items(l);
    if (!xs) return fail(call, "contains() takes a list or set");
    let pending;
    for (const x of xs) {
      const c = compare(x, v);
      if (c === true) return bool(true, call);
      if (c !== false) pending ??= c;
    }
    return pending ? dependsOn(pending, call.text, call.range) : bool(false, call);
  },
  length: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    if (a.t === "unknown") return dependsOn(a, call.text, call.range);
    const n = a.t === "list" ? a.items.length : a.t === "object" ? new Set(a.entries.map((e) => e.key)).size : a.t === "string" ? [...a.v].length : void 0;
    return n === void 0 ? fail(call, "length() of a value that has none") : { t: "number", v: n, range: call.range, hops: [] };
  },
  element: (args, call) => {
    const [l, i] = args;
    if (!l || !i) return fail(call, "element() needs a list and an index");
    const u = unknownArg(args, call);
    if (u) return u;
    const xs = items(l);
    if (!xs || i.t !== "number" || xs.length === 0) return fail(call, "element() needs a non-empty list and a number");
    return xs[(Math.floor(i.v) % xs.length + xs.length) % xs.length];
  },
  compact: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    const u = unknownArg(args, call) ?? deepUnknown(args, call);
    if (u) return u;
    const xs = items(a);
    return xs ? list(xs.filter((x) => x.t !== "null" && !(x.t === "string" && x.v === "")), call) : fail(call, "compact() takes a list");
  },
  lookup: (args, call) => {
    const [m, k, d] = args;
    if (!m || !k) return fail(call, "lookup() needs a map and a key");
    const u = unknownArg([m, k], call);
    if (u) return u;
    const key = asString(k);
    if (m.t !== "object" || key === void 0) return fail(call, "lookup() on a non-map");
    const found = [...m.entries].reverse().find((e) => e.key === key);
    if (found) return { ...found.value, hops: [...m.hops, ...found.value.hops] };
    return d ?? fail(call, `no key ${JSON.stringify(key)}`);
  },
  merge: (args, call) => {
    const u = unknownArg(args, call);
    if (u) return u;
    const entries = [];
    for (const a of args) {
      if (a.t === "null") continue;
      if (a.t !== "object") return fail(call, "merge() takes maps or objects");
      for (const e of a.entries) entries.push({ ...e, value: { ...e.value, hops: [...a.hops, ...e.value.hops] } });
    }
    const byKey = new Map(entries.map((e) => [e.key, e]));
    return { t: "object", entries: [...byKey.values()], range: call.range, hops: [] };
  },
  concat: (args, call) => {
    const u = unknownArg(args, call);
    if (u) return u;
    const out = [];
    for (const a of args) {
      const xs = items(a);
      if (!xs) return fail(call, "concat() takes lists");
      out.push(...xs);
    }
    return list(out, call);
  },
  jsonencode: (args, call) => {
    const a = args[0];
    if (!a) return fail(call, "missing argument");
    const u = firstUnknown(a);
    if (u) return { ...dependsOn(u, call.text, call.range), json: a };
    return { t: "string", v: JSON.stringify(sortedKeys(toPlain(a))), json: a, range: call.range, hops: [] };
  }
};

// parsers/terraform/evaluate.ts
function evaluate(expr, file, scope) {
  return new Evaluation(file, scope).eval(expr);
}
function constantScope(dir, where) {
  return {
    variable: (name, at) => errorVal(`var.${name}`, at, `${where} cannot reference variables`),
    local: (name, at) => errorVal(`local.${name}`, at, `${where} cannot reference locals`),
    moduleDir: dir
  };
}
var NOT_RESOURCES = /* @__PURE__ */ new Set(["var", "local", "data", "module", "each", "count", "path", "self", "terraform"]);
function innerUnknown(v) {
  const { ref: _ref, notNull: _notNull, ...rest } = v;
  return rest;
}
var Evaluation = class _Evaluation {
  constructor(file, scope) {
    this.file = file;
    this.scope = scope;
  }
  file;
  scope;
  eval(expr) {
    const range = this.file.range(expr.span);
    switch (expr.type) {
      case "literal": {
        const text = this.file.slice(expr.span);
        const v = expr.value;
        if (v === null) return { t: "null", range, hops: [], text };
        if (typeof v === "string") return { t: "string", v, range, hops: [], text };
        if (typeof v === "number") return { t: "number", v, range, hops: [], text };
        return { t: "bool", v, range, hops: [], text };
      }
      case "template":
        return this.template(expr, range);
      case "tuple":
        return { t: "list", items: expr.items.map((i) => this.eval(i)), range, hops: [], text: this.file.slice(expr.span) };
      case "object": {
        const entries = [];
        for (const item of expr.items) {
          if (item.key.type === "variable") {
            entries.push({ key: item.key.name, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
            continue;
          }
          const k = this.eval(item.key);
          if (k.t === "unknown") return dependsOn(k, this.file.slice(expr.span), range);
          const key = asString(k);
          if (key === void 0) return errorVal(this.file.slice(expr.span), range, "object key is not a string");
          entries.push({ key, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
        }
        return { t: "object", entries, range, hops: [], text: this.file.slice(expr.span) };
      }
      case "variable":
      case "getattr":
      case "index":
        return this.traversal(expr, range);
      case "splat":
        return this.splat(expr, range);
      case "for":
        return this.forExpr(expr, range);
      case "call":
        return this.call(expr, range);
      case "conditional": {
        const c = this.eval(expr.condition);
        if (c.t === "unknown") {
          const u = dependsOn(c, this.file.slice(expr.span), range);
          if (u.error) return u;
          const alternatives = [this.eval(expr.then), this.eval(expr.else)].flatMap((v) => v.t === "unknown" ? v.oneOf ?? [void 0] : [v]);
          return alternatives.every((v) => v !== void 0 && v.t !== "list" && v.t !== "object") ? { ...u, oneOf: alternatives } : u;
        }
        const b = asBool(c);
        if (b === void 0) return this.error(expr, "condition is not a bool");
        return this.eval(b ? expr.then : expr.else);
      }
      case "unary": {
        const v = this.eval(expr.operand);
        if (v.t === "unknown") return dependsOn(v, this.file.slice(expr.span), range);
        if (expr.op === "!" && asBool(v) !== void 0) return { t: "bool", v: !asBool(v), range, hops: [] };
        if (expr.op === "-" && v.t === "number") return { t: "number", v: -v.v, range, hops: [], text: this.file.slice(expr.span) };
        return this.error(expr, `cannot apply ${expr.op}`);
      }
      case "binary":
        return this.binary(expr, range);
      case "unsupported":
        return this.unknown(expr, `${expr.what} is not evaluated`);
    }
  }
  unknown(expr, reason) {
    return unknownVal(this.file.slice(expr.span), this.file.range(expr.span), reason);
  }
  error(expr, reason) {
    return errorVal(this.file.slice(expr.span), this.file.range(expr.span), reason);
  }
  template(expr, range) {
    const only = expr.parts.length === 1 ? expr.parts[0] : void 0;
    if (only?.type === "interpolation") return this.eval(only.expr);
    const text = this.file.slice(expr.span);
    let out = "";
    let unknown;
    let ref;
    for (const p of expr.parts) {
      if (p.type === "text") out += p.value;
      else if (p.type === "directive") return this.unknown(expr, "template directives are not evaluated");
      else {
        const v = this.eval(p.expr);
        if (v.t === "unknown") {
          if (v.error) return dependsOn(v, text, range);
          ref = !unknown && out === "" && v.ref ? v.ref : void 0;
          unknown ??= v;
          continue;
        }
        const s = asString(v);
        if (s === void 0) return this.error(expr, "interpolation is not a string");
        out += s;
      }
    }
    if (unknown) {
      return { ...unknownVal(text, range, unknown.reason), notNull: true, ...ref ? { ref: { address: ref.address, suffix: ref.suffix + out } } : {} };
    }
    return { t: "string", v: out, range, hops: [], text };
  }
  traversal(expr, range) {
    const steps = [];
    let root = expr;
    while (root.type === "getattr" || root.type === "index") {
      steps.unshift(root);
      root = root.target;
    }
    if (root.type !== "variable") {
      let v = this.eval(root);
      for (const s of steps) v = this.step(v, s);
      return v;
    }
    const first = steps[0];
    const firstName = first?.type === "getattr" ? first.name : void 0;
    let val;
    let rest = steps.slice(1);
    const at = first ? this.file.range({ start: root.span.start, end: first.span.end }) : range;
    const it = this.scope.iterators?.get(root.name);
    if (it) {
      val = it;
      rest = steps;
    } else {
      switch (root.name) {
        case "var":
          if (firstName !== void 0) val = this.scope.variable(firstName, at);
          break;
        case "local":
          if (firstName !== void 0) val = this.scope.local(firstName, at);
          break;
        case "each":
          if (this.scope.each && (firstName === "key" || firstName === "value")) val = this.scope.each[firstName];
          else if (!this.scope.each) return this.error(expr, "each is only available in a resource or module with for_each");
          break;
        case "count":
          if (this.scope.countIndex && firstName === "index") val = this.scope.countIndex;
          else if (!this.scope.countIndex) return this.error(expr, "count.index is only available in a resource or module with count");
          break;
        case "path":
          if (firstName === "module" || firstName === "root" || firstName === "cwd") val = { t: "string", v: this.scope.moduleDir, range: at, hops: [] };
          break;
        case "module":
          if (firstName !== void 0 && this.scope.moduleOutput) return this.moduleOutput(expr, firstName, rest, range);
          break;
        default:
          if (!NOT_RESOURCES.has(root.name) && firstName !== void 0) return this.resourceAttribute(expr, root.name, firstName, rest, range);
      }
    }
    if (!val) {
      return unknownVal(this.file.slice(expr.span), range, `${this.file.slice(expr.span)} is known only at deploy time`);
    }
    for (const s of rest) val = this.step(val, s);
    return val;
  }
  /**
   * `azapi_resource.site.id` (also `…[0].id`, `…["k"].id`): known only after apply, never null,
   * and kept as a reference so that config children and slots find their site.
   */
  resourceAttribute(expr, type, name, rest, range) {
    const text = this.file.slice(expr.span);
    let address = `${this.scope.prefix ?? ""}${type}.${name}`;
    let i = 0;
    const index = rest[0];
    if (index?.type === "index") {
      const k = this.eval(index.key);
      const key = k.t === "number" ? String(k.v) : k.t === "string" ? JSON.stringify(k.v) : void 0;
      if (key !== void 0) address += `[${key}]`;
      i = 1;
    }
    const attr = rest[i];
    const u = { ...unknownVal(text, range, `${text} is known only after apply`), notNull: true };
    if (attr?.type === "getattr" && attr.name === "id" && rest.length === i + 1) return { ...u, ref: { address, suffix: "" } };
    return u;
  }
  /** `module.site.id`, `module.slot["a"].id`, `module.x[0].id`, then any further steps into the output's value. */
  moduleOutput(expr, call, rest, range) {
    let i = 0;
    let key;
    const first = rest[0];
    if (first?.type === "index") {
      key = this.eval(first.key);
      i = 1;
    }
    const out = rest[i];
    if (out?.type !== "getattr" || !this.scope.moduleOutput) return this.unknown(expr, `module.${call} as a whole is not evaluated`);
    let v = this.scope.moduleOutput(call, key, out.name, this.file.range({ start: expr.span.start, end: out.span.end }));
    for (const s of rest.slice(i + 1)) v = this.step(v, s);
    return v;
  }
  step(v, s) {
    const range = this.file.range(s.span);
    const text = this.file.slice(s.span);
    if (v.t === "unknown") return innerUnknown(v);
    if (s.type === "getattr") {
      if (v.t === "null") return errorVal(text, range, `attribute "${s.name}" of a null value`);
      return member(v, s.name) ?? errorVal(text, range, `no attribute ${JSON.stringify(s.name)}`);
    }
    if (s.type === "index") return this.index(v, this.eval(s.key), text, range);
    return this.unknown(s, "not evaluated");
  }
  index(v, k, text, range) {
    if (k.t === "unknown") return dependsOn(k, text, range);
    if (v.t === "null") return errorVal(text, range, "index of a null value");
    if (v.t === "list" && !v.set) {
      const n = k.t === "number" ? k.v : k.t === "string" && /^\d+$/.test(k.v) ? Number(k.v) : NaN;
      return element(v, n) ?? errorVal(text, range, "index out of range");
    }
    const key = asString(k);
    if (v.t === "object" && key !== void 0) return member(v, key) ?? errorVal(text, range, `no key ${JSON.stringify(key)}`);
    return errorVal(text, range, "cannot index this value");
  }
  splat(expr, range) {
    const text = this.file.slice(expr.span);
    const target = this.eval(expr.target);
    if (target.t === "unknown") return dependsOn(target, text, range);
    const items2 = target.t === "null" ? [] : target.t === "list" ? target.items.map((_, i) => element(target, i)) : [target];
    const out = items2.map((item) => expr.steps.reduce((v, s) => this.splatStep(v, s), item));
    return { t: "list", items: out, range, hops: [] };
  }
  splatStep(v, s) {
    const range = this.file.range(s.span);
    const text = this.file.slice(s.span);
    if (v.t === "unknown") return innerUnknown(v);
    if (s.type === "attr") return v.t === "null" ? errorVal(text, range, `attribute "${s.name}" of a null value`) : member(v, s.name) ?? errorVal(text, range, `no attribute ${JSON.stringify(s.name)}`);
    return this.index(v, this.eval(s.key), text, range);
  }
  forExpr(expr, range) {
    const text = this.file.slice(expr.span);
    const coll = this.eval(expr.collection);
    if (coll.t === "unknown") return dependsOn(coll, text, range);
    const elements = elementsOf(coll);
    if (!elements) return errorVal(text, range, "a for expression needs a list, set, map or object");
    if (elements.length > MAX_ELEMENTS) return unknownVal(text, range, `more than ${MAX_ELEMENTS} elements: not evaluated`);
    const items2 = [];
    const groups = /* @__PURE__ */ new Map();
    for (const { key, value } of elements) {
      const iterators = new Map(this.scope.iterators ?? []);
      if (expr.keyVar !== void 0) iterators.set(expr.keyVar, key);
      iterators.set(expr.valueVar, value);
      const inner = new _Evaluation(this.file, { ...this.scope, iterators });
      if (expr.condition) {
        const c = inner.eval(expr.condition);
        if (c.t === "unknown") return dependsOn(c, text, range);
        const b = asBool(c);
        if (b === void 0) return errorVal(text, range, "the for condition is not a bool");
        if (!b) continue;
      }
      if (!expr.key) {
        items2.push(inner.eval(expr.value));
        continue;
      }
      const k = inner.eval(expr.key);
      if (k.t === "unknown") return dependsOn(k, text, range);
      const ks = asString(k);
      if (ks === void 0) return errorVal(text, range, "a for expression key is not a string");
      const v = inner.eval(expr.value);
      const g = groups.get(ks);
      if (g && !expr.group) return errorVal(text, range, `duplicate key ${JSON.stringify(ks)} (add ... to group values)`);
      if (g) g.values.push(v);
      else groups.set(ks, { keyRange: k.range, values: [v] });
    }
    if (!expr.key) return { t: "list", items: items2, range, hops: [] };
    const entries = [...groups].map(([key, g]) => ({
      key,
      keyRange: g.keyRange,
      value: expr.group ? { t: "list", items: g.values, range, hops: [] } : g.values[0]
    }));
    return { t: "object", entries, range, hops: [] };
  }
  call(expr, range) {
    const text = this.file.slice(expr.span);
    if (expr.name === "try" || expr.name === "can") return this.tryCan(expr, range, text);
    if (expr.name === "filebase64" && expr.args.length === 1 && expr.args[0]) return this.fileBase64(expr.args[0], range, text);
    const f = functions[expr.name];
    if (!f) return unknownVal(text, range, `function ${expr.name}() is not evaluated`);
    const args = expr.args.map((a) => this.eval(a));
    if (expr.expand) {
      const last = args.pop();
      if (!last) return errorVal(text, range, "nothing to expand");
      if (last.t === "unknown") return dependsOn(last, text, range);
      if (last.t !== "list") return errorVal(text, range, "expanded argument is not a list");
      args.push(...last.items.map((_, i) => element(last, i)));
    }
    return f(args, { range, text });
  }
  /**
   * `try(a, b, …)` and `can(a)` as Terraform decides them: an argument whose references are not
   * all known makes the result unknown; an argument that fails moves on to the next.
   */
  tryCan(expr, range, text) {
    if (expr.args.length === 0) return errorVal(text, range, `${expr.name}() needs an argument`);
    for (const arg of expr.args) {
      const pending = this.unknownReference(arg, /* @__PURE__ */ new Set());
      if (pending) return dependsOn(pending, text, range);
      const v = this.eval(arg);
      const u = firstUnknown(v);
      if (expr.name === "can") {
        if (u?.error) return { t: "bool", v: false, range, hops: [] };
        return u ? unknownVal(text, range, u.reason) : { t: "bool", v: true, range, hops: [] };
      }
      if (v.t === "unknown" && v.error) continue;
      if (u && !u.error) return unknownAt(v.t === "unknown" ? v : u, text, range);
      return v;
    }
    return errorVal(text, range, "no argument of try() succeeded");
  }
  /** The first reference in `expr` (outside its own `for` symbols) whose value is not wholly known, as `try` checks. */
  unknownReference(expr, bound) {
    const visit2 = (e, b) => this.unknownReference(e, b);
    switch (expr.type) {
      case "variable":
      case "getattr":
      case "index": {
        const chain = [];
        let root = expr;
        while (root.type === "getattr" || root.type === "index") {
          chain.unshift(root);
          root = root.target;
        }
        if (root.type !== "variable") {
          for (const s of chain) if (s.type === "index") {
            const u2 = visit2(s.key, bound);
            if (u2) return u2;
          }
          return visit2(root, bound);
        }
        let staticEnd = root;
        for (const s of chain) {
          if (s.type === "index" && s.key.type !== "literal") break;
          staticEnd = s;
        }
        for (const s of chain) if (s.type === "index" && s.key.type !== "literal") {
          const u2 = visit2(s.key, bound);
          if (u2) return u2;
        }
        if (bound.has(root.name)) return void 0;
        const u = firstUnknown(this.eval(staticEnd));
        return u && !u.error ? u : void 0;
      }
      case "template":
        for (const p of expr.parts) if (p.type === "interpolation") {
          const u = visit2(p.expr, bound);
          if (u) return u;
        }
        return void 0;
      case "tuple":
        for (const i of expr.items) {
          const u = visit2(i, bound);
          if (u) return u;
        }
        return void 0;
      case "object":
        for (const i of expr.items) {
          const u = (i.key.type === "variable" ? void 0 : visit2(i.key, bound)) ?? visit2(i.value, bound);
          if (u) return u;
        }
        return void 0;
      case "call":
        for (const a of expr.args) {
          const u = visit2(a, bound);
          if (u) return u;
        }
        return void 0;
      case "conditional":
        return visit2(expr.condition, bound) ?? visit2(expr.then, bound) ?? visit2(expr.else, bound);
      case "unary":
        return visit2(expr.operand, bound);
      case "binary":
        return visit2(expr.left, bound) ?? visit2(expr.right, bound);
      case "splat":
        for (const s of expr.steps) if (s.type === "index") {
          const u = visit2(s.key, bound);
          if (u) return u;
        }
        return visit2(expr.target, bound);
      case "for": {
        const inner = new Set(bound);
        if (expr.keyVar !== void 0) inner.add(expr.keyVar);
        inner.add(expr.valueVar);
        return visit2(expr.collection, bound) ?? (expr.key && visit2(expr.key, inner)) ?? visit2(expr.value, inner) ?? (expr.condition && visit2(expr.condition, inner));
      }
      default:
        return void 0;
    }
  }
  /**
   * `filebase64(path)` of a file that exists: a known value that names the file
   * (its bytes are not read); certificate rules treat it as material in source.
   */
  fileBase64(arg, range, text) {
    const p = this.eval(arg);
    if (p.t === "unknown") return dependsOn(p, text, range);
    const rel = asString(p);
    if (rel === void 0) return errorVal(text, range, "path is not a string");
    const abs = isAbsolute(rel) ? rel : join2(this.scope.moduleDir, rel);
    if (!this.scope.fileExists?.(abs)) return unknownVal(text, range, `${rel} is not in the repository`);
    return { t: "string", v: text, range, hops: [], text };
  }
  binary(expr, range) {
    const l = this.eval(expr.left);
    const r = this.eval(expr.right);
    const text = this.file.slice(expr.span);
    if (expr.op === "&&" || expr.op === "||") {
      const lb = l.t === "unknown" ? void 0 : asBool(l);
      const rb = r.t === "unknown" ? void 0 : asBool(r);
      const short = expr.op === "&&" ? false : true;
      if (lb === short || rb === short) return { t: "bool", v: short, range, hops: [] };
      if (lb !== void 0 && rb !== void 0) return { t: "bool", v: expr.op === "&&" ? lb && rb : lb || rb, range, hops: [] };
      const u2 = (l.t === "unknown" ? l : void 0) ?? (r.t === "unknown" ? r : void 0);
      return u2 ? dependsOn(u2, text, range) : errorVal(text, range, "operands are not bools");
    }
    if (expr.op === "==" || expr.op === "!=") {
      const eq = compare(l, r);
      if (typeof eq !== "boolean") return dependsOn(eq, text, range);
      return { t: "bool", v: expr.op === "==" ? eq : !eq, range, hops: [] };
    }
    const u = (l.t === "unknown" ? l : void 0) ?? (r.t === "unknown" ? r : void 0);
    if (u) return dependsOn(u, text, range);
    const a = l.t === "number" ? l.v : l.t === "string" ? Number(l.v) : NaN;
    const b = r.t === "number" ? r.v : r.t === "string" ? Number(r.v) : NaN;
    if (Number.isNaN(a) || Number.isNaN(b)) return errorVal(text, range, `operands of ${expr.op} are not numbers`);
    const num = (v) => ({ t: "number", v, range, hops: [] });
    const bool2 = (v) => ({ t: "bool", v, range, hops: [] });
    switch (expr.op) {
      case "+":
        return num(a + b);
      case "-":
        return num(a - b);
      case "*":
        return num(a * b);
      case "/":
        return b === 0 ? errorVal(text, range, "division by zero") : num(a / b);
      case "%":
        return b === 0 ? errorVal(text, range, "division by zero") : num(a % b);
      case "<":
        return bool2(a < b);
      case "<=":
        return bool2(a <= b);
      case ">":
        return bool2(a > b);
      case ">=":
        return bool2(a >= b);
      default:
        return unknownVal(text, range, `operator ${expr.op} is not evaluated`);
    }
  }
};

// parsers/terraform/config-view.ts
var BodyView = class _BodyView {
  constructor(file, body, scope, range, taint) {
    this.file = file;
    this.body = body;
    this.scope = scope;
    this.range = range;
    this.taint = taint;
  }
  file;
  body;
  scope;
  range;
  taint;
  attr(name) {
    const a = findAttribute(this.body, name);
    if (!a) return void 0;
    const exprRange = this.file.range(a.expr.span);
    if (this.taint) return { val: unknownVal(this.taint.expression, this.taint.range, this.taint.reason), exprRange };
    return { val: evaluate(a.expr, this.file, this.scope), exprRange };
  }
  blocks(name) {
    const out = [];
    for (const b of this.body.blocks) {
      if (b.type === name) out.push(new _BodyView(this.file, b.body, this.scope, this.file.range(b.header), this.taint));
      else if (b.type === "dynamic" && b.labels[0]?.value === name) out.push(...this.dynamic(b, name));
    }
    if (this.body.fromJson) {
      const a = findAttribute(this.body, name);
      const items2 = a ? a.expr.type === "tuple" ? a.expr.items : [a.expr] : [];
      for (const item of items2) {
        const body = objectAsBody(item);
        if (body) out.push(new _BodyView(this.file, body, this.scope, this.file.range(item.span), this.taint));
      }
    }
    return out;
  }
  /** `dynamic "x" { for_each = …; iterator = it; content { … } }`, one view per element, as Terraform iterates them. */
  dynamic(block, name) {
    const content = block.body.blocks.find((b) => b.type === "content");
    const forEach = findAttribute(block.body, "for_each");
    if (!content || !forEach) return [];
    const it = findAttribute(block.body, "iterator")?.expr;
    const iterator = it?.type === "variable" ? it.name : name;
    const range = this.file.range(block.header);
    const coll = evaluate(forEach.expr, this.file, this.scope);
    const elements = elementsOf(coll);
    if (!elements) {
      const taint = coll.t === "unknown" ? coll : unknownVal(this.file.slice(forEach.expr.span), this.file.range(forEach.expr.span), "dynamic block for_each is not a collection");
      return [new _BodyView(this.file, content.body, this.scope, range, taint)];
    }
    return elements.map(({ key, value }) => {
      const itVal = {
        t: "object",
        entries: [
          { key: "key", keyRange: key.range, value: key },
          { key: "value", keyRange: value.range, value }
        ],
        range: value.range,
        hops: []
      };
      const iterators = new Map(this.scope.iterators ?? []);
      iterators.set(iterator, itVal);
      return new _BodyView(this.file, content.body, { ...this.scope, iterators }, range, this.taint);
    });
  }
  reference(name) {
    const a = findAttribute(this.body, name);
    if (!a) return void 0;
    const address = referencedResource(a.expr);
    return address ? { address, range: this.file.range(a.expr.span) } : void 0;
  }
};
var NOT_RESOURCES2 = /* @__PURE__ */ new Set(["var", "local", "data", "module", "each", "count", "path", "self", "terraform"]);
function referencedResource(expr) {
  let e = expr;
  if (e.type === "template" && e.parts.length === 1 && e.parts[0]?.type === "interpolation") e = e.parts[0].expr;
  const chain = [];
  while (e.type === "getattr" || e.type === "index") {
    chain.unshift(e);
    e = e.target;
  }
  const first = chain[0];
  if (e.type !== "variable" || NOT_RESOURCES2.has(e.name) || first?.type !== "getattr") return void 0;
  return `${e.name}.${first.name}`;
}
var ValView = class _ValView {
  constructor(val, propertyRange, caseInsensitive = false, references) {
    this.val = val;
    this.propertyRange = propertyRange;
    this.caseInsensitive = caseInsensitive;
    this.references = references;
  }
  val;
  propertyRange;
  caseInsensitive;
  references;
  get range() {
    return this.propertyRange;
  }
  attr(name) {
    const m = member(this.val, name, this.caseInsensitive);
    if (!m) return this.val.t === "unknown" ? { val: withHops(this.val, []), exprRange: this.propertyRange } : void 0;
    return { val: m, exprRange: m.hops.length === 0 ? m.range : this.propertyRange };
  }
  blocks(name) {
    if (this.val.t === "unknown") return [this];
    const m = member(this.val, name, this.caseInsensitive);
    if (!m) return [];
    const items2 = m.t === "list" ? m.items.map((_, i) => element(m, i)).filter((x) => x !== void 0) : [m];
    return items2.map((i) => new _ValView(i, i.hops.length === 0 ? i.range : this.propertyRange, this.caseInsensitive));
  }
  reference(name) {
    return this.references?.(name);
  }
};

// parsers/terraform/entity-context.ts
function entityBase(ctx) {
  const { prefix: _prefix, era: _era, ...base } = ctx;
  if (base.via && base.via.length === 0) delete base.via;
  for (const key of Object.keys(base)) if (base[key] === void 0) delete base[key];
  return base;
}

// parsers/terraform/json-values.ts
function jsonToVal(n, file) {
  const range = file.range({ start: n.offset, end: n.offset + n.length });
  const text = file.text.slice(n.offset, n.offset + n.length);
  switch (n.type) {
    case "string":
      return { t: "string", v: String(n.value), range, hops: [], text };
    case "number":
      return { t: "number", v: Number(n.value), range, hops: [], text };
    case "boolean":
      return { t: "bool", v: Boolean(n.value), range, hops: [], text };
    case "null":
      return { t: "null", range, hops: [], text };
    case "array":
      return { t: "list", items: (n.children ?? []).map((c) => jsonToVal(c, file)), range, hops: [] };
    case "object": {
      const entries = [];
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        entries.push({ key: String(k.value), keyRange: file.range({ start: k.offset, end: k.offset + k.length }), value: jsonToVal(v, file) });
      }
      return { t: "object", entries, range, hops: [] };
    }
    default:
      return { t: "null", range, hops: [], text };
  }
}

// parsers/terraform/source-file.ts
var SourceFile = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
    this.lines = new LineMap(text);
  }
  path;
  text;
  lines;
  /** The range of a span, clamped to the text (an error at the end of input points at its last place). */
  range(span2) {
    const n = this.text.length;
    const start = Math.max(0, Math.min(span2.start, n));
    return this.lines.range(this.path, start, Math.max(start, Math.min(span2.end, n)));
  }
  slice(span2) {
    return this.text.slice(span2.start, span2.end);
  }
};

// parsers/terraform/azapi-sites.ts
function azapiSiteType(type) {
  const s = asString(type)?.split("@")[0]?.trim().toLowerCase();
  if (s === "microsoft.web/sites") return "Microsoft.Web/sites";
  if (s === "microsoft.web/sites/slots") return "Microsoft.Web/sites/slots";
  return void 0;
}
function azapiBody(body) {
  if (body.json) return withBodyHops(body.json, body);
  if (body.t === "string") {
    const root = parseTree(body.v);
    if (root) {
      const parsed = jsonToVal(root, new SourceFile(body.range.file, body.v));
      return pinTo(parsed, body);
    }
    return unknownVal(body.text ?? body.v, body.range, "body is not JSON");
  }
  return body;
}
var withBodyHops = (v, from) => from.hops.length === 0 ? v : { ...v, hops: [...from.hops, ...v.hops] };
function pinTo(v, at) {
  const base = { range: at.range, hops: at.hops };
  switch (v.t) {
    case "list":
      return { ...v, ...base, items: v.items.map((i) => pinTo(i, { ...at, hops: [] })) };
    case "object":
      return { ...v, ...base, entries: v.entries.map((e) => ({ ...e, keyRange: at.range, value: pinTo(e.value, { ...at, hops: [] }) })) };
    default:
      return { ...v, ...base };
  }
}
function kindOf(body) {
  const k = member(body, "kind", true);
  const s = k ? asString(k)?.toLowerCase() ?? "" : "";
  if (s.includes("workflowapp")) return "logicApp";
  if (s.includes("functionapp")) return "functionApp";
  return "webApp";
}
function readArmSetting(entry, props2, siteConfig, decl) {
  const convert2 = (v) => entry.value.convert(toPlain(v));
  const at = (view) => readSetting(view, entry.property, convert2, entry.value.type, entry.default, decl);
  switch (entry.place) {
    case "properties":
      return at(props2);
    case "siteConfig":
      return at(siteConfig);
    case "properties-or-siteConfig":
      return at(props2?.attr(entry.property) ? props2 : siteConfig);
    case "appSetting":
      return readAppSetting(siteConfig, "appSettings", entry.property, entry.default, decl);
  }
}
function mapAzapiSite(resource, bodyRead, ctx) {
  const decl = ctx.declaration;
  const body = bodyRead ? azapiBody(bodyRead.val) : void 0;
  const propsVal = body ? member(body, "properties", true) ?? (body.t === "unknown" ? body : void 0) : void 0;
  const props2 = propsVal && bodyRead ? new ValView(propsVal, propsVal.hops.length === 0 ? propsVal.range : bodyRead.exprRange, true) : void 0;
  const siteConfig = props2?.blocks("siteConfig")[0];
  const settings = {};
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) settings[key] = readArmSetting(entry, props2, siteConfig, decl);
  const tagsFromBody = body && member(body, "tags", true) && bodyRead ? new ValView(body, bodyRead.exprRange, true) : void 0;
  const site = {
    ...entityBase(ctx),
    entity: "site",
    kind: body ? kindOf(body) : "webApp",
    tags: readSetting(resource.attr("tags") ? resource : tagsFromBody, "tags", record, "map", knownDefault({}), decl),
    settings,
    ...ARM_SITE_FACTS
  };
  if (ctx.resourceType === "Microsoft.Web/sites/slots") {
    const ref = resource.reference("parent_id");
    const written = resource.attr("parent_id");
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === "unknown" ? written.val.expression : str(written.val) ?? "", range: written.exprRange };
  }
  return site;
}

// parsers/terraform/azapi-config.ts
function azapiConfigType(type) {
  const s = asString(type)?.split("@")[0]?.trim().toLowerCase();
  return s === "microsoft.web/sites/config" || s === "microsoft.web/sites/slots/config";
}
function readAzapiConfig(name, bodyRead, declaration, replaces) {
  if (!bodyRead || name !== "web" && name !== "appsettings") return {};
  const body = azapiBody(bodyRead.val);
  const props2 = member(body, "properties", true) ?? (body.t === "unknown" ? body : void 0);
  if (!props2) return {};
  const view = new ValView(props2, props2.hops.length === 0 ? props2.range : bodyRead.exprRange, true);
  const out = {};
  const appSettings = new ValView({ t: "object", entries: [{ key: "appSettings", keyRange: props2.range, value: props2 }], range: props2.range, hops: [] }, view.range, true);
  for (const [key, entry] of catalogEntries(ARM_SITE_SETTINGS)) {
    if (entry.place === "properties" || name === "appsettings" && entry.place !== "appSetting") continue;
    const s = readArmSetting(entry, void 0, name === "appsettings" ? appSettings : view, declaration);
    if (s.kind !== "absent" || replaces && name === "appsettings") out[key] = s;
  }
  return out;
}

// parsers/terraform/azurerm-sites.ts
function readArgument(view, a, declaration) {
  let at = view;
  for (const block of a.path.slice(0, -1)) at = at?.blocks(block)[0];
  const name = a.path[a.path.length - 1];
  if (a.appSetting) return readAppSetting(at, name, a.appSetting, a.default, declaration);
  return readSetting(at, name, a.convert, a.typeName, a.default, declaration);
}
function mapAzurermSite(view, ctx) {
  const type = azurermSiteType(ctx.resourceType);
  if (!type) return void 0;
  const decl = ctx.declaration;
  const settings = {};
  for (const key of Object.keys(azurermSiteFacts(type).written)) {
    const a = type.args[key];
    settings[key] = a ? readArgument(view, a, decl) : absent(decl, missingArgumentDefault(ctx.resourceType, type, key));
  }
  if (type.clientCertSwitch === "mode") settings.clientCertEnabled = enabledByMode(settings.clientCertMode, type, ctx);
  const site = {
    ...entityBase(ctx),
    entity: "site",
    kind: type.kind,
    tags: readSetting(view, "tags", record, "map", knownDefault({}), decl),
    settings,
    ...azurermSiteFacts(type)
  };
  if (type.parent) {
    const ref = view.reference(type.parent);
    const written = view.attr(type.parent);
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === "unknown" ? written.val.expression : str(written.val) ?? "", range: written.exprRange };
  }
  return site;
}
function enabledByMode(mode, type, ctx) {
  if (mode.kind === "set") return setValue(true, mode.range, mode.trail, mode.text);
  if (mode.kind === "unresolved") return unresolved(mode.expression, mode.range, mode.trail, "client certificates are on when a mode is set");
  return absent(ctx.declaration, modeSwitchDefault(type, ctx.era, ctx.format === "terraform-plan"));
}

// parsers/terraform/certificates.ts
function mapCertificate(view, ctx) {
  const settings = {};
  for (const key of Object.keys(AZURERM_CERTIFICATE_ARGS)) settings[key] = readArgument(view, AZURERM_CERTIFICATE_ARGS[key], ctx.declaration);
  return { ...entityBase(ctx), entity: "certificate", settings, written: AZURERM_CERTIFICATE_NAMES };
}

// parsers/terraform/module-model.ts
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join3, resolve } from "node:path";

// parsers/terraform/types.ts
var ANY = { kind: "any" };
function readType(expr) {
  if (!expr) return ANY;
  if (expr.type === "variable") {
    if (expr.name === "string" || expr.name === "number" || expr.name === "bool") return { kind: expr.name };
    return ANY;
  }
  if (expr.type === "literal" && (expr.value === "string" || expr.value === "number" || expr.value === "bool")) return { kind: expr.value };
  if (expr.type !== "call") return ANY;
  const [arg] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expr.name, element: readType(arg) };
    case "tuple":
      return arg?.type === "tuple" ? { kind: "tuple", elements: arg.items.map(readType) } : ANY;
    case "object": {
      if (arg?.type !== "object") return ANY;
      const attributes = /* @__PURE__ */ new Map();
      for (const item of arg.items) {
        const name = item.key.type === "variable" ? item.key.name : item.key.type === "literal" && typeof item.key.value === "string" ? item.key.value : void 0;
        if (name === void 0) return ANY;
        const v = item.value;
        if (v.type === "call" && v.name === "optional") attributes.set(name, { type: readType(v.args[0]), optional: true, ...v.args[1] ? { default: v.args[1] } : {} });
        else attributes.set(name, { type: readType(v), optional: false });
      }
      return { kind: "object", attributes };
    }
    default:
      return ANY;
  }
}
var MAX_STEPS = 1e5;
function convertToType(val, type, c) {
  const budget = { steps: 0 };
  return convert(val, type, c, budget);
}
function convert(val, type, c, budget) {
  if (++budget.steps > MAX_STEPS) return errorVal(val.text ?? "value", val.range, "type conversion too large to evaluate");
  if (val.t === "unknown" || val.t === "null" || type.kind === "any") return val;
  const refuse = () => errorVal(val.text ?? describe(val), val.range, `not a valid ${typeName(type)}`);
  switch (type.kind) {
    case "string": {
      if (val.t === "string") return val;
      const s = asString(val);
      return s === void 0 ? refuse() : { t: "string", v: s, range: val.range, hops: val.hops, ...val.text !== void 0 ? { text: val.text } : {} };
    }
    case "bool": {
      if (val.t === "bool") return val;
      const b = val.t === "string" ? asBool(val) : void 0;
      return b === void 0 ? refuse() : { t: "bool", v: b, range: val.range, hops: val.hops, ...val.text !== void 0 ? { text: val.text } : {} };
    }
    case "number": {
      if (val.t === "number") return val;
      const n = val.t === "string" && /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(val.v) ? Number(val.v) : NaN;
      return Number.isNaN(n) ? refuse() : { t: "number", v: n, range: val.range, hops: val.hops, ...val.text !== void 0 ? { text: val.text } : {} };
    }
    case "list":
    case "set": {
      if (val.t !== "list") return refuse();
      const items2 = val.items.map((i) => convert(i, type.element, c, budget));
      if (type.kind === "list") return { ...val, items: items2, set: false };
      return { ...val, items: setElements(items2), set: true };
    }
    case "tuple": {
      if (val.t !== "list" || val.items.length !== type.elements.length) return refuse();
      return { ...val, items: val.items.map((i, n) => convert(i, type.elements[n] ?? ANY, c, budget)), set: false };
    }
    case "map": {
      if (val.t !== "object") return refuse();
      return { ...val, entries: val.entries.map((e) => ({ ...e, value: convert(e.value, type.element, c, budget) })) };
    }
    case "object": {
      if (val.t !== "object") return refuse();
      const entries = [];
      for (const [name, attr] of type.attributes) {
        const given = [...val.entries].reverse().find((e) => e.key === name);
        if (given && given.value.t !== "null") {
          entries.push({ ...given, value: convert(given.value, attr.type, c, budget) });
          continue;
        }
        if (!attr.optional) {
          if (given) entries.push(given);
          else return errorVal(val.text ?? describe(val), val.range, `attribute "${name}" is required`);
          continue;
        }
        if (attr.default) {
          const d = c.evalDefault(attr.default, c.file);
          const hop = { kind: "parameter-default", name, range: d.range };
          entries.push({ key: name, keyRange: given?.keyRange ?? d.range, value: withHops(convert(d, attr.type, c, budget), [hop]) });
        } else entries.push({ key: name, keyRange: given?.keyRange ?? val.range, value: { t: "null", range: given?.value.range ?? val.range, hops: [] } });
      }
      return { ...val, entries };
    }
  }
}
function typeName(t) {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return `${t.kind}(${typeName(t.element)})`;
    case "tuple":
      return `tuple([${t.elements.map(typeName).join(", ")}])`;
    case "object":
      return "object";
    default:
      return t.kind;
  }
}
function describe(val) {
  const p = toPlain(val);
  return p === void 0 ? val.t : JSON.stringify(p);
}

// parsers/terraform/module-model.ts
var literalString = (e) => {
  if (!e) return void 0;
  if (e.type === "literal" && typeof e.value === "string") return e.value;
  if (e.type === "template" && e.parts.every((p) => p.type === "text")) return e.parts.map((p) => p.type === "text" ? p.value : "").join("");
  return void 0;
};
function readModule(ws, dir) {
  const mod = { dir, files: [], variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), resources: [], calls: [], outputs: /* @__PURE__ */ new Map(), azurermConstraints: [] };
  for (const path of ws.moduleFiles(dir)) {
    const file = ws.load(path);
    if (!file) continue;
    mod.files.push(file);
    for (const block of file.doc.body.blocks) collect(mod, file, block);
  }
  const lock = join3(dir, ".terraform.lock.hcl");
  if (ws.exists(lock)) {
    const file = ws.load(lock);
    for (const b of file?.doc.body.blocks ?? []) {
      if (b.type !== "provider" || !/(^|\/)hashicorp\/azurerm$/.test(b.labels[0]?.value ?? "")) continue;
      const v = literalString(findAttribute(b.body, "version")?.expr);
      if (v) mod.azurermLocked = v;
    }
  }
  return mod;
}
function collect(mod, file, block) {
  const [l0, l1] = block.labels;
  switch (block.type) {
    case "variable":
      if (l0) {
        const flag = (name, value) => {
          const e = findAttribute(block.body, name)?.expr;
          return e?.type === "literal" && e.value === value;
        };
        const def = findAttribute(block.body, "default");
        mod.variables.set(l0.value, {
          name: l0.value,
          file: file.source,
          block,
          ...def ? { default: def } : {},
          sensitive: flag("sensitive", true),
          nonNullable: flag("nullable", false),
          type: readType(findAttribute(block.body, "type")?.expr)
        });
      }
      break;
    case "locals":
      for (const a of block.body.attributes) mod.locals.set(a.name, { name: a.name, file: file.source, attr: a });
      break;
    case "output": {
      const value = findAttribute(block.body, "value");
      if (l0 && value) mod.outputs.set(l0.value, { name: l0.value, file: file.source, attr: value });
      break;
    }
    case "resource":
      if (l0 && l1) mod.resources.push({ type: l0.value, name: l1.value, file, block });
      break;
    case "module":
      if (l0) {
        const source = literalString(findAttribute(block.body, "source")?.expr);
        const local = source !== void 0 && (source.startsWith("./") || source.startsWith("../"));
        const version = literalString(findAttribute(block.body, "version")?.expr);
        mod.calls.push({
          name: l0.value,
          file,
          block,
          ...local ? { localDir: resolve(dirname2(file.source.path), source) } : {},
          ...source !== void 0 ? { source } : {},
          ...version !== void 0 ? { version } : {}
        });
      }
      break;
    case "terraform":
      for (const rp of nestedBodies(block, "required_providers")) {
        const a = findAttribute(rp, "azurerm");
        if (!a) continue;
        const direct = literalString(a.expr);
        if (direct !== void 0) mod.azurermConstraints.push(direct);
        else if (a.expr.type === "object") {
          const version = a.expr.items.find((i) => i.key.type === "variable" && i.key.name === "version" || i.key.type === "literal" && i.key.value === "version");
          const v = literalString(version?.value);
          if (v !== void 0) mod.azurermConstraints.push(v);
        }
      }
      break;
    default:
      break;
  }
}
function nestedBodies(block, type) {
  const out = block.body.blocks.filter((b) => b.type === type).map((b) => b.body);
  if (block.body.fromJson) {
    const a = findAttribute(block.body, type);
    const items2 = a ? a.expr.type === "tuple" ? a.expr.items : [a.expr] : [];
    for (const i of items2) {
      const body = objectAsBody(i);
      if (body) out.push(body);
    }
  }
  return out;
}

// parsers/terraform/provider-version.ts
function parseVersion(s) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
  if (!m) return void 0;
  const parts = [m[1], m[2], m[3]].filter((x) => x !== void 0).length;
  return { v: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], parts };
}
var cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
var FIVE = [5, 0, 0];
function providerEra(constraints) {
  let lo = [0, 0, 0];
  let hi;
  let hiInclusive = false;
  const raise = (v) => {
    if (cmp(v, lo) > 0) lo = v;
  };
  const lower = (v, inclusive) => {
    if (!hi || cmp(v, hi) < 0 || cmp(v, hi) === 0 && !inclusive) {
      hi = v;
      hiInclusive = inclusive;
    }
  };
  let any = false;
  for (const constraint of constraints) {
    for (const raw of constraint.split(",")) {
      const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(raw);
      const parsed = m?.[2] ? parseVersion(m[2]) : void 0;
      if (!m || !parsed) continue;
      any = true;
      const { v, parts } = parsed;
      switch (m[1] ?? "=") {
        case "=":
          raise(v);
          lower(v, true);
          break;
        case ">=":
          raise(v);
          break;
        case ">":
          raise([v[0], v[1], v[2] + 1]);
          break;
        case "<":
          lower(v, false);
          break;
        case "<=":
          lower(v, true);
          break;
        case "~>": {
          raise(v);
          const up = parts >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0];
          lower(up, false);
          break;
        }
        default:
          break;
      }
    }
  }
  if (!any) return void 0;
  if (cmp(lo, FIVE) >= 0) return "v5";
  const h = hi;
  if (h && (cmp(h, FIVE) < 0 || cmp(h, FIVE) === 0 && !hiInclusive)) return "pre-v5";
  return void 0;
}

// parsers/terraform/site-patches.ts
var refOf = (v) => v?.t === "unknown" ? v.ref : void 0;
function readSitePatch(resourceType, view, ctx) {
  const type = view.attr("type");
  if (!type) return { kind: "none" };
  const update = resourceType === "azapi_update_resource";
  const parent = view.attr("parent_id");
  const resourceId = view.attr("resource_id");
  const body = view.attr("body");
  if (azapiConfigType(type.val)) {
    const parentRef = refOf(parent?.val);
    const idRef = refOf(resourceId?.val);
    const nameRead = view.attr("name");
    let target;
    let name;
    if (parentRef && parentRef.suffix === "") {
      target = parentRef.address;
      name = nameRead ? asString(nameRead.val)?.toLowerCase() : void 0;
    } else if (idRef) {
      const m = /^\/config\/([^/]+)$/i.exec(idRef.suffix);
      if (m) {
        target = idRef.address;
        name = m[1]?.toLowerCase();
      }
    }
    const where = parent ?? resourceId;
    if (!target) return where ? { kind: "elsewhere", what: "the site this config belongs to", range: where.exprRange } : { kind: "none" };
    const settings = writtenBy(readAzapiConfig(name, body, ctx.declaration, !update), `${ctx.name}${ctx.instance ?? ""}`, ctx.declaration);
    return { kind: "patch", patch: { target, settings, by: "config" } };
  }
  if (update && azapiSiteType(type.val)) {
    const ref = refOf(resourceId?.val);
    if (!ref || ref.suffix !== "") return resourceId ? { kind: "elsewhere", what: "the site this update changes", range: resourceId.exprRange } : { kind: "none" };
    const site = mapAzapiSite(view, body, ctx);
    const settings = {};
    for (const [key, setting] of Object.entries(site.settings)) {
      if (setting.kind !== "absent") settings[key] = setting;
    }
    return { kind: "patch", patch: { target: ref.address, settings, by: "site" } };
  }
  return { kind: "none" };
}
function applyPatches(entities, patches) {
  for (const p of patches) {
    for (const e of entities) {
      if (e.entity !== "site" || e.name !== p.target && e.name + (e.instance ?? "") !== p.target) continue;
      if (p.by === "site") Object.assign(e.settings, p.settings);
      else overrideWithConfig(e, p.settings);
    }
  }
}

// parsers/terraform/module-instance.ts
var MAX_MODULE_DEPTH = 16;
var MAX_INSTANCES = 1e3;
var ModuleInstance = class _ModuleInstance {
  constructor(ws, mod, inputs, options) {
    this.ws = ws;
    this.mod = mod;
    this.inputs = inputs;
    this.options = options;
    const lock = mod.azurermLocked ?? options.inheritedLock;
    const constraints = [...options.inheritedConstraints, ...mod.azurermConstraints];
    this.era = providerEra(lock !== void 0 ? [lock] : constraints);
    this.version = lock ?? (constraints.length > 0 ? constraints.join(", ") : void 0);
  }
  ws;
  mod;
  inputs;
  options;
  variableCache = /* @__PURE__ */ new Map();
  localCache = /* @__PURE__ */ new Map();
  localsInProgress = /* @__PURE__ */ new Set();
  outputCache = /* @__PURE__ */ new Map();
  outputsInProgress = /* @__PURE__ */ new Set();
  /** Instances of the modules this one calls, made once: entities and `module.x.out` share their caches. */
  children = /* @__PURE__ */ new Map();
  era;
  version;
  scope(extra = {}) {
    return {
      variable: (name, at) => this.variable(name, at),
      local: (name, at) => this.local(name, at),
      moduleDir: this.mod.dir,
      prefix: this.options.prefix,
      moduleOutput: (call, key, output, at) => this.moduleOutput(call, key, output, at),
      fileExists: (p) => this.ws.exists(p),
      ...extra
    };
  }
  /**
   * `var.name`: the caller's argument or the last variable file that sets it, else
   * the default; with the hops that lead from the reference to where it is written.
   */
  variable(name, at) {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const decl = this.mod.variables.get(name);
    let val;
    if (!decl) val = unknownVal(`var.${name}`, at, `variable "${name}" is not declared`);
    else {
      const param = { kind: "parameter", name, range: decl.file.range(decl.block.header), secure: decl.sensitive };
      const given = this.given(name, decl.nonNullable);
      const conversion = { file: decl.file, evalDefault: (e, f) => evaluate(e, f, constantScope(this.mod.dir, "type defaults")) };
      if (given) val = withHops(convertToType(given.val, decl.type, conversion), [param, ...given.hops]);
      else if (decl.default) {
        const def = evaluate(decl.default.expr, decl.file, constantScope(this.mod.dir, "variable defaults"));
        val = withHops(convertToType(def, decl.type, conversion), [param, { kind: "parameter-default", name, range: def.range }]);
      } else val = unknownVal(`var.${name}`, param.range, `variable "${name}" has no value and no default`, [param]);
    }
    this.variableCache.set(name, val);
    return val;
  }
  given(name, nonNullable) {
    if (this.inputs.kind === "call") {
      const arg = this.inputs.args.get(name);
      if (!arg) return void 0;
      const val = arg.read();
      if (val.t === "null" && nonNullable) return void 0;
      return { val, hops: [{ kind: "module-argument", name: this.inputs.call, call: this.inputs.call, range: arg.exprRange }] };
    }
    let found;
    for (const vf of this.inputs.varFiles) {
      const v = vf.values.get(name);
      if (v) found = { val: v, hops: [{ kind: "tfvars", name, range: v.range }] };
    }
    return found;
  }
  local(name, at) {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const decl = this.mod.locals.get(name);
    if (!decl) return unknownVal(`local.${name}`, at, `local "${name}" is not declared`);
    if (this.localsInProgress.has(name)) return unknownVal(`local.${name}`, at, `local "${name}" refers to itself`);
    this.localsInProgress.add(name);
    const v = evaluate(decl.attr.expr, decl.file, this.scope());
    this.localsInProgress.delete(name);
    const val = withHops(v, [{ kind: "local", name, range: decl.file.range(decl.attr.expr.span) }]);
    this.localCache.set(name, val);
    return val;
  }
  /** `output "name"` of this instance, evaluated in its scope. */
  output(name, at) {
    const cached = this.outputCache.get(name);
    if (cached) return cached;
    const decl = this.mod.outputs.get(name);
    if (!decl) return errorVal(`${this.options.prefix}${name}`, at, `the module has no output "${name}"`);
    if (this.outputsInProgress.has(name)) return unknownVal(`${this.options.prefix}${name}`, at, `output "${name}" depends on itself`);
    this.outputsInProgress.add(name);
    const val = evaluate(decl.attr.expr, decl.file, this.scope());
    this.outputsInProgress.delete(name);
    this.outputCache.set(name, val);
    return val;
  }
  /** `module.<call>[key].<output>` as Terraform knows it before apply. */
  moduleOutput(callName, key, output, at) {
    const text = `module.${callName}`;
    const call = this.mod.calls.find((c) => c.name === callName);
    if (!call) return errorVal(text, at, `no module call "${callName}"`);
    const children = this.childInstances(call);
    if (!children) return unknownVal(text, at, `module.${callName} is not available locally`);
    if (key?.t === "unknown") return dependsOn(key, text, at);
    const wanted = key === void 0 ? void 0 : key.t === "number" ? `[${key.v}]` : `[${JSON.stringify(asString(key) ?? "")}]`;
    const found = children.instances.find((i) => i.instance === wanted && !i.looped);
    if (!found) {
      if (children.instances.some((i) => i.looped)) return unknownVal(text, at, `the instances of module.${callName} are not known`);
      return errorVal(text, at, `module.${callName} has no instance ${wanted ?? "(without a key)"}`);
    }
    return found.child.output(output, at);
  }
  /** The entities of this instance and of the modules it calls, and the patches their config resources make. */
  entities() {
    const out = { entities: [], patches: [] };
    for (const r of this.mod.resources) {
      if (this.options.emitFrom && !this.options.emitFrom(r.file.source.path)) continue;
      if (!isCandidate(r.type)) continue;
      const declaration = r.file.source.range(r.block.header);
      const name = `${this.options.prefix}${r.type}.${r.name}`;
      this.guarded(name, declaration, () => {
        for (const inst of this.expand(r.block, r.file.source)) {
          const ctx = {
            format: "terraform",
            file: r.file.source.path,
            resourceType: r.type,
            name,
            symbol: `${r.type}.${r.name}`,
            prefix: this.options.prefix,
            declaration,
            extent: r.file.source.range(r.block.span),
            ...inst.instance !== void 0 ? { instance: inst.instance } : {},
            ...inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {},
            ...inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {},
            via: this.options.via,
            ...this.version !== void 0 ? { version: this.version } : {},
            ...this.era !== void 0 ? { era: this.era } : {}
          };
          const view = new BodyView(r.file.source, r.block.body, inst.scope, ctx.declaration);
          if (r.type === "azapi_resource" || r.type === "azapi_update_resource") {
            const patch = readSitePatch(r.type, view, ctx);
            if (patch.kind === "patch") out.patches.push(patch.patch);
            else if (patch.kind === "elsewhere") this.ws.note(`${name}${inst.instance ?? ""} changes a site that is not declared in this configuration (${patch.what} is not a resource here): its settings are not checked`, patch.range);
            if (patch.kind !== "none" || r.type === "azapi_update_resource") {
              if (patch.kind === "none") this.unknownAzapiType(view, `${name}${inst.instance ?? ""}`);
              continue;
            }
          }
          const entity = this.mapResource(r.type, view, ctx);
          if (entity) out.entities.push(entity);
        }
      });
    }
    for (const call of this.mod.calls) {
      this.guarded(`${this.options.prefix}module.${call.name}`, call.file.source.range(call.block.header), () => {
        const r = this.callModule(call);
        out.entities.push(...r.entities);
        out.patches.push(...r.patches);
      });
    }
    return out;
  }
  /**
   * Pathological nesting can exhaust the stack while evaluating, and mtlslint can fail: report it on
   * the block (a module call when it is in the module), keep the rest.
   */
  guarded(name, at, run) {
    try {
      run();
    } catch (e) {
      const message = e instanceof RangeError ? `${name}: expressions nested too deeply to evaluate` : `${name}: not analysed, mtlslint failed while evaluating it (internal error: ${e instanceof Error ? e.message : String(e)})`;
      this.ws.diagnostics.push({ ruleId: "parse-error", message, range: at });
    }
  }
  /** An azapi resource whose `type` is not known may be a site: say so rather than skip it silently. */
  unknownAzapiType(view, label) {
    const t = view.attr("type");
    if (!t || t.val.t !== "unknown") return;
    const alternatives = t.val.oneOf;
    if (alternatives && alternatives.every((v) => !azapiSiteType(v) && !azapiConfigType(v))) return;
    this.ws.note(
      `${label}: its type is only known at deployment (${t.val.reason}); it could be Microsoft.Web/sites or a slot, whose mutual-TLS settings are then not checked. Give the type a value mtlslint can read (a literal, a variable default or a tfvars entry).`,
      t.exprRange
    );
  }
  mapResource(type, view, ctx) {
    let entity;
    if (type in AZURERM_SITE_TYPES) entity = mapAzurermSite(view, ctx);
    else if (type === "azurerm_app_service_certificate") entity = mapCertificate(view, ctx);
    else if (type === "azapi_resource") {
      const t = view.attr("type");
      const siteType = t ? azapiSiteType(t.val) : void 0;
      if (!siteType) {
        this.unknownAzapiType(view, `${ctx.name}${ctx.instance ?? ""}`);
        return void 0;
      }
      const typeName2 = t ? asString(t.val) : void 0;
      entity = mapAzapiSite(view, view.attr("body"), { ...ctx, resourceType: siteType, ...typeName2?.includes("@") ? { version: typeName2.split("@")[1] ?? "" } : {} });
    }
    const parentAttr = type === "azapi_resource" ? "parent_id" : AZURERM_SITE_TYPES[type]?.parent;
    if (entity?.entity === "site" && entity.slotOf && parentAttr) {
      const parent = view.attr(parentAttr);
      if (parent?.val.t === "unknown" && parent.val.ref && parent.val.ref.suffix === "") entity.slotOf = { name: parent.val.ref.address, range: parent.exprRange };
    }
    return entity;
  }
  /** `count` and `for_each` over known collections become one instance each; otherwise one instance marked looped or conditional. */
  expand(block, file) {
    const count = findAttribute(block.body, "count");
    const forEach = findAttribute(block.body, "for_each");
    const base = this.scope();
    if (count) {
      const v = evaluate(count.expr, file, base);
      const where = { expression: file.slice(count.expr.span), range: file.range(count.expr.span) };
      if (v.t === "number" && Number.isInteger(v.v) && v.v >= 0) {
        if (v.v > MAX_INSTANCES) return [{ scope: this.scope({ countIndex: unknownVal("count.index", where.range, "too many instances to expand") }), looped: where }];
        return Array.from({ length: v.v }, (_, i) => ({ instance: `[${i}]`, scope: this.scope({ countIndex: { t: "number", v: i, range: where.range, hops: [] } }) }));
      }
      const index = unknownVal("count.index", where.range, "count is not known");
      if (count.expr.type === "conditional") {
        const cond = { expression: file.slice(count.expr.condition.span), range: file.range(count.expr.condition.span) };
        return [{ instance: "[0]", scope: this.scope({ countIndex: { t: "number", v: 0, range: where.range, hops: [] } }), conditional: cond }];
      }
      return [{ scope: this.scope({ countIndex: index }), looped: where }];
    }
    if (forEach) {
      const v = evaluate(forEach.expr, file, base);
      const where = { expression: file.slice(forEach.expr.span), range: file.range(forEach.expr.span) };
      const elements = v.t === "list" ? elementsOf({ ...v, set: true }) : elementsOf(v);
      if (elements && elements.length > MAX_INSTANCES) return [{ scope: base, looped: where }];
      if (elements) return elements.map(({ key, value }) => ({ instance: `[${JSON.stringify(asString(key) ?? "")}]`, scope: this.scope({ each: { key, value } }) }));
      const unknown = unknownVal(where.expression, where.range, v.t === "unknown" ? v.reason : "for_each is not a collection");
      return [{ scope: this.scope({ each: { key: unknown, value: unknown } }), looped: where }];
    }
    return [{ scope: base }];
  }
  /**
   * A module call: the module's resources with the caller's arguments as its variables.
   * Local sources are read from their directory; registry, git and other remote sources from
   * where `terraform init` put them (`.terraform/modules/modules.json` of the root module).
   * A module that is not available is reported, never skipped silently.
   */
  callModule(call) {
    const out = { entities: [], patches: [] };
    for (const { child } of this.childInstances(call)?.instances ?? []) {
      const r = child.entities();
      out.entities.push(...r.entities);
      out.patches.push(...r.patches);
    }
    return out;
  }
  /** The instances of a called module (one per `count` / `for_each` element), or undefined when its source is not available. */
  childInstances(call) {
    if (this.children.has(call.name)) return this.children.get(call.name);
    this.children.set(call.name, void 0);
    const key = [...this.options.moduleKey, call.name];
    const header = call.file.source.range(call.block.header);
    const source = findAttribute(call.block.body, "source");
    const sourceRange = call.file.source.range(source ? source.expr.span : call.block.header);
    const dir = call.localDir ?? this.installedDir(call, key.join("."), header);
    if (!dir) return void 0;
    if (dir === this.mod.dir || this.options.stack.includes(dir)) return void 0;
    if (this.options.stack.length >= MAX_MODULE_DEPTH) {
      this.ws.note(`module not read: it is nested more than ${MAX_MODULE_DEPTH} modules deep (an evaluation bound of mtlslint)`, sourceRange);
      return void 0;
    }
    if (!this.ws.confine(dir, sourceRange, "dir")) return void 0;
    const mod = readModule(this.ws, dir);
    if (mod.files.length === 0) {
      this.ws.note(`module.${call.name}: no Terraform files in ${call.source ?? dir}; its resources are not checked`, header);
      return void 0;
    }
    for (const f of mod.files) this.ws.publish(f);
    const file = call.file.source;
    const result = { instances: [] };
    this.children.set(call.name, result);
    const expanded = this.expand(call.block, file);
    for (const [i, inst] of expanded.entries()) {
      if (!this.ws.budget.take(1)) {
        this.ws.note(instanceCut(`module.${call.name}`, expanded.length - i, this.ws.budget), sourceRange);
        break;
      }
      const callName = `module.${call.name}${inst.instance ?? ""}`;
      const args = /* @__PURE__ */ new Map();
      for (const a of call.block.body.attributes) {
        if (["source", "version", "count", "for_each", "providers", "depends_on"].includes(a.name)) continue;
        args.set(a.name, { read: () => evaluate(a.expr, file, inst.scope), exprRange: file.range(a.expr.span) });
      }
      const child = new _ModuleInstance(this.ws, mod, { kind: "call", call: `module.${call.name}`, args }, {
        prefix: `${this.options.prefix}${callName}.`,
        via: [...this.options.via, { name: `${this.options.prefix}${callName}`, range: header }],
        ...inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {},
        ...inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {},
        inheritedConstraints: [...this.options.inheritedConstraints, ...this.mod.azurermConstraints],
        ...this.mod.azurermLocked ?? this.options.inheritedLock ? { inheritedLock: this.mod.azurermLocked ?? this.options.inheritedLock } : {},
        stack: [...this.options.stack, this.mod.dir],
        moduleKey: key,
        root: this.options.root
      });
      result.instances.push({ ...inst.instance !== void 0 ? { instance: inst.instance } : {}, looped: inst.looped !== void 0, child });
    }
    return result;
  }
  /** The directory `terraform init` installed a non-local module into, or a note saying how to get it. */
  installedDir(call, key, at) {
    const source = call.source === void 0 ? "a source mtlslint cannot read" : `source "${call.source}"${call.version ? ` (version ${call.version})` : ""}`;
    const installed = this.options.root.installed(key);
    if (installed.kind === "found") return installed.dir;
    const why = installed.kind === "refused" ? `.terraform/modules/modules.json points it outside .terraform/modules (${installed.dir}), which mtlslint does not read` : `it is not available locally: run \`terraform init\` in ${rootDirName(call.file.source.path, this.options.root.dir)} to download it into .terraform/modules, then lint again`;
    this.ws.note(`module.${call.name}: ${source} \u2014 ${why}. Its resources are not checked.`, at);
    return void 0;
  }
};
function rootDirName(callFile, rootDir) {
  const rel = relative(dirname3(callFile), rootDir);
  return rel === "" ? "the directory of this file" : `the root module (${rel.split(sep).join("/")})`;
}
function isCandidate(type) {
  return type in AZURERM_SITE_TYPES || type === "azurerm_app_service_certificate" || type === "azapi_resource" || type === "azapi_update_resource";
}

// parsers/terraform/module-manifest.ts
import { isAbsolute as isAbsolute3, join as join4, relative as relative2, resolve as resolve2 } from "node:path";
function readModuleManifest(rootDir, readText) {
  let dirs;
  const load = () => {
    if (dirs) return dirs;
    dirs = /* @__PURE__ */ new Map();
    const text = readText(join4(rootDir, ".terraform", "modules", "modules.json"));
    const root = text === void 0 ? void 0 : parseTree(text);
    const list2 = root?.type === "object" ? root.children?.find((p) => p.children?.[0]?.value === "Modules")?.children?.[1] : void 0;
    for (const m of list2?.type === "array" ? list2.children ?? [] : []) {
      const key = stringProp(m, "Key");
      const dir = stringProp(m, "Dir");
      if (key !== void 0 && dir !== void 0) dirs.set(key, dir);
    }
    return dirs;
  };
  const installRoot = join4(rootDir, ".terraform", "modules");
  return (key) => {
    const dir = load().get(key);
    if (dir === void 0) return { kind: "missing" };
    const abs = resolve2(rootDir, dir);
    const rel = relative2(installRoot, abs);
    if (rel === "" || rel.startsWith("..") || isAbsolute3(rel)) return { kind: "refused", dir };
    return { kind: "found", dir: abs };
  };
}
function stringProp(obj, name) {
  if (obj.type !== "object") return void 0;
  const p = obj.children?.find((c) => c.children?.[0]?.value === name);
  const v = p?.children?.[1];
  return v?.type === "string" ? String(v.value) : void 0;
}

// parsers/terraform/plan.ts
function parsePlan(path, read) {
  const out = emptyParseOutput();
  if (!read.ok) {
    out.diagnostics.push({ ruleId: "parse-error", message: read.message, range: new SourceFile(path, "").range({ start: 0, end: 0 }) });
    return out;
  }
  const file = new SourceFile(path, read.text);
  out.texts.set(path, read.text);
  const errors = [];
  const root = parseTree(read.text, errors, { allowTrailingComma: true });
  for (const e of errors.slice(0, 20)) out.diagnostics.push({ ruleId: "parse-error", message: `Syntax error: ${printParseErrorCode(e.error)}`, range: file.range({ start: e.offset, end: e.offset + Math.max(1, e.length) }) });
  if (!root) return out;
  const unknowns = /* @__PURE__ */ new Map();
  for (const rc of findNodeAtLocation(root, ["resource_changes"])?.children ?? []) {
    const address = findNodeAtLocation(rc, ["address"]);
    const au = findNodeAtLocation(rc, ["change", "after_unknown"]);
    if (address && au && typeof address.value === "string") unknowns.set(address.value, au);
  }
  const constraint = findNodeAtLocation(root, ["configuration", "provider_config", "azurerm", "version_constraint"]);
  const version = typeof constraint?.value === "string" ? constraint.value : void 0;
  const references = configurationReferences(root);
  const visit2 = (mod) => {
    if (!mod) return;
    for (const r of findNodeAtLocation(mod, ["resources"])?.children ?? []) {
      const e = planResource(r, file, unknowns, references, version);
      if (e) out.entities.push(e);
    }
    for (const child of findNodeAtLocation(mod, ["child_modules"])?.children ?? []) visit2(child);
  };
  visit2(findNodeAtLocation(root, ["planned_values", "root_module"]));
  return out;
}
var withoutKeys = (address) => address.replace(/\[[^\]]*\]/g, "");
function configurationReferences(root) {
  const out = /* @__PURE__ */ new Map();
  const walk = (mod, prefix) => {
    if (!mod) return;
    for (const r of findNodeAtLocation(mod, ["resources"])?.children ?? []) {
      const address = findNodeAtLocation(r, ["address"])?.value;
      const exprs = findNodeAtLocation(r, ["expressions"]);
      if (typeof address !== "string" || !exprs) continue;
      const byAttr = /* @__PURE__ */ new Map();
      for (const p of exprs.children ?? []) {
        const [k, v] = p.children ?? [];
        const refs = v ? findNodeAtLocation(v, ["references"]) : void 0;
        const value = refs ? getNodeValue(refs) : void 0;
        if (k && Array.isArray(value)) byAttr.set(String(k.value), value.filter((x) => typeof x === "string").map((x) => prefix + x));
      }
      out.set(prefix + address, byAttr);
    }
    for (const call of findNodeAtLocation(mod, ["module_calls"])?.children ?? []) {
      const [k, v] = call.children ?? [];
      if (k && v) walk(findNodeAtLocation(v, ["module"]), `${prefix}module.${String(k.value)}.`);
    }
  };
  walk(findNodeAtLocation(root, ["configuration", "root_module"]), "");
  return out;
}
function planResource(r, file, unknowns, references, version) {
  const addressNode = findNodeAtLocation(r, ["address"]);
  const type = findNodeAtLocation(r, ["type"])?.value;
  const mode = findNodeAtLocation(r, ["mode"])?.value;
  const valuesNode = findNodeAtLocation(r, ["values"]);
  if (!addressNode || typeof addressNode.value !== "string" || typeof type !== "string" || mode === "data" || !valuesNode) return void 0;
  if (!(type in AZURERM_SITE_TYPES) && type !== "azurerm_app_service_certificate" && type !== "azapi_resource") return void 0;
  const address = addressNode.value;
  const declaration = file.range({ start: addressNode.offset, end: addressNode.offset + addressNode.length });
  const key = /(\[[^\]]*\])$/.exec(address)?.[1];
  const name = key ? address.slice(0, -key.length) : address;
  const prefix = /^(.*\.)?[^.]+\.[^.]+$/.exec(name)?.[1] ?? "";
  const unknownNode = unknowns.get(address);
  const values = markSensitive(markUnknown(jsonToVal(valuesNode, file), unknownNode, declaration), findNodeAtLocation(r, ["sensitive_values"]));
  const refs = references.get(withoutKeys(address));
  const view = new ValView(values, declaration, false, (attr) => {
    for (const ref of refs?.get(attr) ?? []) {
      const [t2, n] = withoutKeys(ref).slice(prefix.length).split(".");
      if (!t2 || !n || ["var", "local", "data", "module", "each", "count", "path"].includes(t2)) continue;
      const at = findNodeAtLocation(valuesNode, [attr]);
      return { address: `${t2}.${n}`, range: at ? file.range({ start: at.offset, end: at.offset + at.length }) : declaration };
    }
    return void 0;
  });
  const ctx = {
    format: "terraform-plan",
    file: file.path,
    resourceType: type,
    name,
    prefix,
    declaration,
    extent: file.range({ start: r.offset, end: r.offset + r.length }),
    ...key !== void 0 ? { instance: key } : {},
    ...version !== void 0 ? { version } : {},
    ...version !== void 0 && providerEra([version]) ? { era: providerEra([version]) } : {}
  };
  if (type in AZURERM_SITE_TYPES) return mapAzurermSite(view, ctx);
  if (type === "azurerm_app_service_certificate") return mapCertificate(view, ctx);
  const t = view.attr("type");
  const siteType = t ? azapiSiteType(t.val) : void 0;
  if (!siteType) return void 0;
  const typeName2 = t ? asString(t.val) : void 0;
  return mapAzapiSite(view, view.attr("body"), { ...ctx, resourceType: siteType, ...typeName2?.includes("@") ? { version: typeName2.split("@")[1] ?? "" } : {} });
}
function markUnknown(val, unknown, at) {
  if (!unknown) return val;
  if (unknown.type === "boolean") return unknown.value === true ? unknownVal("(known after apply)", val.range ?? at, "known only after apply") : val;
  if (unknown.type === "object" && val.t === "object") {
    const entries = val.entries.map((e) => {
      const u = findNodeAtLocation(unknown, [e.key]);
      return u ? { ...e, value: markUnknown(e.value, u, e.value.range) } : e;
    });
    for (const p of unknown.children ?? []) {
      const [k, v] = p.children ?? [];
      if (!k || !v || v.value !== true) continue;
      const existing = entries.find((e) => e.key === k.value);
      if (existing && existing.value.t !== "null") continue;
      const u = unknownVal("(known after apply)", at, "known only after apply");
      if (existing) existing.value = u;
      else entries.push({ key: String(k.value), keyRange: at, value: u });
    }
    return { ...val, entries };
  }
  if (unknown.type === "array" && val.t === "list") {
    return { ...val, items: val.items.map((i, n) => markUnknown(i, unknown.children?.[n], i.range)) };
  }
  return val;
}
function markSensitive(val, sensitive) {
  if (!sensitive) return val;
  if (sensitive.type === "boolean") return sensitive.value === true ? withHops(val, [{ kind: "plan", range: val.range, secure: true }]) : val;
  if (sensitive.type === "object" && val.t === "object") {
    return { ...val, entries: val.entries.map((e) => ({ ...e, value: markSensitive(e.value, findNodeAtLocation(sensitive, [e.key])) })) };
  }
  if (sensitive.type === "array" && val.t === "list") return { ...val, items: val.items.map((i, n) => markSensitive(i, sensitive.children?.[n])) };
  return val;
}

// parsers/terraform/tfvars.ts
function readVarFile(file) {
  const out = /* @__PURE__ */ new Map();
  if (file.json) {
    const root = parseTree(file.source.text, [], { allowTrailingComma: true });
    if (root?.type !== "object") return out;
    const obj = jsonToVal(root, file.source);
    if (obj.t === "object") for (const e of obj.entries) out.set(e.key, member(obj, e.key) ?? e.value);
    return out;
  }
  const scope = constantScope(file.source.path, "variable files");
  for (const a of file.doc.body.attributes) {
    try {
      out.set(a.name, evaluate(a.expr, file.source, scope));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return out;
}

// parsers/terraform/workspace.ts
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname as dirname4, join as join5 } from "node:path";

// parsers/terraform/directives.ts
var COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*)/;
function readDirectives(file, comments) {
  const out = [];
  let lines;
  for (const c of comments) {
    const body = c.text.startsWith("#") ? c.text.slice(1) : c.text.startsWith("//") ? c.text.slice(2) : c.text.replace(/^\/\*/, "").replace(/\*\/$/, "");
    const d = readDirectiveComment(body);
    if (!d) continue;
    lines ??= file.text.split(/\r\n|\r|\n/);
    const range = file.range(c.span);
    const targetLine = nextCodeLine(lines, range.end.line, (t) => COMMENT_ONLY.test(t));
    out.push(d.reason === void 0 ? { file: file.path, range, rules: d.rules, targetLine } : { file: file.path, range, rules: d.rules, reason: d.reason, targetLine });
  }
  return out;
}

// parsers/terraform/workspace.ts
var isTerraformFile = (p) => p.endsWith(".tf") || p.endsWith(".tf.json");
var isTfvarsFile = (p) => p.endsWith(".tfvars") || p.endsWith(".tfvars.json");
var Workspace = class {
  constructor(input, reader2) {
    this.input = input;
    this.reader = reader2;
    this.runFiles = new Set(input.files.map((f) => f.path));
    this.named = /* @__PURE__ */ new Set([...this.runFiles, ...input.parameterFiles]);
  }
  input;
  reader;
  cache = /* @__PURE__ */ new Map();
  published = /* @__PURE__ */ new Set();
  diagnostics = [];
  /** Module instances expanded so far (fan-out is bounded per run of the parser). */
  budget = new InstanceBudget();
  noted = /* @__PURE__ */ new Set();
  directives = [];
  texts = /* @__PURE__ */ new Map();
  runFiles;
  /** Files whose read failures are reported: the run's and the `--var-file`s. */
  named;
  listings = /* @__PURE__ */ new Map();
  load(path) {
    const cached = this.cache.get(path);
    if (cached !== void 0) return cached ?? void 0;
    const read = this.input.readFile(path);
    if (!read.ok) {
      this.cache.set(path, null);
      if (this.named.has(path)) this.diagnostics.push({ ruleId: "parse-error", message: read.message, range: new SourceFile(path, "").range({ start: 0, end: 0 }) });
      return void 0;
    }
    if (read.text.length > BUDGET.hclChars && !path.endsWith(".json")) {
      this.cache.set(path, null);
      const mib = (BUDGET.hclChars / 1048576).toFixed(0);
      this.note(`not analysed: the file is larger than ${mib} MiB, the bound for Terraform files (the grammar's syntax tree of a larger file takes too long to read); split it into smaller files`, new SourceFile(path, "").range({ start: 0, end: 0 }));
      return void 0;
    }
    const text = read.text.charCodeAt(0) === 65279 ? " " + read.text.slice(1) : read.text;
    const json = path.endsWith(".json");
    let doc;
    try {
      doc = json ? readJsonSyntax(text, (s, base) => this.reader.parseExpression(s, base)) : this.reader.parse(text);
    } catch (e) {
      doc = { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: `not analysed: mtlslint failed while reading this file (internal error: ${e instanceof Error ? e.message : String(e)})`, span: { start: 0, end: Math.min(1, text.length) } }] };
    }
    const loaded = { source: new SourceFile(path, read.text), doc, json };
    this.cache.set(path, loaded);
    return loaded;
  }
  /** Reports a file's syntax errors and directives, once. */
  publish(file) {
    const path = file.source.path;
    if (this.published.has(path)) return;
    this.published.add(path);
    this.texts.set(path, file.source.text);
    for (const e of file.doc.errors) this.diagnostics.push({ ruleId: e.cut ? "not-analysed" : "parse-error", message: e.message, range: file.source.range(e.span) });
    this.directives.push(...readDirectives(file.source, file.doc.comments));
  }
  /** Keeps a file's text for ranges that point into it (a tfvars or caller file). */
  keepText(file) {
    this.texts.set(file.source.path, file.source.text);
  }
  /** Texts of every file read, for ranges that point into them. */
  allTexts() {
    const out = new Map(this.texts);
    for (const [path, f] of this.cache) if (f) out.set(path, f.source.text);
    return out;
  }
  inRun(path) {
    return this.runFiles.has(path);
  }
  /** A `not-analysed` note (an evaluation cut), once per place and message. */
  note(message, at) {
    const key = `${at.file}\0${at.startOffset}\0${message}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.diagnostics.push({ ruleId: "not-analysed", message, range: at });
  }
  /** Whether a path a file names may be read (inside the linted tree); a refusal is reported at `at`. */
  confine(path, at, kind) {
    return this.input.confine?.(path, at, kind) ?? true;
  }
  /** Files of a directory: those on disk plus those the run names (which may be virtual). */
  listDir(dir) {
    const cached = this.listings.get(dir);
    if (cached) return cached;
    const names = /* @__PURE__ */ new Set();
    try {
      if (this.confine(dir, void 0, "dir")) {
        for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) names.add(join5(dir, e.name));
      }
    } catch {
    }
    for (const f of this.input.files) if (dirname4(f.path) === dir) names.add(f.path);
    const list2 = [...names].sort();
    this.listings.set(dir, list2);
    return list2;
  }
  moduleFiles(dir) {
    return this.listDir(dir).filter(isTerraformFile);
  }
  /** Variable files Terraform loads by itself, in its order: terraform.tfvars(.json), then *.auto.tfvars(.json) by name. */
  autoVarFiles(dir) {
    const files = this.listDir(dir);
    const named = ["terraform.tfvars", "terraform.tfvars.json"].map((n) => join5(dir, n)).filter((p) => files.includes(p));
    const auto = files.filter((p) => /\.auto\.tfvars(\.json)?$/.test(basename(p))).sort((a, b) => basename(a) < basename(b) ? -1 : 1);
    return [...named, ...auto];
  }
  /** The text of a file that is not Terraform (a module manifest), through the same reader; undefined when unreadable. */
  readText(path) {
    const read = this.input.readFile(path);
    return read.ok ? read.text : void 0;
  }
  exists(path) {
    if (this.runFiles.has(path)) return true;
    if (!this.confine(path)) return false;
    try {
      if (existsSync(path)) return true;
    } catch {
      return false;
    }
    return this.input.readFile(path).ok;
  }
};

// parsers/terraform/index.ts
var KINDS = ["terraform", "terraform-json", "tfvars", "tfvars-json", "terraform-plan"];
var parser = {
  kinds: KINDS,
  async parse(input) {
    const outputs = [];
    for (const f of input.files) if (f.kind === "terraform-plan") outputs.push(parsePlan(f.path, input.readFile(f.path)));
    const hclFiles = input.files.filter((f) => f.kind !== "terraform-plan");
    if (hclFiles.length > 0) outputs.push(await parseModules(input));
    return outputs.length === 1 ? outputs[0] ?? emptyParseOutput() : mergeParseOutputs(outputs);
  }
};
async function parseModules(input) {
  const reader2 = await loadHclReader();
  const ws = new Workspace(input, reader2);
  const dirs = [...new Set(input.files.filter((f) => f.kind === "terraform" || f.kind === "terraform-json").map((f) => dirname5(f.path)))].sort();
  await preload(ws, reader2, dirs, [...input.files.map((f) => f.path), ...input.parameterFiles.filter(isTfvarsFile)]);
  const modules = new Map(dirs.map((d) => [d, readModule(ws, d)]));
  const called = calledDirectories(ws, modules);
  const varFiles = input.parameterFiles.filter(isTfvarsFile);
  const entities = [];
  for (const [dir, mod] of modules) {
    if (called.has(dir)) continue;
    const files = [...ws.autoVarFiles(dir), ...varFiles].map((p) => ws.load(p)).filter((f) => f !== void 0);
    for (const f of files) ws.publish(f);
    const instance = new ModuleInstance(ws, mod, { kind: "root", varFiles: files.map((file) => ({ file, values: readVarFile(file) })) }, {
      prefix: "",
      via: [],
      emitFrom: (p) => ws.inRun(p),
      inheritedConstraints: [],
      stack: [],
      moduleKey: [],
      root: { dir, installed: readModuleManifest(dir, (p) => ws.readText(p)) }
    });
    const result = instance.entities();
    applyPatches(result.entities, result.patches);
    entities.push(...result.entities);
  }
  for (const f of input.files) {
    if (f.kind === "terraform-plan") continue;
    const loaded = ws.load(f.path);
    if (loaded) ws.publish(loaded);
  }
  const out = emptyParseOutput();
  out.entities.push(...entities);
  out.diagnostics.push(...ws.diagnostics);
  out.directives.push(...ws.directives);
  for (const [k, v] of ws.allTexts()) out.texts.set(k, v);
  return out;
}
async function preload(ws, reader2, dirs, files) {
  const load = async (path) => {
    await reader2.ready();
    ws.load(path);
  };
  for (const f of files) if (isTerraformFile(f) || isTfvarsFile(f)) await load(f);
  const seen = new Set(dirs);
  const queue = [...dirs];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const lock = join6(dir, ".terraform.lock.hcl");
    for (const f of [...ws.moduleFiles(dir), ...ws.autoVarFiles(dir), ...ws.exists(lock) ? [lock] : []]) await load(f);
    for (const call of readModule(ws, dir).calls) {
      if (!call.localDir || seen.has(call.localDir)) continue;
      seen.add(call.localDir);
      queue.push(call.localDir);
    }
  }
  await reader2.ready();
}
function calledDirectories(ws, modules) {
  const decls = new Map(modules);
  const reach = (from) => {
    const seen = /* @__PURE__ */ new Set();
    const queue = [from];
    while (queue.length > 0) {
      const dir = queue.shift();
      let mod = decls.get(dir);
      if (!mod) {
        mod = readModule(ws, dir);
        decls.set(dir, mod);
      }
      for (const call of mod.calls) {
        if (!call.localDir || seen.has(call.localDir) || call.localDir === from) continue;
        seen.add(call.localDir);
        queue.push(call.localDir);
      }
    }
    return seen;
  };
  const reached = new Map([...modules.keys()].map((d) => [d, reach(d)]));
  const called = /* @__PURE__ */ new Set();
  for (const [d, fromD] of reached) {
    for (const [e, fromE] of reached) if (e !== d && fromE.has(d) && !fromD.has(e)) called.add(d);
  }
  return called;
}
export {
  parser
};

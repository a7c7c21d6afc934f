import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  AZURERM_CERTIFICATE_ARGS,
  AZURERM_CERTIFICATE_NAMES,
  AZURERM_SITE_TYPES,
  asBool,
  asString,
  azurermSiteFacts,
  azurermSiteType,
  element,
  firstUnknown,
  member,
  missingArgumentDefault,
  modeSwitchDefault,
  readAppSetting,
  readSetting,
  record,
  str,
  toPlain,
  unknownVal,
  withHops
} from "./chunk-E2VL2TQA.mjs";
import {
  describeToken
} from "./chunk-OTMGAZP7.mjs";
import {
  BUDGET,
  InstanceBudget,
  nextCodeLine,
  readDirectiveComment
} from "./chunk-UOEINDHL.mjs";
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  visit
} from "./chunk-V4B2IMZV.mjs";
import {
  ARM_SITE_FACTS,
  ARM_SITE_SETTINGS,
  catalogEntries
} from "./chunk-65MSNVQM.mjs";
import "./chunk-ST53A663.mjs";
import {
  LineMap,
  absent,
  emptyParseOutput,
  knownDefault,
  mergeParseOutputs,
  setValue,
  unresolved
} from "./chunk-E2BWXCD5.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/terraform/index.ts
import { dirname as dirname3 } from "node:path";

// parsers/terraform/hcl/tree-sitter.ts
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

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
      case "for_expr":
        return this.unsupported(n, "for expression");
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
        expr = { type: "unsupported", what: "splat", span: span2 };
      } else {
        expr = { type: "unsupported", what: k.type, span: { start, end: whole.endIndex + this.base } };
        break;
      }
    }
    return expr;
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
    let sep = 0;
    for (const k of kids) {
      if (sep < separators.length && !k.isNamed && k.type === separators[sep]) {
        out.push([]);
        sep++;
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
var loading;
function loadHclReader() {
  loading ??= createReader();
  return loading;
}
var GRAMMAR = "tree-sitter-terraform.wasm";
function grammarPath(require2) {
  try {
    return require2.resolve(`@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`);
  } catch {
    return fileURLToPath(new URL(GRAMMAR, import.meta.url));
  }
}
async function createReader() {
  const require2 = createRequire(import.meta.url);
  const { Parser, Language } = await import("./web-tree-sitter-XESCAMUI.mjs");
  await Parser.init();
  const language = await Language.load(grammarPath(require2));
  const parser2 = new Parser();
  parser2.setLanguage(language);
  const names = [];
  const named = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    names.push(language.nodeTypeForId(id) ?? "ERROR");
    named.push(language.nodeTypeIsNamed(id));
  }
  const types = { names, named };
  const guarded = (run, failed) => {
    try {
      return run();
    } catch (e) {
      if (e instanceof RangeError) throw e;
      loading = void 0;
      return failed(`the Terraform grammar failed on this file (${e instanceof Error ? e.name : "error"})`);
    }
  };
  return {
    parse: (text) => guarded(() => parseDocument(parser2, types, text), (message) => ({ body: { attributes: [], blocks: [] }, comments: [], errors: [{ message, span: { start: 0, end: Math.min(1, text.length) } }] })),
    parseExpression: (source, base) => parseExpression(parser2, types, source, base)
  };
}
function parseFragment(parser2, types, text, base) {
  const tree = parser2.parse(text);
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: "Syntax error: the file could not be parsed", span: { start: base, end: base + text.length } }] };
  try {
    const cursor = tree.walk();
    try {
      const { root, comments } = copyTree(cursor, text, types, tree.rootNode.hasError);
      return convertTree(root, comments, text, base);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: "The file is nested too deeply to be read", span: { start: base, end: base + 1 } }] };
    } finally {
      cursor.delete();
    }
  } finally {
    tree.delete();
  }
}
var TOP_LEVEL = /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b/gm;
function parseDocument(parser2, types, text) {
  const whole = parseFragment(parser2, types, text, 0);
  if (whole.errors.length === 0) return whole;
  const cuts = [];
  for (const m of text.matchAll(TOP_LEVEL)) cuts.push(m.index ?? 0);
  if (cuts[0] !== 0) cuts.unshift(0);
  if (cuts.length < 2) return whole;
  const out = { body: { attributes: [], blocks: [] }, comments: [], errors: [] };
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    const piece = parseFragment(parser2, types, text.slice(start, end), start);
    out.body.attributes.push(...piece.body.attributes);
    out.body.blocks.push(...piece.body.blocks);
    out.comments.push(...piece.comments);
    out.errors.push(...piece.errors);
  });
  return out;
}
function parseExpression(parser2, types, source, base) {
  const doc = parseFragment(parser2, types, `x=${source}`, base - 2);
  if (doc.errors.length > 0) return void 0;
  const body = doc.body;
  return body.attributes.length === 1 && body.blocks.length === 0 ? body.attributes[0]?.expr : void 0;
}

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
  const reader = new JsonReader(text, parseExpression2);
  const body = { attributes: [], blocks: [], fromJson: true };
  if (root?.type === "object") reader.topLevel(root, body);
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

// parsers/terraform/evaluate.ts
import { isAbsolute, join } from "node:path";

// parsers/terraform/functions.ts
var derived = (from, v) => ({ range: from.range, hops: from.hops, ...v });
function unknownArg(args) {
  for (const a of args) {
    const u = firstUnknown(a);
    if (u) return u;
  }
  return void 0;
}
var stringCase = (f) => (args, call) => {
  const a = args[0];
  if (!a) return unknownVal(call.text, call.range, "missing argument");
  if (a.t === "unknown") return a;
  const s = asString(a);
  return s === void 0 ? unknownVal(call.text, call.range, "not a string") : derived(a, { t: "string", v: f(s) });
};
var functions = {
  lower: stringCase((s) => s.toLowerCase()),
  upper: stringCase((s) => s.toUpperCase()),
  trimspace: stringCase((s) => s.trim()),
  tostring: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, "missing argument");
    if (a.t === "unknown" || a.t === "null" || a.t === "string") return a;
    const s = asString(a);
    return s === void 0 ? unknownVal(call.text, call.range, "not convertible to string") : derived(a, { t: "string", v: s });
  },
  tobool: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, "missing argument");
    if (a.t === "unknown" || a.t === "null" || a.t === "bool") return a;
    const b = asBool(a);
    return b === void 0 ? unknownVal(call.text, call.range, "not convertible to bool") : derived(a, { t: "bool", v: b });
  },
  tonumber: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, "missing argument");
    if (a.t === "unknown" || a.t === "null" || a.t === "number") return a;
    const n = a.t === "string" && a.v.trim() !== "" ? Number(a.v) : NaN;
    return Number.isNaN(n) ? unknownVal(call.text, call.range, "not convertible to number") : derived(a, { t: "number", v: n });
  },
  coalesce: (args, call) => {
    for (const a of args) {
      if (a.t === "unknown") return a;
      if (a.t === "null" || a.t === "string" && a.v === "") continue;
      return a;
    }
    return unknownVal(call.text, call.range, "coalesce: no non-empty argument");
  },
  tolist: (args, call) => args[0] ?? unknownVal(call.text, call.range, "missing argument"),
  tomap: (args, call) => args[0] ?? unknownVal(call.text, call.range, "missing argument"),
  toset: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, "missing argument");
    if (a.t !== "list") return a;
    const seen = /* @__PURE__ */ new Set();
    const items = [];
    for (const i of a.items) {
      const key = JSON.stringify(toPlain(i) ?? null);
      if (i.t !== "unknown" && seen.has(key)) continue;
      seen.add(key);
      items.push(i);
    }
    return { ...a, items };
  },
  lookup: (args, call) => {
    const [m, k, d] = args;
    if (!m || !k) return unknownVal(call.text, call.range, "missing argument");
    if (m.t === "unknown") return m;
    if (k.t === "unknown") return k;
    const key = asString(k);
    if (m.t !== "object" || key === void 0) return unknownVal(call.text, call.range, "lookup on a non-map");
    const found = [...m.entries].reverse().find((e) => e.key === key);
    if (found) return { ...found.value, hops: [...m.hops, ...found.value.hops] };
    return d ?? unknownVal(call.text, call.range, `no key ${JSON.stringify(key)}`);
  },
  merge: (args, call) => {
    const u = args.find((a) => a.t === "unknown");
    if (u) return u;
    const entries = args.flatMap((a) => a.t === "object" ? a.entries.map((e) => ({ ...e, value: { ...e.value, hops: [...a.hops, ...e.value.hops] } })) : []);
    const byKey = new Map(entries.map((e) => [e.key, e]));
    return { t: "object", entries: [...byKey.values()], range: call.range, hops: [] };
  },
  concat: (args, call) => {
    const u = args.find((a) => a.t === "unknown");
    if (u) return u;
    return { t: "list", items: args.flatMap((a) => a.t === "list" ? a.items : []), range: call.range, hops: [] };
  },
  length: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, "missing argument");
    if (a.t === "unknown") return a;
    const n = a.t === "list" ? a.items.length : a.t === "object" ? a.entries.length : a.t === "string" ? [...a.v].length : void 0;
    return n === void 0 ? unknownVal(call.text, call.range, "length of a primitive") : { t: "number", v: n, range: call.range, hops: [] };
  },
  contains: (args, call) => {
    const [l, v] = args;
    if (!l || !v) return unknownVal(call.text, call.range, "missing argument");
    const u = unknownArg(args);
    if (u) return u;
    if (l.t !== "list") return unknownVal(call.text, call.range, "contains on a non-list");
    const want = JSON.stringify(toPlain(v));
    return { t: "bool", v: l.items.some((i) => JSON.stringify(toPlain(i)) === want), range: call.range, hops: [] };
  },
  join: (args, call) => {
    const [sep, l] = args;
    if (!sep || !l) return unknownVal(call.text, call.range, "missing argument");
    const u = unknownArg(args);
    if (u) return u;
    const s = asString(sep);
    const parts = l.t === "list" ? l.items.map(asString) : [];
    if (s === void 0 || l.t !== "list" || parts.some((p) => p === void 0)) return unknownVal(call.text, call.range, "join needs strings");
    return { t: "string", v: parts.join(s), range: call.range, hops: [] };
  },
  jsonencode: (args, call) => {
    const a = args[0];
    if (!a) return unknownVal(call.text, call.range, "missing argument");
    const u = firstUnknown(a);
    if (u) return { ...unknownVal(call.text, call.range, u.reason), json: a };
    return { t: "string", v: JSON.stringify(toPlain(a)), json: a, range: call.range, hops: [] };
  }
};

// parsers/terraform/evaluate.ts
function evaluate(expr, file, scope) {
  return new Evaluation(file, scope).eval(expr);
}
function objectKeyName(key, file, scope) {
  if (key.type === "variable") return key.name;
  const v = evaluate(key, file, scope);
  return asString(v);
}
var Evaluation = class {
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
          const key = objectKeyName(item.key, this.file, this.scope);
          if (key === void 0) return this.unknown(expr, "object key not known");
          entries.push({ key, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
        }
        return { t: "object", entries, range, hops: [], text: this.file.slice(expr.span) };
      }
      case "variable":
      case "getattr":
      case "index":
        return this.traversal(expr, range);
      case "call":
        return this.call(expr, range);
      case "conditional": {
        const c = this.eval(expr.condition);
        if (c.t === "unknown") return unknownVal(this.file.slice(expr.span), range, c.reason);
        const b = asBool(c);
        if (b === void 0) return this.unknown(expr, "condition is not a bool");
        return this.eval(b ? expr.then : expr.else);
      }
      case "unary": {
        const v = this.eval(expr.operand);
        if (v.t === "unknown") return v;
        if (expr.op === "!" && asBool(v) !== void 0) return { t: "bool", v: !asBool(v), range, hops: [] };
        if (expr.op === "-" && v.t === "number") return { t: "number", v: -v.v, range, hops: [], text: this.file.slice(expr.span) };
        return this.unknown(expr, `cannot apply ${expr.op}`);
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
  template(expr, range) {
    const only = expr.parts.length === 1 ? expr.parts[0] : void 0;
    if (only?.type === "interpolation") return this.eval(only.expr);
    let out = "";
    for (const p of expr.parts) {
      if (p.type === "text") out += p.value;
      else if (p.type === "directive") return this.unknown(expr, "template directives are not evaluated");
      else {
        const v = this.eval(p.expr);
        if (v.t === "unknown") return unknownVal(this.file.slice(expr.span), range, v.reason);
        const s = asString(v);
        if (s === void 0) return this.unknown(expr, "interpolation is not a string");
        out += s;
      }
    }
    return { t: "string", v: out, range, hops: [], text: this.file.slice(expr.span) };
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
    switch (root.name) {
      case "var":
        if (firstName !== void 0) val = this.scope.variable(firstName, at);
        break;
      case "local":
        if (firstName !== void 0) val = this.scope.local(firstName, at);
        break;
      case "each":
        if (this.scope.each && (firstName === "key" || firstName === "value")) val = this.scope.each[firstName];
        break;
      case "count":
        if (this.scope.countIndex && firstName === "index") val = this.scope.countIndex;
        break;
      case "path":
        if (firstName === "module" || firstName === "root") val = { t: "string", v: this.scope.moduleDir, range: at, hops: [] };
        break;
      default: {
        const it = this.scope.iterators?.get(root.name);
        if (it) {
          val = it;
          rest = steps;
        }
      }
    }
    if (!val) {
      return unknownVal(this.file.slice(expr.span), range, `${this.file.slice(expr.span)} is known only at deploy time`);
    }
    for (const s of rest) val = this.step(val, s);
    return val;
  }
  step(v, s) {
    const range = this.file.range(s.span);
    if (v.t === "unknown") return v;
    if (s.type === "getattr") {
      return member(v, s.name) ?? unknownVal(this.file.slice(s.span), range, `no attribute ${JSON.stringify(s.name)}`);
    }
    if (s.type === "index") {
      const k = this.eval(s.key);
      if (k.t === "unknown") return unknownVal(this.file.slice(s.span), range, k.reason);
      if (v.t === "list" && k.t === "number") return element(v, k.v) ?? unknownVal(this.file.slice(s.span), range, "index out of range");
      const key = asString(k);
      if (v.t === "object" && key !== void 0) return member(v, key) ?? unknownVal(this.file.slice(s.span), range, `no key ${JSON.stringify(key)}`);
      return unknownVal(this.file.slice(s.span), range, "cannot index this value");
    }
    return unknownVal(this.file.slice(s.span), range, "not evaluated");
  }
  call(expr, range) {
    const text = this.file.slice(expr.span);
    if (expr.name === "filebase64" && expr.args.length === 1 && expr.args[0]) return this.fileBase64(expr.args[0], range, text);
    const f = functions[expr.name];
    if (!f || expr.expand) return unknownVal(text, range, `function ${expr.name}() is not evaluated`);
    return f(expr.args.map((a) => this.eval(a)), { range, text });
  }
  /**
   * `filebase64(path)` of a file that exists: a known value that names the file
   * (its bytes are not read); certificate rules treat it as material in source.
   */
  fileBase64(arg, range, text) {
    const p = this.eval(arg);
    if (p.t === "unknown") return unknownVal(text, range, p.reason);
    const rel = asString(p);
    if (rel === void 0) return unknownVal(text, range, "path is not a string");
    const abs = isAbsolute(rel) ? rel : join(this.scope.moduleDir, rel);
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
      const u2 = firstUnknown(l) ?? firstUnknown(r);
      return unknownVal(text, range, u2 ? u2.reason : "operands are not bools");
    }
    const u = firstUnknown(l) ?? firstUnknown(r);
    if (u) return unknownVal(text, range, u.reason);
    if (expr.op === "==" || expr.op === "!=") {
      const eq = JSON.stringify(toPlain(l)) === JSON.stringify(toPlain(r));
      return { t: "bool", v: expr.op === "==" ? eq : !eq, range, hops: [] };
    }
    const a = l.t === "number" ? l.v : l.t === "string" ? Number(l.v) : NaN;
    const b = r.t === "number" ? r.v : r.t === "string" ? Number(r.v) : NaN;
    if (Number.isNaN(a) || Number.isNaN(b)) return unknownVal(text, range, `operands of ${expr.op} are not numbers`);
    const num = (v) => ({ t: "number", v, range, hops: [] });
    const bool = (v) => ({ t: "bool", v, range, hops: [] });
    switch (expr.op) {
      case "+":
        return num(a + b);
      case "-":
        return num(a - b);
      case "*":
        return num(a * b);
      case "/":
        return num(a / b);
      case "%":
        return num(a % b);
      case "<":
        return bool(a < b);
      case "<=":
        return bool(a <= b);
      case ">":
        return bool(a > b);
      case ">=":
        return bool(a >= b);
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
      const items = a ? a.expr.type === "tuple" ? a.expr.items : [a.expr] : [];
      for (const item of items) {
        const body = objectAsBody(item);
        if (body) out.push(new _BodyView(this.file, body, this.scope, this.file.range(item.span), this.taint));
      }
    }
    return out;
  }
  /** `dynamic "x" { for_each = …; iterator = it; content { … } }`, one view per element. */
  dynamic(block, name) {
    const content = block.body.blocks.find((b) => b.type === "content");
    const forEach = findAttribute(block.body, "for_each");
    if (!content || !forEach) return [];
    const it = findAttribute(block.body, "iterator")?.expr;
    const iterator = it?.type === "variable" ? it.name : name;
    const range = this.file.range(block.header);
    const coll = evaluate(forEach.expr, this.file, this.scope);
    const elements = iterate(coll);
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
function iterate(coll) {
  if (coll.t === "list") {
    return coll.items.map((item, i) => {
      const value = element(coll, i) ?? item;
      return { key: { t: "number", v: i, range: item.range, hops: [] }, value };
    });
  }
  if (coll.t === "object") {
    return coll.entries.map((e) => ({ key: { t: "string", v: e.key, range: e.keyRange, hops: [] }, value: member(coll, e.key) ?? e.value }));
  }
  return void 0;
}
var NOT_RESOURCES = /* @__PURE__ */ new Set(["var", "local", "data", "module", "each", "count", "path", "self", "terraform"]);
function referencedResource(expr) {
  let e = expr;
  if (e.type === "template" && e.parts.length === 1 && e.parts[0]?.type === "interpolation") e = e.parts[0].expr;
  const chain = [];
  while (e.type === "getattr" || e.type === "index") {
    chain.unshift(e);
    e = e.target;
  }
  const first = chain[0];
  if (e.type !== "variable" || NOT_RESOURCES.has(e.name) || first?.type !== "getattr") return void 0;
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
    const items = m.t === "list" ? m.items.map((_, i) => element(m, i)).filter((x) => x !== void 0) : [m];
    return items.map((i) => new _ValView(i, i.hops.length === 0 ? i.range : this.propertyRange, this.caseInsensitive));
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
  const convert = (v) => entry.value.convert(toPlain(v));
  const at = (view) => readSetting(view, entry.property, convert, entry.value.type, entry.default, decl);
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
function readAzapiConfig(name, bodyRead, declaration) {
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
    if (s.kind !== "absent") out[key] = s;
  }
  return out;
}
function mergeConfig(site, config) {
  for (const [key, setting] of Object.entries(config)) {
    if (site.settings[key].kind === "absent") site.settings[key] = setting;
  }
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
import { dirname, isAbsolute as isAbsolute2, join as join2, resolve } from "node:path";
var literalString = (e) => {
  if (!e) return void 0;
  if (e.type === "literal" && typeof e.value === "string") return e.value;
  if (e.type === "template" && e.parts.every((p) => p.type === "text")) return e.parts.map((p) => p.type === "text" ? p.value : "").join("");
  return void 0;
};
function readModule(ws, dir) {
  const mod = { dir, files: [], variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), resources: [], calls: [], azurermConstraints: [] };
  for (const path of ws.moduleFiles(dir)) {
    const file = ws.load(path);
    if (!file) continue;
    mod.files.push(file);
    for (const block of file.doc.body.blocks) collect(mod, file, block);
  }
  const lock = join2(dir, ".terraform.lock.hcl");
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
        mod.variables.set(l0.value, { name: l0.value, file: file.source, block, ...def ? { default: def } : {}, sensitive: flag("sensitive", true), nonNullable: flag("nullable", false) });
      }
      break;
    case "locals":
      for (const a of block.body.attributes) mod.locals.set(a.name, { name: a.name, file: file.source, attr: a });
      break;
    case "resource":
      if (l0 && l1) mod.resources.push({ type: l0.value, name: l1.value, file, block });
      break;
    case "module":
      if (l0) {
        const source = literalString(findAttribute(block.body, "source")?.expr);
        const local = source !== void 0 && (source.startsWith("./") || source.startsWith("../"));
        mod.calls.push({ name: l0.value, file, block, ...local ? { localDir: resolve(dirname(file.source.path), source) } : {} });
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
    const items = a ? a.expr.type === "tuple" ? a.expr.items : [a.expr] : [];
    for (const i of items) {
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
  era;
  version;
  scope(extra = {}) {
    return {
      variable: (name, at) => this.variable(name, at),
      local: (name, at) => this.local(name, at),
      moduleDir: this.mod.dir,
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
      if (given) val = withHops(given.val, [param, ...given.hops]);
      else if (decl.default) {
        const def = evaluate(decl.default.expr, decl.file, this.scope());
        val = withHops(def, [param, { kind: "parameter-default", range: def.range }]);
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
      return { val, hops: [{ kind: "module-argument", name: this.inputs.call, range: arg.exprRange }] };
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
  entities() {
    const out = [];
    const configs = [];
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
          const config = r.type === "azapi_resource" ? this.azapiConfig(view, ctx) : void 0;
          if (config) configs.push(config);
          const entity = config ? void 0 : this.mapResource(r.type, view, ctx);
          if (entity) out.push(entity);
        }
      });
    }
    for (const c of configs) for (const e of out) if (e.entity === "site" && e.name === c.target) mergeConfig(e, c.settings);
    for (const call of this.mod.calls) {
      this.guarded(`${this.options.prefix}module.${call.name}`, call.file.source.range(call.block.header), () => out.push(...this.callModule(call)));
    }
    return out;
  }
  /** Pathological nesting can exhaust the stack while evaluating: report it on the block, keep the rest. */
  guarded(name, at, run) {
    try {
      run();
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.ws.diagnostics.push({ ruleId: "parse-error", message: `${name}: expressions nested too deeply to evaluate`, range: at });
    }
  }
  /** An azapi `Microsoft.Web/sites/config` child (`web` or `appsettings`) of a site declared here. */
  azapiConfig(view, ctx) {
    const t = view.attr("type");
    if (!t || !azapiConfigType(t.val)) return void 0;
    const parent = view.reference("parent_id");
    if (!parent) return void 0;
    const nameRead = view.attr("name");
    const name = nameRead ? asString(nameRead.val)?.toLowerCase() : void 0;
    return { target: ctx.prefix + parent.address, settings: readAzapiConfig(name, view.attr("body"), ctx.declaration) };
  }
  mapResource(type, view, ctx) {
    if (type in AZURERM_SITE_TYPES) return mapAzurermSite(view, ctx);
    if (type === "azurerm_app_service_certificate") return mapCertificate(view, ctx);
    if (type === "azapi_resource") {
      const t = view.attr("type");
      const siteType = t ? azapiSiteType(t.val) : void 0;
      if (!siteType) return void 0;
      const typeName = t ? asString(t.val) : void 0;
      return mapAzapiSite(view, view.attr("body"), { ...ctx, resourceType: siteType, ...typeName?.includes("@") ? { version: typeName.split("@")[1] ?? "" } : {} });
    }
    return void 0;
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
      const elements = iterate(v);
      if (elements && elements.length > MAX_INSTANCES) return [{ scope: base, looped: where }];
      if (elements && v.t === "list") {
        return elements.map(({ value }) => ({ instance: `[${JSON.stringify(asString(value) ?? "")}]`, scope: this.scope({ each: { key: value, value } }) }));
      }
      if (elements) return elements.map(({ key, value }) => ({ instance: `[${JSON.stringify(asString(key) ?? "")}]`, scope: this.scope({ each: { key, value } }) }));
      const unknown = unknownVal(where.expression, where.range, v.t === "unknown" ? v.reason : "for_each is not a collection");
      return [{ scope: this.scope({ each: { key: unknown, value: unknown } }), looped: where }];
    }
    return [{ scope: base }];
  }
  /**
   * A local module call: the module's resources with the caller's arguments as its
   * variables. Registry and git sources are not fetched: they yield nothing.
   */
  callModule(call) {
    if (!call.localDir) return [];
    if (call.localDir === this.mod.dir || this.options.stack.includes(call.localDir)) return [];
    const source = findAttribute(call.block.body, "source");
    const sourceRange = call.file.source.range(source ? source.expr.span : call.block.header);
    if (this.options.stack.length >= MAX_MODULE_DEPTH) {
      this.ws.note(`module not read: it is nested more than ${MAX_MODULE_DEPTH} modules deep (an evaluation bound of mtlslint)`, sourceRange);
      return [];
    }
    if (!this.ws.confine(call.localDir, sourceRange, "dir")) return [];
    const mod = readModule(this.ws, call.localDir);
    for (const f of mod.files) this.ws.publish(f);
    const file = call.file.source;
    const out = [];
    for (const inst of this.expand(call.block, file)) {
      if (!this.ws.budget.take(1)) {
        this.ws.note(`module instance not read: the configuration expands to more than ${BUDGET.instances} module instances (an evaluation bound of mtlslint)`, sourceRange);
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
        via: [...this.options.via, { name: `${this.options.prefix}${callName}`, range: file.range(call.block.header) }],
        ...inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {},
        ...inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {},
        inheritedConstraints: [...this.options.inheritedConstraints, ...this.mod.azurermConstraints],
        ...this.mod.azurermLocked ?? this.options.inheritedLock ? { inheritedLock: this.mod.azurermLocked ?? this.options.inheritedLock } : {},
        stack: [...this.options.stack, this.mod.dir]
      });
      out.push(...child.entities());
    }
    return out;
  }
};
function isCandidate(type) {
  return type in AZURERM_SITE_TYPES || type === "azurerm_app_service_certificate" || type === "azapi_resource";
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
  const typeName = t ? asString(t.val) : void 0;
  return mapAzapiSite(view, view.attr("body"), { ...ctx, resourceType: siteType, ...typeName?.includes("@") ? { version: typeName.split("@")[1] ?? "" } : {} });
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
  const scope = literalScope(file.source);
  for (const a of file.doc.body.attributes) {
    try {
      out.set(a.name, evaluate(a.expr, file.source, scope));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return out;
}
function literalScope(file) {
  return {
    variable: (name, at) => unknownVal(`var.${name}`, at, "variable files cannot reference variables"),
    local: (name, at) => unknownVal(`local.${name}`, at, "variable files cannot reference locals"),
    moduleDir: file.path
  };
}

// parsers/terraform/workspace.ts
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname as dirname2, join as join3 } from "node:path";

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
  constructor(input, reader) {
    this.input = input;
    this.reader = reader;
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
    const doc = json ? readJsonSyntax(text, (s, base) => this.reader.parseExpression(s, base)) : this.reader.parse(text);
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
    for (const e of file.doc.errors) this.diagnostics.push({ ruleId: "parse-error", message: e.message, range: file.source.range(e.span) });
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
        for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) names.add(join3(dir, e.name));
      }
    } catch {
    }
    for (const f of this.input.files) if (dirname2(f.path) === dir) names.add(f.path);
    const list = [...names].sort();
    this.listings.set(dir, list);
    return list;
  }
  moduleFiles(dir) {
    return this.listDir(dir).filter(isTerraformFile);
  }
  /** Variable files Terraform loads by itself, in its order: terraform.tfvars(.json), then *.auto.tfvars(.json) by name. */
  autoVarFiles(dir) {
    const files = this.listDir(dir);
    const named = ["terraform.tfvars", "terraform.tfvars.json"].map((n) => join3(dir, n)).filter((p) => files.includes(p));
    const auto = files.filter((p) => /\.auto\.tfvars(\.json)?$/.test(basename(p))).sort((a, b) => basename(a) < basename(b) ? -1 : 1);
    return [...named, ...auto];
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
  const ws = new Workspace(input, await loadHclReader());
  const dirs = [...new Set(input.files.filter((f) => f.kind === "terraform" || f.kind === "terraform-json").map((f) => dirname3(f.path)))].sort();
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
      stack: []
    });
    entities.push(...instance.entities());
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

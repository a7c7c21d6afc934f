import {
  member,
  memberNode,
  readJson,
  stringValue
} from "./chunk-IHAQDPW6.mjs";
import {
  applyEdits,
  createScanner,
  findNodeAtLocation,
  getNodePath,
  modify
} from "./chunk-63NLXS3H.mjs";
import {
  armInsertPath,
  armNeighbours
} from "./chunk-TTXOFJJR.mjs";
import {
  escapeRegExp
} from "./chunk-DVHEQCGA.mjs";
import {
  makeFixer
} from "./chunk-5DZILIZ3.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/arm/fix.ts
function parsedFiles(texts) {
  const files = /* @__PURE__ */ new Map();
  return (path) => {
    let f = files.get(path);
    if (!f) {
      const text = texts.get(path);
      if (text === void 0) return void 0;
      f = readJson(path, text);
      files.set(path, f);
    }
    return f.root && f.errors.length === 0 ? f : void 0;
  };
}
function isLiteral(node) {
  if (node.type === "boolean" || node.type === "number") return true;
  return node.type === "string" && !(String(node.value).startsWith("[") && !String(node.value).startsWith("[["));
}
function nodeAt(file, start, end) {
  let found;
  const walk = (n) => {
    if (n.offset > start || n.offset + n.length < end) return;
    if (n.offset === start && n.offset + n.length === end && n.type !== "property") found = n;
    for (const c of n.children ?? []) walk(c);
  };
  if (file.root) walk(file.root);
  return found;
}
function parameterReferences(file, name) {
  const re = new RegExp(`parameters\\s*\\(\\s*'${escapeRegExp(name)}'\\s*\\)`, "gi");
  let count = 0;
  const walk = (n) => {
    if (n.type === "string" && typeof n.value === "string" && n.value.startsWith("[")) count += n.value.match(re)?.length ?? 0;
    for (const c of n.children ?? []) walk(c);
  };
  if (file.root) walk(file.root);
  return count;
}
var fixer = makeFixer((texts) => {
  const parsed = parsedFiles(texts);
  return {
    apply: (text, ops) => ops.reduce(applyOp, text),
    elsewhere: "the value comes from a parameter file, variable, module argument or function",
    locate(_r, setting) {
      const file = parsed(setting.range.file);
      if (!file) return "the file does not parse cleanly";
      const node = nodeAt(file, setting.range.startOffset, setting.range.endOffset);
      if (!node || !isLiteral(node)) return "the value is not a literal";
      return { file, node };
    },
    replace: ({ file, node }, r) => ({ file: file.path, changes: [{ kind: "replace", path: getNodePath(node), value: r.value }] }),
    parameterDefault({ file }, r, setting) {
      const paramHop = setting.trail[1];
      const use = setting.trail[0];
      const name = paramHop?.name;
      if (!name || !use || use.range.file !== file.path) return "the parameter is declared in another file";
      const useNode = nodeAt(file, use.range.startOffset, use.range.endOffset);
      const direct = new RegExp(`^\\[\\s*parameters\\s*\\(\\s*'${escapeRegExp(name)}'\\s*\\)\\s*\\]$`, "i");
      if (!useNode || useNode.type !== "string" || !direct.test(String(useNode.value))) return `the property does more with parameter '${name}' than use it`;
      if (parameterReferences(file, name) !== 1) return `parameter '${name}' is used elsewhere too`;
      const declValue = member(member(file.root, "parameters"), name);
      const declared = (stringValue(member(declValue, "type")) ?? "").toLowerCase();
      if (typeof r.value === "boolean" && declared !== "bool" || typeof r.value === "string" && declared !== "string")
        return `parameter '${name}' is declared as ${declared || "untyped"}`;
      const allowed = member(declValue, "allowedValues");
      if (allowed?.type === "array" && !(allowed.children ?? []).some((c) => c.value === r.value))
        return `${JSON.stringify(r.value)} is not in the allowedValues of parameter '${name}'`;
      return void 0;
    },
    insert(r) {
      const path = armInsertPath(r.setting);
      if (!path) return `${r.setting} is not fixed automatically`;
      const extent = r.entity.extent;
      if (!extent) return "the resource extent is unknown";
      const file = parsed(extent.file);
      if (!file) return "the file does not parse cleanly";
      const resource = nodeAt(file, extent.startOffset, extent.endOffset);
      if (!resource || resource.type !== "object") return "the resource is not a JSON object";
      const wanted = path.slice(0, -1);
      const at = resolveContainer(resource, wanted);
      if (typeof at === "string") return at;
      if (member(at.node, "copy")?.type === "array") return "the properties are built by a property loop";
      return { file: file.path, changes: [{ kind: "insert", resource: getNodePath(resource), wanted, key: path[path.length - 1], value: r.value }] };
    }
  };
});
function resolveContainer(start, wanted) {
  let node = start;
  const path = [];
  for (let i = 0; i < wanted.length; i++) {
    const key = wanted[i];
    const prop = memberNode(node, key);
    const value = prop?.children?.[1];
    if (!prop || !value) return { node, path, missing: wanted.slice(i) };
    if (value.type !== "object") return `'${key}' is not an object literal`;
    path.push(String(prop.children?.[0]?.value ?? key));
    node = value;
  }
  return { node, path, missing: [] };
}
function styleOf(text) {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  let unit = "  ";
  let best = Infinity;
  for (const m of text.matchAll(/^([ \t]+)\S/gm)) {
    const ws = m[1] ?? "";
    if (ws.startsWith("	")) return { unit: "	", eol };
    if (ws.length < best) {
      best = ws.length;
      unit = ws;
    }
  }
  return { unit, eol };
}
function applyOp(text, op) {
  const file = readJson("", text);
  const root = file.root;
  if (!root) return text;
  const style = styleOf(text);
  if (op.kind === "replace") {
    const node = findNodeAtLocation(root, op.path);
    if (!node) return text;
    return text.slice(0, node.offset) + JSON.stringify(op.value) + text.slice(node.offset + node.length);
  }
  const resource = findNodeAtLocation(root, op.resource);
  if (!resource || resource.type !== "object") return text;
  const at = resolveContainer(resource, op.wanted);
  if (typeof at === "string") return text;
  if (at.missing.length === 0 && memberNode(at.node, op.key)) return text;
  let key = op.key;
  let value = op.value;
  for (let i = at.missing.length - 1; i >= 0; i--) {
    value = { [key]: value };
    key = at.missing[i];
  }
  return insertInline(text, at.node, key, value, style) ?? insertMember(text, at.node, key, value, style) ?? fallbackInsert(text, [...op.resource, ...at.path, key], value, style);
}
function fallbackInsert(text, path, value, style) {
  const tabs = style.unit === "	";
  const edits = modify(text, path, value, {
    formattingOptions: { insertSpaces: !tabs, tabSize: tabs ? 1 : style.unit.length, eol: style.eol }
  });
  return applyEdits(text, edits);
}
function lineStart(text, offset) {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}
function lineEnd(text, offset) {
  let i = offset;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}
function serializeInline(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${serializeInline(v)}`).join(", ")} }`;
}
function insertInline(text, obj, key, value, style) {
  const open = obj.offset;
  const close = obj.offset + obj.length - 1;
  const member2 = `${JSON.stringify(key)}: ${serializeInline(value)}`;
  const last = obj.children?.[obj.children.length - 1];
  if (!last) {
    const inside = text.slice(open + 1, close);
    if (inside.trim() === "" && !/[\r\n]/.test(inside)) return `${text.slice(0, open)}{ ${member2} }${text.slice(close + 1)}`;
    const indent = (/^[ \t]*/.exec(text.slice(lineStart(text, open), open))?.[0] ?? "") + style.unit;
    return `${text.slice(0, open + 1)}${style.eol}${indent}${JSON.stringify(key)}: ${serialize(value, indent, style)}${text.slice(open + 1)}`;
  }
  const lastEnd = last.offset + last.length;
  const after = text.slice(lastEnd, close);
  if (/[\r\n]/.test(after)) return void 0;
  const comma = /^\s*,/.exec(after);
  if (comma) {
    const at = lastEnd + comma[0].length;
    return `${text.slice(0, at)} ${member2},${text.slice(at)}`;
  }
  return `${text.slice(0, lastEnd)}, ${member2}${text.slice(lastEnd)}`;
}
function serialize(value, indent, style) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value);
  const inner = indent + style.unit;
  return `{${style.eol}${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner, style)}`).join(`,${style.eol}`)}${style.eol}${indent}}`;
}
function anchorMember(members, key) {
  const name = (p) => String(p.children?.[0]?.value ?? "").toLowerCase();
  for (const n of armNeighbours(key)) {
    const found = members.find((p) => name(p) === n.toLowerCase());
    if (found) return found;
  }
  const firstNested = members.findIndex((p) => p.children?.[1]?.type === "object" || p.children?.[1]?.type === "array");
  const plain = firstNested < 0 ? members : members.slice(0, firstNested);
  return plain[plain.length - 1] ?? members[members.length - 1];
}
function insertMember(text, obj, key, value, style, atEnd = false) {
  const members = obj.children ?? [];
  const after = atEnd ? members[members.length - 1] : anchorMember(members, key);
  if (!after) return void 0;
  const index = members.indexOf(after);
  const next = members[index + 1];
  const close = obj.offset + obj.length - 1;
  const afterEnd = after.offset + after.length;
  const limit = next ? next.offset : close;
  const scanner = createScanner(text.slice(afterEnd, limit), false);
  let comma;
  for (let k = scanner.scan(); k !== 17; k = scanner.scan()) {
    if (k === 5) comma = afterEnd + scanner.getTokenOffset();
  }
  const anchor = comma !== void 0 ? comma + 1 : afterEnd;
  const end = lineEnd(text, anchor);
  if (end >= limit) return next ? insertMember(text, obj, key, value, style, true) : void 0;
  const indent = /^[ \t]*/.exec(text.slice(lineStart(text, after.offset), after.offset))?.[0] ?? "";
  const member2 = `${style.eol}${indent}${JSON.stringify(key)}: ${serialize(value, indent, style)}`;
  const withComma = comma !== void 0 ? text : `${text.slice(0, afterEnd)},${text.slice(afterEnd)}`;
  const shift = comma !== void 0 ? 0 : 1;
  const tail = comma !== void 0 ? "," : "";
  return withComma.slice(0, end + shift) + member2 + tail + withComma.slice(end + shift);
}
export {
  fixer
};

import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  BICEP,
  applyTextEdits,
  lineAfter,
  lineInside,
  matchingClose,
  membersOf,
  replaceLiteral,
  textStyle,
  withoutComments
} from "./chunk-RJSALQCY.mjs";
import {
  FixCollector,
  inFixOrder
} from "./chunk-2QN6IA5F.mjs";
import {
  settingOf
} from "./chunk-RL7VHCMZ.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/bicep/fix.ts
var PROPERTY = {
  httpsOnly: "httpsOnly",
  clientCertEnabled: "clientCertEnabled",
  clientCertMode: "clientCertMode"
};
function literal(value) {
  return typeof value === "boolean" ? String(value) : `'${value}'`;
}
function escape(name) {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var fixer = {
  fix(requests, texts) {
    const changes = new FixCollector(applyTextEdits);
    const inserts = /* @__PURE__ */ new Map();
    for (const r of inFixOrder(requests)) {
      const plan = planFix(r, texts);
      if (typeof plan === "string") changes.skip(r.id, plan);
      else if ("edits" in plan) changes.add(r.id, plan.file, plan.edits);
      else {
        const key = `${plan.file}\0${plan.body}`;
        const group = inserts.get(key) ?? { file: plan.file, body: plan.body, lines: [], ids: [] };
        if (!group.lines.includes(plan.line)) group.lines.push(plan.line);
        group.ids.push(r.id);
        inserts.set(key, group);
      }
    }
    for (const g of inserts.values()) {
      const made = insertProperties(texts.get(g.file), g.body, g.lines);
      for (const id of g.ids) {
        if (typeof made === "string") changes.skip(id, made);
        else changes.add(id, g.file, made);
      }
    }
    return changes.finish(texts);
  }
};
function bodyOpen(text, declaration) {
  let end = declaration.startOffset;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  const open = text.indexOf("{", declaration.startOffset);
  return open >= 0 && open < end ? open : void 0;
}
var NEIGHBOURS = {
  clientCertEnabled: ["httpsOnly"],
  clientCertMode: ["clientCertEnabled", "httpsOnly"]
};
function anchorFor(members, line) {
  const name = /^(\w+)/.exec(line)?.[1] ?? "";
  for (const n of NEIGHBOURS[name] ?? []) {
    const found = members.find((m) => m.name.toLowerCase() === n.toLowerCase());
    if (found) return found;
  }
  const firstObject = members.findIndex((m) => m.open !== void 0);
  const plain = firstObject < 0 ? members : members.slice(0, firstObject);
  return plain[plain.length - 1] ?? members[members.length - 1];
}
function insertProperties(text, open, lines) {
  const close = matchingClose(text, open, BICEP);
  if (close === void 0) return "the resource body does not close";
  const style = textStyle(text);
  const members = membersOf(text, open, close, BICEP);
  const properties = members.find((m) => m.name.toLowerCase() === "properties");
  if (properties) {
    if (properties.open === void 0) return "'properties' is not an object literal";
    const innerClose = matchingClose(text, properties.open, BICEP);
    if (innerClose === void 0) return "'properties' does not close";
    const inner2 = membersOf(text, properties.open, innerClose, BICEP);
    if (inner2.length) return lines.map((l) => lineAfter(anchorFor(inner2, l), l, style));
    const edits = [];
    for (const l of lines) {
      const e = lineInside(text, properties.open, l, style);
      if (!e) return "'properties' is written on one line";
      edits.push(...e);
    }
    return edits;
  }
  const last = members[members.length - 1];
  if (!last) return "the resource body has no members to follow";
  const inner = last.indent + style.unit;
  const block = `properties: {${lines.map((l) => `${style.eol}${inner}${l}`).join("")}${style.eol}${last.indent}}`;
  return [lineAfter(last, block, style)];
}
function planFix(r, texts) {
  const setting = settingOf(r.entity, r.setting);
  if (!setting) return `${r.setting} is not fixed automatically`;
  if (setting.kind === "unresolved") return "the value is only known at deployment time";
  if (setting.kind === "set") {
    const file = setting.range.file;
    const text2 = texts.get(file);
    if (text2 === void 0) return "the file is not being linted";
    const start = setting.range.startOffset;
    const end = setting.range.endOffset;
    const replaced = () => {
      const next = replaceLiteral(text2, start, end, r.value, "'");
      if (next === void 0) return "the value is not a plain literal";
      return { file, edits: [{ offset: start, length: end - start, text: next.slice(start, next.length - (text2.length - end)) }] };
    };
    const kinds = setting.trail.map((h) => h.kind).join(",");
    if (kinds === "property") return replaced();
    if (kinds === "property,parameter,parameter-default") {
      const use = setting.trail[0];
      const decl = setting.trail[1]?.range;
      const name = setting.trail[1]?.name;
      if (!use || !decl || !name || use.range.file !== file || decl.file !== file) return "the parameter is declared in another file";
      if (text2.slice(use.range.startOffset, use.range.endOffset).trim() !== name) return `the property does more with parameter '${name}' than use it`;
      const mentions = withoutComments(text2, BICEP).match(new RegExp(`(?<![\\w.])${escape(name)}\\b`, "g"))?.length ?? 0;
      if (mentions !== 2) return `parameter '${name}' is used elsewhere too`;
      const before = decorators(text2, decl.startOffset);
      if (/@allowed\s*\(/.test(before) && !before.includes(literal(r.value))) return `${literal(r.value)} is not in the @allowed values of parameter '${name}'`;
      return replaced();
    }
    return "the value comes from a parameter file, a variable or a module argument";
  }
  const property = PROPERTY[r.setting];
  if (!property) return `a missing ${r.setting} is not added automatically`;
  const text = texts.get(r.entity.file);
  if (text === void 0) return "the file is not being linted";
  const open = bodyOpen(text, r.entity.declaration);
  if (open === void 0) return "the resource body is not known";
  return { file: r.entity.file, body: open, line: `${property}: ${literal(r.value)}` };
}
function decorators(text, declStart) {
  const lines = text.slice(0, declStart).split(/\r\n|\r|\n/);
  lines.pop();
  const out = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] ?? "").trim();
    if (t === "" || /^(param|var|resource|module|output|type|func|import|metadata|targetScope)\b/.test(t)) break;
    out.unshift(t);
  }
  return out.join("\n");
}
export {
  fixer
};

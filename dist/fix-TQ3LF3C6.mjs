import {
  armInsertPath,
  armNeighbours
} from "./chunk-TTXOFJJR.mjs";
import {
  BICEP,
  escapeRegExp,
  lineAfter,
  lineInside,
  matchingClose,
  membersOf,
  textLiterals,
  textStyle,
  withoutComments
} from "./chunk-DVHEQCGA.mjs";
import {
  makeFixer
} from "./chunk-5DZILIZ3.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/bicep/fix.ts
function literal(value) {
  return typeof value === "boolean" ? String(value) : `'${value}'`;
}
var fixer = makeFixer((texts) => ({
  ...textLiterals(texts, "'"),
  elsewhere: "the value comes from a parameter file, a variable, a module argument or a function",
  parameterDefault({ file, text }, r, setting) {
    const use = setting.trail[0];
    const decl = setting.trail[1]?.range;
    const name = setting.trail[1]?.name;
    if (!use || !decl || !name || use.range.file !== file || decl.file !== file) return "the parameter is declared in another file";
    if (text.slice(use.range.startOffset, use.range.endOffset).trim() !== name) return `the property does more with parameter '${name}' than use it`;
    const mentions = withoutComments(text, BICEP).match(new RegExp(`(?<![\\w.])${escapeRegExp(name)}\\b`, "g"))?.length ?? 0;
    if (mentions !== 2) return `parameter '${name}' is used elsewhere too`;
    const before = decorators(text, decl.startOffset);
    if (/@allowed\s*\(/.test(before) && !before.includes(literal(r.value))) return `${literal(r.value)} is not in the @allowed values of parameter '${name}'`;
    return void 0;
  },
  insert(r) {
    const path = armInsertPath(r.setting);
    if (!path || path.length !== 2) return `a missing ${r.setting} is not added automatically`;
    const text = texts.get(r.entity.file);
    if (text === void 0) return "the file is not being linted";
    const open = bodyOpen(text, r.entity.declaration);
    if (open === void 0) return "the resource body is not known";
    return { file: r.entity.file, group: open, line: `${path[1]}: ${literal(r.value)}` };
  },
  insertGroup: insertProperties
}));
function bodyOpen(text, declaration) {
  let end = declaration.startOffset;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  const open = text.indexOf("{", declaration.startOffset);
  return open >= 0 && open < end ? open : void 0;
}
function anchorFor(members, line) {
  const name = /^(\w+)/.exec(line)?.[1] ?? "";
  for (const n of armNeighbours(name)) {
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

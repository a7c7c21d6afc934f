import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  AZURERM_SITE_TYPES
} from "./chunk-XTORHB6B.mjs";
import {
  HCL,
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

// parsers/terraform/fix.ts
import { dirname } from "node:path";
var NEIGHBOURS = {
  client_certificate_enabled: ["https_only"],
  client_cert_enabled: ["https_only"],
  client_certificate_mode: ["client_certificate_enabled", "https_only"],
  client_cert_mode: ["client_cert_enabled", "https_only"]
};
function anchorFor(members, name) {
  const attributes = members.filter((m) => m.kind === "attribute");
  for (const n of NEIGHBOURS[name] ?? []) {
    const found = attributes.find((m) => m.name === n);
    if (found) return found;
  }
  const firstBlock = members.findIndex((m) => m.kind === "block");
  const top = firstBlock < 0 ? attributes : members.slice(0, firstBlock).filter((m) => m.kind === "attribute");
  return top[top.length - 1] ?? attributes[attributes.length - 1];
}
function argumentFor(resourceType, setting, value) {
  const type = AZURERM_SITE_TYPES[resourceType];
  if (!type) return `${resourceType} is not fixed automatically`;
  const f = type.family;
  if (setting === "httpsOnly") return { name: "https_only", value };
  const legacyMode = f === "legacy-app" || f === "legacy-function";
  if (setting === "clientCertEnabled") {
    if (f === "web" || f === "function") return { name: "client_certificate_enabled", value };
    if (f === "legacy-app") return { name: "client_cert_enabled", value };
    if (f === "logic") return { name: "client_certificate_mode", value: "Required" };
    if (f === "legacy-function") return { name: "client_cert_mode", value: "Required" };
    return `${resourceType} has no client certificate argument`;
  }
  if (setting === "clientCertMode") {
    if (f === "legacy-slot") return `${resourceType} has no client certificate argument`;
    return { name: legacyMode ? "client_cert_mode" : "client_certificate_mode", value };
  }
  return `a missing ${setting} is not added automatically`;
}
function literal(value) {
  return typeof value === "boolean" ? String(value) : `"${value}"`;
}
function escape(name) {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var fixer = {
  fix(requests, texts) {
    const changes = new FixCollector(applyTextEdits);
    for (const r of inFixOrder(requests)) {
      const plan = planFix(r, texts);
      if (typeof plan === "string") changes.skip(r.id, plan);
      else changes.add(r.id, plan.file, plan.edits);
    }
    return changes.finish(texts);
  }
};
function planFix(r, texts) {
  const setting = settingOf(r.entity, r.setting);
  if (!setting) return `${r.setting} is not fixed automatically`;
  if (setting.kind === "unresolved") return "the value is only known at deployment time";
  if (setting.kind === "set") {
    const file = setting.range.file;
    const text2 = texts.get(file);
    if (text2 === void 0) return "the file is not being linted";
    const kinds = setting.trail.map((h) => h.kind).join(",");
    const start = setting.range.startOffset;
    const end = setting.range.endOffset;
    const replaced = () => {
      const next = replaceLiteral(text2, start, end, r.value, '"');
      if (next === void 0) return "the value is not a plain literal";
      return { file, edits: [{ offset: start, length: end - start, text: next.slice(start, next.length - (text2.length - end)) }] };
    };
    if (kinds === "property") return replaced();
    if (kinds === "property,parameter,parameter-default") {
      const use = setting.trail[0];
      const name = setting.trail[1]?.name;
      if (!use || !name || use.range.file !== file) return "the variable is declared in another file";
      if (text2.slice(use.range.startOffset, use.range.endOffset).trim() !== `var.${name}`) return `the argument does more with variable '${name}' than use it`;
      const dir = dirname(file);
      const re = new RegExp(`\\bvar\\.${escape(name)}\\b`, "g");
      let uses = 0;
      for (const [path, t] of texts) if (dirname(path) === dir && /\.tf$/i.test(path)) uses += withoutComments(t, HCL).match(re)?.length ?? 0;
      if (uses !== 1) return `variable '${name}' is used elsewhere too`;
      const decl = setting.trail[1]?.range;
      const declOpen = decl ? text2.indexOf("{", decl.startOffset) : -1;
      const declClose = declOpen >= 0 ? matchingClose(text2, declOpen, HCL) : void 0;
      if (declClose === void 0) return `the declaration of variable '${name}' is not known`;
      const block = text2.slice(declOpen, declClose);
      if (/\bvalidation\s*\{/.test(block) && !block.includes(literal(r.value))) return `the validation of variable '${name}' may not accept ${literal(r.value)}`;
      return replaced();
    }
    return "the value comes from a tfvars file, a module argument or a local";
  }
  if (r.entity.format !== "terraform") return `${r.entity.format} files are not fixed`;
  const arg = argumentFor(r.entity.resourceType, r.setting, r.value);
  if (typeof arg === "string") return arg;
  const extent = r.entity.extent;
  const text = extent ? texts.get(extent.file) : void 0;
  if (!extent || text === void 0) return "the resource block is not known";
  if (extent.file !== r.entity.file) return "the resource is declared in another file";
  if (/\.json$/i.test(extent.file)) return "arguments are not added to JSON configuration files";
  const open = text.indexOf("{", extent.startOffset);
  if (open < 0 || open >= extent.endOffset) return "the resource block is not known";
  const close = matchingClose(text, open, HCL);
  if (close === void 0) return "the resource block does not close";
  const members = membersOf(text, open, close, HCL);
  if (members.some((m) => m.name === arg.name)) return `${arg.name} is already written`;
  const style = textStyle(text);
  const last = anchorFor(members, arg.name);
  if (!last) {
    const edits = lineInside(text, open, `${arg.name} = ${literal(arg.value)}`, style);
    return edits ? { file: extent.file, edits } : "the block is written on one line";
  }
  const lastLine = text.slice(last.start, text.indexOf("=", last.start));
  const width = lastLine.length;
  const pad = width > arg.name.length && /^\S+\s+$/.test(lastLine) ? width - arg.name.length : 1;
  return { file: extent.file, edits: [lineAfter(last, `${arg.name}${" ".repeat(pad)}= ${literal(arg.value)}`, style)] };
}
export {
  fixer
};

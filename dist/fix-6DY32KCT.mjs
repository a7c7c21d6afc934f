import {
  azurermFixArgument
} from "./chunk-W5BUPFK2.mjs";
import {
  HCL,
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
  FIX_NEIGHBOURS,
  makeFixer
} from "./chunk-5DZILIZ3.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// parsers/terraform/fix.ts
import { dirname } from "node:path";
function anchorFor(members, resourceType, key) {
  const attributes = members.filter((m) => m.kind === "attribute");
  for (const k of FIX_NEIGHBOURS[key] ?? []) {
    const n = azurermFixArgument(resourceType, k, true);
    const found = typeof n === "string" ? void 0 : attributes.find((m) => m.name === n.name);
    if (found) return found;
  }
  const firstBlock = members.findIndex((m) => m.kind === "block");
  const top = firstBlock < 0 ? attributes : members.slice(0, firstBlock).filter((m) => m.kind === "attribute");
  return top[top.length - 1] ?? attributes[attributes.length - 1];
}
function literal(value) {
  return typeof value === "boolean" ? String(value) : `"${value}"`;
}
var fixer = makeFixer((texts) => ({
  ...textLiterals(texts, '"'),
  elsewhere: "the value comes from a tfvars file, a module argument or a local",
  parameterDefault({ file, text }, r, setting) {
    const use = setting.trail[0];
    const name = setting.trail[1]?.name;
    if (!use || !name || use.range.file !== file) return "the variable is declared in another file";
    if (text.slice(use.range.startOffset, use.range.endOffset).trim() !== `var.${name}`) return `the argument does more with variable '${name}' than use it`;
    const dir = dirname(file);
    const re = new RegExp(`\\bvar\\.${escapeRegExp(name)}\\b`, "g");
    let uses = 0;
    for (const [path, t] of texts) if (dirname(path) === dir && /\.tf$/i.test(path)) uses += withoutComments(t, HCL).match(re)?.length ?? 0;
    if (uses !== 1) return `variable '${name}' is used elsewhere too`;
    const decl = setting.trail[1]?.range;
    const declOpen = decl ? text.indexOf("{", decl.startOffset) : -1;
    const declClose = declOpen >= 0 ? matchingClose(text, declOpen, HCL) : void 0;
    if (declClose === void 0) return `the declaration of variable '${name}' is not known`;
    const block = text.slice(declOpen, declClose);
    if (/\bvalidation\s*\{/.test(block) && !block.includes(literal(r.value))) return `the validation of variable '${name}' may not accept ${literal(r.value)}`;
    return void 0;
  },
  insert(r) {
    if (r.entity.format !== "terraform") return `${r.entity.format} files are not fixed`;
    const key = r.setting;
    const arg = azurermFixArgument(r.entity.resourceType, key, r.value);
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
    const last = anchorFor(members, r.entity.resourceType, key);
    if (!last) {
      const edits = lineInside(text, open, `${arg.name} = ${literal(arg.value)}`, style);
      return edits ? { file: extent.file, changes: edits } : "the block is written on one line";
    }
    const lastLine = text.slice(last.start, text.indexOf("=", last.start));
    const width = lastLine.length;
    const pad = width > arg.name.length && /^\S+\s+$/.test(lastLine) ? width - arg.name.length : 1;
    return { file: extent.file, changes: [lineAfter(last, `${arg.name}${" ".repeat(pad)}= ${literal(arg.value)}`, style)] };
  }
}));
export {
  fixer
};

import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  createScanner,
  parseTree,
  printParseErrorCode
} from "./chunk-V4B2IMZV.mjs";
import {
  MAX_NESTING,
  strictJsonWithinNesting
} from "./chunk-7XBN56PL.mjs";
import {
  LineMap
} from "./chunk-E2BWXCD5.mjs";

// parsers/shared/json.ts
var MAX_ERRORS = 10;
function readJson(path, text) {
  const map = new LineMap(text);
  const source = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const file = { path, text, map, root: void 0, comments: [], errors: [] };
  if (source.trim() === "") {
    file.errors.push({ message: "the file is empty", offset: 0, length: 0 });
    return file;
  }
  if (!strictJsonWithinNesting(source)) {
    const scanner = createScanner(source, false);
    let depth = 0;
    for (let kind = scanner.scan(); kind !== 17; kind = scanner.scan()) {
      if (kind === 12 || kind === 13)
        file.comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), block: kind === 13 });
      else if (kind === 1 || kind === 3) {
        if (++depth > MAX_NESTING) {
          file.errors.push({ message: `nesting deeper than ${MAX_NESTING} levels`, offset: scanner.getTokenOffset(), length: 1 });
          return file;
        }
      } else if (kind === 2 || kind === 4) depth = Math.max(0, depth - 1);
    }
  }
  const errors = [];
  try {
    file.root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    file.errors.push({ message: "the file is nested too deeply to parse", offset: 0, length: 0 });
    return file;
  }
  for (const e of errors) {
    if (file.errors.length >= MAX_ERRORS) break;
    const message = `invalid JSON: ${describe(printParseErrorCode(e.error))}`;
    if (file.errors.some((x) => x.offset === e.offset && x.message === message)) continue;
    file.errors.push({ message, offset: e.offset, length: e.length });
  }
  return file;
}
function describe(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function rangeOf(file, node) {
  return file.map.range(file.path, node.offset, node.offset + node.length);
}
function memberNode(obj, name) {
  if (!obj || obj.type !== "object" || !obj.children) return void 0;
  const k = name.toLowerCase();
  let found;
  for (const p of obj.children) {
    const key = p.children?.[0];
    if (key && typeof key.value === "string" && key.value.toLowerCase() === k && p.children?.[1]) found = p;
  }
  return found;
}
function member(obj, name) {
  return memberNode(obj, name)?.children?.[1];
}
function members(obj) {
  const out = [];
  if (!obj || obj.type !== "object" || !obj.children) return out;
  for (const p of obj.children) {
    const key = p.children?.[0];
    const value = p.children?.[1];
    if (key && value && typeof key.value === "string") out.push([key.value, value, p]);
  }
  return out;
}
function stringValue(node) {
  return node?.type === "string" && typeof node.value === "string" ? node.value : void 0;
}
function nodeText(file, node) {
  return file.text.slice(node.offset, node.offset + node.length);
}

export {
  readJson,
  rangeOf,
  memberNode,
  member,
  members,
  stringValue,
  nodeText
};

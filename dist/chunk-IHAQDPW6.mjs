import {
  createScanner,
  parseTree,
  printParseErrorCode
} from "./chunk-63NLXS3H.mjs";
import {
  LineMap
} from "./chunk-JVWOA5LR.mjs";

// parsers/shared/json-limits.ts
var MAX_NESTING = 500;
function nestedTooDeeply(text, value) {
  let brackets = 0;
  for (let i = text.indexOf("{"); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf("{", i + 1)) brackets++;
  for (let i = text.indexOf("["); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf("[", i + 1)) brackets++;
  if (brackets <= MAX_NESTING) return false;
  const deeper = (v, depth) => {
    if (typeof v !== "object" || v === null) return false;
    if (depth > MAX_NESTING) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (deeper(child, depth + 1)) return true;
    return false;
  };
  return deeper(value, 1);
}
function strictJsonWithinNesting(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return !nestedTooDeeply(text, value);
}

// parsers/shared/json.ts
var MAX_ERRORS = 10;
function readJson(path, text) {
  const map = new LineMap(text);
  let source = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const file = { path, text, map, root: void 0, comments: [], errors: [] };
  if (source.trim() === "") {
    file.errors.push({ message: "the file is empty", offset: 0, length: 0 });
    return file;
  }
  let scan = strictJsonWithinNesting(source) ? "ok" : scanTokens(source, file);
  let protectedAt = [];
  if (scan === "raw-control") {
    ({ text: source, at: protectedAt } = protectControlCharacters(source));
    scan = scanTokens(source, file);
  }
  if (scan === "too-deep") return file;
  const errors = [];
  try {
    file.root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    file.errors.push({ message: "the file is nested too deeply to parse", offset: 0, length: 0 });
    return file;
  }
  if (file.root && protectedAt.length > 0) restoreStrings(file.root, text, protectedAt);
  for (const e of errors) {
    if (file.errors.length >= MAX_ERRORS) break;
    const message = `invalid JSON: ${describe(printParseErrorCode(e.error))}`;
    if (file.errors.some((x) => x.offset === e.offset && x.message === message)) continue;
    file.errors.push({ message, offset: e.offset, length: e.length });
  }
  return file;
}
function scanTokens(source, file) {
  file.comments = [];
  const scanner = createScanner(source, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== 17; kind = scanner.scan()) {
    if (kind === 10) {
      const err = scanner.getTokenError();
      if (err === 2 || err === 6) return "raw-control";
    } else if (kind === 12 || kind === 13)
      file.comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), block: kind === 13 });
    else if (kind === 1 || kind === 3) {
      if (++depth > MAX_NESTING) {
        file.errors.push({ message: `nesting deeper than ${MAX_NESTING} levels`, offset: scanner.getTokenOffset(), length: 1 });
        return "too-deep";
      }
    } else if (kind === 2 || kind === 4) depth = Math.max(0, depth - 1);
  }
  return "ok";
}
var STAND_IN = 57344;
function protectControlCharacters(text) {
  const at = [];
  const parts = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d === 92 && text.charCodeAt(i + 1) >= 32) i++;
        else if (d < 32) {
          parts.push(text.slice(from, i), String.fromCharCode(STAND_IN + d));
          from = i + 1;
          at.push(i);
        }
      }
      i++;
    } else i++;
  }
  if (at.length === 0) return { text, at };
  parts.push(text.slice(from));
  return { text: parts.join(""), at };
}
function restoreStrings(root, original, at) {
  const holds = (node) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (at[mid] < node.offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo] < node.offset + node.length;
  };
  const todo = [root];
  for (let node = todo.pop(); node; node = todo.pop()) {
    if (!holds(node)) continue;
    if (node.type === "string") {
      const target = node;
      const raw = original.slice(node.offset, node.offset + node.length);
      try {
        target.value = JSON.parse(raw.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
      } catch {
        target.value = String(node.value).replace(/[\ue000-\ue01f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN));
      }
    } else if (node.children) todo.push(...node.children);
  }
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

import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// parsers/shared/directives.ts
var PREFIX = /^\s*mtlslint-disable-next-line\b/;
function readDirectiveComment(body) {
  const m = PREFIX.exec(body);
  if (!m) return void 0;
  const rest = body.slice(m[0].length);
  const sep = rest.indexOf("--");
  const list = sep >= 0 ? rest.slice(0, sep) : rest;
  const reason = sep >= 0 ? rest.slice(sep + 2).trim() : "";
  const rules = list.split(/[,\s]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return reason ? { rules, reason } : { rules };
}
function nextCodeLine(lines, line, isCommentOnly) {
  for (let l = line + 1; l <= lines.length; l++) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || isCommentOnly(text)) continue;
    return l;
  }
  return line + 1;
}

export {
  readDirectiveComment,
  nextCodeLine
};

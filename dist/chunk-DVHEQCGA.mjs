
// parsers/shared/text-fix.ts
function textStyle(text, fallbackUnit = "  ") {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  let unit = "";
  for (const m of text.matchAll(/^([ \t]+)\S/gm)) {
    const ws = m[1] ?? "";
    if (ws.startsWith("	")) return { eol, unit: "	" };
    if (!unit || ws.length < unit.length) unit = ws;
  }
  return { eol, unit: unit || fallbackUnit };
}
var HCL = {
  lineComments: ["#", "//"],
  quote: '"',
  heredocs: true,
  member: /^[ \t]*([A-Za-z_][\w-]*)[ \t]*(=(?!=)|\{|"[^"]*"[ \t]*\{)/
};
var BICEP = {
  lineComments: ["//"],
  quote: "'",
  tripleQuote: true,
  member: /^[ \t]*([A-Za-z_]\w*|'[^']*')[ \t]*:/
};
function scan(text, from, to, syntax, visit) {
  let i = from;
  while (i < to) {
    const c = text[i];
    const rest = (n) => text.slice(i, i + n);
    if (syntax.lineComments.some((p) => rest(p.length) === p)) {
      while (i < to && text[i] !== "\n" && text[i] !== "\r") i++;
      continue;
    }
    if (rest(2) === "/*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? to : end + 2;
      continue;
    }
    if (syntax.tripleQuote && rest(3) === "'''") {
      const end = text.indexOf("'''", i + 3);
      i = end < 0 ? to : end + 3;
      continue;
    }
    if (syntax.heredocs && rest(2) === "<<") {
      const m = /^<<-?([A-Za-z_]\w*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m) {
        const close = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, "m");
        const body = text.slice(i + m[0].length, to);
        const found = close.exec(body);
        i = found ? i + m[0].length + found.index + found[0].length : to;
        continue;
      }
    }
    if (c === syntax.quote) {
      i++;
      let nest = 0;
      while (i < to) {
        const d = text[i];
        if (d === "\\") i += 2;
        else if (d === "$" && text[i + 1] === "{") {
          nest++;
          i += 2;
        } else if (d === "}" && nest > 0) {
          nest--;
          i++;
        } else if (d === syntax.quote && nest === 0) {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if ("{[()]}".includes(c) && visit(i, c) === true) return;
    i++;
  }
}
function matchingClose(text, open, syntax) {
  let depth = 0;
  let found;
  scan(text, open, text.length, syntax, (offset, ch) => {
    if ("{[(".includes(ch)) depth++;
    else if (--depth === 0) {
      found = offset;
      return true;
    }
    return false;
  });
  return found;
}
function lineStartOf(text, offset) {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}
function lineEndOf(text, offset) {
  let i = offset;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}
function membersOf(text, open, close, syntax) {
  const depthAt = /* @__PURE__ */ new Map();
  let depth = 0;
  const opens = [];
  scan(text, open + 1, close, syntax, (offset, ch) => {
    if ("{[(".includes(ch)) {
      depth++;
      opens.push(offset);
    } else depth--;
    depthAt.set(offset, depth);
  });
  const depthBefore = (offset) => {
    let d = 0;
    for (const [o, v] of depthAt) if (o < offset) d = v;
    return d;
  };
  const out = [];
  let line = lineEndOf(text, open) + 1;
  if (text[line - 1] === "\r" && text[line] === "\n") line++;
  while (line < close) {
    const lineEnd = Math.min(lineEndOf(text, line), close);
    const lineText = text.slice(line, lineEnd);
    const m = syntax.member.exec(lineText);
    if (m && depthBefore(line) === 0) {
      const start = line + lineText.length - lineText.trimStart().length;
      let end = lineEnd;
      while (end < close && depthBefore(end) > 0) {
        const next2 = end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
        end = Math.min(lineEndOf(text, next2), close);
      }
      const afterName = start + (m[1]?.length ?? 0);
      const open2 = opens.find((o) => o > afterName && o < lineEnd && text[o] === "{" && depthBefore(o) === 0);
      const member = {
        name: (m[1] ?? "").replace(/^'|'$/g, ""),
        kind: (m[2] ?? ":").includes("{") ? "block" : "attribute",
        lineStart: line,
        start,
        end,
        indent: lineText.slice(0, lineText.length - lineText.trimStart().length)
      };
      if (open2 !== void 0) member.open = open2;
      out.push(member);
      line = end;
    }
    const next = lineEndOf(text, line);
    line = next + (text[next] === "\r" && text[next + 1] === "\n" ? 2 : 1);
  }
  return out;
}
function replaceLiteral(text, start, end, value, quote) {
  const old = text.slice(start, end);
  if (typeof value === "boolean") {
    if (old !== "true" && old !== "false") return void 0;
    return text.slice(0, start) + String(value) + text.slice(end);
  }
  if (old.length < 2 || !old.startsWith(quote) || !old.endsWith(quote) || old.includes("${") || old.includes("%{")) return void 0;
  if (value.includes(quote) || value.includes("\\") || value.includes("$")) return void 0;
  return `${text.slice(0, start)}${quote}${value}${quote}${text.slice(end)}`;
}
function withoutComments(text, syntax) {
  const chars = text.split("");
  let i = 0;
  while (i < text.length) {
    if (syntax.lineComments.some((p) => text.startsWith(p, i))) {
      while (i < text.length && text[i] !== "\n") chars[i++] = " ";
      continue;
    }
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (chars[i] !== "\n") chars[i] = " ";
      continue;
    }
    if (text[i] === syntax.quote) {
      i++;
      while (i < text.length && text[i] !== syntax.quote && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
    }
    i++;
  }
  return chars.join("");
}
function applyTextEdits(text, edits) {
  const merged = [];
  const closing = /* @__PURE__ */ new Map();
  for (const e of edits) {
    if (e.last && e.length === 0) {
      closing.set(e.offset, e.text);
      continue;
    }
    const same = merged.find((m) => m.offset === e.offset && m.length === 0 && e.length === 0);
    if (same) same.text += e.text;
    else merged.push({ ...e });
  }
  for (const [offset, t] of closing) {
    const same = merged.find((m) => m.offset === offset && m.length === 0);
    if (same) same.text += t;
    else merged.push({ offset, length: 0, text: t });
  }
  merged.sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  let limit = Infinity;
  for (const e of merged) {
    if (e.offset + e.length > limit) continue;
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
    limit = e.offset;
  }
  return out;
}
function lineAfter(after, line, style) {
  return { offset: after.end, length: 0, text: `${style.eol}${after.indent}${line}` };
}
function lineInside(text, open, line, style) {
  const lineEnd = lineEndOf(text, open);
  const base = /^[ \t]*/.exec(text.slice(lineStartOf(text, open), open))?.[0] ?? "";
  const afterBrace = text.slice(open + 1, lineEnd).trim();
  if (afterBrace.startsWith("}")) {
    const close = text.indexOf("}", open);
    if (text.slice(open + 1, close).trim() !== "") return void 0;
    return [
      { offset: open + 1, length: 0, text: `${style.eol}${base}${style.unit}${line}` },
      { offset: open + 1, length: close - open - 1, text: "" },
      { offset: close, length: 0, text: `${style.eol}${base}`, last: true }
    ].filter((e) => e.length > 0 || e.text !== "");
  }
  if (afterBrace !== "" && !afterBrace.startsWith("#") && !afterBrace.startsWith("//")) return void 0;
  return [{ offset: lineEnd, length: 0, text: `${style.eol}${base}${style.unit}${line}` }];
}
function textLiterals(texts, quote) {
  return {
    apply: applyTextEdits,
    locate(_r, setting) {
      const text = texts.get(setting.range.file);
      if (text === void 0) return "the file is not being linted";
      return { file: setting.range.file, text, start: setting.range.startOffset, end: setting.range.endOffset };
    },
    replace({ file, text, start, end }, r) {
      const next = replaceLiteral(text, start, end, r.value, quote);
      if (next === void 0) return "the value is not a plain literal";
      return { file, changes: [{ offset: start, length: end - start, text: next.slice(start, next.length - (text.length - end)) }] };
    }
  };
}
function escapeRegExp(name) {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  textStyle,
  HCL,
  BICEP,
  matchingClose,
  membersOf,
  withoutComments,
  lineAfter,
  lineInside,
  textLiterals,
  escapeRegExp
};


// src/model/source.ts
var LineMap = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }
  text;
  starts;
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based position of the character at `offset` (clamped to the text). */
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 };
  }
  /** Offset of a 1-based position. */
  offset(pos) {
    const start = this.starts[Math.max(0, Math.min(pos.line - 1, this.starts.length - 1))] ?? 0;
    return Math.min(start + pos.column - 1, this.text.length);
  }
  /** 0-based offset of the start of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
  }
  /** Range for [startOffset, endOffset). An empty span covers one character position. */
  range(file, startOffset, endOffset) {
    const start = this.position(startOffset);
    const end = this.position(Math.max(startOffset, endOffset - 1));
    return { file, start, end, startOffset, endOffset: Math.max(startOffset, endOffset) };
  }
};
function compareRanges(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || a.end.line - b.end.line || a.end.column - b.end.column;
}

// src/model/parse-result.ts
function emptyParseOutput() {
  return { entities: [], diagnostics: [], directives: [], texts: /* @__PURE__ */ new Map() };
}
function mergeParseOutputs(outputs) {
  const out = emptyParseOutput();
  for (const o of outputs) {
    out.entities.push(...o.entities);
    out.diagnostics.push(...o.diagnostics);
    out.directives.push(...o.directives);
    for (const [k, v] of o.texts) out.texts.set(k, v);
    if (o.calledTemplates) (out.calledTemplates ??= []).push(...o.calledTemplates);
  }
  return out;
}

// src/model/setting.ts
function effective(setting) {
  switch (setting.kind) {
    case "set":
      return { known: true, value: setting.value, explicit: true };
    case "absent":
      return setting.default.known ? { known: true, value: setting.default.value, explicit: false } : { known: false };
    case "unresolved":
      return { known: false };
  }
}
function setValue(value, range, trail = [], text) {
  return text === void 0 ? { kind: "set", value, range, trail } : { kind: "set", value, range, trail, text };
}
function absent(range, defaultValue) {
  return { kind: "absent", default: defaultValue, range };
}
function unresolved(expression, range, trail = [], reason) {
  return reason === void 0 ? { kind: "unresolved", expression, range, trail } : { kind: "unresolved", expression, range, trail, reason };
}
function knownDefault(value, note) {
  return note === void 0 ? { known: true, value } : { known: true, value, note };
}
function unknownDefault(reason) {
  return { known: false, reason };
}

// src/model/entities.ts
import { dirname } from "node:path";
function entityLabel(entity) {
  const name = entity.name + (entity.instance ?? "");
  return entity.format === "terraform" || entity.format === "terraform-plan" ? name : `${entity.resourceType} '${name}'`;
}
function settingOf(entity, key) {
  return entity.settings[key];
}
function writtenName(entity, key) {
  return entity.written[key] ?? key;
}
function moduleOfFile(file) {
  return /\.tf(\.json)?$/i.test(file) ? dirname(file) : file;
}
function isUnsetModuleDefault(entity, setting) {
  const entry = entity.via?.[0];
  if (setting.kind !== "set" || !entry) return false;
  const origin = setting.trail[setting.trail.length - 1];
  return origin?.kind === "parameter-default" && moduleOfFile(origin.range.file) !== moduleOfFile(entry.range.file);
}

export {
  LineMap,
  compareRanges,
  effective,
  setValue,
  absent,
  unresolved,
  knownDefault,
  unknownDefault,
  entityLabel,
  settingOf,
  writtenName,
  moduleOfFile,
  isUnsetModuleDefault,
  emptyParseOutput,
  mergeParseOutputs
};

import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// src/model/source.ts
var LineMap;
var init_source = __esm({
  "src/model/source.ts"() {
    "use strict";
    LineMap = class {
      constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i2 = 0; i2 < text.length; i2++) {
          const c = text.charCodeAt(i2);
          if (c === 10) starts.push(i2 + 1);
          else if (c === 13) {
            if (text.charCodeAt(i2 + 1) === 10) i2++;
            starts.push(i2 + 1);
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
        const start2 = this.starts[Math.max(0, Math.min(pos.line - 1, this.starts.length - 1))] ?? 0;
        return Math.min(start2 + pos.column - 1, this.text.length);
      }
      /** 0-based offset of the start of a 1-based line. */
      lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
      }
      /** Range for [startOffset, endOffset). An empty span covers one character position. */
      range(file, startOffset, endOffset) {
        const start2 = this.position(startOffset);
        const end = this.position(Math.max(startOffset, endOffset - 1));
        return { file, start: start2, end, startOffset, endOffset: Math.max(startOffset, endOffset) };
      }
    };
  }
});

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
function setValue2(value, range, trail = [], text) {
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
var init_setting = __esm({
  "src/model/setting.ts"() {
    "use strict";
  }
});

// src/model/entities.ts
function entityLabel(entity) {
  const name2 = entity.name + (entity.instance ?? "");
  return entity.format === "terraform" || entity.format === "terraform-plan" ? name2 : `${entity.resourceType} '${name2}'`;
}
function settingOf(entity, key) {
  return entity.settings[key];
}
var init_entities = __esm({
  "src/model/entities.ts"() {
    "use strict";
  }
});

// src/model/parse-result.ts
function emptyParseOutput() {
  return { entities: [], diagnostics: [], directives: [], texts: /* @__PURE__ */ new Map() };
}
function mergeParseOutputs(outputs) {
  const out2 = emptyParseOutput();
  for (const o of outputs) {
    out2.entities.push(...o.entities);
    out2.diagnostics.push(...o.diagnostics);
    out2.directives.push(...o.directives);
    for (const [k, v] of o.texts) out2.texts.set(k, v);
  }
  return out2;
}
var init_parse_result = __esm({
  "src/model/parse-result.ts"() {
    "use strict";
  }
});

// src/model/index.ts
var init_model = __esm({
  "src/model/index.ts"() {
    "use strict";
    init_source();
    init_setting();
    init_entities();
    init_parse_result();
  }
});

// parsers/shared/arm-value.ts
function prim(value, origin) {
  return { t: "prim", value, origin };
}
function unknown(text, reason, origin) {
  return { t: "unknown", text, reason, origin };
}
function through(v, hops) {
  if (hops.length === 0) return v;
  const origin = { range: v.origin.range, trail: [...hops, ...v.origin.trail] };
  switch (v.t) {
    case "array":
    case "object":
      return { ...v, origin, inherit: [...hops, ...v.inherit] };
    default:
      return { ...v, origin };
  }
}
function memberOf(obj, key) {
  const k = key.toLowerCase();
  let found;
  for (const m of obj.members) if (m.key.toLowerCase() === k) found = m;
  return found ? through(found.value, obj.inherit) : void 0;
}
function itemOf(arr, index) {
  const item = arr.items[index];
  return item ? through(item, arr.inherit) : void 0;
}
function toJson(v) {
  switch (v.t) {
    case "unknown":
      return void 0;
    case "prim":
      return v.value;
    case "array": {
      const out2 = [];
      for (const i2 of v.items) {
        const j = toJson(i2);
        if (j === void 0) return void 0;
        out2.push(j);
      }
      return out2;
    }
    case "object": {
      const out2 = {};
      for (const m of v.members) {
        const j = toJson(m.value);
        if (j === void 0) return void 0;
        out2[m.key] = j;
      }
      return out2;
    }
  }
}
function firstUnknown(v) {
  switch (v.t) {
    case "unknown":
      return v;
    case "prim":
      return void 0;
    case "array":
      for (const i2 of v.items) {
        const u = firstUnknown(i2);
        if (u) return u;
      }
      return void 0;
    case "object":
      for (const m of v.members) {
        const u = firstUnknown(m.value);
        if (u) return u;
      }
      return void 0;
  }
}
function fromJson(j, origin) {
  if (Array.isArray(j)) return { t: "array", items: j.map((x) => fromJson(x, origin)), origin, inherit: [] };
  if (j !== null && typeof j === "object")
    return { t: "object", members: Object.entries(j).map(([key, x]) => ({ key, value: fromJson(x, origin) })), origin, inherit: [] };
  return prim(j, origin);
}
function mergeTrails(values) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const v of values)
    for (const h of v.origin.trail) {
      const key = `${h.kind}|${h.name ?? ""}|${h.range.file}|${h.range.startOffset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out2.push(h);
    }
  return out2;
}
var init_arm_value = __esm({
  "parsers/shared/arm-value.ts"() {
    "use strict";
  }
});

// parsers/shared/setting-values.ts
function isNull(v) {
  return v.t === "prim" && v.value === null;
}
function descendPath(found, path) {
  let f = found;
  for (const key of path) {
    const v = f.value;
    if (isNull(v)) return void 0;
    if (v.t === "unknown") return f;
    if (v.t !== "object") return { ...f, value: { t: "unknown", text: f.atText, reason: `expected an object with '${key}'`, origin: v.origin } };
    const m = memberOf(v, key);
    if (!m) return void 0;
    f = step(f, m);
  }
  return isNull(f.value) ? void 0 : f;
}
function step(f, inner) {
  const at = f.value.at;
  const local = f.value.origin.trail.length === 0 && at !== void 0 && at.file === f.at.file && at.startOffset === f.at.startOffset && at.endOffset === f.at.endOffset;
  if (!local || !inner.at) return { ...f, value: inner };
  const atText = inner.t === "unknown" ? inner.text : inner.t === "prim" && typeof inner.value === "string" ? inner.value : f.atText;
  return { at: inner.at, atText, value: inner };
}
function stepItem(f, index) {
  if (f.value.t !== "array") return void 0;
  const it = itemOf(f.value, index);
  return it ? step(f, it) : void 0;
}
function toSetting(found, convert, expected, declaration, def, textOf2) {
  if (!found) return absent(declaration, def);
  const v = found.value;
  const trail = [{ kind: "property", range: found.at }, ...v.origin.trail];
  if (v.t === "unknown") return unresolved(found.atText, found.at, trail, v.reason);
  if (v.t === "object" || v.t === "array") {
    const u = firstUnknown(v);
    if (u) return unresolved(found.atText, found.at, trail, u.reason);
  }
  const value = convert(v);
  const text = textOf2(v.origin.range);
  if (value === void 0) return unresolved(text ?? found.atText, v.origin.range, trail, `expected ${expected}`);
  return setValue2(value, v.origin.range, trail, text);
}
var asBool, asString, asTlsVersion, asObject;
var init_setting_values = __esm({
  "parsers/shared/setting-values.ts"() {
    "use strict";
    init_model();
    init_arm_value();
    asBool = (v) => {
      if (v.t !== "prim") return void 0;
      if (typeof v.value === "boolean") return v.value;
      if (typeof v.value === "string") {
        const s = v.value.trim().toLowerCase();
        if (s === "true") return true;
        if (s === "false") return false;
      }
      return void 0;
    };
    asString = (v) => v.t === "prim" && typeof v.value === "string" ? v.value : void 0;
    asTlsVersion = (v) => {
      if (v.t !== "prim") return void 0;
      if (typeof v.value === "string") return v.value;
      if (typeof v.value === "number") return Number.isInteger(v.value) ? `${v.value}.0` : String(v.value);
      return void 0;
    };
    asObject = (v) => {
      if (v.t !== "object") return void 0;
      const j = toJson(v);
      return j !== null && typeof j === "object" && !Array.isArray(j) ? j : void 0;
    };
  }
});

// parsers/shared/site-mapping.ts
function fromWeb(c, name2) {
  for (let i2 = c.web.length - 1; i2 >= 0; i2--) {
    const f = c.web[i2](["properties", name2]);
    if (f) return f;
  }
  return void 0;
}
function siteKind(read) {
  const k = read(["kind"])?.value;
  const text = k?.t === "prim" && typeof k.value === "string" ? k.value.toLowerCase() : "";
  if (text.includes("workflowapp")) return "logicApp";
  if (text.includes("functionapp")) return "functionApp";
  return "webApp";
}
function siteSettings(c, decl, textOf2) {
  const prop = (name2) => c.site(["properties", name2]);
  const cfg = (name2) => fromWeb(c, name2) ?? c.site(["properties", "siteConfig", name2]);
  return {
    httpsOnly: toSetting(prop("httpsOnly"), asBool, "a boolean", decl, knownDefault(false), textOf2),
    clientCertEnabled: toSetting(prop("clientCertEnabled"), asBool, "a boolean", decl, knownDefault(false), textOf2),
    clientCertMode: toSetting(prop("clientCertMode"), asString, "a string", decl, knownDefault("Required", "service default when client certificates are enabled"), textOf2),
    clientCertExclusionPaths: toSetting(prop("clientCertExclusionPaths"), asString, "a string", decl, knownDefault(""), textOf2),
    minTlsVersion: toSetting(cfg("minTlsVersion"), asTlsVersion, "a TLS version string", decl, knownDefault("1.2", "service default for new apps"), textOf2),
    scmMinTlsVersion: toSetting(cfg("scmMinTlsVersion"), asTlsVersion, "a TLS version string", decl, knownDefault("1.2", "service default for new apps"), textOf2),
    http20Enabled: toSetting(
      cfg("http20Enabled"),
      asBool,
      "a boolean",
      decl,
      unknownDefault("disputed: the API spec says true, other documentation says HTTP/1.1 by default"),
      textOf2
    ),
    publicNetworkAccess: toSetting(prop("publicNetworkAccess") ?? cfg("publicNetworkAccess"), asString, "a string", decl, unknownDefault("not documented"), textOf2),
    loadCertificates: loadCertificates(c, decl, textOf2)
  };
}
function siteTags(read, decl, textOf2) {
  return toSetting(read(["tags"]), asObject, "an object", decl, knownDefault({}), textOf2);
}
function loadCertificates(c, decl, textOf2) {
  const none = knownDefault("", "no certificates are loaded");
  if (c.appsettings) return toSetting(c.appsettings(["properties", LOAD_CERTIFICATES]), asString, "a string", decl, none, textOf2);
  const list = fromWeb(c, "appSettings") ?? c.site(["properties", "siteConfig", "appSettings"]);
  if (!list) return absent(decl, none);
  if (list.value.t !== "array") return toSetting(list, () => void 0, "an array of { name, value }", decl, none, textOf2);
  for (let i2 = list.value.items.length - 1; i2 >= 0; i2--) {
    const item = stepItem(list, i2);
    if (!item) continue;
    const name2 = descendPath(item, ["name"]);
    if (name2?.value.t === "prim" && typeof name2.value.value === "string" && name2.value.value.toLowerCase() === LOAD_CERTIFICATES.toLowerCase())
      return toSetting(descendPath(item, ["value"]), asString, "a string", decl, knownDefault(""), textOf2);
  }
  return absent(decl, none);
}
function certificateSettings(read, decl, textOf2) {
  const none = knownDefault("");
  return {
    pfxBlob: toSetting(read(["properties", "pfxBlob"]), asString, "a base64 string", decl, none, textOf2),
    password: toSetting(read(["properties", "password"]), asString, "a string", decl, none, textOf2),
    keyVaultSecret: toSetting(read(["properties", "keyVaultId"]) ?? read(["properties", "keyVaultSecretName"]), asString, "a string", decl, none, textOf2)
  };
}
var LOAD_CERTIFICATES;
var init_site_mapping = __esm({
  "parsers/shared/site-mapping.ts"() {
    "use strict";
    init_model();
    init_setting_values();
    LOAD_CERTIFICATES = "WEBSITE_LOAD_CERTIFICATES";
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start2 = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start2, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start2, end);
  }
  function scanString() {
    let result = "", start2 = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start2, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start2, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start2, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start2 = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start2, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start2 = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start2, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start2, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name2, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name2, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var createScanner2, ScanError, SyntaxKind, parseTree2, findNodeAtLocation2, getNodeValue2, visit2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    createScanner2 = createScanner;
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parseTree2 = parseTree;
    findNodeAtLocation2 = findNodeAtLocation;
    getNodeValue2 = getNodeValue;
    visit2 = visit;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// parsers/shared/json.ts
function readJson(path, text) {
  const map = new LineMap(text);
  const source = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const file = { path, text, map, root: void 0, comments: [], errors: [] };
  if (source.trim() === "") {
    file.errors.push({ message: "the file is empty", offset: 0, length: 0 });
    return file;
  }
  const scanner = createScanner2(source, false);
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
  const errors = [];
  try {
    file.root = parseTree2(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
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
function memberNode(obj, name2) {
  if (!obj || obj.type !== "object" || !obj.children) return void 0;
  const k = name2.toLowerCase();
  let found;
  for (const p of obj.children) {
    const key = p.children?.[0];
    if (key && typeof key.value === "string" && key.value.toLowerCase() === k && p.children?.[1]) found = p;
  }
  return found;
}
function member(obj, name2) {
  return memberNode(obj, name2)?.children?.[1];
}
function members(obj) {
  const out2 = [];
  if (!obj || obj.type !== "object" || !obj.children) return out2;
  for (const p of obj.children) {
    const key = p.children?.[0];
    const value = p.children?.[1];
    if (key && value && typeof key.value === "string") out2.push([key.value, value, p]);
  }
  return out2;
}
function stringValue(node) {
  return node?.type === "string" && typeof node.value === "string" ? node.value : void 0;
}
function nodeText(file, node) {
  return file.text.slice(node.offset, node.offset + node.length);
}
var MAX_NESTING, MAX_ERRORS;
var init_json = __esm({
  "parsers/shared/json.ts"() {
    "use strict";
    init_main();
    init_model();
    MAX_NESTING = 500;
    MAX_ERRORS = 10;
  }
});

// parsers/arm/entity-base.ts
function entityBase(r, resourceType) {
  const base = { format: "arm", file: r.scope.file.path, resourceType, name: r.displayName, declaration: r.declaration };
  base.extent = rangeOf(r.scope.file, r.node);
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}
var init_entity_base = __esm({
  "parsers/arm/entity-base.ts"() {
    "use strict";
    init_json();
  }
});

// parsers/arm/settings.ts
function readPath(scope, node, path) {
  let cur = node;
  let i2 = 0;
  for (; i2 < path.length; i2++) {
    if (!cur) return void 0;
    if (cur.type === "object") {
      const next = member(cur, path[i2]);
      if (!next && member(cur, "copy")?.type === "array") break;
      cur = next;
      continue;
    }
    break;
  }
  if (!cur) return void 0;
  const found = {
    at: rangeOf(scope.file, cur),
    atText: cur.type === "string" ? String(cur.value) : scope.file.text.slice(cur.offset, cur.offset + cur.length),
    value: scope.value(cur)
  };
  return descendPath(found, path.slice(i2));
}
var init_settings = __esm({
  "parsers/arm/settings.ts"() {
    "use strict";
    init_json();
    init_setting_values();
  }
});

// parsers/arm/certificates.ts
function mapCertificate(r, textOf2) {
  return {
    ...entityBase(r, "Microsoft.Web/certificates"),
    entity: "certificate",
    settings: certificateSettings((path) => readPath(r.scope, r.node, path), r.declaration, textOf2)
  };
}
var CERTIFICATE;
var init_certificates = __esm({
  "parsers/arm/certificates.ts"() {
    "use strict";
    init_site_mapping();
    init_entity_base();
    init_settings();
    CERTIFICATE = "microsoft.web/certificates";
  }
});

// parsers/shared/directives.ts
function readDirectiveComment(body2) {
  const m = PREFIX.exec(body2);
  if (!m) return void 0;
  const rest = body2.slice(m[0].length);
  const sep2 = rest.indexOf("--");
  const list = sep2 >= 0 ? rest.slice(0, sep2) : rest;
  const reason = sep2 >= 0 ? rest.slice(sep2 + 2).trim() : "";
  const rules2 = list.split(/[,\s]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return reason ? { rules: rules2, reason } : { rules: rules2 };
}
function nextCodeLine(lines, line, isCommentOnly) {
  for (let l = line + 1; l <= lines.length; l++) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || isCommentOnly(text)) continue;
    return l;
  }
  return line + 1;
}
var PREFIX;
var init_directives = __esm({
  "parsers/shared/directives.ts"() {
    "use strict";
    PREFIX = /^\s*mtlslint-disable-next-line\b/;
  }
});

// parsers/arm/directives.ts
function codeLines(file) {
  const chars = file.text.split("");
  for (const c of file.comments)
    for (let i2 = c.offset; i2 < c.offset + c.length; i2++) if (chars[i2] !== "\n" && chars[i2] !== "\r") chars[i2] = " ";
  return chars.join("").split(/\r\n|\r|\n/);
}
function directivesOf(file) {
  const out2 = [];
  let lines;
  for (const c of file.comments) {
    const raw = file.text.slice(c.offset, c.offset + c.length);
    const body2 = c.block ? raw.replace(/^\/\*/, "").replace(/\*\/$/, "") : raw.replace(/^\/\//, "");
    const d = readDirectiveComment(body2);
    if (!d) continue;
    lines ??= codeLines(file);
    const range = file.map.range(file.path, c.offset, c.offset + c.length);
    const directive = { file: file.path, range, rules: d.rules, targetLine: nextCodeLine(lines, range.end.line, () => false) };
    if (d.reason !== void 0) directive.reason = d.reason;
    out2.push(directive);
  }
  return out2;
}
var init_directives2 = __esm({
  "parsers/arm/directives.ts"() {
    "use strict";
    init_directives();
  }
});

// parsers/shared/arm-parameter-files.ts
function literalValue(file, node) {
  const origin = { range: rangeOf(file, node), trail: [] };
  switch (node.type) {
    case "object":
      return { t: "object", members: members(node).map(([key, v]) => ({ key, value: literalValue(file, v) })), origin, inherit: [] };
    case "array":
      return { t: "array", items: (node.children ?? []).map((c) => literalValue(file, c)), origin, inherit: [] };
    case "string":
    case "number":
    case "boolean":
    case "null":
      return { t: "prim", value: node.value ?? null, origin };
    default:
      return unknown("", "not a JSON value", origin);
  }
}
function parameterValues(file) {
  const out2 = /* @__PURE__ */ new Map();
  for (const [name2, entry] of members(member(file.root, "parameters"))) {
    const value = member(entry, "value");
    if (value) {
      const hop = { kind: "parameter-file", name: name2, range: rangeOf(file, value) };
      out2.set(name2.toLowerCase(), () => through(literalValue(file, value), [hop]));
      continue;
    }
    const reference = member(entry, "reference");
    if (reference) {
      const hop = { kind: "parameter-file", name: name2, range: rangeOf(file, reference) };
      out2.set(name2.toLowerCase(), () => unknown(`parameters('${name2}')`, "Key Vault reference", { range: rangeOf(file, reference), trail: [hop] }));
    }
  }
  return out2;
}
var init_arm_parameter_files = __esm({
  "parsers/shared/arm-parameter-files.ts"() {
    "use strict";
    init_arm_value();
    init_json();
  }
});

// parsers/arm/parameter-files.ts
function siblingParameterFile(templatePath) {
  const m = /^(.*)\.json[c]?$/i.exec(templatePath);
  if (!m || /\.parameters$/i.test(m[1] ?? "")) return void 0;
  return `${m[1]}.parameters.json`;
}
var init_parameter_files = __esm({
  "parsers/arm/parameter-files.ts"() {
    "use strict";
  }
});

// parsers/shared/arm-expression/ast.ts
function printExpr(e) {
  switch (e.k) {
    case "call":
      return `${e.name.toLowerCase()}(${e.args.map(printExpr).join(",")})`;
    case "string":
      return `'${e.value.replace(/'/g, "''")}'`;
    case "number":
      return String(e.value);
    case "ident":
      return e.name.toLowerCase();
    case "member":
      return `${printExpr(e.target)}${e.safe ? ".?" : "."}${e.name}`;
    case "index":
      return `${printExpr(e.target)}${e.safe ? "[?" : "["}${printExpr(e.index)}]`;
  }
}
var init_ast = __esm({
  "parsers/shared/arm-expression/ast.ts"() {
    "use strict";
  }
});

// parsers/shared/arm-expression/functions.ts
function computed(ctx, inputs) {
  return { range: ctx.range, trail: mergeTrails(inputs) };
}
function firstUnknownOf(vals) {
  for (const v of vals) if (v.t === "unknown") return v;
  return void 0;
}
function wrongArgs(call, ctx, what) {
  return unknown(printExpr(call), what, { range: ctx.range, trail: [] });
}
function evalAll(args2, ev) {
  return args2.map(ev);
}
function known(args2, ev) {
  const vals = evalAll(args2, ev);
  const u = firstUnknownOf(vals);
  return u ?? vals;
}
function str(v) {
  return v?.t === "prim" && typeof v.value === "string" ? v.value : void 0;
}
function toBool(v) {
  if (v.t !== "prim") return void 0;
  if (typeof v.value === "boolean") return v.value;
  if (typeof v.value === "string") {
    const s = v.value.toLowerCase();
    return s === "true" ? true : s === "false" ? false : void 0;
  }
  if (typeof v.value === "number") return v.value !== 0;
  return void 0;
}
function json(v) {
  return toJson(v);
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function stringOf(v) {
  if (v.t === "prim") return v.value === null ? "" : typeof v.value === "string" ? v.value : String(v.value);
  return JSON.stringify(json(v));
}
function propagate(u, call) {
  return { ...u, text: u.text || printExpr(call) };
}
function unionObjects(objs, origin) {
  const members2 = [];
  for (const o of objs)
    for (const m of o.members) {
      const at = members2.findIndex((x) => x.key.toLowerCase() === m.key.toLowerCase());
      const value = o.inherit.length ? { ...m.value, origin: { ...m.value.origin, trail: [...o.inherit, ...m.value.origin.trail] } } : m.value;
      const prev = at >= 0 ? members2[at] : void 0;
      const merged = prev && prev.value.t === "object" && value.t === "object" ? unionObjects([prev.value, value], value.origin) : value;
      if (at >= 0) members2[at] = { key: m.key, value: merged };
      else members2.push({ key: m.key, value: merged });
    }
  return { t: "object", members: members2, origin, inherit: [] };
}
function formatString(fmt, values) {
  let out2 = "";
  for (let i2 = 0; i2 < fmt.length; i2++) {
    const c = fmt[i2];
    if (c === "{") {
      if (fmt[i2 + 1] === "{") {
        out2 += "{";
        i2++;
        continue;
      }
      const close = fmt.indexOf("}", i2);
      if (close < 0) return void 0;
      const spec = fmt.slice(i2 + 1, close);
      if (!/^\s*\d+\s*$/.test(spec)) return void 0;
      const v = values[Number(spec)];
      if (!v) return void 0;
      out2 += stringOf(v);
      i2 = close;
    } else if (c === "}") {
      if (fmt[i2 + 1] === "}") i2++;
      out2 += "}";
    } else out2 += c;
  }
  return out2;
}
function logic(isAnd) {
  return (args2, ctx, ev, call) => {
    const seen = [];
    let firstUnknown3;
    for (const a of args2) {
      const v = ev(a);
      seen.push(v);
      if (v.t === "unknown") {
        firstUnknown3 ??= v;
        continue;
      }
      const b = v.t === "prim" && typeof v.value === "boolean" ? v.value : void 0;
      if (b === void 0) return wrongArgs(call, ctx, `${isAnd ? "and" : "or"}() needs booleans`);
      if (b !== isAnd) return { t: "prim", value: b, origin: computed(ctx, [v]) };
    }
    if (firstUnknown3) return propagate(firstUnknown3, call);
    return { t: "prim", value: isAnd, origin: computed(ctx, seen) };
  };
}
function caseFn(upper) {
  return (args2, ctx, ev, call) => {
    const v = args2[0] ? ev(args2[0]) : void 0;
    if (!v) return wrongArgs(call, ctx, "takes one argument");
    if (v.t === "unknown") return v;
    const s = str(v);
    if (s === void 0) return wrongArgs(call, ctx, "needs a string");
    return { t: "prim", value: upper ? s.toUpperCase() : s.toLowerCase(), origin: v.origin };
  };
}
var F, FUNCTIONS;
var init_functions = __esm({
  "parsers/shared/arm-expression/functions.ts"() {
    "use strict";
    init_arm_value();
    init_ast();
    F = /* @__PURE__ */ new Map();
    F.set("parameters", (args2, ctx, ev, call) => {
      const name2 = str(args2[0] ? ev(args2[0]) : void 0);
      if (name2 === void 0) return wrongArgs(call, ctx, "parameters() needs a literal name");
      return ctx.env.parameter(name2) ?? wrongArgs(call, ctx, `the template declares no parameter '${name2}'`);
    });
    F.set("variables", (args2, ctx, ev, call) => {
      const name2 = str(args2[0] ? ev(args2[0]) : void 0);
      if (name2 === void 0) return wrongArgs(call, ctx, "variables() needs a literal name");
      return ctx.env.variable(name2) ?? wrongArgs(call, ctx, `the template declares no variable '${name2}'`);
    });
    F.set("copyindex", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return vals;
      let loop;
      let offset = 0;
      for (const v of vals) {
        if (v.t === "prim" && typeof v.value === "string") loop = v.value;
        else if (v.t === "prim" && typeof v.value === "number") offset = v.value;
      }
      const i2 = ctx.env.copyIndex(loop);
      if (i2 === void 0) return unknown(printExpr(call), "depends on copyIndex() of a loop that was not expanded", { range: ctx.range, trail: [] });
      return { t: "prim", value: i2 + offset, origin: computed(ctx, vals) };
    });
    F.set("true", (_a, ctx) => ({ t: "prim", value: true, origin: { range: ctx.range, trail: [] } }));
    F.set("false", (_a, ctx) => ({ t: "prim", value: false, origin: { range: ctx.range, trail: [] } }));
    F.set("null", (_a, ctx) => ({ t: "prim", value: null, origin: { range: ctx.range, trail: [] } }));
    F.set("if", (args2, ctx, ev, call) => {
      if (args2.length !== 3) return wrongArgs(call, ctx, "if() takes three arguments");
      const cond = ev(args2[0]);
      if (cond.t === "unknown") return propagate(cond, call);
      const b = toBool(cond);
      if (b === void 0) return wrongArgs(call, ctx, "the condition of if() is not a boolean");
      const chosen = ev(args2[b ? 1 : 2]);
      const trail = mergeTrails([cond, chosen]).filter((h) => !chosen.origin.trail.includes(h));
      const withCond = [...trail, ...chosen.origin.trail];
      if (chosen.t === "array" || chosen.t === "object") return { ...chosen, origin: { range: chosen.origin.range, trail: withCond }, inherit: [...trail, ...chosen.inherit] };
      return { ...chosen, origin: { range: chosen.origin.range, trail: withCond } };
    });
    F.set("equals", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      if (vals.length !== 2) return wrongArgs(call, ctx, "equals() takes two arguments");
      return { t: "prim", value: deepEqual(json(vals[0]), json(vals[1])), origin: computed(ctx, vals) };
    });
    F.set("not", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "not() takes one argument");
      if (v.t === "unknown") return propagate(v, call);
      const b = toBool(v);
      if (b === void 0 || typeof v.value !== "boolean") return wrongArgs(call, ctx, "not() needs a boolean");
      return { t: "prim", value: !b, origin: computed(ctx, [v]) };
    });
    F.set("and", logic(true));
    F.set("or", logic(false));
    F.set("bool", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "bool() takes one argument");
      if (v.t === "unknown") return v;
      const b = toBool(v);
      if (b === void 0) return wrongArgs(call, ctx, "bool() of a value that is not a boolean");
      return { t: "prim", value: b, origin: v.origin };
    });
    F.set("string", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "string() takes one argument");
      if (v.t === "unknown") return v;
      return { t: "prim", value: stringOf(v), origin: v.t === "prim" ? v.origin : computed(ctx, [v]) };
    });
    F.set("int", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "int() takes one argument");
      if (v.t === "unknown") return v;
      const n = v.t === "prim" ? typeof v.value === "number" ? v.value : typeof v.value === "string" && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : void 0 : void 0;
      if (n === void 0) return wrongArgs(call, ctx, "int() of a value that is not a number");
      return { t: "prim", value: Math.trunc(n), origin: v.origin };
    });
    F.set("tolower", caseFn(false));
    F.set("toupper", caseFn(true));
    F.set("concat", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      if (vals.length > 0 && vals.every((v) => v.t === "array")) {
        const items = vals.flatMap((v) => v.t === "array" ? v.items.map((i2) => v.inherit.length ? { ...i2, origin: { ...i2.origin, trail: [...v.inherit, ...i2.origin.trail] } } : i2) : []);
        return { t: "array", items, origin: computed(ctx, vals), inherit: [] };
      }
      if (vals.some((v) => v.t !== "prim")) return wrongArgs(call, ctx, "concat() of strings and arrays mixed");
      return { t: "prim", value: vals.map(stringOf).join(""), origin: computed(ctx, vals) };
    });
    F.set("format", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      const fmt = str(vals[0]);
      if (fmt === void 0) return wrongArgs(call, ctx, "format() needs a format string");
      const out2 = formatString(fmt, vals.slice(1));
      if (out2 === void 0) return wrongArgs(call, ctx, "format() with a placeholder that is not reproduced");
      return { t: "prim", value: out2, origin: computed(ctx, vals) };
    });
    F.set("union", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      if (vals.length > 0 && vals.every((v) => v.t === "object"))
        return unionObjects(vals, computed(ctx, vals));
      if (vals.length > 0 && vals.every((v) => v.t === "array")) {
        const items = [];
        const seen = /* @__PURE__ */ new Set();
        for (const v of vals)
          if (v.t === "array")
            for (const i2 of v.items) {
              const key = JSON.stringify(toJson(i2));
              if (seen.has(key)) continue;
              seen.add(key);
              items.push(i2);
            }
        return { t: "array", items, origin: computed(ctx, vals), inherit: [] };
      }
      return wrongArgs(call, ctx, "union() needs objects or arrays");
    });
    F.set("coalesce", (args2, ctx, ev, call) => {
      for (const a of args2) {
        const v = ev(a);
        if (v.t === "unknown") return propagate(v, call);
        if (!(v.t === "prim" && v.value === null)) return v;
      }
      return { t: "prim", value: null, origin: { range: ctx.range, trail: [] } };
    });
    F.set("createobject", (args2, ctx, ev, call) => {
      if (args2.length % 2 !== 0) return wrongArgs(call, ctx, "createObject() needs key/value pairs");
      const members2 = [];
      for (let i2 = 0; i2 < args2.length; i2 += 2) {
        const k = ev(args2[i2]);
        if (k.t === "unknown") return propagate(k, call);
        const key = str(k);
        if (key === void 0) return wrongArgs(call, ctx, "createObject() keys must be strings");
        members2.push({ key, value: ev(args2[i2 + 1]) });
      }
      return { t: "object", members: members2, origin: { range: ctx.range, trail: [] }, inherit: [] };
    });
    F.set("createarray", (args2, ctx, ev) => ({ t: "array", items: evalAll(args2, ev), origin: { range: ctx.range, trail: [] }, inherit: [] }));
    F.set("json", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "json() takes one argument");
      if (v.t === "unknown") return v;
      const s = str(v);
      if (s === void 0) return wrongArgs(call, ctx, "json() needs a string");
      try {
        return fromJson(JSON.parse(s), computed(ctx, [v]));
      } catch {
        return wrongArgs(call, ctx, "json() of text that is not JSON");
      }
    });
    F.set("empty", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "empty() takes one argument");
      if (v.t === "unknown") return propagate(v, call);
      const isEmpty = v.t === "array" ? v.items.length === 0 : v.t === "object" ? v.members.length === 0 : v.value === null || v.value === "";
      return { t: "prim", value: isEmpty, origin: computed(ctx, [v]) };
    });
    F.set("length", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "length() takes one argument");
      if (v.t === "unknown") return propagate(v, call);
      const n = v.t === "array" ? v.items.length : v.t === "object" ? v.members.length : typeof v.value === "string" ? v.value.length : void 0;
      if (n === void 0) return wrongArgs(call, ctx, "length() of a value without length");
      return { t: "prim", value: n, origin: computed(ctx, [v]) };
    });
    F.set("contains", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      const [c, item] = vals;
      if (!c || !item) return wrongArgs(call, ctx, "contains() takes two arguments");
      let r;
      if (c.t === "object") {
        const k = str(item);
        r = k === void 0 ? void 0 : c.members.some((m) => m.key.toLowerCase() === k.toLowerCase());
      } else if (c.t === "array") r = c.items.some((i2) => deepEqual(toJson(i2), json(item)));
      else if (typeof c.value === "string" && item.t === "prim") r = c.value.includes(stringOf(item));
      if (r === void 0) return wrongArgs(call, ctx, "contains() of values of the wrong types");
      return { t: "prim", value: r, origin: computed(ctx, vals) };
    });
    F.set("replace", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      const [s, from, to] = vals.map(str);
      if (s === void 0 || from === void 0 || to === void 0 || from === "") return wrongArgs(call, ctx, "replace() needs three strings");
      return { t: "prim", value: s.split(from).join(to), origin: computed(ctx, vals) };
    });
    F.set("trim", (args2, ctx, ev, call) => {
      const v = args2[0] ? ev(args2[0]) : void 0;
      if (!v) return wrongArgs(call, ctx, "trim() takes one argument");
      if (v.t === "unknown") return v;
      const s = str(v);
      if (s === void 0) return wrongArgs(call, ctx, "trim() needs a string");
      return { t: "prim", value: s.trim(), origin: v.origin };
    });
    F.set("tryget", (args2, ctx, ev, call) => {
      const vals = known(args2, ev);
      if (!Array.isArray(vals)) return propagate(vals, call);
      let cur = vals[0];
      for (const k of vals.slice(1)) {
        if (!cur || cur.t === "unknown") break;
        if (cur.t === "object" && k.t === "prim" && typeof k.value === "string") {
          const key = k.value.toLowerCase();
          const m = cur.members.find((x) => x.key.toLowerCase() === key);
          cur = m ? m.value : void 0;
        } else if (cur.t === "array" && k.t === "prim" && typeof k.value === "number") cur = cur.items[k.value];
        else cur = void 0;
      }
      return cur ?? { t: "prim", value: null, origin: { range: ctx.range, trail: [] } };
    });
    FUNCTIONS = F;
  }
});

// parsers/shared/arm-expression/evaluator.ts
function evaluate(e, ctx) {
  const here2 = { range: ctx.range, trail: [] };
  const ev = (x) => evaluate(x, ctx);
  switch (e.k) {
    case "string":
      return { t: "prim", value: e.value, origin: here2 };
    case "number":
      return { t: "prim", value: e.value, origin: here2 };
    case "ident": {
      const n = e.name.toLowerCase();
      if (n === "true" || n === "false") return { t: "prim", value: n === "true", origin: here2 };
      if (n === "null") return { t: "prim", value: null, origin: here2 };
      return unknown(e.name, `unknown identifier '${e.name}'`, here2);
    }
    case "member": {
      const target = ev(e.target);
      return access(target, { t: "prim", value: e.name, origin: here2 }, e, here2, e.safe);
    }
    case "index": {
      const target = ev(e.target);
      return access(target, ev(e.index), e, here2, e.safe);
    }
    case "call": {
      const fn = FUNCTIONS.get(e.name.toLowerCase());
      if (!fn) {
        const text = printExpr(e);
        return unknown(text, `${e.name}() is only known at deployment`, here2);
      }
      return fn(e.args, ctx, ev, e);
    }
  }
}
function access(target, key, e, here2, safe) {
  const text = printExpr(e);
  if (target.t === "unknown") return { ...target, text, origin: target.origin };
  if (key.t === "unknown") return key;
  if (target.t === "object" && key.t === "prim" && typeof key.value === "string") {
    const m = memberOf(target, key.value);
    if (m) return m;
    if (safe) return { t: "prim", value: null, origin: here2 };
    return unknown(text, `the object has no property '${key.value}'`, here2);
  }
  if (target.t === "array" && key.t === "prim" && typeof key.value === "number") {
    const it = itemOf(target, key.value);
    if (it) return it;
    if (safe) return { t: "prim", value: null, origin: here2 };
    return unknown(text, `index ${key.value} is out of range`, here2);
  }
  if (safe && target.t === "prim" && target.value === null) return target;
  return unknown(text, "property access on a value of the wrong type", here2);
}
var init_evaluator = __esm({
  "parsers/shared/arm-expression/evaluator.ts"() {
    "use strict";
    init_arm_value();
    init_ast();
    init_functions();
  }
});

// parsers/shared/arm-expression/lexer.ts
function tokenize(src) {
  const out2 = [];
  let i2 = 0;
  while (i2 < src.length) {
    const c = src[i2];
    if (c === " " || c === "	" || c === "\r" || c === "\n") {
      i2++;
      continue;
    }
    if (PUNCT.has(c)) {
      out2.push({ k: "punct", text: c, pos: i2 });
      i2++;
      continue;
    }
    if (c === "'") {
      const start2 = i2;
      let value = "";
      i2++;
      for (; ; ) {
        if (i2 >= src.length) throw new ExpressionSyntaxError("unterminated string literal", start2);
        const d = src[i2];
        if (d === "'") {
          if (src[i2 + 1] === "'") {
            value += "'";
            i2 += 2;
            continue;
          }
          i2++;
          break;
        }
        value += d;
        i2++;
      }
      out2.push({ k: "string", value, pos: start2 });
      continue;
    }
    if (/[0-9]/.test(c) || c === "-" && /[0-9]/.test(src[i2 + 1] ?? "")) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i2));
      const text = m ? m[0] : c;
      out2.push({ k: "number", value: Number(text), pos: i2 });
      i2 += text.length;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i2));
      const text = m ? m[0] : c;
      out2.push({ k: "ident", text, pos: i2 });
      i2 += text.length;
      continue;
    }
    throw new ExpressionSyntaxError(`unexpected character '${c}'`, i2);
  }
  out2.push({ k: "eof", pos: src.length });
  return out2;
}
var ExpressionSyntaxError, PUNCT;
var init_lexer = __esm({
  "parsers/shared/arm-expression/lexer.ts"() {
    "use strict";
    ExpressionSyntaxError = class extends Error {
      constructor(message, pos) {
        super(message);
        this.pos = pos;
      }
      pos;
    };
    PUNCT = /* @__PURE__ */ new Set(["(", ")", ",", ".", "[", "]", "?"]);
  }
});

// parsers/shared/arm-expression/parser.ts
function isExpression(s) {
  return s.startsWith("[") && !s.startsWith("[[") && s.trimEnd().endsWith("]");
}
function literalString(s) {
  return s.startsWith("[[") ? s.slice(1) : s;
}
function parseExpression(s) {
  const inner = s.trimEnd();
  try {
    const p = new Parser(tokenize(inner.slice(1, -1)));
    const expr = p.expression();
    p.expectEnd();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) return { ok: false, message: `${e.message} at character ${e.pos + 2}` };
    if (e instanceof RangeError) return { ok: false, message: "expression nested too deeply" };
    throw e;
  }
}
var MAX_DEPTH, Parser;
var init_parser2 = __esm({
  "parsers/shared/arm-expression/parser.ts"() {
    "use strict";
    init_lexer();
    MAX_DEPTH = 200;
    Parser = class {
      constructor(tokens) {
        this.tokens = tokens;
      }
      tokens;
      i = 0;
      depth = 0;
      peek() {
        return this.tokens[this.i] ?? { k: "eof", pos: 0 };
      }
      next() {
        const t = this.peek();
        if (this.i < this.tokens.length - 1) this.i++;
        return t;
      }
      isPunct(text) {
        const t = this.peek();
        return t.k === "punct" && t.text === text;
      }
      expect(text) {
        const t = this.next();
        if (t.k !== "punct" || t.text !== text) throw new ExpressionSyntaxError(`expected '${text}'`, t.pos);
      }
      expectEnd() {
        const t = this.peek();
        if (t.k !== "eof") throw new ExpressionSyntaxError("unexpected text after the expression", t.pos);
      }
      expression() {
        if (++this.depth > MAX_DEPTH) throw new ExpressionSyntaxError("expression nested too deeply", this.peek().pos);
        let e = this.primary();
        for (; ; ) {
          if (this.isPunct(".")) {
            this.next();
            const safe = this.isPunct("?");
            if (safe) this.next();
            const t = this.next();
            if (t.k !== "ident") throw new ExpressionSyntaxError("expected a property name", t.pos);
            e = { k: "member", target: e, name: t.text, safe };
          } else if (this.isPunct("[")) {
            this.next();
            const safe = this.isPunct("?");
            if (safe) this.next();
            const index = this.expression();
            this.expect("]");
            e = { k: "index", target: e, index, safe };
          } else break;
        }
        this.depth--;
        return e;
      }
      primary() {
        const t = this.next();
        switch (t.k) {
          case "string":
            return { k: "string", value: t.value };
          case "number":
            return { k: "number", value: t.value };
          case "ident": {
            let name2 = t.text;
            if (this.isPunct(".") && this.tokens[this.i + 1]?.k === "ident" && this.tokens[this.i + 2]?.k === "punct") {
              const after = this.tokens[this.i + 2];
              if (after?.k === "punct" && after.text === "(") {
                this.next();
                const fn = this.next();
                if (fn.k === "ident") name2 = `${name2}.${fn.text}`;
              }
            }
            if (!this.isPunct("(")) return { k: "ident", name: name2 };
            this.next();
            const args2 = [];
            if (!this.isPunct(")")) {
              for (; ; ) {
                args2.push(this.expression());
                if (this.isPunct(",")) {
                  this.next();
                  continue;
                }
                break;
              }
            }
            this.expect(")");
            return { k: "call", name: name2, args: args2 };
          }
          default:
            throw new ExpressionSyntaxError("expected a function call or a literal", t.pos);
        }
      }
    };
  }
});

// parsers/shared/resource-name.ts
function nameFromParts(parts2, canonical2 = (e) => e) {
  const segments = [""];
  let known2 = true;
  for (const p of parts2) {
    if ("lit" in p) {
      const pieces = p.lit.split("/");
      segments[segments.length - 1] += pieces[0] ?? "";
      for (const piece of pieces.slice(1)) segments.push(piece);
    } else {
      known2 = false;
      segments[segments.length - 1] += `${OPAQUE_OPEN}${canonical2(p.expr)}${OPAQUE_CLOSE}`;
    }
  }
  return { segments, known: known2 };
}
function nameKey(segments) {
  return segments.map((s) => s.toLowerCase()).join("/");
}
function joinNames(parent, child) {
  return { segments: [...parent.segments, ...child.segments], known: parent.known && child.known };
}
var OPAQUE_OPEN, OPAQUE_CLOSE;
var init_resource_name = __esm({
  "parsers/shared/resource-name.ts"() {
    "use strict";
    OPAQUE_OPEN = "\u27E6";
    OPAQUE_CLOSE = "\u27E7";
  }
});

// parsers/arm/names.ts
function nameOf(node, scope) {
  if (node?.type !== "string") return void 0;
  const s = String(node.value);
  if (!isExpression(s)) return nameFromParts([{ lit: literalString(s) }]);
  const parsed = parseExpression(s);
  if (!parsed.ok) return nameFromParts([{ expr: s }]);
  return nameFromParts(partsOf(parsed.expr, scope, node));
}
function partsOf(e, scope, node) {
  const range = rangeOf(scope.file, node);
  const ev = (x) => evaluate(x, { env: scope, range });
  if (e.k === "call") {
    const fn = e.name.toLowerCase();
    if (fn === "concat") return e.args.flatMap((a) => partsOf(a, scope, node));
    if (fn === "format" && e.args[0]) {
      const fmt = ev(e.args[0]);
      if (fmt.t === "prim" && typeof fmt.value === "string") {
        const out2 = [];
        const re = /\{(\d+)\}/g;
        let last = 0;
        for (let m = re.exec(fmt.value); m; m = re.exec(fmt.value)) {
          out2.push({ lit: fmt.value.slice(last, m.index) });
          const arg = e.args[Number(m[1]) + 1];
          out2.push(...arg ? partsOf(arg, scope, node) : [{ expr: m[0] }]);
          last = m.index + m[0].length;
        }
        out2.push({ lit: fmt.value.slice(last) });
        return out2;
      }
    }
  }
  const v = ev(e);
  if (v.t === "prim" && v.value !== null && typeof v.value !== "object") return [{ lit: String(v.value) }];
  return [{ expr: printExpr(e) }];
}
var init_names = __esm({
  "parsers/arm/names.ts"() {
    "use strict";
    init_ast();
    init_evaluator();
    init_parser2();
    init_json();
    init_resource_name();
    init_resource_name();
  }
});

// parsers/arm/scope.ts
var Scope;
var init_scope = __esm({
  "parsers/arm/scope.ts"() {
    "use strict";
    init_evaluator();
    init_parser2();
    init_json();
    init_arm_value();
    Scope = class _Scope {
      constructor(file, shared, loops, current) {
        this.file = file;
        this.shared = shared;
        this.loops = loops;
        this.current = current;
      }
      file;
      shared;
      loops;
      current;
      static create(file, template, supply) {
        const params = /* @__PURE__ */ new Map();
        for (const [name2, decl, prop] of members(member(template, "parameters"))) {
          const type = (stringValue(member(decl, "type")) ?? "").toLowerCase();
          const supplied = supply(name2);
          const p = { name: name2, node: prop, secure: type === "securestring" || type === "secureobject" };
          if (supplied) p.supplied = supplied;
          params.set(name2.toLowerCase(), p);
        }
        const variables = /* @__PURE__ */ new Map();
        for (const [name2, , prop] of members(member(template, "variables"))) variables.set(name2.toLowerCase(), prop);
        return new _Scope(file, { params, variables, paramCache: /* @__PURE__ */ new Map(), varCache: /* @__PURE__ */ new Map(), active: /* @__PURE__ */ new Set() }, /* @__PURE__ */ new Map(), void 0);
      }
      withLoop(name2, index) {
        const loops = new Map(this.loops);
        loops.set(name2.toLowerCase(), index);
        return new _Scope(this.file, this.shared, loops, name2.toLowerCase());
      }
      copyIndex(loop) {
        const key = loop?.toLowerCase() ?? this.current;
        return key === void 0 ? void 0 : this.loops.get(key);
      }
      declaredParameter(name2) {
        return this.shared.params.get(name2.toLowerCase());
      }
      parameter(name2) {
        const decl = this.shared.params.get(name2.toLowerCase());
        if (!decl) return void 0;
        return this.cached(`p:${decl.name.toLowerCase()}`, this.shared.paramCache, decl.name.toLowerCase(), () => {
          const hop = { kind: "parameter", name: decl.name, range: rangeOf(this.file, decl.node), secure: decl.secure };
          if (decl.supplied) return through(decl.supplied(), [hop]);
          const def = member(decl.node.children?.[1], "defaultValue");
          if (!def)
            return unknown(`parameters('${decl.name}')`, `parameter '${decl.name}' has no default value and no parameter file sets it`, {
              range: rangeOf(this.file, decl.node),
              trail: [hop]
            });
          return through(this.value(def), [hop, { kind: "parameter-default", range: rangeOf(this.file, def) }]);
        });
      }
      variable(name2) {
        const key = name2.toLowerCase();
        if (key === "copy") return void 0;
        const copied = this.copiedVariable(key);
        if (copied) return copied;
        const prop = this.shared.variables.get(key);
        const node = prop?.children?.[1];
        if (!prop || !node) return void 0;
        const declared = prop.children?.[0]?.value ?? name2;
        return this.cached(
          `v:${key}`,
          this.shared.varCache,
          key,
          () => through(this.value(node), [{ kind: "variable", name: declared, range: rangeOf(this.file, prop) }])
        );
      }
      /** Variables built by a `copy` loop in the variables section. */
      copiedVariable(key) {
        const copy = this.shared.variables.get("copy")?.children?.[1];
        if (copy?.type !== "array") return void 0;
        for (const item of copy.children ?? []) {
          const name2 = stringValue(member(item, "name"));
          if (name2?.toLowerCase() !== key) continue;
          const range = rangeOf(this.file, item);
          return this.cached(`v:${key}`, this.shared.varCache, key, () => {
            const countNode = member(item, "count");
            const input = member(item, "input");
            const count = countNode ? this.value(countNode) : void 0;
            if (!count || count.t !== "prim" || typeof count.value !== "number" || !input || count.value > 1e3)
              return unknown(`variables('${name2}')`, "a variable loop whose count is not known", { range, trail: [] });
            const items = [];
            for (let i2 = 0; i2 < count.value; i2++) items.push(this.withLoop(name2, i2).value(input));
            return { t: "array", items, origin: { range, trail: [{ kind: "variable", name: name2, range }] }, inherit: [{ kind: "variable", name: name2, range }] };
          });
        }
        return void 0;
      }
      cached(activeKey, cache, key, compute) {
        const hit = cache.get(key);
        if (hit) return hit;
        if (this.shared.active.has(activeKey)) {
          const [kind, name2] = activeKey.split(":");
          return unknown(`${kind === "p" ? "parameters" : "variables"}('${name2}')`, "circular reference", {
            range: this.file.map.range(this.file.path, 0, 0),
            trail: []
          });
        }
        this.shared.active.add(activeKey);
        try {
          const v = compute();
          cache.set(key, v);
          return v;
        } finally {
          this.shared.active.delete(activeKey);
        }
      }
      /** The value of a template node: objects and arrays member by member, expression strings evaluated. */
      value(node) {
        return { ...this.nodeValue(node), at: rangeOf(this.file, node) };
      }
      nodeValue(node) {
        const origin = { range: rangeOf(this.file, node), trail: [] };
        switch (node.type) {
          case "object": {
            const ms = [];
            for (const [key, v] of members(node)) {
              if (key.toLowerCase() === "copy" && v.type === "array") ms.push(...this.propertyLoops(v));
              else ms.push({ key, value: this.value(v) });
            }
            return { t: "object", members: ms, origin, inherit: [] };
          }
          case "array":
            return { t: "array", items: (node.children ?? []).map((c) => this.value(c)), origin, inherit: [] };
          case "string":
            return this.stringValue(node);
          case "number":
          case "boolean":
          case "null":
            return { t: "prim", value: node.value ?? null, origin };
          default:
            return unknown("", "not a JSON value", origin);
        }
      }
      /** Property loops (`"copy": [{ "name", "count", "input" }]`, what Bicep emits for a `for` inside properties). */
      propertyLoops(copy) {
        const out2 = [];
        for (const item of copy.children ?? []) {
          const name2 = stringValue(member(item, "name"));
          if (name2 === void 0) continue;
          const range = rangeOf(this.file, item);
          const countNode = member(item, "count");
          const input = member(item, "input");
          const count = countNode ? this.value(countNode) : void 0;
          if (!input || count?.t !== "prim" || typeof count.value !== "number" || count.value < 0 || count.value > 1e3) {
            out2.push({ key: name2, value: unknown(name2, "a property loop whose count is not known", { range, trail: [] }) });
            continue;
          }
          const items = [];
          for (let i2 = 0; i2 < count.value; i2++) items.push(this.withLoop(name2, i2).value(input));
          out2.push({ key: name2, value: { t: "array", items, origin: { range, trail: [] }, inherit: [], at: range } });
        }
        return out2;
      }
      stringValue(node) {
        const s = String(node.value);
        const range = rangeOf(this.file, node);
        if (!isExpression(s)) return { t: "prim", value: literalString(s), origin: { range, trail: [] } };
        const parsed = parseExpression(s);
        if (!parsed.ok) return unknown(s, `invalid template expression: ${parsed.message}`, { range, trail: [] });
        try {
          const v = evaluate(parsed.expr, { env: this, range });
          return v.t === "unknown" ? { ...v, text: s } : v;
        } catch (e) {
          if (e instanceof RangeError) return unknown(s, "expression too deep to evaluate", { range, trail: [] });
          throw e;
        }
      }
    };
  }
});

// parsers/arm/resources.ts
function isLanguageVersion2(template) {
  const v = member(template, "languageVersion");
  return v !== void 0 && String(v.value ?? "").startsWith("2");
}
function collectResources(template, scope, ctx, outer, out2) {
  const templateId = ctx.nextTemplateId();
  const lv2 = isLanguageVersion2(template);
  const resources = member(template, "resources");
  if (!resources) return;
  visitList(resources, void 0, scope, ctx, outer, out2, templateId, lv2);
}
function visitList(list, parent, scope, ctx, outer, out2, templateId, lv2) {
  if (list.type === "array") {
    for (const r of list.children ?? []) visitResource(r, void 0, parent, scope, ctx, outer, out2, templateId, lv2);
  } else if (list.type === "object") {
    for (const [symbolic, r] of members(list)) visitResource(r, symbolic, parent, scope, ctx, outer, out2, templateId, lv2);
  } else ctx.diagnostic('"resources" must be an array or an object', scope.file, list);
}
function visitResource(node, symbolic, parent, scope, ctx, outer, out2, templateId, lv2) {
  const file = scope.file;
  if (node.type !== "object") {
    ctx.diagnostic("a resource must be an object", file, node);
    return;
  }
  const typeProp = memberNode(node, "type");
  const typeText = stringValue(typeProp?.children?.[1]);
  if (!typeProp || typeText === void 0) {
    ctx.diagnostic('a resource needs a "type" string', file, typeProp ?? node);
    return;
  }
  const type = parent && !typeText.includes("/") ? `${parent.type}/${typeText}` : typeText;
  const declaration = rangeOf(file, typeProp);
  const instances2 = [];
  const copy = member(node, "copy");
  if (copy?.type === "object") {
    const loopName = stringValue(member(copy, "name")) ?? "";
    const countNode = member(copy, "count");
    const count = countNode ? scope.value(countNode) : void 0;
    const n = count?.t === "prim" ? typeof count.value === "number" ? count.value : Number.NaN : Number.NaN;
    if (Number.isInteger(n) && n >= 0 && n <= MAX_COPY) {
      for (let i2 = 0; i2 < n; i2++) instances2.push({ scope: scope.withLoop(loopName, i2), deployment: { ...outer, instance: `${outer.instance}[${i2}]` } });
    } else {
      const at = countNode ?? copy;
      instances2.push({ scope, deployment: { ...outer, looped: { expression: at.type === "string" ? String(at.value) : nodeText(file, at), range: rangeOf(file, at) } } });
    }
  } else instances2.push({ scope, deployment: { ...outer } });
  const conditionNode = member(node, "condition");
  if (conditionNode) {
    for (const inst of instances2) {
      const c = inst.scope.value(conditionNode);
      if (c.t === "prim" && toBool(c) === true) continue;
      const expression = conditionNode.type === "string" ? String(conditionNode.value) : nodeText(file, conditionNode);
      inst.deployment.conditional = { expression, range: rangeOf(file, conditionNode) };
    }
  }
  for (const inst of instances2) {
    const nameNode = member(node, "name");
    const own = nameOf(nameNode, inst.scope);
    const name2 = parent?.name && own ? joinNames(parent.name, own) : own;
    const raw = nameNode?.type === "string" ? String(nameNode.value) : nameNode ? nodeText(file, nameNode) : "";
    const displayName = name2?.known ? name2.segments.join("/") : lv2 && symbolic !== void 0 ? symbolic : parent ? `${parent.displayName}/${raw}` : raw;
    const apiVersion = stringValue(member(node, "apiVersion"));
    const existing = member(node, "existing")?.value === true;
    const dependsOn = (member(node, "dependsOn")?.children ?? []).map((d) => stringValue(d)).filter((d) => d !== void 0);
    const r = {
      templateId,
      node,
      scope: inst.scope,
      type,
      typeKey: type.toLowerCase(),
      declaration,
      name: name2,
      displayName,
      existing,
      dependsOn,
      deployment: inst.deployment
    };
    if (symbolic !== void 0) r.symbolic = symbolic;
    if (parent) r.parent = parent;
    if (apiVersion) r.version = apiVersion;
    out2.push(r);
    if (r.typeKey === DEPLOYMENTS && !existing) visitDeployment(r, ctx, out2);
    const children = member(node, "resources");
    if (children) visitList(children, r, inst.scope, ctx, inst.deployment, out2, templateId, lv2);
  }
}
function visitDeployment(dep, ctx, out2) {
  const props2 = member(dep.node, "properties");
  const template = member(props2, "template");
  if (template?.type !== "object") return;
  const outerScope = dep.scope;
  const file = outerScope.file;
  const scopeMode = stringValue(member(member(props2, "expressionEvaluationOptions"), "scope"))?.toLowerCase();
  const args2 = member(props2, "parameters");
  let scope;
  if (scopeMode === "inner") {
    scope = Scope.create(file, template, (name2) => {
      const arg = member(args2, name2);
      if (!arg) return void 0;
      const value = member(arg, "value");
      const hop = { kind: "module-argument", name: name2, range: rangeOf(file, value ?? arg) };
      if (value) return () => through(outerScope.value(value), [hop]);
      if (member(arg, "reference"))
        return () => unknown(`parameters('${name2}')`, "Key Vault reference", { range: rangeOf(file, arg), trail: [hop] });
      return void 0;
    });
  } else scope = outerScope;
  const deployment = { ...dep.deployment, via: [...dep.deployment.via, { name: dep.displayName, range: dep.declaration }] };
  collectResources(template, scope, ctx, deployment, out2);
}
var MAX_COPY, DEPLOYMENTS;
var init_resources = __esm({
  "parsers/arm/resources.ts"() {
    "use strict";
    init_json();
    init_names();
    init_scope();
    init_functions();
    init_arm_value();
    MAX_COPY = 100;
    DEPLOYMENTS = "microsoft.resources/deployments";
  }
});

// parsers/arm/sites.ts
function isSiteType(typeKey) {
  return typeKey === SITE || typeKey === SLOT;
}
function lastSegment(r) {
  return r.name?.segments[r.name.segments.length - 1]?.toLowerCase();
}
function parentOf(child, wanted, index) {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : void 0;
  if (child.name && child.name.segments.length > 1) {
    const byName = index.named(child.templateId, wanted, child.name.segments.slice(0, -1));
    const found = byName.find((s) => s.deployment.instance === child.deployment.instance) ?? byName[0];
    if (found) return found;
  }
  for (const d of child.dependsOn) {
    const bySymbol = index.symbol(child.templateId, wanted, d);
    if (bySymbol) return bySymbol;
  }
  return void 0;
}
function mapSites(resources, textOf2) {
  const sites = resources.filter((r) => isSiteType(r.typeKey) && !r.existing);
  const index = new SiteIndex(sites);
  const children = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (r.existing || r.typeKey !== SITE_CONFIG && r.typeKey !== SLOT_CONFIG) continue;
    const which = lastSegment(r);
    if (which !== "web" && which !== "appsettings") continue;
    const site = parentOf(r, r.typeKey === SLOT_CONFIG ? SLOT : SITE, index);
    if (!site) continue;
    const c = children.get(site) ?? { web: [] };
    if (which === "web") c.web.push(r);
    else c.appsettings = r;
    children.set(site, c);
  }
  return sites.map((s) => mapSite(s, children.get(s) ?? { web: [] }, index, textOf2));
}
function reader(r) {
  return (path) => readPath(r.scope, r.node, path);
}
function mapSite(site, c, index, textOf2) {
  const decl = site.declaration;
  const sources = { site: reader(site), web: c.web.map(reader) };
  if (c.appsettings) sources.appsettings = reader(c.appsettings);
  const entity = {
    ...entityBase(site, "Microsoft.Web/sites"),
    entity: "site",
    kind: siteKind(sources.site),
    tags: siteTags(sources.site, decl, textOf2),
    settings: siteSettings(sources, decl, textOf2)
  };
  if (site.typeKey === SLOT) {
    entity.resourceType = "Microsoft.Web/sites/slots";
    const parent = parentOf(site, SITE, index);
    if (parent) entity.slotOf = { name: parent.displayName, range: parent.declaration };
    else entity.slotOf = { name: site.name?.segments[0]?.replace(/\u27e6/g, "[").replace(/\u27e7/g, "]") ?? site.displayName.split("/")[0] ?? site.displayName };
  }
  return entity;
}
var SITE, SLOT, SITE_CONFIG, SLOT_CONFIG, SiteIndex;
var init_sites = __esm({
  "parsers/arm/sites.ts"() {
    "use strict";
    init_site_mapping();
    init_names();
    init_settings();
    init_entity_base();
    SITE = "microsoft.web/sites";
    SLOT = "microsoft.web/sites/slots";
    SITE_CONFIG = "microsoft.web/sites/config";
    SLOT_CONFIG = "microsoft.web/sites/slots/config";
    SiteIndex = class {
      byName = /* @__PURE__ */ new Map();
      bySymbol = /* @__PURE__ */ new Map();
      constructor(sites) {
        for (const s of sites) {
          if (s.name) {
            const key = `${s.templateId}|${s.typeKey}|${nameKey(s.name.segments)}`;
            const list = this.byName.get(key) ?? [];
            list.push(s);
            this.byName.set(key, list);
          }
          if (s.symbolic !== void 0) this.bySymbol.set(`${s.templateId}|${s.typeKey}|${s.symbolic}`, s);
        }
      }
      named(templateId, typeKey, segments) {
        return this.byName.get(`${templateId}|${typeKey}|${nameKey(segments)}`) ?? [];
      }
      symbol(templateId, typeKey, symbolic) {
        return this.bySymbol.get(`${templateId}|${typeKey}|${symbolic}`);
      }
    };
  }
});

// parsers/arm/index.ts
var arm_exports = {};
__export(arm_exports, {
  parseArm: () => parseArm,
  parser: () => parser
});
function parseArm(input) {
  const out2 = emptyParseOutput();
  const textOf2 = (r) => out2.texts.get(r.file)?.slice(r.startOffset, r.endOffset);
  const diagnostic = (message, range) => out2.diagnostics.push({ ruleId: "parse-error", message, range });
  const paramCache = /* @__PURE__ */ new Map();
  const params = (path, required) => {
    if (paramCache.has(path)) return paramCache.get(path);
    const read = input.readFile(path);
    let values;
    if (!read.ok) {
      if (required) diagnostic(`cannot read parameter file: ${read.message}`, new LineMap("").range(path, 0, 0));
    } else {
      out2.texts.set(path, read.text);
      const file = readJson(path, read.text);
      reportErrors(file, diagnostic);
      if (file.root?.type === "object") values = parameterValues(file);
      else if (file.root) diagnostic("a parameter file must be a JSON object", rangeOf(file, file.root));
    }
    paramCache.set(path, values);
    return values;
  };
  const explicit = input.parameterFiles.map((p) => params(p, true)).filter((v) => v !== void 0);
  for (const f of input.files) if (f.kind === "arm-parameters") params(f.path, true);
  for (const f of input.files) {
    if (f.kind !== "arm-template") continue;
    const read = input.readFile(f.path);
    if (!read.ok) {
      diagnostic(`cannot read file: ${read.message}`, new LineMap("").range(f.path, 0, 0));
      continue;
    }
    out2.texts.set(f.path, read.text);
    const file = readJson(f.path, read.text);
    reportErrors(file, diagnostic);
    out2.directives.push(...directivesOf(file));
    if (!file.root) continue;
    if (file.root.type !== "object") {
      diagnostic("an ARM template must be a JSON object", rangeOf(file, file.root));
      continue;
    }
    const siblingPath = siblingParameterFile(f.path);
    const sibling = siblingPath ? params(siblingPath, false) : void 0;
    try {
      lintTemplate(file, file.root, explicit, sibling, out2, textOf2);
    } catch (e) {
      const why = e instanceof RangeError ? "the template is nested too deeply" : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      diagnostic(`could not read the template: ${why}`, file.map.range(f.path, 0, 1));
    }
  }
  return out2;
}
function reportErrors(file, diagnostic) {
  for (const e of file.errors) diagnostic(e.message, file.map.range(file.path, e.offset, e.offset + e.length));
}
function lintTemplate(file, root, explicit, sibling, out2, textOf2) {
  const supply = (name2) => {
    const key = name2.toLowerCase();
    for (let i2 = explicit.length - 1; i2 >= 0; i2--) {
      const v = explicit[i2]?.get(key);
      if (v) return v;
    }
    return sibling?.get(key);
  };
  const scope = Scope.create(file, root, supply);
  const resources = [];
  let templates = 0;
  collectResources(
    root,
    scope,
    {
      diagnostic: (message, f, node) => out2.diagnostics.push({ ruleId: "parse-error", message, range: rangeOf(f, node) }),
      nextTemplateId: () => templates++
    },
    { via: [], instance: "" },
    resources
  );
  const sites = mapSites(resources, textOf2);
  const certificates = resources.filter((r) => r.typeKey === CERTIFICATE && !r.existing).map((r) => mapCertificate(r, textOf2));
  out2.entities.push(...[...sites, ...certificates].sort((a, b) => a.declaration.startOffset - b.declaration.startOffset));
  const seen = /* @__PURE__ */ new Set();
  for (const r of resources) {
    if (r.existing || seen.has(r.node) || !(isSiteType(r.typeKey) || r.typeKey === CERTIFICATE)) continue;
    seen.add(r.node);
    out2.directives.push(...metadataDirectives(r));
  }
}
function metadataDirectives(r) {
  const file = r.scope.file;
  const out2 = [];
  for (const [rule, reason, prop] of members(member(member(r.node, "metadata"), "mtlslint"))) {
    const d = { file: file.path, range: rangeOf(file, prop), rules: [rule], targetLine: r.declaration.start.line };
    if (reason.type === "string" && String(reason.value).trim()) d.reason = String(reason.value).trim();
    out2.push(d);
  }
  return out2;
}
var parser;
var init_arm = __esm({
  "parsers/arm/index.ts"() {
    "use strict";
    init_model();
    init_certificates();
    init_directives2();
    init_json();
    init_arm_parameter_files();
    init_parameter_files();
    init_resources();
    init_scope();
    init_sites();
    parser = {
      kinds: ["arm-template", "arm-parameters"],
      // async so that even an unexpected failure reaches the engine as a rejected promise
      parse: async (input) => parseArm(input)
    };
  }
});

// parsers/bicep/evaluate/arm-functions.ts
function hasArmFunction(name2) {
  const n = name2.toLowerCase();
  return !NOT_BICEP.has(n) && FUNCTIONS.has(n);
}
function callArm(name2, args2, range, text) {
  const fn = FUNCTIONS.get(name2);
  if (!fn) throw new Error(`no ARM function ${name2}`);
  const memo = /* @__PURE__ */ new Map();
  const placeholders = args2.map((a, i2) => typeof a === "function" ? { k: "ident", name: `${MARK}${i2}` } : a);
  const ctx = { env: NO_ENV, range };
  const ev = (x) => {
    if (x.k === "ident" && x.name.startsWith(MARK)) {
      const i2 = Number(x.name.slice(MARK.length));
      let v = memo.get(i2);
      if (!v) {
        v = args2[i2]();
        memo.set(i2, v);
      }
      return v;
    }
    return evaluate(x, ctx);
  };
  const out2 = fn(placeholders, ctx, ev, { k: "call", name: name2, args: placeholders });
  return out2.t === "unknown" && (out2.text.includes(MARK) || out2.text === "") ? { ...out2, text } : out2;
}
var NO_ENV, MARK, NOT_BICEP;
var init_arm_functions = __esm({
  "parsers/bicep/evaluate/arm-functions.ts"() {
    "use strict";
    init_evaluator();
    init_functions();
    NO_ENV = {
      parameter: () => void 0,
      variable: () => void 0,
      copyIndex: () => void 0
    };
    MARK = "\0arg";
    NOT_BICEP = /* @__PURE__ */ new Set(["parameters", "variables", "copyindex", "if", "and", "or", "not", "equals", "true", "false", "null", "createarray"]);
  }
});

// parsers/bicep/evaluate/functions.ts
import { dirname, resolve } from "node:path";
function str2(v) {
  return v?.t === "prim" && typeof v.value === "string" ? v.value : void 0;
}
function firstOrLast(last) {
  return ([v], origin, wrong) => {
    if (v?.t === "array") return (v.items.length ? itemOf(v, last ? v.items.length - 1 : 0) : void 0) ?? prim(null, origin);
    const s = str2(v);
    if (s !== void 0) return prim(s.length ? last ? s.slice(-1) : s.slice(0, 1) : "", origin);
    return wrong(`${last ? "last" : "first"}() needs an array or a string`);
  };
}
function loaded(scope, path) {
  const p = str2(path);
  return p === void 0 ? void 0 : scope.host.readText(resolve(dirname(scope.file.path), p));
}
function callFunction(name2, args2, call, scope) {
  const range = scope.range(call);
  const text = scope.text(call);
  const key = name2.toLowerCase();
  if (key === "any" && args2.length === 1) return scope.evaluate(args2[0]);
  const own = OWN.get(key);
  if (own) {
    const vals = args2.map((a) => scope.evaluate(a));
    const u = vals.find((v) => v.t === "unknown");
    if (u) return u;
    const origin = { range, trail: mergeTrails(vals) };
    return own(vals, origin, (why) => unknown(text, why, { range, trail: [] }), scope);
  }
  if (hasArmFunction(key)) return callArm(key, args2.map((a) => () => scope.evaluate(a)), range, text);
  return unknown(text, `${name2}() is only known at deployment`, { range, trail: [] });
}
var OWN;
var init_functions2 = __esm({
  "parsers/bicep/evaluate/functions.ts"() {
    "use strict";
    init_arm_value();
    init_arm_functions();
    OWN = /* @__PURE__ */ new Map();
    OWN.set("first", firstOrLast(false));
    OWN.set("last", firstOrLast(true));
    OWN.set("join", ([list, sep2], origin, wrong) => {
      const d = str2(sep2);
      if (list?.t !== "array" || d === void 0) return wrong("join() needs an array and a delimiter");
      const parts2 = [];
      for (const i2 of list.items) {
        if (i2.t !== "prim" || i2.value === null) return wrong("join() of values that are not strings");
        parts2.push(String(i2.value));
      }
      return prim(parts2.join(d), origin);
    });
    OWN.set("split", ([input, sep2], origin, wrong) => {
      const s = str2(input);
      const seps = sep2?.t === "array" ? sep2.items.map(str2) : [str2(sep2)];
      if (s === void 0 || seps.some((x) => x === void 0 || x === "")) return wrong("split() needs a string and delimiters");
      let parts2 = [s];
      for (const d of seps) parts2 = parts2.flatMap((p) => p.split(d));
      return { t: "array", items: parts2.map((p) => prim(p, origin)), origin, inherit: [] };
    });
    OWN.set("range", ([start2, count], origin, wrong) => {
      if (start2?.t !== "prim" || count?.t !== "prim" || typeof start2.value !== "number" || typeof count.value !== "number" || count.value < 0 || count.value > 1e3)
        return wrong("range() needs two integers");
      const items = [];
      for (let i2 = 0; i2 < count.value; i2++) items.push(prim(start2.value + i2, origin));
      return { t: "array", items, origin, inherit: [] };
    });
    OWN.set("items", ([obj], origin, wrong) => {
      if (obj?.t !== "object") return wrong("items() needs an object");
      const sorted = [...obj.members].sort((a, b) => a.key.toLowerCase() < b.key.toLowerCase() ? -1 : a.key.toLowerCase() > b.key.toLowerCase() ? 1 : 0);
      const items = sorted.map((m) => ({
        t: "object",
        members: [
          { key: "key", value: prim(m.key, origin) },
          { key: "value", value: m.value }
        ],
        origin,
        inherit: obj.inherit
      }));
      return { t: "array", items, origin, inherit: [] };
    });
    OWN.set("loadtextcontent", ([path], origin, wrong, scope) => {
      const text = loaded(scope, path);
      return text === void 0 ? wrong(`the file ${str2(path) ?? ""} cannot be read`) : prim(text, origin);
    });
    OWN.set("loadjsoncontent", (args2, origin, wrong, scope) => {
      if (args2.length > 1) return wrong("loadJsonContent() with a path is not evaluated");
      const text = loaded(scope, args2[0]);
      if (text === void 0) return wrong(`the file ${str2(args2[0]) ?? ""} cannot be read`);
      try {
        return fromJson(JSON.parse(text.replace(/^\uFEFF/, "")), origin);
      } catch {
        return wrong("the file is not valid JSON");
      }
    });
  }
});

// parsers/bicep/evaluate/operators.ts
function unary(e, scope) {
  if (e.operator === "!") return callArm("not", [() => scope.evaluate(e.operand)], scope.range(e), scope.text(e));
  const v = scope.evaluate(e.operand);
  if (v.t === "unknown") return v;
  if (v.t !== "prim" || typeof v.value !== "number") return unknown(scope.text(e), `'${e.operator}' needs an integer`, { range: scope.range(e), trail: [] });
  return prim(e.operator === "-" ? -v.value : v.value, { range: scope.range(e), trail: mergeTrails([v]) });
}
function compare(a, b) {
  if (a.t !== "prim" || b.t !== "prim") return void 0;
  if (typeof a.value === "number" && typeof b.value === "number") return a.value - b.value;
  if (typeof a.value === "string" && typeof b.value === "string") return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return void 0;
}
function arithmetic(op, a, b) {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? void 0 : Math.trunc(a / b);
    case "%":
      return b === 0 ? void 0 : a % b;
    default:
      return void 0;
  }
}
function binary2(e, scope) {
  const range = scope.range(e);
  const text = scope.text(e);
  const left = () => scope.evaluate(e.left);
  const right = () => scope.evaluate(e.right);
  switch (e.operator) {
    case "&&":
      return callArm("and", [left, right], range, text);
    case "||":
      return callArm("or", [left, right], range, text);
    case "??":
      return callArm("coalesce", [left, right], range, text);
    case "==":
      return callArm("equals", [left, right], range, text);
    case "!=":
      return callArm("not", [() => callArm("equals", [left, right], range, text)], range, text);
    default:
      break;
  }
  const a = left();
  if (a.t === "unknown") return a;
  const b = right();
  if (b.t === "unknown") return b;
  const origin = { range, trail: mergeTrails([a, b]) };
  const wrong = (what) => unknown(text, what, { range, trail: [] });
  switch (e.operator) {
    case "=~":
    case "!~": {
      if (a.t !== "prim" || b.t !== "prim" || typeof a.value !== "string" || typeof b.value !== "string") return wrong(`'${e.operator}' needs strings`);
      const same = a.value.toLowerCase() === b.value.toLowerCase();
      return prim(e.operator === "=~" ? same : !same, origin);
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      const c = compare(a, b);
      if (c === void 0) return wrong(`'${e.operator}' needs two integers or two strings`);
      const r = e.operator === "<" ? c < 0 : e.operator === "<=" ? c <= 0 : e.operator === ">" ? c > 0 : c >= 0;
      return prim(r, origin);
    }
    default: {
      if (a.t !== "prim" || b.t !== "prim" || typeof a.value !== "number" || typeof b.value !== "number") return wrong(`'${e.operator}' needs integers`);
      const r = arithmetic(e.operator, a.value, b.value);
      return r === void 0 ? wrong("division by zero") : prim(r, origin);
    }
  }
}
var init_operators = __esm({
  "parsers/bicep/evaluate/operators.ts"() {
    "use strict";
    init_arm_value();
    init_arm_functions();
  }
});

// parsers/bicep/evaluate/expression.ts
function evaluateExpression(e, scope) {
  let v;
  try {
    v = evalNode(e, scope);
  } catch (err2) {
    if (!(err2 instanceof RangeError)) throw err2;
    v = unknown(scope.text(e), "expression too deep to evaluate", { range: scope.range(e), trail: [] });
  }
  if (v.t === "unknown") v = { ...v, text: scope.text(e) };
  return { ...v, at: scope.range(e) };
}
function here(e, scope) {
  return { range: scope.range(e), trail: [] };
}
function evalNode(e, scope) {
  switch (e.kind) {
    case "IntegerLiteral":
      return prim(Number(e.value), here(e, scope));
    case "BooleanLiteral":
      return prim(e.value, here(e, scope));
    case "NullLiteral":
      return prim(null, here(e, scope));
    case "String": {
      if (e.expressions.length === 0) return prim(e.segments[0] ?? "", here(e, scope));
      const fmt = e.segments.map((s) => s.replace(/\{/g, "{{").replace(/\}/g, "}}")).reduce((acc, s, i2) => i2 === 0 ? s : `${acc}{${i2 - 1}}${s}`, "");
      return callArm("format", [{ k: "string", value: fmt }, ...e.expressions.map((x) => () => scope.evaluate(x))], scope.range(e), scope.text(e));
    }
    case "Object":
      return objectValue(e, scope);
    case "Array": {
      const items = [];
      for (const item of e.items) {
        if (item.kind !== "Spread") {
          items.push(scope.evaluate(item));
          continue;
        }
        const v = scope.evaluate(item.expression);
        if (v.t === "unknown") return v;
        if (v.t !== "array") return unknown(scope.text(e), "spread of a value that is not an array", here(e, scope));
        for (let i2 = 0; i2 < v.items.length; i2++) items.push(itemOf(v, i2));
      }
      return { t: "array", items, origin: here(e, scope), inherit: [] };
    }
    case "For":
      return forValue(e, scope);
    case "If":
      return unknown(scope.text(e), "a condition outside a declaration", here(e, scope));
    case "Parenthesized":
      return scope.evaluate(e.expression);
    case "Lambda":
      return unknown(scope.text(e), "lambdas are not evaluated", here(e, scope));
    case "Call":
      return callFunction(e.name.name, e.args, e, scope);
    case "InstanceCall": {
      if (e.base.kind === "Variable" && e.base.name.name === "sys" && e.name.kind === "Identifier" && !scope.resource("sys"))
        return callFunction(e.name.name, e.args, e, scope);
      const name2 = e.name.kind === "Identifier" ? e.name.name : "";
      const reason = name2 === "getSecret" ? "Key Vault reference" : `${scope.text(e.base)}.${name2}() is only known at deployment`;
      return unknown(scope.text(e), reason, here(e, scope));
    }
    case "PropertyAccess":
      return propertyAccess(e, scope);
    case "ArrayAccess": {
      const base = scope.evaluate(e.base);
      if (base.t === "unknown") return base;
      const index = scope.evaluate(e.index);
      if (index.t === "unknown") return index;
      if (base.t === "array" && index.t === "prim" && typeof index.value === "number") {
        const i2 = e.fromEnd ? base.items.length - index.value : index.value;
        const item = itemOf(base, i2);
        if (item) return item;
        if (e.safe) return prim(null, here(e, scope));
        return unknown(scope.text(e), `index ${index.value} is out of range`, here(e, scope));
      }
      if (base.t === "object" && index.t === "prim" && typeof index.value === "string") return access2(base, index.value, e.safe, e, scope);
      if (e.safe && base.t === "prim" && base.value === null) return base;
      return unknown(scope.text(e), "index of a value of the wrong type", here(e, scope));
    }
    case "ResourceAccess":
      return unknown(scope.text(e), "a resource is only known at deployment", here(e, scope));
    case "NonNull":
      return scope.evaluate(e.base);
    case "Unary":
      return unary(e, scope);
    case "Binary":
      return binary2(e, scope);
    case "Ternary":
      return callArm("if", [() => scope.evaluate(e.condition), () => scope.evaluate(e.whenTrue), () => scope.evaluate(e.whenFalse)], scope.range(e), scope.text(e));
    case "Variable":
      return scope.lookup(e.name.name, scope.range(e));
    case "Skipped":
      return unknown(scope.text(e), "syntax error", here(e, scope));
  }
}
function access2(base, key, safe, e, scope) {
  if (base.t === "object") {
    const m = memberOf(base, key);
    if (m) return m;
    if (safe) return prim(null, here(e, scope));
    return unknown(scope.text(e), `the object has no property '${key}'`, here(e, scope));
  }
  if (safe && base.t === "prim" && base.value === null) return base;
  return unknown(scope.text(e), "property access on a value of the wrong type", here(e, scope));
}
function bodyObject(value) {
  if (value.kind === "Object") return value;
  if (value.kind === "If" && value.body.kind === "Object") return value.body;
  return void 0;
}
function propertyOf(obj, key) {
  let found;
  for (const m of obj.members) {
    if (m.kind !== "ObjectProperty") continue;
    const k = m.key.kind === "Identifier" ? m.key.name : m.key.kind === "String" && m.key.expressions.length === 0 ? m.key.segments[0] : void 0;
    if (k !== void 0 && k.toLowerCase() === key.toLowerCase()) found = m.value;
  }
  return found;
}
function resourceName(decl, scope) {
  const body2 = bodyObject(decl.value);
  const name2 = body2 ? propertyOf(body2, "name") : void 0;
  return name2 ? scope.root().evaluate(name2) : void 0;
}
function propertyAccess(e, scope) {
  const key = e.name.kind === "Identifier" ? e.name.name : void 0;
  if (key === void 0) return unknown(scope.text(e), "syntax error", here(e, scope));
  if (e.base.kind === "Variable") {
    const ns = scope.namespace(e.base.name.name);
    if (ns) return scope.imported(ns, key, scope.range(e));
    const decl = scope.resource(e.base.name.name);
    if (decl) {
      const name2 = key === "name" ? resourceName(decl, scope) : void 0;
      return name2 ?? unknown(scope.text(e), `${scope.text(e)} is only known at deployment`, here(e, scope));
    }
  }
  const base = scope.evaluate(e.base);
  if (base.t === "unknown") return base;
  return access2(base, key, e.safe, e, scope);
}
function objectValue(e, scope) {
  const members2 = [];
  for (const m of e.members) {
    if (m.kind === "ObjectProperty") {
      let key;
      if (m.key.kind === "Identifier") key = m.key.name;
      else if (m.key.kind === "String") {
        const k = scope.evaluate(m.key);
        if (k.t === "prim" && typeof k.value === "string") key = k.value;
        else return unknown(scope.text(e), `a property name that is only known at deployment (${scope.text(m.key)})`, here(e, scope));
      }
      if (key !== void 0) members2.push({ key, value: scope.evaluate(m.value) });
    } else if (m.kind === "Spread") {
      const v = scope.evaluate(m.expression);
      if (v.t === "unknown") return v;
      if (v.t !== "object") return unknown(scope.text(e), "spread of a value that is not an object", here(e, scope));
      const at = scope.range(m);
      for (const inner of v.members) members2.push({ key: inner.key, value: { ...through(inner.value, v.inherit), at } });
    }
  }
  return { t: "object", members: members2, origin: here(e, scope), inherit: [] };
}
function loopItems(e, scope) {
  const iterable = scope.evaluate(e.iterable);
  if (iterable.t === "unknown") return { unknown: iterable };
  if (iterable.t !== "array") return { unknown: unknown(scope.text(e.iterable), "a loop over a value that is not an array", here(e.iterable, scope)) };
  if (iterable.items.length > MAX_ITEMS) return { unknown: unknown(scope.text(e.iterable), "a loop over too many items", here(e.iterable, scope)) };
  return { items: iterable.items.map((_, i2) => itemOf(iterable, i2)) };
}
function iterationScope(e, scope, item, index) {
  const bindings = [];
  if (e.item.kind === "Identifier") bindings.push([e.item.name, item]);
  if (e.index?.kind === "Identifier") bindings.push([e.index.name, prim(index, here(e.index, scope))]);
  return scope.withLocals(bindings);
}
function forValue(e, scope) {
  const loop = loopItems(e, scope);
  if ("unknown" in loop) return unknown(scope.text(e), loop.unknown.t === "unknown" ? loop.unknown.reason : "a loop", here(e, scope));
  const items = loop.items.map((item, i2) => iterationScope(e, scope, item, i2).evaluate(e.body));
  return { t: "array", items, origin: here(e, scope), inherit: [] };
}
var MAX_ITEMS;
var init_expression = __esm({
  "parsers/bicep/evaluate/expression.ts"() {
    "use strict";
    init_arm_value();
    init_arm_functions();
    init_functions2();
    init_operators();
    MAX_ITEMS = 1e3;
  }
});

// parsers/bicep/evaluate/source-file.ts
function rangeOf2(file, node) {
  return file.parsed.lineMap.range(file.path, node.start, node.end);
}
function textOf(file, node) {
  return file.text.slice(node.start, node.end);
}
function fromKeyword(file, keyword, nameStart, end) {
  const at = file.text.lastIndexOf(keyword, nameStart - 1);
  const start2 = at >= 0 ? at : nameStart;
  return file.parsed.lineMap.range(file.path, start2, Math.max(start2, end));
}
var init_source_file = __esm({
  "parsers/bicep/evaluate/source-file.ts"() {
    "use strict";
  }
});

// parsers/bicep/evaluate/scope.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
function identName(n) {
  return n.kind === "Identifier" ? n.name : void 0;
}
function readImport(s, file, shared) {
  const from = s.from.kind === "String" && s.from.expressions.length === 0 ? s.from.segments[0] : void 0;
  const path = from !== void 0 && !/^(br|ts)[:/]/i.test(from) ? resolve2(dirname2(file.path), from) : void 0;
  if (s.wildcardAlias) {
    const alias = identName(s.wildcardAlias);
    if (alias && path) shared.namespaces.set(alias, path);
    else if (alias) shared.opaque.add(alias);
  }
  for (const sym of s.symbols ?? []) {
    if (sym.kind !== "ImportedSymbol") continue;
    const original = sym.name.kind === "Identifier" ? sym.name.name : sym.name.kind === "String" && sym.name.expressions.length === 0 ? sym.name.segments[0] : void 0;
    const local = sym.alias ? identName(sym.alias) : original;
    if (local === void 0) continue;
    if (path && original !== void 0) shared.imports.set(local, { path, name: original });
    else shared.opaque.add(local);
  }
}
function isSecure(p) {
  return p.decorators.some((d) => {
    const e = d.expression;
    if (e.kind === "Call") return e.name.name === "secure";
    return e.kind === "InstanceCall" && e.name.kind === "Identifier" && e.name.name === "secure";
  });
}
var BicepScope;
var init_scope2 = __esm({
  "parsers/bicep/evaluate/scope.ts"() {
    "use strict";
    init_arm_value();
    init_expression();
    init_source_file();
    BicepScope = class _BicepScope {
      constructor(shared, locals) {
        this.shared = shared;
        this.locals = locals;
      }
      shared;
      locals;
      static create(file, supply, host) {
        const shared = {
          file,
          params: /* @__PURE__ */ new Map(),
          assignments: /* @__PURE__ */ new Map(),
          vars: /* @__PURE__ */ new Map(),
          resources: /* @__PURE__ */ new Map(),
          opaque: /* @__PURE__ */ new Set(),
          imports: /* @__PURE__ */ new Map(),
          namespaces: /* @__PURE__ */ new Map(),
          supply,
          host,
          cache: /* @__PURE__ */ new Map(),
          active: /* @__PURE__ */ new Set()
        };
        for (const s of file.parsed.tree.statements) {
          const name2 = "name" in s && s.name ? identName(s.name) : void 0;
          if (name2 === void 0) {
            if (s.kind === "Import") readImport(s, file, shared);
            else if (s.kind === "Extension") {
              const alias = s.alias ? identName(s.alias) : s.specification.kind === "Identifier" ? s.specification.name : void 0;
              if (alias) shared.opaque.add(alias);
            }
            continue;
          }
          switch (s.kind) {
            case "Parameter":
              shared.params.set(name2, s);
              break;
            case "ParameterAssignment":
              shared.assignments.set(name2, s);
              break;
            case "Variable":
              shared.vars.set(name2, s);
              break;
            case "Resource":
              shared.resources.set(name2, s);
              break;
            case "Module":
            case "Function":
              shared.opaque.add(name2);
              break;
            default:
              break;
          }
        }
        return new _BicepScope(shared, /* @__PURE__ */ new Map());
      }
      get file() {
        return this.shared.file;
      }
      get host() {
        return this.shared.host;
      }
      /** The same scope with loop variables bound (`for (item, i) in …`). */
      withLocals(bindings) {
        const locals = new Map(this.locals);
        for (const [k, v] of bindings) locals.set(k, v);
        return new _BicepScope(this.shared, locals);
      }
      /** The scope without loop variables (parameters and variables cannot see them). */
      root() {
        return this.locals.size === 0 ? this : new _BicepScope(this.shared, /* @__PURE__ */ new Map());
      }
      evaluate(e) {
        return evaluateExpression(e, this);
      }
      resource(name2) {
        return this.locals.has(name2) ? void 0 : this.shared.resources.get(name2);
      }
      parameterDeclaration(name2) {
        return this.shared.params.get(name2);
      }
      /** The value of a name written in an expression, with its hops. */
      lookup(name2, at) {
        const local = this.locals.get(name2);
        if (local) return local;
        if (this.shared.params.has(name2)) return this.parameter(name2);
        if (this.shared.assignments.has(name2)) return this.assignment(name2);
        if (this.shared.vars.has(name2)) return this.variable(name2);
        const imported = this.shared.imports.get(name2);
        if (imported) return this.imported(imported.path, imported.name, at);
        const here2 = { range: at, trail: [] };
        if (this.shared.resources.has(name2)) return unknown(name2, `the resource '${name2}' is only known at deployment`, here2);
        if (this.shared.opaque.has(name2)) return unknown(name2, `'${name2}' is only known at deployment`, here2);
        return unknown(name2, `unknown name '${name2}'`, here2);
      }
      /** The namespace alias of `import * as ns from './x.bicep'`, for `ns.name`. */
      namespace(name2) {
        return this.locals.has(name2) ? void 0 : this.shared.namespaces.get(name2);
      }
      /** An exported variable of another file, with its hops there. Imported types and functions are not values. */
      imported(path, name2, at) {
        const scope = this.shared.host.importScope?.(path);
        const here2 = { range: at, trail: [] };
        if (!scope) return unknown(name2, `the file ${path} cannot be read`, here2);
        if (!scope.shared.vars.has(name2)) return unknown(name2, `'${name2}' is not a variable of ${path}`, here2);
        return scope.variable(name2);
      }
      parameter(name2) {
        const decl = this.shared.params.get(name2);
        const file = this.shared.file;
        return this.cached(`p:${name2}`, name2, () => {
          const hop = { kind: "parameter", name: name2, range: fromKeyword(file, "param", decl.name.start, decl.end), secure: isSecure(decl) };
          const supplied = this.shared.supply(name2);
          if (supplied) return through(supplied(), [hop]);
          if (!decl.defaultValue)
            return unknown(name2, `parameter '${name2}' has no default value and no parameter file sets it`, { range: hop.range, trail: [hop] });
          const def = decl.defaultValue;
          return through(this.root().evaluate(def), [hop, { kind: "parameter-default", range: rangeOf2(file, def) }]);
        });
      }
      /** `param x = …` in a `.bicepparam` file, read by another assignment there. */
      assignment(name2) {
        const a = this.shared.assignments.get(name2);
        return this.cached(`a:${name2}`, name2, () => this.root().evaluate(a.value));
      }
      variable(name2) {
        const decl = this.shared.vars.get(name2);
        const file = this.shared.file;
        return this.cached(
          `v:${name2}`,
          name2,
          () => through(this.root().evaluate(decl.value), [{ kind: "variable", name: name2, range: fromKeyword(file, "var", decl.name.start, decl.end) }])
        );
      }
      cached(key, name2, compute) {
        const hit = this.shared.cache.get(key);
        if (hit) return hit;
        if (this.shared.active.has(key))
          return unknown(name2, "circular reference", { range: this.shared.file.parsed.lineMap.range(this.shared.file.path, 0, 0), trail: [] });
        this.shared.active.add(key);
        try {
          const v = compute();
          this.shared.cache.set(key, v);
          return v;
        } finally {
          this.shared.active.delete(key);
        }
      }
      /** Source text of a node of this file. */
      text(node) {
        return textOf(this.shared.file, node);
      }
      range(node) {
        return rangeOf2(this.shared.file, node);
      }
    };
  }
});

// parsers/bicep/collect/names.ts
function part(v, text) {
  return v.t === "prim" && v.value !== null ? { lit: String(v.value) } : { expr: text };
}
function nameOf2(expr, scope) {
  if (!expr) return void 0;
  if (expr.kind === "String" && expr.expressions.length > 0) {
    const first = expr.expressions[0];
    if (expr.segments[0] === "" && first?.kind === "PropertyAccess" && first.base.kind === "Variable" && first.name.kind === "Identifier" && first.name.name === "name" && scope.resource(first.base.name.name) && (expr.segments[1] ?? "").startsWith("/")) {
      const parts3 = [{ lit: (expr.segments[1] ?? "").slice(1) }];
      expr.expressions.slice(1).forEach((x, i2) => {
        parts3.push(part(scope.evaluate(x), scope.text(x)));
        parts3.push({ lit: expr.segments[i2 + 2] ?? "" });
      });
      return { ...nameFromParts(parts3, canonical), parentSymbol: first.base.name.name };
    }
    const parts2 = [{ lit: expr.segments[0] ?? "" }];
    expr.expressions.forEach((x, i2) => {
      parts2.push(part(scope.evaluate(x), scope.text(x)));
      parts2.push({ lit: expr.segments[i2 + 1] ?? "" });
    });
    return nameFromParts(parts2, canonical);
  }
  return nameFromParts([part(scope.evaluate(expr), scope.text(expr))], canonical);
}
var canonical;
var init_names2 = __esm({
  "parsers/bicep/collect/names.ts"() {
    "use strict";
    init_resource_name();
    init_resource_name();
    canonical = (text) => text.replace(/\s+/g, "");
  }
});

// parsers/bicep/collect/resources.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";
function isLocalModulePath(path) {
  return !/^(br|ts)[:/]/i.test(path);
}
function literalPath(node) {
  return node.kind === "String" && node.expressions.length === 0 ? node.segments[0] : void 0;
}
function resolveModule(from, path) {
  return resolve3(dirname3(from.path), path);
}
function collectFile(file, scope, host, outer, stack) {
  let units = 0;
  const ctx = { host, out: [], nextUnit: () => units++ };
  visitFile(file, scope, ctx, outer, [...stack, file.path.toLowerCase()], ctx.nextUnit());
  return ctx.out;
}
function visitFile(file, scope, ctx, outer, stack, unit) {
  const bySymbol = /* @__PURE__ */ new Map();
  const statements = file.parsed.tree.statements;
  for (const s of statements) {
    if (s.kind === "Resource") visitResource2(s, void 0, file, scope, ctx, outer, unit, bySymbol);
    else if (s.kind === "Module") visitModule(s, file, scope, ctx, outer, stack);
  }
}
function instances(value, scope, outer) {
  const withCondition = (body2, s, d) => {
    if (body2.kind !== "If") return { scope: s, deployment: d, body: body2 };
    const c = s.evaluate(body2.condition);
    if (c.t === "prim" && c.value === true) return { scope: s, deployment: d, body: body2.body };
    const cond = body2.condition.kind === "Parenthesized" ? body2.condition.expression : body2.condition;
    return { scope: s, deployment: { ...d, conditional: { expression: s.text(cond), range: s.range(cond) } }, body: body2.body };
  };
  if (value.kind !== "For") return [withCondition(value, scope, outer)];
  const loop = loopItems(value, scope);
  if ("items" in loop && loop.items.length <= MAX_INSTANCES)
    return loop.items.map((item, i2) => withCondition(value.body, iterationScope(value, scope, item, i2), { ...outer, instance: `${outer.instance}[${i2}]` }));
  const why = `depends on the variable of a loop that was not expanded (${scope.text(value.iterable)})`;
  const bindings = [];
  for (const v of [value.item, value.index])
    if (v?.kind === "Identifier") bindings.push([v.name, unknown(v.name, why, { range: scope.range(v), trail: [] })]);
  const looped = { expression: scope.text(value.iterable), range: scope.range(value.iterable) };
  return [withCondition(value.body, scope.withLocals(bindings), { ...outer, looped })];
}
function typeParts(decl) {
  const t = literalPath(decl.type);
  if (t === void 0) return void 0;
  const at = t.indexOf("@");
  return at < 0 ? { type: t } : { type: t.slice(0, at), version: t.slice(at + 1) };
}
function parentFrom(expr, scope, bySymbol) {
  if (!expr) return void 0;
  if (expr.kind === "Variable") return bySymbol.get(expr.name.name)?.[0];
  if (expr.kind === "ArrayAccess" && expr.base.kind === "Variable") {
    const list = bySymbol.get(expr.base.name.name);
    const i2 = scope.evaluate(expr.index);
    return i2.t === "prim" && typeof i2.value === "number" ? list?.[i2.value] : void 0;
  }
  return void 0;
}
function visitResource2(decl, nestedIn, file, scope, ctx, outer, unit, bySymbol) {
  const parts2 = typeParts(decl);
  if (!parts2 || decl.name.kind !== "Identifier") return;
  const symbol = decl.name.name;
  const declaration = fromKeyword(file, "resource", decl.name.start, decl.type.end);
  for (const inst of instances(decl.value, scope, outer)) {
    const body2 = inst.body.kind === "Object" ? inst.body : void 0;
    const nameInfo = nameOf2(body2 ? propertyOf(body2, "name") : void 0, inst.scope);
    const parent = nestedIn ?? parentFrom(body2 ? propertyOf(body2, "parent") : void 0, inst.scope, bySymbol) ?? (nameInfo?.parentSymbol ? bySymbol.get(nameInfo.parentSymbol)?.[0] : void 0);
    const type = nestedIn && !parts2.type.includes("/") ? `${nestedIn.type}/${parts2.type}` : parts2.type;
    const name2 = parent?.name && nameInfo ? { segments: [...parent.name.segments, ...nameInfo.segments], known: parent.name.known && nameInfo.known } : nameInfo;
    let memo;
    const r = {
      unit,
      file,
      scope: inst.scope,
      decl,
      symbol,
      type,
      typeKey: type.toLowerCase(),
      declaration,
      body: body2,
      existing: decl.existing,
      name: name2,
      displayName: name2?.known ? name2.segments.join("/") : symbol,
      deployment: inst.deployment,
      value: () => memo ??= body2 ? inst.scope.evaluate(body2) : unknown(inst.scope.text(inst.body), "not an object", { range: inst.scope.range(inst.body), trail: [] })
    };
    if (parts2.version) r.version = parts2.version;
    if (parent) r.parent = parent;
    ctx.out.push(r);
    if (!nestedIn) {
      const list = bySymbol.get(symbol) ?? [];
      list.push(r);
      bySymbol.set(symbol, list);
    }
    for (const m of body2?.members ?? []) if (m.kind === "Resource") visitResource2(m, r, file, inst.scope, ctx, inst.deployment, unit, bySymbol);
  }
}
function visitModule(decl, file, scope, ctx, outer, stack) {
  const path = literalPath(decl.path);
  if (path === void 0 || !isLocalModulePath(path) || decl.name.kind !== "Identifier") return;
  const target = resolveModule(file, path);
  if (stack.includes(target.toLowerCase())) return;
  const moduleFile = ctx.host.load(target);
  if (!moduleFile) return;
  const symbol = decl.name.name;
  const head = fromKeyword(file, "module", decl.name.start, decl.path.end);
  for (const inst of instances(decl.value, scope, outer)) {
    const body2 = inst.body.kind === "Object" ? inst.body : bodyObject(inst.body);
    const paramsExpr = body2 ? propertyOf(body2, "params") : void 0;
    let paramsValue;
    const params = () => paramsExpr ? paramsValue ??= inst.scope.evaluate(paramsExpr) : void 0;
    const supply = (name2) => {
      const pv = params();
      if (!pv || !paramsExpr) return void 0;
      if (pv.t === "unknown") return () => through(pv, [{ kind: "module-argument", name: name2, range: rangeOf2(file, paramsExpr) }]);
      if (pv.t !== "object") return void 0;
      const m = memberOf(pv, name2);
      if (!m) return void 0;
      return () => through(m, [{ kind: "module-argument", name: name2, range: m.at ?? rangeOf2(file, paramsExpr) }]);
    };
    const moduleScope = BicepScope.create(moduleFile, supply, ctx.host);
    const deployment = { ...inst.deployment, via: [...inst.deployment.via, { name: symbol, range: head }] };
    visitFile(moduleFile, moduleScope, ctx, deployment, [...stack, target.toLowerCase()], ctx.nextUnit());
  }
}
var MAX_INSTANCES;
var init_resources2 = __esm({
  "parsers/bicep/collect/resources.ts"() {
    "use strict";
    init_arm_value();
    init_expression();
    init_scope2();
    init_source_file();
    init_names2();
    MAX_INSTANCES = 100;
  }
});

// parsers/bicep/evaluate/parameter-files.ts
function readBicepParam(file, load, host, seen = []) {
  const values = /* @__PURE__ */ new Map();
  const out2 = { file, values };
  const scope = BicepScope.create(file, () => void 0, host);
  for (const s of file.parsed.tree.statements) {
    if (s.kind === "Using" && s.path) {
      const p = literalPath(s.path);
      if (p !== void 0 && /\.bicep$/i.test(p) && !/^(br|ts)[:/]/i.test(p)) out2.template = resolveModule(file, p);
    } else if (s.kind === "Extends") {
      const p = literalPath(s.path);
      const path = p === void 0 ? void 0 : resolveModule(file, p);
      if (path === void 0 || seen.includes(path.toLowerCase())) continue;
      const base = load(path);
      if (base) {
        for (const [k, v] of readBicepParam(base, load, host, [...seen, file.path.toLowerCase()]).values) if (!values.has(k)) values.set(k, v);
      }
    }
  }
  for (const s of file.parsed.tree.statements) {
    if (s.kind !== "ParameterAssignment" || s.name.kind !== "Identifier") continue;
    const name2 = s.name.name;
    const hop = { kind: "parameter-file", name: name2, range: rangeOf2(file, s.value) };
    const value = s.value;
    values.set(name2, () => through(scope.evaluate(value), [hop]));
  }
  return out2;
}
function readJsonParameters(path, text) {
  const file = readJson(path, text);
  const values = /* @__PURE__ */ new Map();
  if (file.root?.type !== "object") return { values, errors: file.errors.map((e) => e.message).concat(file.root ? ["a parameter file must be a JSON object"] : []) };
  for (const [k, v] of parameterValues(file)) values.set(k, v);
  return { values, errors: file.errors.map((e) => e.message) };
}
function supplyFrom(layers) {
  return (name2) => {
    for (let i2 = layers.length - 1; i2 >= 0; i2--) {
      const layer = layers[i2];
      const v = layer.get(name2) ?? layer.get(name2.toLowerCase());
      if (v) return v;
    }
    return void 0;
  };
}
var init_parameter_files2 = __esm({
  "parsers/bicep/evaluate/parameter-files.ts"() {
    "use strict";
    init_json();
    init_arm_parameter_files();
    init_arm_value();
    init_resources2();
    init_scope2();
    init_source_file();
  }
});

// parsers/bicep/mapping/entities.ts
function reader2(r) {
  return (path) => {
    if (!r.body) return void 0;
    const root = { at: r.scope.range(r.body), atText: r.scope.text(r.body), value: r.value() };
    return descendPath(root, path);
  };
}
function entityBase2(r, resourceType) {
  const base = { format: "bicep", file: r.file.path, resourceType, name: r.displayName, declaration: r.declaration };
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}
function lastSegment2(r) {
  return r.name?.segments[r.name.segments.length - 1]?.toLowerCase();
}
function parentOf2(child, wanted, sites) {
  if (child.parent) return child.parent.typeKey === wanted ? child.parent : void 0;
  if (!child.name || child.name.segments.length < 2) return void 0;
  const key = nameKey(child.name.segments.slice(0, -1));
  const candidates = sites.filter((s) => s.unit === child.unit && s.typeKey === wanted && s.name && nameKey(s.name.segments) === key);
  return candidates.find((s) => s.deployment.instance === child.deployment.instance) ?? candidates[0];
}
function mapSites2(resources, textOf2) {
  const sites = resources.filter((r) => (r.typeKey === SITE2 || r.typeKey === SLOT2) && !r.existing);
  const children = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (r.existing || r.typeKey !== SITE_CONFIG2 && r.typeKey !== SLOT_CONFIG2) continue;
    const which = lastSegment2(r);
    if (which !== "web" && which !== "appsettings") continue;
    const site = parentOf2(r, r.typeKey === SLOT_CONFIG2 ? SLOT2 : SITE2, sites);
    if (!site) continue;
    const c = children.get(site) ?? { web: [] };
    if (which === "web") c.web.push(r);
    else c.appsettings = r;
    children.set(site, c);
  }
  return sites.map((s) => {
    const c = children.get(s);
    const sources = { site: reader2(s), web: (c?.web ?? []).map(reader2) };
    if (c?.appsettings) sources.appsettings = reader2(c.appsettings);
    const entity = {
      ...entityBase2(s, "Microsoft.Web/sites"),
      entity: "site",
      kind: siteKind(sources.site),
      tags: siteTags(sources.site, s.declaration, textOf2),
      settings: siteSettings(sources, s.declaration, textOf2)
    };
    if (s.typeKey === SLOT2) {
      entity.resourceType = "Microsoft.Web/sites/slots";
      const parent = parentOf2(s, SITE2, sites);
      if (parent) entity.slotOf = { name: parent.displayName, range: parent.declaration };
      else entity.slotOf = { name: s.name?.segments[0]?.replace(/\u27e6|\u27e7/g, "") ?? s.displayName };
    }
    return entity;
  });
}
function mapCertificate2(r, textOf2) {
  return { ...entityBase2(r, "Microsoft.Web/certificates"), entity: "certificate", settings: certificateSettings(reader2(r), r.declaration, textOf2) };
}
var SITE2, SLOT2, SITE_CONFIG2, SLOT_CONFIG2, CERTIFICATE2;
var init_entities2 = __esm({
  "parsers/bicep/mapping/entities.ts"() {
    "use strict";
    init_setting_values();
    init_site_mapping();
    init_names2();
    SITE2 = "microsoft.web/sites";
    SLOT2 = "microsoft.web/sites/slots";
    SITE_CONFIG2 = "microsoft.web/sites/config";
    SLOT_CONFIG2 = "microsoft.web/sites/slots/config";
    CERTIFICATE2 = "microsoft.web/certificates";
  }
});

// parsers/bicep/run-plan.ts
function localModuleTargets(file) {
  const out2 = [];
  for (const s of file.parsed.tree.statements) {
    if (s.kind !== "Module") continue;
    const p = literalPath(s.path);
    if (p !== void 0 && isLocalModulePath(p)) out2.push(resolveModule(file, p));
  }
  return out2;
}
function rootTemplates(templates, calls) {
  const called = /* @__PURE__ */ new Set();
  for (const [from, targets] of calls) for (const to of targets) if (to !== from) called.add(to);
  const reached = /* @__PURE__ */ new Set();
  const reach = (start2) => {
    const todo = [start2];
    for (let from = todo.pop(); from !== void 0; from = todo.pop()) {
      if (reached.has(from)) continue;
      reached.add(from);
      todo.push(...calls.get(from) ?? []);
    }
  };
  const roots = /* @__PURE__ */ new Set();
  for (const t of [...templates.filter((t2) => !called.has(t2)), ...templates])
    if (!reached.has(t)) {
      roots.add(t);
      reach(t);
    }
  return roots;
}
var init_run_plan = __esm({
  "parsers/bicep/run-plan.ts"() {
    "use strict";
    init_resources2();
  }
});

// parsers/bicep/errors.ts
var E, expectedChar, expectedKeyword, Expected;
var init_errors = __esm({
  "parsers/bicep/errors.ts"() {
    "use strict";
    E = {
      declaration: ["BCP007", "This declaration type is not recognized. Specify a metadata, parameter, variable, resource, or output declaration."],
      paramsDeclaration: ["BCP337", 'This declaration type is not valid for a Bicep Parameters file. Supported declarations: "using", "extends", "param", "var", "type".'],
      paramContinuation: ["BCP008", 'Expected the "=" token, or a newline at this location.'],
      expression: ["BCP009", "Expected a literal value, an array, an object, a parenthesized expression, or a function call at this location."],
      integer: ["BCP010", "Expected a valid 64-bit signed integer."],
      paramName: ["BCP013", "Expected a parameter identifier at this location."],
      varName: ["BCP015", "Expected a variable identifier at this location."],
      outputName: ["BCP016", "Expected an output identifier at this location."],
      resourceName: ["BCP017", "Expected a resource identifier at this location."],
      newLine: ["BCP019", "Expected a new line character at this location."],
      memberName: ["BCP020", "Expected a function or property name at this location."],
      propertyName: ["BCP022", "Expected a property name at this location."],
      interpolation: ["BCP064", "Found unexpected tokens in interpolated expression."],
      resourceType: ["BCP068", 'Expected a resource type string. Specify a valid resource type of format "<type-name>@<apiVersion>".'],
      complexLiteral: ["BCP087", "Array and object literals are not allowed here."],
      moduleName: ["BCP096", "Expected a module identifier at this location."],
      modulePath: ["BCP097", "Expected a module path string. This should be a relative path to another bicep file, e.g. 'myModule.bicep' or '../parent/myModule.bicep'"],
      emptyIndexer: ["BCP117", "An empty indexer is not allowed. Specify a valid expression."],
      bodyStart: ["BCP118", 'Expected the "{" character, the "[" character, or the "if" keyword at this location.'],
      decoratorName: ["BCP123", "Expected a namespace or decorator name at this location."],
      loopVariable: ["BCP162", 'Expected a loop item variable identifier or "(" at this location.'],
      loopBody: ["BCP167", 'Expected the "{" character or the "if" keyword at this location.'],
      extensionSpec: ["BCP201", "Expected an extension specification string at this location."],
      extensionAlias: ["BCP202", "Expected an extension alias name at this location."],
      newLineOrComma: ["BCP236", "Expected a new line or comma character at this location."],
      comma: ["BCP237", "Expected a comma character at this location."],
      newLineAfterComma: ["BCP238", "Unexpected new line character after a comma."],
      parentheses: ["BCP243", "Parentheses must contain exactly one expression."],
      metadataName: ["BCP266", "Expected a metadata identifier at this location."],
      type: ["BCP279", 'Expected a type at this location. Please specify a valid type expression or one of the following types: "any", "array", "bool", "int", "object", "string".'],
      typeName: ["BCP325", "Expected a type identifier at this location."],
      testName: ["BCP346", "Expected a test identifier at this location."],
      testPath: ["BCP347", "Expected a test path string at this location."],
      importList: ["BCP354", 'Expected "{" or "*" at this location.'],
      importPath: ["BCP097", "Expected a path string at this location."],
      importedName: ["BCP355", "Expected the name of an exported symbol at this location."],
      namespaceName: ["BCP356", "Expected a valid namespace identifier at this location."],
      usingPath: ["BCP358", "This declaration is missing a template file path reference."],
      extendsPath: ["BCP404", 'The "extends" declaration is missing a bicepparam file path reference.'],
      assertName: ["BCP344", "Expected an assert identifier at this location."],
      tooDeep: ["BCP009", "The expression is nested too deeply to be parsed."]
    };
    expectedChar = (c) => ["BCP018", `Expected the "${c}" character at this location.`];
    expectedKeyword = (k) => ["BCP012", `Expected the "${k}" keyword at this location.`];
    Expected = class {
      constructor(token, code, message) {
        this.token = token;
        this.code = code;
        this.message = message;
      }
      token;
      code;
      message;
    };
  }
});

// parsers/bicep/parser-base.ts
var ALLOW_COMPLEX, ALLOW_RESOURCES, MAX_DEPTH2, EXPRESSION_END, CHAR_OF, ParserBase;
var init_parser_base = __esm({
  "parsers/bicep/parser-base.ts"() {
    "use strict";
    init_errors();
    ALLOW_COMPLEX = 1;
    ALLOW_RESOURCES = 2;
    MAX_DEPTH2 = 200;
    EXPRESSION_END = ["StringRightPiece", "RightBrace", "RightParen", "RightSquare", "NewLine"];
    CHAR_OF = { RightParen: ")", RightSquare: "]", RightBrace: "}", RightChevron: ">" };
    ParserBase = class {
      constructor(tokens) {
        this.tokens = tokens;
      }
      tokens;
      diagnostics = [];
      pos = 0;
      depth = 0;
      // ------------------------------------------------------------ token reader
      peek(ahead = 0) {
        const i2 = Math.min(this.pos + ahead, this.tokens.length - 1);
        return this.tokens[i2];
      }
      peekSkipNewLines(from = 0) {
        let i2 = this.pos + from;
        while (i2 < this.tokens.length - 1 && this.tokens[i2]?.kind === "NewLine") i2++;
        return this.tokens[Math.min(i2, this.tokens.length - 1)];
      }
      read() {
        const t = this.peek();
        if (this.pos < this.tokens.length - 1) this.pos++;
        return t;
      }
      /** End offset of the last consumed token. */
      get lastEnd() {
        return this.pos > 0 ? this.tokens[this.pos - 1].end : 0;
      }
      atEnd() {
        return this.peek().kind === "EndOfFile";
      }
      check(...kinds) {
        return !this.atEnd() && kinds.includes(this.peek().kind);
      }
      isKeyword(t, word) {
        return t.kind === "Identifier" && t.text === word;
      }
      checkKeyword(word) {
        return !this.atEnd() && this.isKeyword(this.peek(), word);
      }
      fail(token, err2) {
        throw new Expected(token, err2[0], err2[1]);
      }
      expect(kind, err2) {
        if (this.check(kind)) return this.read();
        this.fail(this.peek(), err2);
      }
      expectKeyword(word) {
        if (this.checkKeyword(word)) return this.read();
        this.fail(this.peek(), expectedKeyword(word));
      }
      report(start2, end, err2) {
        this.diagnostics.push({ code: err2[0], message: err2[1], start: start2, end });
      }
      /** Diagnostic span of a token: a newline is reported as an empty span at its start. */
      reportAt(token, code, message) {
        this.diagnostics.push({ code, message, start: token.start, end: token.kind === "NewLine" ? token.start : token.end });
      }
      skipEmpty(err2) {
        const at = this.peek().start;
        if (err2) this.report(at, at, err2);
        return { kind: "Skipped", start: at, end: at };
      }
      newLines() {
        while (this.check("NewLine")) this.read();
      }
      // ------------------------------------------------------------ recovery
      /**
       * Runs `fn`; if it raises `Expected`, drops whatever diagnostics it produced (its partial tree is
       * dropped too), skips to one of `terminators` and returns a `Skipped` node with one diagnostic.
       */
      recover(fn, suppress2, terminators, consumeTerminator = false) {
        const startPos = this.pos;
        const diagCount = this.diagnostics.length;
        const savedDepth = this.depth;
        try {
          return fn();
        } catch (e) {
          if (!(e instanceof Expected)) throw e;
          this.depth = savedDepth;
          this.diagnostics.length = diagCount;
          while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
          if (consumeTerminator && this.check(...terminators)) this.read();
          if (!suppress2) this.reportAt(e.token, e.code, e.message);
          const first = this.tokens[startPos];
          return this.pos > startPos ? { kind: "Skipped", start: first.start, end: this.lastEnd } : { kind: "Skipped", start: first.start, end: first.start };
        }
      }
      /** Whether a node left by recovery should silence the error of the part after it. */
      suppressAfter(node) {
        return node !== void 0 && node.kind === "Skipped" && node.start === node.end;
      }
      throwIfSkipped(fn, err2) {
        const start2 = this.peek();
        const node = fn();
        if (node.kind === "Skipped") this.fail(start2, err2);
        return node;
      }
      identifier(err2) {
        const t = this.expect("Identifier", err2);
        return { kind: "Identifier", name: t.text, start: t.start, end: t.end };
      }
      identifierOrSkip(err2) {
        return this.check("Identifier") ? this.identifier(err2) : this.skipEmpty(err2);
      }
      identifierWithRecovery(err2, suppress2, ...terminators) {
        return this.recover(() => this.identifier(err2), suppress2, terminators);
      }
      enter() {
        if (++this.depth > MAX_DEPTH2) {
          this.depth = 0;
          this.fail(this.peek(), E.tooDeep);
        }
      }
      // ------------------------------------------------------------ lists
      /**
       * Items of an object, array, object/tuple type or import list: newlines allowed after the
       * opening bracket and before the closing one; between items one run of newlines or one comma.
       */
      elements(closing, item) {
        const out2 = [];
        if (this.check(closing)) return out2;
        this.newLines();
        let expectItem = true;
        let guard = -1;
        while (!this.atEnd() && this.peek().kind !== closing) {
          if (!expectItem) {
            if (this.check("NewLine")) this.newLines();
            else if (this.check("Comma")) {
              this.read();
              if (this.check("NewLine")) {
                this.skipEmpty(E.newLineAfterComma);
                this.read();
              }
            } else this.skipEmpty(E.newLineOrComma);
            expectItem = true;
            continue;
          }
          if (this.pos === guard) this.read();
          guard = this.pos;
          out2.push(item());
          expectItem = false;
        }
        return out2;
      }
      /** Arguments of a call or of a parameterized type, after the opening token. */
      callElements(closing, item) {
        const out2 = [];
        if (this.check(closing)) return out2;
        this.newLines();
        let expectItem = true;
        let guard = -1;
        while (!this.atEnd() && this.peek().kind !== closing) {
          if (!expectItem) {
            if (this.check("NewLine")) {
              let k = 1;
              while (this.peek(k).kind === "NewLine" && this.peek(k).leading.some((t) => t.kind === "SingleLineComment" || t.kind === "MultiLineComment")) k++;
              const after = this.peek(k);
              if (after.kind === "EndOfFile") {
                this.skipEmpty(expectedChar(CHAR_OF[closing] ?? ")"));
                this.newLines();
                break;
              } else if (after.kind !== closing) this.skipEmpty(E.comma);
              this.newLines();
            } else if (this.check("Comma")) {
              this.read();
              this.newLines();
              if (this.check(closing)) out2.push(item());
            } else this.skipEmpty(E.newLineOrComma);
            expectItem = true;
            continue;
          }
          if (this.pos === guard) this.read();
          guard = this.pos;
          out2.push(item());
          expectItem = false;
        }
        return out2;
      }
      /** `( item, item … )`; returns the items (and whether `)` was found). */
      parenthesizedList(item, permitNewLines) {
        const open = this.expect("LeftParen", expectedChar("("));
        const items = [];
        const elements = { start: -1, end: -1 };
        let count = 0;
        const element2 = (start2, end) => {
          if (count++ === 0) elements.start = start2;
          elements.end = end;
        };
        const nl = () => {
          if (!permitNewLines) return;
          while (this.check("NewLine")) {
            const t = this.read();
            element2(t.start, t.end);
          }
        };
        nl();
        let guard = -1;
        while (!this.check("RightParen")) {
          if (this.pos === guard) break;
          guard = this.pos;
          const parsed = this.recover(item, false, ["StringRightPiece", "RightBrace", "RightParen", "RightSquare", "NewLine", "Comma"]);
          items.push(parsed);
          element2(parsed.start, parsed.end);
          nl();
          if (this.check("Comma")) {
            const comma = this.read();
            element2(comma.start, comma.end);
            nl();
          } else {
            nl();
            break;
          }
        }
        const last = items[items.length - 1];
        const close = this.recover(() => this.expect("RightParen", expectedChar(")")), this.suppressAfter(last), ["StringRightPiece", "RightBrace", "RightSquare", "NewLine"]);
        const closed = "kind" in close && close.kind !== "Skipped";
        return { items, open, closed, elementCount: count, elements };
      }
    };
  }
});

// parsers/bicep/strings.ts
function stringTokenValue(token) {
  const style = token.string;
  if (!style) return void 0;
  const text = token.text;
  const opensString = token.kind === "StringComplete" || token.kind === "StringLeftPiece";
  const closesString = token.kind === "StringComplete" || token.kind === "StringRightPiece";
  if (style.kind === "quoted") {
    const head2 = opensString ? "'" : "}";
    const tail2 = closesString ? "'" : "${";
    if (text.length < head2.length + tail2.length || !text.startsWith(head2) || !text.endsWith(tail2)) return void 0;
    return unescape(text.slice(head2.length, text.length - tail2.length));
  }
  const head = opensString ? "$".repeat(style.dollars) + "'''" : "}";
  const tail = closesString ? "'''" : "$".repeat(style.dollars) + "{";
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return void 0;
  let body2 = text.slice(head.length, text.length - tail.length);
  if (opensString) body2 = body2.replace(/^\r?\n/, "");
  return body2;
}
function unescape(body2) {
  let out2 = "";
  for (let i2 = 0; i2 < body2.length; i2++) {
    const c = body2[i2];
    if (c === "'") return void 0;
    if (c !== "\\") {
      out2 += c;
      continue;
    }
    const e = body2[++i2];
    switch (e) {
      case "n":
        out2 += "\n";
        break;
      case "r":
        out2 += "\r";
        break;
      case "t":
        out2 += "	";
        break;
      case "\\":
      case "'":
      case "$":
        out2 += e;
        break;
      case "u": {
        const m = /^\{([0-9A-Fa-f]{1,8})\}/.exec(body2.slice(i2 + 1));
        if (!m?.[1]) return void 0;
        const cp = parseInt(m[1], 16);
        if (cp > 1114111) return void 0;
        out2 += String.fromCodePoint(cp);
        i2 += m[0].length;
        break;
      }
      default:
        return void 0;
    }
  }
  return out2;
}
var init_strings = __esm({
  "parsers/bicep/strings.ts"() {
    "use strict";
  }
});

// parsers/bicep/expression-parser.ts
var DECLARATION_KEYWORDS, BINARY_PRECEDENCE, BINARY_OPERATOR, ExpressionParser;
var init_expression_parser = __esm({
  "parsers/bicep/expression-parser.ts"() {
    "use strict";
    init_errors();
    init_parser_base();
    init_strings();
    DECLARATION_KEYWORDS = /* @__PURE__ */ new Set([
      "metadata",
      "param",
      "var",
      "resource",
      "output",
      "module",
      "import",
      "type",
      "func",
      "targetScope",
      "test",
      "assert",
      "extension",
      "using",
      "extends",
      "extensionConfig"
    ]);
    BINARY_PRECEDENCE = {
      Modulo: 100,
      Asterisk: 100,
      Slash: 100,
      Plus: 90,
      Minus: 90,
      RightChevron: 80,
      GreaterThanOrEqual: 80,
      LeftChevron: 80,
      LessThanOrEqual: 80,
      Equals: 70,
      NotEquals: 70,
      EqualsInsensitive: 70,
      NotEqualsInsensitive: 70,
      LogicalAnd: 50,
      LogicalOr: 40,
      DoubleQuestion: 30
    };
    BINARY_OPERATOR = {
      Modulo: "%",
      Asterisk: "*",
      Slash: "/",
      Plus: "+",
      Minus: "-",
      RightChevron: ">",
      GreaterThanOrEqual: ">=",
      LeftChevron: "<",
      LessThanOrEqual: "<=",
      Equals: "==",
      NotEquals: "!=",
      EqualsInsensitive: "=~",
      NotEqualsInsensitive: "!~",
      LogicalAnd: "&&",
      LogicalOr: "||",
      DoubleQuestion: "??"
    };
    ExpressionParser = class extends ParserBase {
      /** Parenthesized expressions whose `)` was missing (suppresses the follow-on error in `if`). */
      unclosed = /* @__PURE__ */ new WeakSet();
      decorators() {
        const out2 = [];
        while (this.check("At")) {
          out2.push(this.decorator());
          this.recover(() => this.expect("NewLine", E.newLine), false, ["NewLine"], true);
          this.newLines();
        }
        return out2;
      }
      decorator() {
        const at = this.expect("At", expectedChar("@"));
        const expression = this.recover(
          () => {
            const name2 = this.identifier(E.decoratorName);
            let current = this.check("LeftParen") ? this.call(name2, ALLOW_COMPLEX) : { kind: "Variable", name: name2, start: name2.start, end: name2.end };
            while (this.check("Dot")) {
              this.read();
              const member3 = this.identifierOrSkip(E.memberName);
              current = this.check("LeftParen") ? { kind: "InstanceCall", base: current, name: member3, args: this.argumentList(ALLOW_COMPLEX), start: current.start, end: this.lastEnd } : { kind: "PropertyAccess", base: current, name: member3, safe: false, start: current.start, end: this.lastEnd };
            }
            return current;
          },
          false,
          ["NewLine"]
        );
        return { kind: "Decorator", expression, start: at.start, end: this.lastEnd };
      }
      argumentList(flags2) {
        this.expect("LeftParen", expectedChar("("));
        const args2 = this.callElements("RightParen", () => this.recover(() => this.expression(flags2), false, ["NewLine", "Comma", "RightParen"]));
        if (this.check("RightParen")) this.read();
        return args2;
      }
      call(name2, flags2) {
        const args2 = this.argumentList(flags2);
        return { kind: "Call", name: name2, args: args2, start: name2.start, end: this.lastEnd };
      }
      /** The single expression of `( … )`, or `Skipped` with BCP243 when there are none or several. */
      parenthesizedContent(list) {
        const { items, open, closed, elementCount, elements } = list;
        if (!closed && elementCount >= 2) {
          this.report(elements.start, elements.end, E.parentheses);
          return { kind: "Skipped", ...elements };
        }
        return this.parenthesizedInner(open, items);
      }
      // ------------------------------------------------------------ expressions
      expression(flags2) {
        this.enter();
        try {
          const candidate = this.binary(flags2, 0);
          if (this.peekSkipNewLines().kind === "Question") this.newLines();
          if (!this.check("Question")) return candidate;
          this.read();
          const whenTrue = this.recover(() => this.expression(flags2), false, ["Colon", ...EXPRESSION_END]);
          if (whenTrue.kind !== "Skipped" && this.peekSkipNewLines().kind === "Colon") this.newLines();
          const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(whenTrue), EXPRESSION_END);
          const colonNode = "kind" in colon && colon.kind === "Skipped" ? colon : void 0;
          const whenFalse = this.recover(() => this.expression(flags2), this.suppressAfter(colonNode), EXPRESSION_END);
          return { kind: "Ternary", condition: candidate, whenTrue, whenFalse, start: candidate.start, end: this.lastEnd };
        } finally {
          this.depth--;
        }
      }
      binary(flags2, precedence) {
        let current = this.unary(flags2);
        for (; ; ) {
          const op = this.peek();
          const p = BINARY_PRECEDENCE[op.kind] ?? -1;
          if (p <= precedence) break;
          this.read();
          this.enter();
          const right = this.recover(() => this.binary(flags2, p), false, EXPRESSION_END);
          this.depth--;
          current = { kind: "Binary", operator: BINARY_OPERATOR[op.kind] ?? "+", left: current, right, start: current.start, end: this.lastEnd };
        }
        return current;
      }
      unary(flags2) {
        const t = this.peek();
        if (t.kind === "Exclamation" || t.kind === "Minus") {
          this.read();
          const operand = this.recover(() => this.member(flags2), false, EXPRESSION_END);
          return { kind: "Unary", operator: t.kind === "Minus" ? "-" : "!", operand, start: t.start, end: this.lastEnd };
        }
        return this.member(flags2);
      }
      member(flags2) {
        let current = this.primary(flags2);
        for (; ; ) {
          const start2 = current.start;
          if (this.check("LeftSquare")) {
            this.read();
            const safe = this.check("Question");
            if (safe) this.read();
            const fromEnd = this.check("Hat");
            if (fromEnd) this.read();
            let index;
            if (this.check("RightSquare")) index = this.skipEmpty(E.emptyIndexer);
            else index = this.expression(flags2);
            this.expect("RightSquare", expectedChar("]"));
            current = { kind: "ArrayAccess", base: current, index, safe, fromEnd, start: start2, end: this.lastEnd };
            continue;
          }
          if (this.check("Dot")) {
            this.read();
            const safe = this.check("Question");
            if (safe) this.read();
            const name2 = this.identifierOrSkip(E.memberName);
            current = this.check("LeftParen") ? { kind: "InstanceCall", base: current, name: name2, args: this.argumentList(flags2), start: start2, end: this.lastEnd } : { kind: "PropertyAccess", base: current, name: name2, safe, start: start2, end: this.lastEnd };
            continue;
          }
          if (this.check("DoubleColon")) {
            this.read();
            const name2 = this.identifierOrSkip(E.memberName);
            current = { kind: "ResourceAccess", base: current, name: name2, start: start2, end: this.lastEnd };
            continue;
          }
          if (this.check("Exclamation")) {
            this.read();
            current = { kind: "NonNull", base: current, start: start2, end: this.lastEnd };
            continue;
          }
          return current;
        }
      }
      primary(flags2) {
        const t = this.peek();
        switch (t.kind) {
          case "Integer":
          case "NullKeyword":
          case "TrueKeyword":
          case "FalseKeyword":
            return this.literal();
          case "StringComplete":
          case "StringLeftPiece":
            return this.interpolableString();
          case "LeftBrace":
            if (!(flags2 & ALLOW_COMPLEX)) this.fail(t, E.complexLiteral);
            return this.object(flags2);
          case "LeftSquare":
            if (!(flags2 & ALLOW_COMPLEX)) this.fail(t, E.complexLiteral);
            return this.isKeyword(this.peekSkipNewLines(1), "for") ? this.forExpression(flags2, false) : this.array();
          case "LeftParen":
            return this.parenthesizedOrLambda(flags2);
          case "Identifier":
            return this.callOrVariable(flags2);
          default:
            this.fail(t, E.expression);
        }
      }
      literal() {
        const t = this.peek();
        switch (t.kind) {
          case "TrueKeyword":
          case "FalseKeyword":
            this.read();
            return { kind: "BooleanLiteral", value: t.kind === "TrueKeyword", start: t.start, end: t.end };
          case "NullKeyword":
            this.read();
            return { kind: "NullLiteral", start: t.start, end: t.end };
          case "Integer": {
            const value = BigInt(t.text);
            if (value > 0xffffffffffffffffn) this.fail(t, E.integer);
            this.read();
            return { kind: "IntegerLiteral", text: t.text, value, start: t.start, end: t.end };
          }
          default:
            this.fail(t, E.type);
        }
      }
      callOrVariable(flags2) {
        const name2 = this.identifier(E.expression);
        if (this.check("LeftParen")) return this.call(name2, flags2);
        if (this.check("Arrow")) {
          this.read();
          if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
          const body2 = this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightParen"]);
          return { kind: "Lambda", parameters: [name2], body: body2, start: name2.start, end: this.lastEnd };
        }
        return { kind: "Variable", name: name2, start: name2.start, end: name2.end };
      }
      parenthesizedOrLambda(flags2) {
        const list = this.parenthesizedList(() => this.expression(flags2), true);
        const { items, open, closed } = list;
        if (this.check("Arrow")) {
          this.read();
          if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
          const body2 = this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightParen"]);
          const parameters = items.map((i2) => i2.kind === "Variable" ? i2.name : { kind: "Skipped", start: i2.start, end: i2.end });
          return { kind: "Lambda", parameters, body: body2, start: open.start, end: this.lastEnd };
        }
        const node = { kind: "Parenthesized", expression: this.parenthesizedContent(list), start: open.start, end: this.lastEnd };
        if (!closed) this.unclosed.add(node);
        return node;
      }
      parenthesizedInner(open, items) {
        const first = items[0];
        if (first === void 0) {
          this.report(open.end, open.end, E.parentheses);
          return { kind: "Skipped", start: open.end, end: open.end };
        }
        if (items.length === 1) return first;
        const last = items[items.length - 1];
        this.report(first.start, last.end, E.parentheses);
        return { kind: "Skipped", start: first.start, end: last.end };
      }
      parenthesized(flags2) {
        const list = this.parenthesizedList(() => this.expression(flags2), true);
        const { open, closed } = list;
        const node = { kind: "Parenthesized", expression: this.parenthesizedContent(list), start: open.start, end: this.lastEnd };
        if (!closed) this.unclosed.add(node);
        return node;
      }
      ifCondition(flags2, insideFor) {
        const keyword = this.expectKeyword("if");
        const condition = this.recover(() => this.parenthesized(flags2 & ~ALLOW_RESOURCES), false, insideFor ? ["RightSquare", "LeftBrace", "NewLine"] : ["LeftBrace", "NewLine"]);
        const suppress2 = this.suppressAfter(condition) || condition.kind !== "Parenthesized" || this.unclosed.has(condition);
        const body2 = this.recover(() => this.object(flags2), suppress2, insideFor ? ["RightSquare", "NewLine"] : ["NewLine"]);
        return { kind: "If", condition, body: body2, start: keyword.start, end: this.lastEnd };
      }
      forExpression(flags2, resourceContext) {
        const open = this.expect("LeftSquare", expectedChar("["));
        this.newLines();
        this.expectKeyword("for");
        const diagsBefore = this.diagnostics.length;
        let item;
        let index;
        if (this.check("Identifier")) item = this.identifier(E.varName);
        else if (this.check("LeftParen")) [item, index] = this.forVariableBlock();
        else item = this.skipEmpty(E.loopVariable);
        const variableFailed = this.diagnostics.length > diagsBefore;
        const inKeyword = this.recover(() => this.expectKeyword("in"), variableFailed, ["RightSquare", "NewLine"]);
        const inNode = inKeyword.kind === "Skipped" ? inKeyword : void 0;
        const iterable = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(inNode), ["Colon", "RightSquare", "NewLine"]);
        const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(iterable), ["RightSquare", "NewLine"]);
        const colonNode = colon.kind === "Skipped" ? colon : void 0;
        const body2 = this.recover(() => this.forBody(flags2, resourceContext), this.suppressAfter(colonNode), ["RightSquare", "NewLine"]);
        if (body2.kind !== "Skipped") this.newLines();
        this.recover(() => this.expect("RightSquare", expectedChar("]")), this.suppressAfter(body2), ["RightSquare", "NewLine"]);
        const node = { kind: "For", item, iterable, body: body2, start: open.start, end: this.lastEnd };
        if (index) node.index = index;
        return node;
      }
      forVariableBlock() {
        const diagsBefore = this.diagnostics.length;
        const { items, open } = this.parenthesizedList(() => this.expression(0), false);
        const vars = items.map((i2) => i2.kind === "Variable" ? i2.name : { kind: "Skipped", start: i2.start, end: i2.end });
        if (vars.length !== 2 && this.diagnostics.length === diagsBefore) {
          this.report(open.start, this.lastEnd, ["BCP249", `Expected loop variable block to consist of exactly 2 elements (item variable and index variable), but found ${vars.length}.`]);
          const skipped = { kind: "Skipped", start: open.start, end: this.lastEnd };
          return [skipped, void 0];
        }
        return [vars[0] ?? { kind: "Skipped", start: open.start, end: open.start }, vars[1]];
      }
      forBody(flags2, resourceContext) {
        if (!resourceContext) return this.expression(flags2 | ALLOW_COMPLEX);
        const t = this.peek();
        if (t.kind === "LeftBrace") return this.object(flags2);
        if (this.isKeyword(t, "if")) return this.ifCondition(flags2, true);
        this.fail(t, E.loopBody);
      }
      object(flags2) {
        this.enter();
        try {
          const open = this.expect("LeftBrace", expectedChar("{"));
          const members2 = this.elements("RightBrace", () => this.objectMember(flags2));
          this.expect("RightBrace", expectedChar("}"));
          return { kind: "Object", members: members2, start: open.start, end: this.lastEnd };
        } finally {
          this.depth--;
        }
      }
      objectMember(flags2) {
        return this.recover(
          () => {
            const t = this.peek();
            if (flags2 & ALLOW_RESOURCES && (t.kind === "At" || this.isKeyword(t, "resource") && this.peek(1).kind === "Identifier")) {
              return this.nestedResource();
            }
            if (t.kind === "Ellipsis") return this.spread(["Comma", "NewLine", "RightBrace"]);
            const key = this.recover(
              () => this.throwIfSkipped(() => {
                if (t.kind === "Identifier") return this.identifier(E.propertyName);
                if (t.kind === "StringComplete" || t.kind === "StringLeftPiece") return this.interpolableString();
                this.fail(t, E.propertyName);
              }, E.propertyName),
              false,
              ["Colon", "NewLine", "RightBrace"]
            );
            const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(key), ["NewLine", "RightBrace"]);
            const colonNode = colon.kind === "Skipped" ? colon : void 0;
            const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(colonNode), ["NewLine", "RightBrace"]);
            return { kind: "ObjectProperty", key, value, start: t.start, end: this.lastEnd };
          },
          false,
          ["NewLine", "RightBrace"]
        );
      }
      spread(terminators) {
        const ellipsis = this.expect("Ellipsis", expectedChar("..."));
        const expression = this.recover(() => this.expression(ALLOW_COMPLEX), false, terminators);
        return { kind: "Spread", expression, start: ellipsis.start, end: this.lastEnd };
      }
      array() {
        this.enter();
        try {
          const open = this.expect("LeftSquare", expectedChar("["));
          const items = this.elements(
            "RightSquare",
            () => this.recover(() => this.check("Ellipsis") ? this.spread(["Comma", "NewLine", "RightSquare"]) : this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightSquare"])
          );
          this.expect("RightSquare", expectedChar("]"));
          return { kind: "Array", items, start: open.start, end: this.lastEnd };
        } finally {
          this.depth--;
        }
      }
      /** A string, possibly interpolated; a malformed one becomes `Skipped` (the lexer reported it). */
      interpolableString() {
        const first = this.peek();
        const segments = [];
        const expressions = [];
        let ok = true;
        const skippedToHere = () => ({ kind: "Skipped", start: first.start, end: Math.max(first.start, this.lastEnd) });
        const take = (t) => {
          const v = stringTokenValue(t);
          if (v === void 0) ok = false;
          segments.push(v ?? "");
        };
        if (first.kind === "StringComplete") {
          this.read();
          take(first);
          return ok ? { kind: "String", segments, expressions, multiline: first.string?.kind === "multiline", start: first.start, end: first.end } : skippedToHere();
        }
        if (first.kind !== "StringLeftPiece") {
          this.synchronizeWithError(this.pos, E.interpolation, ["StringMiddlePiece", "StringRightPiece", "NewLine"]);
          return skippedToHere();
        }
        this.read();
        take(first);
        for (; ; ) {
          let hole = this.recover(() => this.expression(0), false, ["StringMiddlePiece", "StringRightPiece", "NewLine"]);
          if (!this.check("StringMiddlePiece", "StringRightPiece", "NewLine")) {
            const skipStart = hole.start;
            this.synchronizeWithError(this.pos, E.interpolation, ["StringMiddlePiece", "StringRightPiece", "NewLine"]);
            hole = { kind: "Skipped", start: skipStart, end: this.lastEnd };
          }
          expressions.push(hole);
          const t = this.peek();
          if (t.kind === "StringRightPiece") {
            this.read();
            take(t);
            break;
          }
          if (t.kind === "StringMiddlePiece") {
            this.read();
            take(t);
            continue;
          }
          return skippedToHere();
        }
        return ok ? { kind: "String", segments, expressions, multiline: first.string?.kind === "multiline", start: first.start, end: this.lastEnd } : skippedToHere();
      }
      /** Skips to a terminator, reporting the skipped span (or an empty span) with `err`. */
      synchronizeWithError(startPos, err2, terminators) {
        const startToken = this.tokens[startPos];
        while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
        if (this.pos > startPos) this.report(startToken.start, this.lastEnd, err2);
        else this.report(startToken.start, startToken.start, err2);
      }
      // ------------------------------------------------------------ types
      type(allowOptionalResourceType) {
        if (this.checkKeyword("resource") && this.peek(1).kind !== "LeftChevron") {
          const keyword = this.read();
          const type = this.recover(
            () => {
              if (allowOptionalResourceType && !this.check("StringComplete", "StringLeftPiece")) return void 0;
              return this.throwIfSkipped(() => this.interpolableString(), E.resourceType);
            },
            false,
            ["Assignment", "NewLine"]
          );
          const node = { kind: "ResourceType", start: keyword.start, end: this.lastEnd };
          if (type) node.type = type;
          return node;
        }
        return this.typeExpression();
      }
      hasUnionSeparator() {
        return this.check("Pipe") || this.check("NewLine") && this.peek(1).kind === "Pipe";
      }
      typeExpression() {
        this.enter();
        try {
          const start2 = this.peekSkipNewLines().start;
          let leadingPipe = false;
          if (this.hasUnionSeparator()) {
            this.newLines();
            this.read();
            leadingPipe = true;
          }
          const candidate = this.unaryType();
          if (!leadingPipe && !this.hasUnionSeparator()) return candidate;
          const members2 = [candidate];
          while (this.hasUnionSeparator()) {
            this.newLines();
            this.read();
            if (this.check("NewLine")) members2.push(this.skipEmpty(["BCP289", "Expected a type literal at this location."]));
            else members2.push(this.recover(() => this.unaryType(), false, []));
          }
          return { kind: "UnionType", members: members2, start: leadingPipe ? start2 : candidate.start, end: this.lastEnd };
        } finally {
          this.depth--;
        }
      }
      unaryType() {
        let candidate = this.unaryTypeBase();
        for (; ; ) {
          if (this.check("Question")) {
            this.read();
            candidate = { kind: "NullableType", base: candidate, start: candidate.start, end: this.lastEnd };
          } else if (this.check("Exclamation")) {
            this.read();
            candidate = { kind: "NonNullableType", base: candidate, start: candidate.start, end: this.lastEnd };
          } else return candidate;
        }
      }
      unaryTypeBase() {
        const t = this.peek();
        if (t.kind === "Exclamation" || t.kind === "Minus") {
          this.read();
          const operand = this.recover(() => this.memberType(), false, EXPRESSION_END);
          return { kind: "UnaryType", operator: t.kind === "Minus" ? "-" : "!", operand, start: t.start, end: this.lastEnd };
        }
        return this.memberType();
      }
      memberType() {
        let current = this.primaryType();
        for (; ; ) {
          const start2 = current.start;
          if (this.check("LeftSquare")) {
            this.read();
            if (this.check("RightSquare")) {
              this.read();
              current = { kind: "ArrayType", item: current, start: start2, end: this.lastEnd };
            } else if (this.check("Asterisk")) {
              this.read();
              this.expect("RightSquare", expectedChar("]"));
              current = { kind: "TypeIndexAccess", base: current, start: start2, end: this.lastEnd };
            } else {
              const index = this.expression(0);
              this.expect("RightSquare", expectedChar("]"));
              current = { kind: "TypeIndexAccess", base: current, index, start: start2, end: this.lastEnd };
            }
            continue;
          }
          if (this.check("Dot")) {
            this.read();
            if (this.check("Asterisk")) {
              this.read();
              current = { kind: "TypePropertyAccess", base: current, start: start2, end: this.lastEnd };
              continue;
            }
            const name2 = this.identifierOrSkip(E.memberName);
            current = this.check("LeftChevron") ? { kind: "ParameterizedType", base: current, name: name2, args: this.typeArguments(), start: start2, end: this.lastEnd } : { kind: "TypePropertyAccess", base: current, name: name2, start: start2, end: this.lastEnd };
            continue;
          }
          return current;
        }
      }
      typeArguments() {
        this.expect("LeftChevron", expectedChar("<"));
        const args2 = this.callElements("RightChevron", () => this.recover(() => this.typeExpression(), false, ["NewLine", "Comma", "RightChevron"]));
        if (this.check("RightChevron")) this.read();
        return args2;
      }
      primaryType() {
        const t = this.peek();
        switch (t.kind) {
          case "Integer":
          case "NullKeyword":
          case "TrueKeyword":
          case "FalseKeyword":
            return this.literal();
          case "StringComplete":
          case "StringLeftPiece":
            return this.interpolableString();
          case "LeftBrace":
            return this.objectType();
          case "LeftSquare":
            return this.tupleType();
          case "LeftParen": {
            const { items, open } = this.parenthesizedList(() => this.typeExpression(), false);
            const inner = this.parenthesizedInner(open, items);
            return { kind: "ParenthesizedType", type: inner, start: open.start, end: this.lastEnd };
          }
          case "Identifier": {
            const name2 = this.identifier(E.typeName);
            if (this.check("LeftChevron")) return { kind: "ParameterizedType", name: name2, args: this.typeArguments(), start: name2.start, end: this.lastEnd };
            return { kind: "TypeReference", name: name2, start: name2.start, end: name2.end };
          }
          default:
            this.fail(t, E.type);
        }
      }
      objectType() {
        const open = this.expect("LeftBrace", expectedChar("{"));
        const properties = this.elements("RightBrace", () => this.objectTypeProperty());
        this.expect("RightBrace", expectedChar("}"));
        return { kind: "ObjectType", properties, start: open.start, end: this.lastEnd };
      }
      objectTypeProperty() {
        const start2 = this.peek().start;
        const decorators = this.decorators();
        const t = this.peek();
        const additional = t.kind === "Asterisk";
        if (additional) this.read();
        const key = additional ? void 0 : this.recover(
          () => this.throwIfSkipped(() => {
            if (t.kind === "Identifier") return this.identifier(E.propertyName);
            if (t.kind === "StringComplete" || t.kind === "StringLeftPiece") return this.interpolableString();
            this.fail(t, E.propertyName);
          }, E.propertyName),
          false,
          ["Colon", "NewLine", "RightBrace"]
        );
        const colon = this.recover(() => this.expect("Colon", expectedChar(":")), this.suppressAfter(key), ["NewLine", "RightBrace"]);
        const colonNode = colon.kind === "Skipped" ? colon : void 0;
        const value = this.recover(() => this.typeExpression(), this.suppressAfter(colonNode), ["NewLine", "RightBrace"]);
        const node = { kind: "ObjectTypeProperty", decorators, value, start: start2, end: this.lastEnd };
        if (key) node.key = key;
        return node;
      }
      tupleType() {
        const open = this.expect("LeftSquare", expectedChar("["));
        const items = this.elements(
          "RightSquare",
          () => this.recover(
            () => {
              const start2 = this.peek().start;
              const decorators = this.decorators();
              const value = this.typeExpression();
              return { kind: "TupleTypeItem", decorators, value, start: start2, end: this.lastEnd };
            },
            false,
            ["NewLine", "RightSquare"]
          )
        );
        this.expect("RightSquare", expectedChar("]"));
        return { kind: "TupleType", items, start: open.start, end: this.lastEnd };
      }
    };
  }
});

// parsers/bicep/lexer.ts
function lex(text) {
  return new Lexer(text).run();
}
var SIMPLE_ESCAPES, PRAGMAS, UNTERMINATED_AT_NEWLINE, ESCAPE_LIST, isDigit2, isIdStart, isIdPart, isNewLine, isBlank, isHex, Lexer;
var init_lexer2 = __esm({
  "parsers/bicep/lexer.ts"() {
    "use strict";
    SIMPLE_ESCAPES = /* @__PURE__ */ new Set(["n", "r", "t", "\\", "'", "$"]);
    PRAGMAS = [
      ["disable-next-line", "DisableNextLine"],
      ["disable-diagnostics", "DisableDiagnostics"],
      ["restore-diagnostics", "RestoreDiagnostics"]
    ];
    UNTERMINATED_AT_NEWLINE = "The string at this location is not terminated due to an unexpected new line character.";
    ESCAPE_LIST = `"\\$", "\\'", "\\\\", "\\n", "\\r", "\\t", "\\u{...}"`;
    isDigit2 = (c) => c >= 48 && c <= 57;
    isIdStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
    isIdPart = (c) => isIdStart(c) || isDigit2(c);
    isNewLine = (c) => c === 10 || c === 13;
    isBlank = (c) => c === 32 || c === 9;
    isHex = (c) => isDigit2(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
    Lexer = class {
      constructor(text) {
        this.text = text;
        if (text.charCodeAt(0) === 65279) this.pos = 1;
      }
      text;
      pos = 0;
      tokens = [];
      diagnostics = [];
      allTrivia = [];
      stack = [];
      run() {
        for (; ; ) {
          const leading = this.scanTrivia();
          const start2 = this.pos;
          const { kind, string } = this.scanToken();
          const token = { kind, start: start2, end: this.pos, text: this.text.slice(start2, this.pos), leading };
          if (string) token.string = string;
          this.tokens.push(token);
          if (kind === "EndOfFile") break;
        }
        return { tokens: this.tokens, diagnostics: this.diagnostics, trivia: this.allTrivia };
      }
      code(offset = 0) {
        const i2 = this.pos + offset;
        return i2 < this.text.length ? this.text.charCodeAt(i2) : -1;
      }
      atEnd() {
        return this.pos >= this.text.length;
      }
      error(code, message, start2, end) {
        this.diagnostics.push({ code, message, start: start2, end });
      }
      scanTrivia() {
        const out2 = [];
        const push = (kind, start2) => {
          const t = { kind, start: start2, end: this.pos, text: this.text.slice(start2, this.pos) };
          out2.push(t);
          if (kind !== "Whitespace") this.allTrivia.push(t);
        };
        for (; ; ) {
          const start2 = this.pos;
          const c = this.code();
          if (isBlank(c)) {
            while (isBlank(this.code())) this.pos++;
            push("Whitespace", start2);
          } else if (c === 47 && this.code(1) === 47) {
            while (!this.atEnd() && !isNewLine(this.code())) this.pos++;
            push("SingleLineComment", start2);
          } else if (c === 47 && this.code(1) === 42) {
            this.pos += 2;
            const close = this.text.indexOf("*/", this.pos);
            if (close < 0) {
              this.pos = this.text.length;
              this.error("BCP002", "The multi-line comment at this location is not terminated. Terminate it with the */ character sequence.", start2, this.pos);
            } else this.pos = close + 2;
            push("MultiLineComment", start2);
          } else if (c === 35 && this.atLineStart(start2)) {
            const pragma = PRAGMAS.find(([word]) => this.text.startsWith(word, start2 + 1));
            if (!pragma) break;
            this.pos = start2 + 1 + pragma[0].length;
            const codesStart = this.pos;
            for (let k = this.code(); isIdPart(k) || k === 45 || isBlank(k); k = this.code()) this.pos++;
            if (this.text.slice(codesStart, this.pos).trim() === "") {
              this.error("BCP226", "Expected at least one diagnostic code at this location.", this.pos, this.pos);
            }
            push(pragma[1], start2);
          } else break;
        }
        return out2;
      }
      /** Whether only blanks stand between the start of the line and `offset`. */
      atLineStart(offset) {
        for (let i2 = offset - 1; i2 >= 0; i2--) {
          const c = this.text.charCodeAt(i2);
          if (isNewLine(c)) return true;
          if (!isBlank(c) && !(i2 === 0 && c === 65279)) return false;
        }
        return true;
      }
      scanToken() {
        if (this.atEnd()) return { kind: "EndOfFile" };
        const start2 = this.pos;
        const c = this.code();
        const next = this.code(1);
        if (isNewLine(c)) {
          const top = this.stack.find((f) => f.kind === "quoted");
          if (top) {
            this.stack.length = 0;
            this.error("BCP004", UNTERMINATED_AT_NEWLINE, start2, start2);
            return { kind: "StringRightPiece", string: top };
          }
          while (isNewLine(this.code())) this.pos++;
          return { kind: "NewLine" };
        }
        if (isDigit2(c)) {
          while (isDigit2(this.code())) this.pos++;
          return { kind: "Integer" };
        }
        if (isIdStart(c)) {
          while (isIdPart(this.code())) this.pos++;
          const word = this.text.slice(start2, this.pos);
          if (word === "true") return { kind: "TrueKeyword" };
          if (word === "false") return { kind: "FalseKeyword" };
          if (word === "null") return { kind: "NullKeyword" };
          return { kind: "Identifier" };
        }
        if (c === 39) {
          if (next === 39 && this.code(2) === 39) {
            this.pos += 3;
            const style2 = { kind: "multiline", dollars: 0 };
            return { kind: this.scanMultiline(start2, 0, true), string: style2 };
          }
          this.pos++;
          const style = { kind: "quoted" };
          return { kind: this.scanQuoted(start2, true, style), string: style };
        }
        if (c === 36) {
          let n = 0;
          while (this.code(n) === 36) n++;
          if (this.code(n) === 39 && this.code(n + 1) === 39 && this.code(n + 2) === 39) {
            this.pos += n + 3;
            const style = { kind: "multiline", dollars: n };
            return { kind: this.scanMultiline(start2, n, true, style), string: style };
          }
        }
        this.pos++;
        switch (c) {
          case 123:
            if (this.stack.length > 0) this.stack.push({ kind: "brace" });
            return { kind: "LeftBrace" };
          case 125: {
            const top = this.stack[this.stack.length - 1];
            if (top === void 0) return { kind: "RightBrace" };
            if (top.kind === "brace") return { kind: "RightBrace" };
            const kind = top.kind === "quoted" ? this.scanQuoted(start2, false, top) : this.scanMultiline(start2, top.dollars, false, top);
            return { kind, string: top };
          }
          case 40:
            return { kind: "LeftParen" };
          case 41:
            return { kind: "RightParen" };
          case 91:
            return { kind: "LeftSquare" };
          case 93:
            return { kind: "RightSquare" };
          case 64:
            return { kind: "At" };
          case 44:
            return { kind: "Comma" };
          case 46:
            if (next === 46 && this.code(1) === 46) {
              this.pos += 2;
              return { kind: "Ellipsis" };
            }
            return { kind: "Dot" };
          case 63:
            return this.pair(63, "DoubleQuestion", "Question");
          case 58:
            return this.pair(58, "DoubleColon", "Colon");
          case 59:
            return { kind: "Semicolon" };
          case 43:
            return { kind: "Plus" };
          case 45:
            return { kind: "Minus" };
          case 37:
            return { kind: "Modulo" };
          case 42:
            return { kind: "Asterisk" };
          case 47:
            return { kind: "Slash" };
          case 94:
            return { kind: "Hat" };
          case 33:
            if (next === 61) return this.take("NotEquals");
            if (next === 126) return this.take("NotEqualsInsensitive");
            return { kind: "Exclamation" };
          case 60:
            return this.pair(61, "LessThanOrEqual", "LeftChevron");
          case 62:
            return this.pair(61, "GreaterThanOrEqual", "RightChevron");
          case 61:
            if (next === 61) return this.take("Equals");
            if (next === 126) return this.take("EqualsInsensitive");
            if (next === 62) return this.take("Arrow");
            return { kind: "Assignment" };
          case 38:
            if (next === 38) return this.take("LogicalAnd");
            break;
          case 124:
            return this.pair(124, "LogicalOr", "Pipe");
        }
        const ch = this.text.slice(start2, this.pos);
        if (ch === '"') {
          this.error("BCP103", 'The following token is not recognized: """. Strings are defined using single quotes in bicep.', start2, this.pos);
        } else {
          this.error("BCP001", `The following token is not recognized: "${ch}".`, start2, this.pos);
        }
        return { kind: "Unrecognized" };
      }
      take(kind) {
        this.pos++;
        return { kind };
      }
      pair(second, two, one) {
        return this.code() === second ? this.take(two) : { kind: one };
      }
      /** Scans a `'…'` segment after its opening `'` or `}`; pushes or pops the interpolation frame. */
      scanQuoted(start2, first, style) {
        const done = first ? "StringComplete" : "StringRightPiece";
        const finish = () => {
          if (!first) this.stack.pop();
          return done;
        };
        for (; ; ) {
          if (this.atEnd()) {
            this.error("BCP003", "The string at this location is not terminated. Terminate the string with a single quote character.", start2, this.pos);
            return finish();
          }
          const c = this.code();
          if (isNewLine(c)) {
            this.error("BCP004", UNTERMINATED_AT_NEWLINE, start2, this.pos);
            return finish();
          }
          const escStart = this.pos;
          this.pos++;
          if (c === 39) return finish();
          if (c === 36 && this.code() === 123) {
            this.pos++;
            if (first) {
              this.stack.push(style);
              return "StringLeftPiece";
            }
            return "StringMiddlePiece";
          }
          if (c !== 92) continue;
          if (this.atEnd()) {
            this.error("BCP005", "The string at this location is not terminated. Complete the escape sequence and terminate the string with a single unescaped quote character.", start2, this.pos);
            return finish();
          }
          const e = this.text[this.pos] ?? "";
          if (isNewLine(this.code())) continue;
          this.pos++;
          if (e === "u") this.scanUnicodeEscape(escStart);
          else if (!SIMPLE_ESCAPES.has(e)) {
            this.error("BCP006", `The specified escape sequence is not recognized. Only the following escape sequences are allowed: ${ESCAPE_LIST}.`, escStart, this.pos);
          }
        }
      }
      scanUnicodeEscape(escStart) {
        const bad = () => this.error("BCP133", "The unicode escape sequence is not valid. Valid unicode escape sequences range from \\u{0} to \\u{10FFFF}.", escStart, this.pos);
        if (this.code() !== 123) return bad();
        this.pos++;
        const hexStart = this.pos;
        while (isHex(this.code())) this.pos++;
        const hex = this.text.slice(hexStart, this.pos);
        if (hex === "" || this.code() !== 125) return bad();
        this.pos++;
        if (parseInt(hex, 16) > 1114111 || hex.length > 8) bad();
      }
      /**
       * Scans the body of a multi-line string after `'''` (or a hole's `}`). With `dollars` > 0,
       * a run of at least that many `$` followed by `{` opens a hole.
       */
      scanMultiline(start2, dollars, first, style) {
        for (; ; ) {
          if (this.atEnd()) {
            this.error("BCP140", `The multi-line string at this location is not terminated. Terminate it with "'''".`, start2, this.pos);
            if (!first) this.stack.pop();
            return first ? "StringComplete" : "StringRightPiece";
          }
          const c = this.code();
          if (c === 39) {
            let n = 0;
            while (this.code(n) === 39) n++;
            this.pos += n;
            if (n >= 3) {
              if (!first) this.stack.pop();
              return first ? "StringComplete" : "StringRightPiece";
            }
            continue;
          }
          if (c === 36 && dollars > 0) {
            let n = 0;
            while (this.code(n) === 36) n++;
            this.pos += n;
            if (n >= dollars && this.code() === 123) {
              this.pos++;
              if (first) {
                if (style) this.stack.push(style);
                return "StringLeftPiece";
              }
              return "StringMiddlePiece";
            }
            continue;
          }
          this.pos++;
        }
      }
    };
  }
});

// parsers/bicep/parser.ts
function parseTree3(text, dialect = "bicep") {
  let lexed;
  try {
    lexed = lex(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const eof = { kind: "EndOfFile", start: text.length, end: text.length, text: "", leading: [] };
    lexed = { tokens: [eof], diagnostics: [{ code: "internal", message: `The Bicep lexer failed on this file: ${message}`, start: 0, end: 0 }], trivia: [] };
  }
  const parser4 = new Parser2(lexed.tokens, dialect);
  let program;
  try {
    program = parser4.program();
  } catch (e) {
    program = { kind: "Program", statements: [], start: 0, end: text.length };
    const message = e instanceof Error ? e.message : String(e);
    parser4.diagnostics.push({ code: "internal", message: `The Bicep parser failed on this file: ${message}`, start: 0, end: 0 });
  }
  const diagnostics = [...lexed.diagnostics, ...parser4.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end);
  return { program, tokens: lexed.tokens, diagnostics, trivia: lexed.trivia };
}
var Parser2;
var init_parser3 = __esm({
  "parsers/bicep/parser.ts"() {
    "use strict";
    init_errors();
    init_expression_parser();
    init_lexer2();
    init_parser_base();
    Parser2 = class extends ExpressionParser {
      constructor(tokens, dialect) {
        super(tokens);
        this.dialect = dialect;
      }
      dialect;
      // ------------------------------------------------------------ program
      program() {
        const statements = [];
        let guard = -1;
        while (!this.atEnd()) {
          if (this.pos === guard) this.read();
          guard = this.pos;
          const decl = this.declaration();
          if (decl === void 0) continue;
          statements.push(decl);
          if (decl.kind !== "Skipped" && decl.kind !== "MissingDeclaration") {
            this.recover(() => this.newLineOrEof(), false, ["NewLine"], true);
          }
        }
        return { kind: "Program", statements, start: 0, end: this.peek().end };
      }
      newLineOrEof() {
        if (this.peek().kind === "EndOfFile") return;
        this.expect("NewLine", E.newLine);
      }
      /** One statement, or undefined for a blank line. */
      declaration() {
        return this.recover(
          () => {
            const start2 = this.peek().start;
            const decorators = this.decorators();
            const t = this.peek();
            const d = { decorators, start: start2 };
            if (t.kind === "Identifier") {
              const parsed = this.dialect === "bicep" ? this.bicepStatement(t.text, d) : this.paramsStatement(t.text, d);
              if (parsed) return parsed;
            } else if (t.kind === "NewLine" && decorators.length === 0) {
              this.read();
              return void 0;
            }
            if (decorators.length > 0) return { kind: "MissingDeclaration", decorators, start: start2, end: this.lastEnd };
            this.fail(t, this.dialect === "bicep" ? E.declaration : E.paramsDeclaration);
          },
          false,
          ["NewLine"]
        );
      }
      bicepStatement(word, d) {
        switch (word) {
          case "targetScope":
            return this.targetScope(d);
          case "metadata":
            return this.metadata(d);
          case "type":
            return this.typeDeclaration(d);
          case "param":
            return this.parameter(d);
          case "var":
            return this.variable(d);
          case "func":
            return this.functionDeclaration(d);
          case "resource":
            return this.resource(d);
          case "output":
            return this.output(d);
          case "module":
            return this.module(d);
          case "test":
            return this.test(d);
          case "import":
            return this.importDeclaration(d);
          case "extension":
          case "provider":
            return this.extension(d, word);
          case "assert":
            return this.assert(d);
          default:
            return void 0;
        }
      }
      paramsStatement(word, d) {
        switch (word) {
          case "using":
            return this.using(d);
          case "extends":
            return this.extendsDeclaration(d);
          case "param":
            return this.parameterAssignment(d);
          case "var":
            return this.variable(d);
          case "type":
            return this.typeDeclaration(d);
          case "func":
            return this.functionDeclaration(d);
          case "import":
            return this.importDeclaration(d);
          case "extensionConfig":
            return this.extensionConfig(d);
          default:
            return void 0;
        }
      }
      end(node) {
        node.end = this.lastEnd;
        return node;
      }
      targetScope(d) {
        this.expectKeyword("targetScope");
        const assignment = this.assignmentNode(false, "NewLine");
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "TargetScope", ...d, value, end: this.lastEnd };
      }
      assignment() {
        const t = this.expect("Assignment", expectedChar("="));
        return { start: t.start, end: t.end };
      }
      assignmentNode(suppress2, ...terminators) {
        const r = this.recover(() => this.assignment(), suppress2, terminators);
        return "kind" in r ? r : { kind: "Assignment", ...r };
      }
      metadata(d) {
        this.expectKeyword("metadata");
        const name2 = this.identifierWithRecovery(E.metadataName, false, "Assignment", "NewLine");
        const assignment = this.assignmentNode(this.suppressAfter(name2), "NewLine");
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "Metadata", ...d, name: name2, value, end: this.lastEnd };
      }
      typeDeclaration(d) {
        this.expectKeyword("type");
        const name2 = this.identifierWithRecovery(E.typeName, false, "Assignment", "NewLine");
        const assignment = this.assignmentNode(this.suppressAfter(name2), "NewLine");
        const value = this.recover(() => this.type(false), this.suppressAfter(assignment), ["Assignment", "LeftBrace", "NewLine"]);
        return { kind: "Type", ...d, name: name2, value, end: this.lastEnd };
      }
      parameter(d) {
        this.expectKeyword("param");
        const name2 = this.identifierWithRecovery(E.paramName, false, "Identifier", "NewLine");
        const type = this.recover(() => this.type(false), this.suppressAfter(name2), ["Assignment", "LeftBrace", "NewLine"]);
        const modifier = this.recover(
          () => {
            const t = this.peek();
            if (t.kind === "NewLine" || t.kind === "EndOfFile") return void 0;
            if (t.kind !== "Assignment") this.fail(t, E.paramContinuation);
            this.read();
            return this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine"]);
          },
          this.suppressAfter(type),
          ["NewLine"]
        );
        const node = { kind: "Parameter", ...d, name: name2, type, end: this.lastEnd };
        if (modifier) node.defaultValue = modifier;
        return node;
      }
      parameterAssignment(d) {
        this.expectKeyword("param");
        const name2 = this.identifierWithRecovery(E.paramName, false, "Assignment", "NewLine");
        const assignment = this.assignmentNode(this.suppressAfter(name2), "NewLine");
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "ParameterAssignment", ...d, name: name2, value, end: this.lastEnd };
      }
      variable(d) {
        this.expectKeyword("var");
        const name2 = this.identifierWithRecovery(E.varName, false, "Identifier", "NewLine");
        const type = this.recover(
          () => {
            const k = this.peek().kind;
            return k === "EndOfFile" || k === "NewLine" || k === "Assignment" ? void 0 : this.type(false);
          },
          this.suppressAfter(name2),
          ["Assignment", "NewLine"]
        );
        const assignment = this.assignmentNode(this.suppressAfter(type ?? name2), "NewLine");
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
        const node = { kind: "Variable", ...d, name: name2, value, end: this.lastEnd };
        if (type) node.type = type;
        return node;
      }
      functionDeclaration(d) {
        this.expectKeyword("func");
        const name2 = this.identifierWithRecovery(E.varName, false, "Assignment", "NewLine");
        const lambda = this.recover(() => this.typedLambda(), this.suppressAfter(name2), ["NewLine"]);
        if ("kind" in lambda) {
          const skippedType = { kind: "Skipped", start: lambda.start, end: lambda.start };
          return { kind: "Function", ...d, name: name2, parameters: [], returnType: skippedType, body: lambda, end: this.lastEnd };
        }
        return { kind: "Function", ...d, name: name2, ...lambda, end: this.lastEnd };
      }
      typedLambda() {
        const { items } = this.parenthesizedList(() => this.typedLocalVariable(), true);
        const returnType = this.recover(() => this.type(false), false, ["NewLine", "RightParen"]);
        const arrow = this.recover(() => this.expect("Arrow", expectedChar("=>")), false, ["NewLine", "RightParen"]);
        if (arrow.kind !== "Skipped" && !DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
        const body2 = this.recover(() => this.expression(ALLOW_COMPLEX), false, ["NewLine", "RightParen"]);
        const parameters = items.filter((i2) => i2.kind === "FunctionParameter" || i2.kind === "Skipped");
        return { parameters, returnType, body: body2 };
      }
      typedLocalVariable() {
        const start2 = this.peek().start;
        const name2 = this.identifierOrSkip(E.varName);
        const type = this.recover(() => this.type(false), false, ["NewLine", "Comma", "RightParen"]);
        return { kind: "FunctionParameter", name: name2, type, start: start2, end: this.lastEnd };
      }
      output(d) {
        this.expectKeyword("output");
        const name2 = this.identifierWithRecovery(E.outputName, false, "Identifier", "NewLine");
        const type = this.recover(() => this.type(true), this.suppressAfter(name2), ["Assignment", "NewLine"]);
        const assignment = this.assignmentNode(this.suppressAfter(type), "NewLine");
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "Output", ...d, name: name2, type, value, end: this.lastEnd };
      }
      resource(d) {
        this.expectKeyword("resource");
        const name2 = this.identifierWithRecovery(E.resourceName, false, "StringComplete", "StringLeftPiece", "NewLine");
        const type = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.resourceType), this.suppressAfter(name2), ["Assignment", "NewLine"]);
        const existing = this.checkKeyword("existing");
        if (existing) this.read();
        const assignment = this.assignmentNode(this.suppressAfter(type), "LeftBrace", "NewLine");
        if (assignment.kind !== "Skipped" && this.isKeyword(this.peekSkipNewLines(), "if")) this.newLines();
        const flags2 = ALLOW_COMPLEX | ALLOW_RESOURCES;
        const value = this.recover(() => this.declarationBody(flags2, E.bodyStart, true), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "Resource", ...d, name: name2, type, existing, value, end: this.lastEnd };
      }
      /** `{…}`, `if (…) {…}` or `[for …]` after `resource x '…' =` or `module x '…' =`. */
      declarationBody(flags2, err2, allowLoop) {
        const t = this.peek();
        if (this.isKeyword(t, "if")) return this.ifCondition(flags2, false);
        if (t.kind === "LeftBrace") return this.object(flags2);
        if (t.kind === "LeftSquare" && allowLoop) return this.forExpression(flags2, true);
        this.fail(t, err2);
      }
      module(d) {
        this.expectKeyword("module");
        const name2 = this.identifierWithRecovery(E.moduleName, false, "StringComplete", "StringLeftPiece", "NewLine");
        const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.modulePath), this.suppressAfter(name2), ["Assignment", "NewLine"]);
        const assignment = this.assignmentNode(this.suppressAfter(path), "LeftBrace", "NewLine");
        if (this.isKeyword(this.peekSkipNewLines(), "if")) this.newLines();
        const value = this.recover(() => this.declarationBody(ALLOW_COMPLEX, E.bodyStart, true), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "Module", ...d, name: name2, path, value, end: this.lastEnd };
      }
      test(d) {
        this.expectKeyword("test");
        const name2 = this.identifierWithRecovery(E.testName, false, "StringComplete", "StringLeftPiece", "NewLine");
        const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.testPath), this.suppressAfter(name2), ["Assignment", "NewLine"]);
        const assignment = this.assignmentNode(this.suppressAfter(path), "LeftBrace", "NewLine");
        const value = this.recover(
          () => {
            if (!this.check("LeftBrace")) this.fail(this.peek(), expectedChar("{"));
            return this.object(ALLOW_COMPLEX);
          },
          this.suppressAfter(assignment),
          ["NewLine"]
        );
        return { kind: "Test", ...d, name: name2, path, value, end: this.lastEnd };
      }
      assert(d) {
        this.expectKeyword("assert");
        const name2 = this.identifierWithRecovery(E.assertName, false, "Assignment", "NewLine");
        const assignment = this.assignmentNode(this.suppressAfter(name2), "NewLine");
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ["NewLine"]);
        return { kind: "Assert", ...d, name: name2, value, end: this.lastEnd };
      }
      importDeclaration(d) {
        const keyword = this.expectKeyword("import");
        const next = this.peek();
        if (next.kind === "StringComplete" || next.kind === "StringLeftPiece") return this.extensionRest(d, "import");
        const node = { kind: "Import", ...d, from: this.skipPlaceholder(), end: 0 };
        if (next.kind === "LeftBrace") node.symbols = this.importedSymbols();
        else if (next.kind === "Asterisk") {
          const alias = this.recover(
            () => {
              this.read();
              this.expectKeyword("as");
              return this.identifier(E.namespaceName);
            },
            false,
            ["NewLine"]
          );
          node.wildcardAlias = alias;
        } else if (next.kind === "EndOfFile" || next.kind === "NewLine" || next.kind === "Identifier") this.skipEmpty(E.importList);
        else {
          this.read();
          this.reportAt(next, E.importList[0], E.importList[1]);
        }
        node.from = this.recover(
          () => {
            this.expectKeyword("from");
            return this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.importPath), false, ["NewLine"]);
          },
          keyword.start === keyword.end,
          ["NewLine"]
        );
        return this.end(node);
      }
      skipPlaceholder() {
        const at = this.peek().start;
        return { kind: "Skipped", start: at, end: at };
      }
      importedSymbols() {
        this.expect("LeftBrace", expectedChar("{"));
        const items = this.elements("RightBrace", () => this.importedSymbol());
        this.expect("RightBrace", expectedChar("}"));
        return items;
      }
      importedSymbol() {
        const start2 = this.peek().start;
        const t = this.peek();
        let name2;
        if (t.kind === "Identifier") name2 = this.identifier(E.importedName);
        else if (t.kind === "StringComplete" || t.kind === "StringLeftPiece") name2 = this.interpolableString();
        else {
          this.read();
          this.reportAt(t, E.importedName[0], E.importedName[1]);
          name2 = { kind: "Skipped", start: t.start, end: t.end };
        }
        const node = { kind: "ImportedSymbol", name: name2, start: start2, end: 0 };
        if (this.checkKeyword("as")) {
          this.read();
          node.alias = this.identifierWithRecovery(E.typeName, false, "Comma", "NewLine");
        }
        return this.end(node);
      }
      extension(d, keyword) {
        this.expectKeyword(keyword);
        return this.extensionRest(d, keyword);
      }
      /** The part after `extension`: specification, optional `with {…}`, optional `as alias`. */
      extensionRest(d, keyword) {
        const specification = this.recover(
          () => {
            const t2 = this.peek();
            if (t2.kind === "Identifier") return this.identifier(E.extensionSpec);
            return this.throwIfSkipped(() => this.interpolableString(), E.extensionSpec);
          },
          false,
          ["Assignment", "NewLine"]
        );
        const node = { kind: "Extension", ...d, keyword, specification, end: 0 };
        const t = this.peek();
        if (!(t.kind === "EndOfFile" || t.kind === "NewLine" || this.isKeyword(t, "as"))) {
          node.config = this.recover(
            () => {
              this.expectKeyword("with");
              return this.object(ALLOW_COMPLEX);
            },
            this.suppressAfter(specification),
            ["NewLine"]
          );
        }
        const u = this.peek();
        if (!(u.kind === "EndOfFile" || u.kind === "NewLine")) {
          node.alias = this.recover(
            () => {
              this.expectKeyword("as");
              return this.identifier(E.extensionAlias);
            },
            this.suppressAfter(node.config),
            ["NewLine"]
          );
        }
        return this.end(node);
      }
      extensionConfig(d) {
        this.expectKeyword("extensionConfig");
        const name2 = this.identifierWithRecovery(E.extensionAlias, false, "Identifier", "NewLine");
        const config = this.recover(
          () => {
            this.expectKeyword("with");
            if (!this.check("LeftBrace")) this.fail(this.peek(), expectedChar("{"));
            return this.object(ALLOW_COMPLEX);
          },
          this.suppressAfter(name2),
          ["NewLine"]
        );
        return { kind: "ExtensionConfig", ...d, name: name2, config, end: this.lastEnd };
      }
      using(d) {
        this.expectKeyword("using");
        const node = { kind: "Using", ...d, end: 0 };
        if (this.checkKeyword("none")) this.read();
        else node.path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.usingPath), false, ["Identifier", "NewLine"]);
        if (this.checkKeyword("with")) {
          this.read();
          node.config = this.recover(() => this.object(ALLOW_COMPLEX), false, ["NewLine"]);
        }
        return this.end(node);
      }
      extendsDeclaration(d) {
        this.expectKeyword("extends");
        const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.extendsPath), false, ["NewLine"]);
        return { kind: "Extends", ...d, path, end: this.lastEnd };
      }
      /** A child resource declared inside its parent's body. */
      nestedResource() {
        const start2 = this.peek().start;
        const decorators = this.decorators();
        if (this.checkKeyword("resource")) return this.resource({ decorators, start: start2 });
        if (decorators.length > 0) return { kind: "MissingDeclaration", decorators, start: start2, end: this.lastEnd };
        this.fail(this.peek(), E.declaration);
      }
    };
  }
});

// parsers/bicep/syntax.ts
function dialectOf(file) {
  return file.toLowerCase().endsWith(".bicepparam") ? "bicepparam" : "bicep";
}
function parseBicep(text, file, dialect = dialectOf(file)) {
  const lineMap = new LineMap(text);
  const { program, diagnostics, trivia } = parseTree3(text, dialect);
  const comments = [];
  const pragmas = [];
  for (const t of trivia) {
    if (t.kind === "SingleLineComment") comments.push({ kind: "line", body: t.text.slice(2), range: lineMap.range(file, t.start, t.end) });
    else if (t.kind === "MultiLineComment") {
      const body2 = t.text.endsWith("*/") && t.text.length >= 4 ? t.text.slice(2, -2) : t.text.slice(2);
      comments.push({ kind: "block", body: body2, range: lineMap.range(file, t.start, t.end) });
    } else pragmas.push(t);
  }
  return {
    tree: program,
    diagnostics: diagnostics.map((d) => ({ code: d.code, message: d.message, range: lineMap.range(file, d.start, d.end) })),
    lineMap,
    comments,
    pragmas
  };
}
function toParseDiagnostics(result) {
  return result.diagnostics.map((d) => ({ ruleId: "parse-error", message: `${d.message} (${d.code})`, range: d.range }));
}
function readBicepDirectives(result) {
  const text = result.lineMap.text;
  const lines = text.split(/\r\n|\n|\r/);
  const isCommentOnly = (line) => {
    const t = line.trim();
    return t.startsWith("//") || t.startsWith("/*") && t.endsWith("*/");
  };
  const out2 = [];
  for (const c of result.comments) {
    const read = readDirectiveComment(c.body);
    if (!read) continue;
    const directive = {
      file: c.range.file,
      range: c.range,
      rules: read.rules,
      targetLine: nextCodeLine(lines, c.range.end.line, isCommentOnly)
    };
    if (read.reason !== void 0) directive.reason = read.reason;
    out2.push(directive);
  }
  return out2;
}
var init_syntax = __esm({
  "parsers/bicep/syntax.ts"() {
    "use strict";
    init_source();
    init_directives();
    init_parser3();
  }
});

// parsers/bicep/index.ts
var bicep_exports = {};
__export(bicep_exports, {
  parseBicepRun: () => parseBicepRun,
  parser: () => parser2
});
function parseBicepRun(input) {
  const out2 = emptyParseOutput();
  const textOf2 = (r) => out2.texts.get(r.file)?.slice(r.startOffset, r.endOffset);
  const diagnostic = (message, range) => out2.diagnostics.push({ ruleId: "parse-error", message, range });
  const fileStart = (path) => new LineMap("").range(path, 0, 0);
  const files = /* @__PURE__ */ new Map();
  const load = (path) => {
    if (files.has(path)) return files.get(path);
    const read = input.readFile(path);
    let file;
    if (read.ok) {
      file = { path, text: read.text, parsed: parseBicep(read.text, path) };
      out2.texts.set(path, read.text);
      out2.diagnostics.push(...toParseDiagnostics(file.parsed));
      out2.directives.push(...readBicepDirectives(file.parsed));
    }
    files.set(path, file);
    return file;
  };
  const importScopes = /* @__PURE__ */ new Map();
  const host = {
    load,
    readText: (path) => {
      const r = input.readFile(path);
      return r.ok ? r.text : void 0;
    },
    importScope: (path) => {
      if (!importScopes.has(path)) {
        const file = load(path);
        importScopes.set(path, file ? BicepScope.create(file, () => void 0, host) : void 0);
      }
      return importScopes.get(path);
    }
  };
  const explicit = [];
  const paramPaths = [];
  for (const path of input.parameterFiles) {
    if (isBicepParam(path)) {
      paramPaths.push(path);
      continue;
    }
    const read = input.readFile(path);
    if (!read.ok) {
      diagnostic(`cannot read parameter file: ${read.message}`, fileStart(path));
      continue;
    }
    out2.texts.set(path, read.text);
    const json2 = readJsonParameters(path, read.text);
    for (const e of json2.errors) diagnostic(`parameter file: ${e}`, fileStart(path));
    explicit.push(json2.values);
  }
  for (const f of input.files) if (f.kind === "bicepparam" && !paramPaths.includes(f.path)) paramPaths.push(f.path);
  const templates = input.files.filter((f) => f.kind === "bicep").map((f) => f.path);
  const calls = /* @__PURE__ */ new Map();
  for (const t of templates) {
    const file = load(t);
    if (file) calls.set(t.toLowerCase(), localModuleTargets(file).map((p) => p.toLowerCase()));
    else {
      const read = input.readFile(t);
      diagnostic(`cannot read file: ${read.ok ? "unknown error" : read.message}`, fileStart(t));
    }
  }
  const roots = rootTemplates(templates.map((t) => t.toLowerCase()), calls);
  const seen = /* @__PURE__ */ new Set();
  const lint = (templatePath, layers) => {
    const file = load(templatePath);
    if (!file) return;
    try {
      const scope = BicepScope.create(file, supplyFrom(layers), host);
      const resources = collectFile(file, scope, host, { via: [], instance: "" }, []);
      const entities = [
        ...mapSites2(resources, textOf2),
        ...resources.filter((r) => r.typeKey === CERTIFICATE2 && !r.existing).map((r) => mapCertificate2(r, textOf2))
      ];
      for (const e of entities) {
        const key = JSON.stringify(e);
        if (seen.has(key)) continue;
        seen.add(key);
        out2.entities.push(e);
      }
    } catch (e) {
      const why = e instanceof RangeError ? "the template is nested too deeply" : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      diagnostic(`could not evaluate the template: ${why}`, file.parsed.lineMap.range(file.path, 0, Math.min(1, file.text.length)));
    }
  };
  const withParamFile = /* @__PURE__ */ new Set();
  for (const path of paramPaths) {
    const file = load(path);
    if (!file) {
      const read = input.readFile(path);
      diagnostic(`cannot read parameter file: ${read.ok ? "unknown error" : read.message}`, fileStart(path));
      continue;
    }
    const params = readBicepParam(file, load, host);
    if (!params.template) continue;
    if (!load(params.template)) {
      diagnostic(`the template of this parameter file cannot be read: ${params.template}`, file.parsed.lineMap.range(path, 0, Math.min(1, file.text.length)));
      continue;
    }
    withParamFile.add(params.template.toLowerCase());
    lint(params.template, [params.values, ...explicit]);
  }
  for (const t of templates) {
    const key = t.toLowerCase();
    if (withParamFile.has(key) || !roots.has(key)) continue;
    lint(t, explicit);
  }
  return out2;
}
var parser2, isBicepParam;
var init_bicep = __esm({
  "parsers/bicep/index.ts"() {
    "use strict";
    init_model();
    init_resources2();
    init_parameter_files2();
    init_scope2();
    init_entities2();
    init_run_plan();
    init_syntax();
    parser2 = {
      kinds: ["bicep", "bicepparam"],
      // async so that even an unexpected failure reaches the engine as a rejected promise
      parse: async (input) => parseBicepRun(input)
    };
    isBicepParam = (path) => path.toLowerCase().endsWith(".bicepparam");
  }
});

// parsers/terraform/hcl/convert.ts
function convertTree(root, commentNodes, text, base = 0) {
  const c = new Converter(text, base);
  const bodyNode = root.namedChildren.find((n) => n.type === "body");
  const body2 = bodyNode ? c.body(bodyNode) : { attributes: [], blocks: [] };
  for (const n of root.namedChildren) if (n.type === "ERROR") c.salvage(n, body2);
  const comments = commentNodes.map((n) => ({ text: n.text, span: c.span(n) }));
  const errors = root.hasError ? c.errors(root) : [];
  return { body: body2, comments, errors };
}
function decodeQuoted(raw) {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/gs, (m, esc) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    if (esc === void 0) return m;
    switch (esc[0]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U":
        if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
        return m;
      default:
        return m;
    }
  });
}
function heredocIndent(content) {
  let min = Infinity;
  for (const line of content.split("\n")) {
    if (line.trim() === "") continue;
    const m = /^[ \t]*/.exec(line);
    min = Math.min(min, m ? m[0].length : 0);
  }
  return Number.isFinite(min) ? min : 0;
}
function dedent(s, n, atLineStart) {
  const lines = s.split("\n");
  return lines.map((l, i2) => i2 === 0 && !atLineStart ? l : l.replace(new RegExp(`^[ \\t]{0,${n}}`), "")).join("\n");
}
var BINARY_OPS, MAX_ERRORS2, Converter;
var init_convert = __esm({
  "parsers/terraform/hcl/convert.ts"() {
    "use strict";
    BINARY_OPS = /* @__PURE__ */ new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);
    MAX_ERRORS2 = 20;
    Converter = class {
      constructor(text, base) {
        this.text = text;
        this.base = base;
      }
      text;
      base;
      span(n) {
        return { start: n.startIndex + this.base, end: n.endIndex + this.base };
      }
      spanOf(from, to) {
        return { start: from.startIndex + this.base, end: to.endIndex + this.base };
      }
      body(n) {
        const body2 = { attributes: [], blocks: [] };
        for (const child of n.namedChildren) {
          if (child.type === "attribute") {
            const a = this.attribute(child);
            if (a) body2.attributes.push(a);
          } else if (child.type === "block") {
            const b = this.block(child);
            if (b) body2.blocks.push(b);
          } else if (child.type === "ERROR") this.salvage(child, body2);
        }
        return body2;
      }
      /** Attributes and blocks that error recovery left inside an ERROR node. */
      salvage(n, into) {
        for (const child of n.namedChildren) {
          if (child.type === "attribute") {
            const a = this.attribute(child);
            if (a) into.attributes.push(a);
          } else if (child.type === "block") {
            const b = this.block(child);
            if (b) into.blocks.push(b);
          } else if (child.type === "body" || child.type === "ERROR") this.salvage(child, into);
        }
      }
      attribute(n) {
        const name2 = n.children[0];
        const exprNode = n.namedChildren.find((c) => c.type === "expression");
        if (!name2 || name2.type !== "identifier" || !exprNode) return void 0;
        return { name: name2.text, nameSpan: this.span(name2), expr: this.expression(exprNode), span: this.span(n) };
      }
      block(n) {
        const kids = n.children;
        const type = kids[0];
        if (!type || type.type !== "identifier") return void 0;
        const labels = [];
        let header;
        let body2 = { attributes: [], blocks: [] };
        for (const k of kids.slice(1)) {
          if (k.type === "string_lit") labels.push({ value: this.stringContent(k), span: this.span(k) });
          else if (k.type === "identifier") labels.push({ value: k.text, span: this.span(k) });
          else if (k.type === "block_start") header = this.spanOf(n, k);
          else if (k.type === "body") body2 = this.body(k);
          else if (k.type === "ERROR") this.salvage(k, body2);
        }
        if (!header) return void 0;
        return { type: type.text, typeSpan: this.span(type), labels, body: body2, span: this.span(n), header };
      }
      /** Any expression-like node. */
      expression(n) {
        switch (n.type) {
          case "expression":
            return this.sequence(this.significant(n.children), n);
          case "literal_value":
            return this.literal(n);
          case "template_expr": {
            const inner = n.namedChildren[0];
            return inner ? this.expression(inner) : this.unsupported(n, "template");
          }
          case "quoted_template":
            return this.quotedTemplate(n);
          case "heredoc_template":
            return this.heredoc(n);
          case "collection_value": {
            const inner = n.namedChildren[0];
            return inner ? this.expression(inner) : this.unsupported(n, "collection");
          }
          case "tuple":
            return { type: "tuple", items: n.namedChildren.filter((c) => c.type === "expression").map((c) => this.expression(c)), span: this.span(n) };
          case "object":
            return { type: "object", items: n.namedChildren.filter((c) => c.type === "object_elem").map((c) => this.objectItem(c)), span: this.span(n) };
          case "variable_expr": {
            const id = n.namedChildren[0];
            return { type: "variable", name: id ? id.text : n.text, span: this.span(n) };
          }
          case "function_call":
            return this.call(n);
          case "conditional":
            return this.conditional(n);
          case "operation": {
            const inner = n.namedChildren[0];
            return inner ? this.expression(inner) : this.unsupported(n, "operation");
          }
          case "unary_operation": {
            const kids = this.significant(n.children);
            const op = kids[0];
            if (!op) return this.unsupported(n, "operation");
            return { type: "unary", op: op.type, operand: this.sequence(kids.slice(1), n), span: this.span(n) };
          }
          case "binary_operation":
            return this.binary(n);
          case "for_expr":
            return this.unsupported(n, "for expression");
          default:
            return this.unsupported(n, n.type);
        }
      }
      /** Children without comments. */
      significant(kids) {
        return kids.filter((k) => k.type !== "comment");
      }
      /** A term followed by attribute access, indexes and splats; or `( expr )` followed by the same. */
      sequence(kids, whole) {
        const first = kids[0];
        if (!first) return this.unsupported(whole, "empty expression");
        let i2 = 1;
        let expr;
        if (first.type === "(") {
          const inner = kids[1];
          expr = inner ? this.expression(inner) : this.unsupported(whole, "parenthesis");
          i2 = 3;
        } else expr = this.expression(first);
        const start2 = first.startIndex + this.base;
        for (; i2 < kids.length; i2++) {
          const k = kids[i2];
          const span2 = { start: start2, end: k.endIndex + this.base };
          if (k.type === "get_attr") {
            const id = k.namedChildren.find((c) => c.type === "identifier");
            expr = id ? { type: "getattr", target: expr, name: id.text, span: span2 } : { type: "unsupported", what: "attribute access", span: span2 };
          } else if (k.type === "index") {
            const idx = k.namedChildren[0];
            if (idx?.type === "new_index") {
              const keyNode = idx.namedChildren.find((c) => c.type === "expression");
              expr = keyNode ? { type: "index", target: expr, key: this.expression(keyNode), span: span2 } : { type: "unsupported", what: "index", span: span2 };
            } else if (idx?.type === "legacy_index") {
              const digits = this.text.slice(idx.startIndex + 1, idx.endIndex);
              const keySpan = { start: idx.startIndex + this.base + 1, end: idx.endIndex + this.base };
              expr = /^\d+$/.test(digits) ? { type: "index", target: expr, key: { type: "literal", value: Number(digits), span: keySpan }, span: span2 } : { type: "unsupported", what: "index", span: span2 };
            } else expr = { type: "unsupported", what: "index", span: span2 };
          } else if (k.type === "splat") {
            expr = { type: "unsupported", what: "splat", span: span2 };
          } else {
            expr = { type: "unsupported", what: k.type, span: { start: start2, end: whole.endIndex + this.base } };
            break;
          }
        }
        return expr;
      }
      literal(n) {
        const inner = n.namedChildren[0];
        const span2 = this.span(n);
        if (!inner) return this.unsupported(n, "literal");
        switch (inner.type) {
          case "numeric_lit":
            return { type: "literal", value: Number(inner.text), span: span2 };
          case "bool_lit":
            return { type: "literal", value: inner.text === "true", span: span2 };
          case "null_lit":
            return { type: "literal", value: null, span: span2 };
          case "string_lit":
            return { type: "literal", value: this.stringContent(inner), span: span2 };
          default:
            return this.unsupported(n, inner.type);
        }
      }
      /** The decoded content of a `string_lit` (quotes removed, escapes applied). */
      stringContent(n) {
        const kids = n.children;
        const open = kids[0];
        const close = kids[kids.length - 1];
        if (!open || !close || close === open) return "";
        const end = close.type === "quoted_template_end" ? close.startIndex : close.endIndex;
        return decodeQuoted(this.text.slice(open.endIndex, end));
      }
      quotedTemplate(n) {
        const kids = n.children;
        const open = kids[0];
        const close = kids[kids.length - 1];
        if (!open || !close) return this.unsupported(n, "template");
        const contentEnd = close.type === "quoted_template_end" ? close.startIndex : close.endIndex;
        const parts2 = this.templateParts(kids, open.endIndex, contentEnd, decodeQuoted);
        return { type: "template", parts: parts2, span: this.span(n) };
      }
      heredoc(n) {
        const kids = n.children;
        const ids = kids.filter((k) => k.type === "heredoc_identifier");
        const startMarker = kids.find((k) => k.type === "heredoc_start");
        const open = ids[0];
        const close = ids.length > 1 ? ids[ids.length - 1] : void 0;
        if (!open || !close || !startMarker) return this.unsupported(n, "heredoc");
        const nl = this.text.indexOf("\n", open.endIndex);
        const contentStart = nl < 0 ? open.endIndex : nl + 1;
        let contentEnd = close.startIndex;
        while (contentEnd > contentStart && this.text[contentEnd - 1] !== "\n") contentEnd--;
        const strip = startMarker.text === "<<-" ? heredocIndent(this.text.slice(contentStart, contentEnd)) : 0;
        const decode = (raw, atLineStart) => {
          let s = raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
          if (strip > 0) s = dedent(s, strip, atLineStart);
          return s;
        };
        const parts2 = this.templateParts(kids, contentStart, contentEnd, decode);
        return { type: "template", parts: parts2, span: this.span(n) };
      }
      /** Text parts are cut from the source between interpolations, so nothing the grammar drops is lost. */
      templateParts(kids, from, to, decode) {
        const parts2 = [];
        let pos = from;
        const text = (end) => {
          if (end > pos) {
            const atLineStart = pos === from || this.text[pos - 1] === "\n";
            parts2.push({ type: "text", value: decode(this.text.slice(pos, end), atLineStart), span: { start: pos + this.base, end: end + this.base } });
          }
        };
        for (const k of kids) {
          if (k.startIndex < from || k.endIndex > to) continue;
          if (k.type === "template_interpolation") {
            text(k.startIndex);
            const e = k.namedChildren.find((c) => c.type === "expression");
            parts2.push(e ? { type: "interpolation", expr: this.expression(e), span: this.span(k) } : { type: "directive", span: this.span(k) });
            pos = k.endIndex;
          } else if (k.type === "template_directive" || k.type === "ERROR") {
            text(k.startIndex);
            parts2.push({ type: "directive", span: this.span(k) });
            pos = k.endIndex;
          }
        }
        text(to);
        return parts2;
      }
      objectItem(n) {
        const exprs = n.namedChildren.filter((c) => c.type === "expression");
        const key = exprs[0] ? this.expression(exprs[0]) : this.unsupported(n, "object key");
        const value = exprs[1] ? this.expression(exprs[1]) : this.unsupported(n, "object value");
        return { key, value, span: this.span(n) };
      }
      call(n) {
        const id = n.namedChildren.find((c) => c.type === "identifier");
        const argsNode = n.namedChildren.find((c) => c.type === "function_arguments");
        const args2 = argsNode ? argsNode.namedChildren.filter((c) => c.type === "expression").map((c) => this.expression(c)) : [];
        const expand = argsNode ? argsNode.children.some((c) => c.type === "ellipsis") : false;
        return { type: "call", name: id ? id.text : "", args: args2, expand, span: this.span(n) };
      }
      split(kids, separators) {
        const out2 = [[]];
        let sep2 = 0;
        for (const k of kids) {
          if (sep2 < separators.length && !k.isNamed && k.type === separators[sep2]) {
            out2.push([]);
            sep2++;
          } else out2[out2.length - 1]?.push(k);
        }
        return out2;
      }
      conditional(n) {
        const [c, t, e] = this.split(this.significant(n.children), ["?", ":"]);
        if (!c || !t || !e) return this.unsupported(n, "conditional");
        return { type: "conditional", condition: this.sequence(c, n), then: this.sequence(t, n), else: this.sequence(e, n), span: this.span(n) };
      }
      binary(n) {
        const kids = this.significant(n.children);
        const at = kids.findIndex((k) => !k.isNamed && BINARY_OPS.has(k.type));
        const op = kids[at];
        if (at <= 0 || !op) return this.unsupported(n, "operation");
        return { type: "binary", op: op.type, left: this.sequence(kids.slice(0, at), n), right: this.sequence(kids.slice(at + 1), n), span: this.span(n) };
      }
      unsupported(n, what) {
        return { type: "unsupported", what, span: this.span(n) };
      }
      /** ERROR and MISSING nodes, outermost only, at most MAX_ERRORS. */
      errors(root) {
        const out2 = [];
        const visit3 = (n) => {
          if (out2.length >= MAX_ERRORS2) return;
          if (n.isMissing) {
            out2.push({ message: `Syntax error: missing ${JSON.stringify(n.type)}`, span: this.span(n) });
            return;
          }
          if (n.isError) {
            const snippet = n.text.trim().split(/\r?\n/)[0]?.slice(0, 30) ?? "";
            out2.push({ message: snippet ? `Syntax error: unexpected ${JSON.stringify(snippet)}` : "Syntax error", span: this.span(n) });
            return;
          }
          for (const k of n.children) if (k.hasError || k.isMissing) visit3(k);
        };
        visit3(root);
        return out2;
      }
    };
  }
});

// parsers/terraform/hcl/syntax-node.ts
function copyTree(cursor, source, types, mayHaveErrors) {
  const comments = [];
  const make = () => {
    const id = cursor.nodeTypeId;
    const type = types.names[id] ?? "ERROR";
    const n = new PlainNode(source, type, types.named[id] ?? true, mayHaveErrors && cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex);
    if (type === "comment") comments.push(n);
    return n;
  };
  const root = make();
  const stack = [root];
  for (; ; ) {
    if (cursor.gotoFirstChild()) {
      const n = make();
      stack[stack.length - 1]?.children.push(n);
      stack.push(n);
      continue;
    }
    for (; ; ) {
      const done = stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return { root, comments };
      if (done.hasError) parent.hasError = true;
      if (cursor.gotoNextSibling()) {
        const n = make();
        parent.children.push(n);
        stack.push(n);
        break;
      }
      cursor.gotoParent();
    }
  }
}
var PlainNode;
var init_syntax_node = __esm({
  "parsers/terraform/hcl/syntax-node.ts"() {
    "use strict";
    PlainNode = class {
      constructor(source, type, isNamed, isMissing, startIndex, endIndex) {
        this.source = source;
        this.type = type;
        this.isNamed = isNamed;
        this.isMissing = isMissing;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.hasError = type === "ERROR" || isMissing;
      }
      source;
      type;
      isNamed;
      isMissing;
      startIndex;
      endIndex;
      children = [];
      hasError;
      named;
      get isError() {
        return this.type === "ERROR";
      }
      get namedChildren() {
        this.named ??= this.children.filter((c) => c.isNamed);
        return this.named;
      }
      get text() {
        return this.source.slice(this.startIndex, this.endIndex);
      }
    };
  }
});

// node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter_exports = {};
__export(web_tree_sitter_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  Edit: () => Edit,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser3,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
function setModule(module2) {
  C = module2;
}
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary22 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary22 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve5, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve5(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary22 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary22, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary22, binaryFile, imports) {
    if (!binary22 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve5, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve5(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str4 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str4 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str4 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str4 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str4 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str4;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary22) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary22[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary22[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary22, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary22 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary22, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary22 = new Uint8Array(dylinkSection[0]);
      end = binary22.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary22.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary22[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str4) => {
    var len = 0;
    for (var i2 = 0; i2 < str4.length; ++i2) {
      var c = str4.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str4, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str4.length; ++i2) {
      var u = str4.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str4, outPtr, maxBytesToWrite) => stringToUTF8Array(str4, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str4) => {
    var size = lengthBytesUTF8(str4) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str4, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str4 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str4;
      str4 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str4, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str4.length * 2 ? maxBytesToWrite / 2 : str4.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str4.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strlen, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve5, reject) => {
      readyPromiseResolve = resolve5;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
function checkModule() {
  return !!Module3;
}
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare2 = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
var __defProp2, __name, Edit, SIZE_OF_SHORT, SIZE_OF_INT, SIZE_OF_CURSOR, SIZE_OF_NODE, SIZE_OF_POINT, SIZE_OF_RANGE, ZERO_POINT, INTERNAL, C, finalizer, LookaheadIterator, finalizer2, Tree, finalizer3, TreeCursor, Node, LANGUAGE_FUNCTION_REGEX, Language, web_tree_sitter_default, Module3, TRANSFER_BUFFER, LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION, finalizer4, Parser3, PREDICATE_STEP_TYPE_CAPTURE, PREDICATE_STEP_TYPE_STRING, QUERY_WORD_REGEX, CaptureQuantifier, isCaptureStep, isStringStep, QueryErrorKind, QueryError, finalizer5, Query;
var init_web_tree_sitter = __esm({
  "node_modules/web-tree-sitter/web-tree-sitter.js"() {
    __defProp2 = Object.defineProperty;
    __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
    Edit = class {
      static {
        __name(this, "Edit");
      }
      /** The start position of the change. */
      startPosition;
      /** The end position of the change before the edit. */
      oldEndPosition;
      /** The end position of the change after the edit. */
      newEndPosition;
      /** The start index of the change. */
      startIndex;
      /** The end index of the change before the edit. */
      oldEndIndex;
      /** The end index of the change after the edit. */
      newEndIndex;
      constructor({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition,
        oldEndPosition,
        newEndPosition
      }) {
        this.startIndex = startIndex >>> 0;
        this.oldEndIndex = oldEndIndex >>> 0;
        this.newEndIndex = newEndIndex >>> 0;
        this.startPosition = startPosition;
        this.oldEndPosition = oldEndPosition;
        this.newEndPosition = newEndPosition;
      }
      /**
       * Edit a point and index to keep it in-sync with source code that has been edited.
       *
       * This function updates a single point's byte offset and row/column position
       * based on an edit operation. This is useful for editing points without
       * requiring a tree or node instance.
       */
      editPoint(point, index) {
        let newIndex = index;
        const newPoint = { ...point };
        if (index >= this.oldEndIndex) {
          newIndex = this.newEndIndex + (index - this.oldEndIndex);
          const originalRow = point.row;
          newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
          newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
        } else if (index > this.startIndex) {
          newIndex = this.newEndIndex;
          newPoint.row = this.newEndPosition.row;
          newPoint.column = this.newEndPosition.column;
        }
        return { point: newPoint, index: newIndex };
      }
      /**
       * Edit a range to keep it in-sync with source code that has been edited.
       *
       * This function updates a range's start and end positions based on an edit
       * operation. This is useful for editing ranges without requiring a tree
       * or node instance.
       */
      editRange(range) {
        const newRange = {
          startIndex: range.startIndex,
          startPosition: { ...range.startPosition },
          endIndex: range.endIndex,
          endPosition: { ...range.endPosition }
        };
        if (range.endIndex >= this.oldEndIndex) {
          if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
            newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
            newRange.endPosition = {
              row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
              column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
            };
            if (newRange.endIndex < this.newEndIndex) {
              newRange.endIndex = Number.MAX_SAFE_INTEGER;
              newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
            }
          }
        } else if (range.endIndex > this.startIndex) {
          newRange.endIndex = this.startIndex;
          newRange.endPosition = { ...this.startPosition };
        }
        if (range.startIndex >= this.oldEndIndex) {
          newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
          newRange.startPosition = {
            row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
            column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
          };
          if (newRange.startIndex < this.newEndIndex) {
            newRange.startIndex = Number.MAX_SAFE_INTEGER;
            newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
          }
        } else if (range.startIndex > this.startIndex) {
          newRange.startIndex = this.startIndex;
          newRange.startPosition = { ...this.startPosition };
        }
        return newRange;
      }
    };
    SIZE_OF_SHORT = 2;
    SIZE_OF_INT = 4;
    SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    SIZE_OF_NODE = 5 * SIZE_OF_INT;
    SIZE_OF_POINT = 2 * SIZE_OF_INT;
    SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    ZERO_POINT = { row: 0, column: 0 };
    INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    __name(assertInternal, "assertInternal");
    __name(isPoint, "isPoint");
    __name(setModule, "setModule");
    __name(newFinalizer, "newFinalizer");
    finalizer = newFinalizer((address) => {
      C._ts_lookahead_iterator_delete(address);
    });
    LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      language;
      /** @internal */
      positioned = false;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        finalizer?.register(this, address, this);
      }
      /**
       * Get the current symbol of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol:
       *
       * - Before the first iteration step
       * - After the iterator is exhausted
       * - After a {@link reset} or {@link resetState} call
       */
      get currentTypeId() {
        return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
      }
      /**
       * Get the current symbol name of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol.
       */
      get currentType() {
        const id = this.currentTypeId;
        if (id === null) return null;
        return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        finalizer?.unregister(this);
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          this.positioned = false;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
        this.positioned = false;
        return true;
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
            const value = this.currentType;
            return value === null ? { done: true, value: "" } : { done: false, value };
          }, "next")
        };
      }
    };
    __name(getText, "getText");
    finalizer2 = newFinalizer((address) => {
      C._ts_tree_delete(address);
    });
    Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
        finalizer2?.register(this, address, this);
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        finalizer2?.unregister(this);
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, offsetBytes, "i32");
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    finalizer3 = newFinalizer((address) => {
      C._ts_tree_cursor_delete_wasm(address);
    });
    TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [2] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [3] = 0;
      // Internal handle for Wasm
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
        finalizer3?.register(this, this.tree[0], this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        const copy = new _TreeCursor(INTERNAL, this.tree);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        unmarshalTreeCursor(copy);
        return copy;
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        finalizer3?.unregister(this);
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this[0] = this[1] = this[2] = 0;
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns the index of the child node if one was found, and returns
       * `null` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
      }
    };
    Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (const node_type of types) {
          if (node_type == "ERROR") {
            symbols.push(65535);
          }
        }
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        if (this.startIndex >= edit.oldEndIndex) {
          this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
          let subbedPointRow;
          let subbedPointColumn;
          if (this.startPosition.row > edit.oldEndPosition.row) {
            subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
            subbedPointColumn = this.startPosition.column;
          } else {
            subbedPointRow = 0;
            subbedPointColumn = this.startPosition.column;
            if (this.startPosition.column >= edit.oldEndPosition.column) {
              subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
            }
          }
          if (subbedPointRow > 0) {
            this.startPosition.row += subbedPointRow;
            this.startPosition.column = subbedPointColumn;
          } else {
            this.startPosition.column += subbedPointColumn;
          }
        } else if (this.startIndex > edit.startIndex) {
          this.startIndex = edit.newEndIndex;
          this.startPosition.row = edit.newEndPosition.row;
          this.startPosition.column = edit.newEndPosition.column;
        }
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    __name(unmarshalCaptures, "unmarshalCaptures");
    __name(marshalNode, "marshalNode");
    __name(unmarshalNode, "unmarshalNode");
    __name(marshalTreeCursor, "marshalTreeCursor");
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    __name(marshalPoint, "marshalPoint");
    __name(unmarshalPoint, "unmarshalPoint");
    __name(marshalRange, "marshalRange");
    __name(unmarshalRange, "unmarshalRange");
    __name(marshalEdit, "marshalEdit");
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata_wasm(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. A newly created iterator is not positioned on a symbol, so
       * {@link LookaheadIterator#currentType} returns `null` until the first
       * iteration step.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file, a `URL` to a file, or as a
       * buffer.
       */
      static async load(input) {
        let binary22;
        if (input instanceof Uint8Array) {
          binary22 = input;
        } else if (globalThis.process?.versions.node) {
          const fs2 = await import("fs/promises");
          binary22 = await fs2.readFile(input);
        } else {
          const response = await fetch(input);
          if (!response.ok) {
            const body2 = await response.text();
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
          const retryResp = response.clone();
          try {
            binary22 = await WebAssembly.compileStreaming(response);
          } catch (reason) {
            console.error("wasm streaming compile failed:", reason);
            console.error("falling back to ArrayBuffer instantiation");
            binary22 = new Uint8Array(await retryResp.arrayBuffer());
          }
        }
        const mod = await C.loadWebAssemblyModule(binary22, { loadAsync: true });
        return _Language.loadFromWasmExports(mod, { sync: false });
      }
      static loadFromWasmExports(mod, { sync }) {
        const symbolNames = Object.keys(mod);
        const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName) {
          console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
        }
        const languageAddress = mod[functionName]();
        return new _Language(INTERNAL, languageAddress);
      }
      /**
       * Load a language synchronously from a pre-compiled WebAssembly module.
       * Use this when the host environment provides a `WebAssembly.Module` directly.
       */
      static loadSync(wasmModule) {
        const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
        return _Language.loadFromWasmExports(mod, { sync: true });
      }
    };
    __name(Module2, "Module");
    web_tree_sitter_default = Module2;
    Module3 = null;
    __name(initializeBinding, "initializeBinding");
    __name(checkModule, "checkModule");
    finalizer4 = newFinalizer((addresses) => {
      C._ts_parser_delete(addresses[0]);
      C._free(addresses[1]);
    });
    Parser3 = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the Wasm module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
        finalizer4?.register(this, [this[0], this[1]], this);
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        finalizer4?.unregister(this);
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_abi_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options?.progressCallback) {
          C.currentProgressCallback = options.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options?.includedRanges) {
          rangeCount = options.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a callback, 
       * then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    PREDICATE_STEP_TYPE_CAPTURE = 1;
    PREDICATE_STEP_TYPE_STRING = 2;
    QUERY_WORD_REGEX = /[\w-]+/g;
    CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    isCaptureStep = /* @__PURE__ */ __name((step2) => step2.type === "capture", "isCaptureStep");
    isStringStep = /* @__PURE__ */ __name((step2) => step2.type === "string", "isStringStep");
    QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    QueryError = class _QueryError extends Error {
      constructor(kind, info2, index, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index;
        this.length = length;
        this.name = "QueryError";
      }
      kind;
      info;
      index;
      length;
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    __name(parseAnyPredicate, "parseAnyPredicate");
    __name(parseMatchPredicate, "parseMatchPredicate");
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    __name(parseIsPredicate, "parseIsPredicate");
    __name(parseSetDirective, "parseSetDirective");
    __name(parsePattern, "parsePattern");
    finalizer5 = newFinalizer((address) => {
      C._ts_query_delete(address);
    });
    Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
        finalizer5?.register(this, address, this);
      }
      /** Delete the query, freeing its resources. */
      delete() {
        finalizer5?.unregister(this);
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the byte offset where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the byte offset where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if a given step in a query is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(byteIndex) {
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
      }
    };
  }
});

// parsers/terraform/hcl/tree-sitter.ts
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function loadHclReader() {
  loading ??= createReader();
  return loading;
}
function grammarPath(require2) {
  try {
    return require2.resolve(`@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR}`);
  } catch {
    return fileURLToPath(new URL(GRAMMAR, import.meta.url));
  }
}
async function createReader() {
  const require2 = createRequire(import.meta.url);
  const { Parser: Parser4, Language: Language2 } = await Promise.resolve().then(() => (init_web_tree_sitter(), web_tree_sitter_exports));
  await Parser4.init();
  const language = await Language2.load(grammarPath(require2));
  const parser4 = new Parser4();
  parser4.setLanguage(language);
  const names = [];
  const named = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    names.push(language.nodeTypeForId(id) ?? "ERROR");
    named.push(language.nodeTypeIsNamed(id));
  }
  const types = { names, named };
  return {
    parse: (text) => parseDocument(parser4, types, text),
    parseExpression: (source, base) => parseExpression2(parser4, types, source, base)
  };
}
function parseFragment(parser4, types, text, base) {
  const tree = parser4.parse(text);
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: "Syntax error: the file could not be parsed", span: { start: base, end: base + text.length } }] };
  try {
    const cursor = tree.walk();
    try {
      const { root, comments } = copyTree(cursor, text, types, tree.rootNode.hasError);
      return convertTree(root, comments, text, base);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: "The file is nested too deeply to be read", span: { start: base, end: base + 1 } }] };
    } finally {
      cursor.delete();
    }
  } finally {
    tree.delete();
  }
}
function parseDocument(parser4, types, text) {
  const whole = parseFragment(parser4, types, text, 0);
  if (whole.errors.length === 0) return whole;
  const cuts = [];
  for (const m of text.matchAll(TOP_LEVEL)) cuts.push(m.index ?? 0);
  if (cuts[0] !== 0) cuts.unshift(0);
  if (cuts.length < 2) return whole;
  const out2 = { body: { attributes: [], blocks: [] }, comments: [], errors: [] };
  cuts.forEach((start2, i2) => {
    const end = cuts[i2 + 1] ?? text.length;
    const piece = parseFragment(parser4, types, text.slice(start2, end), start2);
    out2.body.attributes.push(...piece.body.attributes);
    out2.body.blocks.push(...piece.body.blocks);
    out2.comments.push(...piece.comments);
    out2.errors.push(...piece.errors);
  });
  return out2;
}
function parseExpression2(parser4, types, source, base) {
  const doc = parseFragment(parser4, types, `x=${source}`, base - 2);
  if (doc.errors.length > 0) return void 0;
  const body2 = doc.body;
  return body2.attributes.length === 1 && body2.blocks.length === 0 ? body2.attributes[0]?.expr : void 0;
}
var loading, GRAMMAR, TOP_LEVEL;
var init_tree_sitter = __esm({
  "parsers/terraform/hcl/tree-sitter.ts"() {
    "use strict";
    init_convert();
    init_syntax_node();
    GRAMMAR = "tree-sitter-terraform.wasm";
    TOP_LEVEL = /^(?:resource|data|module|variable|locals|output|provider|terraform|moved|import|check|removed)\b/gm;
  }
});

// parsers/terraform/hcl/ast.ts
function findAttribute(body2, name2) {
  return body2.attributes.find((a) => a.name === name2);
}
var init_ast2 = __esm({
  "parsers/terraform/hcl/ast.ts"() {
    "use strict";
  }
});

// parsers/terraform/hcl/json-syntax.ts
function readJsonSyntax(text, parseExpression3) {
  const errors = [];
  const root = parseTree2(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.slice(0, 20).map((e) => ({ message: `Syntax error: ${printParseErrorCode(e.error)}`, span: { start: e.offset, end: e.offset + Math.max(1, e.length) } }));
  const comments = [];
  visit2(text, { onComment: (offset, length) => comments.push({ text: text.slice(offset, offset + length), span: { start: offset, end: offset + length } }) });
  const reader3 = new JsonReader(text, parseExpression3);
  const body2 = { attributes: [], blocks: [], fromJson: true };
  if (root?.type === "object") reader3.topLevel(root, body2);
  return { body: body2, comments, errors: problems };
}
function objects(n) {
  if (!n) return [];
  if (n.type === "object") return [n];
  if (n.type === "array") return (n.children ?? []).filter((c) => c.type === "object");
  return [];
}
function props(obj) {
  const out2 = [];
  for (const p of obj.children ?? []) {
    const [key, value] = p.children ?? [];
    if (key && value && typeof key.value === "string") out2.push({ key, value, name: key.value });
  }
  return out2;
}
function objectAsBody(expr) {
  if (expr.type !== "object") return void 0;
  const attributes = [];
  for (const item of expr.items) {
    if (item.key.type !== "literal" || typeof item.key.value !== "string") continue;
    attributes.push({ name: item.key.value, nameSpan: item.key.span, expr: item.value, span: item.span });
  }
  return { attributes, blocks: [], fromJson: true };
}
var span, JsonReader;
var init_json_syntax = __esm({
  "parsers/terraform/hcl/json-syntax.ts"() {
    "use strict";
    init_main();
    span = (n) => ({ start: n.offset, end: n.offset + n.length });
    JsonReader = class {
      constructor(text, parseExpression3) {
        this.text = text;
        this.parseExpression = parseExpression3;
      }
      text;
      parseExpression;
      topLevel(root, body2) {
        for (const { name: name2, value, key } of props(root)) {
          switch (name2) {
            case "resource":
            case "data":
              for (const byType of objects(value))
                for (const t of props(byType))
                  for (const byName of objects(t.value)) for (const n of props(byName)) for (const b of objects(n.value)) body2.blocks.push(this.block(name2, [t.key, n.key], b, n.key, true));
              break;
            case "variable":
            case "module":
            case "output":
            case "provider":
              for (const byName of objects(value)) for (const n of props(byName)) for (const b of objects(n.value)) body2.blocks.push(this.block(name2, [n.key], b, n.key, name2 !== "variable"));
              break;
            case "locals":
            case "terraform":
              for (const b of objects(value)) body2.blocks.push(this.block(name2, [], b, key, true));
              break;
            default:
              break;
          }
        }
      }
      block(type, labelNodes, obj, headerFrom, templates) {
        const labels = labelNodes.map((l) => ({ value: String(l.value), span: span(l) }));
        return {
          type,
          typeSpan: span(headerFrom),
          labels,
          body: this.body(obj, templates),
          span: { start: headerFrom.offset, end: obj.offset + obj.length },
          header: { start: headerFrom.offset, end: obj.offset + 1 }
        };
      }
      body(obj, templates) {
        const attributes = [];
        for (const { key, value, name: name2 } of props(obj)) {
          if (name2 === "//") continue;
          attributes.push({ name: name2, nameSpan: span(key), expr: this.expr(value, templates), span: { start: key.offset, end: value.offset + value.length } });
        }
        return { attributes, blocks: [], fromJson: true };
      }
      expr(n, templates) {
        const s = span(n);
        switch (n.type) {
          case "object":
            return {
              type: "object",
              items: props(n).filter((p) => p.name !== "//").map((p) => ({ key: { type: "literal", value: p.name, span: span(p.key) }, value: this.expr(p.value, templates), span: { start: p.key.offset, end: p.value.offset + p.value.length } })),
              span: s
            };
          case "array":
            return { type: "tuple", items: (n.children ?? []).map((c) => this.expr(c, templates)), span: s };
          case "string": {
            const value = String(n.value);
            if (templates && (value.includes("${") || value.includes("%{"))) {
              const parsed = this.parseExpression(this.text.slice(n.offset, n.offset + n.length), n.offset);
              if (parsed) return parsed;
              return { type: "unsupported", what: "template", span: s };
            }
            return { type: "literal", value, span: s };
          }
          case "number":
            return { type: "literal", value: Number(n.value), span: s };
          case "boolean":
            return { type: "literal", value: Boolean(n.value), span: s };
          case "null":
            return { type: "literal", value: null, span: s };
          default:
            return { type: "unsupported", what: "json", span: s };
        }
      }
    };
  }
});

// parsers/terraform/values.ts
function unknownVal(expression, range, reason, hops = []) {
  return { t: "unknown", expression, reason, range, hops };
}
function withHops(val, hops) {
  return hops.length === 0 ? val : { ...val, hops: [...hops, ...val.hops] };
}
function member2(obj, key, caseInsensitive = false) {
  if (obj.t !== "object") return void 0;
  const k = caseInsensitive ? key.toLowerCase() : key;
  let found;
  for (const e of obj.entries) if ((caseInsensitive ? e.key.toLowerCase() : e.key) === k) found = e;
  return found ? withHops(found.value, obj.hops) : void 0;
}
function element(list, index) {
  if (list.t !== "list") return void 0;
  const item = list.items[index];
  return item ? withHops(item, list.hops) : void 0;
}
function toPlain(val) {
  switch (val.t) {
    case "string":
    case "number":
    case "bool":
      return val.v;
    case "null":
      return null;
    case "list": {
      const out2 = [];
      for (const i2 of val.items) {
        const p = toPlain(i2);
        if (p === void 0) return void 0;
        out2.push(p);
      }
      return out2;
    }
    case "object": {
      const out2 = {};
      for (const e of val.entries) {
        const p = toPlain(e.value);
        if (p === void 0) return void 0;
        out2[e.key] = p;
      }
      return out2;
    }
    case "unknown":
      return void 0;
  }
}
function firstUnknown2(val) {
  if (val.t === "unknown") return val;
  if (val.t === "list") for (const i2 of val.items) {
    const u = firstUnknown2(i2);
    if (u) return withHops(u, val.hops);
  }
  if (val.t === "object") for (const e of val.entries) {
    const u = firstUnknown2(e.value);
    if (u) return withHops(u, val.hops);
  }
  return void 0;
}
function asString2(val) {
  switch (val.t) {
    case "string":
      return val.v;
    case "number":
      return val.text !== void 0 && /^-?\d/.test(val.text) ? val.text : String(val.v);
    case "bool":
      return val.v ? "true" : "false";
    default:
      return void 0;
  }
}
function asBool2(val) {
  if (val.t === "bool") return val.v;
  if (val.t === "string" && (val.v === "true" || val.v === "false")) return val.v === "true";
  return void 0;
}
function settingFrom(val, exprRange, convert, typeName) {
  const trail = [{ kind: "property", range: exprRange }, ...val.hops];
  if (val.t === "null") return void 0;
  if (val.t === "unknown") return unresolved(val.expression, val.range, trail, val.reason);
  const v = convert(val);
  if (v === void 0) return unresolved(val.text ?? describe2(val), val.range, trail, `not a ${typeName}`);
  return setValue2(v, val.range, trail, val.text);
}
function describe2(val) {
  const p = toPlain(val);
  return p === void 0 ? val.t : JSON.stringify(p);
}
var init_values = __esm({
  "parsers/terraform/values.ts"() {
    "use strict";
    init_model();
  }
});

// parsers/terraform/functions.ts
function unknownArg(args2) {
  for (const a of args2) {
    const u = firstUnknown2(a);
    if (u) return u;
  }
  return void 0;
}
var derived, stringCase, functions;
var init_functions3 = __esm({
  "parsers/terraform/functions.ts"() {
    "use strict";
    init_values();
    derived = (from, v) => ({ range: from.range, hops: from.hops, ...v });
    stringCase = (f) => (args2, call) => {
      const a = args2[0];
      if (!a) return unknownVal(call.text, call.range, "missing argument");
      if (a.t === "unknown") return a;
      const s = asString2(a);
      return s === void 0 ? unknownVal(call.text, call.range, "not a string") : derived(a, { t: "string", v: f(s) });
    };
    functions = {
      lower: stringCase((s) => s.toLowerCase()),
      upper: stringCase((s) => s.toUpperCase()),
      trimspace: stringCase((s) => s.trim()),
      tostring: (args2, call) => {
        const a = args2[0];
        if (!a) return unknownVal(call.text, call.range, "missing argument");
        if (a.t === "unknown" || a.t === "null" || a.t === "string") return a;
        const s = asString2(a);
        return s === void 0 ? unknownVal(call.text, call.range, "not convertible to string") : derived(a, { t: "string", v: s });
      },
      tobool: (args2, call) => {
        const a = args2[0];
        if (!a) return unknownVal(call.text, call.range, "missing argument");
        if (a.t === "unknown" || a.t === "null" || a.t === "bool") return a;
        const b = asBool2(a);
        return b === void 0 ? unknownVal(call.text, call.range, "not convertible to bool") : derived(a, { t: "bool", v: b });
      },
      tonumber: (args2, call) => {
        const a = args2[0];
        if (!a) return unknownVal(call.text, call.range, "missing argument");
        if (a.t === "unknown" || a.t === "null" || a.t === "number") return a;
        const n = a.t === "string" && a.v.trim() !== "" ? Number(a.v) : NaN;
        return Number.isNaN(n) ? unknownVal(call.text, call.range, "not convertible to number") : derived(a, { t: "number", v: n });
      },
      coalesce: (args2, call) => {
        for (const a of args2) {
          if (a.t === "unknown") return a;
          if (a.t === "null" || a.t === "string" && a.v === "") continue;
          return a;
        }
        return unknownVal(call.text, call.range, "coalesce: no non-empty argument");
      },
      tolist: (args2, call) => args2[0] ?? unknownVal(call.text, call.range, "missing argument"),
      tomap: (args2, call) => args2[0] ?? unknownVal(call.text, call.range, "missing argument"),
      toset: (args2, call) => {
        const a = args2[0];
        if (!a) return unknownVal(call.text, call.range, "missing argument");
        if (a.t !== "list") return a;
        const seen = /* @__PURE__ */ new Set();
        const items = [];
        for (const i2 of a.items) {
          const key = JSON.stringify(toPlain(i2) ?? null);
          if (i2.t !== "unknown" && seen.has(key)) continue;
          seen.add(key);
          items.push(i2);
        }
        return { ...a, items };
      },
      lookup: (args2, call) => {
        const [m, k, d] = args2;
        if (!m || !k) return unknownVal(call.text, call.range, "missing argument");
        if (m.t === "unknown") return m;
        if (k.t === "unknown") return k;
        const key = asString2(k);
        if (m.t !== "object" || key === void 0) return unknownVal(call.text, call.range, "lookup on a non-map");
        const found = [...m.entries].reverse().find((e) => e.key === key);
        if (found) return { ...found.value, hops: [...m.hops, ...found.value.hops] };
        return d ?? unknownVal(call.text, call.range, `no key ${JSON.stringify(key)}`);
      },
      merge: (args2, call) => {
        const u = args2.find((a) => a.t === "unknown");
        if (u) return u;
        const entries = args2.flatMap((a) => a.t === "object" ? a.entries.map((e) => ({ ...e, value: { ...e.value, hops: [...a.hops, ...e.value.hops] } })) : []);
        const byKey = new Map(entries.map((e) => [e.key, e]));
        return { t: "object", entries: [...byKey.values()], range: call.range, hops: [] };
      },
      concat: (args2, call) => {
        const u = args2.find((a) => a.t === "unknown");
        if (u) return u;
        return { t: "list", items: args2.flatMap((a) => a.t === "list" ? a.items : []), range: call.range, hops: [] };
      },
      length: (args2, call) => {
        const a = args2[0];
        if (!a) return unknownVal(call.text, call.range, "missing argument");
        if (a.t === "unknown") return a;
        const n = a.t === "list" ? a.items.length : a.t === "object" ? a.entries.length : a.t === "string" ? [...a.v].length : void 0;
        return n === void 0 ? unknownVal(call.text, call.range, "length of a primitive") : { t: "number", v: n, range: call.range, hops: [] };
      },
      contains: (args2, call) => {
        const [l, v] = args2;
        if (!l || !v) return unknownVal(call.text, call.range, "missing argument");
        const u = unknownArg(args2);
        if (u) return u;
        if (l.t !== "list") return unknownVal(call.text, call.range, "contains on a non-list");
        const want = JSON.stringify(toPlain(v));
        return { t: "bool", v: l.items.some((i2) => JSON.stringify(toPlain(i2)) === want), range: call.range, hops: [] };
      },
      join: (args2, call) => {
        const [sep2, l] = args2;
        if (!sep2 || !l) return unknownVal(call.text, call.range, "missing argument");
        const u = unknownArg(args2);
        if (u) return u;
        const s = asString2(sep2);
        const parts2 = l.t === "list" ? l.items.map(asString2) : [];
        if (s === void 0 || l.t !== "list" || parts2.some((p) => p === void 0)) return unknownVal(call.text, call.range, "join needs strings");
        return { t: "string", v: parts2.join(s), range: call.range, hops: [] };
      },
      jsonencode: (args2, call) => {
        const a = args2[0];
        if (!a) return unknownVal(call.text, call.range, "missing argument");
        const u = firstUnknown2(a);
        if (u) return { ...unknownVal(call.text, call.range, u.reason), json: a };
        return { t: "string", v: JSON.stringify(toPlain(a)), json: a, range: call.range, hops: [] };
      }
    };
  }
});

// parsers/terraform/evaluate.ts
import { isAbsolute, join } from "node:path";
function evaluate2(expr, file, scope) {
  return new Evaluation(file, scope).eval(expr);
}
function objectKeyName(key, file, scope) {
  if (key.type === "variable") return key.name;
  const v = evaluate2(key, file, scope);
  return asString2(v);
}
var Evaluation;
var init_evaluate = __esm({
  "parsers/terraform/evaluate.ts"() {
    "use strict";
    init_functions3();
    init_values();
    Evaluation = class {
      constructor(file, scope) {
        this.file = file;
        this.scope = scope;
      }
      file;
      scope;
      eval(expr) {
        const range = this.file.range(expr.span);
        switch (expr.type) {
          case "literal": {
            const text = this.file.slice(expr.span);
            const v = expr.value;
            if (v === null) return { t: "null", range, hops: [], text };
            if (typeof v === "string") return { t: "string", v, range, hops: [], text };
            if (typeof v === "number") return { t: "number", v, range, hops: [], text };
            return { t: "bool", v, range, hops: [], text };
          }
          case "template":
            return this.template(expr, range);
          case "tuple":
            return { t: "list", items: expr.items.map((i2) => this.eval(i2)), range, hops: [], text: this.file.slice(expr.span) };
          case "object": {
            const entries = [];
            for (const item of expr.items) {
              const key = objectKeyName(item.key, this.file, this.scope);
              if (key === void 0) return this.unknown(expr, "object key not known");
              entries.push({ key, keyRange: this.file.range(item.key.span), value: this.eval(item.value) });
            }
            return { t: "object", entries, range, hops: [], text: this.file.slice(expr.span) };
          }
          case "variable":
          case "getattr":
          case "index":
            return this.traversal(expr, range);
          case "call":
            return this.call(expr, range);
          case "conditional": {
            const c = this.eval(expr.condition);
            if (c.t === "unknown") return unknownVal(this.file.slice(expr.span), range, c.reason);
            const b = asBool2(c);
            if (b === void 0) return this.unknown(expr, "condition is not a bool");
            return this.eval(b ? expr.then : expr.else);
          }
          case "unary": {
            const v = this.eval(expr.operand);
            if (v.t === "unknown") return v;
            if (expr.op === "!" && asBool2(v) !== void 0) return { t: "bool", v: !asBool2(v), range, hops: [] };
            if (expr.op === "-" && v.t === "number") return { t: "number", v: -v.v, range, hops: [], text: this.file.slice(expr.span) };
            return this.unknown(expr, `cannot apply ${expr.op}`);
          }
          case "binary":
            return this.binary(expr, range);
          case "unsupported":
            return this.unknown(expr, `${expr.what} is not evaluated`);
        }
      }
      unknown(expr, reason) {
        return unknownVal(this.file.slice(expr.span), this.file.range(expr.span), reason);
      }
      template(expr, range) {
        const only = expr.parts.length === 1 ? expr.parts[0] : void 0;
        if (only?.type === "interpolation") return this.eval(only.expr);
        let out2 = "";
        for (const p of expr.parts) {
          if (p.type === "text") out2 += p.value;
          else if (p.type === "directive") return this.unknown(expr, "template directives are not evaluated");
          else {
            const v = this.eval(p.expr);
            if (v.t === "unknown") return unknownVal(this.file.slice(expr.span), range, v.reason);
            const s = asString2(v);
            if (s === void 0) return this.unknown(expr, "interpolation is not a string");
            out2 += s;
          }
        }
        return { t: "string", v: out2, range, hops: [], text: this.file.slice(expr.span) };
      }
      traversal(expr, range) {
        const steps = [];
        let root = expr;
        while (root.type === "getattr" || root.type === "index") {
          steps.unshift(root);
          root = root.target;
        }
        if (root.type !== "variable") {
          let v = this.eval(root);
          for (const s of steps) v = this.step(v, s);
          return v;
        }
        const first = steps[0];
        const firstName = first?.type === "getattr" ? first.name : void 0;
        let val;
        let rest = steps.slice(1);
        const at = first ? this.file.range({ start: root.span.start, end: first.span.end }) : range;
        switch (root.name) {
          case "var":
            if (firstName !== void 0) val = this.scope.variable(firstName, at);
            break;
          case "local":
            if (firstName !== void 0) val = this.scope.local(firstName, at);
            break;
          case "each":
            if (this.scope.each && (firstName === "key" || firstName === "value")) val = this.scope.each[firstName];
            break;
          case "count":
            if (this.scope.countIndex && firstName === "index") val = this.scope.countIndex;
            break;
          case "path":
            if (firstName === "module" || firstName === "root") val = { t: "string", v: this.scope.moduleDir, range: at, hops: [] };
            break;
          default: {
            const it = this.scope.iterators?.get(root.name);
            if (it) {
              val = it;
              rest = steps;
            }
          }
        }
        if (!val) {
          return unknownVal(this.file.slice(expr.span), range, `${this.file.slice(expr.span)} is known only at deploy time`);
        }
        for (const s of rest) val = this.step(val, s);
        return val;
      }
      step(v, s) {
        const range = this.file.range(s.span);
        if (v.t === "unknown") return v;
        if (s.type === "getattr") {
          return member2(v, s.name) ?? unknownVal(this.file.slice(s.span), range, `no attribute ${JSON.stringify(s.name)}`);
        }
        if (s.type === "index") {
          const k = this.eval(s.key);
          if (k.t === "unknown") return unknownVal(this.file.slice(s.span), range, k.reason);
          if (v.t === "list" && k.t === "number") return element(v, k.v) ?? unknownVal(this.file.slice(s.span), range, "index out of range");
          const key = asString2(k);
          if (v.t === "object" && key !== void 0) return member2(v, key) ?? unknownVal(this.file.slice(s.span), range, `no key ${JSON.stringify(key)}`);
          return unknownVal(this.file.slice(s.span), range, "cannot index this value");
        }
        return unknownVal(this.file.slice(s.span), range, "not evaluated");
      }
      call(expr, range) {
        const text = this.file.slice(expr.span);
        if (expr.name === "filebase64" && expr.args.length === 1 && expr.args[0]) return this.fileBase64(expr.args[0], range, text);
        const f = functions[expr.name];
        if (!f || expr.expand) return unknownVal(text, range, `function ${expr.name}() is not evaluated`);
        return f(expr.args.map((a) => this.eval(a)), { range, text });
      }
      /**
       * `filebase64(path)` of a file that exists: a known value that names the file
       * (its bytes are not read); certificate rules treat it as material in source.
       */
      fileBase64(arg, range, text) {
        const p = this.eval(arg);
        if (p.t === "unknown") return unknownVal(text, range, p.reason);
        const rel = asString2(p);
        if (rel === void 0) return unknownVal(text, range, "path is not a string");
        const abs = isAbsolute(rel) ? rel : join(this.scope.moduleDir, rel);
        if (!this.scope.fileExists?.(abs)) return unknownVal(text, range, `${rel} is not in the repository`);
        return { t: "string", v: text, range, hops: [], text };
      }
      binary(expr, range) {
        const l = this.eval(expr.left);
        const r = this.eval(expr.right);
        const text = this.file.slice(expr.span);
        if (expr.op === "&&" || expr.op === "||") {
          const lb = l.t === "unknown" ? void 0 : asBool2(l);
          const rb = r.t === "unknown" ? void 0 : asBool2(r);
          const short = expr.op === "&&" ? false : true;
          if (lb === short || rb === short) return { t: "bool", v: short, range, hops: [] };
          if (lb !== void 0 && rb !== void 0) return { t: "bool", v: expr.op === "&&" ? lb && rb : lb || rb, range, hops: [] };
          const u2 = firstUnknown2(l) ?? firstUnknown2(r);
          return unknownVal(text, range, u2 ? u2.reason : "operands are not bools");
        }
        const u = firstUnknown2(l) ?? firstUnknown2(r);
        if (u) return unknownVal(text, range, u.reason);
        if (expr.op === "==" || expr.op === "!=") {
          const eq = JSON.stringify(toPlain(l)) === JSON.stringify(toPlain(r));
          return { t: "bool", v: expr.op === "==" ? eq : !eq, range, hops: [] };
        }
        const a = l.t === "number" ? l.v : l.t === "string" ? Number(l.v) : NaN;
        const b = r.t === "number" ? r.v : r.t === "string" ? Number(r.v) : NaN;
        if (Number.isNaN(a) || Number.isNaN(b)) return unknownVal(text, range, `operands of ${expr.op} are not numbers`);
        const num = (v) => ({ t: "number", v, range, hops: [] });
        const bool2 = (v) => ({ t: "bool", v, range, hops: [] });
        switch (expr.op) {
          case "+":
            return num(a + b);
          case "-":
            return num(a - b);
          case "*":
            return num(a * b);
          case "/":
            return num(a / b);
          case "%":
            return num(a % b);
          case "<":
            return bool2(a < b);
          case "<=":
            return bool2(a <= b);
          case ">":
            return bool2(a > b);
          case ">=":
            return bool2(a >= b);
          default:
            return unknownVal(text, range, `operator ${expr.op} is not evaluated`);
        }
      }
    };
  }
});

// parsers/terraform/config-view.ts
function iterate(coll) {
  if (coll.t === "list") {
    return coll.items.map((item, i2) => {
      const value = element(coll, i2) ?? item;
      return { key: { t: "number", v: i2, range: item.range, hops: [] }, value };
    });
  }
  if (coll.t === "object") {
    return coll.entries.map((e) => ({ key: { t: "string", v: e.key, range: e.keyRange, hops: [] }, value: member2(coll, e.key) ?? e.value }));
  }
  return void 0;
}
function referencedResource(expr) {
  let e = expr;
  if (e.type === "template" && e.parts.length === 1 && e.parts[0]?.type === "interpolation") e = e.parts[0].expr;
  const chain = [];
  while (e.type === "getattr" || e.type === "index") {
    chain.unshift(e);
    e = e.target;
  }
  const first = chain[0];
  if (e.type !== "variable" || NOT_RESOURCES.has(e.name) || first?.type !== "getattr") return void 0;
  return `${e.name}.${first.name}`;
}
var BodyView, NOT_RESOURCES, ValView;
var init_config_view = __esm({
  "parsers/terraform/config-view.ts"() {
    "use strict";
    init_ast2();
    init_json_syntax();
    init_evaluate();
    init_values();
    BodyView = class _BodyView {
      constructor(file, body2, scope, range, taint) {
        this.file = file;
        this.body = body2;
        this.scope = scope;
        this.range = range;
        this.taint = taint;
      }
      file;
      body;
      scope;
      range;
      taint;
      attr(name2) {
        const a = findAttribute(this.body, name2);
        if (!a) return void 0;
        const exprRange = this.file.range(a.expr.span);
        if (this.taint) return { val: unknownVal(this.taint.expression, this.taint.range, this.taint.reason), exprRange };
        return { val: evaluate2(a.expr, this.file, this.scope), exprRange };
      }
      blocks(name2) {
        const out2 = [];
        for (const b of this.body.blocks) {
          if (b.type === name2) out2.push(new _BodyView(this.file, b.body, this.scope, this.file.range(b.header), this.taint));
          else if (b.type === "dynamic" && b.labels[0]?.value === name2) out2.push(...this.dynamic(b, name2));
        }
        if (this.body.fromJson) {
          const a = findAttribute(this.body, name2);
          const items = a ? a.expr.type === "tuple" ? a.expr.items : [a.expr] : [];
          for (const item of items) {
            const body2 = objectAsBody(item);
            if (body2) out2.push(new _BodyView(this.file, body2, this.scope, this.file.range(item.span), this.taint));
          }
        }
        return out2;
      }
      /** `dynamic "x" { for_each = …; iterator = it; content { … } }`, one view per element. */
      dynamic(block, name2) {
        const content = block.body.blocks.find((b) => b.type === "content");
        const forEach = findAttribute(block.body, "for_each");
        if (!content || !forEach) return [];
        const it = findAttribute(block.body, "iterator")?.expr;
        const iterator = it?.type === "variable" ? it.name : name2;
        const range = this.file.range(block.header);
        const coll = evaluate2(forEach.expr, this.file, this.scope);
        const elements = iterate(coll);
        if (!elements) {
          const taint = coll.t === "unknown" ? coll : unknownVal(this.file.slice(forEach.expr.span), this.file.range(forEach.expr.span), "dynamic block for_each is not a collection");
          return [new _BodyView(this.file, content.body, this.scope, range, taint)];
        }
        return elements.map(({ key, value }) => {
          const itVal = {
            t: "object",
            entries: [
              { key: "key", keyRange: key.range, value: key },
              { key: "value", keyRange: value.range, value }
            ],
            range: value.range,
            hops: []
          };
          const iterators = new Map(this.scope.iterators ?? []);
          iterators.set(iterator, itVal);
          return new _BodyView(this.file, content.body, { ...this.scope, iterators }, range, this.taint);
        });
      }
      reference(name2) {
        const a = findAttribute(this.body, name2);
        if (!a) return void 0;
        const address = referencedResource(a.expr);
        return address ? { address, range: this.file.range(a.expr.span) } : void 0;
      }
    };
    NOT_RESOURCES = /* @__PURE__ */ new Set(["var", "local", "data", "module", "each", "count", "path", "self", "terraform"]);
    ValView = class _ValView {
      constructor(val, propertyRange, caseInsensitive = false, references) {
        this.val = val;
        this.propertyRange = propertyRange;
        this.caseInsensitive = caseInsensitive;
        this.references = references;
      }
      val;
      propertyRange;
      caseInsensitive;
      references;
      get range() {
        return this.propertyRange;
      }
      attr(name2) {
        const m = member2(this.val, name2, this.caseInsensitive);
        if (!m) return this.val.t === "unknown" ? { val: withHops(this.val, []), exprRange: this.propertyRange } : void 0;
        return { val: m, exprRange: m.hops.length === 0 ? m.range : this.propertyRange };
      }
      blocks(name2) {
        if (this.val.t === "unknown") return [this];
        const m = member2(this.val, name2, this.caseInsensitive);
        if (!m) return [];
        const items = m.t === "list" ? m.items.map((_, i2) => element(m, i2)).filter((x) => x !== void 0) : [m];
        return items.map((i2) => new _ValView(i2, i2.hops.length === 0 ? i2.range : this.propertyRange, this.caseInsensitive));
      }
      reference(name2) {
        return this.references?.(name2);
      }
    };
  }
});

// parsers/terraform/entity-context.ts
function entityBase3(ctx) {
  const { prefix: _prefix, era: _era, ...base } = ctx;
  if (base.via && base.via.length === 0) delete base.via;
  for (const key of Object.keys(base)) if (base[key] === void 0) delete base[key];
  return base;
}
var init_entity_context = __esm({
  "parsers/terraform/entity-context.ts"() {
    "use strict";
  }
});

// parsers/terraform/json-values.ts
function jsonToVal(n, file) {
  const range = file.range({ start: n.offset, end: n.offset + n.length });
  const text = file.text.slice(n.offset, n.offset + n.length);
  switch (n.type) {
    case "string":
      return { t: "string", v: String(n.value), range, hops: [], text };
    case "number":
      return { t: "number", v: Number(n.value), range, hops: [], text };
    case "boolean":
      return { t: "bool", v: Boolean(n.value), range, hops: [], text };
    case "null":
      return { t: "null", range, hops: [], text };
    case "array":
      return { t: "list", items: (n.children ?? []).map((c) => jsonToVal(c, file)), range, hops: [] };
    case "object": {
      const entries = [];
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        entries.push({ key: String(k.value), keyRange: file.range({ start: k.offset, end: k.offset + k.length }), value: jsonToVal(v, file) });
      }
      return { t: "object", entries, range, hops: [] };
    }
    default:
      return { t: "null", range, hops: [], text };
  }
}
var init_json_values = __esm({
  "parsers/terraform/json-values.ts"() {
    "use strict";
  }
});

// parsers/terraform/settings.ts
function readSetting(view, name2, convert, typeName, def, declaration) {
  const read = view?.attr(name2);
  if (!read) return absent(declaration, def);
  return settingFrom(read.val, read.exprRange, convert, typeName) ?? absent(declaration, def);
}
function readAppSetting(view, mapName, key, def, declaration) {
  const read = view?.attr(mapName);
  if (!read) return absent(declaration, def);
  const settings = read.val;
  let value;
  if (settings.t === "object") value = member2(settings, key, true);
  else if (settings.t === "list") {
    for (const item of settings.items) {
      const n = member2(item, "name", true);
      if (n && asString2(n)?.toLowerCase() === key.toLowerCase()) value = member2({ ...item, hops: [...settings.hops, ...item.hops] }, "value", true);
    }
  } else if (settings.t === "unknown") value = settings;
  if (!value) return absent(declaration, def);
  const exprRange = value.hops.length === 0 ? value.range : read.exprRange;
  return settingFrom(value, exprRange, str3, "string") ?? absent(declaration, def);
}
var bool, str3, record;
var init_settings2 = __esm({
  "parsers/terraform/settings.ts"() {
    "use strict";
    init_model();
    init_values();
    bool = (v) => asBool2(v);
    str3 = (v) => asString2(v);
    record = (v) => {
      const p = toPlain(v);
      return p !== null && typeof p === "object" && !Array.isArray(p) ? p : void 0;
    };
  }
});

// parsers/terraform/source-file.ts
var SourceFile;
var init_source_file2 = __esm({
  "parsers/terraform/source-file.ts"() {
    "use strict";
    init_model();
    SourceFile = class {
      constructor(path, text) {
        this.path = path;
        this.text = text;
        this.lines = new LineMap(text);
      }
      path;
      text;
      lines;
      /** The range of a span, clamped to the text (an error at the end of input points at its last place). */
      range(span2) {
        const n = this.text.length;
        const start2 = Math.max(0, Math.min(span2.start, n));
        return this.lines.range(this.path, start2, Math.max(start2, Math.min(span2.end, n)));
      }
      slice(span2) {
        return this.text.slice(span2.start, span2.end);
      }
    };
  }
});

// parsers/terraform/azapi-sites.ts
function azapiSiteType(type) {
  const s = asString2(type)?.split("@")[0]?.trim().toLowerCase();
  if (s === "microsoft.web/sites") return "Microsoft.Web/sites";
  if (s === "microsoft.web/sites/slots") return "Microsoft.Web/sites/slots";
  return void 0;
}
function azapiBody(body2) {
  if (body2.json) return withBodyHops(body2.json, body2);
  if (body2.t === "string") {
    const root = parseTree2(body2.v);
    if (root) {
      const parsed = jsonToVal(root, new SourceFile(body2.range.file, body2.v));
      return pinTo(parsed, body2);
    }
    return unknownVal(body2.text ?? body2.v, body2.range, "body is not JSON");
  }
  return body2;
}
function pinTo(v, at) {
  const base = { range: at.range, hops: at.hops };
  switch (v.t) {
    case "list":
      return { ...v, ...base, items: v.items.map((i2) => pinTo(i2, { ...at, hops: [] })) };
    case "object":
      return { ...v, ...base, entries: v.entries.map((e) => ({ ...e, keyRange: at.range, value: pinTo(e.value, { ...at, hops: [] }) })) };
    default:
      return { ...v, ...base };
  }
}
function kindOf(body2) {
  const k = member2(body2, "kind", true);
  const s = k ? asString2(k)?.toLowerCase() ?? "" : "";
  if (s.includes("workflowapp")) return "logicApp";
  if (s.includes("functionapp")) return "functionApp";
  return "webApp";
}
function mapAzapiSite(resource, bodyRead, ctx) {
  const decl = ctx.declaration;
  const body2 = bodyRead ? azapiBody(bodyRead.val) : void 0;
  const propsVal = body2 ? member2(body2, "properties", true) ?? (body2.t === "unknown" ? body2 : void 0) : void 0;
  const props2 = propsVal && bodyRead ? new ValView(propsVal, propsVal.hops.length === 0 ? propsVal.range : bodyRead.exprRange, true) : void 0;
  const siteConfig = props2?.blocks("siteConfig")[0];
  const settings = {
    httpsOnly: readSetting(props2, "httpsOnly", bool, "bool", knownDefault(false), decl),
    clientCertEnabled: readSetting(props2, "clientCertEnabled", bool, "bool", knownDefault(false), decl),
    clientCertMode: readSetting(props2, "clientCertMode", str3, "string", knownDefault("Required", "service default when enabled"), decl),
    clientCertExclusionPaths: readSetting(props2, "clientCertExclusionPaths", str3, "string", knownDefault(""), decl),
    minTlsVersion: readSetting(siteConfig, "minTlsVersion", str3, "string", knownDefault("1.2", "service default for new apps"), decl),
    scmMinTlsVersion: readSetting(siteConfig, "scmMinTlsVersion", str3, "string", knownDefault("1.2", "service default for new apps"), decl),
    http20Enabled: readSetting(siteConfig, "http20Enabled", bool, "bool", unknownDefault("the HTTP/2 default of Microsoft.Web/sites is disputed"), decl),
    publicNetworkAccess: readSetting(props2, "publicNetworkAccess", str3, "string", unknownDefault("no documented default"), decl),
    loadCertificates: readAppSetting(siteConfig, "appSettings", "WEBSITE_LOAD_CERTIFICATES", knownDefault("", "no certificates are loaded"), decl)
  };
  const tagsFromBody = body2 && member2(body2, "tags", true) && bodyRead ? new ValView(body2, bodyRead.exprRange, true) : void 0;
  const site = {
    ...entityBase3(ctx),
    entity: "site",
    kind: body2 ? kindOf(body2) : "webApp",
    tags: readSetting(resource.attr("tags") ? resource : tagsFromBody, "tags", record, "map", knownDefault({}), decl),
    settings
  };
  if (ctx.resourceType === "Microsoft.Web/sites/slots") {
    const ref = resource.reference("parent_id");
    const written = resource.attr("parent_id");
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === "unknown" ? written.val.expression : str3(written.val) ?? "", range: written.exprRange };
  }
  return site;
}
var withBodyHops;
var init_azapi_sites = __esm({
  "parsers/terraform/azapi-sites.ts"() {
    "use strict";
    init_main();
    init_model();
    init_config_view();
    init_entity_context();
    init_json_values();
    init_settings2();
    init_source_file2();
    init_values();
    withBodyHops = (v, from) => from.hops.length === 0 ? v : { ...v, hops: [...from.hops, ...v.hops] };
  }
});

// parsers/terraform/azapi-config.ts
function azapiConfigType(type) {
  const s = asString2(type)?.split("@")[0]?.trim().toLowerCase();
  return s === "microsoft.web/sites/config" || s === "microsoft.web/sites/slots/config";
}
function readAzapiConfig(name2, bodyRead, declaration) {
  if (!bodyRead || name2 !== "web" && name2 !== "appsettings") return {};
  const body2 = azapiBody(bodyRead.val);
  const props2 = member2(body2, "properties", true) ?? (body2.t === "unknown" ? body2 : void 0);
  if (!props2) return {};
  const view = new ValView(props2, props2.hops.length === 0 ? props2.range : bodyRead.exprRange, true);
  const out2 = {};
  const none = knownDefault("", "not set here");
  if (name2 === "appsettings") {
    const wrapped = { t: "object", entries: [{ key: "settings", keyRange: props2.range, value: props2 }], range: props2.range, hops: [] };
    const s = readAppSetting(new ValView(wrapped, view.range, true), "settings", "WEBSITE_LOAD_CERTIFICATES", none, declaration);
    if (s.kind !== "absent") out2.loadCertificates = s;
    return out2;
  }
  const min = readSetting(view, "minTlsVersion", str3, "string", none, declaration);
  const scm = readSetting(view, "scmMinTlsVersion", str3, "string", none, declaration);
  const http2 = readSetting(view, "http20Enabled", bool, "bool", knownDefault(false), declaration);
  const load = readAppSetting(view, "appSettings", "WEBSITE_LOAD_CERTIFICATES", none, declaration);
  if (min.kind !== "absent") out2.minTlsVersion = min;
  if (scm.kind !== "absent") out2.scmMinTlsVersion = scm;
  if (http2.kind !== "absent") out2.http20Enabled = http2;
  if (load.kind !== "absent") out2.loadCertificates = load;
  return out2;
}
function mergeConfig(site, config) {
  for (const [key, setting] of Object.entries(config)) {
    if (site.settings[key].kind === "absent") site.settings[key] = setting;
  }
}
var init_azapi_config = __esm({
  "parsers/terraform/azapi-config.ts"() {
    "use strict";
    init_model();
    init_azapi_sites();
    init_config_view();
    init_settings2();
    init_values();
  }
});

// parsers/terraform/azurerm-sites.ts
function mapAzurermSite(view, ctx) {
  const type = AZURERM_SITE_TYPES[ctx.resourceType];
  if (!type) return void 0;
  const decl = ctx.declaration;
  const f = type.family;
  const siteConfig = view.blocks("site_config")[0];
  const notAvailable = (what) => knownDefault("", `${ctx.resourceType} has no ${what} argument`);
  const modeName = f === "legacy-app" || f === "legacy-function" ? "client_cert_mode" : f === "legacy-slot" ? void 0 : "client_certificate_mode";
  const modeDefault = f === "function" ? knownDefault("Optional", "azurerm function apps default the mode to Optional") : f === "web" ? knownDefault("Required") : knownDefault("Required", "service default");
  const clientCertMode2 = modeName ? readSetting(view, modeName, str3, "string", modeDefault, decl) : absent(decl, modeDefault);
  let clientCertEnabled2;
  if (NEW(f)) clientCertEnabled2 = readSetting(view, "client_certificate_enabled", bool, "bool", knownDefault(false), decl);
  else if (f === "legacy-app") clientCertEnabled2 = readSetting(view, "client_cert_enabled", bool, "bool", knownDefault(false), decl);
  else if (f === "legacy-slot") clientCertEnabled2 = absent(decl, knownDefault(false, `${ctx.resourceType} has no client certificate argument`));
  else clientCertEnabled2 = enabledByMode(clientCertMode2, f, ctx);
  const tlsName = NEW(f) ? "minimum_tls_version" : "min_tls_version";
  const scmTlsName = NEW(f) ? "scm_minimum_tls_version" : "scm_min_tls_version";
  const settings = {
    httpsOnly: readSetting(view, "https_only", bool, "bool", knownDefault(false), decl),
    clientCertEnabled: clientCertEnabled2,
    clientCertMode: clientCertMode2,
    clientCertExclusionPaths: NEW(f) ? readSetting(view, "client_certificate_exclusion_paths", str3, "string", knownDefault(""), decl) : absent(decl, notAvailable("exclusion paths")),
    minTlsVersion: readSetting(siteConfig, tlsName, str3, "string", knownDefault("1.2"), decl),
    scmMinTlsVersion: readSetting(siteConfig, scmTlsName, str3, "string", knownDefault("1.2"), decl),
    http20Enabled: readSetting(siteConfig, "http2_enabled", bool, "bool", knownDefault(false), decl),
    publicNetworkAccess: NEW(f) ? readSetting(view, "public_network_access_enabled", (v) => {
      const b = bool(v);
      return b === void 0 ? void 0 : b ? "Enabled" : "Disabled";
    }, "bool", knownDefault("Enabled"), decl) : readSetting(view, "public_network_access", str3, "string", unknownDefault("not stated for this resource type"), decl),
    loadCertificates: readAppSetting(view, "app_settings", "WEBSITE_LOAD_CERTIFICATES", knownDefault("", "no certificates are loaded"), decl)
  };
  const site = {
    ...entityBase3(ctx),
    entity: "site",
    kind: type.kind,
    tags: readSetting(view, "tags", record, "map", knownDefault({}), decl),
    settings
  };
  if (type.parent) {
    const ref = view.reference(type.parent);
    const written = view.attr(type.parent);
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === "unknown" ? written.val.expression : str3(written.val) ?? "", range: written.exprRange };
  }
  return site;
}
function enabledByMode(mode, f, ctx) {
  if (mode.kind === "set") return setValue2(true, mode.range, mode.trail, mode.text);
  if (mode.kind === "unresolved") return unresolved(mode.expression, mode.range, mode.trail, "client certificates are on when a mode is set");
  if (f !== "logic") return absent(ctx.declaration, knownDefault(false, "no client_cert_mode: client certificates are off"));
  if (ctx.format === "terraform-plan") return absent(ctx.declaration, knownDefault(false, "the plan sets no mode"));
  if (ctx.era === "v5") return absent(ctx.declaration, knownDefault(true, "azurerm 5.0 and later default the mode to Required"));
  if (ctx.era === "pre-v5") return absent(ctx.declaration, knownDefault(false, "azurerm before 5.0: no mode means client certificates are off"));
  return absent(ctx.declaration, unknownDefault("the azurerm version constraint does not decide the default (on from 5.0, off before)"));
}
var AZURERM_SITE_TYPES, NEW;
var init_azurerm_sites = __esm({
  "parsers/terraform/azurerm-sites.ts"() {
    "use strict";
    init_model();
    init_entity_context();
    init_settings2();
    AZURERM_SITE_TYPES = {
      azurerm_linux_web_app: { kind: "webApp", family: "web" },
      azurerm_windows_web_app: { kind: "webApp", family: "web" },
      azurerm_linux_web_app_slot: { kind: "webApp", family: "web", parent: "app_service_id" },
      azurerm_windows_web_app_slot: { kind: "webApp", family: "web", parent: "app_service_id" },
      azurerm_linux_function_app: { kind: "functionApp", family: "function" },
      azurerm_windows_function_app: { kind: "functionApp", family: "function" },
      azurerm_linux_function_app_slot: { kind: "functionApp", family: "function", parent: "function_app_id" },
      azurerm_windows_function_app_slot: { kind: "functionApp", family: "function", parent: "function_app_id" },
      azurerm_function_app_flex_consumption: { kind: "functionApp", family: "function" },
      azurerm_logic_app_standard: { kind: "logicApp", family: "logic" },
      azurerm_app_service: { kind: "webApp", family: "legacy-app" },
      azurerm_app_service_slot: { kind: "webApp", family: "legacy-slot", parent: "app_service_name" },
      azurerm_function_app: { kind: "functionApp", family: "legacy-function" },
      azurerm_function_app_slot: { kind: "functionApp", family: "legacy-slot", parent: "function_app_name" }
    };
    NEW = (f) => f === "web" || f === "function";
  }
});

// parsers/terraform/certificates.ts
function mapCertificate3(view, ctx) {
  const decl = ctx.declaration;
  return {
    ...entityBase3(ctx),
    entity: "certificate",
    settings: {
      pfxBlob: readSetting(view, "pfx_blob", str3, "string", knownDefault("", "not set"), decl),
      password: readSetting(view, "password", str3, "string", knownDefault("", "not set"), decl),
      keyVaultSecret: readSetting(view, "key_vault_secret_id", str3, "string", knownDefault("", "not set"), decl)
    }
  };
}
var init_certificates2 = __esm({
  "parsers/terraform/certificates.ts"() {
    "use strict";
    init_model();
    init_entity_context();
    init_settings2();
  }
});

// parsers/terraform/module-model.ts
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join2, resolve as resolve4 } from "node:path";
function readModule(ws, dir) {
  const mod = { dir, files: [], variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), resources: [], calls: [], azurermConstraints: [] };
  for (const path of ws.moduleFiles(dir)) {
    const file = ws.load(path);
    if (!file) continue;
    mod.files.push(file);
    for (const block of file.doc.body.blocks) collect(mod, file, block);
  }
  const lock = join2(dir, ".terraform.lock.hcl");
  if (ws.exists(lock)) {
    const file = ws.load(lock);
    for (const b of file?.doc.body.blocks ?? []) {
      if (b.type !== "provider" || !/(^|\/)hashicorp\/azurerm$/.test(b.labels[0]?.value ?? "")) continue;
      const v = literalString2(findAttribute(b.body, "version")?.expr);
      if (v) mod.azurermLocked = v;
    }
  }
  return mod;
}
function collect(mod, file, block) {
  const [l0, l1] = block.labels;
  switch (block.type) {
    case "variable":
      if (l0) {
        const flag = (name2, value) => {
          const e = findAttribute(block.body, name2)?.expr;
          return e?.type === "literal" && e.value === value;
        };
        const def = findAttribute(block.body, "default");
        mod.variables.set(l0.value, { name: l0.value, file: file.source, block, ...def ? { default: def } : {}, sensitive: flag("sensitive", true), nonNullable: flag("nullable", false) });
      }
      break;
    case "locals":
      for (const a of block.body.attributes) mod.locals.set(a.name, { name: a.name, file: file.source, attr: a });
      break;
    case "resource":
      if (l0 && l1) mod.resources.push({ type: l0.value, name: l1.value, file, block });
      break;
    case "module":
      if (l0) {
        const source = literalString2(findAttribute(block.body, "source")?.expr);
        const local = source !== void 0 && (source.startsWith("./") || source.startsWith("../"));
        mod.calls.push({ name: l0.value, file, block, ...local ? { localDir: resolve4(dirname4(file.source.path), source) } : {} });
      }
      break;
    case "terraform":
      for (const rp of nestedBodies(block, "required_providers")) {
        const a = findAttribute(rp, "azurerm");
        if (!a) continue;
        const direct = literalString2(a.expr);
        if (direct !== void 0) mod.azurermConstraints.push(direct);
        else if (a.expr.type === "object") {
          const version = a.expr.items.find((i2) => i2.key.type === "variable" && i2.key.name === "version" || i2.key.type === "literal" && i2.key.value === "version");
          const v = literalString2(version?.value);
          if (v !== void 0) mod.azurermConstraints.push(v);
        }
      }
      break;
    default:
      break;
  }
}
function nestedBodies(block, type) {
  const out2 = block.body.blocks.filter((b) => b.type === type).map((b) => b.body);
  if (block.body.fromJson) {
    const a = findAttribute(block.body, type);
    const items = a ? a.expr.type === "tuple" ? a.expr.items : [a.expr] : [];
    for (const i2 of items) {
      const body2 = objectAsBody(i2);
      if (body2) out2.push(body2);
    }
  }
  return out2;
}
var literalString2;
var init_module_model = __esm({
  "parsers/terraform/module-model.ts"() {
    "use strict";
    init_ast2();
    init_json_syntax();
    literalString2 = (e) => {
      if (!e) return void 0;
      if (e.type === "literal" && typeof e.value === "string") return e.value;
      if (e.type === "template" && e.parts.every((p) => p.type === "text")) return e.parts.map((p) => p.type === "text" ? p.value : "").join("");
      return void 0;
    };
  }
});

// parsers/terraform/provider-version.ts
function parseVersion(s) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
  if (!m) return void 0;
  const parts2 = [m[1], m[2], m[3]].filter((x) => x !== void 0).length;
  return { v: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], parts: parts2 };
}
function providerEra(constraints) {
  let lo = [0, 0, 0];
  let hi;
  let hiInclusive = false;
  const raise = (v) => {
    if (cmp(v, lo) > 0) lo = v;
  };
  const lower = (v, inclusive) => {
    if (!hi || cmp(v, hi) < 0 || cmp(v, hi) === 0 && !inclusive) {
      hi = v;
      hiInclusive = inclusive;
    }
  };
  let any = false;
  for (const constraint of constraints) {
    for (const raw of constraint.split(",")) {
      const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(raw);
      const parsed = m?.[2] ? parseVersion(m[2]) : void 0;
      if (!m || !parsed) continue;
      any = true;
      const { v, parts: parts2 } = parsed;
      switch (m[1] ?? "=") {
        case "=":
          raise(v);
          lower(v, true);
          break;
        case ">=":
          raise(v);
          break;
        case ">":
          raise([v[0], v[1], v[2] + 1]);
          break;
        case "<":
          lower(v, false);
          break;
        case "<=":
          lower(v, true);
          break;
        case "~>": {
          raise(v);
          const up = parts2 >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0];
          lower(up, false);
          break;
        }
        default:
          break;
      }
    }
  }
  if (!any) return void 0;
  if (cmp(lo, FIVE) >= 0) return "v5";
  const h = hi;
  if (h && (cmp(h, FIVE) < 0 || cmp(h, FIVE) === 0 && !hiInclusive)) return "pre-v5";
  return void 0;
}
var cmp, FIVE;
var init_provider_version = __esm({
  "parsers/terraform/provider-version.ts"() {
    "use strict";
    cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    FIVE = [5, 0, 0];
  }
});

// parsers/terraform/module-instance.ts
function isCandidate(type) {
  return type in AZURERM_SITE_TYPES || type === "azurerm_app_service_certificate" || type === "azapi_resource";
}
var MAX_MODULE_DEPTH, MAX_INSTANCES2, ModuleInstance;
var init_module_instance = __esm({
  "parsers/terraform/module-instance.ts"() {
    "use strict";
    init_azapi_config();
    init_azapi_sites();
    init_azurerm_sites();
    init_certificates2();
    init_config_view();
    init_evaluate();
    init_ast2();
    init_module_model();
    init_provider_version();
    init_values();
    MAX_MODULE_DEPTH = 16;
    MAX_INSTANCES2 = 1e3;
    ModuleInstance = class _ModuleInstance {
      constructor(ws, mod, inputs, options) {
        this.ws = ws;
        this.mod = mod;
        this.inputs = inputs;
        this.options = options;
        const lock = mod.azurermLocked ?? options.inheritedLock;
        const constraints = [...options.inheritedConstraints, ...mod.azurermConstraints];
        this.era = providerEra(lock !== void 0 ? [lock] : constraints);
        this.version = lock ?? (constraints.length > 0 ? constraints.join(", ") : void 0);
      }
      ws;
      mod;
      inputs;
      options;
      variableCache = /* @__PURE__ */ new Map();
      localCache = /* @__PURE__ */ new Map();
      localsInProgress = /* @__PURE__ */ new Set();
      era;
      version;
      scope(extra = {}) {
        return {
          variable: (name2, at) => this.variable(name2, at),
          local: (name2, at) => this.local(name2, at),
          moduleDir: this.mod.dir,
          fileExists: (p) => this.ws.exists(p),
          ...extra
        };
      }
      /**
       * `var.name`: the caller's argument or the last variable file that sets it, else
       * the default; with the hops that lead from the reference to where it is written.
       */
      variable(name2, at) {
        const cached = this.variableCache.get(name2);
        if (cached) return cached;
        const decl = this.mod.variables.get(name2);
        let val;
        if (!decl) val = unknownVal(`var.${name2}`, at, `variable "${name2}" is not declared`);
        else {
          const param = { kind: "parameter", name: name2, range: decl.file.range(decl.block.header), secure: decl.sensitive };
          const given = this.given(name2, decl.nonNullable);
          if (given) val = withHops(given.val, [param, ...given.hops]);
          else if (decl.default) {
            const def = evaluate2(decl.default.expr, decl.file, this.scope());
            val = withHops(def, [param, { kind: "parameter-default", range: def.range }]);
          } else val = unknownVal(`var.${name2}`, param.range, `variable "${name2}" has no value and no default`, [param]);
        }
        this.variableCache.set(name2, val);
        return val;
      }
      given(name2, nonNullable) {
        if (this.inputs.kind === "call") {
          const arg = this.inputs.args.get(name2);
          if (!arg) return void 0;
          const val = arg.read();
          if (val.t === "null" && nonNullable) return void 0;
          return { val, hops: [{ kind: "module-argument", name: this.inputs.call, range: arg.exprRange }] };
        }
        let found;
        for (const vf of this.inputs.varFiles) {
          const v = vf.values.get(name2);
          if (v) found = { val: v, hops: [{ kind: "tfvars", name: name2, range: v.range }] };
        }
        return found;
      }
      local(name2, at) {
        const cached = this.localCache.get(name2);
        if (cached) return cached;
        const decl = this.mod.locals.get(name2);
        if (!decl) return unknownVal(`local.${name2}`, at, `local "${name2}" is not declared`);
        if (this.localsInProgress.has(name2)) return unknownVal(`local.${name2}`, at, `local "${name2}" refers to itself`);
        this.localsInProgress.add(name2);
        const v = evaluate2(decl.attr.expr, decl.file, this.scope());
        this.localsInProgress.delete(name2);
        const val = withHops(v, [{ kind: "local", name: name2, range: decl.file.range(decl.attr.expr.span) }]);
        this.localCache.set(name2, val);
        return val;
      }
      entities() {
        const out2 = [];
        const configs = [];
        for (const r of this.mod.resources) {
          if (this.options.emitFrom && !this.options.emitFrom(r.file.source.path)) continue;
          if (!isCandidate(r.type)) continue;
          const declaration = r.file.source.range(r.block.header);
          const name2 = `${this.options.prefix}${r.type}.${r.name}`;
          this.guarded(name2, declaration, () => {
            for (const inst of this.expand(r.block, r.file.source)) {
              const ctx = {
                format: "terraform",
                file: r.file.source.path,
                resourceType: r.type,
                name: name2,
                prefix: this.options.prefix,
                declaration,
                extent: r.file.source.range(r.block.span),
                ...inst.instance !== void 0 ? { instance: inst.instance } : {},
                ...inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {},
                ...inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {},
                via: this.options.via,
                ...this.version !== void 0 ? { version: this.version } : {},
                ...this.era !== void 0 ? { era: this.era } : {}
              };
              const view = new BodyView(r.file.source, r.block.body, inst.scope, ctx.declaration);
              const config = r.type === "azapi_resource" ? this.azapiConfig(view, ctx) : void 0;
              if (config) configs.push(config);
              const entity = config ? void 0 : this.mapResource(r.type, view, ctx);
              if (entity) out2.push(entity);
            }
          });
        }
        for (const c of configs) for (const e of out2) if (e.entity === "site" && e.name === c.target) mergeConfig(e, c.settings);
        for (const call of this.mod.calls) {
          this.guarded(`${this.options.prefix}module.${call.name}`, call.file.source.range(call.block.header), () => out2.push(...this.callModule(call)));
        }
        return out2;
      }
      /** Pathological nesting can exhaust the stack while evaluating: report it on the block, keep the rest. */
      guarded(name2, at, run2) {
        try {
          run2();
        } catch (e) {
          if (!(e instanceof RangeError)) throw e;
          this.ws.diagnostics.push({ ruleId: "parse-error", message: `${name2}: expressions nested too deeply to evaluate`, range: at });
        }
      }
      /** An azapi `Microsoft.Web/sites/config` child (`web` or `appsettings`) of a site declared here. */
      azapiConfig(view, ctx) {
        const t = view.attr("type");
        if (!t || !azapiConfigType(t.val)) return void 0;
        const parent = view.reference("parent_id");
        if (!parent) return void 0;
        const nameRead = view.attr("name");
        const name2 = nameRead ? asString2(nameRead.val)?.toLowerCase() : void 0;
        return { target: ctx.prefix + parent.address, settings: readAzapiConfig(name2, view.attr("body"), ctx.declaration) };
      }
      mapResource(type, view, ctx) {
        if (type in AZURERM_SITE_TYPES) return mapAzurermSite(view, ctx);
        if (type === "azurerm_app_service_certificate") return mapCertificate3(view, ctx);
        if (type === "azapi_resource") {
          const t = view.attr("type");
          const siteType = t ? azapiSiteType(t.val) : void 0;
          if (!siteType) return void 0;
          const typeName = t ? asString2(t.val) : void 0;
          return mapAzapiSite(view, view.attr("body"), { ...ctx, resourceType: siteType, ...typeName?.includes("@") ? { version: typeName.split("@")[1] ?? "" } : {} });
        }
        return void 0;
      }
      /** `count` and `for_each` over known collections become one instance each; otherwise one instance marked looped or conditional. */
      expand(block, file) {
        const count = findAttribute(block.body, "count");
        const forEach = findAttribute(block.body, "for_each");
        const base = this.scope();
        if (count) {
          const v = evaluate2(count.expr, file, base);
          const where = { expression: file.slice(count.expr.span), range: file.range(count.expr.span) };
          if (v.t === "number" && Number.isInteger(v.v) && v.v >= 0) {
            if (v.v > MAX_INSTANCES2) return [{ scope: this.scope({ countIndex: unknownVal("count.index", where.range, "too many instances to expand") }), looped: where }];
            return Array.from({ length: v.v }, (_, i2) => ({ instance: `[${i2}]`, scope: this.scope({ countIndex: { t: "number", v: i2, range: where.range, hops: [] } }) }));
          }
          const index = unknownVal("count.index", where.range, "count is not known");
          if (count.expr.type === "conditional") {
            const cond = { expression: file.slice(count.expr.condition.span), range: file.range(count.expr.condition.span) };
            return [{ instance: "[0]", scope: this.scope({ countIndex: { t: "number", v: 0, range: where.range, hops: [] } }), conditional: cond }];
          }
          return [{ scope: this.scope({ countIndex: index }), looped: where }];
        }
        if (forEach) {
          const v = evaluate2(forEach.expr, file, base);
          const where = { expression: file.slice(forEach.expr.span), range: file.range(forEach.expr.span) };
          const elements = iterate(v);
          if (elements && elements.length > MAX_INSTANCES2) return [{ scope: base, looped: where }];
          if (elements && v.t === "list") {
            return elements.map(({ value }) => ({ instance: `[${JSON.stringify(asString2(value) ?? "")}]`, scope: this.scope({ each: { key: value, value } }) }));
          }
          if (elements) return elements.map(({ key, value }) => ({ instance: `[${JSON.stringify(asString2(key) ?? "")}]`, scope: this.scope({ each: { key, value } }) }));
          const unknown2 = unknownVal(where.expression, where.range, v.t === "unknown" ? v.reason : "for_each is not a collection");
          return [{ scope: this.scope({ each: { key: unknown2, value: unknown2 } }), looped: where }];
        }
        return [{ scope: base }];
      }
      /**
       * A local module call: the module's resources with the caller's arguments as its
       * variables. Registry and git sources are not fetched: they yield nothing.
       */
      callModule(call) {
        if (!call.localDir) return [];
        if (call.localDir === this.mod.dir || this.options.stack.includes(call.localDir) || this.options.stack.length >= MAX_MODULE_DEPTH) return [];
        const mod = readModule(this.ws, call.localDir);
        for (const f of mod.files) this.ws.publish(f);
        const file = call.file.source;
        const out2 = [];
        for (const inst of this.expand(call.block, file)) {
          const callName = `module.${call.name}${inst.instance ?? ""}`;
          const args2 = /* @__PURE__ */ new Map();
          for (const a of call.block.body.attributes) {
            if (["source", "version", "count", "for_each", "providers", "depends_on"].includes(a.name)) continue;
            args2.set(a.name, { read: () => evaluate2(a.expr, file, inst.scope), exprRange: file.range(a.expr.span) });
          }
          const child = new _ModuleInstance(this.ws, mod, { kind: "call", call: `module.${call.name}`, args: args2 }, {
            prefix: `${this.options.prefix}${callName}.`,
            via: [...this.options.via, { name: `${this.options.prefix}${callName}`, range: file.range(call.block.header) }],
            ...inst.conditional ?? this.options.conditional ? { conditional: inst.conditional ?? this.options.conditional } : {},
            ...inst.looped ?? this.options.looped ? { looped: inst.looped ?? this.options.looped } : {},
            inheritedConstraints: [...this.options.inheritedConstraints, ...this.mod.azurermConstraints],
            ...this.mod.azurermLocked ?? this.options.inheritedLock ? { inheritedLock: this.mod.azurermLocked ?? this.options.inheritedLock } : {},
            stack: [...this.options.stack, this.mod.dir]
          });
          out2.push(...child.entities());
        }
        return out2;
      }
    };
  }
});

// parsers/terraform/plan.ts
function parsePlan(path, read) {
  const out2 = emptyParseOutput();
  if (!read.ok) {
    out2.diagnostics.push({ ruleId: "parse-error", message: read.message, range: new SourceFile(path, "").range({ start: 0, end: 0 }) });
    return out2;
  }
  const file = new SourceFile(path, read.text);
  out2.texts.set(path, read.text);
  const errors = [];
  const root = parseTree2(read.text, errors, { allowTrailingComma: true });
  for (const e of errors.slice(0, 20)) out2.diagnostics.push({ ruleId: "parse-error", message: `Syntax error: ${printParseErrorCode(e.error)}`, range: file.range({ start: e.offset, end: e.offset + Math.max(1, e.length) }) });
  if (!root) return out2;
  const unknowns = /* @__PURE__ */ new Map();
  for (const rc of findNodeAtLocation2(root, ["resource_changes"])?.children ?? []) {
    const address = findNodeAtLocation2(rc, ["address"]);
    const au = findNodeAtLocation2(rc, ["change", "after_unknown"]);
    if (address && au && typeof address.value === "string") unknowns.set(address.value, au);
  }
  const constraint = findNodeAtLocation2(root, ["configuration", "provider_config", "azurerm", "version_constraint"]);
  const version = typeof constraint?.value === "string" ? constraint.value : void 0;
  const references = configurationReferences(root);
  const visit3 = (mod) => {
    if (!mod) return;
    for (const r of findNodeAtLocation2(mod, ["resources"])?.children ?? []) {
      const e = planResource(r, file, unknowns, references, version);
      if (e) out2.entities.push(e);
    }
    for (const child of findNodeAtLocation2(mod, ["child_modules"])?.children ?? []) visit3(child);
  };
  visit3(findNodeAtLocation2(root, ["planned_values", "root_module"]));
  return out2;
}
function configurationReferences(root) {
  const out2 = /* @__PURE__ */ new Map();
  const walk = (mod, prefix) => {
    if (!mod) return;
    for (const r of findNodeAtLocation2(mod, ["resources"])?.children ?? []) {
      const address = findNodeAtLocation2(r, ["address"])?.value;
      const exprs = findNodeAtLocation2(r, ["expressions"]);
      if (typeof address !== "string" || !exprs) continue;
      const byAttr = /* @__PURE__ */ new Map();
      for (const p of exprs.children ?? []) {
        const [k, v] = p.children ?? [];
        const refs = v ? findNodeAtLocation2(v, ["references"]) : void 0;
        const value = refs ? getNodeValue2(refs) : void 0;
        if (k && Array.isArray(value)) byAttr.set(String(k.value), value.filter((x) => typeof x === "string").map((x) => prefix + x));
      }
      out2.set(prefix + address, byAttr);
    }
    for (const call of findNodeAtLocation2(mod, ["module_calls"])?.children ?? []) {
      const [k, v] = call.children ?? [];
      if (k && v) walk(findNodeAtLocation2(v, ["module"]), `${prefix}module.${String(k.value)}.`);
    }
  };
  walk(findNodeAtLocation2(root, ["configuration", "root_module"]), "");
  return out2;
}
function planResource(r, file, unknowns, references, version) {
  const addressNode = findNodeAtLocation2(r, ["address"]);
  const type = findNodeAtLocation2(r, ["type"])?.value;
  const mode = findNodeAtLocation2(r, ["mode"])?.value;
  const valuesNode = findNodeAtLocation2(r, ["values"]);
  if (!addressNode || typeof addressNode.value !== "string" || typeof type !== "string" || mode === "data" || !valuesNode) return void 0;
  if (!(type in AZURERM_SITE_TYPES) && type !== "azurerm_app_service_certificate" && type !== "azapi_resource") return void 0;
  const address = addressNode.value;
  const declaration = file.range({ start: addressNode.offset, end: addressNode.offset + addressNode.length });
  const key = /(\[[^\]]*\])$/.exec(address)?.[1];
  const name2 = key ? address.slice(0, -key.length) : address;
  const prefix = /^(.*\.)?[^.]+\.[^.]+$/.exec(name2)?.[1] ?? "";
  const unknownNode = unknowns.get(address);
  const values = markSensitive(markUnknown(jsonToVal(valuesNode, file), unknownNode, declaration), findNodeAtLocation2(r, ["sensitive_values"]));
  const refs = references.get(withoutKeys(address));
  const view = new ValView(values, declaration, false, (attr) => {
    for (const ref of refs?.get(attr) ?? []) {
      const [t2, n] = withoutKeys(ref).slice(prefix.length).split(".");
      if (!t2 || !n || ["var", "local", "data", "module", "each", "count", "path"].includes(t2)) continue;
      const at = findNodeAtLocation2(valuesNode, [attr]);
      return { address: `${t2}.${n}`, range: at ? file.range({ start: at.offset, end: at.offset + at.length }) : declaration };
    }
    return void 0;
  });
  const ctx = {
    format: "terraform-plan",
    file: file.path,
    resourceType: type,
    name: name2,
    prefix,
    declaration,
    extent: file.range({ start: r.offset, end: r.offset + r.length }),
    ...key !== void 0 ? { instance: key } : {},
    ...version !== void 0 ? { version } : {},
    ...version !== void 0 && providerEra([version]) ? { era: providerEra([version]) } : {}
  };
  if (type in AZURERM_SITE_TYPES) return mapAzurermSite(view, ctx);
  if (type === "azurerm_app_service_certificate") return mapCertificate3(view, ctx);
  const t = view.attr("type");
  const siteType = t ? azapiSiteType(t.val) : void 0;
  if (!siteType) return void 0;
  const typeName = t ? asString2(t.val) : void 0;
  return mapAzapiSite(view, view.attr("body"), { ...ctx, resourceType: siteType, ...typeName?.includes("@") ? { version: typeName.split("@")[1] ?? "" } : {} });
}
function markUnknown(val, unknown2, at) {
  if (!unknown2) return val;
  if (unknown2.type === "boolean") return unknown2.value === true ? unknownVal("(known after apply)", val.range ?? at, "known only after apply") : val;
  if (unknown2.type === "object" && val.t === "object") {
    const entries = val.entries.map((e) => {
      const u = findNodeAtLocation2(unknown2, [e.key]);
      return u ? { ...e, value: markUnknown(e.value, u, e.value.range) } : e;
    });
    for (const p of unknown2.children ?? []) {
      const [k, v] = p.children ?? [];
      if (!k || !v || v.value !== true) continue;
      const existing = entries.find((e) => e.key === k.value);
      if (existing && existing.value.t !== "null") continue;
      const u = unknownVal("(known after apply)", at, "known only after apply");
      if (existing) existing.value = u;
      else entries.push({ key: String(k.value), keyRange: at, value: u });
    }
    return { ...val, entries };
  }
  if (unknown2.type === "array" && val.t === "list") {
    return { ...val, items: val.items.map((i2, n) => markUnknown(i2, unknown2.children?.[n], i2.range)) };
  }
  return val;
}
function markSensitive(val, sensitive) {
  if (!sensitive) return val;
  if (sensitive.type === "boolean") return sensitive.value === true ? withHops(val, [{ kind: "plan", range: val.range, secure: true }]) : val;
  if (sensitive.type === "object" && val.t === "object") {
    return { ...val, entries: val.entries.map((e) => ({ ...e, value: markSensitive(e.value, findNodeAtLocation2(sensitive, [e.key])) })) };
  }
  if (sensitive.type === "array" && val.t === "list") return { ...val, items: val.items.map((i2, n) => markSensitive(i2, sensitive.children?.[n])) };
  return val;
}
var withoutKeys;
var init_plan = __esm({
  "parsers/terraform/plan.ts"() {
    "use strict";
    init_main();
    init_model();
    init_azapi_sites();
    init_azurerm_sites();
    init_certificates2();
    init_config_view();
    init_json_values();
    init_provider_version();
    init_source_file2();
    init_values();
    withoutKeys = (address) => address.replace(/\[[^\]]*\]/g, "");
  }
});

// parsers/terraform/tfvars.ts
function readVarFile(file) {
  const out2 = /* @__PURE__ */ new Map();
  if (file.json) {
    const root = parseTree2(file.source.text, [], { allowTrailingComma: true });
    if (root?.type !== "object") return out2;
    const obj = jsonToVal(root, file.source);
    if (obj.t === "object") for (const e of obj.entries) out2.set(e.key, member2(obj, e.key) ?? e.value);
    return out2;
  }
  const scope = literalScope(file.source);
  for (const a of file.doc.body.attributes) {
    try {
      out2.set(a.name, evaluate2(a.expr, file.source, scope));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return out2;
}
function literalScope(file) {
  return {
    variable: (name2, at) => unknownVal(`var.${name2}`, at, "variable files cannot reference variables"),
    local: (name2, at) => unknownVal(`local.${name2}`, at, "variable files cannot reference locals"),
    moduleDir: file.path
  };
}
var init_tfvars = __esm({
  "parsers/terraform/tfvars.ts"() {
    "use strict";
    init_main();
    init_evaluate();
    init_json_values();
    init_values();
  }
});

// parsers/terraform/directives.ts
function readDirectives(file, comments) {
  const out2 = [];
  let lines;
  for (const c of comments) {
    const body2 = c.text.startsWith("#") ? c.text.slice(1) : c.text.startsWith("//") ? c.text.slice(2) : c.text.replace(/^\/\*/, "").replace(/\*\/$/, "");
    const d = readDirectiveComment(body2);
    if (!d) continue;
    lines ??= file.text.split(/\r\n|\r|\n/);
    const range = file.range(c.span);
    const targetLine = nextCodeLine(lines, range.end.line, (t) => COMMENT_ONLY.test(t));
    out2.push(d.reason === void 0 ? { file: file.path, range, rules: d.rules, targetLine } : { file: file.path, range, rules: d.rules, reason: d.reason, targetLine });
  }
  return out2;
}
var COMMENT_ONLY;
var init_directives3 = __esm({
  "parsers/terraform/directives.ts"() {
    "use strict";
    init_directives();
    COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*)/;
  }
});

// parsers/terraform/workspace.ts
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname as dirname5, join as join3 } from "node:path";
var isTerraformFile, isTfvarsFile, Workspace;
var init_workspace = __esm({
  "parsers/terraform/workspace.ts"() {
    "use strict";
    init_json_syntax();
    init_directives3();
    init_source_file2();
    isTerraformFile = (p) => p.endsWith(".tf") || p.endsWith(".tf.json");
    isTfvarsFile = (p) => p.endsWith(".tfvars") || p.endsWith(".tfvars.json");
    Workspace = class {
      constructor(input, reader3) {
        this.input = input;
        this.reader = reader3;
        this.runFiles = new Set(input.files.map((f) => f.path));
        this.named = /* @__PURE__ */ new Set([...this.runFiles, ...input.parameterFiles]);
      }
      input;
      reader;
      cache = /* @__PURE__ */ new Map();
      published = /* @__PURE__ */ new Set();
      diagnostics = [];
      directives = [];
      texts = /* @__PURE__ */ new Map();
      runFiles;
      /** Files whose read failures are reported: the run's and the `--var-file`s. */
      named;
      listings = /* @__PURE__ */ new Map();
      load(path) {
        const cached = this.cache.get(path);
        if (cached !== void 0) return cached ?? void 0;
        const read = this.input.readFile(path);
        if (!read.ok) {
          this.cache.set(path, null);
          if (this.named.has(path)) this.diagnostics.push({ ruleId: "parse-error", message: read.message, range: new SourceFile(path, "").range({ start: 0, end: 0 }) });
          return void 0;
        }
        const text = read.text.charCodeAt(0) === 65279 ? " " + read.text.slice(1) : read.text;
        const json2 = path.endsWith(".json");
        const doc = json2 ? readJsonSyntax(text, (s, base) => this.reader.parseExpression(s, base)) : this.reader.parse(text);
        const loaded3 = { source: new SourceFile(path, read.text), doc, json: json2 };
        this.cache.set(path, loaded3);
        return loaded3;
      }
      /** Reports a file's syntax errors and directives, once. */
      publish(file) {
        const path = file.source.path;
        if (this.published.has(path)) return;
        this.published.add(path);
        this.texts.set(path, file.source.text);
        for (const e of file.doc.errors) this.diagnostics.push({ ruleId: "parse-error", message: e.message, range: file.source.range(e.span) });
        this.directives.push(...readDirectives(file.source, file.doc.comments));
      }
      /** Keeps a file's text for ranges that point into it (a tfvars or caller file). */
      keepText(file) {
        this.texts.set(file.source.path, file.source.text);
      }
      /** Texts of every file read, for ranges that point into them. */
      allTexts() {
        const out2 = new Map(this.texts);
        for (const [path, f] of this.cache) if (f) out2.set(path, f.source.text);
        return out2;
      }
      inRun(path) {
        return this.runFiles.has(path);
      }
      /** Files of a directory: those on disk plus those the run names (which may be virtual). */
      listDir(dir) {
        const cached = this.listings.get(dir);
        if (cached) return cached;
        const names = /* @__PURE__ */ new Set();
        try {
          for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) names.add(join3(dir, e.name));
        } catch {
        }
        for (const f of this.input.files) if (dirname5(f.path) === dir) names.add(f.path);
        const list = [...names].sort();
        this.listings.set(dir, list);
        return list;
      }
      moduleFiles(dir) {
        return this.listDir(dir).filter(isTerraformFile);
      }
      /** Variable files Terraform loads by itself, in its order: terraform.tfvars(.json), then *.auto.tfvars(.json) by name. */
      autoVarFiles(dir) {
        const files = this.listDir(dir);
        const named = ["terraform.tfvars", "terraform.tfvars.json"].map((n) => join3(dir, n)).filter((p) => files.includes(p));
        const auto = files.filter((p) => /\.auto\.tfvars(\.json)?$/.test(basename(p))).sort((a, b) => basename(a) < basename(b) ? -1 : 1);
        return [...named, ...auto];
      }
      exists(path) {
        if (this.runFiles.has(path)) return true;
        try {
          if (existsSync(path)) return true;
        } catch {
          return false;
        }
        return this.input.readFile(path).ok;
      }
    };
  }
});

// parsers/terraform/index.ts
var terraform_exports = {};
__export(terraform_exports, {
  parser: () => parser3
});
import { dirname as dirname6 } from "node:path";
async function parseModules(input) {
  const ws = new Workspace(input, await loadHclReader());
  const dirs = [...new Set(input.files.filter((f) => f.kind === "terraform" || f.kind === "terraform-json").map((f) => dirname6(f.path)))].sort();
  const modules = new Map(dirs.map((d) => [d, readModule(ws, d)]));
  const called = calledDirectories(ws, modules);
  const varFiles = input.parameterFiles.filter(isTfvarsFile);
  const entities = [];
  for (const [dir, mod] of modules) {
    if (called.has(dir)) continue;
    const files = [...ws.autoVarFiles(dir), ...varFiles].map((p) => ws.load(p)).filter((f) => f !== void 0);
    for (const f of files) ws.publish(f);
    const instance2 = new ModuleInstance(ws, mod, { kind: "root", varFiles: files.map((file) => ({ file, values: readVarFile(file) })) }, {
      prefix: "",
      via: [],
      emitFrom: (p) => ws.inRun(p),
      inheritedConstraints: [],
      stack: []
    });
    entities.push(...instance2.entities());
  }
  for (const f of input.files) {
    if (f.kind === "terraform-plan") continue;
    const loaded3 = ws.load(f.path);
    if (loaded3) ws.publish(loaded3);
  }
  const out2 = emptyParseOutput();
  out2.entities.push(...entities);
  out2.diagnostics.push(...ws.diagnostics);
  out2.directives.push(...ws.directives);
  for (const [k, v] of ws.allTexts()) out2.texts.set(k, v);
  return out2;
}
function calledDirectories(ws, modules) {
  const decls = new Map(modules);
  const reach = (from) => {
    const seen = /* @__PURE__ */ new Set();
    const queue = [from];
    while (queue.length > 0) {
      const dir = queue.shift();
      let mod = decls.get(dir);
      if (!mod) {
        mod = readModule(ws, dir);
        decls.set(dir, mod);
      }
      for (const call of mod.calls) {
        if (!call.localDir || seen.has(call.localDir) || call.localDir === from) continue;
        seen.add(call.localDir);
        queue.push(call.localDir);
      }
    }
    return seen;
  };
  const reached = new Map([...modules.keys()].map((d) => [d, reach(d)]));
  const called = /* @__PURE__ */ new Set();
  for (const [d, fromD] of reached) {
    for (const [e, fromE] of reached) if (e !== d && fromE.has(d) && !fromD.has(e)) called.add(d);
  }
  return called;
}
var KINDS, parser3;
var init_terraform = __esm({
  "parsers/terraform/index.ts"() {
    "use strict";
    init_model();
    init_tree_sitter();
    init_module_instance();
    init_module_model();
    init_plan();
    init_tfvars();
    init_workspace();
    KINDS = ["terraform", "terraform-json", "tfvars", "tfvars-json", "terraform-plan"];
    parser3 = {
      kinds: KINDS,
      async parse(input) {
        const outputs = [];
        for (const f of input.files) if (f.kind === "terraform-plan") outputs.push(parsePlan(f.path, input.readFile(f.path)));
        const hclFiles = input.files.filter((f) => f.kind !== "terraform-plan");
        if (hclFiles.length > 0) outputs.push(await parseModules(input));
        return outputs.length === 1 ? outputs[0] ?? emptyParseOutput() : mergeParseOutputs(outputs);
      }
    };
  }
});

// src/engine/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// rules/api.ts
function defineRule(rule) {
  return rule;
}

// rules/diagnostics.ts
var noCheck = () => {
};
var parseError = defineRule({
  id: "parse-error",
  meta: {
    docs: {
      summary: "A file could not be read or parsed, so none of its resources were checked.",
      description: "Reported when a discovered file cannot be read (permissions, invalid UTF-8, binary data, over the size limit) or contains a syntax error that the parser cannot recover from. The finding points at the first position the parser could not make sense of. Every other file is still linted.",
      rationale: "A template that mtlslint cannot read is a template whose mutual-TLS settings nobody checked. Treating it as an error keeps a broken or unexpected file from silently passing the gate.",
      fix: "Fix the syntax at the reported position (the Bicep, ARM or Terraform tooling reports the same problem), or exclude the file with the `ignore` globs of `mtlslint.config.json` when it is not infrastructure code.",
      examples: {
        bicep: {
          bad: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  properties: {\n    httpsOnly: true\n",
          good: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  properties: {\n    httpsOnly: true\n  }\n}\n"
        },
        arm: {
          bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n',
          good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": []\n}\n'
        },
        terraform: {
          bad: 'resource "azurerm_linux_web_app" "api" {\n  name       = "app-orders"\n  https_only = true\n',
          good: 'resource "azurerm_linux_web_app" "api" {\n  name       = "app-orders"\n  https_only = true\n}\n'
        }
      }
    },
    messages: {
      parseError: "{{message}}",
      unreadable: "The file could not be read: {{reason}}."
    },
    defaultSeverity: "error",
    securitySeverity: 4,
    tags: ["security", "mtlslint-diagnostic", "correctness"],
    appliesTo: [],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check: noCheck
});
var unresolvedSetting = defineRule({
  id: "unresolved-setting",
  meta: {
    docs: {
      summary: "A setting a rule needs depends on a value that is only known at deployment time.",
      description: "Reported when a rule needs a setting whose value comes from something mtlslint does not evaluate: a parameter without default and without a parameter file, `reference()`, a data source, a module output. The finding points at the expression and names the rule that could not decide. mtlslint never guesses such a value.",
      rationale: "An unresolved `clientCertMode` or `httpsOnly` may be fine or may switch mutual TLS off, depending on the pipeline that deploys it. Making the gap visible lets you close it with a parameter file or a safe default.",
      fix: "Give the parameter or variable a safe default, pass the parameter file (`--param-file`, `--var-file`, or `parameters` in the config), or write the value literally on the resource.",
      examples: {
        bicep: {
          bad: "param certMode string\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: certMode\n  }\n}\n",
          good: "param certMode string = 'Required'\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: certMode\n  }\n}\n"
        },
        arm: {
          bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "certMode": { "type": "string" } },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "[parameters('certMode')]"
      }
    }
  ]
}
`,
          good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "certMode": { "type": "string", "defaultValue": "Required" } },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "[parameters('certMode')]"
      }
    }
  ]
}
`
        },
        terraform: {
          bad: 'variable "cert_mode" {\n  type = string\n}\n\nresource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = var.cert_mode\n  site_config {}\n}\n',
          good: 'variable "cert_mode" {\n  type    = string\n  default = "Required"\n}\n\nresource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = var.cert_mode\n  site_config {}\n}\n'
        }
      }
    },
    messages: {
      unresolved: "'{{setting}}' of {{resource}} is only known at deployment time ({{expression}}), so {{rule}} could not check it."
    },
    defaultSeverity: "note",
    securitySeverity: 2,
    tags: ["security", "mtlslint-diagnostic", "coverage"],
    appliesTo: [],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check: noCheck
});
var unusedDirective = defineRule({
  id: "unused-directive",
  meta: {
    docs: {
      summary: "An mtlslint-disable-next-line directive suppresses nothing.",
      description: "Reported for a `mtlslint-disable-next-line` comment (or an ARM `metadata.mtlslint` entry) that did not suppress any finding on the line or resource it applies to, for each rule id in such a directive that matched nothing, and for each rule id that is not a rule at all (a typo, or a rule of another tool). Controlled by `reportUnusedDirectives` in the config.",
      rationale: "Exceptions outlive the problems they excused. A stale directive documents a risk that no longer exists and silently hides the next real finding of that rule on the same resource.",
      fix: "Delete the directive, or remove the rule ids from it that no longer report anything.",
      examples: {
        bicep: {
          bad: "// mtlslint-disable-next-line https-only -- legacy health probe\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n  }\n}\n",
          good: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n  }\n}\n"
        },
        arm: {
          bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      // mtlslint-disable-next-line https-only -- legacy health probe\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode": "Required"\n      }\n    }\n  ]\n}\n',
          good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode": "Required"\n      }\n    }\n  ]\n}\n'
        },
        terraform: {
          bad: '# mtlslint-disable-next-line https-only -- legacy health probe\nresource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = "Required"\n  site_config {}\n}\n',
          good: 'resource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = "Required"\n  site_config {}\n}\n'
        }
      }
    },
    messages: {
      unusedDirective: "This directive suppresses nothing: no finding of {{rules}} applies to the next line.",
      unusedRule: "'{{rule}}' in this directive suppresses nothing.",
      unknownRule: "Unknown rule '{{rule}}' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids."
    },
    defaultSeverity: "warn",
    securitySeverity: 1,
    tags: ["security", "mtlslint-diagnostic", "maintainability"],
    appliesTo: [],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check: noCheck
});
var SITE_ARM = (metadataOrComment) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
${metadataOrComment}      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "marketing",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": false
      }
    }
  ]
}
`;
var SITE_BICEP = (comment) => `${comment}resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'marketing'
  location: resourceGroup().location
  properties: {
    httpsOnly: true
    clientCertEnabled: false
  }
}
`;
var SITE_TERRAFORM = (comment) => `${comment}resource "azurerm_linux_web_app" "marketing" {
  name                       = "marketing"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = false
  site_config {}
}
`;
var directiveReason = defineRule({
  id: "directive-reason",
  meta: {
    docs: {
      summary: 'A suppression directive must give its reason after "--".',
      description: 'Reported for a `mtlslint-disable-next-line` comment without a reason after `--`, and for an ARM `metadata.mtlslint` entry whose reason is empty. The directive still suppresses what it names; the finding asks for the missing justification. Turned off with `"requireDirectiveReason": false` in the config.',
      rationale: "Every exception to a security control should record its business reason and compensating control, so that reviewers can judge it and it can be revisited. The reason is carried into JSON and SARIF as the suppression justification.",
      fix: "Write the reason after the rule list: `mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data`.",
      examples: {
        bicep: {
          bad: SITE_BICEP("// mtlslint-disable-next-line client-cert-enabled\n"),
          good: SITE_BICEP("// mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data\n")
        },
        arm: {
          bad: SITE_ARM("      // mtlslint-disable-next-line client-cert-enabled\n"),
          good: SITE_ARM('      "metadata": { "mtlslint": { "client-cert-enabled": "public marketing site, no customer data" } },\n')
        },
        terraform: {
          bad: SITE_TERRAFORM("# mtlslint-disable-next-line client-cert-enabled\n"),
          good: SITE_TERRAFORM("# mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data\n")
        }
      }
    },
    messages: {
      missingReason: 'This directive gives no reason: write why after "--" ({{rules}}).'
    },
    defaultSeverity: "error",
    securitySeverity: 1,
    tags: ["security", "mtlslint-diagnostic", "maintainability"],
    appliesTo: [],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check: noCheck
});
var MODULE_BICEP = (source) => `module site '${source}' = {
  name: 'site'
  params: {
    name: 'app-orders'
    httpsOnly: true
  }
}
`;
var notAnalysed = defineRule({
  id: "not-analysed",
  meta: {
    docs: {
      summary: "Part of the deployment was not analysed: a module, file or resource mtlslint did not read.",
      description: "Reported where the input names something whose settings mtlslint did not check: a registry, template-spec or remote module that is not available locally, a module or file path outside the linted tree or not a regular file, a resource whose type is only known at deployment, or a part of an evaluation cut by a safety bound. The finding points at the line that names it and says how to make it available.",
      rationale: "A linter that passes silently over what it could not see reports a clean result nobody earned. Making each blind spot visible lets you close it (restore the module, lint the folder it lives in) or accept it knowingly.",
      fix: "Make the module available locally (`bicep restore`, `terraform init`), lint from a folder that contains it, or suppress the note with a directive that says why the part is checked elsewhere.",
      examples: {
        bicep: {
          bad: MODULE_BICEP("br/public:avm/res/web/site:0.19.0"),
          good: MODULE_BICEP("./modules/site.bicep")
        },
        arm: {
          bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Resources/deployments",\n      "apiVersion": "2022-09-01",\n      "name": "site",\n      "properties": {\n        "mode": "Incremental",\n        "templateLink": { "uri": "https://example.org/site.json" }\n      }\n    }\n  ]\n}\n',
          good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": []\n}\n'
        },
        terraform: {
          bad: 'module "site" {\n  source  = "Azure/avm-res-web-site/azurerm"\n  version = "0.19.0"\n}\n',
          good: 'module "site" {\n  source = "./modules/site"\n}\n'
        }
      }
    },
    messages: {
      notAnalysed: "{{message}}"
    },
    defaultSeverity: "note",
    securitySeverity: 2,
    tags: ["security", "mtlslint-diagnostic", "coverage"],
    appliesTo: [],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check: noCheck
});
var diagnosticRules = [parseError, unresolvedSetting, notAnalysed, unusedDirective, directiveReason];

// rules/certificate-secret-in-source.ts
init_model();

// rules/support/describe.ts
var ARM_NAMES = {
  httpsOnly: "httpsOnly",
  clientCertEnabled: "clientCertEnabled",
  clientCertMode: "clientCertMode",
  clientCertExclusionPaths: "clientCertExclusionPaths",
  minTlsVersion: "siteConfig.minTlsVersion",
  scmMinTlsVersion: "siteConfig.scmMinTlsVersion",
  http20Enabled: "siteConfig.http20Enabled",
  publicNetworkAccess: "publicNetworkAccess",
  loadCertificates: "app setting WEBSITE_LOAD_CERTIFICATES",
  pfxBlob: "pfxBlob",
  password: "password",
  keyVaultSecret: "keyVaultId"
};
var AZURERM_NAMES = {
  httpsOnly: "https_only",
  clientCertEnabled: "client_certificate_enabled",
  clientCertMode: "client_certificate_mode",
  clientCertExclusionPaths: "client_certificate_exclusion_paths",
  minTlsVersion: "site_config.minimum_tls_version",
  scmMinTlsVersion: "site_config.scm_minimum_tls_version",
  http20Enabled: "site_config.http2_enabled",
  publicNetworkAccess: "public_network_access_enabled",
  loadCertificates: "app_settings WEBSITE_LOAD_CERTIFICATES",
  pfxBlob: "pfx_blob",
  password: "password",
  keyVaultSecret: "key_vault_secret_id"
};
var AZURERM_OVERRIDES = {
  azurerm_app_service: {
    clientCertEnabled: "client_cert_enabled",
    clientCertMode: "client_cert_mode",
    minTlsVersion: "site_config.min_tls_version",
    scmMinTlsVersion: "site_config.scm_min_tls_version"
  },
  azurerm_app_service_slot: { minTlsVersion: "site_config.min_tls_version", scmMinTlsVersion: "site_config.scm_min_tls_version" },
  azurerm_function_app: {
    clientCertEnabled: "client_cert_mode",
    clientCertMode: "client_cert_mode",
    minTlsVersion: "site_config.min_tls_version",
    scmMinTlsVersion: "site_config.scm_min_tls_version"
  },
  azurerm_function_app_slot: { minTlsVersion: "site_config.min_tls_version", scmMinTlsVersion: "site_config.scm_min_tls_version" },
  azurerm_logic_app_standard: {
    clientCertEnabled: "client_certificate_mode",
    minTlsVersion: "site_config.min_tls_version",
    scmMinTlsVersion: "site_config.scm_min_tls_version"
  }
};
function usesAzurermNames(entity) {
  return (entity.format === "terraform" || entity.format === "terraform-plan") && entity.resourceType.startsWith("azurerm_");
}
function propertyName(entity, key) {
  if (!usesAzurermNames(entity)) return ARM_NAMES[key];
  return AZURERM_OVERRIDES[entity.resourceType]?.[key] ?? AZURERM_NAMES[key];
}
function modeIsTheSwitch(entity) {
  return usesAzurermNames(entity) && (entity.resourceType === "azurerm_logic_app_standard" || entity.resourceType === "azurerm_function_app");
}
function cannotEnableClientCerts(entity) {
  return usesAzurermNames(entity) && (entity.resourceType === "azurerm_app_service_slot" || entity.resourceType === "azurerm_function_app_slot");
}
var KIND_PLURAL = {
  webApp: "web apps",
  functionApp: "function apps",
  logicApp: "logic apps (standard)"
};
function kindPlural(site) {
  const base = KIND_PLURAL[site.kind];
  return usesAzurermNames(site) ? `azurerm ${base}` : base;
}
function parameterNoun(entity) {
  return entity.format === "terraform" || entity.format === "terraform-plan" ? "variable" : "parameter";
}
function hopPhrase(hop, entity) {
  const named = (what) => hop.name ? `${what} '${hop.name}'` : what;
  switch (hop.kind) {
    case "parameter":
    case "module-parameter":
      return `from ${named(parameterNoun(entity))}`;
    case "variable":
      return `from ${named("variable")}`;
    case "local":
      return `from ${named("local")}`;
    case "module-argument":
      return `from ${named("module argument")}`;
    default:
      return void 0;
  }
}
function sourcePhrase(setting, entity) {
  if (setting.kind === "absent") return "";
  const parts2 = [];
  const first = setting.trail.slice(1).map((h) => hopPhrase(h, entity)).find((p) => p !== void 0);
  if (first) parts2.push(first);
  const last = setting.trail[setting.trail.length - 1];
  if (last?.kind === "parameter-file") parts2.push("set in the parameter file");
  else if (last?.kind === "tfvars") parts2.push("set in a tfvars file");
  else if (last?.kind === "parameter-default" && first) parts2.push("its default");
  return parts2.length ? ` (${parts2.join(", ")})` : "";
}

// rules/certificate-secret-in-source.ts
var WHAT = {
  pfxBlob: "PFX data (with the private key)",
  password: "PFX password"
};
function writtenWhere(trail, noun) {
  const last = trail[trail.length - 1];
  const param = trail.find((h) => h.kind === "parameter" || h.kind === "module-parameter");
  const named = param?.name ? `${noun} '${param.name}'` : `a ${noun}`;
  switch (last?.kind) {
    case "parameter-default":
      return `from the default value of ${named}`;
    case "parameter-file":
      return `from a parameter file (${named})`;
    case "tfvars":
      return `from a tfvars file (${named})`;
    case "variable":
    case "local":
      return `from ${last.kind} '${last.name ?? "?"}'`;
    default:
      return "written on the property";
  }
}
function checkSecret(cert, key, context) {
  const setting = cert.settings[key];
  if (setting.kind === "absent") return;
  const terraform = cert.format === "terraform" || cert.format === "terraform-plan";
  const noun = parameterNoun(cert);
  const base = {
    resource: entityLabel(cert),
    property: propertyName(cert, key),
    what: WHAT[key],
    keyVault: terraform ? "key_vault_secret_id" : "keyVaultId and keyVaultSecretName"
  };
  const sensitiveInPlan = setting.trail.some((h) => h.kind === "plan" && h.secure === true);
  if (setting.kind === "set" && setting.value.trim() !== "" && !sensitiveInPlan) {
    context.report({ messageId: "literal", data: { ...base, where: writtenWhere(setting.trail, noun) }, setting: key });
  }
  for (const hop of setting.trail) {
    if (hop.kind !== "parameter" && hop.kind !== "module-parameter" || hop.secure !== false) continue;
    context.report({
      messageId: "nonSecureParameter",
      data: {
        ...base,
        secureIt: terraform ? `mark variable '${hop.name ?? "?"}' sensitive` : `declare parameter '${hop.name ?? "?"}' secure`,
        exposure: terraform ? "shown in plan output" : "kept in clear text in the deployment history"
      },
      setting: key,
      range: hop.range
    });
  }
}
var certificateSecretInSource = defineRule({
  id: "certificate-secret-in-source",
  meta: {
    docs: {
      summary: "Certificate PFX data and passwords must come from Key Vault, not from source or non-secure parameters.",
      description: "For `Microsoft.Web/certificates` (Terraform `azurerm_app_service_certificate`), reports `pfxBlob` / `password` (`pfx_blob` / `password`) written as a non-empty literal anywhere in source (on the property, as a parameter default, in a parameter file, in a tfvars file), and every parameter or variable they pass through that is not declared secure (`securestring`, `@secure()`, `sensitive = true`). A value from a Key Vault reference is fine.",
      rationale: "The PFX holds the certificate's private key; with it (and the password next to it) anyone who can read the repository, a fork, a CI log or the deployment history can impersonate the site or the client the certificate identifies. Parameters that are not secure are stored in clear text in the deployment history and shown in the portal and in plan output. App Service can import the certificate straight from Key Vault (`keyVaultId` + `keyVaultSecretName`, Terraform `key_vault_secret_id`), so no secret needs to pass through the template.",
      fix: "Store the PFX in Key Vault and reference it (`keyVaultId` and `keyVaultSecretName`; Terraform `key_vault_secret_id`). If a PFX must be passed in, use a secure parameter without a default and supply it at deploy time from a secret store.",
      examples: examples()
    },
    messages: {
      literal: "Certificate secret in source for {{resource}}: move the {{what}} to Key Vault and reference it ({{keyVault}}). The value of {{property}} is a literal {{where}}; anyone who can read the repository can use it.",
      nonSecureParameter: "Certificate secret through a non-secure parameter for {{resource}}: {{secureIt}} or use a Key Vault reference. The {{what}} it carries is {{exposure}}."
    },
    defaultSeverity: "error",
    securitySeverity: 8.8,
    tags: ["security", "secrets", "certificates"],
    appliesTo: ["certificate"],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "certificate") return;
    checkSecret(entity, "pfxBlob", context);
    checkSecret(entity, "password", context);
  }
});
function examples() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string
param pfxPassword string = 'Orders-Example-Passw0rd'

resource cert 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'orders-api-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    pfxBlob: 'MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly'
    password: pfxPassword
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string
param keyVaultId string

resource cert 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'orders-api-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    keyVaultId: keyVaultId
    keyVaultSecretName: 'orders-api-client-ca'
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" },
    "pfxPassword": { "type": "string", "defaultValue": "Orders-Example-Passw0rd" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "orders-api-client-ca",
      "location": "[parameters('location')]",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "pfxBlob": "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly",
        "password": "[parameters('pfxPassword')]"
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" },
    "keyVaultId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "orders-api-client-ca",
      "location": "[parameters('location')]",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "keyVaultId": "[parameters('keyVaultId')]",
        "keyVaultSecretName": "orders-api-client-ca"
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "pfx_password" {
  type    = string
  default = "Orders-Example-Passw0rd"
}

resource "azurerm_app_service_certificate" "client_ca" {
  name                = "orders-api-client-ca"
  resource_group_name = var.resource_group_name
  location            = var.location
  pfx_blob            = "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly"
  password            = var.pfx_password
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "client_ca_secret_id" {
  type = string
}

resource "azurerm_app_service_certificate" "client_ca" {
  name                = "orders-api-client-ca"
  resource_group_name = var.resource_group_name
  location            = var.location
  key_vault_secret_id = var.client_ca_secret_id
}
`
    }
  };
}

// rules/client-cert-enabled.ts
init_model();
var clientCertEnabled = defineRule({
  id: "client-cert-enabled",
  meta: {
    docs: {
      summary: "Sites that are expected to use mutual TLS must have client certificates enabled.",
      description: "Reports a site or slot whose client certificates are off: `clientCertEnabled` (Terraform `client_certificate_enabled`) is `false` or not set. For the azurerm logic app (standard) and the legacy `azurerm_function_app`, client certificates are on only when a mode is set, so a missing mode is reported. HTTP/2 does not excuse missing client certificates.",
      rationale: "Without client certificates the App Service front end never asks the client for one and forwards no `X-ARR-ClientCert` header, so the app cannot authenticate callers by certificate. `clientCertEnabled` defaults to `false` everywhere. Some tools skip sites with HTTP/2 enabled on the grounds that the two do not work together; that is only true of TLS renegotiation (exclusion paths, `OptionalInteractiveUser`), not of client certificates as such, so mtlslint does not.",
      fix: "Set `clientCertEnabled: true` with `clientCertMode: 'Required'` (Terraform: `client_certificate_enabled = true`, `client_certificate_mode = \"Required\"`). Sites that legitimately serve anonymous clients belong outside the `requireMtls` scope in the configuration.",
      examples: examples2()
    },
    messages: {
      disabled: "Client certificates are off on {{resource}}: set {{property}} to true. It is false{{source}}, so callers are never asked for a certificate.",
      missing: "Client certificates are off on {{resource}}: set {{property}} to true. It is not set and {{kinds}} default to false, so callers are never asked for a certificate.",
      missingMode: 'Client certificates are off on {{resource}}: set {{property}} to "Required". For this resource type certificates are only on when a mode is set.',
      unsupported: "Client certificates are off on {{resource}}: move to a current slot resource type. {{resourceType}} has no client certificate argument, so certificates cannot be turned on."
    },
    defaultSeverity: "error",
    securitySeverity: 8.1,
    tags: ["security", "mtls", "authentication"],
    appliesTo: ["site"],
    mtls: true,
    fixable: true
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "site") return;
    const setting = entity.settings.clientCertEnabled;
    if (setting.kind === "unresolved") {
      context.unresolved("clientCertEnabled");
      return;
    }
    const value = effective(setting);
    if (!value.known || value.value !== false) return;
    const data = {
      resource: entityLabel(entity),
      property: propertyName(entity, "clientCertEnabled"),
      source: sourcePhrase(setting, entity),
      kinds: kindPlural(entity)
    };
    if (cannotEnableClientCerts(entity)) {
      context.report({ messageId: "unsupported", data: { ...data, resourceType: entity.resourceType }, setting: "clientCertEnabled" });
      return;
    }
    if (modeIsTheSwitch(entity)) {
      context.report({ messageId: "missingMode", data, setting: "clientCertEnabled" });
      return;
    }
    context.report({
      messageId: value.explicit ? "disabled" : "missing",
      data,
      setting: "clientCertEnabled",
      fix: { setting: "clientCertEnabled", value: true }
    });
  }
});
function examples2() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: false
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": false,
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = false

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/client-cert-exclusion-paths.ts
init_model();

// rules/support/list-entries.ts
function splitList(raw, separators) {
  const result = { entries: [], separators: /* @__PURE__ */ new Map() };
  if (raw.trim() === "") return result;
  let start2 = 0;
  for (let i2 = 0; i2 <= raw.length; i2++) {
    const c = raw[i2];
    const atEnd = i2 === raw.length;
    if (!atEnd && (c === void 0 || !separators.includes(c))) continue;
    if (!atEnd && c !== void 0 && !result.separators.has(c)) result.separators.set(c, i2);
    const piece = raw.slice(start2, i2);
    const lead = piece.length - piece.trimStart().length;
    const value = piece.trim();
    if (value === "") {
      result.entries.push({ value, index: atEnd ? Math.max(0, start2 - 1) : i2, length: 0 });
    } else {
      result.entries.push({ value, index: start2 + lead, length: value.length });
    }
    start2 = i2 + 1;
  }
  return result;
}
function splitExclusionPaths(raw) {
  return splitList(raw, [",", ";"]);
}
function splitThumbprints(raw) {
  return splitList(raw, [","]);
}

// rules/support/literal-range.ts
function rangeInLiteral(setting, file, index, length) {
  if (setting.kind !== "set" || setting.text === void 0) return void 0;
  const { range, text, value } = setting;
  if (range.file !== file || range.start.line !== range.end.line) return void 0;
  if (text.length < 2 || range.endOffset - range.startOffset !== text.length) return void 0;
  const quote = text[0];
  if (quote !== '"' && quote !== "'" || text[text.length - 1] !== quote) return void 0;
  if (text.slice(1, -1) !== value) return void 0;
  if (index < 0 || index + length > value.length) return void 0;
  const startOffset = range.startOffset + 1 + index;
  const startColumn = range.start.column + 1 + index;
  return {
    file,
    start: { line: range.start.line, column: startColumn },
    end: { line: range.start.line, column: startColumn + Math.max(0, length - 1) },
    startOffset,
    endOffset: startOffset + length
  };
}

// rules/client-cert-exclusion-paths.ts
var WILDCARD = /[*?]/;
function norm(path) {
  return path.toLowerCase().replace(/\/+$/, "");
}
var clientCertExclusionPaths = defineRule({
  id: "client-cert-exclusion-paths",
  meta: {
    docs: {
      summary: "Client certificate exclusion paths must be few, exact and deliberate.",
      description: [
        "For a site or slot whose client certificates are on, checks each entry of `clientCertExclusionPaths` (Terraform `client_certificate_exclusion_paths`) and reports, one finding per problem:",
        "",
        "- `/` or a blank entry (`/a;;/b`, a trailing separator);",
        '- an entry equal to or a parent of a broad prefix (option `broadPrefixes`, default `["/api"]`);',
        "- wildcard characters `*` or `?`, which App Service matches literally;",
        "- an entry without a leading `/`, which never matches a request path;",
        "- duplicate entries (compared case-insensitively);",
        "- an entry already covered by another entry that is its prefix;",
        "- a mix of `,` and `;` separators;",
        "- prefix over-reach: an entry that does not end in `/` also exempts every longer path (`/health` exempts `/healthz-admin`) (option `reportPrefixOverreach`);",
        "- when the option `allowed` is given, entries that are not in it.",
        "",
        "Entries listed in `allowed` are not reported as broad or over-reaching."
      ].join("\n"),
      rationale: "Requests whose path starts with an exclusion path (case-insensitive prefix match) are let through without a client certificate, even with mode `Required`. The match is a plain string prefix: no wildcards, no segment boundaries, so `/health` also opens `/healthcheck-admin` and `/api` opens the whole API. Exclusion paths also force the front end to use TLS renegotiation, which HTTP/2 and TLS 1.3 cannot do and which rejects request bodies over 100 KB. Every entry should be a narrow, intended hole.",
      fix: "Keep exclusions to the few endpoints that must be anonymous (health probes, well-known files), write each as an exact path starting with `/` and, where possible, ending in `/`, separate them with one separator, and record them with a reason in the `allowed` option. Better still, serve such endpoints from a separate site without client certificates.",
      options: [
        '- `broadPrefixes` (string array, default `["/api"]`): an entry equal to or a parent of one of these is reported.',
        "- `reportPrefixOverreach` (boolean, default `true`): report entries that do not end in `/`.",
        '- `allowed` (array of `{ "path": "/health/", "reason": "..." }`): when given, every entry must be listed (case-insensitive); listed entries are exempt from the broad and over-reach checks. `reason` is required.'
      ].join("\n"),
      examples: examples3()
    },
    messages: {
      root: 'Exclusion path "/" on {{resource}} turns client certificates off for every request: remove it from {{property}}.',
      emptyEntry: "Blank exclusion path in {{property}} of {{resource}}: remove the extra separator. A blank entry is at best ignored and at worst matches every path.",
      broadPrefix: 'Exclusion path "{{path}}" on {{resource}} exempts everything under "{{broad}}" from client certificates: narrow it to the exact endpoints that must be anonymous.',
      wildcard: 'Exclusion path "{{path}}" on {{resource}} contains a wildcard: write the literal path prefix. App Service matches "{{char}}" as a literal character, so this entry does not do what it seems to.',
      missingSlash: 'Exclusion path "{{path}}" on {{resource}} does not start with "/": write "/{{path}}". Request paths always start with "/", so this entry never matches.',
      duplicate: 'Duplicate exclusion path "{{path}}" on {{resource}}: remove it. It repeats "{{first}}" (paths compare case-insensitively).',
      covered: 'Exclusion path "{{path}}" on {{resource}} is already covered by "{{by}}": remove it. Paths match as prefixes, so "{{by}}" exempts it already.',
      mixedSeparators: 'Exclusion paths of {{resource}} mix "," and ";": use one separator in {{property}}. Mixed separators make the list hard to review.',
      prefixOverreach: 'Exclusion path "{{path}}" on {{resource}} also exempts longer paths such as "{{example}}": end it with "/" or list it in the allowed option. Exclusion paths match as plain prefixes.',
      notAllowed: `Exclusion path "{{path}}" on {{resource}} is not in the allowed list: remove it or add it to the rule's allowed option with a reason.`
    },
    defaultSeverity: "warn",
    securitySeverity: 5.3,
    tags: ["security", "mtls", "authentication"],
    schema: {
      type: "object",
      properties: {
        broadPrefixes: { type: "array", items: { type: "string", minLength: 1 } },
        reportPrefixOverreach: { type: "boolean" },
        allowed: {
          type: "array",
          items: {
            type: "object",
            properties: { path: { type: "string", minLength: 1 }, reason: { type: "string", minLength: 1 } },
            required: ["path", "reason"],
            additionalProperties: false
          }
        }
      },
      additionalProperties: false
    },
    appliesTo: ["site"],
    mtls: true,
    fixable: false
  },
  defaultOptions: { broadPrefixes: ["/api"], reportPrefixOverreach: true },
  check(entity, context) {
    if (entity.entity !== "site") return;
    const enabled = effective(entity.settings.clientCertEnabled);
    if (!enabled.known || enabled.value !== true) return;
    const setting = entity.settings.clientCertExclusionPaths;
    if (setting.kind === "unresolved") {
      context.unresolved("clientCertExclusionPaths");
      return;
    }
    if (setting.kind !== "set") return;
    const options = context.options;
    const broadPrefixes = options.broadPrefixes ?? ["/api"];
    const allowed = options.allowed?.map((a) => a.path.toLowerCase());
    const base = {
      resource: entityLabel(entity),
      property: propertyName(entity, "clientCertExclusionPaths"),
      source: sourcePhrase(setting, entity)
    };
    const at = (index, length) => rangeInLiteral(setting, entity.file, index, length) ?? setting.range;
    const report = (messageId, entry, data = {}) => context.report({
      messageId,
      data: { ...base, path: entry.value, ...data },
      setting: "clientCertExclusionPaths",
      range: at(entry.index, entry.length)
    });
    const { entries, separators } = splitExclusionPaths(setting.value);
    const comma = separators.get(",");
    const semicolon = separators.get(";");
    if (comma !== void 0 && semicolon !== void 0) {
      context.report({
        messageId: "mixedSeparators",
        data: base,
        setting: "clientCertExclusionPaths",
        range: at(Math.max(comma, semicolon), 1)
      });
    }
    const seen = /* @__PURE__ */ new Map();
    const usable = entries.filter((e) => e.value !== "" && e.value !== "/");
    for (const entry of entries) {
      const path = entry.value;
      if (path === "") {
        report("emptyEntry", entry);
        continue;
      }
      if (path === "/") {
        report("root", entry);
        continue;
      }
      const key = path.toLowerCase();
      const first = seen.get(key);
      if (first !== void 0) {
        report("duplicate", entry, { first });
        continue;
      }
      seen.set(key, path);
      const wildcard = WILDCARD.exec(path);
      if (wildcard) report("wildcard", entry, { char: wildcard[0] });
      const slashless = !path.startsWith("/");
      if (slashless) report("missingSlash", entry);
      const by = usable.find((o) => o !== entry && o.value.toLowerCase() !== key && key.startsWith(o.value.toLowerCase()));
      if (by) {
        report("covered", entry, { by: by.value });
        continue;
      }
      const isAllowed2 = allowed?.includes(key) ?? false;
      if (allowed && !isAllowed2) report("notAllowed", entry);
      if (isAllowed2 || wildcard || slashless) continue;
      const broad = broadPrefixes.find((b) => norm(b).startsWith(norm(path)));
      if (broad !== void 0) {
        report("broadPrefix", entry, { broad });
        continue;
      }
      if (options.reportPrefixOverreach !== false && !path.endsWith("/")) {
        report("prefixOverreach", entry, { example: `${path}-admin` });
      }
    }
  }
});
function examples3() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/health;/api'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/healthz/'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "/health;/api",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "/healthz/",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/health;/api"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz/"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/client-cert-mode.ts
init_model();

// rules/support/glob.ts
function globMatch(pattern, text) {
  const source = pattern.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, "is").test(text);
}

// rules/client-cert-mode.ts
var MODE_ADVICE = {
  optional: "Optional lets every request without a certificate through",
  optionalinteractiveuser: "OptionalInteractiveUser never asks the client for a certificate and forces TLS renegotiation"
};
var clientCertMode = defineRule({
  id: "client-cert-mode",
  meta: {
    docs: {
      summary: "Client certificates must be required, not optional.",
      description: "For a site or slot whose client certificates are on, reports an effective `clientCertMode` (Terraform `client_certificate_mode`) other than `Required`: `Optional`, `OptionalInteractiveUser`, a value App Service does not know, or no value where the platform default is not `Required` (azurerm function apps default to `Optional`). Sites with client certificates off are left to `client-cert-enabled`.",
      rationale: "`Required` makes the front end reject every request that does not present a certificate. `Optional` asks for one but lets requests without a certificate through, and `OptionalInteractiveUser` does not even ask (and needs TLS renegotiation, which HTTP/2 and TLS 1.3 cannot do). With either, the app receives anonymous requests and must enforce the certificate itself on every path. ARM and Bicep default to `Required` when certificates are enabled; the azurerm function app resources default to `Optional`.",
      fix: "Set `clientCertMode: 'Required'` (Terraform: `client_certificate_mode = \"Required\"`). Where a site deliberately accepts anonymous requests, record it with the `allow` option and a reason.",
      options: '`allow`: a list of `{ "name": "<glob>", "mode": "Optional" | "OptionalInteractiveUser", "reason": "..." }`. A site whose name matches `name` (case-insensitive; `*` and `?` wildcards; the name as mtlslint shows it: Bicep symbolic name, ARM name, Terraform address) may use that mode. `reason` is required.',
      examples: examples4()
    },
    messages: {
      optional: 'Client certificates are optional on {{resource}}: set {{property}} to "Required". It is "Optional"{{source}}, which lets every request without a certificate through.',
      optionalInteractiveUser: 'Client certificates are never requested on {{resource}}: set {{property}} to "Required". It is "OptionalInteractiveUser"{{source}}, which does not ask the client for a certificate and needs TLS renegotiation.',
      unknownMode: 'Unknown client certificate mode {{value}} on {{resource}}: set {{property}} to "Required". App Service knows Required, Optional and OptionalInteractiveUser.',
      defaultNotRequired: 'Client certificates are {{modeWord}} on {{resource}}: set {{property}} to "Required". It is not set, and {{kinds}} default to {{mode}}; {{advice}}.'
    },
    defaultSeverity: "error",
    securitySeverity: 7.5,
    tags: ["security", "mtls", "authentication"],
    schema: {
      type: "object",
      properties: {
        allow: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: { type: "string", minLength: 1 },
              mode: { enum: ["Optional", "OptionalInteractiveUser"] },
              reason: { type: "string", minLength: 1 }
            },
            required: ["name", "mode", "reason"],
            additionalProperties: false
          }
        }
      },
      additionalProperties: false
    },
    appliesTo: ["site"],
    mtls: true,
    fixable: true
  },
  defaultOptions: { allow: [] },
  check(entity, context) {
    if (entity.entity !== "site") return;
    const enabled = effective(entity.settings.clientCertEnabled);
    if (!enabled.known || enabled.value !== true) return;
    const setting = entity.settings.clientCertMode;
    if (setting.kind === "unresolved") {
      context.unresolved("clientCertMode");
      return;
    }
    const mode = effective(setting);
    if (!mode.known || mode.value.toLowerCase() === "required") return;
    if (isAllowed(entity, mode.value, context.options.allow ?? [])) return;
    const lower = mode.value.toLowerCase();
    const data = {
      resource: entityLabel(entity),
      property: propertyName(entity, "clientCertMode"),
      source: sourcePhrase(setting, entity),
      value: JSON.stringify(mode.value),
      mode: mode.value,
      kinds: kindPlural(entity),
      modeWord: lower === "optionalinteractiveuser" ? "never requested" : "optional",
      advice: MODE_ADVICE[lower] ?? "it is not Required"
    };
    const messageId = !mode.explicit ? "defaultNotRequired" : lower === "optional" ? "optional" : lower === "optionalinteractiveuser" ? "optionalInteractiveUser" : "unknownMode";
    context.report({ messageId, data, setting: "clientCertMode", fix: { setting: "clientCertMode", value: "Required" } });
  }
});
function isAllowed(site, mode, allow) {
  const names = [site.name, site.name + (site.instance ?? "")];
  return allow.some((a) => a.mode.toLowerCase() === mode.toLowerCase() && names.some((n) => globMatch(a.name, n)));
}
function examples4() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Optional'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Optional",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

variable "storage_account_name" {
  type = string
}

resource "azurerm_linux_function_app" "orders" {
  name                          = "orders-func"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  service_plan_id               = var.service_plan_id
  storage_account_name          = var.storage_account_name
  storage_uses_managed_identity = true

  https_only                 = true
  client_certificate_enabled = true

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

variable "storage_account_name" {
  type = string
}

resource "azurerm_linux_function_app" "orders" {
  name                          = "orders-func"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  service_plan_id               = var.service_plan_id
  storage_account_name          = var.storage_account_name
  storage_uses_managed_identity = true

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/client-cert-settings-ignored.ts
init_model();
var clientCertSettingsIgnored = defineRule({
  id: "client-cert-settings-ignored",
  meta: {
    docs: {
      summary: "A client certificate mode or exclusion paths set while client certificates are off have no effect.",
      description: "Reports `clientCertMode` and non-empty `clientCertExclusionPaths` (Terraform `client_certificate_mode`, `client_certificate_exclusion_paths`) written on a site or slot whose client certificates are known to be off.",
      rationale: "App Service only reads the mode and the exclusion paths when `clientCertEnabled` is true. Written on a site with client certificates off, they suggest a protection that does not exist: a reviewer reading `clientCertMode: 'Required'` assumes callers need a certificate, yet none is ever requested. Often the switch was forgotten or turned off by a parameter.",
      fix: "Either turn client certificates on (`clientCertEnabled: true`, Terraform `client_certificate_enabled = true`), or remove the mode and the exclusion paths.",
      examples: examples5()
    },
    messages: {
      modeIgnored: 'Client certificate mode has no effect on {{resource}}: turn client certificates on or remove {{property}}. {{enabledProperty}} is {{enabledState}}, so the mode "{{mode}}"{{source}} requests nothing.',
      exclusionPathsIgnored: "Client certificate exclusion paths have no effect on {{resource}}: turn client certificates on or remove {{property}}. {{enabledProperty}} is {{enabledState}}, so no request needs a certificate to begin with."
    },
    defaultSeverity: "warn",
    securitySeverity: 3.1,
    tags: ["security", "mtls", "maintainability"],
    appliesTo: ["site"],
    mtls: true,
    fixable: false
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "site") return;
    const { clientCertEnabled: clientCertEnabled2, clientCertMode: clientCertMode2, clientCertExclusionPaths: clientCertExclusionPaths2 } = entity.settings;
    const modeSet = clientCertMode2.kind === "set";
    const pathsSet = clientCertExclusionPaths2.kind === "set" && clientCertExclusionPaths2.value.trim() !== "";
    if (!modeSet && !pathsSet) return;
    if (clientCertEnabled2.kind === "unresolved") {
      context.unresolved("clientCertEnabled");
      return;
    }
    const enabled = effective(clientCertEnabled2);
    if (!enabled.known || enabled.value !== false) return;
    const base = {
      resource: entityLabel(entity),
      enabledProperty: propertyName(entity, "clientCertEnabled"),
      enabledState: enabled.explicit ? `false${sourcePhrase(clientCertEnabled2, entity)}` : `not set (${kindPlural(entity)} default to false)`
    };
    if (clientCertMode2.kind === "set") {
      context.report({
        messageId: "modeIgnored",
        data: { ...base, property: propertyName(entity, "clientCertMode"), mode: clientCertMode2.value, source: sourcePhrase(clientCertMode2, entity) },
        setting: "clientCertMode"
      });
    }
    if (pathsSet) {
      context.report({
        messageId: "exclusionPathsIgnored",
        data: { ...base, property: propertyName(entity, "clientCertExclusionPaths") },
        setting: "clientCertExclusionPaths"
      });
    }
  }
});
function examples5() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: false
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": false,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = false
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/https-only.ts
init_model();
var httpsOnly = defineRule({
  id: "https-only",
  meta: {
    docs: {
      summary: "Sites must accept HTTPS only: over plain HTTP no client certificate is ever presented.",
      description: "Reports a web app, function app, logic app (standard) or slot whose `httpsOnly` (Terraform `https_only`) is `false`, or is not set at all, because the platform default is `false`.",
      rationale: "App Service terminates TLS at its front end and forwards the client certificate to the app in the `X-ARR-ClientCert` header. A request over plain HTTP has no TLS handshake, so it carries no client certificate at all: with `httpsOnly` off, mutual TLS can be bypassed by simply using `http://`, and everything else on the wire is readable too. The property defaults to `false` for every site type in ARM, Bicep and the azurerm provider.",
      fix: "Set `httpsOnly: true` (Terraform: `https_only = true`) on the site or slot. App Service then answers plain HTTP with a redirect to HTTPS.",
      examples: examples6()
    },
    messages: {
      disabled: "{{resource}} serves plain HTTP: set {{property}} to true. It is false{{source}}, and requests over HTTP never carry a client certificate.",
      missing: "{{resource}} serves plain HTTP: set {{property}} to true. It is not set and {{kinds}} default to false; requests over HTTP never carry a client certificate."
    },
    defaultSeverity: "error",
    securitySeverity: 7.5,
    tags: ["security", "transport", "https"],
    appliesTo: ["site"],
    mtls: false,
    fixable: true
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "site") return;
    const setting = entity.settings.httpsOnly;
    if (setting.kind === "unresolved") {
      context.unresolved("httpsOnly");
      return;
    }
    const value = effective(setting);
    if (!value.known || value.value !== false) return;
    context.report({
      messageId: value.explicit ? "disabled" : "missing",
      data: {
        resource: entityLabel(entity),
        property: propertyName(entity, "httpsOnly"),
        source: sourcePhrase(setting, entity),
        kinds: kindPlural(entity)
      },
      setting: "httpsOnly",
      fix: { setting: "httpsOnly", value: true }
    });
  }
});
function examples6() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": false,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = false
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/load-certificates-scope.ts
init_model();
var THUMBPRINT = /^[0-9a-f]{40}$/i;
var loadCertificatesScope = defineRule({
  id: "load-certificates-scope",
  meta: {
    docs: {
      summary: "WEBSITE_LOAD_CERTIFICATES must list the thumbprints the app needs, not `*`.",
      description: "Reports the app setting `WEBSITE_LOAD_CERTIFICATES` when it is `*` (every certificate) and each entry that is not a 40-digit hexadecimal SHA-1 thumbprint (entries are comma-separated; spaces around them are ignored; a blank entry is reported too).",
      rationale: "The setting makes App Service load certificates into the app's certificate store (Windows) or `/var/ssl` (Linux). `*` loads every private certificate uploaded to or imported by the app, private keys included, so code that only needs one client or CA certificate can read them all: least privilege says list the thumbprints. A malformed thumbprint silently loads nothing, which usually surfaces as a TLS failure at run time.",
      fix: "Set `WEBSITE_LOAD_CERTIFICATES` to the comma-separated SHA-1 thumbprints (40 hexadecimal digits each) of the certificates the app uses.",
      examples: examples7()
    },
    messages: {
      all: 'WEBSITE_LOAD_CERTIFICATES on {{resource}} loads every certificate: list the thumbprints the app needs instead of "*". It is "*"{{source}}, which exposes every private key of the app to its code.',
      malformed: 'Malformed certificate thumbprint "{{entry}}" in {{property}} of {{resource}}: write the 40-digit hexadecimal SHA-1 thumbprint. A malformed entry loads nothing.',
      blank: "Blank entry in {{property}} of {{resource}}: remove the extra comma."
    },
    defaultSeverity: "warn",
    securitySeverity: 4.3,
    tags: ["security", "certificates", "least-privilege"],
    appliesTo: ["site"],
    mtls: false,
    fixable: false
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "site") return;
    const setting = entity.settings.loadCertificates;
    if (setting.kind === "unresolved") {
      context.unresolved("loadCertificates");
      return;
    }
    if (setting.kind !== "set") return;
    const base = { resource: entityLabel(entity), property: propertyName(entity, "loadCertificates"), source: sourcePhrase(setting, entity) };
    for (const entry of splitThumbprints(setting.value).entries) {
      if (THUMBPRINT.test(entry.value)) continue;
      const messageId = entry.value === "*" ? "all" : entry.value === "" ? "blank" : "malformed";
      context.report({
        messageId,
        data: { ...base, entry: entry.value },
        setting: "loadCertificates",
        range: rangeInLiteral(setting, entity.file, entry.index, entry.length) ?? setting.range
      });
    }
  }
});
function examples7() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      appSettings: [
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '*'
        }
      ]
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      appSettings: [
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A'
        }
      ]
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "appSettings": [
            { "name": "WEBSITE_LOAD_CERTIFICATES", "value": "*" }
          ]
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "appSettings": [
            { "name": "WEBSITE_LOAD_CERTIFICATES", "value": "3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A" }
          ]
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "*"
  }

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A"
  }

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/min-tls-version.ts
init_model();

// rules/support/tls-version.ts
var KNOWN_TLS_VERSIONS = ["1.0", "1.1", "1.2", "1.3"];
function parseTlsVersion(text) {
  const m = /^(\d+)\.(\d+)$/.exec(text.trim());
  if (!m) return void 0;
  const v = [Number(m[1]), Number(m[2])];
  return KNOWN_TLS_VERSIONS.some((k) => k === `${v[0]}.${v[1]}`) ? v : void 0;
}
function compareTlsVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}

// rules/min-tls-version.ts
var FLOOR = [1, 2];
function checkVersion(site, key, context) {
  const setting = site.settings[key];
  if (setting.kind === "unresolved") {
    context.unresolved(key);
    return;
  }
  const value = effective(setting);
  if (!value.known) return;
  const data = {
    resource: entityLabel(site),
    property: propertyName(site, key),
    endpoint: key === "minTlsVersion" ? "the site" : "the SCM (Kudu) site",
    version: value.value,
    source: sourcePhrase(setting, site),
    kinds: kindPlural(site)
  };
  const version = parseTlsVersion(value.value);
  if (!version) {
    context.report({ messageId: "invalid", data, setting: key });
    return;
  }
  if (compareTlsVersions(version, FLOOR) >= 0) return;
  context.report({
    messageId: value.explicit ? "tooLow" : "defaultTooLow",
    data,
    setting: key,
    fix: { setting: key, value: "1.2" }
  });
}
var minTlsVersion = defineRule({
  id: "min-tls-version",
  meta: {
    docs: {
      summary: "The minimum TLS version of a site and of its SCM site must be at least 1.2.",
      description: "Reports `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion` (Terraform `minimum_tls_version` / `scm_minimum_tls_version`, or `min_tls_version` on older resource types) below `1.2`, and values that are not a TLS version App Service knows (`1.0`, `1.1`, `1.2`, `1.3`). Versions are compared numerically. A value set in a `Microsoft.Web/sites/config` `web` resource counts like one on the site.",
      rationale: "TLS 1.0 and 1.1 are deprecated (RFC 8996) and lack modern cipher suites; a client certificate presented over them is protected only as well as the weakest protocol the site accepts. The SCM site (Kudu, used for deployment) is a separate endpoint with its own minimum. App Service defaults both to 1.2 for new apps, so a lower value is always a deliberate downgrade.",
      fix: "Set `minTlsVersion: '1.2'` and `scmMinTlsVersion: '1.2'` in `siteConfig` (Terraform: `minimum_tls_version = \"1.2\"` and `scm_minimum_tls_version = \"1.2\"` in `site_config`), or remove them to get the 1.2 default. `1.3` is stricter still but rules out client certificate exclusion paths (see `tls-renegotiation`).",
      examples: examples8()
    },
    messages: {
      tooLow: 'Minimum TLS {{version}} on {{endpoint}} of {{resource}}: set {{property}} to "1.2". It is {{version}}{{source}}, and TLS below 1.2 is deprecated.',
      defaultTooLow: 'Minimum TLS {{version}} on {{endpoint}} of {{resource}}: set {{property}} to "1.2". It is not set, and {{kinds}} default to {{version}}.',
      invalid: 'Unknown minimum TLS version "{{version}}" on {{endpoint}} of {{resource}}: set {{property}} to "1.2". App Service knows 1.0, 1.1, 1.2 and 1.3.'
    },
    defaultSeverity: "error",
    securitySeverity: 7.4,
    tags: ["security", "transport", "tls"],
    appliesTo: ["site"],
    mtls: false,
    fixable: true
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "site") return;
    checkVersion(entity, "minTlsVersion", context);
    checkVersion(entity, "scmMinTlsVersion", context);
  }
});
function examples8() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.0'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.0",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.0"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`
    }
  };
}

// rules/tls-renegotiation.ts
init_model();
function renegotiationCauses(site, context, conflict) {
  const causes = [];
  const paths = site.settings.clientCertExclusionPaths;
  if (paths.kind === "set" && paths.value.trim() !== "") {
    causes.push({ setting: "clientCertExclusionPaths", text: `its exclusion paths (${JSON.stringify(paths.value)})` });
  } else if (paths.kind === "unresolved" && conflict) {
    context.unresolved("clientCertExclusionPaths");
  }
  const modeSetting = site.settings.clientCertMode;
  const mode = effective(modeSetting);
  if (mode.known && mode.value.toLowerCase() === "optionalinteractiveuser") {
    causes.push({ setting: "clientCertMode", text: "its client certificate mode OptionalInteractiveUser" });
  } else if (modeSetting.kind === "unresolved" && conflict) {
    context.unresolved("clientCertMode");
  }
  return causes;
}
function isTls13OrAbove(text) {
  const v = parseTlsVersion(text);
  return v !== void 0 && compareTlsVersions(v, [1, 3]) >= 0;
}
var tlsRenegotiation = defineRule({
  id: "tls-renegotiation",
  meta: {
    docs: {
      summary: "Settings that need TLS renegotiation must not be combined with HTTP/2 or minimum TLS 1.3.",
      description: "For a site or slot whose client certificates are on, finds what makes App Service use TLS renegotiation: any client certificate exclusion path, or mode `OptionalInteractiveUser`. Together with `http20Enabled: true` (Terraform `http2_enabled = true`) or a minimum TLS version of `1.3`, it reports an error at the HTTP/2 or TLS setting. Whenever renegotiation is needed at all, it also adds a note about the 100 KB request-body limit.",
      rationale: "With exclusion paths or `OptionalInteractiveUser`, the front end first completes the TLS handshake without asking for a certificate and then renegotiates to request one when the path needs it. TLS 1.3 and HTTP/2 do not support renegotiation, so with either enabled such sites cannot get client certificates: requests fail or arrive without a certificate depending on the client. Under renegotiation, a POST or PUT with a body over 100 KB fails with 403; this limit cannot be configured (clients can send a HEAD request first or use `Expect: 100-Continue`).",
      fix: "Avoid renegotiation: use mode `Required` (or `Optional`) with no exclusion paths, for example by moving anonymous endpoints to a separate site. If renegotiation must stay, set `http20Enabled: false` and keep the minimum TLS version at `1.2`.",
      examples: examples9()
    },
    messages: {
      http2: "HTTP/2 on {{resource}} rules out the TLS renegotiation needed by {{cause}}: set {{property}} to false, or avoid renegotiation (mode Required or Optional, no exclusion paths). It is true{{source}}, and HTTP/2 cannot renegotiate, so client certificates are not requested correctly.",
      tls13: 'Minimum TLS {{version}} on {{resource}} rules out the TLS renegotiation needed by {{cause}}: set {{property}} to "1.2", or avoid renegotiation (mode Required or Optional, no exclusion paths). It is {{version}}{{source}}, and TLS 1.3 has no renegotiation, so client certificates cannot be requested.',
      bodyLimit: 'Request bodies over 100 KB fail with 403 on {{resource}}: because of {{cause}}, App Service renegotiates TLS, which rejects larger POST and PUT bodies. Avoid renegotiation (mode Required or Optional, no exclusion paths), or have clients send a HEAD request or "Expect: 100-Continue" first.'
    },
    defaultSeverity: "error",
    securitySeverity: 5.3,
    tags: ["security", "mtls", "reliability"],
    appliesTo: ["site"],
    mtls: true,
    fixable: false
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== "site") return;
    const enabled = effective(entity.settings.clientCertEnabled);
    if (!enabled.known || enabled.value !== true) return;
    const { http20Enabled, minTlsVersion: minTlsVersion2 } = entity.settings;
    const http2 = effective(http20Enabled);
    const tls = effective(minTlsVersion2);
    const http2On = http2.known && http2.value === true;
    const tls13 = tls.known && isTls13OrAbove(tls.value);
    const causes = renegotiationCauses(entity, context, http2On || tls13);
    const first = causes[0];
    if (!first) return;
    const cause = causes.map((c) => c.text).join(" and ");
    const resource = entityLabel(entity);
    if (http20Enabled.kind === "unresolved") context.unresolved("http20Enabled");
    if (minTlsVersion2.kind === "unresolved") context.unresolved("minTlsVersion");
    if (http2On) {
      context.report({
        messageId: "http2",
        data: { resource, cause, property: propertyName(entity, "http20Enabled"), source: sourcePhrase(http20Enabled, entity) },
        setting: "http20Enabled"
      });
    }
    if (tls13 && tls.known) {
      context.report({
        messageId: "tls13",
        data: { resource, cause, version: tls.value, property: propertyName(entity, "minTlsVersion"), source: sourcePhrase(minTlsVersion2, entity) },
        setting: "minTlsVersion"
      });
    }
    context.report({ messageId: "bodyLimit", data: { resource, cause }, setting: first.setting, severity: "note" });
  }
});
function examples9() {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/healthz/'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}
`
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "/healthz/",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "http20Enabled": true
        }
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "http20Enabled": true
        }
      }
    }
  ]
}
`
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz/"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    http2_enabled           = true
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    http2_enabled           = true
  }
}
`
    }
  };
}

// rules/index.ts
var rules = [
  httpsOnly,
  clientCertEnabled,
  clientCertMode,
  clientCertExclusionPaths,
  tlsRenegotiation,
  minTlsVersion,
  clientCertSettingsIgnored,
  loadCertificatesScope,
  certificateSecretInSource
];

// src/engine/all-rules.ts
function allRules() {
  return [...rules, ...diagnosticRules];
}

// src/engine/lint-unit.ts
init_model();

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(parts2) {
  const h = createHash("sha256");
  for (const p of parts2) h.update(`${p ?? ""}\0`);
  return h.digest("hex").slice(0, 32);
}

// src/engine/parsers.ts
var loaders = {
  arm: async () => (await Promise.resolve().then(() => (init_arm(), arm_exports))).parser,
  bicep: async () => (await Promise.resolve().then(() => (init_bicep(), bicep_exports))).parser,
  terraform: async () => (await Promise.resolve().then(() => (init_terraform(), terraform_exports))).parser
};
var kindsOf = {
  arm: ["arm-template", "arm-parameters"],
  bicep: ["bicep", "bicepparam"],
  terraform: ["terraform", "terraform-json", "tfvars", "tfvars-json", "terraform-plan"]
};
function formatOfKind(kind) {
  for (const [format2, kinds] of Object.entries(kindsOf)) {
    if (kinds.includes(kind)) return format2;
  }
  throw new Error(`no format for file kind ${kind}`);
}
var loaded2 = /* @__PURE__ */ new Map();
function loadParser(format2) {
  const load = loaders[format2];
  if (!load) return void 0;
  let p = loaded2.get(format2);
  if (!p) {
    p = load();
    loaded2.set(format2, p);
  }
  return p;
}

// src/engine/run-rules.ts
init_model();
import { relative, sep } from "node:path";

// src/engine/severity.ts
var SEVERITIES = ["off", "note", "warn", "error"];
var ALIASES = { warning: "warn", info: "note", none: "off", "0": "off", "1": "warn", "2": "error" };
var SEVERITY_SPELLINGS = [...SEVERITIES, ...Object.keys(ALIASES).filter((k) => !/^\d$/.test(k)), 0, 1, 2];
var SEVERITY_CHOICES = `${SEVERITIES.map((s) => `"${s}"`).join(", ")} (or "warning", "info", "none", 0, 1, 2)`;
function resolveRuleSettings(rules2, overrides = {}) {
  const out2 = /* @__PURE__ */ new Map();
  for (const rule of rules2) {
    const o = overrides[rule.id];
    let severity = rule.meta.defaultSeverity;
    let options = rule.defaultOptions;
    if (typeof o === "string") severity = o;
    else if (Array.isArray(o)) {
      severity = o[0];
      if (o[1] !== void 0) options = mergeOptions(rule.defaultOptions, o[1]);
    }
    out2.set(rule.id, { severity, options });
  }
  return out2;
}
function mergeOptions(defaults, given) {
  if (defaults && typeof defaults === "object" && given && typeof given === "object" && !Array.isArray(given)) {
    return { ...defaults, ...given };
  }
  return given;
}
function effectiveSeverity(configured, requested) {
  if (configured === "off") return "off";
  return requested ?? configured;
}

// src/engine/run-rules.ts
var fixableEntity = /* @__PURE__ */ new WeakMap();
function relPath(root, file) {
  const rel = relative(root, file);
  return (rel && !rel.startsWith("..") ? rel : file).split(sep).join("/");
}
function interpolate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => key in data ? String(data[key]) : m);
}
function sameRange(a, b) {
  return a.file === b.file && a.startOffset === b.startOffset && a.endOffset === b.endOffset;
}
function hopMessage(hop, key) {
  const name2 = hop.name ? `'${hop.name}'` : "";
  switch (hop.kind) {
    case "property":
      return key ? `${key} is set here` : "the property is set here";
    case "parameter":
      return `through parameter ${name2}`.trim();
    case "parameter-default":
      return `default value of parameter ${name2}`.trim();
    case "parameter-file":
      return `value from the parameter file${name2 ? ` for ${name2}` : ""}`;
    case "variable":
      return `through variable ${name2}`.trim();
    case "local":
      return `through local ${name2}`.trim();
    case "tfvars":
      return `value from a variable file${name2 ? ` for ${name2}` : ""}`;
    case "module-argument":
      return `passed by the module call${name2 ? ` as ${name2}` : ""}`;
    case "module-parameter":
      return `module input ${name2}`.trim();
    case "plan":
      return "planned value";
  }
}
function relatedLocations(entity, primary, key) {
  const out2 = [];
  const push = (range, message) => {
    if (sameRange(range, primary) || out2.some((r) => sameRange(r.range, range))) return;
    out2.push({ range, message });
  };
  push(entity.declaration, `${entityLabel(entity)} is declared here`);
  for (const v of entity.via ?? []) push(v.range, `deployed through '${v.name}'`);
  const setting = key ? settingOf(entity, key) : void 0;
  if (setting && setting.kind !== "absent") for (const hop of setting.trail) push(hop.range, hopMessage(hop, key));
  return out2;
}
function runRules(entities, opts) {
  const findings = [];
  const needs = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    const label = entityLabel(entity);
    const relFile = relPath(opts.root, entity.file);
    for (const rule of opts.rules) {
      const setting = opts.settings.get(rule.id);
      if (!setting || setting.severity === "off") continue;
      if (!rule.meta.appliesTo.includes(entity.entity)) continue;
      if (rule.meta.mtls && opts.inMtlsScope && !opts.inMtlsScope(entity)) continue;
      const seen = /* @__PURE__ */ new Set();
      const report = (d) => {
        const severity = effectiveSeverity(setting.severity, d.severity);
        if (severity === "off") return;
        const template = rule.meta.messages[d.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
        const data = { resource: label, ...d.data };
        const target = d.setting ? settingOf(entity, d.setting) : void 0;
        const range = d.range ?? target?.range ?? entity.declaration;
        const message = interpolate(template, data);
        const key = `${d.messageId}\0${range.startOffset}\0${range.file}\0${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        const dataKey = Object.keys(d.data ?? {}).sort().map((k) => `${k}=${String(d.data?.[k])}`).join("&");
        const finding = {
          ruleId: rule.id,
          messageId: d.messageId,
          message,
          severity,
          range,
          related: relatedLocations(entity, range, d.setting),
          subject: subjectOf(entity, d.setting),
          resource: resourceOf(entity),
          fingerprint: fingerprint([rule.id, d.messageId, relFile, entity.resourceType, entity.name + (entity.instance ?? ""), d.setting, dataKey]),
          ...d.fix ? { fix: d.fix } : {}
        };
        if (d.fix) fixableEntity.set(finding, entity);
        findings.push(finding);
      };
      rule.check(entity, {
        ruleId: rule.id,
        options: setting.options,
        report,
        unresolved: (key) => {
          const s = settingOf(entity, key);
          if (!s || s.kind !== "unresolved") return;
          const id = `${entity.file}\0${entity.name}\0${entity.instance ?? ""}\0${key}`;
          const need = needs.get(id) ?? { entity, key, rules: /* @__PURE__ */ new Set() };
          need.rules.add(rule.id);
          needs.set(id, need);
        }
      });
    }
  }
  const diag = opts.settings.get("unresolved-setting");
  if (diag && diag.severity !== "off") {
    for (const need of needs.values()) {
      const s = settingOf(need.entity, need.key);
      if (!s || s.kind !== "unresolved") continue;
      const rules2 = [...need.rules].sort().join(", ");
      const template = opts.rules.find((r) => r.id === "unresolved-setting")?.meta.messages["unresolved"] ?? "{{setting}} of {{resource}} cannot be known statically.";
      findings.push({
        ruleId: "unresolved-setting",
        messageId: "unresolved",
        message: interpolate(template, {
          setting: need.key,
          resource: entityLabel(need.entity),
          expression: truncate(s.expression) + (s.reason ? `: ${s.reason}` : ""),
          rule: rules2
        }),
        severity: diag.severity,
        range: s.range,
        related: relatedLocations(need.entity, s.range, need.key),
        subject: subjectOf(need.entity, need.key),
        resource: resourceOf(need.entity),
        fingerprint: fingerprint(["unresolved-setting", relPath(opts.root, need.entity.file), need.entity.resourceType, need.entity.name + (need.entity.instance ?? ""), need.key])
      });
    }
  }
  return findings;
}
function truncate(text, max = 120) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
function resourceOf(entity) {
  return entity.extent ? { declaration: entity.declaration, extent: entity.extent } : { declaration: entity.declaration };
}
function subjectOf(entity, key) {
  return {
    format: entity.format,
    resourceType: entity.resourceType,
    name: entity.name,
    ...entity.instance ? { instance: entity.instance } : {},
    ...entity.entity === "site" ? { kind: entity.kind } : {},
    ...key ? { setting: key } : {}
  };
}

// src/engine/scope.ts
var NO = /* @__PURE__ */ new Set(["false", "no", "0", "off"]);
function pathGlobMatch(pattern, path) {
  let src = "";
  const p = pattern.replace(/^\.\//, "").replace(/^\//, "");
  for (let i2 = 0; i2 < p.length; i2++) {
    const c = p[i2];
    if (c === "*" && p[i2 + 1] === "*") {
      const slash = p[i2 + 2] === "/";
      src += slash ? "(?:.*/)?" : ".*";
      i2 += slash ? 2 : 1;
    } else if (c === "*") src += "[^/]*";
    else if (c === "?") src += "[^/]";
    else src += c.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${src}(?:/.*)?$`).test(path);
}
function tagged(site, tag) {
  const tags = site.tags;
  if (tags.kind === "unresolved") return true;
  if (tags.kind !== "set") return false;
  const key = Object.keys(tags.value).find((k) => k.toLowerCase() === tag.toLowerCase());
  if (key === void 0) return false;
  const v = tags.value[key];
  return !(v === false || typeof v === "string" && NO.has(v.trim().toLowerCase()));
}
function mtlsScopePredicate(scope, entities, root) {
  if (scope === "all") return () => true;
  const sites = entities.filter((e) => e.entity === "site" && !e.slotOf);
  const siteOf = (slot) => {
    const name2 = slot.slotOf?.name;
    if (name2 === void 0) return void 0;
    const same = sites.filter((s) => s.name === name2 || s.name + (s.instance ?? "") === name2);
    return same.find((s) => s.file === slot.file) ?? same[0];
  };
  const inScope = (site, nameForGlobs) => {
    if ("tag" in scope) return tagged(site, scope.tag);
    const names = scope.names ?? [];
    const paths = scope.paths ?? [];
    if (names.some((g) => globMatch(g, nameForGlobs) || globMatch(g, site.name + (site.instance ?? "")))) return true;
    const file = relPath(root, site.file);
    return paths.some((g) => pathGlobMatch(g, file));
  };
  return (entity) => {
    if (entity.entity !== "site") return true;
    if (!entity.slotOf) return inScope(entity, entity.name);
    const site = siteOf(entity);
    return site ? inScope(site, site.name) : inScope(entity, entity.slotOf.name);
  };
}

// src/engine/suppress.ts
function applyDirectives(findings, directives, settings, root, rules2) {
  const used = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  for (const d of directives) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  for (const f of findings) {
    for (const d of byFile.get(f.range.file) ?? []) {
      if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
      if (d.targetLine === f.range.start.line) {
        suppress(f, d, used);
      }
    }
    const res = f.resource;
    if (res && !f.suppressions?.length) {
      const from = res.extent && res.extent.file === res.declaration.file ? res.extent.start.line : res.declaration.start.line;
      for (const d of byFile.get(res.declaration.file) ?? []) {
        if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
        if (d.targetLine >= from && d.targetLine <= res.declaration.start.line) {
          suppress(f, d, used);
        }
      }
    }
  }
  const out2 = [...findings];
  const template = (ruleId, messageId, fallback) => rules2?.find((r) => r.id === ruleId)?.meta.messages[messageId] ?? fallback;
  const unused = settings.get("unused-directive");
  if (unused && unused.severity !== "off") {
    const push = (d, messageId, message, key) => {
      out2.push({
        ruleId: "unused-directive",
        messageId,
        message,
        severity: unused.severity,
        range: d.range,
        related: [],
        fingerprint: fingerprint(["unused-directive", relPath(root, d.file), key, d.reason])
      });
    };
    const known2 = rules2 ? new Set(rules2.map((r) => r.id)) : void 0;
    const isUnknown = (rule) => known2 !== void 0 && !known2.has(rule);
    for (const d of directives) {
      for (const rule of d.rules.filter(isUnknown)) {
        push(d, "unknownRule", interpolate(template("unused-directive", "unknownRule", DEFAULT_UNKNOWN_RULE), { rule }), `${d.rules.join(",")}#${rule}`);
      }
      const hit = used.get(d);
      const knownRules = d.rules.filter((r) => !isUnknown(r));
      if (!hit) {
        if (d.rules.length && !knownRules.length) continue;
        const what = knownRules.length ? knownRules.join(", ") : "any rule";
        push(d, "unusedDirective", interpolate(template("unused-directive", "unusedDirective", DEFAULT_UNUSED), { rules: what }), d.rules.join(","));
        continue;
      }
      for (const rule of knownRules) {
        if (hit.has(rule)) continue;
        push(d, "unusedRule", interpolate(template("unused-directive", "unusedRule", DEFAULT_UNUSED_RULE), { rule }), `${d.rules.join(",")}#${rule}`);
      }
    }
  }
  const reason = settings.get("directive-reason");
  if (reason && reason.severity !== "off") {
    for (const d of directives) {
      if (d.reason !== void 0) continue;
      out2.push({
        ruleId: "directive-reason",
        messageId: "missingReason",
        message: interpolate(template("directive-reason", "missingReason", DEFAULT_MISSING_REASON), { rules: d.rules.length ? d.rules.join(", ") : "all rules" }),
        severity: reason.severity,
        range: d.range,
        related: [],
        fingerprint: fingerprint(["directive-reason", relPath(root, d.file), d.rules.join(",")])
      });
    }
  }
  return out2;
}
var DEFAULT_UNUSED = "This directive suppresses nothing: no finding of {{rules}} applies to the next line.";
var DEFAULT_UNUSED_RULE = "'{{rule}}' in this directive suppresses nothing.";
var DEFAULT_UNKNOWN_RULE = "Unknown rule '{{rule}}' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids.";
var DEFAULT_MISSING_REASON = 'This directive gives no reason: write why after "--" ({{rules}}).';
function suppress(f, d, used) {
  const hit = used.get(d) ?? /* @__PURE__ */ new Set();
  hit.add(f.ruleId);
  used.set(d, hit);
  if (f.suppressions?.length) return;
  f.suppressions = [d.reason !== void 0 ? { kind: "inSource", justification: d.reason } : { kind: "inSource" }];
}

// src/engine/lint-unit.ts
function startRange(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 0 };
}
function unitReader(base) {
  const cache = /* @__PURE__ */ new Map();
  return {
    read(path) {
      let hit = cache.get(path);
      if (!hit) {
        hit = base.read(path);
        cache.set(path, hit);
      }
      return hit;
    },
    head: (path, bytes) => base.head(path, bytes),
    size: (path) => base.size(path)
  };
}
async function lintUnit(unit, reader3, ctx) {
  const problems = [];
  const readable = [];
  for (const f of unit.files) {
    const read = reader3.read(f.path);
    if (!read.ok) problems.push({ file: f.path, message: read.message });
    else readable.push(f);
  }
  const byFormat = /* @__PURE__ */ new Map();
  for (const f of readable) {
    const format2 = formatOfKind(f.kind);
    const list = byFormat.get(format2) ?? [];
    list.push(f);
    byFormat.set(format2, list);
  }
  const outputs = [];
  for (const [format2, files] of byFormat) {
    const loading2 = loadParser(format2);
    if (!loading2) {
      for (const f of files) problems.push({ file: f.path, message: `${format2} files are not supported yet by this version of mtlslint` });
      continue;
    }
    try {
      const parser4 = await loading2;
      outputs.push(await parser4.parse({ files, parameterFiles: ctx.parameterFiles, readFile: (p) => reader3.read(p) }));
    } catch (err2) {
      const message = `internal error in the ${format2} parser: ${err2 instanceof Error ? err2.message : String(err2)}`;
      for (const f of files) problems.push({ file: f.path, message });
    }
  }
  const parsed = mergeParseOutputs(outputs);
  const scope = ctx.requireMtls && ctx.requireMtls !== "all" ? mtlsScopePredicate(ctx.requireMtls, parsed.entities, ctx.root) : void 0;
  const given = ctx.inMtlsScope;
  const inMtlsScope = scope && given ? (e) => scope(e) && given(e) : scope ?? given;
  let findings = runRules(parsed.entities, {
    rules: ctx.rules,
    settings: ctx.settings,
    root: ctx.root,
    ...inMtlsScope ? { inMtlsScope } : {}
  });
  findings.push(...parseErrorFindings(parsed, problems, ctx.settings, ctx.root));
  findings = applyDirectives(findings, parsed.directives, ctx.settings, ctx.root, ctx.rules);
  const focus = ctx.focus;
  if (focus) findings = findings.filter((f) => focus.has(f.range.file) || f.related.some((r) => focus.has(r.range.file)));
  let texts;
  if (ctx.keepAllTexts) texts = [...parsed.texts];
  else {
    const wanted = /* @__PURE__ */ new Set();
    for (const f of findings) {
      wanted.add(f.range.file);
      for (const r of f.related) wanted.add(r.range.file);
      if (f.resource) {
        wanted.add(f.resource.declaration.file);
        if (f.resource.extent) wanted.add(f.resource.extent.file);
      }
    }
    texts = [...parsed.texts].filter(([file]) => wanted.has(file));
  }
  const counts = /* @__PURE__ */ new Map();
  for (const p of [...problems.map((x) => x.file), ...parsed.diagnostics.filter((d) => d.ruleId === "parse-error").map((d) => d.range.file)]) counts.set(p, (counts.get(p) ?? 0) + 1);
  return { findings, texts, readable: readable.map((f) => f.path), problems: [...counts] };
}
function parseErrorFindings(parsed, problems, settings, root) {
  const all = [
    ...problems.map((p) => ({ ruleId: "parse-error", message: p.message, range: p.range ?? startRange(p.file) })),
    ...parsed.diagnostics.map((d) => ({ ruleId: d.ruleId, message: d.message, range: d.range }))
  ];
  const out2 = [];
  for (const p of all) {
    const setting = settings.get(p.ruleId);
    if (!setting || setting.severity === "off") continue;
    out2.push({
      ruleId: p.ruleId,
      messageId: p.ruleId === "parse-error" ? "parseError" : "notAnalysed",
      message: p.message,
      severity: setting.severity,
      range: p.range,
      related: [],
      fingerprint: fingerprint([p.ruleId, relPath(root, p.range.file), p.message])
    });
  }
  return out2;
}

// src/engine/reader.ts
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  const probe = Math.min(bytes.length, 8192);
  for (let i2 = 0; i2 < probe; i2++) {
    if (bytes[i2] === 0) return { ok: false, message: "binary file (contains NUL bytes)" };
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: "file is not valid UTF-8" };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
function diskReader(maxBytes = DEFAULT_MAX_FILE_BYTES, cache = /* @__PURE__ */ new Map()) {
  return {
    read(path) {
      const hit = cache ? cache.get(path) : void 0;
      if (hit) return hit;
      let result;
      try {
        const size = statSync(path).size;
        if (size > maxBytes) {
          result = { ok: false, message: `file is ${(size / 1048576).toFixed(1)} MiB, above the ${(maxBytes / 1048576).toFixed(0)} MiB limit; not linted` };
        } else {
          result = decodeText(readFileSync(path));
        }
      } catch (err2) {
        result = { ok: false, message: `cannot read file: ${err2.code ?? String(err2)}` };
      }
      if (cache) cache.set(path, result);
      return result;
    },
    head(path, bytes) {
      let fd;
      try {
        fd = openSync(path, "r");
        const buf = Buffer.alloc(bytes);
        const n = readSync(fd, buf, 0, bytes, 0);
        return buf.subarray(0, n).toString("utf8");
      } catch {
        return void 0;
      } finally {
        if (fd !== void 0) closeSync(fd);
      }
    },
    size(path) {
      try {
        return statSync(path).size;
      } catch {
        return void 0;
      }
    }
  };
}

// src/engine/lint-worker.ts
var port = parentPort;
if (port) {
  const init2 = workerData;
  const rules2 = allRules();
  const ctx = {
    rules: rules2,
    settings: resolveRuleSettings(rules2, init2.rules),
    root: init2.root,
    parameterFiles: init2.parameterFiles,
    ...init2.requireMtls ? { requireMtls: init2.requireMtls } : {},
    ...init2.focus ? { focus: new Set(init2.focus) } : {}
  };
  const base = diskReader(init2.maxFileBytes, false);
  port.on("message", (req) => {
    lintUnit({ files: req.files }, unitReader(base), ctx).then(
      (result) => port.postMessage({ id: req.id, ok: true, result }),
      (err2) => port.postMessage({ id: req.id, ok: false, message: err2 instanceof Error ? err2.message : String(err2) })
    );
  });
}

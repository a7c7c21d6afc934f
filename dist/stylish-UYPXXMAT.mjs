import {
  countBySeverity
} from "./chunk-ALWTLKZW.mjs";
import {
  terminalText
} from "./chunk-LHFUGATF.mjs";
import {
  relativePath
} from "./chunk-6FBJXSFG.mjs";
import {
  SEVERITY_LABEL,
  compareStrings,
  coverageLine,
  declarationOf,
  isSuppressed,
  plural,
  singleLine
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-24WBT26Q.mjs";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/formatters/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var stylish = (result, ctx) => {
  const c = import_picocolors.default.createColors(ctx.color);
  const shown = result.findings.filter((f) => !isSuppressed(f));
  const coverage = result.coverage ? coverageLine(result.coverage) : void 0;
  if (shown.length === 0) return coverage ? `${c.green("\u2714")} No problems. ${coverage}
` : "";
  const groups = /* @__PURE__ */ new Map();
  for (const finding of shown) {
    const { file, row } = toRow(finding, ctx.cwd);
    const rows = groups.get(file) ?? [];
    rows.push(row);
    groups.set(file, rows);
  }
  const severityColor = { error: c.red, warn: c.yellow, note: c.cyan };
  const blocks = [];
  for (const file of [...groups.keys()].sort(compareStrings)) {
    const rows = (groups.get(file) ?? []).sort(compareRows);
    const cells = rows.map((r) => ({
      pos: `${r.position.line}:${r.position.column}`,
      sev: SEVERITY_LABEL[r.severity],
      row: r
    }));
    const posWidth = Math.max(...cells.map((x) => x.pos.length));
    const sevWidth = Math.max(...cells.map((x) => x.sev.length));
    const ruleWidth = Math.max(...cells.map((x) => x.row.ruleId.length));
    const lines = cells.map(
      (x) => `  ${c.dim(x.pos.padStart(posWidth))}  ${severityColor[x.row.severity](x.sev)}${" ".repeat(sevWidth - x.sev.length)}  ${c.dim(x.row.ruleId)}${" ".repeat(ruleWidth - x.row.ruleId.length)}  ${x.row.message}`
    );
    blocks.push(`${c.underline(file)}
${lines.join("\n")}
`);
  }
  const counts = countBySeverity(shown);
  const summaryColor = counts.error > 0 ? c.red : counts.warn > 0 ? c.yellow : c.cyan;
  const summary = `\u2716 ${plural(shown.length, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warn, "warning")}, ${plural(counts.note, "note")})`;
  return `${blocks.join("\n")}
${c.bold(summaryColor(summary))}
${coverage ? `${coverage}
` : ""}`;
};
function toRow(finding, cwd) {
  const declaration = declarationOf(finding);
  const message = terminalText(singleLine(finding.message));
  const base = { severity: finding.severity, ruleId: finding.ruleId };
  const resource = declaration && declaration.file !== finding.range.file ? ` (resource declared at ${terminalText(relativePath(declaration.file, cwd))}:${declaration.start.line})` : "";
  return { file: terminalText(relativePath(finding.range.file, cwd)), row: { ...base, position: finding.range.start, message: `${message}${resource}` } };
}
function compareRows(a, b) {
  return a.position.line - b.position.line || a.position.column - b.position.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
export {
  stylish
};

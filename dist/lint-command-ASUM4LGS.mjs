import {
  configLintOptions,
  findRepositoryRoot,
  lintPaths,
  lintSources,
  readBaseline,
  rebaseline,
  writeBaseline
} from "./chunk-TUZ36BD2.mjs";
import {
  defaultConfig,
  findConfigFile,
  loadAjv,
  loadConfigFile
} from "./chunk-YWFGEN3P.mjs";
import "./chunk-LCVS7ITY.mjs";
import "./chunk-63NLXS3H.mjs";
import {
  lazyFormatterNames,
  loadFormatter
} from "./chunk-D45I3LVB.mjs";
import {
  onlyRules,
  parseRuleFlags
} from "./chunk-EXWJCFTD.mjs";
import {
  packageVersion
} from "./chunk-J43DYJI3.mjs";
import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import "./chunk-HOAEH4G2.mjs";
import {
  allRules
} from "./chunk-SRO6KNJT.mjs";
import "./chunk-PUEHP22X.mjs";
import "./chunk-WPCAXSPP.mjs";
import {
  countBySeverity
} from "./chunk-ALWTLKZW.mjs";
import {
  ruleHelpUri
} from "./chunk-W5Z3FKTW.mjs";
import {
  terminalText
} from "./chunk-LHFUGATF.mjs";
import {
  relativePath
} from "./chunk-6FBJXSFG.mjs";
import {
  compareStrings,
  isSuppressed
} from "./chunk-EIVT7JAN.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/cli/lint-command.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

// src/formatters/statistics.ts
function ruleStatistics(result) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    if (isSuppressed(f)) continue;
    const s = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, count: 0, errors: 0, warnings: 0, notes: 0, fixable: 0, helpUri: ruleHelpUri(f.ruleId) };
    s.count++;
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warn") s.warnings++;
    else s.notes++;
    if (f.fix) s.fixable++;
    byRule.set(f.ruleId, s);
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || compareStrings(a.ruleId, b.ruleId));
}
function statisticsText(result) {
  const rows = ruleStatistics(result);
  if (rows.length === 0) return "";
  const cells = [["count", "rule", "errors", "warnings", "notes", "fixable"], ...rows.map((r) => [r.count, r.ruleId, r.errors, r.warnings, r.notes, r.fixable].map(String))];
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((c) => (c[i] ?? "").length))) ?? [];
  const line = (c) => c.map((v, i) => i === 1 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)).join("  ").trimEnd();
  return `${cells.map(line).join("\n")}
`;
}
function statisticsJson(result) {
  return `${JSON.stringify(ruleStatistics(result), null, 2)}
`;
}

// src/formatters/unified-diff.ts
function unifiedDiff(before, after, oldName, newName, context = 3) {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = editScript(a, b);
  const hunks = [];
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]?.kind === "same") i++;
    if (i >= ops.length) break;
    let start = i;
    for (let k = 0; k < context && start > 0 && ops[start - 1]?.kind === "same"; k++) start--;
    let end = i;
    for (; ; ) {
      while (end < ops.length && ops[end]?.kind !== "same") end++;
      let run = 0;
      while (end + run < ops.length && ops[end + run]?.kind === "same") run++;
      if (end + run < ops.length && run <= 2 * context) {
        end += run;
        continue;
      }
      end += Math.min(run, context);
      break;
    }
    hunks.push(hunk(ops.slice(start, end)));
    i = end;
  }
  return `--- ${oldName}
+++ ${newName}
${hunks.join("")}`;
}
function hunk(ops) {
  const first = ops[0];
  const oldCount = ops.filter((o) => o.kind !== "add").length;
  const newCount = ops.filter((o) => o.kind !== "del").length;
  const oldStart = oldCount ? first.oldLine : first.oldLine - 1;
  const newStart = newCount ? first.newLine : first.newLine - 1;
  let out = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@
`;
  for (const o of ops) {
    const mark = o.kind === "same" ? " " : o.kind === "del" ? "-" : "+";
    const body = o.line.replace(/\r?\n$|\r$/, "");
    out += `${mark}${body}${o.line.endsWith("\r\n") ? "\r" : ""}
`;
    if (!/[\r\n]$/.test(o.line)) out += "\\ No newline at end of file\n";
  }
  return out;
}
function range(start, count) {
  return count === 1 ? `${start}` : `${start},${count}`;
}
function splitLines(text) {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
var MAX_EDIT_DISTANCE = 4e3;
function editScript(a, b) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0) ? v[offset + k + 1] ?? 0 : (v[offset + k - 1] ?? 0) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) {
    return [
      ...a.map((line, i) => ({ kind: "del", line, oldLine: i + 1, newLine: 1 })),
      ...b.map((line, i) => ({ kind: "add", line, oldLine: n + 1, newLine: i + 1 }))
    ];
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const prev = trace[d];
    const at = (k2) => prev[k2 + d] ?? 0;
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: "same", line: a[x], oldLine: x + 1, newLine: y + 1 });
    }
    if (d === 0) break;
    if (down) {
      y--;
      ops.push({ kind: "add", line: b[y], oldLine: x + 1, newLine: y + 1 });
    } else {
      x--;
      ops.push({ kind: "del", line: a[x], oldLine: x + 1, newLine: y + 1 });
    }
  }
  return ops.reverse();
}
function fixDiffs(fixes, root) {
  return fixes.filter((f) => f.original !== void 0 && f.output !== void 0).map((f) => {
    const rel = relativePath(f.file, root);
    const diff = unifiedDiff(f.original ?? "", f.output ?? "", `a/${rel}`, `b/${rel}`);
    return diff.replace(/[^\n]+/g, (line) => line.endsWith("\r") ? `${terminalText(line.slice(0, -1))}\r` : terminalText(line));
  }).join("");
}

// src/cli/lint-command.ts
function exitCodeFor(result, maxWarnings) {
  const counts = countBySeverity(result.findings);
  if (counts.error > 0) return 1;
  if (maxWarnings >= 0 && counts.warn > maxWarnings) return 1;
  return 0;
}
function useColor(io, flag, toFile) {
  if (flag !== void 0) return flag;
  if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "") return false;
  if (io.env["FORCE_COLOR"] !== void 0 && io.env["FORCE_COLOR"] !== "0") return true;
  return io.isTTY && !toFile;
}
function writeOutput(io, outputFile, text) {
  if (!outputFile) {
    if (text) io.stdout(text.endsWith("\n") ? text : `${text}
`);
    return;
  }
  const path = resolve(io.cwd, outputFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith("\n") ? text : `${text}
`);
}
function outputsOf(formats, outputFile) {
  const given = formats.length ? formats : ["stylish"];
  const outputs = given.map((value) => {
    const colon = value.indexOf(":");
    const name = colon < 0 ? value : value.slice(0, colon);
    if (!lazyFormatterNames.includes(name)) {
      throw new UsageError(`Invalid values: --format '${value}': choose one of ${lazyFormatterNames.join(", ")}, optionally with :FILE`);
    }
    if (colon < 0) return { format: name };
    const file = value.slice(colon + 1);
    if (!file) throw new UsageError(`--format '${value}': name the file after ':' (for example ${name}:mtlslint.${name})`);
    return { format: name, file };
  });
  const toStdout = outputs.filter((o) => o.file === void 0);
  if (toStdout.length > 1) {
    throw new UsageError(
      `--format ${toStdout.map((o) => o.format).join(" and ")} would all go to ${outputFile ? outputFile : "standard output"}: give each but one its own file (-f ${toStdout[1]?.format}:FILE)`
    );
  }
  if (outputFile !== void 0 && toStdout[0]) toStdout[0].file = outputFile;
  const seen = /* @__PURE__ */ new Set();
  for (const o of outputs) {
    if (o.file === void 0) continue;
    if (seen.has(o.file)) throw new UsageError(`two reports would be written to ${o.file}: give each format its own file`);
    seen.add(o.file);
  }
  return outputs;
}
function lintArgs({ values: v, positionals }) {
  const str = (name) => typeof v[name] === "string" ? v[name] : void 0;
  const num = (name) => typeof v[name] === "number" ? v[name] : void 0;
  const strings = (name) => Array.isArray(v[name]) ? v[name].map(String) : [];
  const flag = (name) => typeof v[name] === "boolean" ? v[name] : void 0;
  const optional = (key, value) => value !== void 0 ? { [key]: value } : {};
  return {
    paths: positionals.length ? positionals : ["."],
    outputs: outputsOf(strings("format"), str("output-file") || void 0),
    rule: strings("rule"),
    only: strings("only"),
    maxWarnings: num("max-warnings") ?? -1,
    quiet: flag("quiet") ?? false,
    statistics: flag("statistics") ?? false,
    paramFile: strings("param-file"),
    ...optional("color", flag("color")),
    stdin: flag("stdin") ?? false,
    ...optional("stdinFilename", str("stdin-filename") || void 0),
    ...optional("sarifAutomationId", str("sarif-automation-id") || void 0),
    sarifIncludeSuppressed: flag("sarif-include-suppressed") ?? false,
    ...optional("config", str("config")),
    fix: flag("fix") ?? false,
    fixDryRun: flag("fix-dry-run") ?? false,
    unsafeFixes: flag("unsafe-fixes") ?? false,
    ...optional("baseline", str("baseline") || void 0),
    ...optional("baselineWrite", str("baseline-write") || void 0),
    ...optional("threads", num("threads"))
  };
}
async function loadCliConfig(io, explicit) {
  const path = explicit !== void 0 ? resolve(io.cwd, explicit) : findConfigFile(io.cwd);
  if (path === void 0) return defaultConfig(io.cwd);
  if (explicit !== void 0 && !existsSync(path)) throw new UsageError(`--config: no such file: ${explicit}`);
  await loadAjv();
  return loadConfigFile(path, allRules(), relative(io.cwd, path) || path);
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function lintCommand(parsed, io) {
  return runLint(lintArgs(parsed), io);
}
async function runLint(args, io) {
  const known = new Set(allRules().map((r) => r.id));
  const cliRules = parseRuleFlags(args.rule, known);
  if (!(Number.isInteger(args.maxWarnings) && args.maxWarnings >= -1)) throw new UsageError(`--max-warnings must be a whole number, 0 or more (-1: no limit), got ${args.maxWarnings}`);
  if (args.statistics) {
    const other = args.outputs.find((o) => o.format !== "stylish" && o.format !== "json");
    if (other) throw new UsageError(`--statistics prints counts as stylish text or json, not ${other.format}`);
  }
  if (args.unsafeFixes && !args.fix && !args.fixDryRun) throw new UsageError("--unsafe-fixes goes with --fix or --fix-dry-run");
  if (args.fix && args.fixDryRun) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (args.threads !== void 0 && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError("--threads must be a whole number, 1 or more");
  if (args.fix && args.stdin) throw new UsageError("--fix cannot write to standard input: use --fix-dry-run with --format json");
  const config = await loadCliConfig(io, args.config);
  const root = findRepositoryRoot(io.cwd);
  const fromConfig = configLintOptions(config, root, cliRules);
  if (args.only.length) fromConfig.rules = onlyRules(args.only, allRules(), fromConfig.rules);
  const options = {
    ...fromConfig,
    cwd: io.cwd,
    root,
    parameterFiles: [...fromConfig.parameterFiles, ...args.paramFile.map((p) => resolve(io.cwd, p))],
    ...args.baseline ? { baseline: readBaseline(resolve(io.cwd, args.baseline)) } : {},
    ...args.fix ? { fix: "write" } : args.fixDryRun ? { fix: "dry-run" } : {},
    ...args.unsafeFixes ? { unsafeFixes: true } : {},
    ...args.threads !== void 0 ? { threads: args.threads } : {},
    ...io.oneShot ? { shortLived: true } : {}
  };
  let result;
  if (args.stdin) {
    if (!args.stdinFilename) throw new UsageError("--stdin needs --stdin-filename, so that the format can be told");
    result = await lintSources([{ path: args.stdinFilename, text: io.readStdin() }], options);
  } else {
    result = await lintPaths(args.paths, options);
  }
  if (args.baselineWrite) {
    const baseline = rebaseline(result);
    writeBaseline(resolve(io.cwd, args.baselineWrite), baseline);
    io.stderr(`mtlslint: wrote ${plural(baseline.entries.length, "finding")} to the baseline ${args.baselineWrite}
`);
  } else if (result.baseline) {
    const { matched, fixed } = result.baseline;
    io.stderr(
      `mtlslint: the baseline suppressed ${plural(matched, "finding")}; ${plural(fixed, "baseline entry", "baseline entries")} no longer ${fixed === 1 ? "occurs" : "occur"} (fixed)` + (fixed ? ": run with --baseline-write to drop them" : "") + "\n"
    );
    if (options.baseline?.version === 1) {
      io.stderr(`mtlslint: the baseline ${args.baseline} is in the version 1 format (mtlslint 0.1): its entries still match; rewrite it with --baseline-write to use the new fingerprints
`);
    }
  }
  if (result.fixes) {
    const count = result.fixes.reduce((n, f) => n + f.applied.length, 0);
    const verb = args.fix ? "fixed" : "would fix";
    io.stderr(`mtlslint: ${verb} ${plural(count, "finding")} in ${plural(result.fixes.length, "file")}`);
    const skipped = result.skippedFixes?.length ?? 0;
    if (skipped) io.stderr(`; ${plural(skipped, "fixable finding")} left as ${skipped === 1 ? "it is" : "they are"} (see --format json)`);
    if (result.unsafeFixesLeft) io.stderr(`; ${result.unsafeFixesLeft} more fixable with --unsafe-fixes`);
    io.stderr("\n");
  }
  const shown = args.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
  const ctx = {
    rules: allRules(),
    cwd: io.cwd,
    root: result.root,
    color: false,
    toolVersion: packageVersion(),
    ...args.sarifAutomationId ? { automationId: args.sarifAutomationId } : {},
    includeSuppressed: args.sarifIncludeSuppressed
  };
  for (const output of args.outputs) {
    const color = output.format === "stylish" && useColor(io, args.color, output.file !== void 0);
    let text = args.statistics ? output.format === "json" ? statisticsJson(shown) : statisticsText(shown) : (await loadFormatter(output.format))(shown, { ...ctx, color });
    const diff = output.format === "stylish" && args.fixDryRun && result.fixes ? fixDiffs(result.fixes, result.root) : "";
    if (diff) text = text ? `${diff}
${text}` : diff;
    writeOutput(io, output.file, text);
  }
  io.onResult?.(shown, ctx);
  const code = exitCodeFor(result, args.maxWarnings);
  const warnings = countBySeverity(result.findings).warn;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`mtlslint: ${plural(warnings, "warning")}, more than --max-warnings ${args.maxWarnings} allows
`);
  }
  return code;
}
export {
  exitCodeFor,
  lintArgs,
  lintCommand,
  loadCliConfig,
  outputsOf
};

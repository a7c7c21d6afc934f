import {
  lazyFormatterNames
} from "./chunk-D45I3LVB.mjs";
import "./chunk-EXWJCFTD.mjs";
import {
  packageVersion
} from "./chunk-J43DYJI3.mjs";
import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import "./chunk-WPCAXSPP.mjs";
import "./chunk-24WBT26Q.mjs";

// src/cli/args.ts
import { parseArgs } from "node:util";
var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
var HELP_OPTION = { type: "boolean", short: "h", describe: "Show help" };
function parseCommandArgs(syntax, argv) {
  const specs = { ...syntax.options, help: HELP_OPTION };
  const lexOptions = {};
  const nameOf = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(specs)) {
    const type = spec.type === "boolean" ? "boolean" : "string";
    lexOptions[name] = spec.short ? { type, short: spec.short } : { type };
    nameOf.set(name, name);
    for (const alias of spec.aliases ?? []) {
      lexOptions[alias] = { type };
      nameOf.set(alias, name);
    }
  }
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: [...argv], options: lexOptions, strict: false, allowPositionals: true, allowNegative: true, tokens: true }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const values = {};
  const positionals = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const name = nameOf.get(token.name);
    const spec = name !== void 0 ? specs[name] : void 0;
    if (name === void 0 || spec === void 0) throw new UsageError(`Unknown argument: ${token.rawName}${hint(syntax)}`);
    const negated = token.rawName.startsWith("--no-") && !nameOf.has(token.rawName.slice(2));
    if (spec.type === "boolean") {
      if (token.value !== void 0) throw new UsageError(`${token.rawName} takes no value (got '${token.value}')`);
      if (name === "help") help = !negated;
      else values[name] = !negated;
      continue;
    }
    if (negated) throw new UsageError(`Unknown argument: ${token.rawName}${hint(syntax)}`);
    const raw = token.value;
    if (raw === void 0 || !token.inlineValue && raw.startsWith("-") && raw !== "-" && !NUMBER.test(raw)) {
      throw new UsageError(`${token.rawName} needs a value${spec.valueName ? ` (${spec.valueName})` : ""}`);
    }
    const value = spec.type === "number" ? toNumber(token.rawName, raw) : raw;
    if (spec.choices && !spec.choices.includes(String(value))) {
      throw new UsageError(`Invalid values: ${token.rawName} '${raw}': choose one of ${spec.choices.join(", ")}`);
    }
    if (spec.multiple) {
      const list = values[name] ?? [];
      list.push(value);
      values[name] = list;
    } else values[name] = value;
  }
  if (!syntax.positionals && positionals.length > 0 && !help) {
    throw new UsageError(`Unknown argument: ${positionals[0]}${hint(syntax)}`);
  }
  return { values, positionals, help };
}
function toNumber(rawName, raw) {
  if (!NUMBER.test(raw.trim())) throw new UsageError(`${rawName} must be a number, got '${raw}'`);
  return Number(raw);
}
function hint(syntax) {
  return `. Run 'mtlslint ${syntax.name} --help' for the options.`;
}
function commandHelp(syntax, width = 100) {
  const usage = `mtlslint ${syntax.name}${syntax.positionals ? ` [${syntax.positionals.name}]` : ""} [options]`;
  const rows = [];
  const specs = [...Object.entries(syntax.options), ["help", HELP_OPTION]];
  for (const [name, spec] of specs) {
    const names = [spec.short ? `-${spec.short}, --${name}` : `    --${name}`, ...(spec.aliases ?? []).map((a) => `--${a}`)].join(", ");
    const value = spec.type === "boolean" ? "" : ` ${spec.valueName ?? (spec.type === "number" ? "N" : "VALUE")}`;
    const extra = [
      spec.choices ? `one of ${spec.choices.join(", ")}` : "",
      spec.defaultText !== void 0 ? `default: ${spec.defaultText}` : "",
      spec.multiple ? "repeatable" : ""
    ].filter(Boolean);
    rows.push([`${names}${value}`, `${spec.describe}${extra.length ? ` (${extra.join("; ")})` : ""}`]);
  }
  const lines = [usage, "", syntax.describe, ""];
  if (syntax.positionals) lines.push("Arguments:", ...table([[`  ${syntax.positionals.name}`, syntax.positionals.describe]], width), "");
  lines.push("Options:", ...table(rows.map(([a, b]) => [`  ${a}`, b]), width));
  return `${lines.join("\n")}
`;
}
function table(rows, width = 100) {
  const left = Math.min(Math.max(...rows.map(([a]) => a.length)) + 2, 40);
  const out = [];
  for (const [a, b] of rows) {
    const room = Math.max(30, width - left);
    const words = b.split(" ");
    const wrapped = [];
    let line = "";
    for (const w of words) {
      if (line && line.length + 1 + w.length > room) {
        wrapped.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    wrapped.push(line);
    if (a.length + 2 > left) out.push(a, ...wrapped.map((l) => `${" ".repeat(left)}${l}`));
    else out.push(`${a.padEnd(left)}${wrapped[0] ?? ""}`, ...wrapped.slice(1).map((l) => `${" ".repeat(left)}${l}`));
  }
  return out;
}

// src/cli/commands.ts
var commands = [
  {
    name: "lint",
    describe: "Lint Bicep, ARM templates and Terraform for App Service mutual TLS",
    positionals: { name: "paths..", describe: "Files or directories (default: .)" },
    options: {
      format: {
        type: "string",
        short: "f",
        multiple: true,
        valueName: "FORMAT[:FILE]",
        defaultText: "stylish",
        describe: `Output format: ${lazyFormatterNames.join(", ")}; FORMAT:FILE writes that report to FILE, so one run can write several (-f stylish -f sarif:mtlslint.sarif)`
      },
      "output-file": { type: "string", short: "o", valueName: "FILE", describe: "Write the report (of the format given without :FILE) to this file" },
      rule: { type: "string", multiple: true, valueName: "ID=SEVERITY", describe: "Set a rule severity: id=off|note|warn|error (comma-separated too)" },
      "max-warnings": { type: "number", defaultText: "-1, no limit", describe: "Exit 1 when there are more warnings than this" },
      quiet: { type: "boolean", describe: "Report errors only" },
      only: { type: "string", multiple: true, valueName: "RULE[,RULE]", describe: "Run only these rules (parse errors and files not analysed are still reported)" },
      statistics: { type: "boolean", describe: "Print how many findings each rule has instead of the findings (stylish and json)" },
      "param-file": { type: "string", aliases: ["var-file"], multiple: true, valueName: "FILE", describe: "ARM/Bicep parameter file or Terraform variable file" },
      color: { type: "boolean", describe: "Force colors on or off (--no-color; NO_COLOR is honoured)" },
      stdin: { type: "boolean", describe: "Lint text from standard input" },
      "stdin-filename": { type: "string", valueName: "NAME", describe: "The file name to lint standard input as" },
      "sarif-automation-id": { type: "string", valueName: "ID", describe: "SARIF runAutomationDetails.id (one per analysis)" },
      "sarif-include-suppressed": { type: "boolean", describe: "Keep suppressed findings in SARIF, with their justification" },
      config: { type: "string", short: "c", valueName: "FILE", describe: "Config file (default: the nearest mtlslint.config.json up from here)" },
      fix: { type: "boolean", describe: "Fix what can be fixed safely, in place" },
      "fix-dry-run": { type: "boolean", describe: "Compute fixes without writing: stylish prints them as a diff, json carries the fixed texts" },
      "unsafe-fixes": {
        type: "boolean",
        describe: "With --fix or --fix-dry-run, also apply fixes that change who can connect (turning client certificates on, requiring them)"
      },
      baseline: { type: "string", valueName: "FILE", describe: "Report only findings not recorded in this baseline file" },
      "baseline-write": { type: "string", valueName: "FILE", describe: "Record the current findings in this baseline file" },
      threads: { type: "number", defaultText: "automatic", describe: "Worker threads for large trees; 1 = none" }
    },
    run: async (args, io) => (await import("./lint-command-ASUM4LGS.mjs")).lintCommand(args, io)
  },
  {
    name: "rules",
    describe: "List the rules, or print one rule's documentation",
    positionals: { name: "id", describe: "A rule id: print its documentation (what it checks, why, examples, how to fix)" },
    options: { format: { type: "string", valueName: "FORMAT", choices: ["text", "json"], defaultText: "text", describe: "Output format" } },
    run: async (args, io) => (await import("./rules-command-LFSENGVE.mjs")).rulesCommand(args, io)
  },
  {
    name: "lsp",
    describe: "Start the language server for editors (LSP over stdin/stdout)",
    options: { stdio: { type: "boolean", describe: "Talk over stdin/stdout, the only transport (LSP clients pass it)" } },
    run: async (_args, io) => (await import("./command-OEIQQUKY.mjs")).lspCommand(io)
  },
  {
    name: "init",
    describe: "Write a starter mtlslint.config.json here",
    options: {},
    run: async (_args, io) => {
      io.stdout((await import("./init-command-OWYD7AXD.mjs")).initConfig(io.cwd));
      return 0;
    }
  }
];

// src/cli/io.ts
import { readFileSync } from "node:fs";
function defaultIO() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: () => readFileSync(0, "utf8")
  };
}

// src/cli/main.ts
function mainHelp() {
  const rows = commands.map((c) => [`  mtlslint ${c.name}${c.positionals ? ` [${c.positionals.name}]` : ""}`, c.describe]);
  return [
    "mtlslint <command> [options]",
    "",
    "Commands:",
    ...table(rows),
    "",
    "Options:",
    ...table([
      ["  -h, --help", "Show help (also after a command: mtlslint lint --help)"],
      ["  --version", "Show the version number"]
    ]),
    ""
  ].join("\n");
}
async function main(argv, io = defaultIO()) {
  try {
    const [first, ...rest] = argv;
    if (first === void 0) throw new UsageError(`Name a command: ${commands.map((c) => c.name).join(", ")}. Run 'mtlslint --help' for more.`);
    if (first === "--help" || first === "-h") {
      io.stdout(mainHelp());
      return 0;
    }
    if (first === "--version") {
      io.stdout(`${packageVersion()}
`);
      return 0;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) {
      const what = first.startsWith("-") ? `Unknown argument: ${first}` : `Unknown command '${first}'`;
      throw new UsageError(`${what}. Commands: ${commands.map((c) => c.name).join(", ")}.`);
    }
    const args = parseCommandArgs(command, rest);
    if (args.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (err) {
    const failure = err instanceof UsageError ? err.message : `internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`;
    io.stderr(`mtlslint: ${failure}
`);
    return 2;
  }
}

// src/cli/bin.ts
var closed = /* @__PURE__ */ new Set();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    closed.add(stream);
  });
}
var code = await main(process.argv.slice(2), { ...defaultIO(), oneShot: true });
process.exitCode = code;
var flushed = (stream) => closed.has(stream) || stream.destroyed ? Promise.resolve() : new Promise((done) => stream.write("", () => done()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);

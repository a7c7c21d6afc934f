import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import yargs from 'yargs';
import type { Severity } from '../../rules/api.js';
import { applyBaseline, baselineOf, readBaseline, writeBaseline } from '../engine/baseline.js';
import { loadAjv } from '../engine/ajv.js';
import { defaultConfig, findConfigFile, ignoreGlobsForRoot, loadConfigFile, type ResolvedConfig } from '../engine/config.js';
import { allRules, lintPaths, lintSources, findRepositoryRoot, UsageError, type LintOptions, type RuleConfig } from '../engine/lint.js';
import { mergeRuleConfigs } from '../engine/rule-config.js';
import { parseSeverity } from '../engine/severity.js';
import { countBySeverity, type LintResult } from '../engine/types.js';
import { formatterNames, formatters, type FormatContext, type FormatterName } from '../formatters/index.js';
import { initConfig } from './init-command.js';
import { rulesCatalog } from './rules-command.js';
import { packageVersion } from './version.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  readStdin: () => string;
  /** Receives the lint result after the report is written (the GitHub Action builds its outputs and summary from it). */
  onResult?: (result: LintResult, context: FormatContext) => void;
}

const FORMATS = formatterNames;
type FormatName = FormatterName;

export function defaultIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: () => readFileSync(0, 'utf8'),
  };
}

/** `--rule id=severity` (also `id:severity`), repeatable or comma-separated. */
export function parseRuleFlags(values: readonly string[], known: ReadonlySet<string>): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new UsageError(`--rule expects id=severity (for example client-cert-mode=warn), got '${value}'`);
    const [, id = '', sev = ''] = m;
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}'. Run 'mtlslint rules' for the list.`);
    const severity: Severity | undefined = parseSeverity(sev);
    if (!severity) throw new UsageError(`--rule ${id}: severity must be off, note, warn or error, got '${sev}'`);
    out[id] = severity;
  }
  return out;
}

export function exitCodeFor(result: LintResult, maxWarnings: number): number {
  const counts = countBySeverity(result.findings);
  if (counts.error > 0) return 1;
  if (maxWarnings >= 0 && counts.warn > maxWarnings) return 1;
  return 0;
}

function useColor(io: CliIO, flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.isTTY && !toFile;
}

function writeOutput(io: CliIO, outputFile: string | undefined, text: string): void {
  if (!outputFile) {
    if (text) io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const path = resolve(io.cwd, outputFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

interface LintArgs {
  paths: string[];
  format: FormatName;
  outputFile?: string;
  rule: string[];
  maxWarnings: number;
  quiet: boolean;
  paramFile: string[];
  color?: boolean;
  stdin: boolean;
  stdinFilename?: string;
  sarifAutomationId?: string;
  sarifIncludeSuppressed: boolean;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  baseline?: string;
  baselineWrite?: string;
  threads?: number;
}

/** The config file (`--config`, else the nearest one up from the working directory), or the defaults. */
export async function loadCliConfig(io: CliIO, explicit: string | undefined): Promise<ResolvedConfig> {
  const path = explicit !== undefined ? resolve(io.cwd, explicit) : findConfigFile(io.cwd);
  if (path === undefined) return defaultConfig(io.cwd);
  if (explicit !== undefined && !existsSync(path)) throw new UsageError(`--config: no such file: ${explicit}`);
  await loadAjv();
  return loadConfigFile(path, allRules(), relative(io.cwd, path) || path);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const known = new Set(allRules().map((r) => r.id));
  const cliRules = parseRuleFlags(args.rule, known);
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (args.threads !== undefined && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError('--threads must be a whole number, 1 or more');
  if (args.fix && args.stdin) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run with --format json');
  const config = await loadCliConfig(io, args.config);
  const root = findRepositoryRoot(io.cwd);
  const rules = mergeRuleConfigs(
    config.rules,
    config.reportUnusedDirectives ? { 'unused-directive': config.reportUnusedDirectives } : undefined,
    config.requireDirectiveReason ? undefined : { 'directive-reason': 'off' },
    cliRules,
  );
  const options: LintOptions = {
    cwd: io.cwd,
    root,
    rules,
    parameterFiles: [...config.parameterFiles, ...args.paramFile.map((p) => resolve(io.cwd, p))],
    ignore: ignoreGlobsForRoot(config, root),
    requireMtls: config.requireMtls,
    ...(args.baseline ? { baseline: readBaseline(resolve(io.cwd, args.baseline)) } : {}),
    ...(args.fix ? { fix: 'write' as const } : args.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(args.threads !== undefined ? { threads: args.threads } : {}),
  };
  let result: LintResult;
  if (args.stdin) {
    if (!args.stdinFilename) throw new UsageError('--stdin needs --stdin-filename, so that the format can be told');
    result = await lintSources([{ path: args.stdinFilename, text: io.readStdin() }], options);
  } else {
    result = await lintPaths(args.paths, options);
  }
  if (args.baselineWrite) {
    const baseline = baselineOf(result.findings, result.root);
    writeBaseline(resolve(io.cwd, args.baselineWrite), baseline);
    // The recorded findings are accepted from now on: this run reports them as such.
    for (const f of result.findings) if (f.suppressions?.[0]?.justification === 'baseline') delete f.suppressions;
    result.baseline = applyBaseline(result.findings, baseline);
    io.stderr(`mtlslint: wrote ${plural(baseline.entries.length, 'finding')} to the baseline ${args.baselineWrite}\n`);
  } else if (result.baseline) {
    const { matched, fixed } = result.baseline;
    io.stderr(
      `mtlslint: the baseline suppressed ${plural(matched, 'finding')}; ${plural(fixed, 'baseline entry', 'baseline entries')} no longer ${fixed === 1 ? 'occurs' : 'occur'} (fixed)` +
        (fixed ? ': run with --baseline-write to drop them' : '') +
        '\n',
    );
  }
  if (result.fixes) {
    const count = result.fixes.reduce((n, f) => n + f.applied.length, 0);
    const verb = args.fix ? 'fixed' : 'would fix';
    io.stderr(`mtlslint: ${verb} ${plural(count, 'finding')} in ${plural(result.fixes.length, 'file')}`);
    const skipped = result.skippedFixes?.length ?? 0;
    io.stderr(skipped ? `; ${plural(skipped, 'fixable finding')} left as ${skipped === 1 ? 'it is' : 'they are'} (see --format json)\n` : '\n');
  }
  const shown: LintResult = args.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
  const ctx: FormatContext = {
    rules: allRules(),
    cwd: io.cwd,
    root: result.root,
    color: useColor(io, args.color, Boolean(args.outputFile)) && args.format === 'stylish',
    toolVersion: packageVersion(),
    ...(args.sarifAutomationId ? { automationId: args.sarifAutomationId } : {}),
    includeSuppressed: args.sarifIncludeSuppressed,
  };
  writeOutput(io, args.outputFile, formatters[args.format](shown, ctx));
  io.onResult?.(shown, ctx);
  return exitCodeFor(result, args.maxWarnings);
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings over the limits, 2 usage or internal failure. */
export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  let code = 0;
  let failure: string | undefined;
  // yargs reports its own validation problems as plain errors; they are usage errors too.
  const parser = yargs([...argv])
    .scriptName('mtlslint')
    .usage('$0 <command> [options]')
    .command(
      'lint [paths..]',
      'Lint Bicep, ARM templates and Terraform for App Service mutual TLS',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories' })
          .option('format', { alias: 'f', choices: FORMATS, default: 'stylish' as FormatName, describe: 'Output format' })
          .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file' })
          .option('rule', { type: 'string', array: true, default: [] as string[], describe: 'Set a rule severity: id=off|note|warn|error' })
          .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
          .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
          .option('param-file', { alias: 'var-file', type: 'string', array: true, default: [] as string[], describe: 'ARM/Bicep parameter file or Terraform variable file (repeatable)' })
          .option('color', { type: 'boolean', describe: 'Force colors on or off (--no-color; NO_COLOR is honoured)' })
          .option('stdin', { type: 'boolean', default: false, describe: 'Lint text from standard input' })
          .option('stdin-filename', { type: 'string', describe: 'The file name to lint standard input as' })
          .option('sarif-automation-id', { type: 'string', describe: 'SARIF runAutomationDetails.id (one per analysis)' })
          .option('sarif-include-suppressed', { type: 'boolean', default: false, describe: 'Keep suppressed findings in SARIF, with their justification' })
          .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: the nearest mtlslint.config.json up from here)' })
          .option('fix', { type: 'boolean', default: false, describe: 'Fix what can be fixed safely, in place' })
          .option('fix-dry-run', { type: 'boolean', default: false, describe: 'Compute fixes without writing (the JSON report carries the fixed texts)' })
          .option('baseline', { type: 'string', describe: 'Report only findings not recorded in this baseline file' })
          .option('baseline-write', { type: 'string', describe: 'Record the current findings in this baseline file' })
          .option('threads', { type: 'number', describe: 'Worker threads for large trees (1 = none; default: automatic)' }),
      async (a) => {
        code = await runLint(
          {
            paths: (a.paths ?? ['.']).map(String),
            format: a.format,
            ...(a.outputFile ? { outputFile: a.outputFile } : {}),
            rule: a.rule.map(String),
            maxWarnings: a.maxWarnings,
            quiet: a.quiet,
            paramFile: a.paramFile.map(String),
            ...(a.color !== undefined ? { color: a.color } : {}),
            stdin: a.stdin,
            ...(a.stdinFilename ? { stdinFilename: a.stdinFilename } : {}),
            ...(a.sarifAutomationId ? { sarifAutomationId: a.sarifAutomationId } : {}),
            sarifIncludeSuppressed: a.sarifIncludeSuppressed,
            ...(a.config !== undefined ? { config: a.config } : {}),
            fix: a.fix,
            fixDryRun: a.fixDryRun,
            ...(a.baseline ? { baseline: a.baseline } : {}),
            ...(a.baselineWrite ? { baselineWrite: a.baselineWrite } : {}),
            ...(a.threads !== undefined ? { threads: a.threads } : {}),
          },
          io,
        );
      },
    )
    .command(
      'rules',
      'List the rules',
      (y) => y.option('format', { choices: ['text', 'json'] as const, default: 'text' as const }),
      (a) => {
        io.stdout(rulesCatalog(allRules(), a.format));
      },
    )
    .command(
      'init',
      'Write a starter mtlslint.config.json here',
      (y) => y,
      () => {
        io.stdout(initConfig(io.cwd));
      },
    )
    .demandCommand(1, 'Name a command: lint, rules or init')
    .strict()
    .help()
    .version(packageVersion())
    .exitProcess(false)
    .fail((msg, err) => {
      // Throwing stops yargs from running the command after a validation failure.
      throw err ?? new UsageError(msg);
    })
    .wrap(Math.min(100, process.stdout.columns || 100));
  try {
    await parser.parseAsync();
  } catch (err) {
    failure = err instanceof UsageError ? err.message : `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
  }
  if (failure !== undefined) {
    io.stderr(`mtlslint: ${failure}\n`);
    return 2;
  }
  return code;
}

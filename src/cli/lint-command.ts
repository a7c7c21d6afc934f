import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { readBaseline, rebaseline, writeBaseline } from '../engine/baseline.js';
import { loadAjv } from '../engine/ajv.js';
import { defaultConfig, findConfigFile, loadConfigFile, type ResolvedConfig } from '../engine/config.js';
import { configLintOptions } from '../engine/config-options.js';
import { allRules, lintPaths, lintSources, findRepositoryRoot, UsageError, type LintOptions } from '../engine/lint.js';
import { countBySeverity, type LintResult } from '../engine/types.js';
import type { FormatterName } from '../formatters/index.js';
import { lazyFormatterNames, loadFormatter } from '../formatters/load.js';
import { statisticsJson, statisticsText } from '../formatters/statistics.js';
import { fixDiffs } from '../formatters/unified-diff.js';
import type { FormatContext } from '../formatters/types.js';
import type { ParsedArgs } from './args.js';
import type { CliIO } from './io.js';
import { onlyRules, parseRuleFlags } from './rule-flags.js';
import { packageVersion } from './version.js';

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

/** One report of the run: a format and where it goes (standard output when no file). */
export interface Output {
  format: FormatterName;
  file?: string;
}

/**
 * `-f name` or `-f name:file`, repeatable; `-o file` is the destination of the one given without
 * a file. At most one report goes to standard output, and no two to the same file.
 */
export function outputsOf(formats: readonly string[], outputFile: string | undefined): Output[] {
  const given = formats.length ? formats : ['stylish'];
  const outputs = given.map((value): Output => {
    const colon = value.indexOf(':');
    const name = colon < 0 ? value : value.slice(0, colon);
    if (!(lazyFormatterNames as readonly string[]).includes(name)) {
      throw new UsageError(`Invalid values: --format '${value}': choose one of ${lazyFormatterNames.join(', ')}, optionally with :FILE`);
    }
    if (colon < 0) return { format: name as FormatterName };
    const file = value.slice(colon + 1);
    if (!file) throw new UsageError(`--format '${value}': name the file after ':' (for example ${name}:mtlslint.${name})`);
    return { format: name as FormatterName, file };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `--format ${toStdout.map((o) => o.format).join(' and ')} would all go to ${outputFile ? outputFile : 'standard output'}: give each but one its own file (-f ${toStdout[1]?.format}:FILE)`,
    );
  }
  if (outputFile !== undefined && toStdout[0]) toStdout[0].file = outputFile;
  const seen = new Set<string>();
  for (const o of outputs) {
    if (o.file === undefined) continue;
    if (seen.has(o.file)) throw new UsageError(`two reports would be written to ${o.file}: give each format its own file`);
    seen.add(o.file);
  }
  return outputs;
}

/** `mtlslint lint`'s options, typed (the syntax is declared in commands.ts). */
export interface LintArgs {
  paths: string[];
  outputs: Output[];
  rule: string[];
  only: string[];
  maxWarnings: number;
  quiet: boolean;
  statistics: boolean;
  paramFile: string[];
  color?: boolean;
  stdin: boolean;
  stdinFilename?: string;
  sarifAutomationId?: string;
  sarifIncludeSuppressed: boolean;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  unsafeFixes: boolean;
  baseline?: string;
  baselineWrite?: string;
  threads?: number;
}

export function lintArgs({ values: v, positionals }: ParsedArgs): LintArgs {
  const str = (name: string): string | undefined => (typeof v[name] === 'string' ? (v[name] as string) : undefined);
  const num = (name: string): number | undefined => (typeof v[name] === 'number' ? (v[name] as number) : undefined);
  const strings = (name: string): string[] => (Array.isArray(v[name]) ? (v[name] as unknown[]).map(String) : []);
  const flag = (name: string): boolean | undefined => (typeof v[name] === 'boolean' ? (v[name] as boolean) : undefined);
  const optional = <K extends keyof LintArgs>(key: K, value: LintArgs[K] | undefined): Partial<LintArgs> => (value !== undefined ? { [key]: value } : {});
  return {
    paths: positionals.length ? positionals : ['.'],
    outputs: outputsOf(strings('format'), str('output-file') || undefined),
    rule: strings('rule'),
    only: strings('only'),
    maxWarnings: num('max-warnings') ?? -1,
    quiet: flag('quiet') ?? false,
    statistics: flag('statistics') ?? false,
    paramFile: strings('param-file'),
    ...optional('color', flag('color')),
    stdin: flag('stdin') ?? false,
    ...optional('stdinFilename', str('stdin-filename') || undefined),
    ...optional('sarifAutomationId', str('sarif-automation-id') || undefined),
    sarifIncludeSuppressed: flag('sarif-include-suppressed') ?? false,
    ...optional('config', str('config')),
    fix: flag('fix') ?? false,
    fixDryRun: flag('fix-dry-run') ?? false,
    unsafeFixes: flag('unsafe-fixes') ?? false,
    ...optional('baseline', str('baseline') || undefined),
    ...optional('baselineWrite', str('baseline-write') || undefined),
    ...optional('threads', num('threads')),
  };
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

export function lintCommand(parsed: ParsedArgs, io: CliIO): Promise<number> {
  return runLint(lintArgs(parsed), io);
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const known = new Set(allRules().map((r) => r.id));
  const cliRules = parseRuleFlags(args.rule, known);
  if (!(Number.isInteger(args.maxWarnings) && args.maxWarnings >= -1)) throw new UsageError(`--max-warnings must be a whole number, 0 or more (-1: no limit), got ${args.maxWarnings}`);
  if (args.statistics) {
    const other = args.outputs.find((o) => o.format !== 'stylish' && o.format !== 'json');
    if (other) throw new UsageError(`--statistics prints counts as stylish text or json, not ${other.format}`);
  }
  if (args.unsafeFixes && !args.fix && !args.fixDryRun) throw new UsageError('--unsafe-fixes goes with --fix or --fix-dry-run');
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (args.threads !== undefined && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError('--threads must be a whole number, 1 or more');
  if (args.fix && args.stdin) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run with --format json');
  const config = await loadCliConfig(io, args.config);
  const root = findRepositoryRoot(io.cwd);
  const fromConfig = configLintOptions(config, root, cliRules);
  if (args.only.length) fromConfig.rules = onlyRules(args.only, allRules(), fromConfig.rules);
  const options: LintOptions = {
    ...fromConfig,
    cwd: io.cwd,
    root,
    parameterFiles: [...fromConfig.parameterFiles, ...args.paramFile.map((p) => resolve(io.cwd, p))],
    ...(args.baseline ? { baseline: readBaseline(resolve(io.cwd, args.baseline)) } : {}),
    ...(args.fix ? { fix: 'write' as const } : args.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(args.unsafeFixes ? { unsafeFixes: true } : {}),
    ...(args.threads !== undefined ? { threads: args.threads } : {}),
    ...(io.oneShot ? { shortLived: true } : {}),
  };
  let result: LintResult;
  if (args.stdin) {
    if (!args.stdinFilename) throw new UsageError('--stdin needs --stdin-filename, so that the format can be told');
    result = await lintSources([{ path: args.stdinFilename, text: io.readStdin() }], options);
  } else {
    result = await lintPaths(args.paths, options);
  }
  if (args.baselineWrite) {
    const baseline = rebaseline(result);
    writeBaseline(resolve(io.cwd, args.baselineWrite), baseline);
    io.stderr(`mtlslint: wrote ${plural(baseline.entries.length, 'finding')} to the baseline ${args.baselineWrite}\n`);
  } else if (result.baseline) {
    const { matched, fixed } = result.baseline;
    io.stderr(
      `mtlslint: the baseline suppressed ${plural(matched, 'finding')}; ${plural(fixed, 'baseline entry', 'baseline entries')} no longer ${fixed === 1 ? 'occurs' : 'occur'} (fixed)` +
        (fixed ? ': run with --baseline-write to drop them' : '') +
        '\n',
    );
    if (options.baseline?.version === 1) {
      io.stderr(`mtlslint: the baseline ${args.baseline} is in the version 1 format (mtlslint 0.1): its entries still match; rewrite it with --baseline-write to use the new fingerprints\n`);
    }
  }
  if (result.fixes) {
    const count = result.fixes.reduce((n, f) => n + f.applied.length, 0);
    const verb = args.fix ? 'fixed' : 'would fix';
    io.stderr(`mtlslint: ${verb} ${plural(count, 'finding')} in ${plural(result.fixes.length, 'file')}`);
    const skipped = result.skippedFixes?.length ?? 0;
    if (skipped) io.stderr(`; ${plural(skipped, 'fixable finding')} left as ${skipped === 1 ? 'it is' : 'they are'} (see --format json)`);
    // Fixes that change who can connect are never applied unasked: say how many wait for --unsafe-fixes.
    if (result.unsafeFixesLeft) io.stderr(`; ${result.unsafeFixesLeft} more fixable with --unsafe-fixes`);
    io.stderr('\n');
  }
  const shown: LintResult = args.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
  const rules = allRules();
  const context = (color: boolean): FormatContext => ({
    rules,
    cwd: io.cwd,
    root: result.root,
    color,
    // Read (from package.json) by the reports that show it only: a terminal's report reads no file for it.
    get toolVersion() {
      return packageVersion();
    },
    ...(args.sarifAutomationId ? { automationId: args.sarifAutomationId } : {}),
    includeSuppressed: args.sarifIncludeSuppressed,
  });
  for (const output of args.outputs) {
    const color = output.format === 'stylish' && useColor(io, args.color, output.file !== undefined);
    let text = args.statistics ? (output.format === 'json' ? statisticsJson(shown) : statisticsText(shown)) : (await loadFormatter(output.format))(shown, context(color));
    // The human format shows what a dry run would change, as a patch, above what would be left.
    const diff = output.format === 'stylish' && args.fixDryRun && result.fixes ? fixDiffs(result.fixes, result.root) : '';
    if (diff) text = text ? `${diff}\n${text}` : diff;
    writeOutput(io, output.file, text);
  }
  io.onResult?.(shown, context(false));
  const code = exitCodeFor(result, args.maxWarnings);
  const warnings = countBySeverity(result.findings).warn;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`mtlslint: ${plural(warnings, 'warning')}, more than --max-warnings ${args.maxWarnings} allows\n`);
  }
  return code;
}

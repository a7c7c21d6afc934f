import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnyRule, ReportSeverity, Severity } from '../../rules/api.js';
import { diagnosticRules } from '../../rules/diagnostics.js';
import { rules as catalog } from '../../rules/index.js';
import {
  compareRanges,
  mergeParseOutputs,
  type ClassifiedFile,
  type Entity,
  type ParseOutput,
  type SourceRange,
} from '../model/index.js';
import { classify } from './classify.js';
import { discover } from './discover.js';
import { UsageError } from './errors.js';
import { fingerprint } from './fingerprint.js';
import { formatOfKind, loadParser, type InputFormat } from './parsers.js';
import { diskReader, memoryReader, DEFAULT_MAX_FILE_BYTES, type FileReader } from './reader.js';
import { relPath, runRules } from './run-rules.js';
import { resolveRuleSettings, type RuleSetting } from './severity.js';
import type { RuleConfig } from './rule-config.js';
import { applyDirectives } from './suppress.js';
import { applyBaseline, type Baseline } from './baseline.js';
import type { MtlsScope } from './config.js';
import { engineRules } from './directive-rules.js';
import { fixRun, type FixMode } from './fix.js';
import { parseProblems } from './parse-problems.js';
import { mtlsScopePredicate } from './scope.js';
import type { Finding, LintResult } from './types.js';

export { UsageError } from './errors.js';

export type { RuleConfig } from './rule-config.js';

export interface LintOptions {
  /** Working directory paths are resolved against (default `process.cwd()`). */
  cwd?: string;
  /** Repository root for relative paths and fingerprints (default: nearest `.git` above cwd, else cwd). */
  root?: string;
  /** Severity (and options) by rule id, over the defaults. */
  rules?: Readonly<Record<string, RuleConfig>>;
  /** `--param-file` / `--var-file`. */
  parameterFiles?: readonly string[];
  /** Extra ignore globs (gitignore syntax, relative to the root). */
  ignore?: readonly string[];
  maxFileBytes?: number;
  /** Whether an mTLS rule applies to an entity; default: every entity (see also `requireMtls`). */
  inMtlsScope?: (entity: Entity) => boolean;
  /** The config's `requireMtls`: which sites the mTLS rules apply to (slots follow their site). */
  requireMtls?: MtlsScope;
  /** Findings recorded here are suppressed (kind `external`, justification `baseline`). */
  baseline?: Baseline;
  /** `write`: fix files on disk (`--fix`); `dry-run`: compute the fixed texts only (`--fix-dry-run`). */
  fix?: FixMode;
}

/** Every rule the engine knows: the catalog and the engine diagnostics. */
export function allRules(): readonly AnyRule[] {
  return [...catalog, ...diagnosticRules, ...engineRules];
}

export function findRepositoryRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start);
    dir = up;
  }
}

/** Lints files and directories on disk. */
export async function lintPaths(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? findRepositoryRoot(cwd);
  const started = performance.now();
  const found = discover(paths.length ? paths : ['.'], cwd, root, options.ignore);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (found.missing.length) {
    throw new UsageError(`No such file or directory: ${found.missing.join(', ')}`);
  }
  const all = [...found.files, ...found.context];
  // Report on the named files only, and on findings whose value comes from one of them
  // (a changed parameter file re-lints the template it feeds).
  const focus = found.context.length ? new Set(found.files) : undefined;
  const run = (overrides: ReadonlyMap<string, string>) =>
    lintFiles(all, overrides.size ? memoryReader(overrides, diskReader(maxBytes)) : diskReader(maxBytes), { ...options, cwd, root }, focus);
  const result = await finish(run, options);
  result.stats.durationMs = performance.now() - started;
  return result;
}

/** Lints texts that need not exist on disk (tests, `--stdin`); other files are read from disk. */
export async function lintSources(
  sources: readonly { path: string; text: string }[],
  options: LintOptions = {},
): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const started = performance.now();
  const map = new Map(sources.map((s) => [resolve(cwd, s.path), s.text] as const));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const run = (overrides: ReadonlyMap<string, string>) =>
    lintFiles([...map.keys()], memoryReader(new Map([...map, ...overrides]), diskReader(maxBytes)), { ...options, cwd, root });
  // Sources are not files to write: --fix on them behaves like --fix-dry-run.
  const result = await finish(run, options.fix ? { ...options, fix: 'dry-run' } : options);
  result.stats.durationMs = performance.now() - started;
  return result;
}

/** The first run, fixes (which re-run with the fixed texts), then the baseline. */
async function finish(run: (overrides: ReadonlyMap<string, string>) => Promise<LintResult>, options: LintOptions): Promise<LintResult> {
  let result = await run(new Map());
  if (options.fix) result = await fixRun(result, run, options.fix);
  if (options.baseline) result.baseline = applyBaseline(result.findings, options.baseline);
  return result;
}

function startRange(file: string): SourceRange {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 0 };
}

async function lintFiles(
  paths: readonly string[],
  reader: FileReader,
  options: LintOptions & { cwd: string; root: string },
  focus?: ReadonlySet<string>,
): Promise<LintResult> {
  const rules = allRules();
  const settings = resolveRuleSettings(rules, options.rules);
  const problems: { file: string; message: string; range?: SourceRange }[] = [];
  const classified: ClassifiedFile[] = [];
  const filesByKind: Record<string, number> = {};

  for (const path of paths) {
    const kind = classify(path, reader);
    if (!kind) continue;
    const read = reader.read(path);
    if (!read.ok) {
      problems.push({ file: path, message: read.message });
      continue;
    }
    classified.push({ path, kind });
    filesByKind[kind] = (filesByKind[kind] ?? 0) + 1;
  }

  const byFormat = new Map<InputFormat, ClassifiedFile[]>();
  for (const f of classified) {
    const format = formatOfKind(f.kind);
    const list = byFormat.get(format) ?? [];
    list.push(f);
    byFormat.set(format, list);
  }

  const outputs: ParseOutput[] = [];
  const parameterFiles = (options.parameterFiles ?? []).map((p) => resolve(options.cwd, p));
  for (const [format, files] of byFormat) {
    const loading = loadParser(format);
    if (!loading) {
      for (const f of files) problems.push({ file: f.path, message: `${format} files are not supported yet by this version of mtlslint` });
      continue;
    }
    try {
      const parser = await loading;
      outputs.push(await parser.parse({ files, parameterFiles, readFile: (p) => reader.read(p) }));
    } catch (err) {
      // A parser bug must not hide the other formats' findings.
      const message = `internal error in the ${format} parser: ${err instanceof Error ? err.message : String(err)}`;
      for (const f of files) problems.push({ file: f.path, message });
    }
  }
  const parsed = mergeParseOutputs(outputs);

  const scope = options.requireMtls && options.requireMtls !== 'all' ? mtlsScopePredicate(options.requireMtls, parsed.entities, options.root) : undefined;
  const given = options.inMtlsScope;
  const inMtlsScope = scope && given ? (e: Entity) => scope(e) && given(e) : (scope ?? given);
  let findings = runRules(parsed.entities, {
    rules,
    settings,
    root: options.root,
    ...(inMtlsScope ? { inMtlsScope } : {}),
  });
  findings.push(...parseErrorFindings(parsed, problems, settings, options.root));
  findings = applyDirectives(findings, parsed.directives, settings, options.root, rules);
  if (focus) findings = findings.filter((f) => focus.has(f.range.file) || f.related.some((r) => focus.has(r.range.file)));
  findings.sort(compareFindings);

  const texts = parsed.texts;
  const result: LintResult = {
    findings,
    files: classified.map((f) => f.path).filter((f) => !focus || focus.has(f)),
    texts,
    root: options.root,
    stats: { durationMs: 0, filesByKind },
  };
  const counts = new Map<string, number>();
  for (const p of [...problems.map((x) => x.file), ...parsed.diagnostics.map((d) => d.range.file)]) counts.set(p, (counts.get(p) ?? 0) + 1);
  parseProblems.set(result, counts);
  return result;
}

function parseErrorFindings(
  parsed: ParseOutput,
  problems: readonly { file: string; message: string; range?: SourceRange }[],
  settings: ReadonlyMap<string, RuleSetting>,
  root: string,
): Finding[] {
  const setting = settings.get('parse-error');
  if (!setting || setting.severity === 'off') return [];
  const severity = setting.severity as ReportSeverity;
  const all = [
    ...problems.map((p) => ({ message: p.message, range: p.range ?? startRange(p.file) })),
    ...parsed.diagnostics.map((d) => ({ message: d.message, range: d.range })),
  ];
  return all.map((p) => ({
    ruleId: 'parse-error',
    messageId: 'parseError',
    message: p.message,
    severity,
    range: p.range,
    related: [],
    fingerprint: fingerprint(['parse-error', relPath(root, p.range.file), p.message]),
  }));
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

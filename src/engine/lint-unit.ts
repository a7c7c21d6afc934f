import { isAbsolute } from 'node:path';
import type { AnyRule } from '../../rules/api.js';
import { compareRanges, mergeParseOutputs, shownFrom, type ClassifiedFile, type FileKind, type Entity, type ParseDiagnostic, type ParseOutput, type ReadResult, type SourceRange } from '../model/index.js';
import { refusalMessage } from './confine.js';
import type { MtlsScope } from './config.js';
import { fileFinding } from './finding.js';
import { identityOf } from './fingerprint.js';
import { formatOfKind, loadParser, type InputFormat } from './parsers.js';
import { classifyJsonFile } from './classify.js';
import { asciiText, decodeText, hasNul, headText, isPlainText, type FileReader } from './reader.js';
import { relPath, runRules } from './run-rules.js';
import { mtlsScopePredicate } from './scope.js';
import { engineSeverity, type RuleSetting } from './severity.js';
import { applyDirectives } from './suppress.js';
import { collapseFindings } from './collapse.js';
import type { Finding } from './types.js';
import type { LintUnit } from './units.js';
import { canMatter, feedsOthers, filteredByBytes, missingFor, parsedWithSome } from './prefilter.js';

/** What every unit of a run shares. */
export interface UnitContext {
  rules: readonly AnyRule[];
  settings: ReadonlyMap<string, RuleSetting>;
  root: string;
  /** Absolute paths. */
  parameterFiles: string[];
  requireMtls?: MtlsScope;
  inMtlsScope?: (entity: Entity) => boolean;
  /** Report only on these files (and findings whose value comes from them). */
  focus?: ReadonlySet<string>;
  /** Keep the text of every file read (`--fix` edits texts), not only those findings point into. */
  keepAllTexts?: boolean;
  /** Parse every file, also those that cannot give a finding (see prefilter.ts). */
  parseAll?: boolean;
}

/** What is left of a unit once it is linted: plain data (it crosses from worker threads). */
export interface UnitResult {
  findings: Finding[];
  /** Texts of the files findings point into (all files with `keepAllTexts`). */
  texts: [string, string][];
  /** Files of the unit that could be read, in the unit's order. */
  readable: string[];
  /** Parse problems by file (`--fix` compares them before and after). */
  problems: [string, number][];
  /** Resources found, by declaration, and files that could not be read. */
  declared: { sites: number; slots: number; certificates: number; notRead: number };
  /** `not-analysed` notes left out because that diagnostic is off: the coverage still counts them. */
  hiddenNotAnalysed: number;
  /** Kinds of the unit's JSON files that its content told (files given as `json`), in the unit's order. */
  sniffed?: [string, FileKind][];
  /** JSON files given as `json` that could not be read at all (they may be templates: reported, not skipped). */
  unread?: { file: string; message: string }[];
  /**
   * Templates of other units that a template of this one deploys (an ARM linked template, by
   * `relativePath`), in lower case: the run lints those units again as one (see `joinLinkedUnits`).
   */
  links?: string[];
}

function startRange(file: string): SourceRange {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, startOffset: 0, endOffset: 0 };
}

/** JSON up to this size is read whole before it is classified (templates are far smaller). */
const PRELOAD_MAX_BYTES = 1024 * 1024;

/**
 * A preloaded file up to this size, all ASCII, is looked at as one string, made once: classification
 * reads up to this much of its head anyway (often twice: a short look, then a longer one), the
 * prefilter looks at all of it, and a file that can matter is decoded to the same string.
 */
const ASCII_TEXT_MAX_BYTES = 64 * 1024;

/** One buffer per thread for the bytes of the file being classified: thousands of files allocate nothing. */
let scratch: Buffer | undefined;
const scratchFor = (bytes: number): Buffer => {
  if (!scratch || scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, 64 * 1024));
  return scratch;
};

/**
 * A reader that caches what one unit reads (modules are read by several callers), dropped with the
 * unit. A preloaded file's bytes are those of the file being classified, in a buffer the next preload
 * reuses: what is kept of a file is its text, once read, or a copy of its bytes while it is not known
 * yet whether it is parsed (`hold`).
 */
export function unitReader(base: FileReader, onRead?: () => void): FileReader {
  return new UnitReader(base, onRead);
}

/** One per unit, thousands per run: methods on the prototype, and a cache only once something is decoded. */
class UnitReader implements FileReader {
  private cache: Map<string, ReadResult> | undefined;
  /** The file preloaded last, until the next preload. */
  private rawPath: string | undefined;
  private rawBytes: Buffer | undefined;
  /** Its text (see `text`) once made; null when it is not all ASCII or too large. */
  private rawText: string | null | undefined;
  /** Copies of preloaded bytes kept by `hold`, until decoded or released. */
  private held: Map<string, Buffer> | undefined;

  /** `onRead`: called at every read, from the cache too (parsers read a unit's files as they reach them): a point inside a long unit (see lint.ts). */
  constructor(
    private readonly base: FileReader,
    private readonly onRead?: () => void,
  ) {}

  read(path: string): ReadResult {
    this.onRead?.();
    let hit = this.cache?.get(path);
    if (!hit) {
      const bytes = this.bytes(path);
      hit = bytes ? decodeText(bytes, this.text(path)) : this.base.read(path);
      this.held?.delete(path);
      (this.cache ??= new Map()).set(path, hit);
    }
    return hit;
  }

  hold(path: string): void {
    const bytes = this.rawPath === path ? this.rawBytes : undefined;
    if (bytes) (this.held ??= new Map()).set(path, Buffer.from(bytes));
  }

  preload(path: string): void {
    this.rawPath = undefined;
    this.rawBytes = undefined;
    this.rawText = undefined;
    if (this.cache?.has(path) || !this.base.readBytes) return;
    // A failed read is left to `head` and `read`, which fail in their own words (a file too large is still classified).
    // A large file is left to them too: most large JSON is not ours, and its head tells so.
    const got = this.base.readBytes(path, PRELOAD_MAX_BYTES, scratchFor);
    if (got.ok) {
      this.rawPath = path;
      this.rawBytes = got.bytes;
    }
  }

  bytes(path: string): Buffer | undefined {
    return this.rawPath === path ? this.rawBytes : this.held?.get(path);
  }

  release(): void {
    this.rawPath = undefined;
    this.rawBytes = undefined;
    this.rawText = undefined;
    this.held = undefined;
  }

  text(path: string): string | undefined {
    if (this.rawPath !== path || !this.rawBytes) return undefined;
    if (this.rawText === undefined) this.rawText = (this.rawBytes.length <= ASCII_TEXT_MAX_BYTES ? asciiText(this.rawBytes) : undefined) ?? null;
    return this.rawText ?? undefined;
  }

  head(path: string, bytes: number): string | undefined {
    const whole = this.bytes(path);
    if (!whole) return this.base.head(path, bytes);
    // The head of an ASCII text is a slice of it (as its UTF-8 decoding would be).
    const text = this.text(path);
    if (text !== undefined) return bytes >= text.length ? text : text.slice(0, bytes);
    return headText(whole, Math.min(bytes, whole.length));
  }

  size(path: string): number | undefined {
    return this.base.size(path);
  }

  refusal(path: string, kind?: 'file' | 'dir'): string | undefined {
    return this.base.refusal?.(path, kind);
  }
}

/** Parameter and variable files go only to the parser of their own format (a tfvars file is not bad JSON). */
function parameterFileFor(format: InputFormat, path: string): boolean {
  const p = path.toLowerCase();
  const tfvars = p.endsWith('.tfvars') || p.endsWith('.tfvars.json');
  if (format === 'terraform') return tfvars;
  if (tfvars) return false;
  return format === 'bicep' ? p.endsWith('.bicepparam') || p.endsWith('.json') || p.endsWith('.jsonc') : p.endsWith('.json') || p.endsWith('.jsonc');
}

interface Problem {
  file: string;
  message: string;
  range?: SourceRange;
  ruleId?: ParseDiagnostic['ruleId'];
}

/**
 * What parsers read and check goes through the unit's reader, which refuses paths outside the
 * linted tree; a refusal becomes one `not-analysed` note where the input names the path.
 */
function refusalNotes(reader: FileReader, root: string) {
  const notes = new Map<string, ParseDiagnostic>();
  const note = (path: string, reason: string, at: SourceRange | undefined): void => {
    if (!at) return;
    const key = `${at.file}\u0000${at.startOffset}\u0000${path}`;
    if (notes.has(key)) return;
    // A path outside the tree is shown from the file that names it (`../shared/x.bicep`), as written there: never as an absolute path.
    const inTree = relPath(root, path);
    const shown = isAbsolute(inTree) ? shownFrom(at.file, path) : inTree;
    notes.set(key, { ruleId: 'not-analysed', message: refusalMessage(shown, reason), range: at });
  };
  return {
    notes,
    readFile: (path: string, at?: SourceRange): ReadResult => {
      const read = reader.read(path);
      if (!read.ok && read.refused) note(path, read.message, at);
      return read;
    },
    confine: (path: string, at: SourceRange | undefined, kind?: 'file' | 'dir'): boolean => {
      const why = reader.refusal?.(path, kind);
      if (why) note(path, why, at);
      return why === undefined;
    },
  };
}

/** A unit once its files are read, classified and prefiltered: what is left to parse. */
export interface PreparedUnit {
  problems: Problem[];
  readable: ClassifiedFile[];
  toParse: ClassifiedFile[];
  sniffed: [string, FileKind][];
  unread: { file: string; message: string }[];
}

/**
 * Reads, classifies and prefilters the files of a unit (no parser is loaded). Run for every unit
 * of a tree, mostly one or two files that cannot matter: what only a file that matters needs is
 * made when one does.
 */
export function prepareUnit(unit: LintUnit, reader: FileReader, ctx: Pick<UnitContext, 'root' | 'parseAll'>): PreparedUnit {
  const problems: Problem[] = [];
  const readable: ClassifiedFile[] = [];
  const toParse: ClassifiedFile[] = [];
  const sniffed: [string, FileKind][] = [];
  const unread: { file: string; message: string }[] = [];
  /** The readable files that can matter, and their kinds, once one does. */
  let matters: Set<ClassifiedFile> | undefined;
  let mattering: FileKind[] | undefined;
  const parseAll = ctx.parseAll === true;
  const missing = missingFor(reader);
  const files = unit.files;
  for (let i = 0; i < files.length; i++) {
    const given = files[i] as LintUnit['files'][number];
    const path = given.path;
    // The kind of JSON is told here, in the unit's thread, from one read that also serves its parse;
    // each file is done with before the next is read (see `unitReader`).
    let f: ClassifiedFile;
    if (given.kind === 'json') {
      reader.preload?.(path);
      const kind = classifyJsonFile(path, reader);
      if (typeof kind !== 'string') {
        if (kind) unread.push({ file: path, message: kind.unread });
        continue;
      }
      f = { path, kind };
      sniffed.push([path, kind]);
    } else {
      f = { path, kind: given.kind };
      if (!parseAll && unit.inert?.has(path)) {
        // Read by the partition already: text that cannot matter on its own. It is read again (once,
        // below) only when a file of its unit that can matter is parsed.
        readable.push(f);
        continue;
      }
      if (!parseAll && filteredByBytes(f.kind)) reader.preload?.(path);
    }
    // Bytes read whole for classification are looked at as they are: a file the prefilter skips is never decoded.
    const bytes = parseAll || !filteredByBytes(f.kind) ? undefined : reader.bytes?.(path);
    if (bytes) {
      // Bytes that are all ASCII (their text was made) are UTF-8 and no UTF-16: only a NUL would make them binary.
      const ascii = reader.text?.(path);
      if (ascii !== undefined ? !hasNul(bytes) : isPlainText(bytes)) {
        readable.push(f);
        if (canMatter(f.kind, ascii ?? bytes, path, missing)) {
          (matters ??= new Set()).add(f);
          if (!(mattering ??= []).includes(f.kind)) mattering.push(f.kind);
          reader.read(path); // decoded now, while its bytes are at hand
        } else if (feedsOthers(f.kind)) {
          // Parsed with a file of the unit that can matter: decoded now when one came before it, else
          // its bytes are kept until the unit's last file tells (no file is read twice).
          if (mattering && parsedWithSome(f.kind, mattering)) reader.read(path);
          else if (i < files.length - 1) reader.hold?.(path);
        }
        continue;
      }
    }
    const read = reader.read(path);
    if (read.ok) {
      readable.push(f);
      if (parseAll || canMatter(f.kind, read.text, path, missing)) {
        (matters ??= new Set()).add(f);
        if (!(mattering ??= []).includes(f.kind)) mattering.push(f.kind);
      }
    } else if (read.refused) problems.push({ file: path, message: refusalMessage(relPath(ctx.root, path), read.message), ruleId: 'not-analysed' });
    else problems.push({ file: path, message: read.message });
  }
  // Files that feed others are parsed with a file of theirs that can matter (see `parsedWith`).
  // Most units of a large tree have none: nothing more to look at.
  if (matters && mattering) {
    for (const f of readable) {
      if (matters.has(f) || parsedWithSome(f.kind, mattering)) {
        toParse.push(f);
        reader.read(f.path); // decoded from the bytes held for it, if any (else read already)
      }
    }
  }
  reader.release?.();
  return { problems, readable, toParse, sniffed, unread };
}

/** The result of a unit with nothing to parse and nothing to report (most units of a large tree), else undefined. */
export function settledUnit(prepared: PreparedUnit): UnitResult | undefined {
  const { toParse, problems, readable, sniffed, unread } = prepared;
  if (toParse.length > 0 || problems.length > 0) return undefined;
  const result = emptyUnit(readable.map((f) => f.path));
  if (sniffed.length) result.sniffed = sniffed;
  if (unread.length) result.unread = unread;
  return result;
}

/**
 * Parse → rules → directives for one unit; only findings and the texts they need are kept. A unit
 * with nothing to parse (most units of a large tree) is done at once, without a promise.
 */
export function lintUnit(unit: LintUnit, reader: FileReader, ctx: UnitContext): UnitResult | Promise<UnitResult> {
  const prepared = prepareUnit(unit, reader, ctx);
  return settledUnit(prepared) ?? lintPrepared(prepared, reader, ctx);
}

async function lintPrepared(prepared: PreparedUnit, reader: FileReader, ctx: UnitContext): Promise<UnitResult> {
  const { problems, readable, toParse, sniffed, unread } = prepared;
  const refusals = refusalNotes(reader, ctx.root);

  const byFormat = new Map<InputFormat, ClassifiedFile[]>();
  for (const f of toParse) {
    const format = formatOfKind(f.kind);
    const list = byFormat.get(format) ?? [];
    list.push(f);
    byFormat.set(format, list);
  }

  const outputs: ParseOutput[] = [];
  // Bicep first: the JSON templates it evaluates as modules are judged through their callers, as
  // Bicep modules are, and not linted again on their own with their defaults.
  const called = new Set<string>();
  const order = [...byFormat].sort(([a], [b]) => Number(b === 'bicep') - Number(a === 'bicep'));
  for (const [format, all] of order) {
    const files = all.filter((f) => !(f.kind === 'arm-template' && called.has(f.path.toLowerCase())));
    if (files.length === 0) continue;
    const loading = loadParser(format);
    if (!loading) {
      for (const f of files) problems.push({ file: f.path, message: `${format} files are not supported yet by this version of mtlslint` });
      continue;
    }
    const parse = async (some: ClassifiedFile[]) =>
      (await loading).parse({ files: some, parameterFiles: ctx.parameterFiles.filter((p) => parameterFileFor(format, p)), readFile: refusals.readFile, confine: refusals.confine });
    const failure = (err: unknown) => `internal error in the ${format} parser: ${err instanceof Error ? err.message : String(err)}`;
    try {
      const output = await parse(files);
      for (const p of output.calledTemplates ?? []) called.add(p.toLowerCase());
      outputs.push(output);
    } catch (err) {
      // The parsers report failures on the file they happen in; one that escapes them must not hide
      // the other files' findings: each file is parsed alone, and only those that fail alone are reported.
      for (const f of files) {
        try {
          if (files.length === 1) throw err;
          const output = await parse([f]);
          for (const p of output.calledTemplates ?? []) called.add(p.toLowerCase());
          outputs.push(output);
        } catch (alone) {
          problems.push({ file: f.path, message: failure(alone) });
        }
      }
    }
  }
  // Templates of other units that this one's follow (rare: the set of the unit's own paths only then).
  const own = called.size > 0 ? new Set(readable.map((f) => f.path.toLowerCase())) : undefined;
  const links = own ? [...called].filter((p) => !own.has(p)) : [];
  const parsed = mergeParseOutputs(outputs);
  parsed.diagnostics.push(...refusals.notes.values());

  const scope = ctx.requireMtls && ctx.requireMtls !== 'all' ? mtlsScopePredicate(ctx.requireMtls, parsed.entities, ctx.root) : undefined;
  const given = ctx.inMtlsScope;
  const inMtlsScope = scope && given ? (e: Entity) => scope(e) && given(e) : (scope ?? given);
  const hidden = { notAnalysed: 0 };
  let findings = runRules(parsed.entities, {
    rules: ctx.rules,
    settings: ctx.settings,
    root: ctx.root,
    hidden,
    ...(inMtlsScope ? { inMtlsScope } : {}),
  });
  findings.push(...parseErrorFindings(parsed, problems, ctx.settings, ctx.root, hidden));
  findings = applyDirectives(findings, parsed.directives, ctx.settings, ctx.root, ctx.rules);
  findings = capPerFile(collapseFindings(findings, parsed.entities), ctx.root, ctx.settings, hidden);
  const focus = ctx.focus;
  if (focus) findings = findings.filter((f) => findingFiles(f).some((file) => focus.has(file)));

  let texts: [string, string][];
  if (ctx.keepAllTexts) texts = [...parsed.texts];
  else {
    const wanted = new Set<string>();
    for (const f of findings) forEachFindingFile(f, (file) => wanted.add(file));
    texts = [...parsed.texts].filter(([file]) => wanted.has(file));
  }
  const counts = new Map<string, number>();
  for (const p of [...problems.map((x) => x.file), ...parsed.diagnostics.filter((d) => d.ruleId === 'parse-error').map((d) => d.range.file)]) counts.set(p, (counts.get(p) ?? 0) + 1);
  return {
    findings,
    texts,
    readable: readable.map((f) => f.path),
    problems: [...counts],
    declared: { ...declaredResources(focus ? focused(parsed.entities, focus, findings) : parsed.entities), notRead: problems.length },
    hiddenNotAnalysed: hidden.notAnalysed,
    ...(sniffed.length ? { sniffed } : {}),
    ...(unread.length ? { unread } : {}),
    ...(links.length ? { links } : {}),
  };
}

/** The result of a unit with nothing to report. */
export function emptyUnit(readable: string[]): UnitResult {
  return { findings: [], texts: [], readable, problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0 };
}

/**
 * The entities a focused run reports on, as its findings are kept: declared in a named file,
 * deployed through one (a module call, a nested deployment), or with a finding kept (a value from
 * a named file). The other files of the unit (a Terraform module's other files, the templates
 * beside a named one) are context only.
 */
function focused(entities: readonly Entity[], focus: ReadonlySet<string>, kept: readonly Finding[]): Entity[] {
  const key = (r: SourceRange): string => `${r.file}\u0000${r.startOffset}`;
  const reported = new Set<string>();
  for (const f of kept) if (f.resource) reported.add(key(f.resource.declaration));
  return entities.filter(
    (e) => focus.has(e.declaration.file) || (e.extent !== undefined && focus.has(e.extent.file)) || (e.via ?? []).some((v) => focus.has(v.range.file)) || reported.has(key(e.declaration)),
  );
}

/** Sites, slots and certificates by declaration: every deployment of one declaration counts once. */
function declaredResources(entities: readonly Entity[]): { sites: number; slots: number; certificates: number } {
  const seen = { sites: new Set<string>(), slots: new Set<string>(), certificates: new Set<string>() };
  for (const e of entities) {
    const which = e.entity === 'certificate' ? seen.certificates : e.slotOf !== undefined || /slot/i.test(e.resourceType) ? seen.slots : seen.sites;
    which.add(`${e.declaration.file}\u0000${e.declaration.startOffset}`);
  }
  return { sites: seen.sites.size, slots: seen.slots.size, certificates: seen.certificates.size };
}

function parseErrorFindings(
  parsed: ParseOutput,
  problems: readonly Problem[],
  settings: ReadonlyMap<string, RuleSetting>,
  root: string,
  hidden: { notAnalysed: number },
): Finding[] {
  return diagnosticFindings(
    [
      ...problems.map((p) => ({ ruleId: p.ruleId ?? ('parse-error' as const), message: p.message, range: p.range ?? startRange(p.file) })),
      ...parsed.diagnostics.map((d) => ({ ruleId: d.ruleId, message: d.message, range: d.range })),
    ],
    settings,
    root,
    hidden,
  );
}

/** Files that were found but could not be read: `parse-error` findings at their start. */
export function unreadFindings(problems: readonly { file: string; message: string }[], settings: ReadonlyMap<string, RuleSetting>, root: string): Finding[] {
  return diagnosticFindings(
    problems.map((p) => ({ ruleId: 'parse-error' as const, message: p.message, range: startRange(p.file) })),
    settings,
    root,
  );
}

/** The message id of each kind of parser diagnostic (the message itself is the parser's). */
const DIAGNOSTIC_MESSAGE: Readonly<Record<ParseDiagnostic['ruleId'], string>> = {
  'parse-error': 'parseError',
  'not-analysed': 'notAnalysed',
  'unresolved-setting': 'unmatchedConfig',
};

function diagnosticFindings(all: readonly ParseDiagnostic[], settings: ReadonlyMap<string, RuleSetting>, root: string, hidden?: { notAnalysed: number }): Finding[] {
  const out: Finding[] = [];
  // A module evaluated once per root module, caller or instance notes the same blind spot each time:
  // one `not-analysed` result per place, the first deployment's words, and how many it stands for.
  // Parse errors stay as they are: two at one place are two problems.
  const byPlace = new Map<string, { first: ParseDiagnostic; count: number }>();
  for (const [i, p] of all.entries()) {
    const place = p.ruleId !== 'parse-error' ? `${p.range.file}\u0000${p.range.startOffset}\u0000${p.range.endOffset}` : `#${i}`;
    const seen = byPlace.get(place);
    if (seen) seen.count++;
    else byPlace.set(place, { first: p, count: 1 });
  }
  for (const { first, count } of byPlace.values()) {
    const p = count > 1 ? { ...first, message: `${first.message} (in ${count} deployments)` } : first;
    const severity = engineSeverity(settings, p.ruleId, hidden);
    if (!severity) continue;
    out.push(
      fileFinding({
        ruleId: p.ruleId,
        messageId: DIAGNOSTIC_MESSAGE[p.ruleId],
        message: p.message,
        severity,
        range: p.range,
        // Keyed by file: several in one file are told apart by the text they point at (`uniqueFingerprints`).
        identity: [p.ruleId, relPath(root, p.range.file)],
        priorIdentity: [p.ruleId, relPath(root, p.range.file), p.message],
      }),
    );
  }
  return out;
}

/** Findings listed per file: beyond this, one note says how many were left out (a report stays readable and bounded). */
export const MAX_FINDINGS_PER_FILE = 500;

/** The same finding at the same place once (a module evaluated many times), then at most `MAX_FINDINGS_PER_FILE` per file. */
function capPerFile(findings: Finding[], root: string, settings: ReadonlyMap<string, RuleSetting>, hidden: { notAnalysed: number }): Finding[] {
  // Findings by rule and place; a finding equal to one there (message and identity) is left out. Keyed
  // by place only: a key holding the message too is a long string to build and hash for every finding.
  const atPlace = new Map<string, Finding[]>();
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const place = `${f.ruleId}\u0000${f.range.file}\u0000${f.range.startOffset}\u0000${f.range.endOffset}`;
    const there = atPlace.get(place);
    if (there) {
      const id = identityOf(f);
      if (there.some((g) => g.message === f.message && identityOf(g) === id)) continue;
      there.push(f);
    } else atPlace.set(place, [f]);
    const list = byFile.get(f.range.file);
    if (list) list.push(f);
    else byFile.set(f.range.file, [f]);
  }
  const out: Finding[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= MAX_FINDINGS_PER_FILE) {
      out.push(...list);
      continue;
    }
    // Unsuppressed first, most severe first, then in file order: what is kept is what matters most.
    const rank = { error: 0, warn: 1, note: 2 } as const;
    list.sort((a, b) => Number(!!a.suppressions?.length) - Number(!!b.suppressions?.length) || rank[a.severity] - rank[b.severity] || compareFindings(a, b));
    out.push(...list.slice(0, MAX_FINDINGS_PER_FILE));
    const severity = engineSeverity(settings, 'not-analysed', hidden);
    if (!severity) continue;
    const left = list.length - MAX_FINDINGS_PER_FILE;
    const message = `${left} more finding${left === 1 ? '' : 's'} in this file are not listed (at most ${MAX_FINDINGS_PER_FILE} per file are reported); fix or suppress the ones shown and lint again`;
    out.push(fileFinding({ ruleId: 'not-analysed', messageId: 'notAnalysed', message, severity, range: startRange(file), identity: ['not-analysed', relPath(root, file), 'findings-cap'] }));
  }
  return out;
}

/** Every file a finding points into: its place, related locations, resource and the callers of its deployments. */
export function findingFiles(f: Finding): string[] {
  const files: string[] = [];
  forEachFindingFile(f, (file) => files.push(file));
  return files;
}

/** Calls `visit` with every file a finding points into (as `findingFiles` lists them), without arrays made on the way. */
function forEachFindingFile(f: Finding, visit: (file: string) => void): void {
  visit(f.range.file);
  for (const r of f.related) visit(r.range.file);
  for (const i of f.instances ?? []) for (const v of i.via) visit(v.range.file);
  if (f.resource) {
    visit(f.resource.declaration.file);
    if (f.resource.extent) visit(f.resource.extent.file);
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

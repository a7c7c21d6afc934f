import type { Entity, EntityBase, SettingKey } from './entities.js';
import type { Setting } from './setting.js';
import type { SourceRange } from './source.js';

/** Problems a parser found in the input itself (not rule findings). */
export interface ParseDiagnostic {
  /**
   * `parse-error`: the file or part of it could not be read.
   * `not-analysed`: something the input names was deliberately not read (a registry or remote module
   * missing from the local cache, a path outside the linted tree, a resource of unknown type, a cut
   * made by an evaluation bound); the message says what and how to make it available.
   * `unresolved-setting`: settings the input writes that cannot be tied to the resource they belong
   * to (a site config whose site is not part of the run); the engine raises the per-setting ones.
   */
  ruleId: 'parse-error' | 'not-analysed' | 'unresolved-setting';
  message: string;
  range: SourceRange;
}

/** `mtlslint-disable-next-line rule-a, rule-b -- reason` as written in a comment. */
export interface Directive {
  file: string;
  /** The comment itself. */
  range: SourceRange;
  /** The rule ids named; empty means all rules. */
  rules: string[];
  /** Text after `--`, trimmed; undefined when missing. */
  reason?: string;
  /** The 1-based line the directive applies to (the next non-comment line). */
  targetLine: number;
}

/** What a parser hands to the engine for the files it was given. */
export interface ParseOutput {
  entities: Entity[];
  diagnostics: ParseDiagnostic[];
  directives: Directive[];
  /** Texts of every file that ranges point into, by absolute path (for fixes and snippets). */
  texts: Map<string, string>;
  /**
   * Files of other formats this parser evaluates through their callers (a JSON template used as a
   * Bicep module): judged with the values the callers pass, so they are not linted on their own.
   */
  calledTemplates?: string[];
}

export function emptyParseOutput(): ParseOutput {
  return { entities: [], diagnostics: [], directives: [], texts: new Map() };
}

export function mergeParseOutputs(outputs: ParseOutput[]): ParseOutput {
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

/** What the engine's classifier decided a file is. */
export type FileKind =
  | 'arm-template'
  | 'arm-parameters'
  | 'bicep'
  | 'bicepparam'
  | 'terraform'
  | 'terraform-json'
  | 'tfvars'
  | 'tfvars-json'
  | 'terraform-plan';

export interface ClassifiedFile {
  /** Absolute path. */
  path: string;
  kind: FileKind;
}

/** `refused`: not read because the path is outside the linted tree (or not a regular file); `message` says why. */
/** `missing`: there is no such file (the path or a directory on it does not exist). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string; refused?: true; missing?: true };

/** What the engine gives a parser. */
export interface ParseInput {
  /** Discovered files of the kinds this parser handles. */
  files: ClassifiedFile[];
  /** `--param-file` / `--var-file` / config parameter files (absolute paths). */
  parameterFiles: string[];
  /**
   * Reads a file (also one outside `files`, such as a module) with the engine's size and encoding
   * checks. Cached. A path outside the linted tree is refused; with `namedAt` (where the input names
   * the path) the engine reports the refusal there as a `not-analysed` note.
   */
  readFile(path: string, namedAt?: SourceRange): ReadResult;
  /**
   * Whether a path the input names may be read (`dir`: listed), without reading it: every module,
   * `loadTextContent`, import, `using` or `file()` path goes through this before it is used. When
   * it may not, the engine reports a `not-analysed` note at `namedAt`. Absent: everything may.
   */
  confine?(path: string, namedAt: SourceRange | undefined, kind?: 'file' | 'dir'): boolean;
}

export interface FormatParser {
  readonly kinds: readonly FileKind[];
  parse(input: ParseInput): Promise<ParseOutput>;
}

/**
 * Autofix (`--fix`): the engine turns a rule's fix intent into a request on the entity, and the
 * entity's format turns requests into text edits. Rules never see syntax; formats never see rules.
 */
export interface FixRequest {
  /** The caller's key for this request (reported back in `applied` / `skipped`). */
  id: number;
  entity: FixTarget;
  setting: SettingKey;
  value: boolean | string;
}

export interface FixOutcome {
  /** The new text of every file that changed, by absolute path. */
  texts: Map<string, string>;
  /** Requests that produced an edit (or share another request's edit), with the file the edit is in. */
  applied: { id: number; file: string }[];
  /** Requests that could not be fixed safely, with why. */
  skipped: { id: number; reason: string }[];
}

/**
 * What a fixer needs to know about the entity a fix is for: where it is, and the settings it fixes
 * (an entity is one; a finding carries just the part it fixes, as plain data).
 */
export interface FixTarget extends Pick<EntityBase, 'format' | 'file' | 'resourceType' | 'declaration' | 'extent'> {
  settings: Partial<Readonly<Record<SettingKey, Setting<unknown>>>>;
}

/** A format's fixer, loaded on first use like its parser (`parsers/<format>/fix.ts`). */
export interface FormatFixer {
  /** `texts`: the run's file texts (BOM removed), by absolute path. Never touches files outside them. */
  fix(requests: readonly FixRequest[], texts: ReadonlyMap<string, string>): FixOutcome;
}

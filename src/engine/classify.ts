import type { ClassifiedFile, FileKind } from '../model/index.js';
import type { FileReader } from './reader.js';

const SNIFF_BYTES = 64 * 1024;
const QUICK_BYTES = 4096;

/** A `"$schema": "…` member (any letter case) at a given offset; its value up to the closing quote. */
const SCHEMA_AT = /"\$schema"\s*:\s*"([^"]*)/iy;
const ARM_TEMPLATE = /deploymentTemplate\.json/i;
const ARM_PARAMETERS = /deploymentParameters\.json/i;
const PLAN = /"format_version"\s*:/;
const PLAN_MARK = /"(terraform_version|planned_values|resource_changes)"\s*:/;

/** Lower-case ASCII letters some kind's name ends in (`bicep`, `bicepparam`, `tf`, `.tf.json`, `tfvars`, `jsonc`, …). */
const LAST_LETTERS = new Set(['p', 'm', 'f', 'n', 's', 'c'].map((c) => c.charCodeAt(0)));
/** The longest name ending a kind is told by (`.tfvars.json`). */
const LONGEST_SUFFIX = 12;

/** What kind of input a path is, by its name and, for JSON, a look at its first bytes. */
export function classifyByName(path: string): FileKind | 'json' | undefined {
  // Asked for every file of a tree: only the end of the name is folded, and a name that ends in
  // no letter a kind ends in is told at once. (No other character folds to an ASCII letter of
  // theirs, nor to the end of one of the names, so the answer is that of folding the whole path.)
  const last = path.charCodeAt(path.length - 1);
  if (!(last < 0x80 && LAST_LETTERS.has(last | 0x20))) return undefined;
  const lower = (path.length > LONGEST_SUFFIX ? path.slice(-LONGEST_SUFFIX) : path).toLowerCase();
  if (lower.endsWith('.bicep')) return 'bicep';
  if (lower.endsWith('.bicepparam')) return 'bicepparam';
  if (lower.endsWith('.tf')) return 'terraform';
  if (lower.endsWith('.tf.json')) return 'terraform-json';
  if (lower.endsWith('.tfvars')) return 'tfvars';
  if (lower.endsWith('.tfvars.json')) return 'tfvars-json';
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return 'json';
  return undefined;
}

/**
 * An ARM template or parameter file by any `$schema` in its head (a template wins), else a plan.
 * The `$` signs are found first: a case-insensitive pattern tried at every quote of a JSON text
 * costs more than reading it.
 */
export function sniffJson(head: string): FileKind | undefined {
  let parameters = false;
  for (let i = head.indexOf('$', 1); i !== -1; i = head.indexOf('$', i + 1)) {
    if (head.charCodeAt(i - 1) !== 0x22 /* " */) continue;
    SCHEMA_AT.lastIndex = i - 1;
    const value = SCHEMA_AT.exec(head)?.[1];
    if (value === undefined) continue;
    if (ARM_TEMPLATE.test(value)) return 'arm-template';
    parameters ||= ARM_PARAMETERS.test(value);
  }
  if (parameters) return 'arm-parameters';
  if (PLAN.test(head) && PLAN_MARK.test(head)) return 'terraform-plan';
  return undefined;
}

/** Other JSON (package.json, tsconfig.json, …) is not ours and is ignored silently. */
export function classify(path: string, reader: FileReader): FileKind | undefined {
  const byName = classifyByName(path);
  return byName === 'json' ? sniffFile(path, reader) : byName;
}

/** The kind of a JSON file by a look at its head (see `classify`). */
function sniffFile(path: string, reader: FileReader): FileKind | undefined {
  // A template names its $schema first: a short look usually decides (a template wins whatever
  // follows). Shorter than the look, the file is whole; else the full head decides.
  const quick = reader.head(path, QUICK_BYTES);
  if (quick === undefined) return undefined;
  const kind = sniffJson(quick);
  // A UTF-16 unit decodes from at most 3 bytes: fewer units than a third of the look means fewer bytes than it.
  if (kind === 'arm-template' || quick.length * 3 < QUICK_BYTES) return kind;
  const head = reader.head(path, SNIFF_BYTES);
  return head === undefined ? undefined : sniffJson(head);
}

/** A file of a run: JSON is `json` until its content is looked at (in the unit that reads it, see lint-unit.ts). */
export interface RunFile {
  path: string;
  kind: FileKind | 'json';
}

/** What a file is, or, for JSON that cannot be read at all, why (it may be a template: reported, not skipped). */
export function classifyFile(path: string, reader: FileReader): FileKind | { unread: string } | undefined {
  const byName = classifyByName(path);
  return byName === 'json' ? classifyJsonFile(path, reader) : byName;
}

/** `classifyFile` for a file named as JSON (`classifyByName` says `json`). */
export function classifyJsonFile(path: string, reader: FileReader): FileKind | { unread: string } | undefined {
  const kind = sniffFile(path, reader);
  if (kind || reader.head(path, 1) !== undefined) return kind;
  const read = reader.read(path);
  // A path outside the linted tree is refused, not unreadable: JSON is ours only by its content.
  if (!read.ok && read.refused) return undefined;
  return { unread: read.ok ? 'cannot read file' : read.message };
}

/**
 * Classifies the files of a run. A JSON file that cannot be read at all is returned apart: it may
 * be a template, so it is reported rather than skipped silently like other JSON.
 */
export function classifyFiles(paths: readonly string[], reader: FileReader): { files: ClassifiedFile[]; unread: { file: string; message: string }[] } {
  const files: ClassifiedFile[] = [];
  const unread: { file: string; message: string }[] = [];
  for (const path of paths) {
    const kind = classifyFile(path, reader);
    if (typeof kind === 'string') files.push({ path, kind });
    else if (kind) unread.push({ file: path, message: kind.unread });
  }
  return { files, unread };
}

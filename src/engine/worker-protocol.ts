import type { FileKind } from '../model/index.js';
import type { RunFile } from './classify.js';
import type { MtlsScope } from './config.js';
import { emptyUnit, type UnitResult } from './lint-unit.js';
import type { RuleConfig } from './rule-config.js';
import type { LintUnit } from './units.js';

/**
 * What crosses between the main thread and the lint workers (lint-pool.ts, lint-worker.ts), in a
 * form that is cheap to copy: a message is copied by structured clone, which costs far more per
 * object than per byte (5,000 one-file units as objects took 5–20 ms to read back; as strings, about 1 ms).
 */

/** What a worker is started with: the run's settings, as plain data, and where batches are claimed. */
export interface WorkerInit {
  root: string;
  rules?: Record<string, RuleConfig>;
  parameterFiles: string[];
  maxFileBytes: number;
  /** The linted tree's roots (real paths); the parameter files are the user's and may be anywhere. */
  roots?: string[];
  requireMtls?: MtlsScope;
  parseAll?: boolean;
  /**
   * Shared by every thread of the run (`Int32Array`): [0] the next batch to claim; [1 + index] this
   * worker's state: 0 not started, 1 started, 2 told not to start (see lint-pool.ts).
   */
  claims: SharedArrayBuffer;
  index: number;
}

/** The work of a run: its units, cut into batches (`ends`: the unit each batch ends before). */
export interface WorkerRun {
  units: EncodedUnits;
  ends: Uint32Array;
  focus?: string[];
}

/** The run (sent once), or the end of the work: the worker then ends itself (see lint-pool.ts). */
export type WorkerRequest = { run: WorkerRun } | { close: true };

/**
 * A batch's results in its order (a batch that fails is redone in the main thread as a whole), and
 * `done` once no batch is left: every result was posted before it.
 */
export type WorkerReply = { id: number; ok: true; results: PackedResult[] } | { id: number; ok: false; message: string } | { done: true };

/** Worker states in `claims` (see `WorkerInit`). */
export const NOT_STARTED = 0;
export const STARTED = 1;
export const ABANDONED = 2;

/** No path holds a NUL: it separates them. */
const SEP = '\u0000';

/** Units, in order, as strings: paths, kinds, the file count of each unit, and which files the walk listed. */
export interface EncodedUnits {
  paths: string;
  kinds: string;
  sizes: Uint32Array;
  /** 1 per file the directory walk listed as a regular file (see `LintRoot.listedFile`), else 0. */
  listed: Uint8Array;
  /** 1 per file its unit holds as `inert` (see `LintUnit.inert`), else 0. */
  inert: Uint8Array;
  /** The real paths of the directories of those files, as the walk found them: directory, real path, … */
  dirs: string;
}

/** What the walk said about files (see `LintRoot`); nothing is taken on its word without it. */
export interface WalkWord {
  listed(path: string): boolean;
  /** The directory of a listed file and its real path, when known. */
  listedDirectoryOf(path: string): [string, string] | undefined;
}

export function encodeUnits(units: readonly LintUnit[], walk?: WalkWord): EncodedUnits {
  const paths: string[] = [];
  const kinds: string[] = [];
  const dirs = new Map<string, string>();
  const sizes = new Uint32Array(units.length);
  const inert: number[] = [];
  units.forEach((unit, i) => {
    sizes[i] = unit.files.length;
    for (const f of unit.files) {
      if (unit.inert?.has(f.path)) inert.push(paths.length);
      paths.push(f.path);
      kinds.push(f.kind);
    }
  });
  const inertFlags = new Uint8Array(paths.length);
  for (const at of inert) inertFlags[at] = 1;
  const listed = new Uint8Array(paths.length);
  if (walk) {
    paths.forEach((path, i) => {
      if (!walk.listed(path)) return;
      listed[i] = 1;
      const dir = walk.listedDirectoryOf(path);
      if (dir) dirs.set(dir[0], dir[1]);
    });
  }
  return { paths: paths.join(SEP), kinds: kinds.join(SEP), sizes, listed, inert: inertFlags, dirs: [...dirs].flat().join(SEP) };
}

export interface DecodedUnits {
  units: LintUnit[];
  listed: string[];
  dirs: [string, string][];
}

export function decodeUnits(encoded: EncodedUnits): DecodedUnits {
  const paths = encoded.sizes.length ? encoded.paths.split(SEP) : [];
  const kinds = encoded.sizes.length ? encoded.kinds.split(SEP) : [];
  const units: LintUnit[] = [];
  const listed: string[] = [];
  let at = 0;
  for (const size of encoded.sizes) {
    const files: RunFile[] = [];
    let inert: Set<string> | undefined;
    for (let k = 0; k < size; k++, at++) {
      const path = paths[at] as string;
      files.push({ path, kind: kinds[at] as RunFile['kind'] });
      if (encoded.listed[at] === 1) listed.push(path);
      if (encoded.inert[at] === 1) (inert ??= new Set()).add(path);
    }
    units.push(inert ? { files, inert } : { files });
  }
  const flat = encoded.dirs ? encoded.dirs.split(SEP) : [];
  const dirs: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) dirs.push([flat[i] as string, flat[i + 1] as string]);
  return { units, listed, dirs };
}

/**
 * A unit's result as it crosses back: most units of a large tree end with nothing to report, and
 * such a result is told by what became of each file of the unit: `-` not linted (JSON that is not
 * ours), `+` linted as given, else the kind its content told (linted). Other results cross as they are.
 */
export type PackedResult = string | UnitResult;

const NOT_LINTED = '-';
const LINTED = '+';

export function packResult(files: readonly RunFile[], result: UnitResult): PackedResult {
  const empty =
    result.findings.length === 0 &&
    result.texts.length === 0 &&
    result.problems.length === 0 &&
    result.hiddenNotAnalysed === 0 &&
    !result.unread?.length &&
    !result.links?.length &&
    result.declared.sites === 0 &&
    result.declared.slots === 0 &&
    result.declared.certificates === 0 &&
    result.declared.notRead === 0;
  if (!empty) return result;
  const readable = new Set(result.readable);
  const sniffed = new Map(result.sniffed ?? []);
  // Only what the codes say can be said: every readable or sniffed file is one of the unit's, once.
  if (readable.size !== result.readable.length || sniffed.size !== (result.sniffed?.length ?? 0)) return result;
  const codes: string[] = [];
  let seen = 0;
  for (const f of files) {
    const kind = sniffed.get(f.path);
    const linted = readable.has(f.path);
    if (linted) seen++;
    if (kind !== undefined && !linted) return result;
    codes.push(kind ?? (linted ? LINTED : NOT_LINTED));
  }
  if (seen !== readable.size || codes.filter((c) => c !== LINTED && c !== NOT_LINTED).length !== sniffed.size) return result;
  return codes.join(',');
}

export function unpackResult(files: readonly RunFile[], packed: PackedResult): UnitResult {
  if (typeof packed !== 'string') return packed;
  const codes = packed.split(',');
  const readable: string[] = [];
  const sniffed: [string, FileKind][] = [];
  files.forEach((f, i) => {
    const code = codes[i];
    if (code === undefined || code === NOT_LINTED) return;
    readable.push(f.path);
    if (code !== LINTED) sniffed.push([f.path, code as FileKind]);
  });
  const result = emptyUnit(readable);
  if (sniffed.length) result.sniffed = sniffed;
  return result;
}

import { armFileCanMatter } from '../../parsers/arm/relevance.js';
import { dirname, resolve } from 'node:path';
import { asciiView } from '../../parsers/shared/ascii-view.js';
import { bicepFileCanMatter, bicepParamsCanMatter, bicepParamsTargets } from '../../parsers/bicep/relevance.js';
import { terraformFileCanMatter } from '../../parsers/terraform/relevance.js';
import type { FileKind } from '../model/index.js';
import { FILE_KINDS } from './parsers.js';
import type { FileReader } from './reader.js';

/**
 * Whether a file can give a finding on its own, decided cheaply from its bytes or text before any
 * parser loads: a file that cannot is counted as linted and never parsed (nor is its parser loaded),
 * unless a file of its unit that can matter needs it (see `parsedWith`). `path` and `missing` (see
 * `missingFor`): for the one answer that is not in the text, a `.bicepparam` naming a file that is
 * not there.
 */
export function canMatter(kind: FileKind, content: string | Uint8Array, path?: string, missing?: (path: string) => boolean): boolean {
  switch (kind) {
    case 'arm-template':
    case 'arm-parameters':
      return armFileCanMatter(kind, content);
    case 'bicep':
      return bicepFileCanMatter(content);
    case 'bicepparam':
      return bicepParamsCanMatter(content) || (path !== undefined && missing !== undefined && namesMissingFile(path, content, missing));
    case 'terraform':
    case 'terraform-json':
      return terraformFileCanMatter(content);
    case 'tfvars':
    case 'tfvars-json':
      return false;
    default:
      return true;
  }
}

/**
 * Missing as the reader sees it: inside the tree and not there (the walk's listing answers without a
 * system call where it can). A path outside the tree is not looked at, so it is never missing here.
 */
export function missingFor(reader: Pick<FileReader, 'size' | 'refusal'>): (path: string) => boolean {
  return (path) => reader.refusal?.(path) === undefined && reader.size(path) === undefined;
}

/** A `.bicepparam` whose template (or extended file) is not there: its parse error is a finding of its own. */
function namesMissingFile(path: string, content: string | Uint8Array, missing: (path: string) => boolean): boolean {
  return bicepParamsTargets(asciiView(content)).some((target) => missing(resolve(dirname(path), target)));
}

/**
 * Kinds parsed along with a file of their unit that can matter, whatever their own text: ARM
 * parameter files with a template (which reads and reports them); with a Bicep file, the unit's
 * other Bicep files and parameter files (modules and `using` cross files); with a Terraform file,
 * the rest of its modules (a module's variables, locals and outputs live in other files).
 */
export function parsedWith(kind: FileKind, mattering: FileKind): boolean {
  switch (mattering) {
    case 'arm-template':
      return kind === 'arm-parameters';
    case 'bicep':
    case 'bicepparam':
      return kind === 'bicep' || kind === 'bicepparam';
    case 'terraform':
    case 'terraform-json':
      return kind === 'terraform' || kind === 'terraform-json' || kind === 'tfvars' || kind === 'tfvars-json';
    default:
      return false;
  }
}

/** Whether a file of `kind` is parsed with a file of one of `mattering` kinds. */
export function parsedWithSome(kind: FileKind, mattering: readonly FileKind[]): boolean {
  for (let i = 0; i < mattering.length; i++) if (parsedWith(kind, mattering[i] as FileKind)) return true;
  return false;
}

/** Whether files of `kind` are parsed with a file of some kind that can matter (see `parsedWith`), whatever their own text. */
export function feedsOthers(kind: FileKind): boolean {
  return FEEDERS.has(kind);
}

const FEEDERS = new Set(FILE_KINDS.filter((kind) => FILE_KINDS.some((k) => parsedWith(kind, k))));

/** Kinds the prefilter decides from bytes, without decoding them (when they are valid UTF-8 text). */
export function filteredByBytes(kind: FileKind): boolean {
  return kind !== 'terraform-plan';
}

import { armFileCanMatter } from '../../parsers/arm/relevance.js';
import type { FileKind } from '../model/index.js';

/**
 * Whether a file can give a finding on its own, decided cheaply from its bytes or text before any
 * parser loads: a file that cannot is counted as linted and never parsed (nor is its parser loaded).
 * Only formats with such a check are filtered; every other file can matter. ARM parameter files
 * never matter on their own: they are parsed with a template of their unit that does (see `lintUnit`).
 */
export function canMatter(kind: FileKind, content: string | Uint8Array): boolean {
  switch (kind) {
    case 'arm-template':
    case 'arm-parameters':
      return armFileCanMatter(kind, content);
    default:
      return true;
  }
}

/** Kinds the prefilter decides from bytes, without decoding them (when they are valid UTF-8 text). */
export function filteredByBytes(kind: FileKind): boolean {
  return kind === 'arm-template' || kind === 'arm-parameters';
}


import { armFileCanMatter } from '../../parsers/arm/relevance.js';
import type { FileKind } from '../model/index.js';

/**
 * Whether a file can give any finding, decided cheaply from its text before any parser loads:
 * a file that cannot is counted as linted and never parsed (nor is its parser loaded). Only
 * formats with such a check are filtered; every other file can matter.
 */
export function canMatter(kind: FileKind, text: string): boolean {
  switch (kind) {
    case 'arm-template':
    case 'arm-parameters':
      return armFileCanMatter(kind, text);
    default:
      return true;
  }
}

// The jsonc-parser module the CLI's chunks import (see `jsoncCore` in bundle.mjs): its scanner and
// parser, without the main module's editing and formatting parts, and the error names it gives.
import { join } from 'node:path';

/** jsonc-parser's ParseErrorCode names, by code (1 first), as its printParseErrorCode gives them. */
export const PARSE_ERROR_NAMES = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
];

/** What the module exports: what mtlslint's sources import from jsonc-parser, the ARM fixer aside. */
export const JSONC_CORE_EXPORTS = ['createScanner', 'findNodeAtLocation', 'getNodePath', 'getNodeValue', 'parse', 'parseTree', 'printParseErrorCode', 'visit'];

/** The module's source, importing from jsonc-parser's `lib/esm/impl` directory `impl`. */
export function jsoncCoreSource(impl) {
  return [
    `export { createScanner } from ${JSON.stringify(join(impl, 'scanner.js'))};`,
    `export { findNodeAtLocation, getNodePath, getNodeValue, parse, parseTree, visit } from ${JSON.stringify(join(impl, 'parser.js'))};`,
    `const NAMES = ${JSON.stringify(PARSE_ERROR_NAMES)};`,
    "export function printParseErrorCode(code) { return NAMES[code - 1] ?? '<unknown ParseErrorCode>'; }",
  ].join('\n');
}

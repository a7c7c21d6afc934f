import { describe, expect, it } from 'vitest';
import { stringTokenValue } from '../../../parsers/bicep/strings.js';
import type { Token, TokenKind } from '../../../parsers/bicep/token.js';

const quoted = (kind: TokenKind, text: string): Token => ({ kind, start: 0, end: text.length, text, leading: [], string: { kind: 'quoted' } });

describe('stringTokenValue', () => {
  it.each([
    ['a plain string', "'abc'", 'abc'],
    ['an empty string', "''", ''],
    ['escapes', "'a\\'b\\\\c\\n\\r\\t\\$\\u{1F600}'", "a'b\\c\n\r\t$\u{1F600}"],
    ['an escape at the end', "'ab\\\\'", 'ab\\'],
    ['a quote not escaped (malformed)', "'a'b'", undefined],
    ['an unknown escape (malformed)', "'a\\qb'", undefined],
    ['a code point past Unicode (malformed)', "'\\u{110000}'", undefined],
  ])('%s', (_title, text, value) => expect(stringTokenValue(quoted('StringComplete', text))).toBe(value));

  it('reads the pieces of an interpolated string without their delimiters', () => {
    expect(stringTokenValue(quoted('StringLeftPiece', "'https://${"))).toBe('https://');
    expect(stringTokenValue(quoted('StringMiddlePiece', '}.azurewebsites.${'))).toBe('.azurewebsites.');
    expect(stringTokenValue(quoted('StringRightPiece', "}/a\\'b'"))).toBe("/a'b");
  });
});

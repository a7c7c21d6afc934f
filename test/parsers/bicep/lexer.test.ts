import { describe, expect, it } from 'vitest';
import { lex } from '../../../parsers/bicep/lexer.js';

/** `Kind|text` for every token but the final EndOfFile. */
function kinds(text: string): string[] {
  return lex(text)
    .tokens.slice(0, -1)
    .map((t) => `${t.kind}|${t.text}`);
}

describe('Bicep lexer', () => {
  it.each([
    ['punctuation, longest match', '{}()[],.:::?? ? ! != !~ = == =~ => < <= > >= + - * / % && || | @ ... ; ^', [
      'LeftBrace|{', 'RightBrace|}', 'LeftParen|(', 'RightParen|)', 'LeftSquare|[', 'RightSquare|]', 'Comma|,', 'Dot|.',
      'DoubleColon|::', 'Colon|:', 'DoubleQuestion|??', 'Question|?', 'Exclamation|!', 'NotEquals|!=', 'NotEqualsInsensitive|!~',
      'Assignment|=', 'Equals|==', 'EqualsInsensitive|=~', 'Arrow|=>', 'LeftChevron|<', 'LessThanOrEqual|<=', 'RightChevron|>',
      'GreaterThanOrEqual|>=', 'Plus|+', 'Minus|-', 'Asterisk|*', 'Slash|/', 'Modulo|%', 'LogicalAnd|&&', 'LogicalOr|||',
      'Pipe||', 'At|@', 'Ellipsis|...', 'Semicolon|;', 'Hat|^',
    ]],
    ['identifiers, keywords, integers', 'param _x1 true false null 42', ['Identifier|param', 'Identifier|_x1', 'TrueKeyword|true', 'FalseKeyword|false', 'NullKeyword|null', 'Integer|42']],
    ['a run of newlines is one token', 'a\r\n\r\nb\rc\n', ['Identifier|a', 'NewLine|\r\n\r\n', 'Identifier|b', 'NewLine|\r', 'Identifier|c', 'NewLine|\n']],
    ['comments are not tokens; a block comment swallows its line breaks', 'a // x\nb /* 1\n2 */ c', ['Identifier|a', 'NewLine|\n', 'Identifier|b', 'Identifier|c']],
    ['escapes stay inside one string token', "'a\\'b\\\\\\n\\r\\t\\$\\u{1F600}'", ["StringComplete|'a\\'b\\\\\\n\\r\\t\\$\\u{1F600}'"]],
    ['interpolation pieces', "'a${b}c${d}e'", ["StringLeftPiece|'a${", 'Identifier|b', 'StringMiddlePiece|}c${', 'Identifier|d', "StringRightPiece|}e'"]],
    ['nested interpolation', "'${'x${y}'}'", ["StringLeftPiece|'${", "StringLeftPiece|'x${", 'Identifier|y', "StringRightPiece|}'", "StringRightPiece|}'"]],
    ['escaped ${ is literal', "'\\${x}'", ["StringComplete|'\\${x}'"]],
    ['multi-line string is raw', "'''a${b}\\n''''", ["StringComplete|'''a${b}\\n''''"]],
    ['$\'\'\' opens holes with one dollar', "$'''a${b}c'''", ["StringLeftPiece|$'''a${", 'Identifier|b', "StringRightPiece|}c'''"]],
    ['$$\'\'\' needs two dollars, extra dollars are text', "$$'''${x}$$${y}'''", ["StringLeftPiece|$$'''${x}$$${", 'Identifier|y', "StringRightPiece|}'''"]],
    ['double quote and stray characters are unrecognized', '"a" # $', ['Unrecognized|"', 'Identifier|a', 'Unrecognized|"', 'Unrecognized|#', 'Unrecognized|$']],
    ['pragma at line start is trivia; elsewhere # is a token', '#disable-next-line BCP1 x-y\na #disable-next-line', ['NewLine|\n', 'Identifier|a', 'Unrecognized|#', 'Identifier|disable', 'Minus|-', 'Identifier|next', 'Minus|-', 'Identifier|line']],
  ])('%s', (_name, input, expected) => {
    expect(kinds(input)).toEqual(expected);
  });

  it('keeps offsets in the original text when it starts with a BOM', () => {
    const { tokens } = lex('\uFEFFvar x');
    expect(tokens.map((t) => [t.kind, t.start, t.end])).toEqual([
      ['Identifier', 1, 4],
      ['Identifier', 5, 6],
      ['EndOfFile', 6, 6],
    ]);
  });

  it('attaches comments and pragmas as leading trivia of the next token', () => {
    const { tokens, trivia } = lex('// one\n  #disable-diagnostics BCP081\n/* two */ x');
    const x = tokens.find((t) => t.text === 'x');
    expect(x?.leading.map((t) => t.kind)).toEqual(['MultiLineComment']);
    expect(trivia.map((t) => [t.kind, t.text])).toEqual([
      ['SingleLineComment', '// one'],
      ['DisableDiagnostics', '#disable-diagnostics BCP081'],
      ['MultiLineComment', '/* two */'],
    ]);
  });

  it('closes an interpolation interrupted by a line break with an empty piece', () => {
    const { tokens, diagnostics } = lex("'a${b\nc");
    expect(tokens.map((t) => `${t.kind}|${t.text}`)).toEqual(["StringLeftPiece|'a${", 'Identifier|b', 'StringRightPiece|', 'NewLine|\n', 'Identifier|c', 'EndOfFile|']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'BCP004', start: 5, end: 5 })]);
  });

  it.each([
    ['unrecognized token', 'a & b', 'BCP001', 2, 3],
    ['unterminated block comment', 'a /* b', 'BCP002', 2, 6],
    ['unterminated string at end of file', "'abc", 'BCP003', 0, 4],
    ['string cut by a line break', "'abc\nx", 'BCP004', 0, 4],
    ['unknown escape', "'a\\qb'", 'BCP006', 2, 4],
    ['double quote', 'x = "', 'BCP103', 4, 5],
    ['bad unicode escape', "'\\u{110000}'", 'BCP133', 1, 11],
    ['unterminated multi-line string', "'''abc''", 'BCP140', 0, 8],
    ['pragma without codes', '#disable-next-line   \nx', 'BCP226', 21, 21],
  ])('reports %s', (_name, input, code, start, end) => {
    expect(lex(input).diagnostics).toEqual([expect.objectContaining({ code, start, end })]);
  });

  it('never throws and always ends with EndOfFile on arbitrary input', () => {
    const samples = ["'${", "$'''${", '/*', "'\\", "'\\u{", '}}}', "'${{}}}'", '\u{1F600}', '\r', ''];
    for (const s of samples) {
      const { tokens } = lex(s);
      expect(tokens.at(-1)?.kind).toBe('EndOfFile');
      // Tokens tile the text in order.
      for (let i = 1; i < tokens.length; i++) expect((tokens[i]?.start ?? 0) >= (tokens[i - 1]?.end ?? 0)).toBe(true);
    }
  });
});

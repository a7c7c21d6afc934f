/**
 * Token kinds of the Bicep lexer. The names are the ones the official compiler
 * prints in its token dumps, so streams can be compared one to one. Multi-line
 * strings are `StringComplete` (or pieces) there, as here; `Token.string` tells them apart.
 */
export type TokenKind =
  | 'At'
  | 'Unrecognized'
  | 'LeftBrace'
  | 'RightBrace'
  | 'LeftParen'
  | 'RightParen'
  | 'LeftSquare'
  | 'RightSquare'
  | 'Comma'
  | 'Dot'
  | 'Question'
  | 'Colon'
  | 'Semicolon'
  | 'Assignment'
  | 'Plus'
  | 'Minus'
  | 'Asterisk'
  | 'Slash'
  | 'Modulo'
  | 'Exclamation'
  | 'LeftChevron'
  | 'RightChevron'
  | 'LessThanOrEqual'
  | 'GreaterThanOrEqual'
  | 'Equals'
  | 'NotEquals'
  | 'EqualsInsensitive'
  | 'NotEqualsInsensitive'
  | 'LogicalAnd'
  | 'LogicalOr'
  | 'Identifier'
  | 'StringLeftPiece'
  | 'StringMiddlePiece'
  | 'StringRightPiece'
  | 'StringComplete'
  | 'Integer'
  | 'TrueKeyword'
  | 'FalseKeyword'
  | 'NullKeyword'
  | 'NewLine'
  | 'EndOfFile'
  | 'DoubleQuestion'
  | 'DoubleColon'
  | 'Arrow'
  | 'Pipe'
  | 'Ellipsis'
  | 'Hat';

/** Comments and pragmas (blanks between tokens are skipped, not kept). */
export type TriviaKind =
  | 'SingleLineComment'
  | 'MultiLineComment'
  | 'DisableNextLine'
  | 'DisableDiagnostics'
  | 'RestoreDiagnostics';

/** Text between tokens that the parser skips: blanks, comments, diagnostic pragmas. */
export interface Trivia {
  kind: TriviaKind;
  /** 0-based offset into the file text. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  text: string;
}

/** How a string token is delimited; kept so the parser can decode its value. */
export type StringStyle =
  /** `'…'` with escapes. */
  | { kind: 'quoted' }
  /** `'''…'''` or `$'''…'''`; `dollars` is 0 for the raw form. */
  | { kind: 'multiline'; dollars: number };

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Comments and pragmas between the previous token and this one (a shared, frozen empty array when there are none). */
  leading: Trivia[];
  /** Set on string tokens and pieces. */
  string?: StringStyle;
}

/** A problem found while lexing or parsing, with the official BCP code it corresponds to. */
export interface SyntaxDiagnostic {
  code: string;
  message: string;
  start: number;
  end: number;
}

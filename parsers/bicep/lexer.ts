import { describeToken } from '../shared/token-kind.js';
import type { StringStyle, SyntaxDiagnostic, Token, TokenKind, Trivia } from './token.js';

/**
 * Bicep lexer. Works on UTF-16 code units so offsets equal JavaScript string indices.
 * A leading BOM is skipped but keeps its offset, so every token offset is an index into
 * the text as given. Never throws: unknown characters become `Unrecognized` tokens.
 */
export interface LexResult {
  tokens: Token[];
  diagnostics: SyntaxDiagnostic[];
  /** Every comment and pragma in file order. */
  trivia: Trivia[];
}

const SIMPLE_ESCAPES = new Set(['n', 'r', 't', '\\', "'", '$']);
const PRAGMAS: ReadonlyArray<[string, Trivia['kind']]> = [
  ['disable-next-line', 'DisableNextLine'],
  ['disable-diagnostics', 'DisableDiagnostics'],
  ['restore-diagnostics', 'RestoreDiagnostics'],
];
const UNTERMINATED_AT_NEWLINE = 'The string at this location is not terminated due to an unexpected new line character.';
const ESCAPE_LIST = '"\\$", "\\\'", "\\\\", "\\n", "\\r", "\\t", "\\u{...}"';

/** A frame of the interpolation stack: a string whose hole is open, or a `{` opened inside a hole. */
type Frame = { kind: 'brace' } | StringStyle;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdPart = (c: number): boolean => isIdStart(c) || isDigit(c);
const isNewLine = (c: number): boolean => c === 10 || c === 13;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export function lex(text: string): LexResult {
  return new Lexer(text).run();
}

class Lexer {
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly diagnostics: SyntaxDiagnostic[] = [];
  private readonly allTrivia: Trivia[] = [];
  private readonly stack: Frame[] = [];

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): LexResult {
    for (;;) {
      const leading = this.scanTrivia();
      const start = this.pos;
      const { kind, string } = this.scanToken();
      const token: Token = { kind, start, end: this.pos, text: this.text.slice(start, this.pos), leading };
      if (string) token.string = string;
      this.tokens.push(token);
      if (kind === 'EndOfFile') break;
    }
    return { tokens: this.tokens, diagnostics: this.diagnostics, trivia: this.allTrivia };
  }

  private code(offset = 0): number {
    const i = this.pos + offset;
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private error(code: string, message: string, start: number, end: number): void {
    this.diagnostics.push({ code, message, start, end });
  }

  private scanTrivia(): Trivia[] {
    const out: Trivia[] = [];
    const push = (kind: Trivia['kind'], start: number): void => {
      const t: Trivia = { kind, start, end: this.pos, text: this.text.slice(start, this.pos) };
      out.push(t);
      if (kind !== 'Whitespace') this.allTrivia.push(t);
    };
    for (;;) {
      const start = this.pos;
      const c = this.code();
      if (isBlank(c)) {
        while (isBlank(this.code())) this.pos++;
        push('Whitespace', start);
      } else if (c === 47 && this.code(1) === 47) {
        while (!this.atEnd() && !isNewLine(this.code())) this.pos++;
        push('SingleLineComment', start);
      } else if (c === 47 && this.code(1) === 42) {
        this.pos += 2;
        const close = this.text.indexOf('*/', this.pos);
        if (close < 0) {
          this.pos = this.text.length;
          this.error('BCP002', 'The multi-line comment at this location is not terminated. Terminate it with the */ character sequence.', start, this.pos);
        } else this.pos = close + 2;
        push('MultiLineComment', start);
      } else if (c === 35 && this.atLineStart(start)) {
        const pragma = PRAGMAS.find(([word]) => this.text.startsWith(word, start + 1));
        if (!pragma) break;
        this.pos = start + 1 + pragma[0].length;
        const codesStart = this.pos;
        for (let k = this.code(); isIdPart(k) || k === 45 || isBlank(k); k = this.code()) this.pos++;
        if (this.text.slice(codesStart, this.pos).trim() === '') {
          this.error('BCP226', 'Expected at least one diagnostic code at this location.', this.pos, this.pos);
        }
        push(pragma[1], start);
      } else break;
    }
    return out;
  }

  /** Whether only blanks stand between the start of the line and `offset`. */
  private atLineStart(offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (isNewLine(c)) return true;
      if (!isBlank(c) && !(i === 0 && c === 0xfeff)) return false;
    }
    return true;
  }

  private scanToken(): { kind: TokenKind; string?: StringStyle } {
    if (this.atEnd()) return { kind: 'EndOfFile' };
    const start = this.pos;
    const c = this.code();
    const next = this.code(1);
    if (isNewLine(c)) {
      const top = this.stack.find((f) => f.kind === 'quoted');
      if (top) {
        // A hole of a quoted string cannot span lines: close the string with an empty piece.
        this.stack.length = 0;
        this.error('BCP004', UNTERMINATED_AT_NEWLINE, start, start);
        return { kind: 'StringRightPiece', string: top };
      }
      while (isNewLine(this.code())) this.pos++;
      return { kind: 'NewLine' };
    }
    if (isDigit(c)) {
      while (isDigit(this.code())) this.pos++;
      return { kind: 'Integer' };
    }
    if (isIdStart(c)) {
      while (isIdPart(this.code())) this.pos++;
      const word = this.text.slice(start, this.pos);
      if (word === 'true') return { kind: 'TrueKeyword' };
      if (word === 'false') return { kind: 'FalseKeyword' };
      if (word === 'null') return { kind: 'NullKeyword' };
      return { kind: 'Identifier' };
    }
    if (c === 39) {
      if (next === 39 && this.code(2) === 39) {
        this.pos += 3;
        const style: StringStyle = { kind: 'multiline', dollars: 0 };
        return { kind: this.scanMultiline(start, 0, true), string: style };
      }
      this.pos++;
      const style: StringStyle = { kind: 'quoted' };
      return { kind: this.scanQuoted(start, true, style), string: style };
    }
    if (c === 36) {
      let n = 0;
      while (this.code(n) === 36) n++;
      if (this.code(n) === 39 && this.code(n + 1) === 39 && this.code(n + 2) === 39) {
        this.pos += n + 3;
        const style: StringStyle = { kind: 'multiline', dollars: n };
        return { kind: this.scanMultiline(start, n, true, style), string: style };
      }
    }
    this.pos++;
    switch (c) {
      case 123: // {
        if (this.stack.length > 0) this.stack.push({ kind: 'brace' });
        return { kind: 'LeftBrace' };
      case 125: {
        // }
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) return { kind: 'RightBrace' };
        // Like the official lexer, a `}` that closes a brace opened in a hole leaves that
        // brace on the stack, so later `}` in the same hole are braces too.
        if (top.kind === 'brace') return { kind: 'RightBrace' };
        const kind = top.kind === 'quoted' ? this.scanQuoted(start, false, top) : this.scanMultiline(start, top.dollars, false, top);
        return { kind, string: top };
      }
      case 40:
        return { kind: 'LeftParen' };
      case 41:
        return { kind: 'RightParen' };
      case 91:
        return { kind: 'LeftSquare' };
      case 93:
        return { kind: 'RightSquare' };
      case 64:
        return { kind: 'At' };
      case 44:
        return { kind: 'Comma' };
      case 46:
        if (next === 46 && this.code(1) === 46) {
          this.pos += 2;
          return { kind: 'Ellipsis' };
        }
        return { kind: 'Dot' };
      case 63:
        return this.pair(63, 'DoubleQuestion', 'Question');
      case 58:
        return this.pair(58, 'DoubleColon', 'Colon');
      case 59:
        return { kind: 'Semicolon' };
      case 43:
        return { kind: 'Plus' };
      case 45:
        return { kind: 'Minus' };
      case 37:
        return { kind: 'Modulo' };
      case 42:
        return { kind: 'Asterisk' };
      case 47:
        return { kind: 'Slash' };
      case 94:
        return { kind: 'Hat' };
      case 33:
        if (next === 61) return this.take('NotEquals');
        if (next === 126) return this.take('NotEqualsInsensitive');
        return { kind: 'Exclamation' };
      case 60:
        return this.pair(61, 'LessThanOrEqual', 'LeftChevron');
      case 62:
        return this.pair(61, 'GreaterThanOrEqual', 'RightChevron');
      case 61:
        if (next === 61) return this.take('Equals');
        if (next === 126) return this.take('EqualsInsensitive');
        if (next === 62) return this.take('Arrow');
        return { kind: 'Assignment' };
      case 38:
        if (next === 38) return this.take('LogicalAnd');
        break;
      case 124:
        return this.pair(124, 'LogicalOr', 'Pipe');
    }
    const ch = this.text.slice(start, this.pos);
    if (ch === '"') {
      this.error('BCP103', 'The following token is not recognized: """. Strings are defined using single quotes in bicep.', start, this.pos);
    } else {
      this.error('BCP001', `The following token is not recognized: ${describeToken(ch)}.`, start, this.pos);
    }
    return { kind: 'Unrecognized' };
  }

  private take(kind: TokenKind): { kind: TokenKind } {
    this.pos++;
    return { kind };
  }

  private pair(second: number, two: TokenKind, one: TokenKind): { kind: TokenKind } {
    return this.code() === second ? this.take(two) : { kind: one };
  }

  /** Scans a `'…'` segment after its opening `'` or `}`; pushes or pops the interpolation frame. */
  private scanQuoted(start: number, first: boolean, style: StringStyle): TokenKind {
    const done = first ? 'StringComplete' : 'StringRightPiece';
    const finish = (): TokenKind => {
      if (!first) this.stack.pop();
      return done;
    };
    for (;;) {
      if (this.atEnd()) {
        this.error('BCP003', 'The string at this location is not terminated. Terminate the string with a single quote character.', start, this.pos);
        return finish();
      }
      const c = this.code();
      if (isNewLine(c)) {
        this.error('BCP004', UNTERMINATED_AT_NEWLINE, start, this.pos);
        return finish();
      }
      const escStart = this.pos;
      this.pos++;
      if (c === 39) return finish();
      if (c === 36 && this.code() === 123) {
        this.pos++;
        if (first) {
          this.stack.push(style);
          return 'StringLeftPiece';
        }
        return 'StringMiddlePiece';
      }
      if (c !== 92) continue;
      if (this.atEnd()) {
        this.error('BCP005', 'The string at this location is not terminated. Complete the escape sequence and terminate the string with a single unescaped quote character.', start, this.pos);
        return finish();
      }
      const e = this.text[this.pos] ?? '';
      if (isNewLine(this.code())) continue;
      this.pos++;
      if (e === 'u') this.scanUnicodeEscape(escStart);
      else if (!SIMPLE_ESCAPES.has(e)) {
        this.error('BCP006', `The specified escape sequence is not recognized. Only the following escape sequences are allowed: ${ESCAPE_LIST}.`, escStart, this.pos);
      }
    }
  }

  private scanUnicodeEscape(escStart: number): void {
    const bad = (): void =>
      this.error('BCP133', 'The unicode escape sequence is not valid. Valid unicode escape sequences range from \\u{0} to \\u{10FFFF}.', escStart, this.pos);
    if (this.code() !== 123) return bad();
    this.pos++;
    const hexStart = this.pos;
    while (isHex(this.code())) this.pos++;
    const hex = this.text.slice(hexStart, this.pos);
    if (hex === '' || this.code() !== 125) return bad();
    this.pos++;
    if (parseInt(hex, 16) > 0x10ffff || hex.length > 8) bad();
  }

  /**
   * Scans the body of a multi-line string after `'''` (or a hole's `}`). With `dollars` > 0,
   * a run of at least that many `$` followed by `{` opens a hole.
   */
  private scanMultiline(start: number, dollars: number, first: boolean, style?: StringStyle): TokenKind {
    for (;;) {
      if (this.atEnd()) {
        this.error('BCP140', "The multi-line string at this location is not terminated. Terminate it with \"'''\".", start, this.pos);
        if (!first) this.stack.pop();
        return first ? 'StringComplete' : 'StringRightPiece';
      }
      const c = this.code();
      if (c === 39) {
        let n = 0;
        while (this.code(n) === 39) n++;
        this.pos += n;
        if (n >= 3) {
          if (!first) this.stack.pop();
          return first ? 'StringComplete' : 'StringRightPiece';
        }
        continue;
      }
      if (c === 36 && dollars > 0) {
        let n = 0;
        while (this.code(n) === 36) n++;
        this.pos += n;
        if (n >= dollars && this.code() === 123) {
          this.pos++;
          if (first) {
            if (style) this.stack.push(style);
            return 'StringLeftPiece';
          }
          return 'StringMiddlePiece';
        }
        continue;
      }
      this.pos++;
    }
  }
}

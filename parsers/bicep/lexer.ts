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

/**
 * Character classes of the ASCII range, one bit each: the lexer runs once per file, mostly in V8's
 * interpreter, where a table look-up costs far less than a call per character. Anything outside
 * the table (non-ASCII, and NaN or -1 past the end) is in no class.
 */
const DIGIT = 1;
const ID_START = 2;
const NEW_LINE = 4;
const HEX = 8;
/** Characters a quoted string's scan stops at: `'`, `$`, `\`, line ends. */
const QUOTED_STOP = 16;
const CLASSES = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASSES[c] = DIGIT | HEX;
for (let c = 65; c <= 90; c++) CLASSES[c] = ID_START | (c <= 70 ? HEX : 0);
for (let c = 97; c <= 122; c++) CLASSES[c] = ID_START | (c <= 102 ? HEX : 0);
CLASSES[95] = ID_START;
CLASSES[10] = NEW_LINE | QUOTED_STOP;
CLASSES[13] = NEW_LINE | QUOTED_STOP;
CLASSES[39] = QUOTED_STOP;
CLASSES[36] = QUOTED_STOP;
CLASSES[92] = QUOTED_STOP;
const classOf = (c: number): number => (c >= 0 && c < 128 ? (CLASSES[c] as number) : 0);
const isIdPart = (c: number): boolean => (classOf(c) & (ID_START | DIGIT)) !== 0;
const isNewLine = (c: number): boolean => c === 10 || c === 13;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isHex = (c: number): boolean => (classOf(c) & HEX) !== 0;
/** The trivia of a token that has none (most of them): shared, never written. */
const NO_TRIVIA: Trivia[] = Object.freeze([]) as unknown as Trivia[];

export function lex(text: string): LexResult {
  return new Lexer(text).run();
}

class Lexer {
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly diagnostics: SyntaxDiagnostic[] = [];
  private readonly allTrivia: Trivia[] = [];
  private readonly stack: Frame[] = [];
  /** The string style of the token `scanToken` just scanned (undefined for a token that is not a string). */
  private style: StringStyle | undefined;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): LexResult {
    const text = this.text;
    const tokens = this.tokens;
    for (;;) {
      const leading = this.scanTrivia();
      const start = this.pos;
      this.style = undefined;
      const kind = this.scanToken();
      const end = this.pos;
      const token: Token = { kind, start, end, text: text.slice(start, end), leading };
      if (this.style) token.string = this.style;
      tokens.push(token);
      if (kind === 'EndOfFile') break;
    }
    return { tokens, diagnostics: this.diagnostics, trivia: this.allTrivia };
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

  private trivia(out: Trivia[] | undefined, kind: Trivia['kind'], start: number): Trivia[] {
    const t: Trivia = { kind, start, end: this.pos, text: this.text.slice(start, this.pos) };
    this.allTrivia.push(t);
    if (!out) return [t];
    out.push(t);
    return out;
  }

  private scanTrivia(): Trivia[] {
    const text = this.text;
    let out: Trivia[] | undefined;
    for (;;) {
      const start = this.pos;
      const c = text.charCodeAt(start);
      if (c === 32 || c === 9) {
        // Blanks are skipped, not kept: nothing reads them, and most tokens follow some.
        let pos = start + 1;
        for (let k = text.charCodeAt(pos); k === 32 || k === 9; k = text.charCodeAt(pos)) pos++;
        this.pos = pos;
      } else if (c === 47 && text.charCodeAt(start + 1) === 47) {
        let pos = start + 2;
        for (let k = text.charCodeAt(pos); pos < text.length && k !== 10 && k !== 13; k = text.charCodeAt(pos)) pos++;
        this.pos = pos;
        out = this.trivia(out, 'SingleLineComment', start);
      } else if (c === 47 && text.charCodeAt(start + 1) === 42) {
        this.pos += 2;
        const close = text.indexOf('*/', this.pos);
        if (close < 0) {
          this.pos = text.length;
          this.error('BCP002', 'The multi-line comment at this location is not terminated. Terminate it with the */ character sequence.', start, this.pos);
        } else this.pos = close + 2;
        out = this.trivia(out, 'MultiLineComment', start);
      } else if (c === 35 && this.atLineStart(start)) {
        const pragma = PRAGMAS.find(([word]) => text.startsWith(word, start + 1));
        if (!pragma) break;
        this.pos = start + 1 + pragma[0].length;
        const codesStart = this.pos;
        for (let k = this.code(); isIdPart(k) || k === 45 || isBlank(k); k = this.code()) this.pos++;
        if (text.slice(codesStart, this.pos).trim() === '') {
          this.error('BCP226', 'Expected at least one diagnostic code at this location.', this.pos, this.pos);
        }
        out = this.trivia(out, pragma[1], start);
      } else break;
    }
    return out ?? NO_TRIVIA;
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

  /** Scans one token from `pos`: returns its kind, and sets `style` when it is a string or a piece of one. */
  private scanToken(): TokenKind {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return 'EndOfFile';
    const c = text.charCodeAt(start);
    const next = this.code(1);
    const cls = c < 128 ? (CLASSES[c] as number) : 0;
    if (cls & NEW_LINE) {
      const top = this.stack.length > 0 ? this.openQuoted() : undefined;
      if (top) {
        // A hole of a quoted string cannot span lines: close the string with an empty piece.
        this.stack.length = 0;
        this.error('BCP004', UNTERMINATED_AT_NEWLINE, start, start);
        this.style = top;
        return 'StringRightPiece';
      }
      let pos = start + 1;
      for (let k = text.charCodeAt(pos); k === 10 || k === 13; k = text.charCodeAt(pos)) pos++;
      this.pos = pos;
      return 'NewLine';
    }
    if (cls & DIGIT) {
      let pos = start + 1;
      for (let k = text.charCodeAt(pos); k >= 48 && k <= 57; k = text.charCodeAt(pos)) pos++;
      this.pos = pos;
      return 'Integer';
    }
    if (cls & ID_START) {
      let pos = start + 1;
      for (let k = text.charCodeAt(pos); k < 128 && ((CLASSES[k] as number) & (ID_START | DIGIT)) !== 0; k = text.charCodeAt(pos)) pos++;
      this.pos = pos;
      // Only `true`, `null` and `false` are keywords here: other words are identifiers.
      const n = pos - start;
      if (n === 4 || n === 5) {
        const word = text.slice(start, pos);
        if (word === 'true') return 'TrueKeyword';
        if (word === 'false') return 'FalseKeyword';
        if (word === 'null') return 'NullKeyword';
      }
      return 'Identifier';
    }
    if (c === 39) {
      if (next === 39 && this.code(2) === 39) {
        this.pos += 3;
        this.style = { kind: 'multiline', dollars: 0 };
        return this.scanMultiline(start, 0, true);
      }
      this.pos++;
      const style: StringStyle = { kind: 'quoted' };
      this.style = style;
      return this.scanQuoted(start, true, style);
    }
    if (c === 36) {
      let n = 0;
      while (this.code(n) === 36) n++;
      if (this.code(n) === 39 && this.code(n + 1) === 39 && this.code(n + 2) === 39) {
        this.pos += n + 3;
        const style: StringStyle = { kind: 'multiline', dollars: n };
        this.style = style;
        return this.scanMultiline(start, n, true, style);
      }
    }
    this.pos++;
    switch (c) {
      case 123: // {
        if (this.stack.length > 0) this.stack.push({ kind: 'brace' });
        return 'LeftBrace';
      case 125: {
        // }
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) return 'RightBrace';
        // Like the official lexer, a `}` that closes a brace opened in a hole leaves that
        // brace on the stack, so later `}` in the same hole are braces too.
        if (top.kind === 'brace') return 'RightBrace';
        this.style = top;
        return top.kind === 'quoted' ? this.scanQuoted(start, false, top) : this.scanMultiline(start, top.dollars, false, top);
      }
      case 40:
        return 'LeftParen';
      case 41:
        return 'RightParen';
      case 91:
        return 'LeftSquare';
      case 93:
        return 'RightSquare';
      case 64:
        return 'At';
      case 44:
        return 'Comma';
      case 46:
        if (next === 46 && this.code(1) === 46) {
          this.pos += 2;
          return 'Ellipsis';
        }
        return 'Dot';
      case 63:
        return this.pair(63, 'DoubleQuestion', 'Question');
      case 58:
        return this.pair(58, 'DoubleColon', 'Colon');
      case 59:
        return 'Semicolon';
      case 43:
        return 'Plus';
      case 45:
        return 'Minus';
      case 37:
        return 'Modulo';
      case 42:
        return 'Asterisk';
      case 47:
        return 'Slash';
      case 94:
        return 'Hat';
      case 33:
        if (next === 61) return this.take('NotEquals');
        if (next === 126) return this.take('NotEqualsInsensitive');
        return 'Exclamation';
      case 60:
        return this.pair(61, 'LessThanOrEqual', 'LeftChevron');
      case 62:
        return this.pair(61, 'GreaterThanOrEqual', 'RightChevron');
      case 61:
        if (next === 61) return this.take('Equals');
        if (next === 126) return this.take('EqualsInsensitive');
        if (next === 62) return this.take('Arrow');
        return 'Assignment';
      case 38:
        if (next === 38) return this.take('LogicalAnd');
        break;
      case 124:
        return this.pair(124, 'LogicalOr', 'Pipe');
    }
    const ch = text.slice(start, this.pos);
    if (ch === '"') {
      this.error('BCP103', 'The following token is not recognized: """. Strings are defined using single quotes in bicep.', start, this.pos);
    } else {
      this.error('BCP001', `The following token is not recognized: ${describeToken(ch)}.`, start, this.pos);
    }
    return 'Unrecognized';
  }

  /** The innermost quoted string whose hole is open, if any. */
  private openQuoted(): StringStyle | undefined {
    const stack = this.stack;
    for (let i = 0; i < stack.length; i++) {
      const f = stack[i] as Frame;
      if (f.kind === 'quoted') return f;
    }
    return undefined;
  }

  private take(kind: TokenKind): TokenKind {
    this.pos++;
    return kind;
  }

  private pair(second: number, two: TokenKind, one: TokenKind): TokenKind {
    return this.code() === second ? this.take(two) : one;
  }

  /** Scans a `'…'` segment after its opening `'` or `}`; pushes or pops the interpolation frame. */
  private scanQuoted(start: number, first: boolean, style: StringStyle): TokenKind {
    const done = first ? 'StringComplete' : 'StringRightPiece';
    const finish = (): TokenKind => {
      if (!first) this.stack.pop();
      return done;
    };
    const text = this.text;
    for (;;) {
      // Ordinary characters up to the next one that ends, opens a hole or escapes.
      let pos = this.pos;
      for (let k = text.charCodeAt(pos); pos < text.length && (k >= 128 || ((CLASSES[k] as number) & QUOTED_STOP) === 0); k = text.charCodeAt(pos)) pos++;
      this.pos = pos;
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

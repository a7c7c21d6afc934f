import type * as A from './ast.js';
import { E, Expected, expectedChar, expectedKeyword, type Err } from './errors.js';
import type { SyntaxDiagnostic, Token, TokenKind } from './token.js';

/** Expression flags: object/array literals allowed; nested resource declarations allowed. */
export const ALLOW_COMPLEX = 1;
export const ALLOW_RESOURCES = 2;
const MAX_DEPTH = 200;

/** Tokens that end an operand (the official parser's recovery set inside expressions). */
export const EXPRESSION_END: TokenKind[] = ['StringRightPiece', 'RightBrace', 'RightParen', 'RightSquare', 'NewLine'];

const CHAR_OF: Partial<Record<TokenKind, string>> = { RightParen: ')', RightSquare: ']', RightBrace: '}', RightChevron: '>' };

export interface ParenList<T> {
  items: Array<T | A.Skipped>;
  open: Token;
  closed: boolean;
  elementCount: number;
  elements: A.Span;
}

/**
 * Token reader, error recovery and list handling shared by the expression and statement
 * grammars. Recovery follows the official compiler: a construct that cannot be parsed raises
 * `Expected`; the nearest `recover` call reports it and skips to one of its terminators.
 */
export abstract class ParserBase {
  readonly diagnostics: SyntaxDiagnostic[] = [];
  protected pos = 0;
  protected depth = 0;

  constructor(protected readonly tokens: Token[]) {}

  // ------------------------------------------------------------ token reader

  /**
   * The token `ahead` of the next one (the last, `EndOfFile`, past the end). `pos` is always a token's
   * index (only `read` moves it, never past the last): the next token is a plain look-up. These
   * helpers run for nearly every token, mostly in V8's interpreter, where every call and built-in
   * counts; one-file runs are that case.
   */
  protected peek(ahead = 0): Token {
    const tokens = this.tokens;
    const i = this.pos + ahead;
    return (i < tokens.length ? tokens[i] : tokens[tokens.length - 1]) as Token;
  }

  protected peekSkipNewLines(from = 0): Token {
    const tokens = this.tokens;
    const last = tokens.length - 1;
    let i = this.pos + from;
    while (i < last && (tokens[i] as Token).kind === 'NewLine') i++;
    return tokens[i < last ? i : last] as Token;
  }

  protected read(): Token {
    const t = this.tokens[this.pos] as Token;
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  /** End offset of the last consumed token. */
  protected get lastEnd(): number {
    return this.pos > 0 ? (this.tokens[this.pos - 1] as Token).end : 0;
  }

  protected atEnd(): boolean {
    return (this.tokens[this.pos] as Token).kind === 'EndOfFile';
  }

  /** Whether the next token is of one of these kinds (never at the end). Not a rest parameter: it is called for nearly every token, and an array each time showed in one-file runs. */
  protected check(kind: TokenKind, or?: TokenKind, orElse?: TokenKind): boolean {
    const next = (this.tokens[this.pos] as Token).kind;
    if (next === 'EndOfFile') return false;
    return next === kind || (or !== undefined && next === or) || (orElse !== undefined && next === orElse);
  }

  protected isKeyword(t: Token, word: string): boolean {
    return t.kind === 'Identifier' && t.text === word;
  }

  protected checkKeyword(word: string): boolean {
    const t = this.tokens[this.pos] as Token;
    return t.kind === 'Identifier' && t.text === word;
  }

  protected fail(token: Token, err: Err): never {
    throw new Expected(token, err[0], err[1]);
  }

  protected expect(kind: TokenKind, err: Err): Token {
    if (this.check(kind)) return this.read();
    this.fail(this.peek(), err);
  }

  protected expectKeyword(word: string): Token {
    if (this.checkKeyword(word)) return this.read();
    this.fail(this.peek(), expectedKeyword(word));
  }

  protected report(start: number, end: number, err: Err): void {
    this.diagnostics.push({ code: err[0], message: err[1], start, end });
  }

  /** Diagnostic span of a token: a newline is reported as an empty span at its start. */
  protected reportAt(token: Token, code: string, message: string): void {
    this.diagnostics.push({ code, message, start: token.start, end: token.kind === 'NewLine' ? token.start : token.end });
  }

  protected skipEmpty(err?: Err): A.Skipped {
    const at = this.peek().start;
    if (err) this.report(at, at, err);
    return { kind: 'Skipped', start: at, end: at };
  }

  protected newLines(): void {
    while (this.check('NewLine')) this.read();
  }

  // ------------------------------------------------------------ recovery

  /**
   * Runs `fn`; if it raises `Expected`, drops whatever diagnostics it produced (its partial tree is
   * dropped too), skips to one of `terminators` and returns a `Skipped` node with one diagnostic.
   */
  protected recover<T>(fn: () => T, suppress: boolean, terminators: TokenKind[], consumeTerminator = false): T | A.Skipped {
    const startPos = this.pos;
    const diagCount = this.diagnostics.length;
    const savedDepth = this.depth;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof Expected)) throw e;
      this.depth = savedDepth;
      this.diagnostics.length = diagCount;
      while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
      if (consumeTerminator && !this.atEnd() && terminators.includes(this.peek().kind)) this.read();
      if (!suppress) this.reportAt(e.token, e.code, e.message);
      const first = this.tokens[startPos] as Token;
      return this.pos > startPos ? { kind: 'Skipped', start: first.start, end: this.lastEnd } : { kind: 'Skipped', start: first.start, end: first.start };
    }
  }

  /** Whether a node left by recovery should silence the error of the part after it. */
  protected suppressAfter(node: { kind: string; start: number; end: number } | undefined): boolean {
    return node !== undefined && node.kind === 'Skipped' && node.start === node.end;
  }

  protected throwIfSkipped<T extends { kind: string }>(fn: () => T, err: Err): T {
    const start = this.peek();
    const node = fn();
    if (node.kind === 'Skipped') this.fail(start, err);
    return node;
  }

  protected identifier(err: Err): A.Identifier {
    const t = this.expect('Identifier', err);
    return { kind: 'Identifier', name: t.text, start: t.start, end: t.end };
  }

  protected identifierOrSkip(err: Err): A.Identifier | A.Skipped {
    return this.check('Identifier') ? this.identifier(err) : this.skipEmpty(err);
  }

  protected identifierWithRecovery(err: Err, suppress: boolean, ...terminators: TokenKind[]): A.Identifier | A.Skipped {
    return this.recover(() => this.identifier(err), suppress, terminators);
  }

  protected enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail(this.peek(), E.tooDeep);
    }
  }

  // ------------------------------------------------------------ lists

  /**
   * Items of an object, array, object/tuple type or import list: newlines allowed after the
   * opening bracket and before the closing one; between items one run of newlines or one comma.
   */
  protected elements<T>(closing: TokenKind, item: () => T): T[] {
    const out: T[] = [];
    if (this.check(closing)) return out;
    this.newLines();
    let expectItem = true;
    let guard = -1;
    while (!this.atEnd() && this.peek().kind !== closing) {
      if (!expectItem) {
        if (this.check('NewLine')) this.newLines();
        else if (this.check('Comma')) {
          this.read();
          if (this.check('NewLine')) {
            this.skipEmpty(E.newLineAfterComma);
            this.read();
          }
        } else this.skipEmpty(E.newLineOrComma);
        expectItem = true;
        continue;
      }
      if (this.pos === guard) this.read();
      guard = this.pos;
      out.push(item());
      expectItem = false;
    }
    return out;
  }

  /** Arguments of a call or of a parameterized type, after the opening token. */
  protected callElements<T>(closing: TokenKind, item: () => T): T[] {
    const out: T[] = [];
    if (this.check(closing)) return out;
    this.newLines();
    let expectItem = true;
    let guard = -1;
    while (!this.atEnd() && this.peek().kind !== closing) {
      if (!expectItem) {
        if (this.check('NewLine')) {
          let k = 1;
          while (this.peek(k).kind === 'NewLine' && this.peek(k).leading.some((t) => t.kind === 'SingleLineComment' || t.kind === 'MultiLineComment')) k++;
          const after = this.peek(k);
          if (after.kind === 'EndOfFile') {
            this.skipEmpty(expectedChar(CHAR_OF[closing] ?? ')'));
            this.newLines();
            break;
          } else if (after.kind !== closing) this.skipEmpty(E.comma);
          this.newLines();
        } else if (this.check('Comma')) {
          this.read();
          this.newLines();
          // A trailing comma: parse an item anyway so the error is reported on the closing token.
          if (this.check(closing)) out.push(item());
        } else this.skipEmpty(E.newLineOrComma);
        expectItem = true;
        continue;
      }
      if (this.pos === guard) this.read();
      guard = this.pos;
      out.push(item());
      expectItem = false;
    }
    return out;
  }

  /** `( item, item … )`; returns the items (and whether `)` was found). */
  protected parenthesizedList<T extends A.Span>(item: () => T, permitNewLines: boolean): ParenList<T> {
    const open = this.expect('LeftParen', expectedChar('('));
    const items: Array<T | A.Skipped> = [];
    // Items, commas and newline runs, as the official parser counts elements of an unclosed list.
    const elements: A.Span = { start: -1, end: -1 };
    let count = 0;
    const element = (start: number, end: number): void => {
      if (count++ === 0) elements.start = start;
      elements.end = end;
    };
    const nl = (): void => {
      if (!permitNewLines) return;
      while (this.check('NewLine')) {
        const t = this.read();
        element(t.start, t.end);
      }
    };
    nl();
    let guard = -1;
    while (!this.check('RightParen')) {
      if (this.pos === guard) break;
      guard = this.pos;
      const parsed = this.recover(item, false, ['StringRightPiece', 'RightBrace', 'RightParen', 'RightSquare', 'NewLine', 'Comma']);
      items.push(parsed);
      element(parsed.start, parsed.end);
      nl();
      if (this.check('Comma')) {
        const comma = this.read();
        element(comma.start, comma.end);
        nl();
      } else {
        nl();
        break;
      }
    }
    const last = items[items.length - 1] as { kind: string; start: number; end: number } | undefined;
    const close = this.recover(() => this.expect('RightParen', expectedChar(')')), this.suppressAfter(last), ['StringRightPiece', 'RightBrace', 'RightSquare', 'NewLine']);
    const closed = 'kind' in close && close.kind !== 'Skipped';
    return { items, open, closed, elementCount: count, elements };
  }
}

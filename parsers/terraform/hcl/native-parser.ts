import type { HclDocument } from './ast.js';
import { convertTree } from './convert.js';
import { PlainNode as Node } from './syntax-node.js';

/**
 * A reader of well-formed HCL native syntax in plain JavaScript, so that a run whose Terraform files
 * are well formed never starts the grammar's WebAssembly (some 40 ms of a one-file run: the engine,
 * two modules' linking, compiling the parser's code as it first runs).
 *
 * It builds the nodes the tree-sitter grammar (tree-sitter-hcl, terraform dialect) builds, as far as
 * `convert.ts` reads them, and converts them with the same code, so both readers give one document
 * for one text. It is the stricter of the two: on anything it is not sure the grammar reads the same
 * way (a syntax error, a character outside ASCII where the grammar's Unicode tables decide, an odd
 * spelling of a heredoc), it gives up and the grammar parses the file, with its error recovery and
 * messages. test/parsers/terraform/hcl/native-parser.test.ts holds it to the grammar's documents.
 */
export function parseHclNative(text: string, base = 0): HclDocument | undefined {
  const parser = new NativeParser(text);
  try {
    const root = parser.file();
    return convertTree(root, parser.comments, text, base);
  } catch {
    // Gave up; or nesting deeper than the stack (the grammar's path reports it); or a fault of this
    // reader, which the grammar makes up for (the tests hold every well-formed file to being read here).
    return undefined;
  }
}

/** Thrown to give the text to the grammar; no stack trace is made for it. */
const GIVE_UP = Symbol('not read natively');

/**
 * Nodes a text may have before the grammar reads it instead (its own bound on nodes, with its
 * message, then applies). Well under that bound: the grammar's tree has more nodes than this one.
 */
export const MAX_NATIVE_NODES = 100_000;

/** Binding power of each binary operator (the grammar's precedences; all associate to the left). */
const BINARY: Readonly<Record<string, number>> = { '*': 6, '/': 6, '%': 6, '+': 5, '-': 5, '>': 4, '>=': 4, '<': 4, '<=': 4, '==': 3, '!=': 3, '&&': 2, '||': 1 };

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Amp = 38,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
  Tilde = 126,
}

const isDigit = (c: number): boolean => c >= Ch.Zero && c <= Ch.Nine;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Characters of a heredoc's identifier, as the grammar's scanner reads them (ASCII: see `heredoc`). */
const isHeredocChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === Ch.Underscore || c === Ch.Minus;
/** Whitespace other than a newline, as the scanner skips it after a heredoc's closing identifier. */
const isLineSpace = (c: number): boolean => c === Ch.Space || c === Ch.Tab || c === Ch.Cr || c === 11 || c === 12;

const enum Mode {
  Quoted,
  Heredoc,
}

/** Where a template's content stopped: its end, or a directive that closes an enclosing one. */
type Stop = 'end' | 'else' | 'endif' | 'endfor';

const DECIMAL = /[0-9]+(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?)?/y;
const HEX = /0x[0-9a-zA-Z]+/y;

class NativeParser {
  readonly comments: Node[] = [];
  /** Where the last comment taken ends: looking ahead twice over one comment takes it once. */
  private commentsTo = 0;
  private p = 0;
  private nodes = 0;
  /** The closing identifier of the heredoc being read, innermost last. */
  private readonly heredocs: string[] = [];

  constructor(private readonly t: string) {}

  private node(type: string, start: number, end: number, children?: Node[], named = true): Node {
    if (++this.nodes > MAX_NATIVE_NODES) throw GIVE_UP;
    const n = new Node(this.t, type, named, false, start, end);
    if (children) n.children = children;
    return n;
  }

  private at(): number {
    return this.t.charCodeAt(this.p);
  }

  private next(offset = 1): number {
    return this.t.charCodeAt(this.p + offset);
  }

  /** Skips whitespace and comments (the grammar's extras), taking each comment once. */
  private skip(): void {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(this.p);
      if (c === Ch.Space || c === Ch.Lf || c === Ch.Tab || c === Ch.Cr) this.p++;
      else if (c === Ch.Hash || (c === Ch.Slash && t.charCodeAt(this.p + 1) === Ch.Slash)) {
        const nl = t.indexOf('\n', this.p);
        this.comment(this.p, nl < 0 ? t.length : nl);
      } else if (c === Ch.Slash && t.charCodeAt(this.p + 1) === Ch.Star) {
        const close = t.indexOf('*/', this.p + 2);
        if (close < 0) throw GIVE_UP;
        this.comment(this.p, close + 2);
      } else return;
    }
  }

  private comment(start: number, end: number): void {
    if (start >= this.commentsTo) {
      this.comments.push(this.node('comment', start, end));
      this.commentsTo = end;
    }
    this.p = end;
  }

  /** The end of the identifier at `at` (ASCII; `-` and `::` inside it), or -1. */
  private identifierEnd(at: number): number {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (c > 127) throw GIVE_UP;
    if (!isAsciiLetter(c) && c !== Ch.Underscore) return -1;
    let i = at + 1;
    for (;;) {
      const d = t.charCodeAt(i);
      if (isAsciiLetter(d) || isDigit(d) || d === Ch.Underscore || d === Ch.Minus) i++;
      else if (d === Ch.Colon && t.charCodeAt(i + 1) === Ch.Colon) i += 2;
      else if (d > 127) throw GIVE_UP;
      else return i;
    }
  }

  private identifier(): Node {
    const end = this.identifierEnd(this.p);
    if (end < 0) throw GIVE_UP;
    const n = this.node('identifier', this.p, end);
    this.p = end;
    return n;
  }

  /** Whether the identifier at the cursor is exactly `word` (a keyword where the grammar expects one). */
  private keyword(word: string): boolean {
    return this.t.startsWith(word, this.p) && this.identifierEnd(this.p) === this.p + word.length;
  }

  private expectKeyword(word: string): void {
    this.skip();
    if (!this.keyword(word)) throw GIVE_UP;
    this.p += word.length;
  }

  private expect(c: number): number {
    this.skip();
    if (this.at() !== c) throw GIVE_UP;
    return this.p++;
  }

  private token(type: string, length: number): Node {
    const n = this.node(type, this.p, this.p + length, undefined, false);
    this.p += length;
    return n;
  }

  file(): Node {
    const items = this.body(false);
    return this.node('config_file', 0, this.t.length, items.length > 0 ? [this.node('body', items[0]?.startIndex ?? 0, this.p, items)] : []);
  }

  /** Attributes and blocks up to the end of the text, or (`inBlock`) up to a `}`. */
  private body(inBlock: boolean): Node[] {
    const items: Node[] = [];
    for (;;) {
      this.skip();
      const c = this.at();
      if (Number.isNaN(c)) {
        if (inBlock) throw GIVE_UP;
        return items;
      }
      if (c === Ch.RBrace) {
        if (!inBlock) throw GIVE_UP;
        return items;
      }
      const name = this.identifier();
      this.skip();
      if (this.at() === Ch.Eq && this.next() !== Ch.Eq && this.next() !== Ch.Gt) {
        this.p++;
        this.skip();
        const value = this.expression();
        items.push(this.node('attribute', name.startIndex, value.endIndex, [name, value]));
      } else items.push(this.block(name));
    }
  }

  private block(type: Node): Node {
    const kids: Node[] = [type];
    for (;;) {
      this.skip();
      const c = this.at();
      if (c === Ch.LBrace) break;
      if (c === Ch.Quote) {
        const label = this.quoted();
        if (label.type !== 'string_lit') throw GIVE_UP;
        kids.push(label);
      } else kids.push(this.identifier());
    }
    kids.push(this.node('block_start', this.p, ++this.p));
    const items = this.body(true);
    if (items.length > 0) kids.push(this.node('body', items[0]?.startIndex ?? 0, items[items.length - 1]?.endIndex ?? 0, items));
    kids.push(this.node('block_end', this.p, ++this.p));
    return this.node('block', type.startIndex, this.p, kids);
  }

  /** An `expression` node: a term with its operators, or conditionals of them (which group to the left, as the grammar's do). */
  private expression(): Node {
    this.skip();
    let kids = this.binary(0);
    for (;;) {
      this.skip();
      if (this.at() !== Ch.Question) break;
      const condition = this.wrap(kids);
      const question = this.token('?', 1);
      const then = this.expression();
      this.skip();
      if (this.at() !== Ch.Colon) throw GIVE_UP;
      const colon = this.token(':', 1);
      this.skip();
      const otherwise = this.wrap(this.binary(0));
      kids = [this.node('conditional', condition.startIndex, otherwise.endIndex, [condition, question, then, colon, otherwise])];
    }
    return this.wrap(kids);
  }

  private wrap(kids: Node[]): Node {
    return this.node('expression', (kids[0] as Node).startIndex, (kids[kids.length - 1] as Node).endIndex, kids);
  }

  /** The operator at the cursor, if it is a binary one. */
  private binaryOperator(): string | undefined {
    const c = this.at();
    const d = this.next();
    switch (c) {
      case Ch.Star:
      case Ch.Percent:
      case Ch.Plus:
      case Ch.Minus:
        return String.fromCharCode(c);
      case Ch.Slash:
        return '/';
      case Ch.Gt:
        return d === Ch.Eq ? '>=' : '>';
      case Ch.Lt:
        return d === Ch.Eq ? '<=' : '<';
      case Ch.Eq:
        return d === Ch.Eq ? '==' : undefined;
      case Ch.Bang:
        return d === Ch.Eq ? '!=' : undefined;
      case Ch.Amp:
        return d === Ch.Amp ? '&&' : undefined;
      case Ch.Pipe:
        return d === Ch.Pipe ? '||' : undefined;
      default:
        return undefined;
    }
  }

  /** The children of a term of operators binding at least as tightly as `min` (left-associative). */
  private binary(min: number): Node[] {
    let left = this.unary();
    for (;;) {
      this.skip();
      const op = this.binaryOperator();
      const power = op === undefined ? undefined : BINARY[op];
      if (op === undefined || power === undefined || power < min) return left;
      const operator = this.token(op, op.length);
      this.skip();
      const right = this.binary(power + 1);
      const start = (left[0] as Node).startIndex;
      const end = (right[right.length - 1] as Node).endIndex;
      left = [this.node('operation', start, end, [this.node('binary_operation', start, end, [...left, operator, ...right])])];
    }
  }

  private unary(): Node[] {
    this.skip();
    const c = this.at();
    if (c === Ch.Minus || (c === Ch.Bang && this.next() !== Ch.Eq)) {
      const op = this.token(String.fromCharCode(c), 1);
      const operand = this.unary();
      const end = (operand[operand.length - 1] as Node).endIndex;
      return [this.node('operation', op.startIndex, end, [this.node('unary_operation', op.startIndex, end, [op, ...operand])])];
    }
    return this.postfix(this.primary());
  }

  private primary(): Node[] {
    const c = this.at();
    const start = this.p;
    switch (c) {
      case Ch.LParen: {
        const open = this.token('(', 1);
        const inner = this.expression();
        this.skip();
        if (this.at() !== Ch.RParen) throw GIVE_UP;
        return [open, inner, this.token(')', 1)];
      }
      case Ch.Quote: {
        const q = this.quoted();
        return [this.node(q.type === 'string_lit' ? 'literal_value' : 'template_expr', q.startIndex, q.endIndex, [q])];
      }
      case Ch.Lt: {
        if (this.next() !== Ch.Lt) throw GIVE_UP;
        const h = this.heredoc();
        return [this.node('template_expr', h.startIndex, h.endIndex, [h])];
      }
      case Ch.LBracket:
        return [this.bracket()];
      case Ch.LBrace:
        return [this.brace()];
      default:
        break;
    }
    if (isDigit(c)) {
      HEX.lastIndex = start;
      let m = HEX.exec(this.t);
      if (!m) {
        DECIMAL.lastIndex = start;
        m = DECIMAL.exec(this.t);
      }
      const end = start + (m?.[0].length ?? 1);
      this.p = end;
      return [this.node('literal_value', start, end, [this.node('numeric_lit', start, end)])];
    }
    const id = this.identifier();
    const name = id.text;
    if (name === 'true' || name === 'false') return [this.node('literal_value', start, id.endIndex, [this.node('bool_lit', start, id.endIndex, [id], true)])];
    if (name === 'null') return [this.node('literal_value', start, id.endIndex, [this.node('null_lit', start, id.endIndex, [id], true)])];
    this.skip();
    if (this.at() === Ch.LParen) return [this.call(id)];
    return [this.node('variable_expr', start, id.endIndex, [id])];
  }

  private call(name: Node): Node {
    this.p++;
    this.skip();
    const kids: Node[] = [name];
    if (this.at() !== Ch.RParen) {
      const args: Node[] = [];
      for (;;) {
        args.push(this.expression());
        this.skip();
        const c = this.at();
        if (c === Ch.Comma) {
          this.p++;
          this.skip();
          if (this.at() === Ch.RParen) break;
        } else if (c === Ch.Dot && this.t.startsWith('...', this.p)) {
          args.push(this.node('ellipsis', this.p, (this.p += 3)));
          this.skip();
          break;
        } else break;
      }
      if (this.at() !== Ch.RParen) throw GIVE_UP;
      kids.push(this.node('function_arguments', (args[0] as Node).startIndex, (args[args.length - 1] as Node).endIndex, args));
    }
    this.p++;
    return this.node('function_call', name.startIndex, this.p, kids);
  }

  /** Attribute access, indexes and splats after a term, as many as follow. */
  private postfix(kids: Node[]): Node[] {
    for (;;) {
      this.skip();
      const c = this.at();
      const start = this.p;
      if (c === Ch.Dot) {
        if (this.next() === Ch.Star) {
          this.p += 2;
          kids.push(this.splat('attr_splat', start));
        } else if (this.next() === Ch.Dot) return kids; // `...`
        else kids.push(this.access());
      } else if (c === Ch.LBracket) {
        if (this.next() === Ch.Star && this.next(2) === Ch.RBracket) {
          this.p += 3;
          kids.push(this.splat('full_splat', start));
        } else kids.push(this.index());
      } else return kids;
    }
  }

  /** `.name` (get_attr) or `.0` (a legacy index); the cursor is on the dot. */
  private access(): Node {
    const dot = this.p++;
    this.skip();
    if (isDigit(this.at())) {
      let end = this.p;
      while (isDigit(this.t.charCodeAt(end))) end++;
      this.p = end;
      return this.node('index', dot, end, [this.node('legacy_index', dot, end)]);
    }
    const id = this.identifier();
    return this.node('get_attr', dot, id.endIndex, [id]);
  }

  /** `[ expression ]`; the cursor is on the bracket. */
  private index(): Node {
    const open = this.p++;
    const key = this.expression();
    this.expect(Ch.RBracket);
    return this.node('index', open, this.p, [this.node('new_index', open, this.p, [key])]);
  }

  private splat(type: string, start: number): Node {
    const steps: Node[] = [];
    let end = this.p;
    for (;;) {
      this.skip();
      const c = this.at();
      if (c === Ch.Dot && this.next() !== Ch.Star && this.next() !== Ch.Dot) steps.push(this.access());
      else if (c === Ch.LBracket && !(this.next() === Ch.Star && this.next(2) === Ch.RBracket)) steps.push(this.index());
      else break;
      end = this.p;
    }
    return this.node('splat', start, end, [this.node(type, start, end, steps)]);
  }

  /** `[` a tuple or a `for` expression `]`. */
  private bracket(): Node {
    const open = this.p++;
    this.skip();
    if (this.keyword('for')) return this.forExpression(open, false);
    const items: Node[] = [];
    for (;;) {
      this.skip();
      if (this.at() === Ch.RBracket) break;
      items.push(this.expression());
      this.skip();
      if (this.at() === Ch.Comma) this.p++;
      else if (this.at() !== Ch.RBracket) throw GIVE_UP;
    }
    this.p++;
    return this.node('collection_value', open, this.p, [this.node('tuple', open, this.p, items)]);
  }

  /** `{` an object or a `for` expression `}`. */
  private brace(): Node {
    const open = this.p++;
    this.skip();
    if (this.keyword('for')) return this.forExpression(open, true);
    const items: Node[] = [];
    for (;;) {
      this.skip();
      if (this.at() === Ch.RBrace) break;
      const key = this.expression();
      this.skip();
      const c = this.at();
      if ((c === Ch.Eq && this.next() !== Ch.Eq && this.next() !== Ch.Gt) || (c === Ch.Colon && this.next() !== Ch.Colon)) this.p++;
      else throw GIVE_UP;
      const value = this.expression();
      items.push(this.node('object_elem', key.startIndex, value.endIndex, [key, value]));
      this.skip();
      if (this.at() === Ch.Comma) this.p++;
    }
    this.p++;
    return this.node('collection_value', open, this.p, [this.node('object', open, this.p, items)]);
  }

  /** `for k, v in c : value if cond` (objects: `key => value...`) up to its closing bracket; the cursor is on `for`. */
  private forExpression(open: number, object: boolean): Node {
    const start = this.p;
    this.p += 3;
    const intro = this.forVariables();
    this.expect(Ch.Colon);
    const kids: Node[] = [this.node('for_intro', start, this.p, intro), this.expression()];
    if (object) {
      this.skip();
      if (!this.t.startsWith('=>', this.p)) throw GIVE_UP;
      this.p += 2;
      kids.push(this.expression());
      this.skip();
      if (this.t.startsWith('...', this.p)) kids.push(this.node('ellipsis', this.p, (this.p += 3)));
    }
    this.forCondition(kids);
    this.expect(object ? Ch.RBrace : Ch.RBracket);
    return this.node('for_expr', open, this.p, [this.node(object ? 'for_object_expr' : 'for_tuple_expr', open, this.p, kids)]);
  }

  /** `k, v in collection` of a `for` (expression or directive), after the keyword. */
  private forVariables(): Node[] {
    this.skip();
    const kids: Node[] = [this.identifier()];
    this.skip();
    if (this.at() === Ch.Comma) {
      this.p++;
      this.skip();
      kids.push(this.identifier());
    }
    this.expectKeyword('in');
    kids.push(this.expression());
    return kids;
  }

  private forCondition(kids: Node[]): void {
    this.skip();
    if (!this.keyword('if')) return;
    const start = this.p;
    this.p += 2;
    const condition = this.expression();
    kids.push(this.node('for_cond', start, condition.endIndex, [condition]));
  }

  /** A quoted string: `string_lit` when it holds text alone, else `quoted_template`; the cursor is on the quote. */
  private quoted(): Node {
    const start = this.p;
    const open = this.node('quoted_template_start', start, ++this.p);
    const parts: Node[] = [open];
    if (this.template(Mode.Quoted, parts, false) !== 'end') throw GIVE_UP;
    parts.push(this.node('quoted_template_end', this.p, ++this.p));
    return this.node(parts.length === 2 ? 'string_lit' : 'quoted_template', start, this.p, parts);
  }

  /**
   * Reads template content up to its end (the closing quote, a heredoc's closing line) or, inside a
   * directive, up to the directive that ends or divides it (left for the caller to read). Pushes the
   * interpolations and directives it holds (its text is cut from the source by the converter).
   */
  private template(mode: Mode, parts: Node[], inDirective: boolean): Stop {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(this.p);
      if (Number.isNaN(c) || c === 0) throw GIVE_UP;
      if (mode === Mode.Quoted) {
        if (c === Ch.Quote) {
          if (inDirective) throw GIVE_UP;
          return 'end';
        }
        if (c === Ch.Backslash) {
          this.escape();
          continue;
        }
      } else if (c === Ch.Lf) {
        // A line of its own holding the closing identifier (indented or not) ends the heredoc.
        let q = this.p;
        while (isLineSpace(t.charCodeAt(q)) || t.charCodeAt(q) === Ch.Lf) q++;
        const id = this.heredocs[this.heredocs.length - 1] as string;
        if (t.startsWith(id, q)) {
          let r = q + id.length;
          while (isLineSpace(t.charCodeAt(r))) r++;
          if (t.charCodeAt(r) === Ch.Lf) {
            if (inDirective) throw GIVE_UP;
            this.p = q;
            return 'end';
          }
        }
        this.p = q;
        continue;
      }
      if (c === Ch.Dollar || c === Ch.Percent) {
        const d = t.charCodeAt(this.p + 1);
        if (d === Ch.LBrace) {
          if (c === Ch.Dollar) parts.push(this.interpolation());
          else {
            const word = this.directiveWord();
            if (word === 'if' || word === 'for') parts.push(this.directive(mode, word));
            else if (inDirective && (word === 'else' || word === 'endif' || word === 'endfor')) return word;
            else throw GIVE_UP;
          }
        } else if (d === c) {
          // As the scanner reads it: `$$` (or `%%`) is text, and with the `{` after it an escape.
          this.p += t.charCodeAt(this.p + 2) === Ch.LBrace ? 3 : 2;
        } else this.p++;
      } else this.p++;
    }
  }

  /** An escape of a quoted string, as the grammar's scanner accepts them; the cursor is on the backslash. */
  private escape(): void {
    const c = this.next();
    let digits = 0;
    if (c === 117 /* u */) digits = 4;
    else if (c === 85 /* U */) digits = 8;
    else if (c !== Ch.Quote && c !== 110 /* n */ && c !== 114 /* r */ && c !== 116 /* t */ && c !== Ch.Backslash) throw GIVE_UP;
    for (let i = 0; i < digits; i++) if (!isHexDigit(this.next(2 + i))) throw GIVE_UP;
    this.p += 2 + digits;
  }

  /** `${ expression }`, with strip markers; the cursor is on the dollar. */
  private interpolation(): Node {
    const start = this.p;
    this.p += 2;
    this.skip();
    if (this.at() === Ch.Tilde) this.p++;
    this.skip();
    let kids: Node[] | undefined;
    if (this.at() !== Ch.RBrace && this.at() !== Ch.Tilde) kids = [this.expression()];
    this.skip();
    if (this.at() === Ch.Tilde) this.p++;
    this.expect(Ch.RBrace);
    return this.node('template_interpolation', start, this.p, kids);
  }

  /** The keyword of the directive at the cursor (`%{ if …`), without reading past it. */
  private directiveWord(): string | undefined {
    let q = this.p + 2;
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(q);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.Lf || c === Ch.Cr || c === Ch.Tilde) q++;
      else if (c === Ch.Hash || c === Ch.Slash) throw GIVE_UP;
      else break;
    }
    const end = this.identifierEnd(q);
    return end < 0 ? undefined : t.slice(q, end);
  }

  /** Reads `%{ word … }` at the cursor (the keyword is known). */
  private directiveHead(word: string): void {
    this.p += 2;
    this.skip();
    if (this.at() === Ch.Tilde) this.p++;
    this.expectKeyword(word);
    if (word === 'if') this.expression();
    else if (word === 'for') this.forVariables();
    this.skip();
    if (this.at() === Ch.Tilde) this.p++;
    this.expect(Ch.RBrace);
  }

  /** A whole `%{ if }…%{ endif }` or `%{ for }…%{ endfor }`: one part, as the converter reads it. */
  private directive(mode: Mode, word: 'if' | 'for'): Node {
    const start = this.p;
    this.directiveHead(word);
    const inner: Node[] = [];
    let stop = this.template(mode, inner, true);
    if (word === 'if' && stop === 'else') {
      this.directiveHead('else');
      stop = this.template(mode, inner, true);
    }
    if (stop !== (word === 'if' ? 'endif' : 'endfor')) throw GIVE_UP;
    this.directiveHead(stop);
    return this.node('template_directive', start, this.p);
  }

  /** `<<ID` or `<<-ID`, its lines, and `ID` on a line of its own; the cursor is on the first `<`. */
  private heredoc(): Node {
    const t = this.t;
    const start = this.p;
    const markerEnd = start + (t.charCodeAt(start + 2) === Ch.Minus ? 3 : 2);
    let idEnd = markerEnd;
    while (isHeredocChar(t.charCodeAt(idEnd))) idEnd++;
    // The scanner reads the identifier with the C library's character classes: past ASCII, the grammar decides.
    if (idEnd === markerEnd || t.charCodeAt(idEnd) > 127) throw GIVE_UP;
    let lineEnd = idEnd;
    while (isLineSpace(t.charCodeAt(lineEnd))) lineEnd++;
    if (t.charCodeAt(lineEnd) !== Ch.Lf) throw GIVE_UP;
    const id = t.slice(markerEnd, idEnd);
    const kids: Node[] = [this.node('heredoc_start', start, markerEnd), this.node('heredoc_identifier', markerEnd, idEnd)];
    this.p = lineEnd;
    this.heredocs.push(id);
    this.template(Mode.Heredoc, kids, false);
    this.heredocs.pop();
    kids.push(this.node('heredoc_identifier', this.p, this.p + id.length));
    this.p += id.length;
    return this.node('heredoc_template', start, this.p, kids);
  }
}

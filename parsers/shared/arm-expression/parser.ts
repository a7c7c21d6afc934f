import type { Expr } from './ast.js';
import { ExpressionSyntaxError, tokenize, type Token } from './lexer.js';

export type ParsedExpression = { ok: true; expr: Expr } | { ok: false; message: string };

/** Whether a JSON string is a template expression: `[...]`, but not the escaped literal `[[...`. */
export function isExpression(s: string): boolean {
  return s.startsWith('[') && !s.startsWith('[[') && s.trimEnd().endsWith(']');
}

/** The literal meant by a non-expression string (`[[x]` stands for `[x]`). */
export function literalString(s: string): string {
  return s.startsWith('[[') ? s.slice(1) : s;
}

/** Parses the text of a template expression string including its outer brackets. */
export function parseExpression(s: string): ParsedExpression {
  const inner = s.trimEnd();
  try {
    const p = new Parser(tokenize(inner.slice(1, -1)));
    const expr = p.expression();
    p.expectEnd();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) return { ok: false, message: `${e.message} at character ${e.pos + 2}` };
    if (e instanceof RangeError) return { ok: false, message: 'expression nested too deeply' };
    throw e;
  }
}

const MAX_DEPTH = 200;

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? { k: 'eof', pos: 0 };
  }

  private next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  private isPunct(text: string): boolean {
    const t = this.peek();
    return t.k === 'punct' && t.text === text;
  }

  private expect(text: string): void {
    const t = this.next();
    if (t.k !== 'punct' || t.text !== text) throw new ExpressionSyntaxError(`expected '${text}'`, t.pos);
  }

  expectEnd(): void {
    const t = this.peek();
    if (t.k !== 'eof') throw new ExpressionSyntaxError('unexpected text after the expression', t.pos);
  }

  expression(): Expr {
    if (++this.depth > MAX_DEPTH) throw new ExpressionSyntaxError('expression nested too deeply', this.peek().pos);
    let e = this.primary();
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        const safe = this.isPunct('?');
        if (safe) this.next();
        const t = this.next();
        if (t.k !== 'ident') throw new ExpressionSyntaxError('expected a property name', t.pos);
        e = { k: 'member', target: e, name: t.text, safe };
      } else if (this.isPunct('[')) {
        this.next();
        const safe = this.isPunct('?');
        if (safe) this.next();
        const index = this.expression();
        this.expect(']');
        e = { k: 'index', target: e, index, safe };
      } else break;
    }
    this.depth--;
    return e;
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.k) {
      case 'string':
        return { k: 'string', value: t.value };
      case 'number':
        return { k: 'number', value: t.value };
      case 'ident': {
        let name = t.text;
        // User-defined functions are namespaced: `ns.fn(...)`.
        if (this.isPunct('.') && this.tokens[this.i + 1]?.k === 'ident' && this.tokens[this.i + 2]?.k === 'punct') {
          const after = this.tokens[this.i + 2];
          if (after?.k === 'punct' && after.text === '(') {
            this.next();
            const fn = this.next();
            if (fn.k === 'ident') name = `${name}.${fn.text}`;
          }
        }
        if (!this.isPunct('(')) return { k: 'ident', name };
        this.next();
        const args: Expr[] = [];
        if (!this.isPunct(')')) {
          for (;;) {
            args.push(this.expression());
            if (this.isPunct(',')) {
              this.next();
              continue;
            }
            break;
          }
        }
        this.expect(')');
        return { k: 'call', name, args };
      }
      default:
        throw new ExpressionSyntaxError('expected a function call or a literal', t.pos);
    }
  }
}

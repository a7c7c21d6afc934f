/** Tokens of the ARM template expression language (the text between the outer `[` and `]`). */
export type Token =
  | { k: 'ident'; text: string; pos: number }
  | { k: 'string'; value: string; pos: number }
  | { k: 'number'; value: number; pos: number }
  | { k: 'punct'; text: '(' | ')' | ',' | '.' | '[' | ']' | '?'; pos: number }
  | { k: 'eof'; pos: number };

export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const PUNCT = new Set(['(', ')', ',', '.', '[', ']', '?']);
/** A number and an identifier where one starts (sticky: matched in place, nothing sliced off). */
const NUMBER = /-?[0-9]+(\.[0-9]+)?/y;
const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/y;

const isDigit = (x: number): boolean => x >= 0x30 && x <= 0x39;

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (PUNCT.has(c)) {
      out.push({ k: 'punct', text: c as '(' | ')' | ',' | '.' | '[' | ']' | '?', pos: i });
      i++;
      continue;
    }
    if (c === "'") {
      // Up to the closing quote; `''` is an escaped quote inside a string literal.
      const start = i;
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = src.indexOf("'", from);
        if (q === -1) throw new ExpressionSyntaxError('unterminated string literal', start);
        value += src.slice(from, q);
        if (src.charCodeAt(q + 1) === 0x27 /* ' */) {
          value += "'";
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out.push({ k: 'string', value, pos: start });
      continue;
    }
    const code = c.charCodeAt(0);
    if (isDigit(code) || (c === '-' && isDigit(src.charCodeAt(i + 1)))) {
      NUMBER.lastIndex = i;
      const end = NUMBER.test(src) ? NUMBER.lastIndex : i + 1;
      out.push({ k: 'number', value: Number(src.slice(i, end)), pos: i });
      i = end;
      continue;
    }
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || c === '_' || c === '$') {
      IDENT.lastIndex = i;
      IDENT.test(src);
      out.push({ k: 'ident', text: src.slice(i, IDENT.lastIndex), pos: i });
      i = IDENT.lastIndex;
      continue;
    }
    throw new ExpressionSyntaxError(`unexpected character '${c}'`, i);
  }
  out.push({ k: 'eof', pos: src.length });
  return out;
}

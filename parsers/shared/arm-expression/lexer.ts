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
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new ExpressionSyntaxError('unterminated string literal', start);
        const d = src[i] as string;
        if (d === "'") {
          // `''` is an escaped quote inside a string literal.
          if (src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += d;
        i++;
      }
      out.push({ k: 'string', value, pos: start });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      const text = m ? m[0] : c;
      out.push({ k: 'number', value: Number(text), pos: i });
      i += text.length;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
      const text = m ? m[0] : c;
      out.push({ k: 'ident', text, pos: i });
      i += text.length;
      continue;
    }
    throw new ExpressionSyntaxError(`unexpected character '${c}'`, i);
  }
  out.push({ k: 'eof', pos: src.length });
  return out;
}

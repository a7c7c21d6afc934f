import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExpressionSyntaxError, tokenize, type Token } from '../../../../parsers/shared/arm-expression/lexer.js';

/** The lexer as first written (a character at a time, slicing off the rest for each word): the behaviour to keep. */
function reference(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if ('(),.[]?'.includes(c)) {
      out.push({ k: 'punct', text: c as '(', pos: i });
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
      const text = (/^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i)) as RegExpExecArray)[0];
      out.push({ k: 'number', value: Number(text), pos: i });
      i += text.length;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const text = (/^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i)) as RegExpExecArray)[0];
      out.push({ k: 'ident', text, pos: i });
      i += text.length;
      continue;
    }
    throw new ExpressionSyntaxError(`unexpected character '${c}'`, i);
  }
  out.push({ k: 'eof', pos: src.length });
  return out;
}

/** Tokens, or the error's message and position. */
function outcome(lex: (s: string) => Token[], src: string): unknown {
  try {
    return lex(src);
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) return { error: e.message, pos: e.pos };
    throw e;
  }
}

describe('tokenize', () => {
  it.each([
    ["format('{0}-{1}', parameters('prefix'), 12)", ['ident format', 'punct (', 'string {0}-{1}', 'punct ,', 'ident parameters', 'punct (', 'string prefix', 'punct )', 'punct ,', 'number 12', 'punct )', 'eof']],
    ["concat('it''s', '''', '')", ['ident concat', 'punct (', "string it's", 'punct ,', "string '", 'punct ,', 'string ', 'punct )', 'eof']],
    ['a.b[-1.5]?.c', ['ident a', 'punct .', 'ident b', 'punct [', 'number -1.5', 'punct ]', 'punct ?', 'punct .', 'ident c', 'eof']],
    ['$x _y 1.2.3', ['ident $x', 'ident _y', 'number 1.2', 'punct .', 'number 3', 'eof']],
  ])('%s', (src, expected) => {
    const shown = tokenize(src).map((t) => (t.k === 'eof' ? 'eof' : `${t.k} ${t.k === 'string' || t.k === 'number' ? t.value : t.text}`));
    expect(shown).toEqual(expected);
  });

  it.each([
    ["'open", 'unterminated string literal', 0],
    ["x('a''", 'unterminated string literal', 2],
    ['a - b', "unexpected character '-'", 2],
    ['a + 1', "unexpected character '+'", 2],
    ['"x"', `unexpected character '"'`, 0],
  ])('refuses %s', (src, message, pos) => {
    expect(outcome(tokenize, src)).toEqual({ error: message, pos });
  });

  it('tokenizes as the character-at-a-time lexer did, on any text', () => {
    const pieces = fc.constantFrom("'", "''", '-', '1', '0.5', '.', 'ab', '$_', '(', ')', ',', '[', ']', '?', ' ', '\t', '\n', '+', 'é', '\ud83d');
    const texts = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(texts, (src) => {
        expect(outcome(tokenize, src)).toEqual(outcome(reference, src));
      }),
      { numRuns: 3000 },
    );
  });
});

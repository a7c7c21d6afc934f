import { describe, expect, it } from 'vitest';
import { lex } from '../../../parsers/bicep/lexer.js';
import { LineMap } from '../../../src/model/source.js';
import { baselineCases, corpusExists, escapeDumpText, expectedTokens, readText } from './corpus.js';

/** Our token stream in the dump's shape: line (0-based), column, kind, escaped text. */
function actualStream(text: string): string[] {
  const map = new LineMap(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return lex(text).tokens.map((t) => {
    const p = map.position(t.start);
    const column = p.column - 1 - (p.line === 1 ? bom : 0);
    return `${column} ${t.kind} |${escapeDumpText(t.text)}|`;
  });
}

describe.skipIf(!corpusExists)('Bicep lexer against the official token dumps', () => {
  const cases = baselineCases();

  it('matches every token dump (kind, text and column)', () => {
    const mismatches: string[] = [];
    for (const c of cases) {
      const expected = expectedTokens(readText(c.tokens)).map((t) => `${t.column} ${t.kind} |${t.text}|`);
      const actual = actualStream(readText(c.source));
      // One dump (a source without a final newline, dumped with CRLF) omits the EndOfFile line.
      if (!expected.at(-1)?.includes('EndOfFile') && actual.at(-1)?.includes('EndOfFile')) actual.pop();
      const n = Math.max(expected.length, actual.length);
      for (let i = 0; i < n; i++) {
        if (expected[i] !== actual[i]) {
          mismatches.push(`${c.name} token #${i}: expected ${expected[i] ?? '<none>'}, got ${actual[i] ?? '<none>'}`);
          break;
        }
      }
    }
    console.log(`bicep lexer conformance: ${cases.length - mismatches.length}/${cases.length} token dumps match`);
    expect(cases.length).toBeGreaterThan(70);
    expect(mismatches).toEqual([]);
  });
});

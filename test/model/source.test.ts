import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineMap, lineStarts } from '../../src/model/source.js';

/** Line starts as the definition says them, a character at a time: after `\n`, after `\r\n`, after a lone `\r`. */
function startsByDefinition(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** The position of `offset` by counting lines and columns from the start of the text. */
function positionByCounting(text: string, offset: number): { line: number; column: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  const starts = startsByDefinition(text);
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] as number) <= o) line++;
  return { line: line + 1, column: o - (starts[line] as number) + 1 };
}

const texts = fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\n', ' ', 'é', '\u2028'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('LineMap', () => {
  it('finds the line starts of any text, with line feeds, CRLF and lone carriage returns', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect([...lineStarts(text)]).toEqual(startsByDefinition(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every offset (and offsets outside the text, clamped) the position counting gives', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.integer({ min: -3, max: 70 }), { maxLength: 12 }), (text, offsets) => {
        const map = new LineMap(text);
        for (const offset of offsets) expect(map.position(offset)).toEqual(positionByCounting(text, offset));
        expect(map.lineCount).toBe(startsByDefinition(text).length);
        for (let line = 1; line <= map.lineCount; line++) {
          expect(map.lineStart(line)).toBe(startsByDefinition(text)[line - 1]);
          expect(map.offset({ line, column: 1 })).toBe(startsByDefinition(text)[line - 1]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answers the same whichever question comes first (the starts are found when first needed)', () => {
    const text = 'a\r\nbb\rccc\n\ndddd';
    const first = new LineMap(text);
    const range = first.range('/f', 3, 9);
    const second = new LineMap(text);
    expect(second.lineCount).toBe(5);
    expect(second.range('/f', 3, 9)).toEqual(range);
    expect(range).toEqual({ file: '/f', start: { line: 2, column: 1 }, end: { line: 3, column: 3 }, startOffset: 3, endOffset: 9 });
  });

  it('keeps every text its own starts: texts with more lines than the buffer holds, and small ones after them', () => {
    const big = 'x\n'.repeat(100_000);
    const small = 'a\nb';
    const bigMap = new LineMap(big);
    expect(bigMap.lineCount).toBe(100_001);
    expect(bigMap.position(2 * 99_999)).toEqual({ line: 100_000, column: 1 });
    const smallMap = new LineMap(small);
    expect(smallMap.position(2)).toEqual({ line: 2, column: 1 });
    // Read again after another text was mapped: each map holds its own copy.
    expect(bigMap.position(2 * 50_000 + 1)).toEqual({ line: 50_001, column: 2 });
    expect(new LineMap('').position(0)).toEqual({ line: 1, column: 1 });
  });
});

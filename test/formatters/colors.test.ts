import fc from 'fast-check';
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { createColors, type Colors } from '../../src/formatters/colors.js';

const STYLES = ['bold', 'dim', 'underline', 'red', 'green', 'yellow', 'cyan'] as const satisfies readonly (keyof Colors)[];

describe('createColors', () => {
  const ours = createColors(true);
  const theirs = pc.createColors(true);

  it('writes what picocolors writes, nested styles and stray codes included', () => {
    const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('\x1b[22m', '\x1b[39m', '\x1b[24m', '\x1b[1m', '\x1b[31m'));
    fc.assert(
      fc.property(fc.constantFrom(...STYLES), fc.constantFrom(...STYLES), fc.array(piece, { maxLength: 8 }), (outer, inner, parts) => {
        const text = parts.join('');
        expect(ours[outer](text)).toBe(theirs[outer](text));
        expect(ours[outer](`a${ours[inner](text)}b`)).toBe(theirs[outer](`a${theirs[inner](text)}b`));
      }),
      { numRuns: 500 },
    );
  });

  it('reopens an outer style after an inner one of the same kind ends', () => {
    expect(ours.bold(`a ${ours.dim('b')} c`)).toBe('\x1b[1ma \x1b[2mb\x1b[22m\x1b[1m c\x1b[22m');
  });

  it('leaves text as it is when colours are off', () => {
    const none = createColors(false);
    for (const s of STYLES) expect(none[s]('text \x1b[22m')).toBe('text \x1b[22m');
  });
});

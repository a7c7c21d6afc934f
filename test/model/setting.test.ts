import { describe, expect, it } from 'vitest';
import { prependHops, type Hop } from '../../src/model/index.js';

const range = { file: '/t/main.bicep', start: { line: 1, column: 1 }, end: { line: 1, column: 5 }, startOffset: 0, endOffset: 5 };
const hop = (name: string): Hop => ({ kind: 'variable', name, range });

describe('prependHops', () => {
  it('puts the new hops first and changes neither list', () => {
    const first = [hop('a')];
    const rest = [hop('b'), hop('c')];
    expect(prependHops(first, rest).map((h) => h.name)).toEqual(['a', 'b', 'c']);
    expect(first.map((h) => h.name)).toEqual(['a']);
    expect(rest.map((h) => h.name)).toEqual(['b', 'c']);
  });

  it('gives the new hops themselves when there are no others (hop lists are never changed)', () => {
    const first = [hop('a')];
    expect(prependHops(first, [])).toBe(first);
  });
});

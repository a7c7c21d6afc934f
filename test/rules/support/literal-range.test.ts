import { describe, expect, it } from 'vitest';
import { rangeInLiteral } from '../../../rules/support/literal-range.js';
import { LineMap, setValue, unresolved } from '../../../src/model/index.js';

const FILE = '/virtual/main.bicep';
const text = "  clientCertExclusionPaths: '/a;/bc'\n";
const map = new LineMap(text);
const start = text.indexOf("'");
const literal = setValue('/a;/bc', map.range(FILE, start, start + 8), [], "'/a;/bc'");

describe('rangeInLiteral', () => {
  it('maps an entry to its columns inside the quotes', () => {
    const r = rangeInLiteral(literal, 3, 3);
    expect(r && [r.start.line, r.start.column, r.end.column, text.slice(r.startOffset, r.endOffset)]).toEqual([1, 33, 35, '/bc']);
  });

  it('keeps the file of the value itself', () => {
    expect(rangeInLiteral(literal, 0, 2)?.file).toBe(FILE);
  });

  it('gives up on escapes, unresolved values and entries past the end', () => {
    expect(rangeInLiteral(setValue('/a', map.range(FILE, start, start + 5), [], "'\\/a'"), 0, 2)).toBeUndefined();
    expect(rangeInLiteral(unresolved('p', map.range(FILE, 0, 1)), 0, 1)).toBeUndefined();
    expect(rangeInLiteral(literal, 5, 3)).toBeUndefined();
  });
});

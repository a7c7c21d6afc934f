import { describe, expect, it } from 'vitest';
import { splitExclusionPaths, splitThumbprints } from '../../../rules/support/list-entries.js';

describe('splitExclusionPaths', () => {
  it.each([
    ['', [], []],
    ['   ', [], []],
    ['/a', [['/a', 0, 2]], []],
    ['/a;/b', [['/a', 0, 2], ['/b', 3, 2]], [[';', 2]]],
    ['/a, /b ', [['/a', 0, 2], ['/b', 4, 2]], [[',', 2]]],
    ['/a;;/b', [['/a', 0, 2], ['', 3, 0], ['/b', 4, 2]], [[';', 2]]],
    ['/a;', [['/a', 0, 2], ['', 2, 0]], [[';', 2]]],
    [';/a', [['', 0, 0], ['/a', 1, 2]], [[';', 0]]],
    ['/a,/b;/c', [['/a', 0, 2], ['/b', 3, 2], ['/c', 6, 2]], [[',', 2], [';', 5]]],
  ])('%j', (raw, entries, separators) => {
    const split = splitExclusionPaths(raw);
    expect(split.entries.map((e) => [e.value, e.index, e.length])).toEqual(entries);
    expect([...split.separators]).toEqual(separators);
  });
});

describe('splitThumbprints', () => {
  it('splits on commas only', () => {
    expect(splitThumbprints('ab;cd, ef').entries.map((e) => e.value)).toEqual(['ab;cd', 'ef']);
  });
});

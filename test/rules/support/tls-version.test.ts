import { describe, expect, it } from 'vitest';
import { compareTlsVersions, isBelow, parseTlsVersion } from '../../../rules/support/tls-version.js';

describe('TLS versions', () => {
  it.each([
    ['1.0', [1, 0]],
    [' 1.2 ', [1, 2]],
    ['1.3', [1, 3]],
    ['1.10', undefined],
    ['1.4', undefined],
    ['TLS1.2', undefined],
    ['1', undefined],
    ['', undefined],
  ])('parses %j', (text, expected) => {
    expect(parseTlsVersion(text)).toEqual(expected);
  });

  it('compares numerically', () => {
    expect(compareTlsVersions([1, 1], [1, 2])).toBeLessThan(0);
    expect(compareTlsVersions([1, 3], [1, 2])).toBeGreaterThan(0);
    expect(compareTlsVersions([1, 2], [1, 2])).toBe(0);
    expect(isBelow('1.1', '1.2')).toBe(true);
    expect(isBelow('1.2', '1.2')).toBe(false);
    expect(isBelow('x', '1.2')).toBeUndefined();
  });
});

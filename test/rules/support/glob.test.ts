import fc from 'fast-check';
import { expect, it } from 'vitest';
import { globMatch } from '../../../rules/support/glob.js';

it.each([
  ['api', 'api', true],
  ['API', 'api', true],
  ['ap*', 'api-prod', true],
  ['*/staging', 'api/staging', true],
  ['a?i', 'api', true],
  ['a?i', 'apii', false],
  ['api', 'api2', false],
  ['a.i', 'api', false],
  ['[x]', '[x]', true],
])('globMatch(%j, %j) is %j', (pattern, text, expected) => {
  expect(globMatch(pattern, text)).toBe(expected);
});

/** The backtracking regular expressions globs used to be compiled to: the semantics oracle. */
const regexGlob = (pattern: string, text: string) =>
  new RegExp(`^${pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('')}$`, 'is').test(text);

it('matches exactly what the regular-expression translation matched', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[ab*?.-]{0,8}$/), fc.stringMatching(/^[abAB.-]{0,10}$/), (pattern, text) => {
      expect(globMatch(pattern, text)).toBe(regexGlob(pattern, text));
    }),
    { numRuns: 2000 },
  );
});

it('stays linear on patterns that made the regular expression backtrack for minutes', () => {
  const started = performance.now();
  expect(globMatch('*-*-*-*-*-*-prod', '-'.repeat(3000))).toBe(false);
  expect(globMatch('*a*a*a*a*a*a*a*a*b', 'a'.repeat(20000))).toBe(false);
  // Generous: the old matcher did not finish the first in hours.
  expect(performance.now() - started).toBeLessThan(5000);
});

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

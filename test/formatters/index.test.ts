import { describe, expect, it } from 'vitest';
import { formatterNames, formatters, isFormatterName } from '../../src/formatters/index.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { fixtureRules } from './fixture-rules.js';
import { CWD, fullResult, ROOT } from './fixture-findings.js';

describe('formatters', () => {
  const ctx: FormatContext = { rules: fixtureRules, cwd: CWD, root: ROOT, color: false, toolVersion: '0.1.0' };

  it('offers stylish, json, sarif, github, junit and azure', () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'azure']);
    expect(isFormatterName('sarif')).toBe(true);
    expect(isFormatterName('junit')).toBe(true);
    expect(isFormatterName('toString')).toBe(false);
    expect(isFormatterName('checkstyle')).toBe(false);
  });

  it.each(['stylish', 'json', 'sarif', 'github', 'junit', 'azure'] as const)('%s is deterministic and ends with a newline', (name) => {
    const a = formatters[name](fullResult(), ctx);
    const reversed = { ...fullResult(), findings: [...fullResult().findings].reverse() };
    expect(formatters[name](reversed, ctx)).toBe(a);
    expect(a.endsWith('\n')).toBe(true);
  });
});
